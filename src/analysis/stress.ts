/**
 * How hard this call was on the staff member (0–100), with the reasons a supervisor can act on.
 * Drawn from the workers'-compensation stressors (domain.md §1.4): severity of what was said,
 * repetition, length, and whether the staff member had to keep apologising.
 */
import type { Language, StaffStress } from './result.js';
import type { Turn } from './conversation.js';
import type { Judgment } from './verdict.js';
import { isCustomer } from './conversation.js';
import { turnPoints } from './verdict.js';

const STAFF_APOLOGY = /(?:申し訳|すみません|失礼いたしました|お詫び)|\b(?:sorry|apologi[sz]e)\b/u;

export function staffStress(turns: Turn[], judgment: Judgment, durationSec: number | null, lang: Language, longCallWarnMin: number): StaffStress {
  const factors: string[] = [];
  let score = 0;
  const harassing = turns.filter((t) => isCustomer(t) && turnPoints(t) > 0).length;
  if (judgment.verdict === 'kasuhara') {
    score += 0.55 * judgment.risk;
    factors.push(lang === 'ja' ? `ハラスメントに当たる発言 ${harassing} 件` : `${harassing} harassing remarks`);
  } else if (judgment.verdict === 'complaint') {
    score += 15;
    factors.push(lang === 'ja' ? '苦情への対応' : 'handling a complaint');
  }
  if (judgment.categories.includes('threat') || judgment.categories.includes('physical')) {
    score += 15;
    factors.push(lang === 'ja' ? '身の安全に関わる言動' : 'threats or violence');
  }
  const minutes = (durationSec ?? 0) / 60;
  if (minutes >= longCallWarnMin) {
    score += Math.min(15, minutes / 4);
    factors.push(lang === 'ja' ? `長時間の対応（${Math.round(minutes)}分）` : `a long call (${Math.round(minutes)} min)`);
  }
  const apologies = turns.filter((t) => t.role === 'staff' && STAFF_APOLOGY.test(t.norm)).length;
  if (apologies >= 4) {
    score += Math.min(10, apologies);
    factors.push(lang === 'ja' ? `謝罪の繰り返し（${apologies}回）` : `apologised ${apologies} times`);
  }
  const persisted = turns.filter((t) => t.hits.some((h) => h.category === 'persistence' && h.weight >= 40)).length;
  if (persisted >= 3) {
    score += Math.min(10, 2 * persisted);
    factors.push(lang === 'ja' ? `同じ要求の繰り返し（${persisted}回）` : `the same demand pressed ${persisted} times`);
  }
  const escalated = escalation(turns);
  if (escalated) {
    score += 5;
    factors.push(lang === 'ja' ? '後半にかけてエスカレート' : 'escalated as the call went on');
  }
  return { score: Math.max(0, Math.min(100, Math.round(score))), factors };
}

/** More harassment in the second half of the call than the first. */
function escalation(turns: Turn[]): boolean {
  const half = Math.floor(turns.length / 2);
  const pts = (ts: Turn[]) => ts.filter(isCustomer).reduce((s, t) => s + turnPoints(t), 0);
  const first = pts(turns.slice(0, half));
  const second = pts(turns.slice(half));
  return second >= 1 && second > 1.5 * first;
}
