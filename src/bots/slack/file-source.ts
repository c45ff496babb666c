/**
 * The pipeline's FileSource on Slack: files.info for a fresh download URL and the size, then
 * `url_private_download` with the bot token (Authorization: Bearer). The size limit is checked
 * before and during the download. A file deleted, expired or no longer visible to the bot is a
 * FileGoneError (a clear reply, no retry). A transcript pasted as text is read back from the message:
 * conversations.history for a message in the channel, conversations.replies for a reply in a thread
 * (history never returns thread replies).
 * On the way it moves the progress message on (受付 → 文字起こし / 解析).
 */
import { isMedia } from '../../flows/run-analysis-job.js';
import { progressForFile } from '../../flows/actions/progress.js';
import { FileGoneError, type FileRef, type FileSource } from '../../flows/ports.js';
import { notice } from './blocks/render.js';
import { errorName, slackError, type SlackContext } from './context.js';
import { parseRef } from './messenger.js';
import { textFor } from './text.js';

const GONE_ERRORS = new Set(['file_not_found', 'file_deleted', 'access_denied', 'not_visible', 'message_not_found', 'channel_not_found', 'not_in_channel', 'thread_not_found']);

/**
 * A transcript pasted as a message: its "file id" points at the message, `text:channel:ts`, and for a
 * reply in a thread `text:channel:ts:threadTs`.
 */
export function textFileId(channel: string, ts: string, threadTs?: string): string {
  return threadTs && threadTs !== ts ? `text:${channel}:${ts}:${threadTs}` : `text:${channel}:${ts}`;
}

type SlackMessage = { ts?: string; text?: string };

export class SlackFileSource implements FileSource {
  constructor(private readonly ctx: SlackContext) {}

  async fetch(ref: FileRef): Promise<Uint8Array> {
    if (ref.platformFileId.startsWith('text:')) return this.fetchText(ref);
    const info = await this.call(() => this.ctx.client.files.info({ file: ref.platformFileId }));
    const file = info.file;
    if (!file) throw new FileGoneError('no such file');
    if ((file.size ?? 0) > this.ctx.config.maxFileBytes) throw new FileGoneError('file over the size limit');
    const url = file.url_private_download ?? file.url_private;
    if (!url) throw new FileGoneError('file has no download URL');
    await this.stage(ref, isMedia(ref.fileName, file.mimetype ?? '') ? 'transcribing' : 'analysing');
    return this.download(url);
  }

  private async fetchText(ref: FileRef): Promise<Uint8Array> {
    const [, channel, ts, thread] = ref.platformFileId.split(':');
    if (!channel || !ts) throw new FileGoneError('bad text reference');
    const m = thread ? await this.threadReply(channel, thread, ts) : await this.channelMessage(channel, ts);
    if (!m?.text) throw new FileGoneError('message deleted');
    await this.stage(ref, 'analysing');
    return new TextEncoder().encode(unescapeSlack(m.text));
  }

  private async channelMessage(channel: string, ts: string): Promise<SlackMessage | undefined> {
    const res = await this.call(() => this.ctx.client.conversations.history({ channel, latest: ts, inclusive: true, limit: 1 }));
    return res.messages?.find((x) => x.ts === ts);
  }

  /** A reply in a thread: conversations.replies (pages followed, in case the window is not honoured). */
  private async threadReply(channel: string, thread: string, ts: string): Promise<SlackMessage | undefined> {
    let cursor: string | undefined;
    for (let page = 0; page < 20; page += 1) {
      const res = await this.call(() => this.ctx.client.conversations.replies({
        channel, ts: thread, oldest: ts, latest: ts, inclusive: true, limit: 50, ...(cursor ? { cursor } : {}),
      }));
      const m = res.messages?.find((x) => x.ts === ts);
      if (m) return m;
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor) return undefined;
    }
    return undefined;
  }

  private async download(url: string): Promise<Uint8Array> {
    let res: Response;
    try {
      res = await fetch(url, {
        headers: { Authorization: `Bearer ${this.ctx.config.botToken}` },
        redirect: 'follow',
        signal: AbortSignal.timeout(10 * 60_000),
      });
    } catch (err) {
      throw new Error(`download failed: ${errorName(err)}`);
    }
    if ([401, 403, 404, 410].includes(res.status)) throw new FileGoneError(`download refused (${res.status})`);
    if (!res.ok || !res.body) throw new Error(`download failed (${res.status})`);
    const length = Number(res.headers.get('content-length') ?? 0);
    if (length > this.ctx.config.maxFileBytes) throw new FileGoneError('file over the size limit');
    // Slack answers an unauthorised download with its HTML sign-in page and status 200.
    if ((res.headers.get('content-type') ?? '').startsWith('text/html') && /slack/i.test(res.headers.get('server') ?? res.url)) {
      throw new FileGoneError('download refused (sign-in page)');
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > this.ctx.config.maxFileBytes) throw new FileGoneError('file over the size limit');
      chunks.push(chunk);
    }
    const out = new Uint8Array(total);
    let offset = 0;
    for (const c of chunks) {
      out.set(c, offset);
      offset += c.byteLength;
    }
    return out;
  }

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      const code = slackError(err);
      if (code && GONE_ERRORS.has(code)) throw new FileGoneError(code);
      throw err;
    }
  }

  /** Moves the progress message on; never fails the job. */
  private async stage(ref: FileRef, stage: 'transcribing' | 'analysing'): Promise<void> {
    try {
      const p = await progressForFile(this.ctx.deps.database, ref.orgId, ref.platformFileId);
      if (!p) return;
      const at = parseRef(p.ref);
      if (!at) return;
      const t = textFor(p.language);
      const body = notice(stage === 'transcribing' ? t.transcribing(ref.fileName) : t.analysing(ref.fileName));
      await this.ctx.client.chat.update({ channel: at.channel, ts: at.ts, ...body });
    } catch (err) {
      this.ctx.logger.debug({ err: errorName(err) }, 'progress update failed');
    }
  }
}

/** Slack escapes &, <, > in message text. */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
