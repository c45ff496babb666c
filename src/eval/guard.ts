/**
 * Scores the community's confidentiality guard (src/text/guard.ts) on a labelled set of
 * questions (tests/fixtures/guard/README.md). A question counts as flagged when the guard finds
 * anything in it, so verdict precision says how often members are stopped for nothing and verdict
 * recall how often an identifying question goes through. The span figures check that what is found
 * is what identifies: an expected span counts as found when any finding overlaps it (masking part of
 * 「セブンイレブン新宿西口店」 already hides the store), a finding counts as right when it overlaps an
 * expected span.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { FINDING_KINDS, type Finding, type FindingKind } from '../text/guard.js';
import { CorpusError } from './corpus.js';

export const GUARD_SET = 'tests/fixtures/guard/questions.jsonl';

export const GUARD_SPLITS = ['report', 'tune'] as const;
export type GuardSplit = (typeof GUARD_SPLITS)[number];

const lineSchema = z.object({
  id: z.string().min(1),
  split: z.enum(GUARD_SPLITS),
  lang: z.enum(['ja', 'en']),
  verdict: z.enum(['flag', 'pass']),
  spans: z.array(z.object({ kind: z.enum(FINDING_KINDS), text: z.string().min(1) })),
  text: z.string().min(1),
  note: z.string().optional(),
});

export interface ExpectedSpan {
  kind: FindingKind;
  text: string;
  start: number;
  end: number;
}

export interface GuardCase {
  id: string;
  split: GuardSplit;
  lang: 'ja' | 'en';
  verdict: 'flag' | 'pass';
  spans: ExpectedSpan[];
  text: string;
  note?: string;
}

/** Reads and checks the labelled set; a bad line is a CorpusError naming the file and line. */
export function loadGuardSet(file: string): GuardCase[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CorpusError(`cannot read the guard's labelled set ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const cases: GuardCase[] = [];
  const ids = new Set<string>();
  raw.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new CorpusError(`${where}: not JSON`);
    }
    const parsed = lineSchema.safeParse(json);
    if (!parsed.success) throw new CorpusError(`${where}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    const c = parsed.data;
    if (ids.has(c.id)) throw new CorpusError(`${where}: id ${c.id} appears twice`);
    ids.add(c.id);
    if ((c.verdict === 'flag') !== c.spans.length > 0) throw new CorpusError(`${where}: verdict "${c.verdict}" disagrees with ${c.spans.length} spans`);
    const spans = c.spans.map((s) => {
      const start = c.text.indexOf(s.text);
      if (start < 0) throw new CorpusError(`${where}: span "${s.text}" is not in the text`);
      return { ...s, start, end: start + s.text.length };
    });
    cases.push({ ...c, spans });
  });
  if (cases.length === 0) throw new CorpusError(`${file}: no questions`);
  return cases;
}

export interface GuardMetrics {
  questions: number;
  /** Questions labelled `flag`. */
  identifying: number;
  flagged: number;
  precision: number;
  recall: number;
  f1: number;
  spans: number;
  spanRecall: number;
  findings: number;
  spanPrecision: number;
}

export interface GuardOutcome {
  case: GuardCase;
  findings: Finding[];
  /** Expected spans no finding overlaps. */
  missed: ExpectedSpan[];
  /** Findings that overlap no expected span. */
  extra: Finding[];
}

