/** What the pool and its threads say to each other (structured-cloned plain data, no classes). */
import type { AnalysisResult, Language } from '../analysis/result.js';

export interface ThreadTask {
  id: number;
  data: Uint8Array | string;
  file: string;
  options: { language?: Language; staff?: string[] } | undefined;
}

/** A TranscriptError is sent as its parts and rebuilt in the pool, so the flows still recognise bad input. */
export type ThreadError =
  | { kind: 'transcript'; message: string; file: string; line: number | null }
  | { kind: 'other'; name: string; message: string };

export type ThreadReply =
  | { id: number; ok: true; result: AnalysisResult }
  | { id: number; ok: false; error: ThreadError };

/** Sent once, when the thread has loaded the engine: its time limit counts from the first task, not the load. */
export interface ThreadReady {
  ready: true;
}
