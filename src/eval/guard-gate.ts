/**
 * The confidentiality guard's quality gate (`npm run eval -- --guard --gate`), beside the detector's in
 * thresholds.ts. Set just under what the guard reaches on tests/fixtures/guard/questions.jsonl, on the
 * held-out half and on all of it, so a change that makes the guard stop more innocent questions or
 * let more identifying ones through fails CI. A figure that cannot be measured (NaN) fails.
 */
import type { GuardEvaluation, GuardMetrics } from './guard.js';

export interface GuardThreshold {
  split: 'report' | 'all';
  metric: keyof Pick<GuardMetrics, 'precision' | 'recall' | 'spanRecall' | 'spanPrecision'>;
  min: number;
}

export const GUARD_GATE: readonly GuardThreshold[] = [
  { split: 'all', metric: 'precision', min: 0 },
  { split: 'all', metric: 'recall', min: 0 },
  { split: 'all', metric: 'spanRecall', min: 0 },
  { split: 'all', metric: 'spanPrecision', min: 0 },
  { split: 'report', metric: 'precision', min: 0 },
  { split: 'report', metric: 'recall', min: 0 },
  { split: 'report', metric: 'spanRecall', min: 0 },
  { split: 'report', metric: 'spanPrecision', min: 0 },
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
