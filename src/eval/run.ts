/**
 * One evaluation of the detector on a corpus folder: load, predict, score, gate. The CLI
 * (src/cli/eval-main.ts) only parses options and prints what this returns.
 */
import { loadCorpus, type Corpus } from './corpus.js';
import { evaluate, mistakes, type Metrics, type Mistake, type Subset } from './metrics.js';
import { predictCorpus, type Analyzer, type PredictionRun } from './predict.js';
import { checkGate, type GateResult } from './thresholds.js';

export interface Evaluation {
  corpus: Corpus;
  run: PredictionRun;
  metrics: Record<Subset, Metrics>;
  mistakes: Mistake[];
  /** The gate applied to the 'all' numbers. */
  gate: GateResult;
}

export function evaluateCorpus(corpus: Corpus, analyze?: Analyzer): Evaluation {
  return evaluationOf(corpus, predictCorpus(corpus, analyze));
}

/** Scores predictions already made (e.g. by the async `--llm` path). */
export function evaluationOf(corpus: Corpus, run: PredictionRun): Evaluation {
  const golds = corpus.conversations.map((c) => c.label);
  const metrics = evaluate(golds, run.predictions);
  return { corpus, run, metrics, mistakes: mistakes(golds, run.predictions), gate: checkGate(metrics.all) };
}

export function evaluateDir(dir: string, analyze?: Analyzer): Evaluation {
  return evaluateCorpus(loadCorpus(dir), analyze);
}

/** The machine-readable form printed by `--json` (NaN becomes null). */
export function evaluationJson(e: Evaluation): object {
  return {
    dir: e.corpus.dir,
    conversations: e.corpus.conversations.length,
    metrics: e.metrics,
    gate: { passed: e.gate.passed, failed: e.gate.failed.map((c) => c.metric), checks: e.gate.checks },
    failures: e.run.failures,
    untimedExcerpts: e.run.untimedExcerpts,
    mistakes: e.mistakes,
    analysisMs: Math.round(e.run.analysisMs),
  };
}
