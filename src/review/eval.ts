/**
 * `npm run eval -- DIR --llm`: the engine alone and the engine followed by the model review, scored on
 * the same corpus in one pass (each conversation is analysed once; the review gets that very result), so
 * the two columns of the comparison differ by the model stage only. Plus what the review cost. The
 * organisation is the most permissive one (model allowed, built-in playbook) in the language the engine
 * detected.
 */
import { performance } from 'node:perf_hooks';
import { analyzeFile, type AnalysisResult } from '../analysis/index.js';
import { loadCorpus } from '../eval/corpus.js';
import type { Metrics, Subset } from '../eval/metrics.js';
import { predictCorpus, predictCorpusAsync, type Analyzer } from '../eval/predict.js';
import { compareMetrics, formatComparisonTable, type MetricDifference } from '../eval/report.js';
import { evaluationOf, type Evaluation } from '../eval/run.js';
import { loadJapaneseTokenizer } from '../text/japanese.js';
import type { Logger } from '../logger.js';
import type { ReviewServiceConfig } from './config.js';
import { createReviewer, PROMPT_VERSION, type ReviewedResult } from './index.js';
import type { ReviewModel } from './model.js';

export interface ReviewRunSummary {
  model: string;
  promptVersion: string;
  reviewed: number;
  fellBack: Record<string, number>;
  /** Calls where words aimed at the model were found, so the review could only add or raise. */
  injectionGuarded: number;
  inputTokens: number;
  outputTokens: number;
  /** USD; null when the model's price is unknown. */
  costUsd: number | null;
  /** Verdicts the review changed (engine → final). */
  verdictChanges: number;
}

export interface ReviewComparison {
  /** The engine alone: exactly what `npm run eval -- DIR` scores. */
  engine: Evaluation;
  /** The engine followed by the model review (what users get with the review on). */
  evaluation: Evaluation;
  review: ReviewRunSummary;
}

export async function evaluateDirWithReview(
  dir: string,
  config: ReviewServiceConfig,
  options: { model?: ReviewModel; logger?: Logger; concurrency?: number; analyze?: Analyzer } = {},
): Promise<ReviewComparison> {
  const corpus = loadCorpus(dir);
  const reviewer = createReviewer({ config, model: options.model, tokenizer: await loadJapaneseTokenizer(), logger: options.logger });
  const engineResults = new Map<string, { result: AnalysisResult; ms: number } | { error: unknown }>();
  const run = await predictCorpusAsync(
    corpus,
    async (data, file) => {
      let result: AnalysisResult;
      const t0 = performance.now();
      try {
        result = (options.analyze ?? analyzeFile)(data, file);
      } catch (error) {
        engineResults.set(file, { error });
        throw error;
      }
      engineResults.set(file, { result, ms: performance.now() - t0 });
      return reviewer({ transcript: data, result, org: { allowModel: true, language: result.language } });
    },
    options.concurrency ?? 4,
  );
  // The engine's own predictions, from the results the review started from.
  let engineMs = 0;
  const engineRun = predictCorpus(corpus, (_data, file) => {
    const r = engineResults.get(file);
    if (!r) throw new Error('not analysed');
    if ('error' in r) throw r.error;
    engineMs += r.ms;
    return r.result;
  });
  engineRun.analysisMs = engineMs;

  const summary: ReviewRunSummary = {
    model: config.model, promptVersion: PROMPT_VERSION, reviewed: 0, fellBack: {}, injectionGuarded: 0, inputTokens: 0, outputTokens: 0, costUsd: 0,
    verdictChanges: 0,
  };
  for (const r of run.results as (ReviewedResult | null)[]) {
    const meta = r?.review;
    if (!meta) continue;
    if (meta.status === 'reviewed') summary.reviewed += 1;
    else summary.fellBack[meta.reason ?? 'error'] = (summary.fellBack[meta.reason ?? 'error'] ?? 0) + 1;
    if (meta.injection) summary.injectionGuarded += 1;
    summary.inputTokens += meta.usage?.inputTokens ?? 0;
    summary.outputTokens += meta.usage?.outputTokens ?? 0;
    summary.costUsd = summary.costUsd === null || (meta.usage && meta.costUsd === null) ? null : summary.costUsd + (meta.costUsd ?? 0);
    if (meta.engine && meta.engine.verdict !== r.verdict) summary.verdictChanges += 1;
  }
  if (summary.costUsd !== null) summary.costUsd = Math.round(summary.costUsd * 1e6) / 1e6;
  return { engine: evaluationOf(corpus, engineRun), evaluation: evaluationOf(corpus, run), review: summary };
}

/** The difference the model stage makes, per subset and metric (for `--json`). */
export function reviewDifference(c: ReviewComparison): Record<Subset, Record<keyof Metrics, MetricDifference>> {
  return compareMetrics(c.engine.metrics, c.evaluation.metrics);
}

/** The side-by-side tables: engine | engine+model | difference, for every subset with conversations. */
export function formatReviewComparison(c: ReviewComparison): string {
  const subsets = (['all', 'ja', 'en', 'non-borderline'] as const).filter((s) => c.engine.metrics[s].n > 0);
  return subsets
    .map((s) => `${s === 'all' ? 'All conversations' : `Subset: ${s}`}\n${formatComparisonTable(c.engine.metrics, c.evaluation.metrics, { before: 'engine', after: 'engine+model' }, s)}`)
    .join('\n\n');
}

export function formatReviewSummary(s: ReviewRunSummary): string {
  const failed = Object.entries(s.fellBack).map(([k, n]) => `${k} ×${n}`).join(', ') || 'none';
  const cost = s.costUsd === null ? 'unknown (set MAMORI_REVIEW_PRICE_INPUT/_OUTPUT)' : `$${s.costUsd.toFixed(4)}`;
  return [
    `Model review: ${s.model} (prompt ${s.promptVersion})`,
    `  reviewed ${s.reviewed}, fell back to the engine: ${failed}; verdicts changed: ${s.verdictChanges}; injection guard: ${s.injectionGuarded}`,
    `  tokens in ${s.inputTokens}, out ${s.outputTokens}; cost ${cost}`,
  ].join('\n');
}
