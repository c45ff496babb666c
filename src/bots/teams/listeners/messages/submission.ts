/**
 * Files shared in the personal chat (up to ten a message) and transcripts pasted as text are recorded
 * with their submissions first (idempotent on the activity id), then answered once: 受付 with a progress
 * message the answer later replaces, a duplicate, an unsupported file, or an invalid one. A redelivered
 * activity changes nothing and sends nothing twice.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { IMessageActivity } from '@microsoft/teams.api';
import { firstDelivery } from '../../../../flows/actions/inbox.js';
import { attachProgressMessage } from '../../../../flows/actions/progress.js';
import { isMedia } from '../../../../flows/run-analysis-job.js';
import { isTranscriptName, looksLikeTranscript } from '../../../../flows/shared-input.js';
import { submitForAnalysis, type SubmitOutcome } from '../../../../flows/submit-for-analysis.js';
import { TEAMS_LIMITS } from '../../limits.js';
import { teamsText } from '../../messages.js';
import { teamsMessageRef, textActivity } from '../../messenger.js';
import { baseConversationId, conversationTypeOf, languageFor, mentionedUsers, orgRef, tenantOf, userIdOf, type Ctx, type HandlerDeps } from '../context.js';

export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
const MAX_FILES_PER_MESSAGE = 10;

export interface FileAttachment {
  name: string;
  downloadUrl: string;
  uniqueId: string;
  fileType: string;
  etag?: string;
}

export function filesOf(a: Pick<IMessageActivity, 'attachments'>): FileAttachment[] {
  return (a.attachments ?? []).flatMap((att) => {
    if (att.contentType !== FILE_DOWNLOAD_INFO) return [];
    const c = (att.content ?? {}) as Partial<FileAttachment>;
    if (typeof c.downloadUrl !== 'string' || typeof c.uniqueId !== 'string') return [];
    return [{ name: att.name ?? `file.${c.fileType ?? 'txt'}`, downloadUrl: c.downloadUrl, uniqueId: c.uniqueId, fileType: c.fileType ?? '', etag: c.etag }];
  }).slice(0, MAX_FILES_PER_MESSAGE);
}

function fileKind(f: FileAttachment): 'transcript' | 'media' | 'unsupported' {
  if (isMedia(f.name, '') || isMedia(`x.${f.fileType}`, '')) return 'media';
  return isTranscriptName(extname(f.name) ? f.name : `x.${f.fileType}`) ? 'transcript' : 'unsupported';
}

function mimeOf(name: string): string {
  const ext = extname(name).toLowerCase();
  return ext === '.vtt' ? 'text/vtt' : ext === '.srt' ? 'application/x-subrip' : ext === '.json' ? 'application/json' : isMedia(name, '') ? 'application/octet-stream' : 'text/plain';
}

/** The files of a personal-chat message, or its text when it looks like a pasted transcript; null for anything else. */
export function submissionOf(a: IMessageActivity): { files: FileAttachment[]; text: string } | null {
  const personal = conversationTypeOf(a) === 'personal';
  const files = personal ? filesOf(a) : [];
  const text = (a.text ?? '').trim();
  if (files.length === 0 && !(personal && looksLikeTranscript(text, TEAMS_LIMITS.minPastedTranscriptChars))) return null;
  return { files, text };
}

export interface Recorded {
  name: string;
  /** null: a file mamori cannot read. */
  outcome: SubmitOutcome | null;
  media?: boolean;
}

/**
 * Records the files (or the pasted text) as submissions, each with its input, idempotent on `eventId`
 * (a redelivered activity records nothing twice). The answer goes to `replyTo` (a chat, or a channel thread).
 */
