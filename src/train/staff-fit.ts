/**
 * Fits the staff-reply model (src/analysis/staff-reply/reply-model.ts) on labelled replies: the features
 * seen in at least two replies, the project's seeded logistic regression with two outputs per habit (good,
 * bad), and per-habit thresholds chosen on predictions the model did not train on (the replies in two
 * halves, each scored by a model fitted on the other), so the thresholds are as honest as the weights.
 * Deterministic: sorted vocabulary, seeded order, halves by sorted id.
 */
import { createHash } from 'node:crypto';
import { encode } from '../analysis/model/detector-model.js';
import { DEFAULT_TRAIN, predictLogistic, trainLogistic, type SparseExample } from '../analysis/model/logistic.js';
import { HABITS, REPLY_MODEL_FORMAT, REPLY_OUTPUTS, replyFeatures, type Habit, type ReplyModel } from '../analysis/staff-reply/index.js';
import { contextOf, type StaffReplyGroup, type StaffReplyRow } from '../eval/staff-reply-data.js';

export const REPLY_MODEL_VERSION = 'staff-lr-2026.12.08b';

interface ReplyExample {
  features: string[];
  y: Uint8Array;
}

export function replyExample(row: StaffReplyRow): ReplyExample {
  const y = new Uint8Array(REPLY_OUTPUTS.length);
  HABITS.forEach((h, k) => {
    if (row.habits[h] === 'good') y[2 * k] = 1;
    if (row.habits[h] === 'bad') y[2 * k + 1] = 1;
  });
  return { features: replyFeatures(row.reply, contextOf(row)).features, y };
}

function fitLinear(examples: readonly ReplyExample[]) {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts.entries()].filter(([, n]) => n >= 2).map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const sparse: SparseExample[] = examples.map((ex) => ({ x: encode({ index }, ex.features), y: ex.y, weight: 1 }));
  return { vocabulary, index, linear: trainLogistic(sparse, vocabulary.length, REPLY_OUTPUTS.length, DEFAULT_TRAIN) };
}

/**
 * The threshold that maximises F-beta of one output on scored examples (0.5 with too few positives to tell).
 * "Bad" outputs use beta 0.5, weighing precision twice: telling a trainee they failed a habit they did not
 * costs more trust than a missed correction costs learning (as a false alarm does for the detector).
 */
export const BAD_BETA = 0.5;

function bestThreshold(scored: ReadonlyArray<{ p: number; y: number }>, beta = 1): number {
  const positives = scored.filter((s) => s.y === 1).length;
  if (positives < 3) return 0.5;
  const b2 = beta * beta;
  let best = 0.5;
  let bestF = -1;
  for (let t = 0.1; t <= 0.9001; t += 0.025) {
    let tp = 0, fp = 0;
    for (const s of scored) if (s.p >= t) (s.y ? tp++ : fp++);
    const f = ((1 + b2) * tp) / ((1 + b2) * tp + b2 * (positives - tp) + fp);
    if (f > bestF + 1e-9) { bestF = f; best = Math.round(t * 1000) / 1000; }
  }
  return best;
}

/** Hash of the training data: each group's name and rows, in order. */
export function replyDataHash(groups: readonly StaffReplyGroup[]): string {
  const h = createHash('sha256');
  for (const g of groups) {
    h.update(g.name);
    for (const r of g.rows) h.update(JSON.stringify(r));
  }
  return h.digest('hex');
}

export function fitReplyModel(groups: readonly StaffReplyGroup[]): ReplyModel {
  const rows = groups.flatMap((g) => g.rows).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const examples = rows.map(replyExample);
  const halves = [examples.filter((_, i) => i % 2 === 0), examples.filter((_, i) => i % 2 === 1)];
  const scored: Array<{ p: Float64Array; y: Uint8Array }> = [];
  for (const [train, test] of [[halves[0]!, halves[1]!], [halves[1]!, halves[0]!]] as const) {
    if (train.length === 0) continue;
    const fitted = fitLinear(train);
    for (const ex of test) scored.push({ p: predictLogistic(fitted.linear, encode(fitted, ex.features)), y: ex.y });
  }
  const thresholds = {} as Record<Habit, { good: number; bad: number }>;
  HABITS.forEach((h, k) => {
    thresholds[h] = {
      good: bestThreshold(scored.map((s) => ({ p: s.p[2 * k]!, y: s.y[2 * k]! }))),
      bad: bestThreshold(scored.map((s) => ({ p: s.p[2 * k + 1]!, y: s.y[2 * k + 1]! })), BAD_BETA),
    };
  });
  const { vocabulary, index, linear } = fitLinear(examples);
  return {
    format: REPLY_MODEL_FORMAT, version: REPLY_MODEL_VERSION, dataHash: replyDataHash(groups), groups: groups.map((g) => g.name),
    vocabulary, index, linear, thresholds,
  };
}
