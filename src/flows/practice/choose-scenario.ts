/**
 * 「おまかせ」: a scenario chosen for the trainee from what they asked for (language, and optionally a
 * category, a difficulty, a medium, complaints only), avoiding the ones just practised when others fit.
 * The choice is a number in [0, 1) passed in (the adapter's random draw; a test's constant), so this stays
 * pure and a test can name the scenario it gets.
 */
import type { Category, Language } from '../../analysis/result.js';
import type { Scenario } from '../../practice/scenario-format.js';

export interface ScenarioWish {
  lang: Language;
  category?: Category;
  difficulty?: 1 | 2 | 3;
  medium?: Scenario['medium'];
  kind?: Scenario['kind'];
  /** Ids practised recently: skipped unless nothing else fits. */
  recent?: readonly string[];
}

export function scenariosFor(library: readonly Scenario[], wish: ScenarioWish): Scenario[] {
  return library.filter(
    (s) =>
      s.lang === wish.lang &&
      (!wish.category || s.categories.includes(wish.category)) &&
      (!wish.difficulty || s.difficulty === wish.difficulty) &&
      (!wish.medium || s.medium === wish.medium) &&
      (!wish.kind || s.kind === wish.kind),
  );
}

export function chooseScenario(library: readonly Scenario[], wish: ScenarioWish, draw: number): Scenario | null {
  const fits = scenariosFor(library, wish);
  const fresh = fits.filter((s) => !wish.recent?.includes(s.id));
  const pool = fresh.length > 0 ? fresh : fits;
  if (pool.length === 0) return null;
  return pool[Math.min(pool.length - 1, Math.floor(Math.max(0, draw) * pool.length))]!;
}
