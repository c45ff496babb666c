/** Which community post a platform message is, for adapters that receive a message and need to know. */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/connection.js';
import { communitySettingsOf } from '../../db/repo/community-questions.js';
import { communityAnswers, communityQuestions } from '../../db/schema/index.js';
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
