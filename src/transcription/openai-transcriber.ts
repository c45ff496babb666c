/**
 * The Transcriber port on an OpenAI-compatible transcription API (OpenAI, Azure OpenAI's v1 API, or a
 * local server, chosen by baseURL): media → compact speech audio → parts under the API's limits →
 * `gpt-4o-transcribe-diarize` (diarized_json, chunking_strategy auto), a few parts at a time → one
 * OpenAI diarized JSON transcript. Falls back to `whisper-1` (verbose_json, no speakers) when the
 * diarize model is not available. Every temporary file lives in one folder under the temp dir that
 * is removed whatever happens.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import OpenAI, { toFile } from 'openai';
import type { TranscriptionCreateParamsNonStreaming } from 'openai/resources/audio/transcriptions';
import type { Language } from '../analysis/result.js';
import { createWorkFolder } from '../files/work-folders.js';
import { DurationLimitError, type Transcriber } from '../flows/ports.js';
import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import { extractAudio, SPEECH_AUDIO, type SilenceSettings } from '../media/extract-audio.js';
import { runFfmpeg, type FfmpegSettings } from '../media/ffmpeg.js';
import { probeMedia } from '../media/probe.js';
import { DEFAULT_MAX_PART_BYTES, DEFAULT_MAX_PART_SECONDS, splitAudio, type AudioPart } from '../media/split.js';
import { isModelUnavailable, toTranscriptionError, TranscriptionNotConfigured } from './errors.js';
import { readTranscriptionResponse, stitchTranscripts, type PartTranscript, type SpeechSegment } from './stitch.js';

export interface OpenAiTranscriberOptions {
  /** OPENAI_API_KEY. Without it `transcribe` throws TranscriptionNotConfigured. */
  apiKey?: string | undefined;
  /** OPENAI_BASE_URL: Azure OpenAI (`https://<resource>.openai.azure.com/openai/v1/`) or a local server. Default OpenAI. */
  baseURL?: string | undefined;
  /** Diarizing model (or Azure deployment name). Default `gpt-4o-transcribe-diarize`. */
  model?: string | undefined;
  /** Tried when `model` is not available; null for none. Default `whisper-1`. */
  fallbackModel?: string | null | undefined;
  /** Per-request timeout. Default 300 000 ms. Timeouts are retried by the SDK like 429/5xx. */
  timeoutMs?: number | undefined;
  /** SDK retries for 408/409/429/5xx/connection errors (honouring Retry-After). Default 2. */
  maxRetries?: number | undefined;
  /** Parts transcribed at the same time. Default 3. */
  concurrency?: number | undefined;
  /** Largest upload. Default 24 000 000 bytes (the API's limit is 25 MB). */
  maxPartBytes?: number | undefined;
  /** Longest part. Default 1380 s (the diarize model refuses more than 1400 s). */
  maxPartSeconds?: number | undefined;
  /** Longest recording accepted at all (MediaError 'too_long'). Default 4 hours. */
  maxDurationSec?: number | undefined;
  /** Match speakers across parts by sending short samples of part 1's speakers (known_speaker_references). Default true. */
  speakerReferences?: boolean | undefined;
  /** FFMPEG_PATH: an ffmpeg to use instead of the packaged one. */
  ffmpegPath?: string | undefined;
  /** Longest one ffmpeg run may take. Default 300 000 ms. */
  ffmpegTimeoutMs?: number | undefined;
  silence?: SilenceSettings | undefined;
  /** Parent of the temporary folder (MAMORI_TMP_DIR). Default os.tmpdir(). */
  tmpDir?: string | undefined;
  logger?: Logger | undefined;
}

export const TRANSCRIPTION_DEFAULTS = {
  model: 'gpt-4o-transcribe-diarize',
  fallbackModel: 'whisper-1',
  timeoutMs: 300_000,
  maxRetries: 2,
  concurrency: 3,
  maxPartBytes: DEFAULT_MAX_PART_BYTES,
  maxPartSeconds: DEFAULT_MAX_PART_SECONDS,
  maxDurationSec: 4 * 3600,
} as const;

