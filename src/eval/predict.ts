/**
 * Runs the detector over a corpus and turns each AnalysisResult into a prediction in the reference
 * scorer's format. A file the detector cannot analyse counts as a `normal` prediction (exactly as a
 * missing prediction does in the reference) and is reported as a failure.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeFile, type AnalysisResult } from '../analysis/index.js';
import type { Corpus } from './corpus.js';
import { emptyPrediction, type Prediction, type Span } from './metrics.js';

export type Analyzer = (data: Uint8Array, file: string) => AnalysisResult;

export interface PredictionFailure {
  id: string;
  file: string;
  message: string;
}

export interface PredictionRun {
  predictions: Prediction[];
  failures: PredictionFailure[];
  /** Excerpts without times: they cannot be scored as spans and are dropped (count per conversation id). */
  untimedExcerpts: Record<string, number>;
  /** Wall time of the analyses alone, in milliseconds. */
  analysisMs: number;
}

/** The prediction for one analysis result: verdict, risk, categories, and timed excerpts as spans. */
export function toPrediction(id: string, result: AnalysisResult): { prediction: Prediction; untimed: number } {
  const spans: Span[] = [];
  let untimed = 0;
  for (const e of result.excerpts) {
    if (e.start === null || e.end === null) untimed += 1;
    else spans.push({ start: e.start, end: e.end });
  }
  return {
    prediction: { id, verdict: result.verdict, risk: result.risk, categories: [...result.categories], spans },
    untimed,
  };
}

export function predictCorpus(corpus: Corpus, analyze: Analyzer = (data, file) => analyzeFile(data, file)): PredictionRun {
  const predictions: Prediction[] = [];
  const failures: PredictionFailure[] = [];
  const untimedExcerpts: Record<string, number> = {};
  let analysisMs = 0;
  for (const { label, path } of corpus.conversations) {
    try {
      const data = new Uint8Array(readFileSync(path));
      const t0 = performance.now();
      const result = analyze(data, path);
      analysisMs += performance.now() - t0;
      const { prediction, untimed } = toPrediction(label.id, result);
      predictions.push(prediction);
      if (untimed > 0) untimedExcerpts[label.id] = untimed;
    } catch (e) {
      failures.push({ id: label.id, file: label.file, message: e instanceof Error ? e.message : String(e) });
      predictions.push(emptyPrediction(label.id));
    }
  }
  return { predictions, failures, untimedExcerpts, analysisMs };
}

/** predictions.jsonl text, one JSON object a line, readable by the reference Python scorer. */
export function formatPredictionsJsonl(predictions: readonly Prediction[]): string {
  return predictions
    .map((p) =>
      JSON.stringify({
        id: p.id,
        verdict: p.verdict,
        risk: p.risk,
        categories: p.categories,
        spans: p.spans.map((s) => ({ start: s.start, end: s.end })),
      }),
    )
    .join('\n')
    .concat(predictions.length ? '\n' : '');
}
