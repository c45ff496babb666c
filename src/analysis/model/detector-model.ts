/**
 * The trained utterance model as the engine uses it: a vocabulary of named features, a linear model
 * with one output for "harassing at all" and one per category, and the decision thresholds fitted on
 * held-out training data. Serialised as JSON with the weights in base64 (byte-identical for the same
 * training data), and stamped with the version and the hash of the corpus it learned from.
 */
import { CATEGORIES, type Category, type Language } from '../result.js';
import type { Turn } from '../conversation.js';
import type { Hit } from '../signals.js';
import { predictLogistic, type LinearModel } from './logistic.js';
import { turnFeatures } from './features.js';
import type { CallDecision } from './call-decision.js';
import { readableFeature } from './evidence.js';

export const MODEL_FORMAT = 'mamori-utterance-lr/1';
/** Output 0 is "harassing at all"; output 1 + k is CATEGORIES[k]. */
export const OUTPUTS = ['any', ...CATEGORIES] as const;

export interface DetectorModel {
  format: typeof MODEL_FORMAT;
  version: string;
  corpusHash: string;
  vocabulary: string[];
  index: Map<string, number>;
  linear: LinearModel;
  /** Probability of "harassing at all" from which a turn is a harassing moment. */
  anyThreshold: number;
  /** Per category: from which probability the category is named on a harassing moment. */
  categoryThresholds: Record<Category, number>;
  /** Whether a call the rules did not flag is harassment, from what the model saw in it (call-decision.ts). */
  call: CallDecision;
  /** Below this probability a turn's rule hits are set aside as words out of context (0: never). */
  ruleVeto?: number;
}

export interface SerializedModel {
  format: typeof MODEL_FORMAT;
  version: string;
  corpusHash: string;
  vocabulary: string[];
  outputs: number;
  weights: string;
  bias: number[];
  anyThreshold: number;
  categoryThresholds: Record<string, number>;
  call: CallDecision;
  ruleVeto?: number;
}

export function serializeModel(m: DetectorModel): SerializedModel {
  return {
    format: MODEL_FORMAT,
    version: m.version,
    corpusHash: m.corpusHash,
    vocabulary: m.vocabulary,
    outputs: m.linear.outputs,
    weights: Buffer.from(m.linear.weights.buffer, m.linear.weights.byteOffset, m.linear.weights.byteLength).toString('base64'),
    bias: [...m.linear.bias].map((b) => Math.fround(b)),
    anyThreshold: m.anyThreshold,
    categoryThresholds: m.categoryThresholds,
    call: m.call,
    ...(m.ruleVeto ? { ruleVeto: m.ruleVeto } : {}),
  };
}

export function deserializeModel(s: SerializedModel): DetectorModel {
  if (s.format !== MODEL_FORMAT) throw new Error(`unknown model format ${String(s.format)}`);
  const bytes = Buffer.from(s.weights, 'base64');
  const weights = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (weights.length !== s.vocabulary.length * s.outputs) throw new Error('model weights do not match its vocabulary');
  // A plain loop: building the map from 51,000 [name, index] pairs took more than twice as long, at every start.
  const index = new Map<string, number>();
  for (let i = 0; i < s.vocabulary.length; i++) index.set(s.vocabulary[i]!, i);
  return {
    format: MODEL_FORMAT,
    version: s.version,
    corpusHash: s.corpusHash,
    vocabulary: s.vocabulary,
    index,
    linear: { features: s.vocabulary.length, outputs: s.outputs, weights, bias: Float32Array.from(s.bias) },
    anyThreshold: s.anyThreshold,
    categoryThresholds: s.categoryThresholds as Record<Category, number>,
    call: s.call,
    ...(s.ruleVeto ? { ruleVeto: s.ruleVeto } : {}),
  };
}

/** Feature names → the model's indices (unknown features dropped, duplicates once). */
export function encode(model: Pick<DetectorModel, 'index'>, features: readonly string[]): Int32Array {
  const seen = new Set<number>();
  for (const f of features) {
    const i = model.index.get(f);
    if (i !== undefined) seen.add(i);
  }
  return Int32Array.from([...seen].sort((a, b) => a - b));
}

export interface TurnScore {
  any: number;
  categories: Record<Category, number>;
  /** The turn's features, as the model's indices: its evidence is read from them only when the turn is excerpted. */
  features: Int32Array;
}

export function scoreTurns(model: DetectorModel, turns: readonly Turn[], lang: Language): Array<TurnScore | null> {
  const features = turnFeatures(turns, lang);
  return turns.map((t, i) => {
    if (t.role === 'staff') return null;
    const x = encode(model, features[i]!);
    const p = predictLogistic(model.linear, x);
    const categories = {} as Record<Category, number>;
    CATEGORIES.forEach((c, k) => (categories[c] = p[k + 1]!));
    return { any: p[0]!, categories, features: x };
  });
}

/**
 * The features that pushed "harassing" up most, strongest first. Asked only for turns with a hit: reading
 * every feature of every turn of an hour-long call cost a quarter of the analysis.
 */
export function strongestFeatures(model: DetectorModel, x: Int32Array, n: number): string[] {
  const scored = [...x].map((i) => ({ f: model.vocabulary[i]!, w: model.linear.weights[i * model.linear.outputs]! }));
  return scored.filter((s) => s.w > 0 && readableFeature(s.f)).sort((a, b) => b.w - a.w).slice(0, n).map((s) => s.f);
}

/** The category the model finds most likely in a turn. */
export function strongestCategory(categories: Record<Category, number>): Category {
  return CATEGORIES.reduce((best, c) => (categories[c] > categories[best] ? c : best), CATEGORIES[0]);
}

/**
 * Violence, threats and sexual remarks floor the risk at "high" and can never be suppressed by an
 * organisation's false-positive reports, so the model names them only when more likely than not; the
 * F1-best thresholds of rare categories are far lower (0.2) and would call an insult violence.
 */
const GRAVE: ReadonlySet<Category> = new Set<Category>(['physical', 'threat', 'sexual']);
const GRAVE_MIN_PROBABILITY = 0.5;

/**
 * The model's moments as hits beside the rules' (rule id `model.<category>`): a turn at or above the
 * threshold becomes a hit whose weight rises from 40 (just harassing) to 100 (certain), so the verdict
 * weighs them on the same scale as the rules.
 */
export function modelHits(model: DetectorModel, score: TurnScore): Hit[] {
  if (score.any < model.anyThreshold) return [];
  const weight = Math.min(100, Math.round(40 + (60 * (score.any - model.anyThreshold)) / Math.max(1e-6, 1 - model.anyThreshold)));
  let cats = CATEGORIES.filter((c) => score.categories[c] >= Math.max(model.categoryThresholds[c], GRAVE.has(c) ? GRAVE_MIN_PROBABILITY : 0));
  if (cats.length === 0) cats = [strongestCategory(score.categories)];
  return cats.map((category) => ({ category, weight, rule: `model.${category}` }));
}
