/**
 * A practice session as pure state transitions, with no platform and no storage: start from a scenario,
 * then for each reply of the trainee — judge it, pick the customer's next line from the kind of reply it
 * was, and end at an end step or after the scenario's number of turns. The judge is passed in (the
 * evaluator with the committed model in production, a fake in tests), so the same reply always gives the
 * same session. A session is plain JSON: it can be stored between two chat messages as it is.
 */
import type { Habit, HabitVerdict, ReplyClass, ReplyContext, ReplyEvaluation } from '../../analysis/staff-reply/index.js';
import { HABITS } from '../../analysis/staff-reply/index.js';
import type { Outcome, Scenario } from '../../practice/scenario-format.js';

/** Judges one reply in its moment: `evaluateReply` with a model, in production. */
export type ReplyJudge = (reply: string, ctx: ReplyContext) => ReplyEvaluation;

export interface PracticeTurn {
  /** The step whose customer line the trainee answered. */
  step: string;
  customer: string;
  reply: string;
  replyClass: ReplyClass;
  verdicts: Record<Habit, HabitVerdict>;
  score: number;
  good: string[];
  change: string[];
  /** The scenario's model reply for this step when it has one, else the evaluator's better reply ('' when nothing to change). */
  better: string;
}

export interface PracticeSession {
  scenarioId: string;
  /** The step whose customer line awaits the trainee's reply. */
  step: string;
  turns: PracticeTurn[];
  /** Set once the session is over. */
  outcome: Outcome | null;
}

export interface Started {
  session: PracticeSession;
  /** The customer's opening line. */
  customer: string;
}

export interface Answered {
  session: PracticeSession;
  turn: PracticeTurn;
  /** The customer's next line (the last one when the session just ended at an end step); null when time ran out. */
  customer: string | null;
}

export function startPractice(scenario: Scenario): Started {
  return { session: { scenarioId: scenario.id, step: scenario.start, turns: [], outcome: null }, customer: scenario.steps[scenario.start]!.customer };
}

/** The moment the reply answers, as the evaluator takes it: the scenario's facts and the last turns. */
export function momentOf(scenario: Scenario, session: PracticeSession): ReplyContext {
  const turns = session.turns.slice(-2).flatMap((t) => [
    { role: 'customer' as const, text: t.customer },
    { role: 'staff' as const, text: t.reply },
  ]);
  turns.push({ role: 'customer', text: scenario.steps[session.step]!.customer });
  return { lang: scenario.lang, medium: scenario.medium, categories: scenario.categories, demandReasonable: scenario.kind === 'complaint', turns };
}

export function answer(scenario: Scenario, session: PracticeSession, reply: string, judge: ReplyJudge): Answered {
  if (session.outcome) throw new Error(`practice session on ${session.scenarioId} has already ended (${session.outcome})`);
  if (scenario.id !== session.scenarioId) throw new Error(`practice session is on ${session.scenarioId}, not ${scenario.id}`);
  const step = scenario.steps[session.step]!;
  const evaluation = judge(reply, momentOf(scenario, session));
  const turn: PracticeTurn = {
    step: session.step,
    customer: step.customer,
    reply,
    replyClass: evaluation.replyClass,
    verdicts: Object.fromEntries(HABITS.map((h) => [h, evaluation.habits[h].verdict])) as Record<Habit, HabitVerdict>,
    score: evaluation.score,
    good: evaluation.good,
    change: evaluation.change,
    better: evaluation.change.length === 0 ? '' : step.model ?? evaluation.better,
  };
  const nextId = step.next?.[evaluation.replyClass] ?? step.next?.otherwise;
  const turns = [...session.turns, turn];
  if (!nextId) return { session: { ...session, turns, outcome: step.end ?? 'time_up' }, turn, customer: null };
  const next = scenario.steps[nextId]!;
  if (next.end) return { session: { ...session, step: nextId, turns, outcome: next.end }, turn, customer: next.customer };
  if (turns.length >= scenario.maxTurns) return { session: { ...session, step: nextId, turns, outcome: 'time_up' }, turn, customer: null };
  return { session: { ...session, step: nextId, turns }, turn, customer: next.customer };
}