export async function recordShared(
  deps: HandlerDeps, input: {
    tenant: string; orgId: string; eventId: string; submitter: { platformUserId: string; displayName?: string };
    staff?: { platformUserId: string; displayName?: string } | undefined; files: FileAttachment[]; text: string;
    replyTo: { channel: string; thread?: string; language?: 'ja' | 'en' };
  },
): Promise<Recorded[]> {
  const { tenant, orgId, eventId, submitter, staff, files, text, replyTo } = input;
  const submitDeps = { database: deps.actions.database, queue: deps.actions.queue, orgDefaults: deps.actions.orgDefaults, logger: deps.actions.logger };
  const results: Recorded[] = [];
  for (const [i, f] of files.entries()) {
    if (fileKind(f) === 'unsupported') {
      results.push({ name: f.name, outcome: null });
      continue;
    }
    const fileId = f.etag ? `${f.uniqueId}@${f.etag}` : f.uniqueId;
    await deps.store.saveInput({ orgId, fileId, kind: 'download', downloadUrl: f.downloadUrl });
    const outcome = await submitForAnalysis(submitDeps, {
      org: orgRef(tenant), submitter, ...(staff ? { staff } : {}), source: 'teams_file', platformEventId: `${eventId}:${i}`,
      file: { id: fileId.slice(0, 500), name: f.name.slice(0, 1000), type: mimeOf(f.name), sizeBytes: 0 }, replyTo,
    });
    results.push({ name: f.name, outcome, media: fileKind(f) === 'media' });
  }
  if (files.length === 0) {
    const bytes = new TextEncoder().encode(text);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const fileId = `text:${sha256}`;
    await deps.store.saveInput({ orgId, fileId, kind: 'text', content: text });
    const outcome = await submitForAnalysis(submitDeps, {
      org: orgRef(tenant), submitter, ...(staff ? { staff } : {}), source: 'teams_file', platformEventId: `${eventId}:text`,
      file: { id: fileId, name: 'pasted-transcript.txt', type: 'text/plain', sizeBytes: bytes.byteLength, sha256 }, replyTo,
    });
    results.push({ name: '', outcome });
  }
  return results;
}

export async function submitShared(deps: HandlerDeps, ctx: Ctx, { files, text }: { files: FileAttachment[]; text: string }): Promise<void> {
  const a = ctx.activity as IMessageActivity;
  const tenant = tenantOf(a);
  if (!tenant) return;
  const org = await deps.store.organisation(tenant);
  const lang = languageFor(org, a);
  const t = teamsText(lang);
  const database = deps.actions.database;
  const once = () => firstDelivery({ database }, 'teams', a.id);
  const conversationId = baseConversationId(a.conversation.id);

  // Record inputs and submissions first (idempotent on the activity id), then answer once.
  const submitter = { platformUserId: userIdOf(a), ...(a.from?.name ? { displayName: a.from.name.slice(0, 300) } : {}) };
  // Someone @mentioned with the file is the staff member in the call (src/flows/staff-member.ts).
  const staff = (await mentionedUsers(ctx))[0];
  // The answer comes in the sender's language when it is not the organisation's (run-analysis-job).
  const replyTo = { channel: conversationId, ...(lang !== (org.language === 'en' ? 'en' : 'ja') ? { language: lang } : {}) };
  const results = await recordShared(deps, { tenant, orgId: org.id, eventId: a.id, submitter, staff, files, text, replyTo });
  const queued = results.some((r) => r.outcome?.status === 'queued');
  if (!(await once())) {
    if (queued) deps.onQueued?.();
    return; // redelivered: everything above was a no-op, and it was answered the first time
  }

  let typed = false;
  for (const { name, outcome, media } of results) {
    if (!outcome) {
      await ctx.send(textActivity(t.unsupported(name)));
      continue;
    }
    switch (outcome.status) {
      case 'queued': {
        if (!typed) {
          await ctx.send({ type: 'typing' } as never);
          typed = true;
        }
        const sent = await ctx.send(textActivity(name ? t.received(name, media) : t.receivedText()));
        const attached = await attachProgressMessage(database, {
          submissionId: outcome.submissionId, orgId: org.id, channel: conversationId,
          ref: teamsMessageRef(conversationId, sent.id), language: lang,
        });
        if (attached.status === 'answered') {
          await ctx.api.conversations.deleteActivity(conversationId, sent.id).catch(() => undefined);
        }
        break;
      }
      case 'duplicate':
        await ctx.send(textActivity(t.duplicate(name || 'pasted-transcript.txt')));
        break;
      case 'rejected':
        break; // the quota message comes through the outbox
      case 'invalid':
        deps.actions.logger.info({ reason: outcome.message }, 'teams submission invalid');
        await ctx.send(textActivity(t.invalid()));
        break;
    }
  }
  // Wake the workers once the progress message is in place (the answer then replaces it).
  if (queued) deps.onQueued?.();
}
