/**
 * Phrases an organisation has accepted as false positives, applied to that organisation's results
 * after the engine ran (the engine itself is not touched). Safety first:
 * - an excerpt carrying a protected category (physical, threat, sexual: PROTECTED in
 *   src/review/merge.ts, where the model cannot silence them either) is never suppressed, so a
 *   threat stays a threat and still alerts;
 * - a phrase shorter than MIN_PHRASE_CHARS normalised characters is never applied (acceptFeedback
 *   refuses it; rows stored before that rule are ignored here): 「バカ」 or 「殺す」 would silence
 *   far more than the one harmless call that was reported;
 * - an excerpt is dropped only when accepted phrases make up at least MIN_PHRASE_COVERAGE of its
 *   normalised text: a harmless phrase inside a longer tirade does not hide the rest of it.
 * The verdict, risk, level, categories and advice are recomputed from what is kept: a result left
 * without excerpts is no longer harassment.
 */
import { eq } from 'drizzle-orm';
import type { AnalysisResult, Category, Excerpt } from '../../analysis/result.js';
import { levelOf } from '../../analysis/verdict.js';
import type { Executor } from '../../db/connection.js';
import { suppressedPhrases } from '../../db/schema/index.js';
import { PROTECTED } from '../../review/merge.js';

/** The shortest phrase (normalised characters) that may suppress anything. */
export const MIN_PHRASE_CHARS = 4;
/** Share of an excerpt's normalised text that accepted phrases must cover for it to be dropped. */
export const MIN_PHRASE_COVERAGE = 0.5;
/** The engine's floor for a call with violence or a threat of harm (src/analysis/verdict.ts `judge`). */
const GRAVE_FLOOR = 70;
const GRAVE: ReadonlySet<Category> = new Set<Category>(['physical', 'threat']);

/** NFKC, lower case, without spaces, punctuation or symbols: 「ふざけるな！」 and "ふざけるな" match. */
export function normalisePhrase(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}ー〜~]/gu, '');
}

/** Length in characters (code points), not UTF-16 units. */
export const phraseLength = (phrase: string): number => [...phrase].length;

/** Whether a normalised phrase is long enough to be accepted and applied. */
export const isUsablePhrase = (phrase: string): boolean => phraseLength(phrase) >= MIN_PHRASE_CHARS;

/** Whether an excerpt carries a category no phrase may suppress. */
export const isProtectedExcerpt = (e: Pick<Excerpt, 'categories'>): boolean => e.categories.some((c) => PROTECTED.has(c));

/**
 * Whether accepted (normalised, usable) phrases suppress this excerpt: never a protected one;
 * otherwise when the phrases occur in its normalised text and cover at least MIN_PHRASE_COVERAGE of it.
 */
export function suppresses(phrases: readonly string[], e: Pick<Excerpt, 'categories' | 'text'>): boolean {
  if (isProtectedExcerpt(e)) return false;
  const text = normalisePhrase(e.text);
  const total = phraseLength(text);
  if (total === 0) return false;
  let rest = text;
  // Longest first, so that a phrase containing another is removed whole.
  for (const p of [...phrases].sort((a, b) => phraseLength(b) - phraseLength(a))) {
    if (isUsablePhrase(p) && rest.includes(p)) rest = rest.split(p).join('\u0000');
  }
  const residual = phraseLength(rest.replace(/\u0000/g, ''));
  return residual < total && total - residual >= MIN_PHRASE_COVERAGE * total;
}

export function applySuppressions(result: AnalysisResult, phrases: readonly string[]): AnalysisResult {
  const usable = [...new Set(phrases.map(normalisePhrase).filter(isUsablePhrase))];
  if (usable.length === 0 || result.excerpts.length === 0) return result;
  const kept = result.excerpts.filter((e) => !suppresses(usable, e));
  const dropped = result.excerpts.length - kept.length;
  if (dropped === 0) return result;
  const warnings = [...result.warnings, `${dropped} excerpt(s) suppressed by the organisation's accepted false-positive reports`];
  if (kept.length === 0) {
    // Nothing harassing is left (a protected excerpt is never dropped, so none was there).
    if (result.verdict !== 'kasuhara') return { ...result, excerpts: [], categories: [], warnings };
    const risk = Math.min(result.risk, 19);
    return { ...result, verdict: 'normal', risk, level: levelOf(risk), categories: [], excerpts: [], advice: [], warnings };
  }
  const carried = new Set(kept.flatMap((e) => e.categories));
  const categories = result.categories.filter((c) => carried.has(c));
  // The risk follows the strongest moment: lowered only when the strongest one was dropped.
  const top = (xs: readonly Excerpt[]) => Math.max(...xs.map((e) => e.score));
  let risk = top(kept) < top(result.excerpts) ? Math.min(result.risk, top(kept)) : result.risk;
  if (result.verdict === 'kasuhara' && kept.some((e) => e.categories.some((c) => GRAVE.has(c)))) risk = Math.max(risk, Math.min(result.risk, GRAVE_FLOOR));
  const advice = result.advice.filter((a) => a.category === null || carried.has(a.category));
  return { ...result, excerpts: kept, categories, risk, level: levelOf(risk), advice, warnings };
}

export async function suppressedPhrasesOf(ex: Executor, orgId: string): Promise<string[]> {
  const rows = await ex.select({ phrase: suppressedPhrases.phrase }).from(suppressedPhrases).where(eq(suppressedPhrases.orgId, orgId));
  return rows.map((r) => r.phrase);
}

/** The post-filter hook for the analysis job (AnalysisJobDeps.postFilter). */
export async function suppressionPostFilter(ex: Executor, orgId: string, result: AnalysisResult): Promise<AnalysisResult> {
  return applySuppressions(result, await suppressedPhrasesOf(ex, orgId));
}
