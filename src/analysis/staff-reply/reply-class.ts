/**
 * The kind of reply a scenario's customer reacts to (habits.ts REPLY_CLASSES), from the habit verdicts. The
 * precedence is the customer's: an insult back or a concession changes the call whatever else was said, and
 * a fair complaint brushed off is heard as that before any polite wording around it.
 */
import type { Habit, HabitVerdict, ReplyClass, ReplyContext } from './habits.js';

export function replyClassOf(v: Record<Habit, HabitVerdict>, ctx: Pick<ReplyContext, 'demandReasonable' | 'categories'>): ReplyClass {
  const legit = ctx.categories.length === 0;
  if (v.stay_respectful === 'bad') return 'insulted_back';
  if (v.no_overpromise === 'bad') return 'gave_in';
  if ((legit && v.name_conduct === 'bad') || ((legit || ctx.demandReasonable) && v.refuse_clearly === 'bad')) return 'dismissed';
  if (v.escalate === 'good') return 'escalated';
  if (v.name_conduct === 'good') return 'warned';
  if (v.refuse_clearly === 'good') return 'refused';
  if (v.refuse_clearly === 'bad') return 'stalled';
  if (v.acknowledge === 'good') return 'acknowledged';
  return 'other';
}
