/**
 * Role-play practice as a conversation in a direct message, platform-free: what the bots will call when a
 * trainee starts a session (a scenario id, or 「おまかせ」 with a wish), sends a reply, or stops. The
 * session lives in a PracticeStore port between two messages (a database table in production, a map in
 * tests); each call returns the messages to send as the shared view model, so Slack and Teams show the
 * same thing. The bots call it through practice-in-chat.ts, with the store on the practice_sessions table.
 */
import type { Language } from '../../analysis/result.js';
import type { Scenario } from '../../practice/scenario-format.js';
import type { MessageView } from '../views/view.js';
import { chooseScenario, type ScenarioWish } from './choose-scenario.js';
import { practiceStartView, practiceSummaryView, practiceTurnView } from './practice-view.js';
import { answer, startPractice, type PracticeSession, type ReplyJudge } from './session.js';
import { summarize } from './summary.js';

/** What is kept per trainee: the session under way (null between sessions) and the scenarios practised lately. */
export interface StoredPractice {
  session: PracticeSession | null;
  /** Most recent first, a few (the store decides how many): おまかせ skips them when others fit. */
  recent: string[];
}

/**
 * Where a trainee's practice is kept between two messages (the practice_sessions table in production).
 * `trainee` is the platform's user key. At most one session is under way per trainee.
 */
export interface PracticeStore {
  /** The session under way (null when none) and the scenarios practised lately; null for a trainee never seen. */
  get(trainee: string): Promise<StoredPractice | null>;
  /** Starts a session; the one under way, if any, ends unfinished. */
  start(trainee: string, session: PracticeSession): Promise<void>;
  /**
   * Saves the session after one more reply, ending it when it has an outcome: only if the session under way
   * still has `before` replies and the chat message `replyId` was not applied yet. False when nothing was saved.
   */
  save(trainee: string, session: PracticeSession, replyId: string | null, before: number): Promise<boolean>;
  /** Whether the reply sent as chat message `replyId` was already applied (a platform's retry). */
  applied(trainee: string, replyId: string): Promise<boolean>;
  /** Ends the session under way unfinished; false when none was. */
  stop(trainee: string): Promise<boolean>;
}

export interface PracticeDeps {
  store: PracticeStore;
  scenarios: () => readonly Scenario[];
  judge: ReplyJudge;
  /** A number in [0, 1) for おまかせ (Math.random in production). */
  draw: () => number;
}

/** A reply is what one says in one breath: a longer text is not a reply but a paste (a transcript to analyse). */
export const MAX_REPLY_CHARS = 600;

const NOTICES = {
  ja: {
    noScenario: '条件に合うシナリオがありません。条件を変えてもう一度お試しください。',
    unknown: (id: string) => `シナリオ「${id}」は見つかりません。`,
    tooLong: `返答が長すぎます（${MAX_REPLY_CHARS}文字まで）。話すとおりに短く入力してください。`,
    stopped: '練習を終了しました。',
    nothing: '進行中の練習はありません。',
  },
  en: {
    noScenario: 'No scenario fits that choice. Please try other options.',
    unknown: (id: string) => `There is no scenario "${id}".`,
    tooLong: `That reply is too long (${MAX_REPLY_CHARS} characters at most). Type it as you would say it.`,
    stopped: 'Practice stopped.',
    nothing: 'No practice is under way.',
  },
} as const;

const notice = (text: string): MessageView => ({ fallbackText: text, blocks: [{ type: 'text', text }] });

/** Starts a session on a named scenario, or on one chosen from a wish (おまかせ); replaces any session under way. */
export async function beginPractice(deps: PracticeDeps, trainee: string, choice: { scenarioId: string; lang: Language } | ScenarioWish): Promise<MessageView[]> {
  const stored = (await deps.store.get(trainee)) ?? { session: null, recent: [] };
  const library = deps.scenarios();
  const scenario = 'scenarioId' in choice
    ? library.find((s) => s.id === choice.scenarioId) ?? null
    : chooseScenario(library, { ...choice, recent: choice.recent ?? stored.recent }, deps.draw());
  if (!scenario) return [notice('scenarioId' in choice ? NOTICES[choice.lang].unknown(choice.scenarioId) : NOTICES[choice.lang].noScenario)];
  const started = startPractice(scenario);
  await deps.store.start(trainee, started.session);
  return [practiceStartView(scenario, started.customer)];
}

/**
 * A trainee's message while a session is under way: judged, answered, and summarised when it ends. Null
 * when no session is under way, so the caller handles the text as it would otherwise (help, a transcript).
 * `replyId` is the chat message's id: a message already applied (the platform delivered it again) is not
 * judged twice and gets no second answer (an empty list: it was practice, nothing more to send).
 */
export async function replyInPractice(deps: PracticeDeps, trainee: string, text: string, replyId: string | null = null): Promise<MessageView[] | null> {
  if (replyId && (await deps.store.applied(trainee, replyId))) return [];
  const stored = await deps.store.get(trainee);
  const session = stored?.session;
  if (!stored || !session) return null;
  const scenario = deps.scenarios().find((s) => s.id === session.scenarioId);
  if (!scenario) {
    // The scenario left the library (an admin's file replaced): the session cannot go on.
    await deps.store.stop(trainee);
    return null;
  }
  const reply = text.trim();
  if ([...reply].length > MAX_REPLY_CHARS) return [notice(NOTICES[scenario.lang].tooLong)];
  const r = answer(scenario, session, reply, deps.judge);
  // Not saved: the same message, delivered twice at once, was applied by the other delivery.
  if (!(await deps.store.save(trainee, r.session, replyId, session.turns.length))) return [];
  const views = [practiceTurnView(scenario.lang, r.turn, r.customer)];
  if (r.session.outcome) views.push(practiceSummaryView(scenario, summarize(r.session)));
  return views;
}

/** Stops the session under way, with its summary so far. */
export async function stopPractice(deps: PracticeDeps, trainee: string, lang: Language): Promise<MessageView[]> {
  const stored = await deps.store.get(trainee);
  const session = stored?.session;
  if (!stored || !session) return [notice(NOTICES[lang].nothing)];
  await deps.store.stop(trainee);
  const scenario = deps.scenarios().find((s) => s.id === session.scenarioId);
  const views = [notice(NOTICES[scenario?.lang ?? lang].stopped)];
  if (scenario && session.turns.length > 0) views.push(practiceSummaryView(scenario, summarize(session)));
  return views;
}