/** The format name of what `transcribe` returns, as src/analysis calls it. */
export const TRANSCRIPT_FORMAT = 'openai-json';

/** How a model is asked: diarize models give speakers, gpt-4o(-mini)-transcribe only `json`, the rest (whisper) segments. */
export function requestShapeFor(model: string): { responseFormat: 'diarized_json' | 'json' | 'verbose_json'; chunking: boolean } {
  if (/diariz/i.test(model)) return { responseFormat: 'diarized_json', chunking: true };
  if (/gpt-4o.*transcribe/i.test(model)) return { responseFormat: 'json', chunking: true };
  return { responseFormat: 'verbose_json', chunking: false };
}

interface SpeakerReferences {
  names: string[];
  references: string[];
  /** name sent → label in the whole transcript */
  known: Map<string, string>;
}

/** The API takes 2–10 s samples, at most 4 speakers. Margins cover MP3 frame rounding. */
const REFERENCE_MIN_SEC = 2.3;
const REFERENCE_MAX_SEC = 9.5;
const REFERENCE_MAX_SPEAKERS = 4;

/** Runs `fn` over items, at most `limit` at once; on the first failure stops starting new ones and aborts the rest. */
async function runLimited<T, R>(items: readonly T[], limit: number, fn: (item: T, signal: AbortSignal) => Promise<R>): Promise<R[]> {
  const controller = new AbortController();
  const results: R[] = [];
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (failure === null && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i] as T, controller.signal);
      } catch (error) {
        if (failure === null) {
          failure = { error };
          controller.abort();
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure !== null) throw (failure as { error: unknown }).error;
  return results;
}

export class OpenAiTranscriber implements Transcriber {
  private readonly client: OpenAI | null;
  private readonly log: Logger;
  private readonly model: string;
  private readonly fallbackModel: string | null;

  constructor(private readonly options: OpenAiTranscriberOptions = {}) {
    const apiKey = options.apiKey?.trim();
    this.client =
      apiKey === undefined || apiKey === ''
        ? null
        : new OpenAI({
            apiKey,
            // Passed explicitly so the SDK never falls back to reading process.env itself.
            baseURL: options.baseURL?.trim() || 'https://api.openai.com/v1',
            organization: null,
            project: null,
            timeout: options.timeoutMs ?? TRANSCRIPTION_DEFAULTS.timeoutMs,
            maxRetries: options.maxRetries ?? TRANSCRIPTION_DEFAULTS.maxRetries,
            logLevel: 'off',
          });
    this.log = options.logger ?? silentLogger;
    this.model = options.model?.trim() || TRANSCRIPTION_DEFAULTS.model;
    const fallback = options.fallbackModel === undefined ? TRANSCRIPTION_DEFAULTS.fallbackModel : options.fallbackModel;
    this.fallbackModel = fallback === null || fallback.trim() === '' || fallback.trim() === this.model ? null : fallback.trim();
  }

  /** False when no API key is configured: `transcribe` would throw TranscriptionNotConfigured. */
  get configured(): boolean {
    return this.client !== null;
  }

