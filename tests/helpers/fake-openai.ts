/**
 * A local stand-in for OpenAI's transcription endpoint (POST /v1/audio/transcriptions, multipart),
 * reached over real HTTP through the SDK's baseURL. It records every request and answers with
 * deterministic transcripts derived from the upload: one segment per `segmentSeconds` of the part's
 * duration, speakers alternating. It can be told to fail: a model that is "not found", queued
 * failures (429 with Retry-After, 500…), or a request that never gets an answer (for timeouts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeTranscriptionRequest {
  model: string;
  responseFormat: string | null;
  chunkingStrategy: string | null;
  language: string | null;
  fileName: string | null;
  fileType: string | null;
  fileSize: number;
  knownSpeakerNames: string[];
  knownSpeakerReferences: string[];
  authorization: string | null;
  /** The duration the fake attributed to the upload (seconds). */
  durationSec: number;
}

export type FakeFailure = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang';

export interface FakeOpenAiOptions {
  /** Duration of an upload. Default: its size read as 32 kbit/s MP3 (what src/media produces). */
  durationOf?: (file: Buffer, request: Omit<FakeTranscriptionRequest, 'durationSec'>) => number;
  /** Seconds of audio per answered segment. Default 10. */
  segmentSeconds?: number;
  /** Models answered with `unavailableStatus` and error code model_not_found. */
  unavailableModels?: string[];
  /** Default 400 (OpenAI also uses 404). */
  unavailableStatus?: number;
  /** A failure chosen per request (index counts every request received, from 0). */
  failureFor?: (request: FakeTranscriptionRequest, index: number) => FakeFailure | undefined;
  /** Holds every successful answer this long, so concurrent requests overlap. Default 0. */
  delayMs?: number;
}

interface FormPart {
  name: string;
  fileName: string | null;
  type: string | null;
  data: Buffer;
}

/** Minimal multipart/form-data reader: enough for what the OpenAI SDK sends. */
export function parseMultipart(body: Buffer, contentType: string): FormPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) throw new Error('no multipart boundary');
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: FormPart[] = [];
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    const chunk = body.subarray(start + 2, next - 2); // skip CRLF after the delimiter and before the next
    const headerEnd = chunk.indexOf('\r\n\r\n');
    const headers = chunk.subarray(0, headerEnd).toString('utf8');
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
    parts.push({
      name: /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '',
      fileName: /\bfilename="([^"]*)"/i.exec(disposition)?.[1] ?? null,
      type: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? null,
      data: chunk.subarray(headerEnd + 4),
    });
    at = next;
  }
  return parts;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json', ...headers });
  res.end(text);
}

export class FakeOpenAi {
  readonly requests: FakeTranscriptionRequest[] = [];
  /** Consumed one per request, before anything else is looked at. */
  readonly failures: FakeFailure[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private server: Server | null = null;
  private port = 0;

  constructor(readonly options: FakeOpenAiOptions = {}) {}

  /** The SDK's baseURL. */
  get baseURL(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = null;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || req.url !== '/v1/audio/transcriptions') return send(res, 404, { error: { message: 'not found', type: 'invalid_request_error' } });

    const form = parseMultipart(Buffer.concat(chunks), req.headers['content-type'] ?? '');
    const field = (name: string) => form.find((p) => p.name === name && p.fileName === null)?.data.toString('utf8') ?? null;
    const list = (name: string) => form.filter((p) => p.name === name).map((p) => p.data.toString('utf8'));
    const file = form.find((p) => p.name === 'file');
    const base = {
      model: field('model') ?? '',
      responseFormat: field('response_format'),
      chunkingStrategy: field('chunking_strategy'),
      language: field('language'),
      fileName: file?.fileName ?? null,
      fileType: file?.type ?? null,
      fileSize: file?.data.length ?? 0,
      knownSpeakerNames: list('known_speaker_names[]'),
      knownSpeakerReferences: list('known_speaker_references[]'),
      authorization: req.headers.authorization ?? null,
    };
    const durationSec = file ? (this.options.durationOf ?? ((f) => (f.length * 8) / 32_000))(file.data, base) : 0;
    const request: FakeTranscriptionRequest = { ...base, durationSec };
    this.requests.push(request);

    const failure = this.failures.shift() ?? this.options.failureFor?.(request, this.requests.length - 1);
    if (failure === 'hang') return; // never answered; close() ends the connection
    if (failure) return send(res, failure.status, failure.body ?? { error: { message: `fake failure ${failure.status}`, type: 'server_error', code: null } }, failure.headers);
    if (!file) return send(res, 400, { error: { message: "you must provide a 'file'", type: 'invalid_request_error', code: null } });
    if ((this.options.unavailableModels ?? []).includes(request.model)) {
      return send(res, this.options.unavailableStatus ?? 400, {
        error: { message: `The model \`${request.model}\` does not exist or you do not have access to it.`, type: 'invalid_request_error', param: 'model', code: 'model_not_found' },
      });
    }

    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.options.delayMs) await new Promise((r) => setTimeout(r, this.options.delayMs));
      send(res, 200, this.answer(request));
    } finally {
      this.inFlight -= 1;
    }
  }

  /** Deterministic transcript for a request: segment k covers [k·step, k·step + 0.8·step]. */
  answer(request: FakeTranscriptionRequest): unknown {
    const step = this.options.segmentSeconds ?? 10;
    const duration = Math.round(request.durationSec * 1000) / 1000;
    const count = Math.max(1, Math.ceil(duration / step));
    const names = request.knownSpeakerNames.length >= 2 ? request.knownSpeakerNames : ['A', 'B'];
    const segments = Array.from({ length: count }, (_, k) => {
      const start = k * step;
      return {
        start,
        end: Math.min(duration, Math.round((start + step * 0.8) * 1000) / 1000),
        speaker: names[k % 2] as string,
        text: k % 2 === 0 ? `お電話ありがとうございます。セグメント${k}です。` : `確認させていただきます。セグメント${k}です。`,
      };
    });
    const text = segments.map((s) => s.text).join('');
    switch (request.responseFormat) {
      case 'diarized_json':
        return {
          task: 'transcribe',
          duration,
          text,
          segments: segments.map((s, k) => ({ type: 'transcript.text.segment', id: `seg_${k}`, ...s })),
          usage: { type: 'duration', seconds: Math.ceil(duration) },
        };
      case 'verbose_json':
        return {
          task: 'transcribe',
          language: request.language === 'en' ? 'english' : 'japanese',
          duration,
          text,
          segments: segments.map((s, k) => ({
            id: k, seek: 0, start: s.start, end: s.end, text: s.text, tokens: [], temperature: 0, avg_logprob: -0.2, compression_ratio: 1.2, no_speech_prob: 0.01,
          })),
          usage: { type: 'duration', seconds: Math.ceil(duration) },
        };
      case 'text':
        return text;
      default:
        return { text };
    }
  }
}

export async function startFakeOpenAi(options: FakeOpenAiOptions = {}): Promise<FakeOpenAi> {
  return new FakeOpenAi(options).start();
}
