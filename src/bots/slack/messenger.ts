/**
 * The pipeline's Messenger on Slack: outbox messages become chat.postMessage / chat.update calls.
 * Every post carries the outbox id in its message metadata, so findPosted finds a message an earlier
 * attempt posted before crashing. The answer of a submission replaces its progress message in place.
 * Rate limits: the WebClient waits out Retry-After (bounded retries); Slack errors that will never
 * succeed become PermanentDeliveryError.
 */
import type { types } from '@slack/bolt';
import type { AnalysisResult } from '../../analysis/result.js';
import { answerOf, claimAnswerPlacement, claimTimelineUpload, recordAnswerRef, type AnswerPlacement } from '../../flows/actions/progress.js';
import type { AlertPayload } from '../../flows/actions/alerts.js';
import { organisationClock, organisationLanguage } from '../../flows/actions/settings.js';
import { PermanentDeliveryError, type Messenger, type OutgoingMessage } from '../../flows/ports.js';
import { buildAlertView, type AlertThread } from '../../flows/views/alert-view.js';
import { buildAnalysisView } from '../../flows/views/analysis-view.js';
import type { ChargedTo } from '../../flows/staff-member.js';
import { LABELS } from '../../flows/views/labels.js';
import { renderTimelinePngAsync } from '../../flows/views/timeline.js';
import type { MessageView } from '../../flows/views/view.js';
import type { AttachedFile } from '../../flows/community/outbox.js';
import { notice, renderView } from './blocks/render.js';
import { errorName, slackError, type SlackContext } from './context.js';
import { textFor, type Lang } from './text.js';

export const METADATA_EVENT = 'mamori_outbox';

const PERMANENT = new Set([
  'channel_not_found', 'not_in_channel', 'is_archived', 'user_not_found', 'cannot_dm_bot', 'user_disabled',
  'account_inactive', 'restricted_action', 'msg_too_long', 'invalid_blocks', 'message_not_found', 'cant_update_message',
  'no_text', 'invalid_auth', 'not_authed', 'token_revoked', 'missing_scope', 'channel_is_archived',
]);

export function messageRef(channel: string, ts: string): string {
  return `${channel}:${ts}`;
}

export function parseRef(ref: string): { channel: string; ts: string } | null {
  const i = ref.indexOf(':');
  return i > 0 ? { channel: ref.slice(0, i), ts: ref.slice(i + 1) } : null;
}

interface Rendered { blocks: types.KnownBlock[]; text: string }

/** The thread to post in: a bare ts, or a stored message reference `channel:ts` (a community question). */
function threadTsOf(message: OutgoingMessage): string | undefined {
  const thread = message.target.type === 'channel' ? message.target.thread : undefined;
  if (!thread) return undefined;
  return parseRef(thread)?.ts ?? thread;
}

export class SlackMessenger implements Messenger {
  constructor(private readonly ctx: SlackContext) {}

  async post(message: OutgoingMessage): Promise<string> {
    try {
      return await this.deliver(message);
    } catch (err) {
      const code = slackError(err);
      if (code && PERMANENT.has(code)) throw new PermanentDeliveryError(`slack refused: ${code}`);
      throw err;
    }
  }

  async findPosted(message: OutgoingMessage): Promise<string | null> {
    const p = message.payload;
    if (typeof p.updateOf === 'string') return null; // an update is idempotent: do it again
    const submissionId = typeof p.submissionId === 'string' ? p.submissionId : null;
    if (submissionId && message.kind !== 'alert' && message.kind !== 'quota_warning') {
      const placement = await claimAnswerPlacement(this.ctx.deps.database, { submissionId, orgId: message.orgId });
      if (placement.mode === 'update') return null; // updating the progress message again is harmless
    }
    const channel = await this.channelOf(message);
    const thread = threadTsOf(message);
    const res = thread
      ? await this.ctx.client.conversations.replies({ channel, ts: thread, include_all_metadata: true, limit: 200 })
      : await this.ctx.client.conversations.history({ channel, include_all_metadata: true, limit: 100 });
    for (const m of res.messages ?? []) {
      const meta = (m as { metadata?: { event_type?: string; event_payload?: { outbox_id?: string } } }).metadata;
      if (meta?.event_type === METADATA_EVENT && meta.event_payload?.outbox_id === message.id && m.ts) {
        // A community post found after a crash between the post and its attachment: attach it now.
        if (message.payload.view && typeof message.payload.updateOf !== 'string') await this.attachFiles(message, channel);
        return messageRef(channel, m.ts);
      }
    }
    return null;
  }

