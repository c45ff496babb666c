/**
 * Is the call harassment? A small logistic model over what the utterance model saw in the whole call,
 * fitted on calls the utterance model did not train on (`npm run train`). One confident moment in a
 * three-line call weighs more than the most confident of forty ordinary turns, because among many
 * turns one will look harassing by chance; the length features let the fit learn exactly that.
 */
export const CALL_FEATURES = ['max', 'max-decisive', 'top3-mean', 'sum-confident', 'log-turns', 'max×log-turns', 'decisive×log-turns', 'rules'] as const;

export interface CallView {
  /** Probability of "harassing" per customer turn. */
  any: readonly number[];
  /** The same, for turns whose strongest category is unacceptable conduct whatever was asked; 0 otherwise. */
  decisive: readonly number[];
  /** Whether the hand-written rules alone call it harassment. */
  rules: boolean;
}

export function callFeatures(view: CallView, anyThreshold: number): number[] {
  const sorted = [...view.any].sort((a, b) => b - a);
  const max = sorted[0] ?? 0;
  const maxDecisive = Math.max(0, ...view.decisive);
  const top3 = sorted.slice(0, 3);
  const top3Mean = top3.length ? top3.reduce((s, p) => s + p, 0) / top3.length : 0;
  const sum = sorted.filter((p) => p >= anyThreshold).reduce((s, p) => s + p, 0);
  const logTurns = Math.log(1 + view.any.length);
  return [max, maxDecisive, top3Mean, Math.log(1 + sum), logTurns, max * logTurns, maxDecisive * logTurns, view.rules ? 1 : 0];
}

export interface CallDecision {
  weights: number[];
  bias: number;
  threshold: number;
  /**
   * Below this call probability even the rules' verdict is set aside (0 or absent: never), in a call of
   * at least CONTEXT_TURNS customer turns: fitted out of fold so that a harassing call lost costs several
   * false alarms removed (src/train/fit.ts).
   */
  ruleFloor?: number;
}

/**
 * The rules' verdict is overruled only where there is context to overrule it on: a trainer's role-play,
 * a voicemail played back, banter that goes on. A one-line call has none — the model would be weighing
 * the same words the rule read, and a plain insult or threat said once must keep its flag.
 */
export const CONTEXT_TURNS = 3;

export function callProbability(decision: CallDecision, features: readonly number[]): number {
  let z = decision.bias;
  features.forEach((x, i) => (z += x * decision.weights[i]!));
  return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
}

/** Full-batch gradient descent with L2: a handful of features, deterministic, well within a second. */
export function fitCallDecision(rows: ReadonlyArray<{ x: number[]; y: number; weight: number }>, iterations = 3000, rate = 0.5, l2 = 1e-3): Omit<CallDecision, 'threshold'> {
  const d = CALL_FEATURES.length;
  const w = new Float64Array(d);
  let b = 0;
  const total = rows.reduce((s, r) => s + r.weight, 0) || 1;
  for (let it = 0; it < iterations; it++) {
    const gw = new Float64Array(d);
    let gb = 0;
    for (const r of rows) {
      let z = b;
      for (let i = 0; i < d; i++) z += r.x[i]! * w[i]!;
      const err = (1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z)))) - r.y) * r.weight;
      for (let i = 0; i < d; i++) gw[i]! += err * r.x[i]!;
      gb += err;
    }
    for (let i = 0; i < d; i++) w[i]! -= rate * (gw[i]! / total + l2 * w[i]!);
    b -= (rate * gb) / total;
  }
  return { weights: [...w].map((v) => Math.fround(v)), bias: Math.fround(b) };
}
