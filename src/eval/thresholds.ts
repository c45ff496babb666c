/**
 * The quality gate: the minimum the detector must reach on the 'all' numbers before it ships.
 * A number that cannot be measured (NaN) fails: the gate only passes what it has seen pass.
 */
import type { Metrics } from './metrics.js';

export interface Threshold {
  metric: keyof Metrics;
  /** `min`: the value must be at least `limit`; `max`: at most. */
  kind: 'min' | 'max';
  limit: number;
}

export const GATE: readonly Threshold[] = [
  { metric: 'kasuhara_f1', kind: 'min', limit: 0.9 },
  { metric: 'complaints_flagged', kind: 'max', limit: 0.1 },
  { metric: 'span_recall', kind: 'min', limit: 0.8 },
  { metric: 'span_precision', kind: 'min', limit: 0.7 },
  { metric: 'category_micro_f1', kind: 'min', limit: 0.7 },
  { metric: 'risk_severity_spearman', kind: 'min', limit: 0.7 },
];

/**
 * The gate on the leave-one-group-out figures (pooled 'all'), the ones that estimate a new customer's
 * calls: a fresh model per fold, trained without the group it is scored on. Set just under what the
 * detector reaches (`npm run eval -- --cross-validate`) and raised as it improves, so no change lands that
 * makes the detector generalise worse. Adding a harder writer group lowers the estimate without the code getting
 * worse; the limits then follow the honest figure, and the comment keeps the history. Of the targets,
 * complaints ≤ 5 % and Spearman 0.80 are reached (kasuhara F1 0.916 of 0.92); span recall 0.80, excerpt precision
 * 0.80, category F1 0.80 and normal calls ≤ 3 % are not yet.
 */
export const CROSS_VALIDATION_GATE: readonly Threshold[] = [
  // 37 groups (2026-12-07, fourth round): F1 0.922, complaints 0.023, normals 0.050, span recall 0.772, span precision
  // 0.771, category 0.768, Spearman 0.829.
  // 46 groups (2026-12-08, fifth round: one-line remarks, quiet menace, fixation, lecturing, angry-but-fair… — the
  // hardest groups yet): with the code of the fourth round F1 0.919, complaints 0.025, normals 0.061, span recall
  // 0.767, span precision 0.759, category 0.762, Spearman 0.811; then a decisive moment the rules and the model agree
  // on was no longer set aside by the call's average (a plain threat after two calm turns had been): F1 0.916,
  // complaints 0.032, normals 0.066, span recall 0.768, precision 0.757, category 0.761, Spearman 0.810 — seven more
  // false alarms in 2,253 calls for never dropping a threat both judges see. Each limit just under these.
  { metric: 'kasuhara_f1', kind: 'min', limit: 0.912 },
  { metric: 'complaints_flagged', kind: 'max', limit: 0.035 },
  { metric: 'normals_flagged', kind: 'max', limit: 0.07 },
  { metric: 'span_recall', kind: 'min', limit: 0.765 },
  { metric: 'span_precision', kind: 'min', limit: 0.755 },
  { metric: 'category_micro_f1', kind: 'min', limit: 0.758 },
  { metric: 'risk_severity_spearman', kind: 'min', limit: 0.805 },
];

export const RULES_CROSS_VALIDATION_GATE: readonly Threshold[] = [
  { metric: 'kasuhara_f1', kind: 'min', limit: 0.76 },
  { metric: 'complaints_flagged', kind: 'max', limit: 0.05 },
  { metric: 'normals_flagged', kind: 'max', limit: 0.12 },
  { metric: 'span_recall', kind: 'min', limit: 0.37 },
  { metric: 'span_precision', kind: 'min', limit: 0.76 },
  { metric: 'category_micro_f1', kind: 'min', limit: 0.57 },
  { metric: 'risk_severity_spearman', kind: 'min', limit: 0.66 },
];

export interface GateCheck extends Threshold {
  value: number;
  passed: boolean;
}

export interface GateResult {
  passed: boolean;
  checks: GateCheck[];
  failed: GateCheck[];
}

export function checkGate(metrics: Metrics, gate: readonly Threshold[] = GATE): GateResult {
  const checks = gate.map((t) => {
    const value = metrics[t.metric];
    const passed = Number.isFinite(value) && (t.kind === 'min' ? value >= t.limit : value <= t.limit);
    return { ...t, value, passed };
  });
  const failed = checks.filter((c) => !c.passed);
  return { passed: failed.length === 0, checks, failed };
}
