/**
 * The staff-reply evaluator: for one reply in its moment, a verdict per habit (good / bad / na), what was
 * good, what to change, a better reply in the trainee's language, and the kind of reply it was (what a
 * practice scenario branches on). The trained model decides when one is given (it learned from labelled
 * replies, with the habit signals among its features); without one, the signals alone (rule-verdicts.ts).
 * Pure and deterministic, like the detector.
 */
import { betterReply, HABIT_NAMES, HABIT_WORDS } from './coaching.js';
import { HABITS, type Habit, type HabitVerdict, type ReplyClass, type ReplyContext } from './habits.js';
import { replyClassOf } from './reply-class.js';
import { replyFeatures } from './reply-features.js';
import { predictReply, strongestFeatures, type ReplyModel } from './reply-model.js';
import { ruleVerdicts } from './rule-verdicts.js';

export interface HabitJudgement {
  habit: Habit;
  /** The habit's name in the trainee's language. */
  name: string;
  verdict: HabitVerdict;
  /** Why: the signals and words behind the verdict (model features or rule names). */
  evidence: string[];
  /** The model's probabilities, when a model judged. */
  p?: { good: number; bad: number };
}

export interface ReplyEvaluation {
  habits: Record<Habit, HabitJudgement>;
  replyClass: ReplyClass;
  /** Sentences on what the reply did well (habits judged good). */
  good: string[];
  /** Sentences on what to change (habits judged bad), gravest habit first, at most three. */
  change: string[];
  /** A better reply for this moment; empty when nothing needs changing. */
  better: string;
  /** 0–100: the share of habits at stake that were done well. */
  score: number;
  /** `model` with its version, or `rules`. */
  judgedBy: string;
}

/** The order in which what to change is said: the habits whose failure hurts most first. */
export const HABIT_GRAVITY: readonly Habit[] = ['stay_respectful', 'no_overpromise', 'refuse_clearly', 'name_conduct', 'escalate', 'acknowledge', 'keep_record'];

function modelVerdicts(model: ReplyModel, features: readonly string[]): { verdicts: Record<Habit, HabitVerdict>; judgements: Record<Habit, Pick<HabitJudgement, 'evidence' | 'p'>> } {
  const { p, x } = predictReply(model, features);
  const verdicts = {} as Record<Habit, HabitVerdict>;
  const judgements = {} as Record<Habit, Pick<HabitJudgement, 'evidence' | 'p'>>;
  HABITS.forEach((h, k) => {
    const t = model.thresholds[h];
    const v: HabitVerdict =
      p[h].bad >= t.bad && (p[h].bad - t.bad >= p[h].good - t.good || h === 'stay_respectful') ? 'bad'
      : p[h].good >= t.good || h === 'stay_respectful' ? 'good'
      : 'na';
    verdicts[h] = v;
    judgements[h] = { p: p[h], evidence: v === 'na' ? [] : strongestFeatures(model, x, 2 * k + (v === 'bad' ? 1 : 0)) };
  });
  return { verdicts, judgements };
}

export function evaluateReply(reply: string, ctx: ReplyContext, model: ReplyModel | null = null): ReplyEvaluation {
  const { features, signals } = replyFeatures(reply, ctx);
  let verdicts: Record<Habit, HabitVerdict>;
  let details: Partial<Record<Habit, Pick<HabitJudgement, 'evidence' | 'p'>>> = {};
  if (model) {
    ({ verdicts, judgements: details } = modelVerdicts(model, features));
  } else {
    verdicts = ruleVerdicts(signals, ctx);
  }
  const habits = {} as Record<Habit, HabitJudgement>;
  for (const h of HABITS) {
    const fromSignals = signals.filter((s) => s.habit === h).map((s) => `sig:${s.id}`);
    const evidence = details[h]?.evidence?.length ? details[h]!.evidence : verdicts[h] === 'na' ? [] : fromSignals;
    habits[h] = { habit: h, name: HABIT_NAMES[ctx.lang][h], verdict: verdicts[h], evidence, ...(details[h]?.p ? { p: details[h]!.p } : {}) };
  }
  const words = HABIT_WORDS[ctx.lang];
  const good = HABITS.filter((h) => verdicts[h] === 'good' && h !== 'stay_respectful').map((h) => words[h].good);
  const toChange = HABIT_GRAVITY.filter((h) => verdicts[h] === 'bad');
  // Staying respectful is said as praise only when nothing else was good: every reply that is not rude is.
  if (good.length === 0 && verdicts.stay_respectful === 'good') good.push(words.stay_respectful.good);
  const atStake = HABITS.filter((h) => verdicts[h] !== 'na');
  const score = Math.round((100 * atStake.filter((h) => verdicts[h] === 'good').length) / Math.max(1, atStake.length));
  const legit = ctx.categories.length === 0;
  return {
    habits,
    replyClass: replyClassOf(verdicts, ctx),
    good,
    // Three at most: a trainee takes in three corrections at a time, and the gravest come first.
    change: toChange.slice(0, 3).map((h) => words[h].change),
    better: toChange.length === 0 ? '' : betterReply(ctx.lang, ctx.medium, ctx.categories, legit, new Set(toChange)),
    score,
    judgedBy: model ? `model ${model.version}` : 'rules',
  };
}
