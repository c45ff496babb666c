/**
 * Merging the model's review into the engine's result. Pure.
 *
 * The model may only add or raise, by default, for every category: a transcript is written by the
 * people it is about, and a model that obeys what it reads (in romaji, base64, split over turns, in a
 * language the patterns of injection.ts do not know) must not be able to talk an alert away. It may
 * remove or lower an engine moment only where the engine's own evidence is weak: a score below
 * `weakBelow` (70 by default: a single weaker cue, such as pressing a demand again or one rude word;
 * the lexicon's clear hits weigh 70 and more) and no `physical`, `threat` or `sexual` category.
 *
 * Rules:
 * - A locked engine moment (strong evidence, a protected category, or any moment under the guard) is
 *   never removed; its categories stay (the model's are added) and its score only goes up.
 * - A weak engine moment the model confirms is kept (source `both`), its categories and score following
 *   the model; one it rejects is removed.
 * - An engine moment the model does not answer for is kept as it is (source `engine`).
 * - A harassing utterance the model found and the engine did not becomes an excerpt (source `model`),
 *   or joins the engine excerpt it lies in (source `both`). Only customer or unknown speakers count.
 * - The verdict: kasuhara while a locked moment remains; otherwise the model's call verdict, with
 *   kasuhara needing at least one excerpt; moments the model did not judge keep the engine's verdict.
 *   The risk is never below the engine's unless an engine moment was removed.
 * - Guarded (`guarded: true`, when the call holds words aimed at the model, see injection.ts): every
 *   engine moment is locked, weak or not, and the verdict is never below the engine's
 *   (normal < complaint < kasuhara).
 */
import type { AnalysisResult, Category, Excerpt, Verdict } from '../analysis/result.js';
import type { Transcript } from '../analysis/transcript.js';
import { levelOf } from '../analysis/verdict.js';
import type { Selection } from './candidates.js';
import type { ReviewAnswer } from './schema.js';

/** Categories where the model can only add or raise, never remove or lower, however weak the engine's evidence. */
export const PROTECTED: ReadonlySet<Category> = new Set<Category>(['physical', 'threat', 'sexual']);
/** Default of MAMORI_REVIEW_WEAK_BELOW (REVIEW_DEFAULTS): engine moments scoring below this are weak evidence the model may overrule. */
export const WEAK_EVIDENCE_BELOW = 70;
/** A moment the model adds must score at least this (the engine's own excerpt floor). */
export const MIN_MODEL_SCORE = 40;
/** Longest reason kept from the model (characters). */
export const MAX_REASON_CHARS = 300;

/** Canonical order of categories in a result (the engine's: gravest first). */
const ORDER: readonly Category[] = [
  'physical', 'threat', 'apology_coercion', 'sns_exposure', 'discrimination', 'personal_targeting', 'sexual', 'abuse', 'restraint',
  'intimidation', 'unreasonable_demand', 'persistence',
];

export interface Discarded {
  what: 'moment' | 'missed';
  id: string;
  why: 'unknown_id' | 'duplicate' | 'not_sent' | 'staff_turn' | 'no_category' | 'low_score';
}

export interface MomentReview {
  /** Source line of the excerpt (or utterance) judged. */
  line: number;
  start: number | null;
  harassment: boolean;
  categories: Category[];
  score: number;
  reason: string;
  /** What the merge did with it. */
  outcome: 'confirmed' | 'removed' | 'kept_protected' | 'added' | 'joined';
}

export interface MergeChanges {
  confirmed: number;
  removed: number;
  keptProtected: number;
  raised: number;
  added: number;
  unjudged: number;
}

export interface Merged {
  result: AnalysisResult;
  moments: MomentReview[];
  changes: MergeChanges;
  discarded: Discarded[];
}

const union = (...lists: readonly Category[][]): Category[] => {
  const set = new Set(lists.flat());
  return ORDER.filter((c) => set.has(c));
};
const sameSet = (a: readonly Category[], b: readonly Category[]) => a.length === b.length && a.every((c) => b.includes(c));
const reason = (s: string, unmask: (s: string) => string) => {
  const t = unmask(s).replace(/\s+/g, ' ').trim();
  return t.length <= MAX_REASON_CHARS ? t : `${t.slice(0, MAX_REASON_CHARS - 1)}…`;
};

interface Working extends Excerpt {
  order: number;
  utterances: number[];
  /** The model may not remove it (see the rules at the top). */
  locked: boolean;
}

