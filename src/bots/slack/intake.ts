/**
 * Every trigger (file in a DM, file with a mention or in an intake channel, the message shortcut,
 * a transcript pasted in a DM) ends here, after the listener acknowledged: checks Slack can tell us
 * before downloading (type, size), records the submission (deduplicated on the file id + content hash),
 * and posts the progress message the answer will replace. An event Slack delivers again (same
 * event_id, X-Slack-Retry-Num) is dropped before any listener runs (durable-app.ts): no second
 * submission, no second reply (unsupported, too large, help…).
 */
import { createHash } from 'node:crypto';
import { attachProgressMessage } from '../../flows/actions/progress.js';
import { intakeContext } from '../../flows/actions/settings.js';
import { sharedFileLimitBytes } from '../../flows/file-limits.js';
import { isMedia } from '../../flows/run-analysis-job.js';
import { isTranscriptName } from '../../flows/shared-input.js';
import { submitForAnalysis, type SubmitOutcome } from '../../flows/submit-for-analysis.js';
import { notice } from './blocks/render.js';
import { errorName, slackError, type SlackContext } from './context.js';
import { messageRef } from './messenger.js';
import { textFileId } from './file-source.js';
import { textFor, type Lang } from './text.js';

export interface SharedFile {
  id: string;
  name?: string | undefined;
  title?: string | undefined;
  mimetype?: string | undefined;
  filetype?: string | undefined;
  size?: number | undefined;
}

export interface IntakeRequest {
  teamId: string | undefined;
  userId: string;
  channel: string;
  /** The thread to answer in (the message that carried the file, or its thread). */
  threadTs: string;
  eventId?: string | undefined;
  files?: SharedFile[];
  /** The message's text: a user @mentioned in it (not the bot) is the staff member in the call. */
  text?: string | undefined;
  /** A transcript pasted as text: the message ts and its text (read back in the thread `threadTs` when that differs). */
  pasted?: { ts: string; text: string };
}

const TRANSCRIPT_FILETYPES = new Set(['vtt', 'srt', 'text', 'json', 'csv', 'markdown', 'tsv', 'plain']);
const MAX_FILES_PER_MESSAGE = 10;

export type FileKind = 'transcript' | 'media' | 'unsupported';

export function classifyFile(f: SharedFile): FileKind {
  const name = f.name ?? '';
  if (isMedia(name, f.mimetype ?? '') || ['mp3', 'm4a', 'wav', 'ogg', 'webm', 'flac', 'mp4', 'mov', 'aac', 'opus'].includes(f.filetype ?? '')) return 'media';
  if (isTranscriptName(name) || TRANSCRIPT_FILETYPES.has(f.filetype ?? '') || (f.mimetype ?? '').startsWith('text/')) return 'transcript';
  return 'unsupported';
}


/**
 * The staff member the sharer named: the first user mentioned in the message who is neither the bot
 * nor the sharer (src/flows/staff-member.ts). Slack writes a mention as <@U123> or <@U123|name>.
 */
export function namedStaff(text: string | undefined, sharer: string, botUserId: string | undefined): string | undefined {
  for (const m of (text ?? '').matchAll(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g)) {
    if (m[1] !== botUserId && m[1] !== sharer) return m[1];
  }
  return undefined;
}

/** Redeliveries never get here: the DurableApp drops them before any listener runs (durable-app.ts). */
export async function takeSubmissions(ctx: SlackContext, req: IntakeRequest): Promise<SubmitOutcome[]> {
  return ctx.limitIntake(() => take(ctx, req));
}

/** Work that answers an event directly (help text), in the same few-at-a-time lane as intake. */
export async function answerEvent(ctx: SlackContext, work: () => Promise<void>): Promise<void> {
  await ctx.limitIntake(work);
}

/**
 * Whether mamori can read and post in `channel` (it is a member): a message shortcut can be used
 * anywhere, also where the bot was never invited. Unknown errors count as yes (the post will tell).
 */
export async function canWorkIn(ctx: SlackContext, channel: string, ts: string): Promise<boolean> {
  try {
    await ctx.client.conversations.history({ channel, latest: ts, inclusive: true, limit: 1 });
    return true;
  } catch (err) {
    const code = slackError(err);
    if (code === 'not_in_channel' || code === 'channel_not_found') return false;
    ctx.logger.warn({ err: errorName(err) }, 'channel access check failed');
    return true;
  }
}

