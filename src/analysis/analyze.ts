import type { AnalysisResult } from './result.js';
import type { Transcript } from './transcript.js';
import type { AnalyzeOptions } from './index.js';

/** Detection, scoring and advice over one transcript. Being written. */
export function analyzeTranscript(_t: Transcript, _file: string, _o: AnalyzeOptions = {}): AnalysisResult {
  throw new Error('analysis is not built yet');
}
