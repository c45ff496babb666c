/**
 * Which advice matters most for this call: the gravest category first, then the category whose first
 * moment came earlier; advice for no category (the call's length, aftercare) after every category's.
 * The answer shows the first few of each audience and folds the rest, so this order decides what a
 * staff member reads on a 60-minute call with every category in it.
 */
import type { Advice, Category, Excerpt } from './result.js';

/**
 * Tiers of gravity: harm to body, safety or dignity first (as the view's gravest moments), then attacks
 * on the person, then hostile conduct, then the wearing-down that a long call is made of.
 */
const TIERS: ReadonlyArray<readonly Category[]> = [
  ['physical', 'threat', 'sexual'],
  ['sns_exposure', 'personal_targeting', 'apology_coercion', 'discrimination'],
  ['abuse', 'intimidation', 'unreasonable_demand'],
  ['restraint', 'persistence'],
];

export function categoryTier(c: Category): number {
  return TIERS.findIndex((t) => t.includes(c));
}

/** The advice, most important first; a stable order otherwise (excerpts are in time order). */
export function adviceByImportance(advice: readonly Advice[], excerpts: readonly Excerpt[]): Advice[] {
  const firstMoment = (c: Category) => {
    const i = excerpts.findIndex((e) => e.categories.includes(c));
    return i < 0 ? Infinity : i;
  };
  const key = (a: Advice): [number, number] => (a.category === null ? [Infinity, Infinity] : [categoryTier(a.category), firstMoment(a.category)]);
  return advice
    .map((a, i) => ({ a, i, k: key(a) }))
    .sort((x, y) => x.k[0] - y.k[0] || x.k[1] - y.k[1] || x.i - y.i)
    .map(({ a }) => a);
}
