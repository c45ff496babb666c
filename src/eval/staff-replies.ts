/**
 * How well the staff-reply evaluator judges replies it never saw (`npm run eval -- --staff-replies`). The
 * positive class is a **failed habit**: per habit, a reply labelled `bad` is a positive, and the evaluator
 * finds it when it judges that habit `bad` too (precision: of the replies it called bad, how many were;
 * recall: of the bad ones, how many it caught) — what coaching must get right, since "what to change" is
 * said from it. `all` pools the seven habits (micro-average). Honest by construction: with two writer
 * groups or more, each group is judged by a model trained on the others only (leave-one-group-out); with
 * one group, by 5 folds within it, which shares the writer's style and says so in `method`. The signals
 * alone (`rules`, no training) are reported beside it.
 */
import { evaluateReply, HABITS, type Habit, type HabitVerdict, type ReplyModel } from '../analysis/staff-reply/index.js';
import { f1, share } from './metrics.js';
import { contextOf, type StaffReplyGroup, type StaffReplyRow } from './staff-reply-data.js';

export interface HabitFigures {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  /** Share of replies whose good/bad/na verdict matches the label. */
  agreement: number;
}

export type ReplyFigures = { all: HabitFigures } & Record<Habit, HabitFigures>;

export interface StaffReplyEvaluation extends ReplyFigures {
  positive: 'bad';
  method: 'leave-one-group-out' | '5-fold-within-one-group';
  groups: Array<{ name: string; rows: number }>;
  rows: number;
  /** The habit signals alone, no model (nothing trained: the same figures whatever the folds). */
  rules: ReplyFigures;
  /** The model's figures on each held-out group (leave-one-group-out only). */
  perGroup?: Record<string, ReplyFigures>;
}

type Judged = { row: StaffReplyRow; verdicts: Record<Habit, HabitVerdict> };

export function replyFigures(judged: readonly Judged[]): ReplyFigures {
  const out = {} as ReplyFigures;
  let TP = 0, FP = 0, FN = 0, agree = 0;
  for (const h of HABITS) {
    let tp = 0, fp = 0, fn = 0, same = 0;
    for (const { row, verdicts } of judged) {
      const gold = row.habits[h] === 'bad';
      const said = verdicts[h] === 'bad';
      if (gold && said) tp++;
      else if (said) fp++;
      else if (gold) fn++;
      if (row.habits[h] === verdicts[h]) same++;
    }
    out[h] = { precision: share(tp, tp + fp), recall: share(tp, tp + fn), f1: f1(tp, fp, fn), tp, fp, fn, agreement: share(same, judged.length) };
    TP += tp; FP += fp; FN += fn; agree += same;
  }
  out.all = { precision: share(TP, TP + FP), recall: share(TP, TP + FN), f1: f1(TP, FP, FN), tp: TP, fp: FP, fn: FN, agreement: share(agree, judged.length * HABITS.length) };
  return out;
}

const FOLDS = 5;

/** Fits a reply model on some groups (src/train/staff-fit.ts fitReplyModel, passed in as the detector's trainer is). */
export type ReplyTrainer = (groups: readonly StaffReplyGroup[]) => ReplyModel;

export function evaluateStaffReplies(groups: readonly StaffReplyGroup[], fitReplyModel: ReplyTrainer): StaffReplyEvaluation {
  const rows = groups.flatMap((g) => g.rows);
  const byRules = rows.map((row) => ({ row, verdicts: verdictsOf(evaluateReply(row.reply, contextOf(row), null)) }));
  const judged: Judged[] = [];
  let perGroup: Record<string, ReplyFigures> | undefined;
  if (groups.length >= 2) {
    perGroup = {};
    for (const held of groups) {
      const model = fitReplyModel(groups.filter((g) => g !== held));
      const mine = held.rows.map((row) => ({ row, verdicts: verdictsOf(evaluateReply(row.reply, contextOf(row), model)) }));
      perGroup[held.name] = replyFigures(mine);
      judged.push(...mine);
    }
  } else {
    const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (let k = 0; k < FOLDS; k++) {
      const test = sorted.filter((_, i) => i % FOLDS === k);
      const train = sorted.filter((_, i) => i % FOLDS !== k);
      const model = fitReplyModel([{ name: `fold-${k}`, dir: '', rows: train }]);
      judged.push(...test.map((row) => ({ row, verdicts: verdictsOf(evaluateReply(row.reply, contextOf(row), model)) })));
    }
  }
  return {
    positive: 'bad',
    method: groups.length >= 2 ? 'leave-one-group-out' : '5-fold-within-one-group',
    groups: groups.map((g) => ({ name: g.name, rows: g.rows.length })),
    rows: rows.length,
    ...replyFigures(judged),
    rules: replyFigures(byRules),
    ...(perGroup ? { perGroup } : {}),
  };
}

function verdictsOf(e: ReturnType<typeof evaluateReply>): Record<Habit, HabitVerdict> {
  return Object.fromEntries(HABITS.map((h) => [h, e.habits[h].verdict])) as Record<Habit, HabitVerdict>;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);

/** The figures as a table: model and rules side by side, per habit and pooled. */
export function formatStaffReplyEvaluation(e: StaffReplyEvaluation): string {
  const lines = [
    `Staff replies: ${e.rows} in ${e.groups.length} group(s) (${e.groups.map((g) => `${g.name} ${g.rows}`).join(', ')})`,
    `Method: ${e.method === 'leave-one-group-out' ? 'leave-one-group-out (each group judged by a model trained on the others)' : '5 folds within one group (same writer in training and test: optimistic)'}`,
    'Positive class: a failed habit (label "bad"); agreement: good/bad/na verdict equal to the label.',
    '',
    'habit              model P  model R  agree   | rules P  rules R  agree  | bad labels',
  ];
  for (const h of [...HABITS, 'all'] as const) {
    const m = e[h];
    const r = e.rules[h];
    lines.push(`${h.padEnd(18)} ${pct(m.precision)}   ${pct(m.recall)}  ${pct(m.agreement)}  | ${pct(r.precision)}   ${pct(r.recall)} ${pct(r.agreement)}  | ${m.tp + m.fn}`);
  }
  return lines.join('\n');
}
