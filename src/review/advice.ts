/**
 * Advice written for this call: the model's, grounded in the organisation's own response manual when an
 * admin uploaded one, else in the built-in playbook (domain.md §4). Whatever the model writes, every
 * category of the final result keeps at least the playbook's line for staff and for the supervisor, so
 * a category the model missed or denied (and the merge kept) is never left without advice.
 */
import type { Advice, AdviceAudience, AnalysisResult, Category, Language } from '../analysis/result.js';
import { PLAYBOOK } from '../analysis/advice-catalog.js';
import { buildAdvice, categoryName } from '../analysis/advice.js';
import type { ReviewAnswer } from './schema.js';
import { estimateTokens } from './usage.js';

export interface Grounding {
  kind: 'manual' | 'playbook';
  text: string;
  /** The manual was cut to fit the budget. */
  truncated: boolean;
}

/** Longest advice text kept from the model (characters). */
export const MAX_ADVICE_CHARS = 400;
/** Most advice items kept from the model. */
export const MAX_ADVICE_ITEMS = 8;

/** The reference the advice is grounded in, cut to `budgetTokens`. */
export function buildGrounding(language: Language, manual: string | null | undefined, budgetTokens: number): Grounding {
  const text = manual?.trim();
  if (text) {
    if (estimateTokens(text) <= budgetTokens) return { kind: 'manual', text, truncated: false };
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (estimateTokens(text.slice(0, mid)) <= budgetTokens) lo = mid;
      else hi = mid - 1;
    }
    return { kind: 'manual', text: text.slice(0, lo), truncated: true };
  }
  const lines = (Object.keys(PLAYBOOK[language]) as Category[]).map((c) => {
    const p = PLAYBOOK[language][c];
    return `${c} (${categoryName(c, language)}): staff: ${p.staff} ${p.say.map((l) => `"${l}"`).join(' ')} / supervisor: ${p.supervisor}`;
  });
  return { kind: 'playbook', text: lines.join('\n'), truncated: false };
}

/** The playbook's advice for a result (what the engine alone would say for these categories). */
export function playbookAdvice(result: AnalysisResult, longCall = { warn: 30, high: 60 }): Advice[] {
  const judgment = { verdict: result.verdict, risk: result.risk, level: result.level, points: 0, categories: result.categories };
  const setting = { reader: result.language, spoken: result.spokenLanguage ?? result.language, medium: result.medium ?? 'unknown' as const };
  return buildAdvice(judgment, result.excerpts, setting, (result.durationSec ?? 0) / 60, longCall);
}

/**
 * The final advice: the model's items (restored, trimmed, bounded), then the playbook's lines for any
 * category of the result the model gave no advice for. Without usable model advice: the playbook's.
 */
export function finalAdvice(result: AnalysisResult, answer: ReviewAnswer | null, unmask: (s: string) => string): Advice[] {
  if (result.verdict === 'normal') return [];
  const fromModel: Advice[] = (answer?.advice ?? [])
    .map((a) => ({ audience: a.audience as AdviceAudience, category: a.category, text: trim(unmask(a.text)) }))
    .filter((a) => a.text.length > 0 && (a.category === null || result.categories.includes(a.category)))
    .slice(0, MAX_ADVICE_ITEMS);
  const playbook = playbookAdvice(result);
  if (fromModel.length === 0) return playbook;
  if (result.verdict !== 'kasuhara') return fromModel;
  const covered = (c: Category, who: AdviceAudience) => fromModel.some((a) => a.category === c && a.audience === who);
  const missing = playbook.filter((a) => a.category !== null && !covered(a.category, a.audience));
  return [...fromModel, ...missing];
}

function trim(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= MAX_ADVICE_CHARS ? t : `${t.slice(0, MAX_ADVICE_CHARS - 1)}…`;
}
