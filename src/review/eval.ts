/**
 * `npm run eval -- DIR --llm`: the evaluation with the model review after the engine, on every
 * conversation, plus what it cost. The organisation is the most permissive one (model allowed, built-in
 * playbook) in the language the engine detected.
 */
import { analyzeFile } from '../analysis/index.js';
import { loadCorpus } from '../eval/corpus.js';
import { predictCorpusAsync } from '../eval/predict.js';
import { evaluationOf, type Evaluation } from '../eval/run.js';
import { loadJapaneseTokenizer } from '../flows/community/japanese.js';
import type { Logger } from '../logger.js';
import type { ReviewServiceConfig } from './config.js';
import { createReviewer, PROMPT_VERSION, type ReviewedResult } from './index.js';
import type { ReviewModel } from './model.js';

export interface ReviewRunSummary {
  model: string;
  promptVersion: string;
  reviewed: number;
  fellBack: Record<string, number>;
  inputTokens: number;
  outputTokens: number;
  /** USD; null when the model's price is unknown. */
  costUsd: number | null;
  /** Verdicts the review changed (engine → final). */
  verdictChanges: number;
}

export async function evaluateDirWithReview(
  dir: string,
  config: ReviewServiceConfig,
  options: { model?: ReviewModel; logger?: Logger; concurrency?: number } = {},
): Promise<{ evaluation: Evaluation; review: ReviewRunSummary }> {
  const corpus = loadCorpus(dir);
  const reviewer = createReviewer({ config, model: options.model, tokenizer: await loadJapaneseTokenizer(), logger: options.logger });
  const run = await predictCorpusAsync(
    corpus,
    async (data, file) => {
      const result = analyzeFile(data, file);
      return reviewer({ transcript: data, result, org: { allowModel: true, language: result.language } });
    },
    options.concurrency ?? 4,
  );
  const summary: ReviewRunSummary = {
    model: config.model, promptVersion: PROMPT_VERSION, reviewed: 0, fellBack: {}, inputTokens: 0, outputTokens: 0, costUsd: 0, verdictChanges: 0,
  };
  for (const r of run.results as (ReviewedResult | null)[]) {
    const meta = r?.review;
    if (!meta) continue;
    if (meta.status === 'reviewed') summary.reviewed += 1;
    else summary.fellBack[meta.reason ?? 'error'] = (summary.fellBack[meta.reason ?? 'error'] ?? 0) + 1;
    summary.inputTokens += meta.usage?.inputTokens ?? 0;
    summary.outputTokens += meta.usage?.outputTokens ?? 0;
    summary.costUsd = summary.costUsd === null || (meta.usage && meta.costUsd === null) ? null : summary.costUsd + (meta.costUsd ?? 0);
    if (meta.engine && meta.engine.verdict !== r.verdict) summary.verdictChanges += 1;
  }
  if (summary.costUsd !== null) summary.costUsd = Math.round(summary.costUsd * 1e6) / 1e6;
  return { evaluation: evaluationOf(corpus, run), review: summary };
}

export function formatReviewSummary(s: ReviewRunSummary): string {
  const failed = Object.entries(s.fellBack).map(([k, n]) => `${k} ×${n}`).join(', ') || 'none';
  const cost = s.costUsd === null ? 'unknown (set MAMORI_REVIEW_PRICE_INPUT/_OUTPUT)' : `$${s.costUsd.toFixed(4)}`;
  return [
    `Model review: ${s.model} (prompt ${s.promptVersion})`,
    `  reviewed ${s.reviewed}, fell back to the engine: ${failed}; verdicts changed: ${s.verdictChanges}`,
    `  tokens in ${s.inputTokens}, out ${s.outputTokens}; cost ${cost}`,
  ].join('\n');
}
