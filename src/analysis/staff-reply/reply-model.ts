/**
 * The trained reply model: a vocabulary of named features and a linear model with two outputs per habit,
 * "the reply does it" (good) and "the reply fails it" (bad); neither above its threshold is `na`. Trained
 * by `npm run train:staff` (src/train/staff-fit.ts) on corpus/staff-replies/, serialised like the detector's
 * model (weights in base64, byte-identical for the same data). analysis never reads files: the model is
 * passed in as data (src/practice/reply-model-file.ts reads the committed one).
 */
import { encode } from '../model/detector-model.js';
import { predictLogistic, type LinearModel } from '../model/logistic.js';
import { HABITS, type Habit } from './habits.js';

export const REPLY_MODEL_FORMAT = 'mamori-staff-reply-lr/1';

/** Output 2k is HABITS[k] done well, 2k + 1 HABITS[k] failed. */
export const REPLY_OUTPUTS = HABITS.flatMap((h) => [`${h}:good`, `${h}:bad`]);

export interface ReplyModel {
  format: typeof REPLY_MODEL_FORMAT;
  version: string;
  /** Hash of the labelled replies it learned from. */
  dataHash: string;
  /** The writer groups it learned from. */
  groups: string[];
  vocabulary: string[];
  index: Map<string, number>;
  linear: LinearModel;
  /** Per habit, the probabilities from which the reply is judged good or bad. */
  thresholds: Record<Habit, { good: number; bad: number }>;
}

export interface SerializedReplyModel {
  format: typeof REPLY_MODEL_FORMAT;
  version: string;
  dataHash: string;
  groups: string[];
  vocabulary: string[];
  outputs: number;
  weights: string;
  bias: number[];
  thresholds: Record<string, { good: number; bad: number }>;
}

export function serializeReplyModel(m: ReplyModel): SerializedReplyModel {
  return {
    format: REPLY_MODEL_FORMAT,
    version: m.version,
    dataHash: m.dataHash,
    groups: m.groups,
    vocabulary: m.vocabulary,
    outputs: m.linear.outputs,
    weights: Buffer.from(m.linear.weights.buffer, m.linear.weights.byteOffset, m.linear.weights.byteLength).toString('base64'),
    bias: [...m.linear.bias].map((b) => Math.fround(b)),
    thresholds: m.thresholds,
  };
}

export function deserializeReplyModel(s: SerializedReplyModel): ReplyModel {
  if (s.format !== REPLY_MODEL_FORMAT) throw new Error(`unknown reply model format ${String(s.format)}`);
  const bytes = Buffer.from(s.weights, 'base64');
  const weights = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (weights.length !== s.vocabulary.length * s.outputs) throw new Error('reply model weights do not match its vocabulary');
  const index = new Map<string, number>();
  for (let i = 0; i < s.vocabulary.length; i++) index.set(s.vocabulary[i]!, i);
  return {
    format: REPLY_MODEL_FORMAT,
    version: s.version,
    dataHash: s.dataHash,
    groups: s.groups,
    vocabulary: s.vocabulary,
    index,
    linear: { features: s.vocabulary.length, outputs: s.outputs, weights, bias: Float32Array.from(s.bias) },
    thresholds: s.thresholds as Record<Habit, { good: number; bad: number }>,
  };
}

export interface HabitProbabilities {
  good: number;
  bad: number;
}

/** The model's probabilities per habit for a reply's features, and its indices (for the evidence). */
export function predictReply(model: ReplyModel, features: readonly string[]): { p: Record<Habit, HabitProbabilities>; x: Int32Array } {
  const x = encode(model, features);
  const raw = predictLogistic(model.linear, x);
  const p = {} as Record<Habit, HabitProbabilities>;
  HABITS.forEach((h, k) => (p[h] = { good: raw[2 * k]!, bad: raw[2 * k + 1]! }));
  return { p, x };
}

/** The features that pushed one output up most, by name (what the trainee is shown as the reason). */
export function strongestFeatures(model: ReplyModel, x: Int32Array, output: number, n = 3): string[] {
  const outputs = model.linear.outputs;
  return [...x]
    .map((i) => ({ name: model.vocabulary[i]!, w: model.linear.weights[i * outputs + output]! }))
    .filter((e) => e.w > 0 && (e.name.startsWith('sig:') || e.name.startsWith('w:') || e.name.startsWith('c:')))
    .sort((a, b) => b.w - a.w || (a.name < b.name ? -1 : 1))
    .slice(0, n)
    .map((e) => e.name);
}
