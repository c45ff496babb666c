/**
 * The one Transcript model every input format is read into. Times are seconds from the start of the
 * recording, or null when the format carries none (plain text): excerpts then point at line numbers.
 */
export type TranscriptFormat =
  | 'webvtt'
  | 'srt'
  | 'call-log'
  | 'openai-json'
  | 'plain-text';

export interface Utterance {
  /** 0-based position in the transcript after merging nothing: one cue, line or segment each. */
  index: number;
  start: number | null;
  end: number | null;
  /** The speaker label exactly as written in the input; null when the input names no speaker. */
  speaker: string | null;
  text: string;
  /** 1-based line in the source file where this utterance begins, for error messages and excerpts. */
  line: number;
}

export interface Transcript {
  format: TranscriptFormat;
  utterances: Utterance[];
  /** Length of the recording in seconds when known (from the last cue, or the JSON `duration`). */
  durationSec: number | null;
  /** Notes about the input that a reader of the result should know, e.g. "decoded as Shift_JIS". */
  warnings: string[];
}

/** A problem with a user's file: a value with a clear message, never a crash. */
export class TranscriptError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number | null = null,
  ) {
    super(line === null ? `${file}: ${message}` : `${file}:${line}: ${message}`);
    this.name = 'TranscriptError';
  }
}
