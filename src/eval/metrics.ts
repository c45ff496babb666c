/**
 * Scoring a detector against gold labels: a faithful TypeScript port of the reference scorer in
 * shared/corpus/dev/README.md. Pure functions only. Where the reference divides by zero the value
 * is NaN (the reference yields nan, or raises for Spearman/macro-F1 with nothing to rank or count).
 */
import { CATEGORIES } from '../analysis/result.js';

export type Verdict = 'kasuhara' | 'complaint' | 'normal';

export interface Span {
  start: number;
  end: number;
}

/** The fields of a gold label that scoring uses. */
export interface Gold {
  id: string;
  lang: string;
  verdict: Verdict;
  severity: number;
  borderline: boolean;
  categories: readonly string[];
  spans: readonly Span[];
}

/** One line of predictions.jsonl in the reference's format. */
export interface Prediction {
  id: string;
  verdict: Verdict;
  /** Any scale where higher means worse (mamori's is 0–100). */
  risk: number;
  categories: string[];
  spans: Span[];
}

export interface Metrics {
  n: number;
  verdict_accuracy: number;
  kasuhara_precision: number;
  kasuhara_recall: number;
  kasuhara_f1: number;
  /** Share of gold complaints predicted kasuhara. */
  complaints_flagged: number;
  /** Share of gold normals predicted kasuhara (not in the reference's output; the README suggests it). */
  normals_flagged: number;
  span_recall: number;
  span_precision: number;
  category_micro_f1: number;
  category_macro_f1: number;
  risk_severity_spearman: number;
}

export const METRIC_NAMES: readonly (keyof Metrics)[] = [
  'n',
  'verdict_accuracy',
  'kasuhara_precision',
  'kasuhara_recall',
  'kasuhara_f1',
  'complaints_flagged',
  'normals_flagged',
  'span_recall',
  'span_precision',
  'category_micro_f1',
  'category_macro_f1',
  'risk_severity_spearman',
];

export const SUBSETS = ['all', 'ja', 'en', 'non-borderline'] as const;
export type Subset = (typeof SUBSETS)[number];

/** A missing prediction counts as `normal`, risk 0, nothing flagged. */
export function emptyPrediction(id: string): Prediction {
  return { id, verdict: 'normal', risk: 0, categories: [], spans: [] };
}

export function share(n: number, d: number): number {
  return d ? n / d : Number.NaN;
}

export function f1(tp: number, fp: number, fn: number): number {
  return share(2 * tp, 2 * tp + fp + fn);
}

/** Two spans match when they overlap for strictly more than 0 s: touching spans do not. */
export function overlaps(a: Span, b: Span): boolean {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start) > 0;
}

export function hits(a: Span, spans: readonly Span[]): boolean {
  return spans.some((b) => overlaps(a, b));
}

