/**
 * Leave-one-group-out: for each writer group, the detector is trained (or tuned) on every other group
 * and scored on the one it never saw; the predictions of all folds are pooled and scored once. Groups
 * differ in writer, setting and style, so this estimates what a new customer's calls will see, which
 * the dev corpus (what the engine was written against) cannot.
 */
import { performance } from 'node:perf_hooks';
import { analyzeFile } from '../analysis/index.js';
import { bankCall, utteranceMetrics, utterancePrediction, type BankRow, type UtteranceMetrics, type UtterancePrediction } from './bank.js';
import type { Group } from './groups.js';
import { categoryCounts, evaluate, f1, pair, type Gold, type Metrics, type Prediction, type Subset } from './metrics.js';
import { predictCorpus, type Analyzer, type PredictionFailure } from './predict.js';

/** A detector that can be fitted to labelled data; the rule engine's `train` ignores it. */
export interface Detector {
  name: string;
  train(training: readonly Group[]): Analyzer;
}

export const ruleEngine: Detector = {
  name: 'rules',
  train: () => (data, file) => analyzeFile(data, file, { model: null }),
};

export interface Weakness {
  group: string;
  category: string;
  support: number;
  f1: number;
}

export interface CrossValidation {
  detector: string;
  groups: Array<{ name: string; conversations: number; utterances: number }>;
  /** Pooled over every held-out fold: all, ja, en, non-borderline. */
  pooled: Record<Subset, Metrics>;
  perGroup: Record<string, Metrics>;
  utterances: { all: UtteranceMetrics; ja: UtteranceMetrics; en: UtteranceMetrics; perGroup: Record<string, UtteranceMetrics> };
  /** Category × group cells with the lowest conversation-level F1 (support ≥ 3). */
  weakest: Weakness[];
  failures: PredictionFailure[];
  trainMs: number;
  predictMs: number;
}

export function crossValidate(groups: readonly Group[], detector: Detector = ruleEngine): CrossValidation {
  const golds: Gold[] = [];
  const preds: Prediction[] = [];
  const perGroup: Record<string, Metrics> = {};
  const bankRows: BankRow[] = [];
  const bankPreds: UtterancePrediction[] = [];
  const perGroupBank: Record<string, UtteranceMetrics> = {};
  const failures: PredictionFailure[] = [];
  const cells: Weakness[] = [];
  let trainMs = 0;
  let predictMs = 0;

  for (const held of groups) {
    const t0 = performance.now();
    const analyze = detector.train(groups.filter((g) => g !== held));
    const t1 = performance.now();
    trainMs += t1 - t0;
    const run = predictCorpus(held.corpus, analyze);
    failures.push(...run.failures);
    const groupGolds = held.corpus.conversations.map((c) => c.label);
    if (groupGolds.length > 0) {
      perGroup[held.name] = evaluate(groupGolds, run.predictions).all;
      golds.push(...groupGolds);
      preds.push(...run.predictions);
      cells.push(...categoryCells(held.name, groupGolds, pair(groupGolds, run.predictions)));
    }
    if (held.bank.length > 0) {
      const p = held.bank.map((row) => predictUtterance(analyze, row));
      perGroupBank[held.name] = utteranceMetrics(held.bank, p);
      bankRows.push(...held.bank);
      bankPreds.push(...p);
    }
    predictMs += performance.now() - t1;
  }
  const byLang = (lang: string) => {
    const idx = bankRows.map((r, i) => (r.lang === lang ? i : -1)).filter((i) => i >= 0);
    return utteranceMetrics(idx.map((i) => bankRows[i]!), idx.map((i) => bankPreds[i]!));
  };
  return {
    detector: detector.name,
    groups: groups.map((g) => ({ name: g.name, conversations: g.corpus.conversations.length, utterances: g.bank.length })),
    pooled: evaluate(golds, preds),
    perGroup,
    utterances: { all: utteranceMetrics(bankRows, bankPreds), ja: byLang('ja'), en: byLang('en'), perGroup: perGroupBank },
    weakest: cells.filter((c) => c.support >= 3).sort((a, b) => a.f1 - b.f1 || b.support - a.support).slice(0, 5),
    failures,
    trainMs,
    predictMs,
  };
}

function predictUtterance(analyze: Analyzer, row: BankRow): UtterancePrediction {
  const call = bankCall(row);
  try {
    return utterancePrediction(row, analyze(new TextEncoder().encode(call.text), `${row.id}.txt`));
  } catch {
    return { id: row.id, harassing: false, categories: [] };
  }
}

function categoryCells(group: string, golds: readonly Gold[], preds: readonly Prediction[]): Weakness[] {
  const cats = new Set(golds.flatMap((g) => g.categories));
  return [...cats].map((category) => {
    const [tp, fp, fn] = categoryCounts(golds, preds, category);
    return { group, category, support: tp + fn, f1: f1(tp, fp, fn) };
  });
}
