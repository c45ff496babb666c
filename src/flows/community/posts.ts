/** Community posts and study groups as adapters look them up: which post a message is, and what to title a form with. */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/connection.js';
import { communitySettingsOf, questionById } from '../../db/repo/community-questions.js';
import { communityAnswers, communityEvents, communityQuestions } from '../../db/schema/index.js';
import { keyOfPosted } from './outbox.js';

/** The channel the organisation's community lives in, or null before it has one. */
export async function communityChannel(ex: Executor, orgId: string): Promise<string | null> {
  return (await communityChannels(ex, orgId))?.channel ?? null;
}

/** The community's channel and its instructors' channel, or null before the community is set up. */
export async function communityChannels(ex: Executor, orgId: string): Promise<{ channel: string; instructorsChannel: string | null } | null> {
  const settings = await communitySettingsOf(ex, orgId);
  return settings ? { channel: settings.channel, instructorsChannel: settings.instructorsChannel } : null;
}

/**
 * `question:<id>` / `answer:<id>` for the message with this stored reference: one mamori posted (found
 * by its outbox key) or a reply typed in a question's thread; null for any other message.
 */
export async function subjectOfPosted(ex: Executor, orgId: string, ref: string): Promise<string | null> {
  const key = await keyOfPosted(ex, orgId, ref);
  if (key?.startsWith('community:question:')) return `question:${key.slice('community:question:'.length)}`;
  if (key?.startsWith('community:answer:')) return `answer:${key.slice('community:answer:'.length)}`;
  const [typed] = await ex.select({ id: communityAnswers.id }).from(communityAnswers)
    .innerJoin(communityQuestions, eq(communityQuestions.id, communityAnswers.questionId))
    .where(and(eq(communityQuestions.orgId, orgId), eq(communityAnswers.platformMessageRef, ref)));
  return typed ? `answer:${typed.id}` : null;
}

/** A question's title for the answer form, unless the question is hidden (or not the organisation's). */
export async function questionTitleFor(ex: Executor, orgId: string, questionId: string): Promise<string | undefined> {
  const q = await questionById(ex, orgId, questionId);
  return q?.hiddenAt ? undefined : q?.title;
}

/** A study group's title, or null when the organisation has no such group. */
export async function eventTitle(ex: Executor, orgId: string, eventId: string): Promise<string | null> {
  const [e] = await ex.select({ title: communityEvents.title }).from(communityEvents)
    .where(and(eq(communityEvents.id, eventId), eq(communityEvents.orgId, orgId)));
  return e?.title ?? null;
}