/** 1-based ranks, ties given their average rank. */
export function ranks(x: readonly number[]): number[] {
  const order = x.map((_, i) => i).sort((a, b) => x[a]! - x[b]! || a - b);
  const r = new Array<number>(x.length).fill(0);
  let i = 0;
  while (i < x.length) {
    let j = i;
    while (j + 1 < x.length && x[order[j + 1]!] === x[order[i]!]) j += 1;
    for (let k = i; k <= j; k += 1) r[order[k]!] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

/** Spearman's rho: Pearson correlation of average ranks. NaN when either side has no variance. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new Error('spearman: length mismatch');
  if (x.length === 0) return Number.NaN;
  const a = ranks(x);
  const b = ranks(y);
  const ma = a.reduce((s, v) => s + v, 0) / a.length;
  const mb = b.reduce((s, v) => s + v, 0) / b.length;
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < a.length; i += 1) {
    cov += (a[i]! - ma) * (b[i]! - mb);
    va += (a[i]! - ma) ** 2;
    vb += (b[i]! - mb) ** 2;
  }
  const d = (va * vb) ** 0.5;
  return d ? cov / d : Number.NaN;
}

/** TP, FP, FN for one category over paired gold/prediction sets. */
export function categoryCounts(golds: readonly Gold[], preds: readonly Prediction[], category: string): [number, number, number] {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  golds.forEach((g, i) => {
    const inGold = g.categories.includes(category);
    const inPred = preds[i]!.categories.includes(category);
    if (inGold && inPred) tp += 1;
    else if (inPred) fp += 1;
    else if (inGold) fn += 1;
  });
  return [tp, fp, fn];
}

/** Pairs every gold label with its prediction (or the empty one), in the given order. */
export function pair(golds: readonly Gold[], predictions: ReadonlyMap<string, Prediction> | readonly Prediction[]): Prediction[] {
  const byId = Array.isArray(predictions)
    ? new Map((predictions as readonly Prediction[]).map((p) => [p.id, p]))
    : (predictions as ReadonlyMap<string, Prediction>);
  return golds.map((g) => byId.get(g.id) ?? emptyPrediction(g.id));
}

/** All the reference's numbers for one set of conversations (`preds[i]` is the prediction for `golds[i]`). */
export function score(golds: readonly Gold[], preds: readonly Prediction[]): Metrics {
  if (golds.length !== preds.length) throw new Error('score: gold and prediction counts differ');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  let complaints = 0;
  let complaintsFlagged = 0;
  let normals = 0;
  let normalsFlagged = 0;
  let goldSpans = 0;
  let goldSpansHit = 0;
  let predSpans = 0;
  let predSpansHit = 0;
  golds.forEach((g, i) => {
    const p = preds[i]!;
    const a = g.verdict === 'kasuhara';
    const b = p.verdict === 'kasuhara';
    if (a && b) tp += 1;
    if (b && !a) fp += 1;
    if (a && !b) fn += 1;
    if (g.verdict === p.verdict) correct += 1;
    if (g.verdict === 'complaint') {
      complaints += 1;
      if (b) complaintsFlagged += 1;
    }
    if (g.verdict === 'normal') {
      normals += 1;
      if (b) normalsFlagged += 1;
    }
    for (const s of g.spans) {
      goldSpans += 1;
      if (hits(s, p.spans)) goldSpansHit += 1;
    }
    for (const s of p.spans) {
      predSpans += 1;
      if (hits(s, g.spans)) predSpansHit += 1;
    }
  });
  const cats = CATEGORIES.map((c) => categoryCounts(golds, preds, c));
  const pooled = cats.reduce<[number, number, number]>((acc, v) => [acc[0] + v[0], acc[1] + v[1], acc[2] + v[2]], [0, 0, 0]);
  const present = cats.filter(([a, b, c]) => a + b + c > 0);
  return {
    n: golds.length,
    verdict_accuracy: share(correct, golds.length),
    kasuhara_precision: share(tp, tp + fp),
    kasuhara_recall: share(tp, tp + fn),
    kasuhara_f1: f1(tp, fp, fn),
    complaints_flagged: share(complaintsFlagged, complaints),
    normals_flagged: share(normalsFlagged, normals),
    span_recall: share(goldSpansHit, goldSpans),
    span_precision: share(predSpansHit, predSpans),
    category_micro_f1: f1(...pooled),
    category_macro_f1: share(present.reduce((s, v) => s + f1(...v), 0), present.length),
    risk_severity_spearman: spearman(
      preds.map((p) => Number(p.risk)),
      golds.map((g) => g.severity),
    ),
  };
}

export function subsetFilter(subset: Subset): (g: Gold) => boolean {
  switch (subset) {
    case 'all':
      return () => true;
    case 'ja':
      return (g) => g.lang === 'ja';
    case 'en':
      return (g) => g.lang === 'en';
    case 'non-borderline':
      return (g) => !g.borderline;
  }
}

/** The reference's report: every number for all, ja, en and non-borderline, conversations sorted by id. */
export function evaluate(
  golds: readonly Gold[],
  predictions: ReadonlyMap<string, Prediction> | readonly Prediction[],
): Record<Subset, Metrics> {
  const sorted = [...golds].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const preds = pair(sorted, predictions);
  const out = {} as Record<Subset, Metrics>;
  for (const subset of SUBSETS) {
    const keep = subsetFilter(subset);
    const idx = sorted.map((g, i) => (keep(g) ? i : -1)).filter((i) => i >= 0);
    out[subset] = score(
      idx.map((i) => sorted[i]!),
      idx.map((i) => preds[i]!),
    );
  }
  return out;
}

/** What one conversation got wrong, for the mistakes list. */
export interface Mistake {
  id: string;
  gold: Verdict;
  predicted: Verdict;
  /** Gold spans no predicted span overlaps. */
  missedSpans: number;
  /** Predicted spans that overlap no gold span. */
  falseSpans: number;
  /** Predicted categories not in gold. */
  categoryFP: string[];
  /** Gold categories not predicted. */
  categoryFN: string[];
}

export function compareConversation(g: Gold, p: Prediction): Mistake {
  const known = new Set<string>(CATEGORIES);
  return {
    id: g.id,
    gold: g.verdict,
    predicted: p.verdict,
    missedSpans: g.spans.filter((s) => !hits(s, p.spans)).length,
    falseSpans: p.spans.filter((s) => !hits(s, g.spans)).length,
    categoryFP: [...new Set(p.categories)].filter((c) => known.has(c) && !g.categories.includes(c)),
    categoryFN: [...new Set(g.categories)].filter((c) => !p.categories.includes(c)),
  };
}

export function isMistake(m: Mistake): boolean {
  return m.gold !== m.predicted || m.missedSpans > 0 || m.falseSpans > 0 || m.categoryFP.length > 0 || m.categoryFN.length > 0;
}

/** Every conversation with any error, sorted by id. */
export function mistakes(
  golds: readonly Gold[],
  predictions: ReadonlyMap<string, Prediction> | readonly Prediction[],
): Mistake[] {
  const sorted = [...golds].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const preds = pair(sorted, predictions);
  return sorted.map((g, i) => compareConversation(g, preds[i]!)).filter(isMistake);
}