export interface GuardEvaluation {
  file: string;
  outcomes: GuardOutcome[];
  /** 'report' is the held-out half, 'tune' the half the guard was extended on, 'all' both. */
  metrics: Record<GuardSplit | 'all', GuardMetrics>;
  /** Expected spans found / expected, per kind, over all questions. */
  byKind: Partial<Record<FindingKind, { found: number; expected: number }>>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const ratio = (n: number, d: number) => (d === 0 ? Number.NaN : n / d);

export function guardMetrics(outcomes: readonly GuardOutcome[]): GuardMetrics {
  let tp = 0;
  let flagged = 0;
  let identifying = 0;
  let spans = 0;
  let spansFound = 0;
  let findings = 0;
  let findingsRight = 0;
  for (const o of outcomes) {
    const isFlagged = o.findings.length > 0;
    const shouldFlag = o.case.verdict === 'flag';
    if (isFlagged) flagged += 1;
    if (shouldFlag) identifying += 1;
    if (isFlagged && shouldFlag) tp += 1;
    spans += o.case.spans.length;
    spansFound += o.case.spans.length - o.missed.length;
    findings += o.findings.length;
    findingsRight += o.findings.length - o.extra.length;
  }
  const precision = ratio(tp, flagged);
  const recall = ratio(tp, identifying);
  return {
    questions: outcomes.length,
    identifying,
    flagged,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    spans,
    spanRecall: ratio(spansFound, spans),
    findings,
    spanPrecision: ratio(findingsRight, findings),
  };
}

/** Runs `find` (the guard) on every question and scores it. */
export function evaluateGuard(file: string, cases: readonly GuardCase[], find: (text: string) => Finding[]): GuardEvaluation {
  const outcomes = cases.map((c): GuardOutcome => {
    const findings = find(c.text);
    return {
      case: c,
      findings,
      missed: c.spans.filter((s) => !findings.some((f) => overlaps(f, s))),
      extra: findings.filter((f) => !c.spans.some((s) => overlaps(f, s))),
    };
  });
  const byKind: GuardEvaluation['byKind'] = {};
  for (const o of outcomes) {
    for (const s of o.case.spans) {
      const k = (byKind[s.kind] ??= { found: 0, expected: 0 });
      k.expected += 1;
      if (!o.missed.includes(s)) k.found += 1;
    }
  }
  return {
    file,
    outcomes,
    metrics: {
      report: guardMetrics(outcomes.filter((o) => o.case.split === 'report')),
      tune: guardMetrics(outcomes.filter((o) => o.case.split === 'tune')),
      all: guardMetrics(outcomes),
    },
    byKind,
  };
}

const fmt = (v: number) => (Number.isNaN(v) ? '  n/a' : v.toFixed(3));

export function formatGuardReport(e: GuardEvaluation): string {
  const { report, tune, all } = e.metrics;
  const rows: Array<[string, (m: GuardMetrics) => string]> = [
    ['questions', (m) => String(m.questions)],
    ['identifying (labelled flag)', (m) => String(m.identifying)],
    ['flagged by the guard', (m) => String(m.flagged)],
    ['verdict precision', (m) => fmt(m.precision)],
    ['verdict recall', (m) => fmt(m.recall)],
    ['verdict F1', (m) => fmt(m.f1)],
    ['span recall', (m) => fmt(m.spanRecall)],
    ['span precision', (m) => fmt(m.spanPrecision)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const cols = ['held-out', 'tune', 'all'];
  const lines = [
    `${'metric'.padEnd(width)}  ${cols.map((c) => c.padStart(8)).join('  ')}`,
    `${'-'.repeat(width)}  ${cols.map(() => '-'.repeat(8)).join('  ')}`,
    ...rows.map(([label, value]) => `${label.padEnd(width)}  ${[report, tune, all].map((m) => value(m).padStart(8)).join('  ')}`),
  ];
  const kinds = Object.entries(e.byKind).map(([k, v]) => `${k} ${v.found}/${v.expected}`);
  return [
    `Confidentiality guard on ${e.file} (${all.questions} questions; held-out = the "report" half, never read while tuning)`,
    '',
    ...lines,
    '',
    `Spans found by kind (all): ${kinds.join(', ')}`,
  ].join('\n');
}

/**
 * The mistakes on the tune half only: listing the held-out half's would turn it into tuning material.
 * Shows the question's text: the set is written for this purpose, none of it is a member's.
 */
export function formatGuardMistakes(e: GuardEvaluation): string {
  const wrong = e.outcomes.filter((o) => o.case.split === 'tune' && (o.missed.length > 0 || o.extra.length > 0));
  if (wrong.length === 0) return 'No mistakes on the tune half.';
  return [
    `Mistakes on the tune half (${wrong.length}):`,
    ...wrong.map((o) => {
      const parts = [`${o.case.id} ${o.case.text}`];
      if (o.missed.length) parts.push(`  missed: ${o.missed.map((s) => `${s.kind}「${s.text}」`).join(', ')}`);
      if (o.extra.length) parts.push(`  wrongly found: ${o.extra.map((f) => `${f.kind}「${f.text}」`).join(', ')}`);
      return parts.join('\n');
    }),
  ].join('\n');
}

export function guardEvaluationJson(e: GuardEvaluation) {
  return {
    file: e.file,
    metrics: e.metrics,
    byKind: e.byKind,
  };
}
