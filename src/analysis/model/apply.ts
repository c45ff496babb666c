/**
 * The trained model in the engine: each customer turn is scored, a turn over the fitted threshold gets
 * the model's hits beside the rules' (so the verdict weighs both on one scale), and each harassing turn
 * keeps its evidence — the rules that fired and the model's strongest features, in words.
 */
import type { Turn } from '../conversation.js';
import type { Category, Language } from '../result.js';
import { COMPLAINT_EVIDENCE, DECISIVE_CATEGORIES, DECISIVE_WEIGHT } from '../verdict.js';
import { modelHits, scoreTurns, strongestCategory, strongestFeatures, type DetectorModel, type TurnScore } from './detector-model.js';
import { describeFeature, describeRule } from './evidence.js';
import { CONTEXT_TURNS, callFeatures, callProbability, type CallView } from './call-decision.js';

export interface Applied {
  /** Evidence of every turn that has any hit, by turn index. */
  evidence: Map<number, string[]>;
  /** What the model saw in the whole call (the call decision's input). */
  view: Omit<CallView, 'rules'>;
  /**
   * Whether a moment the rules call unacceptable whatever was asked (a decisive category at full weight: a
   * threat, violence, a sexual remark…) is also over the model's own threshold: rules and model agree on it.
   */
  agreedDecisive: boolean;
  /**
   * Turns the review should see beside the excerpts, most likely first (at most MAX_UNCERTAIN): those
   * scored from half the threshold up to it, and, when the call was not flagged, those over it too.
   */
  uncertain(flagged: boolean): number[];
}

/**
 * Whether the model's view of the call makes it harassment (fitted on data by `npm run train`). The
 * rules' verdict stands unless the call has context (CONTEXT_TURNS customer turns) and the whole of it
 * looks ordinary to the model, below `call.ruleFloor`: a plain threat in a short call keeps its flag (a
 * death threat missed costs more than a false alarm), while a trainer's role-play, a played-back
 * voicemail or banter between regulars, flagged by one word, is not.
 */
export function modelSaysKasuhara(model: DetectorModel, applied: Applied, rules: boolean): boolean {
  const p = callProbability(model.call, callFeatures({ ...applied.view, rules }, model.anyThreshold));
  // The floor is for calls the model finds ordinary as a whole. When the model itself scores a decisive
  // moment the rules found over its threshold, the two agree on that moment, and one death threat in a
  // call of small talk is harassment however ordinary the rest (issue 13: 「i'm gonna kill you i swear」 after
  // two calm turns was set aside by the call's average).
  if (rules) return applied.view.any.length < CONTEXT_TURNS || applied.agreedDecisive || p >= (model.call.ruleFloor ?? 0);
  return p >= model.call.threshold;
}

/**
 * A call the model overruled: every hit on it is set aside, as the turn veto does for one turn (anger
 * still marks a dissatisfied customer), so the verdict is the complaint-or-normal the words support.
 */
export function setAsideCall(turns: Turn[]): void {
  for (const t of turns) setAside(t);
}

function setAside(t: Turn): void {
  if (t.hits.length === 0) return;
  // Anger set aside still shows a dissatisfied customer: one outburst taken back is a complaint, alone.
  if (t.hits.some((h) => ANGER.has(h.category))) t.complaint += COMPLAINT_EVIDENCE;
  t.hits = [];
}

/** Each customer turn's scores, before anything in `turns` changes. */
export type Scores = Array<TurnScore | null>;

/**
 * Scores every customer turn and sets aside the rules' hits on turns the model finds ordinary in
 * context (below `model.ruleVeto`, fitted out of fold): a word list cannot tell 「殺す気か」 about a
 * heavy parcel, 「年寄りは暇だから」 said of oneself or a trainer's role-play from the real thing, and
 * these were most of the calls wrongly flagged. Returns the scores for `applyModel`.
 */
export function scoreAndVeto(model: DetectorModel, turns: Turn[], lang: Language): Scores {
  const scores = scoreTurns(model, turns, lang);
  const veto = model.ruleVeto ?? 0;
  if (veto > 0) {
    turns.forEach((t, i) => {
      const s = scores[i];
      if (s && s.any < veto) setAside(t);
    });
  }
  return scores;
}

/** Adds the model's hits to `turns`, from the scores scoreAndVeto returned. */
export function applyModel(model: DetectorModel, turns: Turn[], scores: Scores, lang: Language): Applied {
  const evidence = new Map<number, string[]>();
  let agreedDecisive = false;
  turns.forEach((t, i) => {
    const s = scores[i];
    if (!s) return;
    if (s.any >= model.anyThreshold && !notSaidToStaff(model, s.features) && t.hits.some((h) => h.weight >= DECISIVE_WEIGHT && DECISIVE.has(h.category))) agreedDecisive = true;
    const rules = [...new Set(t.hits.filter((h) => h.weight >= 40).map((h) => describeRule(h, lang)))];
    t.hits.push(...modelHits(model, s));
    if (t.hits.length === 0) return;
    const words = [...rules, ...strongestFeatures(model, s.features, 3).map((f) => describeFeature(f, lang))];
    if (s.any >= model.anyThreshold) words.push(`${lang === 'ja' ? 'モデルの確信度' : 'model confidence'} ${Math.round(s.any * 100)}%`);
    evidence.set(t.index, [...new Set(words)].slice(0, 6));
  });
  const any: number[] = [];
  const decisive: number[] = [];
  for (const s of scores) {
    if (!s) continue;
    any.push(s.any);
    decisive.push(DECISIVE.has(strongestCategory(s.categories)) ? s.any : 0);
  }
  const near = scores
    .map((s, i) => ({ i, p: s?.any ?? 0 }))
    .filter(({ p }) => p >= model.anyThreshold / 2)
    .sort((a, b) => b.p - a.p || a.i - b.i);
  const uncertain = (flagged: boolean) => near.filter(({ p }) => !flagged || p < model.anyThreshold).slice(0, MAX_UNCERTAIN).map(({ i }) => i);
  return { evidence, view: { any, decisive }, agreedDecisive, uncertain };
}

const DECISIVE: ReadonlySet<Category> = new Set(DECISIVE_CATEGORIES);

/**
 * Context features (model/features.ts) that say the words are not said to staff: a rehearsal, someone
 * else's words quoted or read out. On such a turn only the call's whole view decides.
 */
const NOT_SAID_TO_STAFF = ['ctx:role-play', 'ctx:quoting', 'ctx:reads-out', 'ctx:in-quotes'];

function notSaidToStaff(model: DetectorModel, features: Int32Array): boolean {
  for (const name of NOT_SAID_TO_STAFF) {
    const i = model.index.get(name);
    if (i !== undefined && features.includes(i)) return true;
  }
  return false;
}
const ANGER: ReadonlySet<Category> = new Set<Category>(['abuse', 'intimidation']);
/** Enough for a reviewer to look at closely; the rest of a long call is sampled by the review anyway. */
const MAX_UNCERTAIN = 20;
