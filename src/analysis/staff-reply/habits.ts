/**
 * The seven habits of response practice (domain.md §4) a staff member's reply is judged on, the verdict
 * each gets, and the kinds of reply a practice scenario branches on. The ids are fixed: the labelled staff
 * replies (corpus/staff-replies/) use them, and so do admins' scenario files.
 */
import type { Category, Language } from '../result.js';

export const HABITS = ['acknowledge', 'no_overpromise', 'refuse_clearly', 'name_conduct', 'escalate', 'keep_record', 'stay_respectful'] as const;
export type Habit = (typeof HABITS)[number];

/** `na`: the moment did not call for the habit. `stay_respectful` is never `na`: every reply is respectful or not. */
export const HABIT_VERDICTS = ['good', 'bad', 'na'] as const;
export type HabitVerdict = (typeof HABIT_VERDICTS)[number];

/**
 * What kind of reply it was, as the customer in a scenario reacts to it. Decided from the habit verdicts
 * (reply-class.ts), in this order of precedence: an insult back or a concession changes the call whatever
 * else was said.
 */
export const REPLY_CLASSES = [
  'insulted_back', // insulted, mocked, blamed or threatened the customer
  'gave_in', // promised what cannot be given (money, a visit, firing someone, an admission)
  'dismissed', // treated a fair complaint as harassment: refused a reasonable demand, threatened to hang up on it
  'escalated', // handed over to a supervisor at the right moment
  'warned', // named the conduct and what happens if it continues
  'refused', // refused the unreasonable demand clearly
  'stalled', // vague: 「検討します」, silence-like, neither yes nor no
  'acknowledged', // acknowledged the feeling or the inconvenience, nothing decided yet
  'other',
] as const;
export type ReplyClass = (typeof REPLY_CLASSES)[number];

export type Medium = 'phone' | 'counter' | 'online' | 'meeting';

/** The moment a reply answers: what the evaluator knows besides the reply itself. */
export interface ReplyContext {
  lang: Language;
  medium: Medium;
  /** What the customer is doing (domain.md categories); [] for a legitimate complaint. */
  categories: readonly Category[];
  /** Whether what the customer asks for is reasonable (a legitimate complaint's refund, a manager). */
  demandReasonable: boolean;
  /** The turns just before, oldest first; the last is the customer's. */
  turns: ReadonlyArray<{ role: 'customer' | 'staff'; text: string }>;
}
