/**
 * 「カスハラ解析」 on any Teams message (Slack's message shortcut of the same name): the message's
 * transcript (its text, when it reads like one) or the files Teams gave a download link for are
 * submitted as if they had been sent to mamori, and the answer comes in the message's thread (a channel)
 * or its chat. The presser is told privately what was taken; a message with nothing mamori can read,
 * or with files Teams does not let a bot download from a message (SharePoint/OneDrive references), is
 * answered with what to do instead, and nothing is queued.
 */
import { looksLikeTranscript } from '../../../../flows/shared-input.js';
import { TEAMS_LIMITS } from '../../limits.js';
import { teamsText } from '../../messages.js';
import { teamsMessageRef } from '../../messenger.js';
import { baseConversationId, conversationTypeOf, languageFor, langOf, tenantOf, userIdOf } from '../context.js';
import { FILE_DOWNLOAD_INFO, filesOf, recordShared, type Recorded } from '../messages/submission.js';
import type { ExtensionHandler } from './index.js';
import { payloadText } from './message-payload.js';

export const ANALYSE_COMMAND = 'analyse_call';

/** Attachments that are files, but not ones a bot can download (Teams sends a SharePoint/OneDrive reference). */
const isFileReference = (att: { contentType?: string; contentUrl?: string }) =>
  att.contentType === 'reference' || (!!att.contentUrl && att.contentType !== FILE_DOWNLOAD_INFO && !att.contentType?.startsWith('application/vnd.microsoft.card'));

export const analyseMessage: ExtensionHandler = async (deps, ctx, org, message) => {
  const a = ctx.activity;
  const tenant = tenantOf(a)!;
  const lang = languageFor(org, a);
  const t = teamsText(lang);
  const files = filesOf({ attachments: (message.attachments ?? []) as never });
  const text = payloadText(message);
  if (files.length === 0 && !looksLikeTranscript(text, TEAMS_LIMITS.minPastedTranscriptChars)) {
    return { text: (message.attachments ?? []).some(isFileReference) ? t.messageActionFileElsewhere() : t.messageActionNothing() };
  }
  const conversationId = baseConversationId(a.conversation.id);
  // In a channel the answer goes under the thread's root (the message itself, or the post it replies to).
  const root = message.replyToId || message.id;
  const thread = conversationTypeOf(a) === 'channel' && root ? teamsMessageRef(conversationId, root) : undefined;
  const replyTo = { channel: conversationId, ...(thread ? { thread } : {}), ...(lang !== langOf(org) ? { language: lang } : {}) };
  const submitter = { platformUserId: userIdOf(a), ...(a.from?.name ? { displayName: a.from.name.slice(0, 300) } : {}) };
  const results = await recordShared(deps, { tenant, orgId: org.id, eventId: `action:${a.id}`, submitter, files, text, replyTo });
  if (results.some((r) => r.outcome?.status === 'queued')) deps.onQueued?.();
  return { text: results.map((r) => said(t, r, !!thread)).filter(Boolean).join('\n') || t.messageActionQueued('', !!thread) };
};

function said(t: ReturnType<typeof teamsText>, r: Recorded, thread: boolean): string {
  if (!r.outcome) return t.unsupported(r.name);
  switch (r.outcome.status) {
    case 'queued':
      return t.messageActionQueued(r.name, thread);
    case 'duplicate':
      return t.duplicate(r.name || 'pasted-transcript.txt');
    case 'rejected':
      return ''; // the quota message comes through the outbox
    case 'invalid':
      return t.invalid();
  }
}
