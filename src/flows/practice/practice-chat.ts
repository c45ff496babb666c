/**
 * Role-play practice as a conversation in a direct message, platform-free: what the bots will call when a
 * trainee starts a session (a scenario id, or 「おまかせ」 with a wish), sends a reply, or stops. The
 * session lives in a PracticeStore port between two messages (a database table in production, a map in
 * tests); each call returns the messages to send as the shared view model, so Slack and Teams show the
 * same thing. Not yet called by either bot (issue 18: the chat wiring and the table come next).
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
  /** Most recent first, at most RECENT_KEPT: おまかせ skips them when others fit. */
  recent: string[];
}

/** Where a trainee's practice is kept between two messages. `trainee` is the platform's user key. */
export interface PracticeStore {
  get(trainee: string): Promise<StoredPractice | null>;
  put(trainee: string, stored: StoredPractice): Promise<void>;
}

export interface PracticeDeps {
  store: PracticeStore;
  scenarios: () => readonly Scenario[];
  judge: ReplyJudge;
  /** A number in [0, 1) for おまかせ (Math.random in production). */
  draw: () => number;
}

const RECENT_KEPT = 5;
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
  await deps.store.put(trainee, { session: started.session, recent: [scenario.id, ...stored.recent.filter((id) => id !== scenario.id)].slice(0, RECENT_KEPT) });
  return [practiceStartView(scenario, started.customer)];
}

/**
 * A trainee's message while a session is under way: judged, answered, and summarised when it ends. Null
 * when no session is under way, so the caller handles the text as it would otherwise (help, a transcript).
 */
export async function replyInPractice(deps: PracticeDeps, trainee: string, text: string): Promise<MessageView[] | null> {
  const stored = await deps.store.get(trainee);
  const session = stored?.session;
  if (!stored || !session) return null;
  const scenario = deps.scenarios().find((s) => s.id === session.scenarioId);
  if (!scenario) {
    // The scenario left the library (an admin's file replaced): the session cannot go on.
    await deps.store.put(trainee, { ...stored, session: null });
    return null;
  }
  const reply = text.trim();
  if ([...reply].length > MAX_REPLY_CHARS) return [notice(NOTICES[scenario.lang].tooLong)];
  const r = answer(scenario, session, reply, deps.judge);
  await deps.store.put(trainee, { ...stored, session: r.session.outcome ? null : r.session });
  const views = [practiceTurnView(scenario.lang, r.turn, r.customer)];
  if (r.session.outcome) views.push(practiceSummaryView(scenario, summarize(r.session)));
  return views;
}

/** Stops the session under way, with its summary so far. */
export async function stopPractice(deps: PracticeDeps, trainee: string, lang: Language): Promise<MessageView[]> {
  const stored = await deps.store.get(trainee);
  const session = stored?.session;
  if (!stored || !session) return [notice(NOTICES[lang].nothing)];
  await deps.store.put(trainee, { ...stored, session: null });
  const scenario = deps.scenarios().find((s) => s.id === session.scenarioId);
  const views = [notice(NOTICES[scenario?.lang ?? lang].stopped)];
  if (scenario && session.turns.length > 0) views.push(practiceSummaryView(scenario, summarize(session)));
  return views;
}
