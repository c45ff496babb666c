/**
 * The analysis library's public face: text in, result out. Pure: no I/O, no platform, no database.
 */
import type { AnalysisResult, Language } from './result.js';
import { readTranscript } from './read.js';
import { analyzeTranscript } from './analyze.js';
import type { DetectorModel } from './model/detector-model.js';

export interface AnalyzeOptions {
  /** Force the language of the result and advice; detected from the text otherwise. */
  language?: Language;
  /** Speaker labels to treat as staff whatever the role detection says (`--staff NAME`). */
  staff?: string[];
  /** Call-length marks in minutes (domain guidance: 30 warn, 60 high). */
  longCallMinutes?: { warn: number; high: number };
  /**
   * The trained utterance model: the committed one when undefined, rules alone when null, or one just
   * trained (cross-validation trains a fresh one per fold).
   */
  model?: DetectorModel | null;
}

/** Reads any supported transcript (bytes or text) and analyses it. Throws TranscriptError for bad input. */
export function analyzeFile(data: Uint8Array | string, file: string, options: AnalyzeOptions = {}): AnalysisResult {
  return analyzeTranscript(readTranscript(data, file), file, options);
}

export { readTranscript, analyzeTranscript };
export * from './result.js';
export * from './transcript.js';
