/**
 * The trained model in the engine: each customer turn is scored, a turn over the fitted threshold gets
 * the model's hits beside the rules' (so the verdict weighs both on one scale), and each harassing turn
 * keeps its evidence — the rules that fired and the model's strongest features, in words.
 */
import type { Turn } from '../conversation.js';
import type { Category, Language } from '../result.js';
import { COMPLAINT_EVIDENCE, DECISIVE_CATEGORIES } from '../verdict.js';
import { modelHits, scoreTurns, strongestCategory, strongestFeatures, type DetectorModel, type TurnScore } from './detector-model.js';
import { describeFeature, describeRule } from './evidence.js';
import { CONTEXT_TURNS, callFeatures, callProbability, type CallView } from './call-decision.js';

export interface Applied {
  /** Evidence of every turn that has any hit, by turn index. */
  evidence: Map<number, string[]>;
  /** What the model saw in the whole call (the call decision's input). */
  view: Omit<CallView, 'rules'>;
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
  if (rules) return applied.view.any.length < CONTEXT_TURNS || p >= (model.call.ruleFloor ?? 0);
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
  turns.forEach((t, i) => {
    const s = scores[i];
    if (!s) return;
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
  return { evidence, view: { any, decisive }, uncertain };
}

const DECISIVE: ReadonlySet<Category> = new Set(DECISIVE_CATEGORIES);
const ANGER: ReadonlySet<Category> = new Set<Category>(['abuse', 'intimidation']);
/** Enough for a reviewer to look at closely; the rest of a long call is sampled by the review anyway. */
const MAX_UNCERTAIN = 20;
