/**
 * What can go wrong when turning speech into text, as values the flows can show (userMessage:
 * Japanese first, English second) and act on (retryable).
 */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from 'openai';
import { MediaError } from '../media/errors.js';

export type TranscriptionErrorKind = 'unavailable' | 'timeout' | 'rate_limited' | 'bad_audio';

/** The user-facing text of each kind (the message catalogue of src/transcription). */
export const TRANSCRIPTION_MESSAGES: Record<TranscriptionErrorKind | 'not_configured', string> = {
  unavailable: '文字起こしサービスを利用できませんでした。しばらくしてからもう一度お試しください / the transcription service is unavailable; please try again later',
  timeout: '文字起こしが時間内に終わりませんでした。しばらくしてからもう一度お試しください / transcription took too long; please try again later',
  rate_limited: '文字起こしサービスが混み合っています。しばらくしてからもう一度お試しください / the transcription service is busy; please try again later',
  bad_audio: 'この音声は文字起こしできませんでした。別の形式や短い録音でお試しください / this audio could not be transcribed; try another format or a shorter recording',
  not_configured:
    '音声の文字起こしが設定されていません。管理者が OPENAI_API_KEY（Azure OpenAI やローカルの互換サーバーでは OPENAI_BASE_URL も）を設定すると使えます。文字起こし済みのファイル（VTT, SRT, JSON, テキスト）はそのまま分析できます / ' +
    'audio transcription is not configured: set OPENAI_API_KEY (and OPENAI_BASE_URL for Azure OpenAI or a local OpenAI-compatible server). Transcript files (VTT, SRT, JSON, text) are analysed without it',
};

export class TranscriptionError extends Error {
  override name = 'TranscriptionError';
  readonly userMessage: string;
  constructor(
    readonly kind: TranscriptionErrorKind,
    /** True when the same request may succeed later (rate limits, outages, timeouts). */
    readonly retryable: boolean,
    /** Technical detail for debug logs: the provider's status and error code, never transcript text. */
    readonly detail: string = '',
    readonly status: number | null = null,
    /** Seconds the provider asked to wait (Retry-After), when it said. */
    readonly retryAfterSec: number | null = null,
  ) {
    super(TRANSCRIPTION_MESSAGES[kind]);
    this.userMessage = TRANSCRIPTION_MESSAGES[kind];
  }
}

/** No transcription provider is configured: media cannot be transcribed, transcripts still work. */
export class TranscriptionNotConfigured extends Error {
  override name = 'TranscriptionNotConfigured';
  readonly userMessage = TRANSCRIPTION_MESSAGES.not_configured;
  readonly retryable = false;
  constructor() {
    super(TRANSCRIPTION_MESSAGES.not_configured);
  }
}

const MODEL_CODES = new Set(['model_not_found', 'deploymentnotfound', 'unsupported_model', 'invalid_model', 'model_not_available']);

/**
 * True when the provider says the model (or the diarization options it needs) is not available here:
 * OpenAI answers 404/400 `model_not_found`, Azure 404 `DeploymentNotFound`, local servers 400/422 about
 * the model or `diarized_json`. Then a fallback model is worth a try.
 */
export function isModelUnavailable(err: unknown): boolean {
  if (!(err instanceof APIError) || err.status === undefined) return false;
  if (![400, 403, 404, 422].includes(err.status)) return false;
  const code = (err.code ?? '').toLowerCase();
  if (MODEL_CODES.has(code)) return true;
  if (err.status === 404) return true;
  const message = err.message.toLowerCase();
  if (/diarized_json|chunking_strategy|response_format/.test(message)) return true;
  return /model|deployment/.test(message) && /not (found|exist|available|supported)|does not exist|unsupported|invalid|no access|do not have access/.test(message);
}

function retryAfterSeconds(headers: Headers | undefined): number | null {
  const raw = headers?.get('retry-after-ms');
  if (raw) return Number(raw) / 1000;
  const value = headers?.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, (date - Date.now()) / 1000) : null;
}

/** Maps an OpenAI SDK error (after the SDK's own retries) to a TranscriptionError; anything else is returned as is. */
export function toTranscriptionError(err: unknown): unknown {
  if (err instanceof TranscriptionError || err instanceof APIUserAbortError) return err;
  if (err instanceof APIConnectionTimeoutError) return new TranscriptionError('timeout', true, 'request timed out');
  if (err instanceof APIConnectionError) return new TranscriptionError('unavailable', true, `connection failed: ${err.message.slice(0, 120)}`);
  if (!(err instanceof APIError)) return err;
  const status = err.status ?? null;
  const detail = `HTTP ${status ?? '?'} ${err.code ?? err.type ?? ''}`.trim();
  if (status === 429) {
    // "insufficient_quota" is also a 429, but waiting will not fix it.
    const quota = (err.code ?? '') === 'insufficient_quota';
    return new TranscriptionError(quota ? 'unavailable' : 'rate_limited', !quota, detail, status, retryAfterSeconds(err.headers));
  }
  if (status !== null && (status >= 500 || status === 408 || status === 409)) return new TranscriptionError('unavailable', true, detail, status);
  if (status === 401 || status === 403 || status === 404 || isModelUnavailable(err)) return new TranscriptionError('unavailable', false, detail, status);
  return new TranscriptionError('bad_audio', false, detail, status);
}

export interface MediaFailure {
  /** bad_media: the file (MediaError); transcription_failed: the provider said no for good; not_configured: no provider. */
  code: 'bad_media' | 'transcription_failed' | 'not_configured';
  /** Shown to the user (Japanese / English). */
  message: string;
}

/**
 * For the analysis job: the user-visible failure an error from `transcribe` stands for, or null when
 * the job should be retried (rate limits, outages, timeouts, ffmpeg trouble) or the error is a bug.
 */
export function mediaFailureOf(err: unknown): MediaFailure | null {
  if (err instanceof MediaError) return { code: 'bad_media', message: err.userMessage };
  if (err instanceof TranscriptionNotConfigured) return { code: 'not_configured', message: err.userMessage };
  if (err instanceof TranscriptionError && !err.retryable) return { code: 'transcription_failed', message: err.userMessage };
  return null;
}
