/**
 * Phrases an organisation has accepted as false positives: excerpts whose normalised text contains
 * one are dropped from that organisation's results after the engine ran (the engine itself is not
 * touched). A result left without excerpts is no longer harassment.
 */
import { eq } from 'drizzle-orm';
import type { AnalysisResult, Category } from '../../analysis/result.js';
import type { Executor } from '../../db/connection.js';
import { suppressedPhrases } from '../../db/schema/index.js';

/** NFKC, lower case, without spaces, punctuation or symbols: 「ふざけるな！」 and "ふざけるな" match. */
export function normalisePhrase(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}ー〜~]/gu, '');
}

export function applySuppressions(result: AnalysisResult, phrases: readonly string[]): AnalysisResult {
  if (phrases.length === 0 || result.excerpts.length === 0) return result;
  const kept = result.excerpts.filter((e) => {
    const text = normalisePhrase(e.text);
    return !phrases.some((p) => p.length > 0 && text.includes(p));
  });
  const dropped = result.excerpts.length - kept.length;
  if (dropped === 0) return result;
  const warnings = [...result.warnings, `${dropped} excerpt(s) suppressed by the organisation's accepted false-positive reports`];
  if (kept.length === 0 && result.verdict === 'kasuhara') {
    return { ...result, verdict: 'normal', risk: Math.min(result.risk, 19), level: 'none', categories: [], excerpts: [], advice: [], warnings };
  }
  const categories = result.categories.filter((c) => kept.some((e) => e.categories.includes(c as Category)));
  const risk = kept.length > 0 ? Math.min(result.risk, Math.max(...kept.map((e) => e.score))) : result.risk;
  const level = risk >= 70 ? 'high' : risk >= 45 ? 'medium' : risk >= 20 ? 'low' : 'none';
  return { ...result, excerpts: kept, categories, risk, level, warnings };
}

export async function suppressedPhrasesOf(ex: Executor, orgId: string): Promise<string[]> {
  const rows = await ex.select({ phrase: suppressedPhrases.phrase }).from(suppressedPhrases).where(eq(suppressedPhrases.orgId, orgId));
  return rows.map((r) => r.phrase);
}

/** The post-filter hook for the analysis job (AnalysisJobDeps.postFilter). */
export async function suppressionPostFilter(ex: Executor, orgId: string, result: AnalysisResult): Promise<AnalysisResult> {
  return applySuppressions(result, await suppressedPhrasesOf(ex, orgId));
}
