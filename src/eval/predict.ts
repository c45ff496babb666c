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
/** An analyser that may call out (the model review of `--llm`). */
export type AsyncAnalyzer = (data: Uint8Array, file: string) => Promise<AnalysisResult>;

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

/** predictCorpus for an async analyser, `concurrency` conversations at a time; results in corpus order. */
export async function predictCorpusAsync(corpus: Corpus, analyze: AsyncAnalyzer, concurrency = 4): Promise<PredictionRun & { results: (AnalysisResult | null)[] }> {
  const items = corpus.conversations;
  const outcomes: ({ result: AnalysisResult; ms: number } | { error: unknown })[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        const data = new Uint8Array(readFileSync(items[i]!.path));
        const t0 = performance.now();
        const result = await analyze(data, items[i]!.path);
        outcomes[i] = { result, ms: performance.now() - t0 };
      } catch (error) {
        outcomes[i] = { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  const predictions: Prediction[] = [];
  const failures: PredictionFailure[] = [];
  const untimedExcerpts: Record<string, number> = {};
  const results: (AnalysisResult | null)[] = [];
  let analysisMs = 0;
  items.forEach(({ label }, i) => {
    const o = outcomes[i]!;
    if ('error' in o) {
      failures.push({ id: label.id, file: label.file, message: o.error instanceof Error ? o.error.message : String(o.error) });
      predictions.push(emptyPrediction(label.id));
      results.push(null);
      return;
    }
    analysisMs += o.ms;
    const { prediction, untimed } = toPrediction(label.id, o.result);
    predictions.push(prediction);
    results.push(o.result);
    if (untimed > 0) untimedExcerpts[label.id] = untimed;
  });
  return { predictions, failures, untimedExcerpts, analysisMs, results };
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
