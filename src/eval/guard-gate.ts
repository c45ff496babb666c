/**
 * The confidentiality guard's quality gate (`npm run eval -- --guard --gate`), beside the detector's in
 * thresholds.ts. Set just under what the guard reached when it was extended (held-out: precision 0.984,
 * recall 0.938, span recall 0.940, span precision 0.955; all: 0.992, 0.957, 0.959, 0.979), so a change
 * that makes the guard stop more innocent questions or let more identifying ones through fails CI.
 * Raise them as the guard improves. A figure that cannot be measured (NaN) fails.
 */
import type { GuardEvaluation, GuardMetrics } from './guard.js';

export interface GuardThreshold {
  split: 'report' | 'all';
  metric: keyof Pick<GuardMetrics, 'precision' | 'recall' | 'spanRecall' | 'spanPrecision'>;
  min: number;
}

export const GUARD_GATE: readonly GuardThreshold[] = [
  { split: 'all', metric: 'precision', min: 0.97 },
  { split: 'all', metric: 'recall', min: 0.93 },
  { split: 'all', metric: 'spanRecall', min: 0.93 },
  { split: 'all', metric: 'spanPrecision', min: 0.95 },
  { split: 'report', metric: 'precision', min: 0.95 },
  { split: 'report', metric: 'recall', min: 0.9 },
  { split: 'report', metric: 'spanRecall', min: 0.9 },
  { split: 'report', metric: 'spanPrecision', min: 0.93 },
];

export interface GuardGateCheck extends GuardThreshold {
  value: number;
  passed: boolean;
}

export function checkGuardGate(e: GuardEvaluation, gate: readonly GuardThreshold[] = GUARD_GATE) {
  const checks: GuardGateCheck[] = gate.map((t) => {
    const value = e.metrics[t.split][t.metric];
    return { ...t, value, passed: Number.isFinite(value) && value >= t.min };
  });
  const failed = checks.filter((c) => !c.passed);
  return { passed: failed.length === 0, checks, failed };
}

export function formatGuardGate(result: ReturnType<typeof checkGuardGate>): string {
  const name = (c: GuardGateCheck) => `${c.split === 'report' ? 'held-out' : 'all'} ${c.metric}`;
  return [
    result.passed ? 'Guard gate: passed' : `Guard gate: FAILED (${result.failed.map(name).join(', ')})`,
    ...result.checks.map((c) => `  ${c.passed ? 'ok  ' : 'FAIL'} ${name(c).padEnd(24)} ${Number.isNaN(c.value) ? 'n/a' : c.value.toFixed(3)} >= ${c.min.toFixed(2)}`),
  ].join('\n');
}
