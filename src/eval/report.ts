/**
 * Human-readable output of an evaluation: the metrics table, the gate, the failures and the
 * per-conversation mistakes list. Pure string building; the CLI prints.
 */
import type { CrossValidation } from './cross-validate.js';
import type { Metrics, Mistake, Subset } from './metrics.js';
import { SUBSETS } from './metrics.js';
import type { PredictionFailure } from './predict.js';
import type { GateResult } from './thresholds.js';

const ROWS: readonly [keyof Metrics, string][] = [
  ['n', 'conversations'],
  ['verdict_accuracy', 'verdict accuracy'],
  ['kasuhara_precision', 'kasuhara precision'],
  ['kasuhara_recall', 'kasuhara recall'],
  ['kasuhara_f1', 'kasuhara F1'],
  ['complaints_flagged', 'complaints flagged (lower is better)'],
  ['normals_flagged', 'normals flagged (lower is better)'],
  ['span_recall', 'span recall'],
  ['span_precision', 'span precision'],
  ['category_micro_f1', 'category micro-F1'],
  ['category_macro_f1', 'category macro-F1'],
  ['risk_severity_spearman', 'risk~severity Spearman'],
];

export function formatNumber(v: number, key?: keyof Metrics): string {
  if (key === 'n') return String(v);
  if (Number.isNaN(v)) return 'n/a';
  return v.toFixed(3);
}

/** Terminal columns: East Asian wide characters take two, so ids and messages line up. */
function displayWidth(s: string): number {
  return [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1), 0);
}

