/**
 * The habit verdicts from the signals alone, as a trainer reading domain.md §4 would apply them: the
 * evaluator's answer without a trained model (a checkout before `npm run train:staff`), and the baseline the
 * evaluation compares the model with. Deliberately simple: a habit the signals say nothing about is `na`.
 */
import type { Category } from '../result.js';
import { HABITS, type Habit, type HabitVerdict, type ReplyContext } from './habits.js';
import type { HabitSignal } from './habit-signals.js';

/** Conduct that calls for naming it and a warning (§4: abuse → one warning, then end; threats → end). */
const CONDUCT: ReadonlySet<Category> = new Set(['physical', 'threat', 'abuse', 'intimidation', 'sexual', 'discrimination', 'restraint', 'sns_exposure', 'personal_targeting']);
/** Demands that call for a clear refusal. */
const DEMANDS: ReadonlySet<Category> = new Set(['unreasonable_demand', 'apology_coercion', 'persistence', 'restraint', 'personal_targeting']);
/** Conduct a supervisor must hear of at once (§4: threats, violence). */
const GRAVE: ReadonlySet<Category> = new Set(['physical', 'threat']);

export function ruleVerdicts(signals: readonly HabitSignal[], ctx: ReplyContext): Record<Habit, HabitVerdict> {
  const has = (habit: Habit, leans: 'good' | 'bad', name?: string) =>
    signals.some((s) => s.habit === habit && s.leans === leans && (name === undefined || s.id.endsWith(`.${name}`)));
  // A legitimate complaint: no harassing conduct. A fair demand may still come with insults (then the
  // conduct is named, but the demand is not refused).
  const legit = ctx.categories.length === 0;
  const fairDemand = legit || ctx.demandReasonable;
  const cats = new Set(ctx.categories);
  const any = (set: ReadonlySet<Category>) => [...cats].some((c) => set.has(c));
  const v = Object.fromEntries(HABITS.map((h) => [h, 'na'])) as Record<Habit, HabitVerdict>;

  if (has('acknowledge', 'good')) v.acknowledge = 'good';
  else if (legit) v.acknowledge = 'bad';

  const concedes = has('no_overpromise', 'bad');
  // A fair refund or repair is not an overpromise; an admission or "never again" before checking still is.
  const overpromises = concedes && (!fairDemand || has('no_overpromise', 'bad', 'admission') || has('no_overpromise', 'bad', 'never-again') || has('no_overpromise', 'bad', 'sacrifice'));
  if (overpromises) v.no_overpromise = 'bad';
  else if (has('no_overpromise', 'good')) v.no_overpromise = 'good';

  const refuses = has('refuse_clearly', 'good');
  const stalls = has('refuse_clearly', 'bad');
  const names = has('name_conduct', 'good');
  if (fairDemand) {
    if (refuses && !has('acknowledge', 'good') && !names) v.refuse_clearly = 'bad';
  } else {
    if (overpromises || (stalls && !refuses)) v.refuse_clearly = 'bad';
    else if (refuses) v.refuse_clearly = 'good';
    // A demand on the table, and the reply neither refuses, warns nor hands over: the demand stands.
    else if (any(DEMANDS) && !names && !has('escalate', 'good')) v.refuse_clearly = 'bad';
  }

  if (legit) {
    if (has('name_conduct', 'good', 'consequence') || has('name_conduct', 'bad')) v.name_conduct = 'bad';
  } else if (any(CONDUCT)) {
    if (names) v.name_conduct = 'good';
    else if (has('name_conduct', 'bad')) v.name_conduct = 'bad';
  }

  if (has('escalate', 'good')) v.escalate = 'good';
  else if (any(GRAVE)) v.escalate = 'bad';

  if (has('keep_record', 'good')) v.keep_record = 'good';
  else if (any(GRAVE)) v.keep_record = 'bad';

  v.stay_respectful = has('stay_respectful', 'bad') ? 'bad' : 'good';
  return v;
}
