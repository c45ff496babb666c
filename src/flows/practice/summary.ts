/**
 * The end of a practice session: a summary score (the mean of the replies' scores), how it ended, and the
 * two habits to work on — those failed most often, the gravest first on a tie (HABIT_GRAVITY). A habit
 * never failed is not one to work on: a session without a failed habit names none.
 */
import { HABIT_GRAVITY, HABITS, type Habit } from '../../analysis/staff-reply/index.js';
import { GOOD_OUTCOMES, type Outcome } from '../../practice/scenario-format.js';
import type { PracticeSession } from './session.js';

export interface PracticeSummary {
  scenarioId: string;
  turns: number;
  /** 0–100. */
  score: number;
  outcome: Outcome | null;
  /** Whether the session ended as a good handling would (resolved, ended after a warning, handed over). */
  handledWell: boolean;
  /** Per habit, how many replies did it well and how many failed it. */
  habits: Record<Habit, { good: number; bad: number }>;
  /** At most two. */
  workOn: Habit[];
}

export function summarize(session: PracticeSession): PracticeSummary {
  const habits = Object.fromEntries(HABITS.map((h) => [h, { good: 0, bad: 0 }])) as Record<Habit, { good: number; bad: number }>;
  for (const t of session.turns) for (const h of HABITS) if (t.verdicts[h] !== 'na') habits[h][t.verdicts[h]]++;
  const workOn = [...HABITS]
    .filter((h) => habits[h].bad > 0)
    .sort((a, b) => habits[b].bad - habits[a].bad || HABIT_GRAVITY.indexOf(a) - HABIT_GRAVITY.indexOf(b))
    .slice(0, 2);
  const score = session.turns.length === 0 ? 0 : Math.round(session.turns.reduce((n, t) => n + t.score, 0) / session.turns.length);
  return {
    scenarioId: session.scenarioId,
    turns: session.turns.length,
    score,
    outcome: session.outcome,
    handledWell: session.outcome !== null && GOOD_OUTCOMES.has(session.outcome),
    habits,
    workOn,
  };
}