export interface MergeOptions {
  /** Every engine moment is locked: the model may only add or raise (suspected prompt injection). */
  guarded?: boolean;
  /**
   * Engine moments scoring below this (without a protected category) are weak evidence: the model may
   * remove or lower them. 0: it may remove or lower nothing. Default WEAK_EVIDENCE_BELOW.
   */
  weakBelow?: number | undefined;
}

const VERDICT_RANK: Record<Verdict, number> = { normal: 0, complaint: 1, kasuhara: 2 };

export function mergeReview(
  engine: AnalysisResult,
  transcript: Transcript,
  selection: Selection,
  answer: ReviewAnswer,
  unmask: (s: string) => string = (s) => s,
  options: MergeOptions = {},
): Merged {
  const guarded = options.guarded === true;
  const weakBelow = options.weakBelow ?? WEAK_EVIDENCE_BELOW;
  /** Whether the engine's evidence for a moment is strong enough that the model cannot overrule it. */
  const strong = (e: Excerpt) => guarded || e.score >= weakBelow || e.categories.some((c) => PROTECTED.has(c));
  /** The engine categories the model cannot take away from a moment. */
  const lockedOf = (e: Excerpt) => (strong(e) ? [...e.categories] : e.categories.filter((c) => PROTECTED.has(c)));
  const isLocked = (w: Working) => w.locked;
  const discarded: Discarded[] = [];
  const changes: MergeChanges = { confirmed: 0, removed: 0, keptProtected: 0, raised: 0, added: 0, unjudged: 0 };
  const moments: MomentReview[] = [];

  // Validate the answer's references: only moments and utterances that were sent.
  const byMoment = new Map<string, ReviewAnswer['moments'][number]>();
  for (const m of answer.moments) {
    if (!selection.moments.some((s) => s.id === m.id)) discarded.push({ what: 'moment', id: m.id, why: 'unknown_id' });
    else if (byMoment.has(m.id)) discarded.push({ what: 'moment', id: m.id, why: 'duplicate' });
    else byMoment.set(m.id, m);
  }
  const sent = new Set(selection.sent);

  const working: Working[] = [];
  const engineExcerpts = new Set(selection.moments.map((m) => m.excerpt));
  engine.excerpts.forEach((e, k) => {
    // An excerpt that could not be mapped to utterances was not reviewable: kept as the engine said.
    if (!engineExcerpts.has(k)) {
      changes.unjudged += 1;
      working.push({ ...e, source: 'engine', order: e.line, utterances: [], locked: strong(e) });
    }
  });
  for (const m of selection.moments) {
    const e = engine.excerpts[m.excerpt]!;
    const first = transcript.utterances[m.utterances[0]!]!;
    const base: Working = { ...e, source: 'engine', order: first.index, utterances: m.utterances, locked: strong(e) };
    const judged = byMoment.get(m.id);
    if (!judged) {
      changes.unjudged += 1;
      working.push(base);
      continue;
    }
    const kept = lockedOf(e);
    const locked = base.locked;
    const review = { line: e.line, start: e.start, harassment: judged.harassment, categories: judged.categories, score: judged.score, reason: reason(judged.reason, unmask) };
    if (judged.harassment) {
      const merged = union(kept, judged.categories.length > 0 ? judged.categories : e.categories);
      const categories = sameSet(merged, e.categories) ? e.categories : merged;
      const score = locked ? Math.max(e.score, judged.score) : judged.score;
      if (score > e.score) changes.raised += 1;
      changes.confirmed += 1;
      working.push({ ...base, categories, score, source: 'both' });
      moments.push({ ...review, outcome: 'confirmed' });
    } else if (locked) {
      changes.keptProtected += 1;
      working.push(base);
      moments.push({ ...review, outcome: 'kept_protected' });
    } else {
      changes.removed += 1;
      moments.push({ ...review, outcome: 'removed' });
    }
  }

  const seenMissed = new Set<number>();
  for (const x of answer.missed) {
    const i = /^u(\d+)$/.exec(x.utterance) ? Number(x.utterance.slice(1)) : -1;
    const u = transcript.utterances[i];
    if (!u || !sent.has(i)) discarded.push({ what: 'missed', id: x.utterance, why: 'not_sent' });
    else if (seenMissed.has(i)) discarded.push({ what: 'missed', id: x.utterance, why: 'duplicate' });
    else if (selection.roles[i] === 'staff') discarded.push({ what: 'missed', id: x.utterance, why: 'staff_turn' });
    else if (x.categories.length === 0) discarded.push({ what: 'missed', id: x.utterance, why: 'no_category' });
    else if (x.score < MIN_MODEL_SCORE) discarded.push({ what: 'missed', id: x.utterance, why: 'low_score' });
    else {
      seenMissed.add(i);
      const review = { line: u.line, start: u.start, harassment: true, categories: union(x.categories), score: x.score, reason: reason(x.reason, unmask) };
      const host = working.find((w) => w.utterances.includes(i));
      if (host) {
        host.categories = union(host.categories, x.categories);
        host.score = Math.max(host.score, x.score);
        if (host.source === 'engine') host.source = 'both';
        moments.push({ ...review, outcome: 'joined' });
      } else {
        changes.added += 1;
        working.push({
          start: u.start, end: u.end, line: u.line, speaker: u.speaker, text: u.text, categories: union(x.categories), score: x.score,
          source: 'model', order: i, utterances: [i], locked: false,
        });
        moments.push({ ...review, outcome: 'added' });
      }
    }
  }

  // The verdict (see the rules at the top).
  const protectedLeft = working.some(isLocked);
  const unjudgedLeft = working.some((w) => w.source === 'engine' && !isLocked(w));
  const said = answer.call.verdict;
  let verdict: Verdict;
  let final: Working[];
  if (protectedLeft || said === 'kasuhara' || unjudgedLeft) {
    final = protectedLeft || said === 'kasuhara' ? working : working.filter((w) => w.source !== 'model');
    verdict = final.length > 0 ? 'kasuhara' : engine.verdict !== 'kasuhara' ? engine.verdict : 'complaint';
  } else {
    final = [];
    verdict = said;
  }
  // Guarded: never below the engine's verdict.
  if (guarded && VERDICT_RANK[engine.verdict] > VERDICT_RANK[verdict]) verdict = engine.verdict;
  if (verdict !== 'kasuhara') final = [];
  final.sort((a, b) => (a.start ?? -1) - (b.start ?? -1) || a.order - b.order || a.line - b.line);
  const excerpts: Excerpt[] = final.map(({ order: _o, utterances: _u, locked: _l, ...e }) => e);

  const categories = union(...excerpts.map((e) => e.categories), guarded && verdict === 'kasuhara' ? engine.categories : []);
  const unchanged =
    verdict === engine.verdict &&
    excerpts.length === engine.excerpts.length &&
    excerpts.every((e, k) => {
      const o = engine.excerpts[k]!;
      return e.line === o.line && e.score === o.score && sameSet(e.categories, o.categories);
    });
  // Only the removal of a weak engine moment (or the verdict it carried) may bring the risk below the engine's.
  const lowered = changes.removed > 0 || VERDICT_RANK[verdict] < VERDICT_RANK[engine.verdict];
  const risk = unchanged ? engine.risk : lowered ? riskOf(engine, verdict, excerpts, categories) : Math.max(engine.risk, riskOf(engine, verdict, excerpts, categories));
  const result: AnalysisResult = {
    ...engine,
    verdict,
    risk,
    level: unchanged || risk === engine.risk ? engine.level : levelOf(risk),
    categories: verdict !== 'kasuhara' ? [] : unchanged ? engine.categories : categories,
    excerpts,
  };
  return { result, moments, changes, discarded };
}

/** Risk for a result the review changed, on the engine's scale; never below the engine's while a protected category remains. */
function riskOf(engine: AnalysisResult, verdict: Verdict, excerpts: Excerpt[], categories: Category[]): number {
  if (verdict === 'normal') return engine.verdict === 'normal' ? engine.risk : 5;
  if (verdict === 'complaint') return engine.verdict === 'complaint' ? engine.risk : 20;
  const grave = categories.includes('threat') || categories.includes('physical');
  const top = Math.max(0, ...excerpts.map((e) => e.score));
  const risk = Math.min(
    100,
    Math.round(38 + 6 * Math.min(5, categories.length - 1) + (grave ? 16 : 0) + Math.min(14, 2 * excerpts.length) + Math.min(8, top / 12.5)),
  );
  const protectedLeft = categories.some((c) => PROTECTED.has(c));
  return protectedLeft && engine.verdict === 'kasuhara' ? Math.max(engine.risk, risk) : risk;
}

