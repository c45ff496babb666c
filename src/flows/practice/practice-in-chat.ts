/**
 * Role-play practice as the bots call it (issue 18), the same for Slack and Teams: the picker screen, a
 * session started from its answer, a trainee's direct message while a session is under way, and stop.
 * The session is kept in the organisation's practice_sessions table (src/db/repo/practice-sessions.ts);
 * replies are judged by the staff-reply evaluator with the committed model, offline. Every call returns
 * the shared views (or the picker as a screen), rendered by each bot.
 */
import type { Language } from '../../analysis/result.js';
import { evaluateReply } from '../../analysis/staff-reply/index.js';
import { practiceSessionStore } from '../../db/repo/practice-sessions.js';
import { builtInScenarios } from '../../practice/library.js';
import { defaultReplyModel } from '../../practice/reply-model-file.js';
import type { ActionDeps, OrgRef } from '../actions/deps.js';
import { organisationIdFor } from '../actions/people.js';
import type { Screen } from '../views/screen.js';
import type { MessageView } from '../views/view.js';
import { beginPractice, replyInPractice, stopPractice, type PracticeDeps, type PracticeStore } from './practice-chat.js';
import { practicePickerScreen, readPickerAnswer } from './picker-screen.js';
import type { PracticeSession } from './session.js';

type Deps = Pick<ActionDeps, 'database' | 'orgDefaults'> & {
  /** A number in [0, 1) for おまかせ; Math.random unless a test fixes it. */
  draw?: () => number;
};

/** What a trainee types to end the session under way (instead of a reply). */
export const PRACTICE_STOP_WORDS = ['終了', '練習終了', 'stop', 'stop practice'] as const;

export const isStopWord = (text: string): boolean => (PRACTICE_STOP_WORDS as readonly string[]).includes(text.trim().normalize('NFKC').toLowerCase());

async function practiceDeps(deps: Deps, org: OrgRef): Promise<PracticeDeps> {
  const orgId = await organisationIdFor(deps, org);
  const store: PracticeStore = practiceSessionStore<PracticeSession>(deps.database.db, orgId);
  const model = defaultReplyModel();
  return { store, scenarios: builtInScenarios, judge: (reply, ctx) => evaluateReply(reply, ctx, model), draw: deps.draw ?? Math.random };
}

/** The screen a trainee picks a scenario (or おまかせ) on, in their language. */
export function practicePicker(lang: Language): Screen<{ lang: Language }> {
  return practicePickerScreen(lang, builtInScenarios());
}

/** The picker's answer: the session's opening to send in the DM, or the screen again with its field errors. */
export async function startPracticeFromPicker(
  deps: Deps, input: { org: OrgRef; trainee: string; lang: Language; values: Record<string, string | undefined> },
): Promise<{ ok: true; views: MessageView[] } | { ok: false; screen: Screen<{ lang: Language }> }> {
  const read = readPickerAnswer(input.lang, builtInScenarios(), input.values);
  if (!read.ok) return read;
  return { ok: true, views: await beginPractice(await practiceDeps(deps, input.org), input.trainee, read.choice) };
}

/**
 * A trainee's direct message: the answers when a session is under way (feedback and the customer's next line,
 * the summary at the end; a stop word ends it), null otherwise so the bot handles the text as before. A message
 * delivered again (the same `messageId`) gets an empty list: it was applied once.
 */
export async function practiceMessage(
  deps: Deps, input: { org: OrgRef; trainee: string; text: string; messageId: string | null; lang: Language },
): Promise<MessageView[] | null> {
  const p = await practiceDeps(deps, input.org);
  if (isStopWord(input.text)) {
    const stored = await p.store.get(input.trainee);
    if (!stored?.session) return null;
    return stopPractice(p, input.trainee, input.lang);
  }
  return replyInPractice(p, input.trainee, input.text, input.messageId);
}

/** Stops the session under way, with its summary so far (or says none is under way). */
export async function stopPracticeInChat(deps: Deps, input: { org: OrgRef; trainee: string; lang: Language }): Promise<MessageView[]> {
  return stopPractice(await practiceDeps(deps, input.org), input.trainee, input.lang);
}