async function take(ctx: SlackContext, req: IntakeRequest): Promise<SubmitOutcome[]> {
  const org = ctx.orgRef(req.teamId);
  const where = await intakeContext(ctx.deps, org, req.channel);
  const lang = await ctx.languageFor(req.userId, where.language);
  const t = textFor(lang);
  const outcomes: SubmitOutcome[] = [];

  // media: a recording, transcribed before the analysis (the progress message names only the stages to come).
  const items: Array<{ media: boolean; file: { id: string; name: string; type: string; sizeBytes: number; sha256?: string } }> = [];
  if (req.pasted) {
    const bytes = new TextEncoder().encode(req.pasted.text);
    items.push({ media: false, file: { id: textFileId(req.channel, req.pasted.ts, req.threadTs), name: 'pasted-transcript.txt', type: 'text/plain', sizeBytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') } });
  }
  for (const f of (req.files ?? []).slice(0, MAX_FILES_PER_MESSAGE)) {
    const name = f.name || f.title || f.id;
    const kind = classifyFile(f);
    if (kind === 'unsupported') {
      await reply(ctx, req, t.unsupported(name));
      ctx.logger.info({ fileType: f.filetype ?? f.mimetype ?? 'unknown' }, 'unsupported file type');
      continue;
    }
    const limit = sharedFileLimitBytes(kind, ctx.config.maxFileBytes);
    if ((f.size ?? 0) > limit) {
      await reply(ctx, req, t.tooLarge(name, Math.round(limit / 1024 / 1024)));
      ctx.logger.info({ sizeBytes: f.size }, 'file over the size limit');
      continue;
    }
    items.push({ media: kind === 'media', file: { id: f.id, name, type: f.mimetype || (kind === 'media' ? 'application/octet-stream' : 'text/plain'), sizeBytes: f.size ?? 0 } });
  }

  const staff = req.pasted ? undefined : namedStaff(req.text, req.userId, ctx.identity.botUserId);
  for (const item of items) {
    const outcome = await submitForAnalysis(
      { database: ctx.deps.database, queue: ctx.deps.queue, orgDefaults: ctx.deps.orgDefaults, logger: ctx.logger },
      {
        org, submitter: { platformUserId: req.userId }, ...(staff ? { staff: { platformUserId: staff } } : {}), source: 'slack_file',
        ...(req.eventId ? { platformEventId: `${req.eventId}:${item.file.id}` } : {}),
        file: item.file,
        replyTo: { channel: req.channel, thread: req.threadTs, ...(lang !== where.language ? { language: lang } : {}) },
      },
    );
    outcomes.push(outcome);
    if (outcome.status === 'invalid') {
      ctx.logger.warn({ reason: outcome.message.slice(0, 200) }, 'submission invalid');
      await reply(ctx, req, t.invalid());
      continue;
    }
    if (outcome.status === 'duplicate') continue; // a retry or a second trigger for the same file: already answered/answering
    ctx.notify();
    const text = outcome.status === 'rejected' ? `⚠️ ${outcome.message}` : t.received(item.file.name, item.media);
    await postProgress(ctx, req, outcome.submissionId, where.orgId, lang, text);
  }
  return outcomes;
}

async function postProgress(ctx: SlackContext, req: IntakeRequest, submissionId: string, orgId: string, lang: Lang, text: string): Promise<void> {
  let ts: string | undefined;
  try {
    const res = await ctx.client.chat.postMessage({ channel: req.channel, thread_ts: req.threadTs, ...notice(text) });
    ts = res.ts;
  } catch (err) {
    ctx.logger.warn({ err: errorName(err) }, 'progress message not posted');
    return;
  }
  if (!ts) return;
  const attached = await attachProgressMessage(ctx.deps.database, { submissionId, orgId, channel: req.channel, ref: messageRef(req.channel, ts), language: lang });
  if (attached.status === 'answered') {
    // The answer got there first as a new message: withdraw the progress message.
    await ctx.client.chat.delete({ channel: req.channel, ts }).catch((err: unknown) => ctx.logger.debug({ err: errorName(err) }, 'progress delete failed'));
  }
}

export async function reply(ctx: SlackContext, req: Pick<IntakeRequest, 'channel' | 'threadTs'>, text: string): Promise<void> {
  try {
    await ctx.client.chat.postMessage({ channel: req.channel, thread_ts: req.threadTs, ...notice(text) });
  } catch (err) {
    ctx.logger.warn({ err: errorName(err) }, 'reply not posted');
  }
}
