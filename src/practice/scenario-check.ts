/**
 * The checks zod cannot express: a scenario's graph (the start and every `next` name a step; every step
 * is reachable from the start; an end is reachable from every step, so no session loops for ever), its
 * kind and categories agreeing, and its lines written in its language. Each problem names the path in
 * the scenario where it is.
 */
import { japaneseShare } from '../analysis/normalize.js';
import type { Scenario } from './scenario-format.js';

export interface ScenarioProblem {
  /** Where, inside the scenario: `steps.open.next.gave_in`. */
  path: string;
  message: string;
}

const STEP_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;

export function checkScenario(s: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const ids = Object.keys(s.steps);
  if (ids.length === 0) problems.push({ path: 'steps', message: 'needs at least one step' });
  for (const id of ids) if (!STEP_ID.test(id)) problems.push({ path: `steps.${id}`, message: 'a step id is 1–40 lower-case letters, digits, "-" or "_"' });
  if (!s.steps[s.start]) problems.push({ path: 'start', message: `names no step ("${s.start}"; steps: ${ids.join(', ')})` });

  if (s.kind === 'complaint' && s.categories.length > 0) problems.push({ path: 'categories', message: 'a legitimate complaint has no harassment categories ([])' });
  if (s.kind === 'harassment' && s.categories.length === 0) problems.push({ path: 'categories', message: 'a harassment scenario names at least one category' });
  if (new Set(s.categories).size !== s.categories.length) problems.push({ path: 'categories', message: 'lists a category twice' });

  for (const [id, step] of Object.entries(s.steps)) {
    const at = `steps.${id}`;
    if (step.end && step.next) problems.push({ path: `${at}.next`, message: 'an end step has no next steps' });
    if (!step.end && !step.next?.otherwise) problems.push({ path: `${at}.next.otherwise`, message: 'is required on a step that does not end (where any other reply leads)' });
    for (const [kind, target] of Object.entries(step.next ?? {})) {
      if (!s.steps[target!]) problems.push({ path: `${at}.next.${kind}`, message: `names no step ("${target}")` });
    }
    for (const [field, text] of [['customer', step.customer], ['model', step.model]] as const) {
      if (text && !inLanguage(text, s.lang)) problems.push({ path: `${at}.${field}`, message: `is not written in ${s.lang === 'ja' ? 'Japanese' : 'English'} like the scenario` });
    }
  }
  if (problems.length > 0) return problems;

  const reachable = walk([s.start], (id) => Object.values(s.steps[id]!.next ?? {}) as string[]);
  for (const id of ids) if (!reachable.has(id)) problems.push({ path: `steps.${id}`, message: `cannot be reached from the start ("${s.start}")` });
  const parents = new Map<string, string[]>();
  for (const [id, step] of Object.entries(s.steps)) for (const t of Object.values(step.next ?? {})) parents.set(t!, [...(parents.get(t!) ?? []), id]);
  const endsReach = walk(ids.filter((id) => s.steps[id]!.end), (id) => parents.get(id) ?? []);
  for (const id of ids) if (!endsReach.has(id)) problems.push({ path: `steps.${id}`, message: 'no end step can be reached from it: a session there would never end' });
  return problems;
}

function walk(from: string[], edges: (id: string) => string[]): Set<string> {
  const seen = new Set<string>(from);
  const queue = [...from];
  while (queue.length > 0) for (const n of edges(queue.shift()!)) if (!seen.has(n)) { seen.add(n); queue.push(n); }
  return seen;
}

/** A Japanese scenario's lines are mostly Japanese; an English one's have none. */
function inLanguage(text: string, lang: 'ja' | 'en'): boolean {
  const share = japaneseShare(text);
  return lang === 'ja' ? share >= 0.5 : share === 0;
}