function pad(s: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

function table(header: string[], rows: string[][], rightAlignFrom = 1): string {
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))));
  const line = (cells: string[]) => cells.map((cell, c) => pad(cell, widths[c]!, c >= rightAlignFrom)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatMetricsTable(results: Record<Subset, Metrics>): string {
  return table(
    ['metric', ...SUBSETS],
    ROWS.map(([key, label]) => [label, ...SUBSETS.map((s) => formatNumber(results[s][key], key))]),
  );
}

export function formatGate(gate: GateResult): string {
  const lines = gate.checks.map(
    (c) => `  ${c.passed ? 'ok  ' : 'FAIL'}  ${c.metric} = ${formatNumber(c.value)} (needs ${c.kind === 'min' ? '≥' : '≤'} ${c.limit.toFixed(2)})`,
  );
  const head = gate.passed ? 'Gate: passed' : `Gate: FAILED (${gate.failed.map((c) => c.metric).join(', ')})`;
  return [head, ...lines].join('\n');
}

export function formatFailures(failures: readonly PredictionFailure[]): string {
  if (failures.length === 0) return '';
  return [
    `${failures.length} file(s) could not be analysed and count as 'normal':`,
    ...failures.map((f) => `  ${f.id}  ${f.message}`),
  ].join('\n');
}

export function formatMistakes(list: readonly Mistake[]): string {
  if (list.length === 0) return 'Mistakes: none';
  const rows = list.map((m) => [
    m.id,
    m.gold === m.predicted ? m.gold : `${m.gold} → ${m.predicted}`,
    String(m.missedSpans),
    String(m.falseSpans),
    m.categoryFP.join(',') || '-',
    m.categoryFN.join(',') || '-',
  ]);
  return `Mistakes (${list.length} conversations):\n` + table(['id', 'verdict gold → pred', 'missed spans', 'false spans', 'category FP', 'category FN'], rows, 99).replace(/^/gm, '  ');
}

/** Metrics where a lower value is better. */
const LOWER_IS_BETTER: ReadonlySet<keyof Metrics> = new Set<keyof Metrics>(['complaints_flagged', 'normals_flagged']);

export interface MetricDifference {
  before: number;
  after: number;
  /** after − before, rounded to 6 decimals; NaN when either side is. */
  difference: number;
  /** Whether `after` is better, worse or the same (a lower value is better for the "flagged" shares). */
  change: 'better' | 'worse' | 'same' | 'n/a';
}

/** Per subset and metric: two evaluations of the same corpus (e.g. the engine alone and with the model review). */
export function compareMetrics(before: Record<Subset, Metrics>, after: Record<Subset, Metrics>): Record<Subset, Record<keyof Metrics, MetricDifference>> {
  const out = {} as Record<Subset, Record<keyof Metrics, MetricDifference>>;
  for (const s of SUBSETS) {
    const row = {} as Record<keyof Metrics, MetricDifference>;
    for (const [key] of ROWS) {
      const b = before[s][key];
      const a = after[s][key];
      const d = Number.isNaN(a) || Number.isNaN(b) ? Number.NaN : Math.round((a - b) * 1e6) / 1e6;
      const change = Number.isNaN(d) || key === 'n' ? (key === 'n' ? 'same' : 'n/a') : Math.abs(d) < 5e-4 ? 'same' : (d > 0) !== LOWER_IS_BETTER.has(key) ? 'better' : 'worse';
      row[key] = { before: b, after: a, difference: d, change };
    }
    out[s] = row;
  }
  return out;
}

/** A side-by-side table of two evaluations for one subset: metric | before | after | difference (better/worse). */
export function formatComparisonTable(
  before: Record<Subset, Metrics>,
  after: Record<Subset, Metrics>,
  headers: { before: string; after: string } = { before: 'before', after: 'after' },
  subset: Subset = 'all',
): string {
  const diff = compareMetrics(before, after)[subset];
  return table(
    ['metric', headers.before, headers.after, 'difference'],
    ROWS.map(([key, label]) => {
      const d = diff[key];
      const shown = key === 'n' ? '' : Number.isNaN(d.difference) ? 'n/a' : d.change === 'same' ? '0' : `${d.difference > 0 ? '+' : '-'}${Math.abs(d.difference).toFixed(3)} ${d.change}`;
      return [label, formatNumber(d.before, key), formatNumber(d.after, key), shown];
    }),
  );
}

const GROUP_COLUMNS: readonly [keyof Metrics, string][] = [
  ['n', 'n'],
  ['kasuhara_f1', 'kasuhara F1'],
  ['span_recall', 'span recall'],
  ['span_precision', 'excerpt precision'],
  ['category_micro_f1', 'category F1'],
  ['complaints_flagged', 'complaints flagged'],
  ['normals_flagged', 'normals flagged'],
];

/** The leave-one-group-out report: pooled table, one row per held-out group, the utterance bank, the weakest cells. */
export function formatCrossValidation(cv: CrossValidation): string {
  const groups = table(
    ['held-out group', ...GROUP_COLUMNS.map(([, l]) => l)],
    Object.entries(cv.perGroup).map(([g, m]) => [g, ...GROUP_COLUMNS.map(([k]) => formatNumber(m[k], k))]),
  );
  const u = cv.utterances;
  const bank = table(
    ['utterances', 'n', 'precision', 'recall', 'F1', 'hard negatives flagged', 'category F1'],
    [
      ...(['all', 'ja', 'en'] as const).map((k) => [k, u[k]] as const),
      // Each group's bank scored by the fold that never saw it: `reported` is the recall on real customers' words.
      ...Object.entries(u.perGroup).map(([g, m]) => [`held out: ${g}`, m] as const),
    ].map(([k, m]) => [k, String(m.n), ...[m.precision, m.recall, m.f1, m.hard_negatives_flagged, m.category_micro_f1].map((v) => formatNumber(v))]),
  );
  const weakest = cv.weakest.map((w) => `  ${w.group} × ${w.category}: F1 ${formatNumber(w.f1)} (${w.support} conversations)`).join('\n');
  const total = cv.groups.reduce((n, g) => n + g.conversations, 0);
  const utterances = cv.groups.reduce((n, g) => n + g.utterances, 0);
  return [
    `Leave-one-group-out (${cv.detector}): ${cv.groups.length} groups, ${total} conversations, ${utterances} utterances; train ${Math.round(cv.trainMs)} ms, predict ${Math.round(cv.predictMs)} ms`,
    '',
    'Pooled over the held-out folds:',
    formatMetricsTable(cv.pooled),
    '',
    groups,
    '',
    bank,
    '',
    'Weakest category × group (conversation-level F1):',
    weakest || '  (none with enough support)',
  ].join('\n');
}
