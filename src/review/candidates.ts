/**
 * What the model sees of a call: the engine's candidate moments with the utterances around them, and a
 * bounded, evenly spread sample of the rest of the call (all of it when it fits the budget), in order.
 */
import type { AnalysisResult, Category, SpeakerRole } from '../analysis/result.js';
import type { Transcript, Utterance } from '../analysis/transcript.js';
import { estimateTokens } from './usage.js';

/** Utterances sent on each side of an engine moment. */
export const CONTEXT_UTTERANCES = 2;
/** Longest utterance text sent (characters); longer ones are cut with an ellipsis. */
export const MAX_UTTERANCE_CHARS = 600;

export interface Moment {
  /** `m1`, `m2`…: the engine's excerpts in order. */
  id: string;
  /** Index in `result.excerpts`. */
  excerpt: number;
  /** Indices of the utterances it covers. */
  utterances: number[];
  categories: Category[];
  score: number;
}

export interface Selection {
  moments: Moment[];
  /** Utterance indices sent, ascending. */
  sent: number[];
  /** Utterances of the call left out by the budget. */
  omitted: number;
  roles: SpeakerRole[];
}

/** The utterances an engine excerpt merged (same speaker, contiguous, starting at its line). */
export function excerptUtterances(utterances: readonly Utterance[], e: AnalysisResult['excerpts'][number]): number[] {
  const first = utterances.findIndex((u) => u.line === e.line && u.speaker === e.speaker && (e.start === null || u.start === e.start));
  if (first < 0) return [];
  const out = [first];
  for (let j = first + 1; j < utterances.length; j += 1) {
    const u = utterances[j]!;
    if (u.speaker !== e.speaker || !e.text.includes(u.text)) break;
    if (e.end !== null && u.end !== null && u.end > e.end) break;
    out.push(j);
  }
  return out;
}

export function rolesOf(t: Transcript, result: AnalysisResult): SpeakerRole[] {
  const bySpeaker = new Map(result.speakers.map((s) => [s.label, s.role]));
  return t.utterances.map((u) => (u.speaker === null ? 'unknown' : (bySpeaker.get(u.speaker) ?? 'unknown')));
}

/**
 * Chooses the utterances to send within `budgetTokens` (of utterance text): engine moments first, then
 * their context, then the turns the engine's model was unsure about, then customer and unknown turns
 * spread evenly over the call, then staff turns.
 */
export function selectCandidates(t: Transcript, result: AnalysisResult, budgetTokens: number): Selection {
  const n = t.utterances.length;
  const roles = rolesOf(t, result);
  const cost = t.utterances.map((u) => estimateTokens(clip(u.text)) + 12);
  const chosen = new Set<number>();
  let spent = 0;
  const take = (i: number, force = false): boolean => {
    if (i < 0 || i >= n || chosen.has(i)) return true;
    if (!force && spent + cost[i]! > budgetTokens) return false;
    chosen.add(i);
    spent += cost[i]!;
    return true;
  };

  const moments: Moment[] = [];
  result.excerpts.forEach((e, k) => {
    const us = excerptUtterances(t.utterances, e);
    if (us.length === 0) return;
    moments.push({ id: `m${moments.length + 1}`, excerpt: k, utterances: us, categories: e.categories, score: e.score });
  });
  // The moments themselves are always sent (the engine's view must be reviewable); context if it fits.
  for (const m of moments) for (const i of m.utterances) take(i, true);
  for (let d = 1; d <= CONTEXT_UTTERANCES; d += 1) {
    for (const m of moments) {
      take(m.utterances[0]! - d);
      take(m.utterances[m.utterances.length - 1]! + d);
    }
  }
  // What the engine nearly flagged (its model's middle band), so the review can add what it missed.
  for (const i of result.engine?.uncertain ?? []) if (i < n && roles[i] !== 'staff') take(i);
  // The rest: everything if it fits, otherwise an even spread, the customer's turns first.
  const rest = [...Array(n).keys()].filter((i) => !chosen.has(i));
  const restCost = rest.reduce((s, i) => s + cost[i]!, 0);
  if (spent + restCost <= budgetTokens) {
    for (const i of rest) take(i);
  } else {
    for (const pass of [(r: SpeakerRole) => r !== 'staff', (r: SpeakerRole) => r === 'staff']) {
      const pool = rest.filter((i) => pass(roles[i]!) && !chosen.has(i));
      const room = Math.max(0, budgetTokens - spent);
      const avg = pool.length === 0 ? 1 : pool.reduce((s, i) => s + cost[i]!, 0) / pool.length;
      const count = Math.min(pool.length, Math.floor(room / avg));
      for (let k = 0; k < count; k += 1) take(pool[Math.floor((k * pool.length) / count)]!);
    }
  }
  const sent = [...chosen].sort((a, b) => a - b);
  return { moments, sent, omitted: n - sent.length, roles };
}

export function clip(text: string): string {
  return text.length <= MAX_UTTERANCE_CHARS ? text : `${text.slice(0, MAX_UTTERANCE_CHARS)}…`;
}
