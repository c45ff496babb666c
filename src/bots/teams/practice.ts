/**
 * Role-play practice in Teams (issue 18), in the personal chat: `practice` / `練習` shows the picker (the shared
 * screen as a card, src/bots/teams/screen-card.ts), its submit starts the session, and the trainee's messages
 * while a session is under way are their replies — each answered with the feedback card and the customer's next
 * line, the summary at the end. `practice stop` / `練習 終了` ends the session with its summary so far.
 */
import type { Activity } from '@microsoft/teams.api';
import type { Language } from '../../analysis/result.js';
import type { Organisation } from '../../flows/actions/people.js';
import { isStopWord, practiceMessage, practicePicker, startPracticeFromPicker, stopPracticeInChat } from '../../flows/practice/practice-in-chat.js';
import { PICKER_FIELDS } from '../../flows/practice/picker-screen.js';
import type { MessageView } from '../../flows/views/view.js';
import { renderAdaptiveCards } from './adaptive-card.js';
import type { HandlerDeps, Reply } from './listeners/context.js';
import { isPersonal, languageFor, orgRef, tenantOf, userIdOf } from './listeners/context.js';
import { screenCard } from './screen-card.js';

/** The picker card's data: what the card table routes on, with the fields' values Teams adds on submit. */
export interface PracticePick { mamoriPractice: 1; lang: Language; [field: string]: unknown }

export const isPracticePick = (v: unknown): v is PracticePick => !!v && typeof v === 'object' && (v as PracticePick).mamoriPractice === 1;

const PERSONAL_ONLY = { ja: '練習は mamori との個人チャットで行います。', en: 'Practice happens in your personal chat with mamori.' } as const;

export function practiceReply(views: readonly MessageView[]): Reply {
  return { messages: views.flatMap((v) => renderAdaptiveCards(v).map((card) => ({ card, fallback: v.fallbackText }))) };
}

/** `practice` / `練習` [stop]. */
export async function practiceCommand(deps: HandlerDeps, a: Activity, org: Organisation, rest: string): Promise<Reply> {
  const lang = languageFor(org, a);
  if (!isPersonal(a)) return { text: PERSONAL_ONLY[lang] };
  if (isStopWord(rest)) return practiceReply(await stopPracticeInChat(deps.actions, { org: orgRef(org.platformTeamId), trainee: userIdOf(a), lang }));
  const screen = practicePicker(lang);
  return { card: screenCard(screen, (v) => ({ mamoriPractice: 1, lang: v.lang })), fallback: screen.fallbackText };
}

/** The picker submitted: the session's opening, or the picker again with its field errors. */
export async function practicePicked(deps: HandlerDeps, a: Activity, org: Organisation, data: PracticePick): Promise<Reply> {
  const lang: Language = data.lang === 'en' ? 'en' : 'ja';
  if (!isPersonal(a)) return { text: PERSONAL_ONLY[lang] };
  const values = Object.fromEntries(Object.values(PICKER_FIELDS).map((id) => [id, typeof data[id] === 'string' ? (data[id] as string) : undefined]));
  const started = await startPracticeFromPicker(deps.actions, { org: orgRef(org.platformTeamId), trainee: userIdOf(a), lang, values });
  if (!started.ok) return { card: screenCard(started.screen, (v) => ({ mamoriPractice: 1, lang: v.lang })), fallback: started.screen.fallbackText };
  return practiceReply(started.views);
}

/**
 * A personal-chat text while the sender has a session under way: the reply's answers; null when no session is
 * under way (or not the personal chat), so the message is handled as before. The activity id identifies the
 * message: a redelivered activity is not judged twice and gets no second answer.
 */
export async function practiceTurn(deps: HandlerDeps, a: Activity, text: string): Promise<Reply | null> {
  const tenant = tenantOf(a);
  if (!tenant || !isPersonal(a) || !text.trim()) return null;
  const org = await deps.store.organisation(tenant);
  const views = await practiceMessage(deps.actions, { org: orgRef(tenant), trainee: userIdOf(a), text, messageId: a.id ? `teams:${a.id}` : null, lang: languageFor(org, a) });
  return views === null ? null : practiceReply(views);
}
