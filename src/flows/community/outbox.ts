/**
 * The community's outbox messages, the contract with the bots' Messenger:
 *
 * - kind 'community_post': post `payload.view` (a MessageView) to the target (a channel, a thread in
 *   it, or a user's DMs), with `payload.files` attached when present (an .ics invitation).
 * - kind 'community_update': replace the message whose platform reference is `payload.updateOf` (the key both adapters already use for updates)
 *   (in `target.channel`) with `payload.view` (a question's status, an event's live count).
 *
 * Dedupe keys name what a message is (`community:question:<id>`), so writing it twice is a no-op and
 * the platform reference of a posted question or announcement can be found again by its key.
 */
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/connection.js';
import type { NewOutboxMessage } from '../../db/repo/outbox.js';
import { outbox, type OutboxTarget } from '../../db/schema/index.js';
import type { MessageView } from '../views/view.js';

export interface AttachedFile {
  name: string;
  mimeType: string;
  content: string;
}

export interface CommunityPostPayload {
  view: MessageView;
  files?: AttachedFile[];
  [key: string]: unknown;
}

export const questionKey = (questionId: string) => `community:question:${questionId}`;
export const answerKey = (answerId: string) => `community:answer:${answerId}`;
export const announcementKey = (eventId: string) => `community:event:${eventId}`;

export function postMessage(
  orgId: string,
  target: OutboxTarget,
  view: MessageView,
  dedupeKey: string,
  extra: Record<string, unknown> = {},
  files?: AttachedFile[],
): NewOutboxMessage {
  return { orgId, kind: 'community_post', target, payload: { ...extra, view, ...(files ? { files } : {}) }, dedupeKey };
}

export function updateMessage(orgId: string, channel: string, updateOf: string, view: MessageView, extra: Record<string, unknown> = {}): NewOutboxMessage {
  return {
    orgId,
    kind: 'community_update',
    target: { type: 'channel', channel },
    payload: { ...extra, view, updateOf },
    dedupeKey: `community:update:${crypto.randomUUID()}`,
  };
}

/** The platform reference of a message already delivered (a question's thread, an announcement), or null. */
export async function postedRef(ex: Executor, dedupeKey: string): Promise<string | null> {
  const [row] = await ex
    .select({ ref: outbox.platformMessageRef })
    .from(outbox)
    .where(and(eq(outbox.dedupeKey, dedupeKey), eq(outbox.status, 'sent'), isNotNull(outbox.platformMessageRef)));
  return row?.ref ?? null;
}

/** The question or announcement whose posted message has this platform reference. */
export async function keyOfPosted(ex: Executor, orgId: string, ref: string): Promise<string | null> {
  const [row] = await ex
    .select({ key: outbox.dedupeKey })
    .from(outbox)
    .where(and(eq(outbox.orgId, orgId), eq(outbox.platformMessageRef, ref), eq(outbox.kind, 'community_post')));
  return row?.key ?? null;
}
