/**
 * Merging the model's review into the engine's result. Pure.
 *
 * Rules:
 * - An engine moment the model confirms is kept (source `both`); its categories and score follow the model.
 * - An engine moment the model rejects is removed, UNLESS it carries `physical`, `threat` or `sexual`:
 *   the model cannot silence the engine there (it can only add or raise), so a transcript cannot talk its
 *   way out of an alert. On such a moment the engine's categories stay and the score only goes up.
 * - An engine moment the model does not answer for is kept as it is (source `engine`).
 * - A harassing utterance the model found and the engine did not becomes an excerpt (source `model`),
 *   or joins the engine excerpt it lies in (source `both`). Only customer or unknown speakers count.
 * - The verdict: kasuhara while a protected moment remains; otherwise the model's call verdict, with
 *   kasuhara needing at least one excerpt; moments the model did not judge keep the engine's verdict.
 * - Guarded (`guarded: true`, when the call holds words aimed at the model, see injection.ts): every
 *   engine moment is treated as protected, whatever its categories. The model can confirm, raise and
 *   add, but nothing of the engine's is removed or lowered: no moment, category, score, risk or level,
 *   and the verdict is never below the engine's (normal < complaint < kasuhara).
 */
import type { AnalysisResult, Category, Excerpt, Verdict } from '../analysis/result.js';
import type { Transcript } from '../analysis/transcript.js';
import { levelOf } from '../analysis/verdict.js';
import type { Selection } from './candidates.js';
import type { ReviewAnswer } from './schema.js';

/** Categories where the model can only add or raise, never remove or lower. */
export const PROTECTED: ReadonlySet<Category> = new Set<Category>(['physical', 'threat', 'sexual']);
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
}

export interface MergeOptions {
  /** Every engine moment is protected: the model may only add or raise (suspected prompt injection). */
  guarded?: boolean;
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
  /** The engine categories the model cannot take away from a moment. */
  const lockedOf = (categories: readonly Category[]) => (guarded ? [...categories] : categories.filter((c) => PROTECTED.has(c)));
  /** An excerpt the model cannot remove. */
  const isLocked = (w: Working) => (guarded ? w.source !== 'model' : w.categories.some((c) => PROTECTED.has(c)));
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
      working.push({ ...e, source: 'engine', order: e.line, utterances: [] });
    }
  });
  for (const m of selection.moments) {
    const e = engine.excerpts[m.excerpt]!;
    const first = transcript.utterances[m.utterances[0]!]!;
    const base: Working = { ...e, source: 'engine', order: first.index, utterances: m.utterances };
    const judged = byMoment.get(m.id);
    if (!judged) {
      changes.unjudged += 1;
      working.push(base);
      continue;
    }
    const kept = lockedOf(e.categories);
    const locked = guarded || kept.length > 0;
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
          source: 'model', order: i, utterances: [i],
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
  const excerpts: Excerpt[] = final.map(({ order: _o, utterances: _u, ...e }) => e);

  const categories = union(...excerpts.map((e) => e.categories), guarded && verdict === 'kasuhara' ? engine.categories : []);
  const unchanged =
    verdict === engine.verdict &&
    excerpts.length === engine.excerpts.length &&
    excerpts.every((e, k) => {
      const o = engine.excerpts[k]!;
      return e.line === o.line && e.score === o.score && sameSet(e.categories, o.categories);
    });
  const risk = unchanged ? engine.risk : guarded ? Math.max(engine.risk, riskOf(engine, verdict, excerpts, categories)) : riskOf(engine, verdict, excerpts, categories);
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

