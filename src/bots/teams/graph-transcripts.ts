/**
 * Microsoft Graph: a Teams meeting's transcript as WebVTT.
 *   GET /users/{organizerId}/onlineMeetings/{meetingId}/transcripts
 *   GET /users/{organizerId}/onlineMeetings/{meetingId}/transcripts/{id}/content?$format=text/vtt
 * Works with the meeting's resource-specific consent (OnlineMeetingTranscript.Read.Chat) or with the
 * application permission OnlineMeetingTranscript.Read.All plus an application access policy.
 * Every refusal becomes a TranscriptFetchError with a reason the user is told.
 */
import type { Client as HttpClient } from '@microsoft/teams.common';
import { TEAMS_LIMITS } from './limits.js';
import type { FetchReason } from './messages.js';

export class TranscriptFetchError extends Error {
  override name = 'TranscriptFetchError';
  constructor(
    readonly reason: FetchReason,
    /** False: worth trying again later (throttling, not ready yet, a Graph outage). */
    readonly permanent: boolean,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export interface GraphTranscript {
  id: string;
  createdDateTime?: string;
  endDateTime?: string;
}

interface HttpError {
  response?: { status: number; data?: unknown; headers?: Record<string, unknown> };
  code?: string;
  message?: string;
}

export interface TranscriptClientOptions {
  /** Waits (tests pass a fake); default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  maxInlineRetryAfterSeconds?: number;
}

/** Parses Retry-After (seconds or an HTTP date). */
export function retryAfterSeconds(value: unknown, now: Date = new Date()): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const n = Number(value);
  if (Number.isFinite(n)) return Math.max(0, n);
  const at = Date.parse(String(value));
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** Turns a Graph error response into a reason. `stage` tells a missing meeting from a missing transcript. */
export function classifyGraphError(err: unknown, stage: 'list' | 'content'): TranscriptFetchError {
  const e = err as HttpError;
  const status = e.response?.status;
  const body = e.response?.data;
  const graphError = (typeof body === 'object' && body && 'error' in body ? (body as { error?: { code?: string; message?: string } }).error : undefined) ?? {};
  const text = `${graphError.code ?? ''} ${graphError.message ?? ''} ${typeof body === 'string' ? body : ''}`;
  const summary = `Graph answered ${status ?? e.code ?? 'nothing'}${graphError.code ? ` (${graphError.code})` : ''}`;
  if (status === 429 || status === 503) {
    return new TranscriptFetchError('throttled', false, summary, retryAfterSeconds(e.response?.headers?.['retry-after']));
  }
  if (status === 403 || status === 401) {
    if (/attribution|speaker/i.test(text)) return new TranscriptFetchError('speaker_attribution', true, summary);
    if (/transcri\w*\s*(is\s*)?(disabled|not\s*enabled|off|not\s*allowed)|TranscriptionDisabled|transcription.*polic/i.test(text)) {
      return new TranscriptFetchError('transcription_disabled', true, summary);
    }
    return new TranscriptFetchError('forbidden', true, summary);
  }
  if (status === 404 || status === 410) {
    return stage === 'content' || /transcript/i.test(text)
      ? new TranscriptFetchError('no_transcript', true, summary)
      : new TranscriptFetchError('meeting_expired', true, summary);
  }
  if (status !== undefined && status >= 400 && status < 500) return new TranscriptFetchError('graph_error', true, summary);
  return new TranscriptFetchError('graph_error', false, summary);
}

function graphClient(options: TranscriptClientOptions) {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxInline = options.maxInlineRetryAfterSeconds ?? TEAMS_LIMITS.maxInlineRetryAfterSeconds;
  return async function withThrottling<T>(stage: 'list' | 'content', run: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (err) {
        const failure = classifyGraphError(err, stage);
        const wait = failure.retryAfterSeconds;
        if (failure.reason === 'throttled' && attempt < 3 && wait !== undefined && wait <= maxInline) {
          await sleep(wait * 1000);
          continue;
        }
        throw failure;
      }
    }
  };
}

const transcriptsPath = (meeting: { organizerId: string; meetingId: string }) =>
  `/users/${encodeURIComponent(meeting.organizerId)}/onlineMeetings/${encodeURIComponent(meeting.meetingId)}/transcripts`;

/** The meeting's transcripts Graph lists (empty while none is published yet). Throws TranscriptFetchError. */
export async function listMeetingTranscripts(
  graph: HttpClient,
  meeting: { organizerId: string; meetingId: string },
  options: TranscriptClientOptions = {},
): Promise<GraphTranscript[]> {
  const withThrottling = graphClient(options);
  const list = await withThrottling('list', () => graph.get<{ value?: GraphTranscript[] }>(transcriptsPath(meeting)));
  return list.data?.value ?? [];
}

/**
 * The meeting's latest transcript as WebVTT. Throws TranscriptFetchError; `no_transcript` is
 * not permanent when the list is empty (Teams publishes transcripts some minutes after the meeting).
 */
export async function fetchMeetingTranscript(
  graph: HttpClient,
  meeting: { organizerId: string; meetingId: string },
  options: TranscriptClientOptions = {},
): Promise<string> {
  const withThrottling = graphClient(options);
  const base = transcriptsPath(meeting);
  const transcripts = await listMeetingTranscripts(graph, meeting, options);
  if (transcripts.length === 0) throw new TranscriptFetchError('no_transcript', false, 'the meeting has no transcript (yet)');
  const latest = [...transcripts].sort((a, b) => String(b.createdDateTime ?? '').localeCompare(String(a.createdDateTime ?? '')))[0]!;
  const content = await withThrottling('content', () =>
    graph.get<string>(`${base}/${encodeURIComponent(latest.id)}/content`, {
      params: { $format: 'text/vtt' }, responseType: 'text', headers: { Accept: 'text/vtt' }, maxContentLength: TEAMS_LIMITS.maxDownloadBytes,
    }));
  const vtt = typeof content.data === 'string' ? content.data : String(content.data ?? '');
  if (vtt.trim() === '' || vtt.trim() === 'WEBVTT') throw new TranscriptFetchError('no_transcript', true, 'the transcript is empty');
  return vtt;
}