  /**
   * Transcribes a media file on local disk. Returns `{ format: 'openai-json', content }` (OpenAI
   * diarized JSON). Throws TranscriptionNotConfigured, MediaError (the file: show the user),
   * TranscriptionError (the provider: `retryable` says whether to retry the job), FfmpegError
   * (ffmpeg missing or too slow: an operations problem).
   */
  async transcribe(path: string, options: { language?: Language; maxDurationSec?: number } = {}): Promise<{ format: string; content: string }> {
    const client = this.client;
    if (client === null) throw new TranscriptionNotConfigured();
    const ffmpeg: FfmpegSettings = { ffmpegPath: this.options.ffmpegPath, timeoutMs: this.options.ffmpegTimeoutMs };
    const limit = options.maxDurationSec;
    const folder = await createWorkFolder('transcribe', this.options.tmpDir);
    const dir = folder.path;
    try {
      if (limit !== undefined) {
        // The container's own figure, before any decoding: an over-limit recording costs one `ffmpeg -i`.
        const probed = (await probeMedia(path, ffmpeg)).durationSec;
        if (probed !== null && probed > limit) throw new DurationLimitError(probed, limit);
      }
      const audio = await extractAudio(path, dir, {
        ...ffmpeg,
        maxDurationSec: this.options.maxDurationSec ?? TRANSCRIPTION_DEFAULTS.maxDurationSec,
        silence: this.options.silence,
      });
      // A container that does not say (some browser webm) is measured by decoding it here, still before any upload.
      if (limit !== undefined && audio.durationSec > limit) throw new DurationLimitError(audio.durationSec, limit);
      const parts = await splitAudio(audio.path, {
        ...ffmpeg,
        outDir: dir,
        maxBytes: this.options.maxPartBytes ?? TRANSCRIPTION_DEFAULTS.maxPartBytes,
        maxSeconds: this.options.maxPartSeconds ?? TRANSCRIPTION_DEFAULTS.maxPartSeconds,
        durationSec: audio.durationSec,
        silences: audio.silences,
      });
      this.log.debug({ parts: parts.length, durationSec: audio.durationSec, bytes: audio.sizeBytes }, 'media prepared for transcription');

      const { transcripts, model } = await this.transcribeParts(client, parts, options.language, dir, ffmpeg);
      const stitched = stitchTranscripts(transcripts, { durationSec: audio.durationSec, model });
      this.log.info(
        { parts: parts.length, durationSec: Math.round(audio.durationSec), model, fallback: model !== this.model, segments: stitched.segments.length },
        'media transcribed',
      );
      return { format: TRANSCRIPT_FORMAT, content: JSON.stringify(stitched) };
    } catch (err) {
      const mapped = toTranscriptionError(err);
      if (mapped instanceof Error) {
        this.log.debug({ err: { name: mapped.name, kind: (mapped as { kind?: unknown }).kind } }, 'transcription failed');
      }
      throw mapped;
    } finally {
      await folder.remove();
    }
  }

  private async transcribeParts(
    client: OpenAI,
    parts: readonly AudioPart[],
    language: Language | undefined,
    dir: string,
    ffmpeg: FfmpegSettings,
  ): Promise<{ transcripts: PartTranscript[]; model: string }> {
    const [first, ...rest] = parts;
    if (first === undefined) throw new Error('no audio parts');

    // The first part decides the model: a missing diarize model is found out once, not per part.
    let model = this.model;
    let head: PartTranscript;
    try {
      head = await this.requestPart(client, first, model, language, null, undefined);
    } catch (err) {
      if (this.fallbackModel === null || !isModelUnavailable(err)) throw err;
      this.log.warn({ model, fallback: this.fallbackModel }, 'transcription model unavailable; using the fallback model');
      model = this.fallbackModel;
      head = await this.requestPart(client, first, model, language, null, undefined);
    }
    if (rest.length === 0) return { transcripts: [head], model };

    let references: SpeakerReferences | null = null;
    if (requestShapeFor(model).responseFormat === 'diarized_json' && this.options.speakerReferences !== false) {
      references = await this.speakerReferences(first, head.segments, dir, ffmpeg);
    }
    const tail = await runLimited(rest, this.options.concurrency ?? TRANSCRIPTION_DEFAULTS.concurrency, (part, signal) =>
      this.requestPart(client, part, model, language, references, signal),
    );
    return { transcripts: [head, ...tail], model };
  }