  private async deliver(message: OutgoingMessage): Promise<string> {
    const p = message.payload;
    switch (message.kind) {
      case 'analysis_result':
        return this.answer(message, String(p.submissionId), (lang) => this.renderResult(p.result as AnalysisResult, String(p.analysisId), lang, p.alertWithoutRecipient === true, p.chargedTo as ChargedTo | undefined), (ch, ts, lang) => this.afterResult(message, ch, ts, lang));
      case 'error':
      case 'quota_exceeded':
        if (typeof p.submissionId === 'string') {
          return this.answer(message, p.submissionId, (lang) => notice(`⚠️ ${String(p.message ?? textFor(lang).failed())}`));
        }
        return this.postNew(message, notice(`⚠️ ${String(p.message ?? '')}`));
      case 'quota_warning':
        return this.postNew(message, notice(`ℹ️ ${String(p.message ?? '')}`));
      case 'alert':
        return this.alert(message, p as unknown as AlertPayload);
      default:
        // Community, booking and insights messages carry their own view (and files).
        if (p.view) return this.viewMessage(message);
        return this.postNew(message, notice(String(p.message ?? message.kind)));
    }
  }

  /** A submission's answer: in place of its progress message, or new in the thread. */
  private async answer(
    message: OutgoingMessage, submissionId: string, render: (lang: Lang) => Rendered,
    after?: (channel: string, ts: string, lang: Lang) => Promise<void>,
  ): Promise<string> {
    const placement: AnswerPlacement = await claimAnswerPlacement(this.ctx.deps.database, { submissionId, orgId: message.orgId });
    const lang = placement.mode === 'update' ? placement.language : await organisationLanguage(this.ctx.deps.database, message.orgId);
    const body = render(lang);
    let channel: string;
    let ts: string;
    if (placement.mode === 'update') {
      const { channel: ch, ts: t } = parseRef(placement.ref) ?? { channel: placement.channel, ts: placement.ref };
      await this.ctx.client.chat.update({ channel: ch, ts: t, ...body, metadata: this.metadata(message) });
      channel = ch;
      ts = t;
    } else {
      const ref = await this.postNew(message, body);
      ({ channel, ts } = parseRef(ref)!);
    }
    await recordAnswerRef(this.ctx.deps.database, submissionId, channel, messageRef(channel, ts));
    if (after) await after(channel, ts, lang);
    return messageRef(channel, ts);
  }

  private renderResult(result: AnalysisResult, analysisId: string, lang: Lang, alertWithoutRecipient: boolean, chargedTo: ChargedTo | undefined): Rendered {
    // Slack's user select shows the member's name and picture: the line need not (and members often have no stored name).
    const charged = chargedTo ? { ...chargedTo, name: null } : undefined;
    const view = buildAnalysisView({ ...result, language: lang }, { analysisId, maxExcerpts: this.ctx.config.threadExcerpts, alertWithoutRecipient, chargedTo: charged });
    return renderView(view, { surface: 'message', omitted: LABELS[lang].more });
  }

  /** The timeline picture, once per submission, into the thread of the answer, in its language (best effort). */
  private async afterResult(message: OutgoingMessage, channel: string, ts: string, lang: Lang): Promise<void> {
    const p = message.payload;
    const result = p.result as AnalysisResult;
    if (result.excerpts.length === 0 || result.verdict === 'normal') return;
    if (!(await claimTimelineUpload(this.ctx.deps.database, String(p.submissionId)))) return;
    try {
      const png = await renderTimelinePngAsync(result, { language: lang });
      const thread = message.target.type === 'channel' && message.target.thread ? message.target.thread : ts;
      await this.ctx.client.files.uploadV2({
        channel_id: channel, thread_ts: thread, file: Buffer.from(png), filename: 'mamori-timeline.png',
        title: lang === 'en' ? 'Risk over the call' : '通話中の危険度の推移', alt_text: lang === 'en' ? 'risk timeline' : '危険度の推移',
      });
    } catch (err) {
      this.ctx.logger.warn({ err: errorName(err), outboxId: message.id }, 'timeline upload failed');
    }
  }

