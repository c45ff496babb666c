/**
 * The small interfaces (ports) the pipeline flows talk to the world through. Bots and the server
 * supply real implementations; tests supply fakes.
 */
import type { AnalysisResult, Language } from '../analysis/result.js';
import type { Tx } from '../db/connection.js';
import type { OutboxKind, OutboxTarget } from '../db/schema/index.js';

/**
 * The analysis engine: `analyzeFile` from src/analysis run on a worker thread (src/analysis-threads),
 * or a fake in tests. Throws (rejects with) TranscriptError for bad input, AnalysisTimeLimitError when
 * the analysis ran past its time limit.
 */
export type Analyser = (
  data: Uint8Array | string,
  file: string,
  options?: { language?: Language; staff?: string[] },
) => AnalysisResult | Promise<AnalysisResult>;

/**
 * The analysis ran past its time limit and was stopped. The same file would take as long again, so
 * the job ends with a reply saying so instead of being retried.
 */
export class AnalysisTimeLimitError extends Error {
  override name = 'AnalysisTimeLimitError';
  constructor(readonly limitSeconds: number) {
    super(`the analysis ran past its time limit of ${limitSeconds} s`);
  }
}

/** Where a submission's bytes come from (Slack files API, Teams attachment, local disk for the CLI). */
export interface FileRef {
  orgId: string;
  source: string;
  platformFileId: string;
  fileName: string;
}

export interface FileSource {
  /** The file's bytes. Throws on failure (retried); throw FileGoneError when it will never succeed. */
  fetch(ref: FileRef): Promise<Uint8Array>;
}

/** The file was deleted or access revoked: a user-visible failure, not worth retrying. */
export class FileGoneError extends Error {
  override name = 'FileGoneError';
}

/**
 * A failure the person who shared the file should read (a corrupt recording, transcription not
 * configured): adapters raise errors carrying a bilingual `userMessage`; `retryable: false` means
 * trying again cannot help, so the job ends with that message instead of retrying.
 */
export interface UserFacingFailure {
  userMessage: string;
  retryable: boolean;
}

export function isUserFacingFailure(err: unknown): err is Error & UserFacingFailure {
  return err instanceof Error && typeof (err as Partial<UserFacingFailure>).userMessage === 'string' && typeof (err as Partial<UserFacingFailure>).retryable === 'boolean';
}

/**
 * Turns a media file on local disk into a transcript in a format `analysis` reads (e.g. OpenAI JSON).
 * With `maxDurationSec` (what is left of the organisation's monthly quota) a longer recording is
 * refused with DurationLimitError before anything is sent to a paid service.
 */
export interface Transcriber {
  transcribe(path: string, options: { language?: Language; maxDurationSec?: number }): Promise<{ format: string; content: string }>;
}

/** The recording is longer than the `maxDurationSec` it was given; nothing was transcribed. */
export class DurationLimitError extends Error {
  override name = 'DurationLimitError';
  constructor(
    /** The recording's length as probed (or decoded, when the container does not say). */
    readonly durationSec: number,
    readonly limitSec: number,
  ) {
    super(`recording of ${Math.round(durationSec)} s is over the limit of ${Math.round(limitSec)} s`);
  }
}

/** A platform-neutral message taken from the outbox; the bots render it (Block Kit, Adaptive Cards). */
export interface OutgoingMessage {
  /** The outbox id: stable across retries, usable as an idempotency key. */
  id: string;
  orgId: string;
  kind: OutboxKind;
  target: OutboxTarget;
  payload: Record<string, unknown>;
}

export interface Messenger {
  /** Posts the message; returns the platform's reference to it (Slack ts, Teams activity id). */
  post(message: OutgoingMessage): Promise<string>;
  /**
   * Finds a message posted earlier for this outbox id (e.g. by the metadata Slack stores with it).
   * Called only on a retry after an attempt that may have posted before crashing; an adapter that
   * implements it makes delivery exactly-once, one that does not makes that rare window at-least-once.
   */
  findPosted?(message: OutgoingMessage): Promise<string | null>;
}

/** The platform refuses this message for good (channel gone, user left): don't retry. */
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
}

/** Enqueues jobs inside the caller's transaction, so rows and their jobs commit together. */
export interface JobQueue {
  enqueueAnalysis(tx: Tx, submissionId: string): Promise<void>;
  enqueueDelivery(tx: Tx, outboxIds: string[]): Promise<void>;
  /**
   * Queues a check of whether a meeting's transcript is published yet. `data` is the adapter's, carried
   * from check to check; `jobId` is stable, so a check queued twice runs once.
   */
  enqueueMeetingCheck(tx: Tx, data: object, jobId: string): Promise<void>;
}