  private async requestPart(
    client: OpenAI,
    part: AudioPart,
    model: string,
    language: Language | undefined,
    references: SpeakerReferences | null,
    signal: AbortSignal | undefined,
  ): Promise<PartTranscript> {
    const shape = requestShapeFor(model);
    const file = await toFile(await readFile(part.path), `part-${String(part.index).padStart(3, '0')}.${SPEECH_AUDIO.extension}`, {
      type: SPEECH_AUDIO.mimeType,
    });
    // Every field below is in the SDK's TranscriptionCreateParams (openai ≥ 6.x has the diarize ones).
    const body: TranscriptionCreateParamsNonStreaming = {
      file,
      model,
      response_format: shape.responseFormat,
      ...(shape.chunking ? { chunking_strategy: 'auto' as const } : {}),
      ...(language !== undefined ? { language } : {}),
      ...(references !== null ? { known_speaker_names: references.names, known_speaker_references: references.references } : {}),
    };
    let response: unknown;
    try {
      // The SDK has no overload for 'diarized_json' (it types the result as `Transcription`), so the
      // answer is read as unknown and checked field by field in readTranscriptionResponse.
      response = await client.audio.transcriptions.create(body, signal !== undefined ? { signal } : {});
    } catch (err) {
      // Speaker samples are an extra: if the provider refuses them, transcribe the part without.
      if (references !== null && err instanceof OpenAI.BadRequestError && !isModelUnavailable(err)) {
        this.log.debug({ part: part.index }, 'speaker references refused; retrying the part without them');
        return this.requestPart(client, part, model, language, null, signal);
      }
      throw err;
    }
    const read = readTranscriptionResponse(response, part.durationSec);
    this.log.debug({ part: part.index, segments: read.segments.length }, 'part transcribed');
    return {
      offsetSec: part.offsetSec,
      durationSec: part.durationSec,
      text: read.text,
      segments: read.segments,
      ...(references !== null ? { knownSpeakers: references.known } : {}),
    };
  }

  /**
   * Short samples (2–10 s) of the first part's main speakers, sent with later parts as
   * known_speaker_references so the provider labels the same voices the same way. Null when there is
   * nothing usable (or on any failure: the transcript is still correct, only speakers stay per part).
   */
  private async speakerReferences(part: AudioPart, segments: readonly SpeechSegment[], dir: string, ffmpeg: FfmpegSettings): Promise<SpeakerReferences | null> {
    const bySpeaker = new Map<string, { talk: number; best: SpeechSegment | null }>();
    for (const s of segments) {
      if (s.speaker === null) continue;
      const entry = bySpeaker.get(s.speaker) ?? { talk: 0, best: null };
      const length = s.end - s.start;
      entry.talk += length;
      if (length >= REFERENCE_MIN_SEC && (entry.best === null || length > entry.best.end - entry.best.start)) entry.best = s;
      bySpeaker.set(s.speaker, entry);
    }
    const chosen = [...bySpeaker.entries()]
      .filter(([, e]) => e.best !== null)
      .sort((a, b) => b[1].talk - a[1].talk)
      .slice(0, REFERENCE_MAX_SPEAKERS);
    if (chosen.length === 0) return null;
    try {
      const result: SpeakerReferences = { names: [], references: [], known: new Map() };
      for (const [k, [label, entry]] of chosen.entries()) {
        const best = entry.best as SpeechSegment;
        const length = Math.min(best.end - best.start, REFERENCE_MAX_SEC);
        const out = join(dir, `reference-${k}.${SPEECH_AUDIO.extension}`);
        await runFfmpeg(['-y', '-ss', best.start.toFixed(3), '-i', part.path, '-t', length.toFixed(3), '-c', 'copy', '-f', 'mp3', out], ffmpeg);
        const bytes = await readFile(out);
        const name = `speaker_${label}`;
        result.names.push(name);
        result.references.push(`data:${SPEECH_AUDIO.mimeType};base64,${bytes.toString('base64')}`);
        result.known.set(name, label);
      }
      return result;
    } catch (err) {
      this.log.debug({ err: { name: (err as Error).name } }, 'could not cut speaker references; speakers stay per part');
      return null;
    }
  }
}

/** The transcriber for the configuration; `configured` is false (and transcribe refuses) without an API key. */
export function createOpenAiTranscriber(options: OpenAiTranscriberOptions): OpenAiTranscriber {
  return new OpenAiTranscriber(options);
}
