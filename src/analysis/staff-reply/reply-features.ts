/**
 * What the reply model sees of one reply in its moment, as named binary features (names, so a weight reads
 * back as evidence): the reply's words (the detector's own text features: character n-grams in Japanese,
 * word stems in English), the habit signals that fired, and the moment — the customer's categories,
 * whether the demand is reasonable, how far into the exchange, whether the staff already warned or refused.
 * Signals are also crossed with the moment: a refusal is good against 慰謝料 and bad against a fair refund,
 * which a linear model can only learn from the pair.
 */
import { textFeatures } from '../model/features.js';
import { normalize } from '../normalize.js';
import type { ReplyContext } from './habits.js';
import { signalsIn, type HabitSignal } from './habit-signals.js';

export interface ReplyFeatures {
  features: string[];
  /** The signals that fired in the reply (evidence shown to the trainee). */
  signals: HabitSignal[];
}

/** A reply this short says nothing a customer can act on (「はい」「はあ…」, "OK."). */
const SHORT = { ja: 8, en: 3 } as const;

/** A legitimate complaint (no harassing conduct) or the conduct at stake; a fair demand can come with harassing manners. */
function moment(ctx: ReplyContext): string[] {
  return ctx.categories.length === 0 ? ['legit'] : ['harass', ...ctx.categories];
}

export function replyFeatures(reply: string, ctx: ReplyContext): ReplyFeatures {
  const norm = normalize(reply);
  const signals = signalsIn(norm, ctx.lang);
  const f = new Set<string>(['bias', `lang:${ctx.lang}`, `medium:${ctx.medium}`]);
  for (const t of textFeatures(norm, ctx.lang)) f.add(t);
  const size = ctx.lang === 'ja' ? [...norm].length : norm.split(/\s+/).filter(Boolean).length;
  if (size <= SHORT[ctx.lang]) f.add('len:short');
  const at = moment(ctx);
  for (const m of at) f.add(`ctx:${m}`);
  f.add(ctx.demandReasonable ? 'ctx:demand-reasonable' : 'ctx:demand-unreasonable');
  const before = ctx.turns.slice(0, -1).filter((t) => t.role === 'staff');
  f.add(`ctx:staff-turns:${Math.min(3, before.length)}`);
  const earlier = before.flatMap((t) => signalsIn(normalize(t.text), ctx.lang));
  for (const s of earlier) f.add(`ctx:before:${s.habit}${s.leans === 'good' ? '+' : '-'}`);
  const habitsHere = new Set<string>();
  for (const s of signals) {
    f.add(`sig:${s.id}`);
    habitsHere.add(`${s.habit}${s.leans === 'good' ? '+' : '-'}`);
  }
  for (const h of habitsHere) {
    f.add(`hab:${h}`);
    for (const m of at) f.add(`hab:${h}:${m}`);
    if (earlier.length > 0) f.add(`hab:${h}:again`);
  }
  if (habitsHere.size === 0) for (const m of at) f.add(`hab:none:${m}`);
  return { features: [...f], signals };
}