  private async alert(message: OutgoingMessage, a: AlertPayload): Promise<string> {
    const { language, timeZone } = await organisationClock(this.ctx.deps.database, message.orgId);
    const body = await this.renderAlert(a, language, timeZone);
    if (a.updateOf) {
      const ref = parseRef(a.updateOf);
      if (!ref) throw new PermanentDeliveryError('bad message reference');
      await this.ctx.client.chat.update({ channel: ref.channel, ts: ref.ts, ...body });
      return a.updateOf;
    }
    return this.postNew(message, body);
  }

  private async renderAlert(a: AlertPayload, lang: Lang, timeZone: string): Promise<Rendered> {
    const view = buildAlertView(a, { language: lang, timeZone, thread: await this.threadOf(a.submissionId) });
    const { blocks, text } = renderView(view, { surface: 'message' });
    return { blocks, text };
  }

  /** The answer's thread: a permalink, or `private` in the sharer's DM (a supervisor cannot open it). */
  private async threadOf(submissionId: string): Promise<AlertThread | undefined> {
    const answer = await answerOf(this.ctx.deps.database, submissionId);
    if (!answer) return undefined;
    const ref = parseRef(answer.ref);
    const link = ref && !ref.channel.startsWith('D') ? await this.permalink(ref.channel, ref.ts) : null;
    return link ? { url: link } : 'private';
  }

  /**
   * A message that carries its own view (community, booking, insights): `payload.view` rendered as
   * Block Kit; `payload.updateOf` replaces that message; `payload.files` (text, e.g. an .ics) and
   * `payload.attachments` (base64, e.g. an invoice PDF) are uploaded after the post.
   */
  private async viewMessage(message: OutgoingMessage): Promise<string> {
    const p = message.payload;
    const view = p.view as MessageView | undefined;
    if (!view || !Array.isArray(view.blocks)) throw new PermanentDeliveryError(`${message.kind} message without a view`);
    const body = renderView(view, { surface: 'message' });
    const rendered = { blocks: body.blocks, text: body.text };
    if (typeof p.updateOf === 'string') {
      const ref = parseRef(p.updateOf);
      if (!ref) throw new PermanentDeliveryError('bad message reference');
      await this.ctx.client.chat.update({ channel: ref.channel, ts: ref.ts, ...rendered });
      return p.updateOf;
    }
    const ref = await this.postNew(message, rendered);
    await this.attachFiles(message, parseRef(ref)!.channel);
    return ref;
  }

  /** Uploads `payload.files` into the conversation (the thread of the target, when it has one). */
  private async attachFiles(message: OutgoingMessage, channel: string): Promise<void> {
    const texts = (message.payload.files ?? []) as AttachedFile[];
    const binaries = (message.payload.attachments ?? []) as Array<{ fileName: string; contentBase64: string }>;
    const thread = threadTsOf(message);
    const uploads = [
      ...texts.map((f) => ({ file: Buffer.from(f.content, 'utf8'), filename: f.name, title: f.name })),
      ...binaries.map((f) => ({ file: Buffer.from(f.contentBase64, 'base64'), filename: f.fileName, title: f.fileName })),
    ];
    for (const file of uploads) {
      await (thread ? this.ctx.client.files.uploadV2({ channel_id: channel, thread_ts: thread, ...file }) : this.ctx.client.files.uploadV2({ channel_id: channel, ...file }));
    }
  }

  private async permalink(channel: string, ts: string): Promise<string | null> {
    try {
      return (await this.ctx.client.chat.getPermalink({ channel, message_ts: ts })).permalink ?? null;
    } catch {
      return null;
    }
  }

  private async postNew(message: OutgoingMessage, body: Rendered): Promise<string> {
    const channel = await this.channelOf(message);
    const thread = threadTsOf(message);
    const res = await this.ctx.client.chat.postMessage({
      channel, ...(thread ? { thread_ts: thread } : {}), ...body, metadata: this.metadata(message), unfurl_links: false,
    });
    if (!res.ts) throw new Error('chat.postMessage returned no ts');
    return messageRef(res.channel ?? channel, res.ts);
  }

  private metadata(message: OutgoingMessage) {
    return { event_type: METADATA_EVENT, event_payload: { outbox_id: message.id } };
  }

  /** The channel id of the target: a DM channel (conversations.open) for a user. */
  private async channelOf(message: OutgoingMessage): Promise<string> {
    if (message.target.type === 'channel') return message.target.channel;
    const res = await this.ctx.client.conversations.open({ users: message.target.platformUserId });
    const id = res.channel?.id;
    if (!id) throw new Error('conversations.open returned no channel');
    return id;
  }
}
