/**
 * Multi-output logistic regression over sparse binary features: one output for "harassing at all" and
 * one per category. Trained with AdaGrad and L2, in a seeded order, so the same examples give the same
 * weights bit for bit. Small, explainable (a weight per named feature) and fast to apply.
 */
export interface SparseExample {
  /** Feature indices (deduplicated). */
  x: Int32Array;
  /** Target per output, 0 or 1. */
  y: Uint8Array;
  /** How much the example counts (class balance). */
  weight: number;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 12, learningRate: 0.3, l2: 1e-6, seed: 20261207 };

export interface LinearModel {
  features: number;
  outputs: number;
  /** features × outputs, row-major by feature. */
  weights: Float32Array;
  bias: Float32Array;
}

/** mulberry32: a tiny seeded PRNG, enough to shuffle deterministically. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Every example's binary features count as a unit vector (each 1/√n): a long turn has many n-grams, and
 * without this their sum alone, not what they say, would push a long ordinary turn toward "harassing".
 */
export function featureScale(n: number): number {
  return 1 / Math.sqrt(Math.max(1, n));
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

export function trainLogistic(examples: readonly SparseExample[], features: number, outputs: number, options: TrainOptions = DEFAULT_TRAIN): LinearModel {
  const weights = new Float32Array(features * outputs);
  const bias = new Float32Array(outputs);
  const g2 = new Float64Array(features * outputs).fill(1e-8);
  const b2 = new Float64Array(outputs).fill(1e-8);
  const order = examples.map((_, i) => i);
  const rand = prng(options.seed);
  const z = new Float64Array(outputs);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const ex = examples[idx]!;
      const scale = featureScale(ex.x.length);
      for (let o = 0; o < outputs; o++) z[o] = bias[o]!;
      for (const f of ex.x) {
        const base = f * outputs;
        for (let o = 0; o < outputs; o++) z[o]! += weights[base + o]! * scale;
      }
      for (let o = 0; o < outputs; o++) {
        const grad = (sigmoid(z[o]!) - ex.y[o]!) * ex.weight;
        if (grad === 0) continue;
        b2[o]! += grad * grad;
        bias[o]! -= (options.learningRate * grad) / Math.sqrt(b2[o]!);
        for (const f of ex.x) {
          const k = f * outputs + o;
          const g = grad * scale + options.l2 * weights[k]!;
          g2[k]! += g * g;
          weights[k]! -= (options.learningRate * g) / Math.sqrt(g2[k]!);
        }
      }
    }
  }
  return { features, outputs, weights, bias };
}

/** Probabilities of every output for one example's feature indices. */
export function predictLogistic(model: LinearModel, x: ArrayLike<number>): Float64Array {
  const z = new Float64Array(model.outputs);
  const scale = featureScale(x.length);
  for (let o = 0; o < model.outputs; o++) z[o] = model.bias[o]!;
  for (let i = 0; i < x.length; i++) {
    const base = x[i]! * model.outputs;
    for (let o = 0; o < model.outputs; o++) z[o]! += model.weights[base + o]! * scale;
  }
  for (let o = 0; o < model.outputs; o++) z[o] = sigmoid(z[o]!);
  return z;
}
