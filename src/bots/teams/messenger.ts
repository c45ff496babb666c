/**
 * The pipeline's Messenger on Teams: outbox messages become Bot Connector activities in stored
 * conversations (the user's personal chat with the app, a channel, a meeting chat). The answer of a
 * submission replaces its progress message in place; answers too big for one Teams message are
 * paged. A user never seen gets a personal chat created (possible once the app is installed for
 * them); a user who has not installed it is a permanent failure the admin can see (`未インストール`).
 * An answer is rendered in its sharer's language (the progress message's, i.e. their Teams locale).
 *
 * Files: a Teams message cannot carry the files other flows attach (`payload.files`, e.g. a study
 * group's .ics; `payload.attachments`, e.g. a booking's .ics and invoice PDF, the monthly report).
 * They become Action.OpenUrl buttons (「カレンダーに追加 (.ics)」, 「請求書 (PDF)」, …) to one-time
 * links under the public base URL that expire after TEAMS_FILE_LINK_HOURS; the bytes stay in the
 * outbox message only until then (src/flows/download-links.ts, served by src/bots/http/file-download.ts).
 * Without a public URL the card names the files and says to ask the administrator, and the bytes
 * are dropped once the message is out.
 *
 * Exactly once: the Bot Connector has no message metadata to search and a bot cannot list a
 * conversation's activities, so every activity created for an outbox message is recorded
 * (teams_posted_activities, through the store) as soon as the Connector answers with its id, before
 * the next one is sent and before post() returns; when the whole message is out its reference is
 * recorded too. A retried delivery asks findPosted, which answers from that record; a message whose
 * pages were only partly recorded is resumed by post() at the first page not recorded.
 *
 * The window that remains: the Connector created an activity and the process died (or the database
 * refused the insert) before the record committed, one database round trip after the HTTP answer.
 * It cannot be made smaller: the Connector assigns activity ids itself (an `id` on a new activity is
 * ignored and there is no idempotency key), so nothing written before the send can name the
 * activity, and nothing after the send can find it again except our own record. Recording "about to
 * send" first would only let a retry choose between skipping (losing a message that may never have
 * been sent) and sending (what happens now); a rare duplicate is the better failure. Updates in
 * place (progress → answer, alert updates) are PUTs of a known activity id and repeat harmlessly.
 */
import type { ConversationReference, IMessageActivityInput } from '@microsoft/teams.api';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { AnalysisResult, Language } from '../../analysis/result.js';
import type { AlertPayload } from '../../flows/actions/alerts.js';
import type { ActionDeps } from '../../flows/actions/deps.js';
import { answerOf, claimAnswerPlacement, recordAnswerRef } from '../../flows/actions/progress.js';
import { attachCardImage, discardOutboxFiles, issueDownloadLinks, outboxFiles } from '../../flows/download-links.js';
import { PermanentDeliveryError, type Messenger, type OutgoingMessage } from '../../flows/ports.js';
import { buildAlertView, type AlertThread } from '../../flows/views/alert-view.js';
import { buildAnalysisView } from '../../flows/views/analysis-view.js';
import type { ChargedTo } from '../../flows/staff-member.js';
import type { MessageView, ViewBlock } from '../../flows/views/view.js';
import { renderTimelinePngAsync } from '../../flows/views/timeline.js';
import type { Logger } from '../../logger.js';
import { fileDownloadUrl } from '../http/file-download.js';
import { renderAdaptiveCards } from './adaptive-card.js';
import { isLoopbackUrl, type TeamsConfig } from './config.js';
import { TEAMS_LIMITS } from './limits.js';
import { teamsMessageLink } from './message-link.js';
import { fileKindOf, teamsText } from './messages.js';
import { TEAMS_POSTED_COMPLETE, type StoredConversation, type TeamsStore } from '../../flows/teams-store.js';
import type { MamoriTeamsApp } from './teams-app.js';

/** Submissions answered in a user's personal chat rather than where they came from (meetings). */
export const USER_CHANNEL_PREFIX = 'user:';

const TIMELINE_FILE = 'mamori-timeline.png';

export function teamsMessageRef(conversationId: string, activityId: string): string {
  return `${conversationId}|${activityId}`;
}

export function parseTeamsRef(ref: string): { conversationId: string; activityId: string } | null {
  const i = ref.lastIndexOf('|');
  return i > 0 && i < ref.length - 1 ? { conversationId: ref.slice(0, i), activityId: ref.slice(i + 1) } : null;
}

export function cardActivity(card: IAdaptiveCard, text: string, id?: string): IMessageActivityInput {
  return {
    type: 'message', text, ...(id ? { id } : {}),
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
  } as IMessageActivityInput;
}

export function textActivity(text: string, id?: string): IMessageActivityInput {
  return { type: 'message', text, textFormat: 'markdown', ...(id ? { id } : {}) } as IMessageActivityInput;
}

export function httpStatus(err: unknown): number | undefined {
  const e = err as { response?: { status?: number }; statusCode?: number };
  return e?.response?.status ?? e?.statusCode;
}

export interface TeamsMessengerDeps {
  app: MamoriTeamsApp;
  store: TeamsStore;
  /** The flows' deps the adapter was given: answers, progress and download links are theirs to record. */
  actions: Pick<ActionDeps, 'database'>;
  config: TeamsConfig;
  logger: Logger;
  /** Put the timeline picture in answers (default true). */
  timeline?: boolean;
}

export class TeamsMessenger implements Messenger {
  constructor(private readonly deps: TeamsMessengerDeps) {}

  async post(message: OutgoingMessage): Promise<string> {
    try {
      const ref = await this.deliver(message);
      await this.record(message.id, TEAMS_POSTED_COMPLETE, ref);
      return ref;
    } catch (err) {
      if (err instanceof PermanentDeliveryError) throw err;
      const status = httpStatus(err);
      if (status === 400 || status === 403 || status === 404) throw new PermanentDeliveryError(`teams refused the message: ${status}`);
      throw err;
    }
  }

  /** The message's reference when an earlier attempt posted all of it (recorded right after the send). */
  async findPosted(message: OutgoingMessage): Promise<string | null> {
    return (await this.deps.store.postedParts(message.id)).get(TEAMS_POSTED_COMPLETE) ?? null;
  }

  /**
   * Records what was just sent for an outbox message. A failure is logged, not thrown: the send
   * happened, and marking the outbox message sent is the remaining chance to avoid a second post.
   */
  private async record(outboxId: string, part: number, ref: string): Promise<void> {
    try {
      await this.deps.store.recordPosted(outboxId, part, ref);
    } catch (err) {
      this.deps.logger.warn({ outboxId, part, err: { name: (err as Error).name, message: (err as Error).message } }, 'posted activity not recorded');
    }
  }

  /** Replaces an activity the app posted (e.g. a progress message) with a text. */
  async replaceWithText(orgId: string, ref: string, text: string): Promise<void> {
    const at = parseTeamsRef(ref);
    if (!at) throw new PermanentDeliveryError(`not a Teams message reference: ${ref}`);
    const conversation = await this.referenceOf(orgId, at.conversationId);
    await this.deps.app.sendTo(conversation, textActivity(text, at.activityId));
  }

  private async deliver(message: OutgoingMessage): Promise<string> {
    const org = await this.deps.store.organisationById(message.orgId);
    if (!org) throw new PermanentDeliveryError('organisation gone');
    const lang: Language = org.language === 'en' ? 'en' : 'ja';
    const t = teamsText(lang);
    const p = message.payload;
    const submissionId = typeof p.submissionId === 'string' ? p.submissionId : null;
    switch (message.kind) {
      case 'analysis_result': {
        const result = p.result as AnalysisResult;
        const chargedTo = p.chargedTo as ChargedTo | undefined;
        // The sharer's language (their Teams locale), as the job analysed it; the labels follow it.
        return this.answer(message, submissionId, result.language, async (answerLang) => {
          const localised = { ...result, language: answerLang };
          const cards = (timelineUrl?: string) => {
            const view = buildAnalysisView(localised, {
              analysisId: String(p.analysisId), maxExcerpts: TEAMS_LIMITS.answerExcerpts, timelineUrl,
              alertWithoutRecipient: p.alertWithoutRecipient === true, chargedTo,
            });
            return renderAdaptiveCards(view, { continued: teamsText(answerLang).continued }).map((c) => cardActivity(c, view.fallbackText));
          };
          // Inline only when the picture really is in the card (the renderer drops an image that
          // cannot fit a card) and adds no page.
          const fitsInline = (url: string) => {
            const withPicture = cards(url);
            return withPicture.length <= cards().length && withPicture.some((a) => JSON.stringify(a).includes(url));
          };
          return cards(await this.timelineUrl(message, localised, fitsInline));
        });
      }
      case 'error':
      case 'quota_exceeded': {
        const failure = message.kind === 'error' && p.code === 'file_gone' && submissionId ? await this.deps.store.failureOf(submissionId) : null;
        return this.answer(message, submissionId, null, (answerLang) => {
          const tl = teamsText(answerLang);
          let text = typeof p.message === 'string' ? p.message : tl.failed();
          if (failure) text = tl.fetch[failure.reason](failure.fileName.replace(/\.vtt$/, ''));
          return [textActivity(`⚠️ ${text}`)];
        });
      }
      case 'quota_warning':
        return this.postAll(message, await this.resolve(message.orgId, message.target), [textActivity(`ℹ️ ${String(p.message ?? '')}`)]);
      case 'alert': {
        const alert = p as unknown as AlertPayload;
        const names = await this.deps.store.displayNames(message.orgId, [alert.staffUserId, alert.requestedBy, alert.acknowledgedBy].filter((x): x is string => typeof x === 'string'));
        const view = buildAlertView(alert, { language: lang, timeZone: org.timeZone, thread: await this.alertThread(message.orgId, org.platformTeamId, alert.submissionId) });
        const [card] = renderAdaptiveCards(view, { names });
        const updateOf = typeof alert.updateOf === 'string' ? parseTeamsRef(alert.updateOf) : null;
        if (updateOf) {
          const ref = await this.referenceOf(message.orgId, updateOf.conversationId);
          await this.deps.app.sendTo(ref, cardActivity(card!, view.fallbackText, updateOf.activityId));
          return alert.updateOf!;
        }
        return this.postAll(message, await this.resolve(message.orgId, message.target), [cardActivity(card!, view.fallbackText)]);
      }
      default: {
        // Messages of other flows (community, booking, insights) carry their own MessageView, and
        // sometimes files (.ics, invoice and report PDFs) that a Teams message cannot carry.
        const view = p.view as MessageView | undefined;
        if (!view || !Array.isArray(view.blocks)) throw new PermanentDeliveryError(`no Teams rendering for ${message.kind}`);
        const updateOf = typeof p.updateOf === 'string' ? parseTeamsRef(p.updateOf) : null;
        if (updateOf) {
          const activities = renderAdaptiveCards(view, { continued: t.continued }).map((c) => cardActivity(c, view.fallbackText));
          const ref = await this.referenceOf(message.orgId, updateOf.conversationId);
          await this.deps.app.sendTo(ref, { ...activities[0]!, id: updateOf.activityId } as IMessageActivityInput);
          return p.updateOf as string;
        }
        const conversation = await this.resolve(message.orgId, message.target);
        const files = await this.fileButtons(message, lang, org.timeZone);
        const blocks: ViewBlock[] = files.note ? [...view.blocks, { type: 'text', text: files.note, tone: 'muted' }] : view.blocks;
        const activities = renderAdaptiveCards({ ...view, blocks }, { continued: t.continued, links: files.links })
          .map((c) => cardActivity(c, view.fallbackText));
        const ref = await this.postAll(message, conversation, activities);
        // Nowhere to fetch them from: the bytes are not kept for nothing.
        if (files.discard) await discardOutboxFiles(this.deps.actions.database, message.id);
        return ref;
      }
    }
  }

  /**
   * The message's files as download buttons (one-time links under the public base URL, valid for
   * TEAMS_FILE_LINK_HOURS), or, without a public URL, a note saying how to get them.
   */
  private async fileButtons(message: OutgoingMessage, lang: Language, timeZone: string): Promise<{ links: Array<{ title: string; url: string }>; note: string | null; discard: boolean }> {
    const files = outboxFiles(message.payload).filter((f) => !f.removed);
    if (files.length === 0) return { links: [], note: null, discard: false };
    const t = teamsText(lang);
    const base = this.deps.config.publicBaseUrl;
    if (!base) return { links: [], note: t.filesUnavailable(files.map((f) => f.fileName)), discard: true };
    const expiresAt = new Date(Date.now() + this.deps.config.fileLinkHours * 3600_000);
    const issued = await issueDownloadLinks(this.deps.actions.database, { outboxId: message.id, expiresAt });
    if (issued.length === 0) return { links: [], note: null, discard: false };
    const links = issued.map((f) => ({ title: t.fileButton(fileKindOf(f.fileName, f.mimeType), f.fileName), url: fileDownloadUrl(base, f.token) }));
    return { links, note: t.fileLinks(formatUntil(expiresAt, lang, timeZone)), discard: false };
  }

  /**
   * A submission's answer: in place of its progress message when there is one, else posted. It is
   * rendered in the language of the progress message (the sharer's), else the submission's answer
   * language, else `fallback`, else the organisation's.
   */
  private async answer(
    message: OutgoingMessage, submissionId: string | null, fallback: Language | null,
    render: (lang: Language) => IMessageActivityInput[] | Promise<IMessageActivityInput[]>,
  ): Promise<string> {
    const orgLanguage = async (): Promise<Language> => ((await this.deps.store.organisationById(message.orgId))?.language === 'en' ? 'en' : 'ja');
    if (!submissionId) return this.postAll(message, await this.resolve(message.orgId, message.target), await render(fallback ?? await orgLanguage()));
    const placement = await claimAnswerPlacement(this.deps.actions.database, { submissionId, orgId: message.orgId });
    let first: string;
    let conversation: ConversationReference;
    if (placement.mode === 'update' && parseTeamsRef(placement.ref)) {
      const progress = parseTeamsRef(placement.ref)!;
      conversation = await this.referenceOf(message.orgId, progress.conversationId);
      const [head, ...rest] = await render(placement.language);
      await this.deps.app.sendTo(conversation, { ...head!, id: progress.activityId } as IMessageActivityInput);
      first = placement.ref;
      if (rest.length > 0) await this.postAll(message, conversation, rest);
    } else {
      const lang = (await this.deps.store.answerLanguage(submissionId)) ?? fallback ?? await orgLanguage();
      conversation = await this.resolve(message.orgId, message.target);
      first = await this.postAll(message, conversation, await render(lang));
    }
    await recordAnswerRef(this.deps.actions.database, submissionId, conversation.conversation.id, first);
    return first;
  }

  /** Creates the activities in order, each recorded as soon as it exists; parts an earlier attempt recorded are skipped. */
  private async postAll(message: OutgoingMessage, ref: ConversationReference, activities: IMessageActivityInput[]): Promise<string> {
    const posted = await this.deps.store.postedParts(message.id);
    let first: string | null = null;
    for (const [part, a] of activities.entries()) {
      let at = posted.get(part);
      if (at === undefined) {
        const sent = await this.deps.app.sendTo(ref, a);
        at = teamsMessageRef(ref.conversation.id, sent.id);
        await this.record(message.id, part, at);
      }
      first ??= at;
    }
    return first!;
  }

  /**
   * The timeline picture for the answer card, in the answer's language, rendered off the event loop.
   * Inline (a data URL) when the answer still fits one card with it (`fitsInline`); else an image
   * by URL from the download route, the PNG kept in the outbox message until the link expires, so
   * one answer stays one card; without a public URL there is no picture (the answer is whole without it).
   */
  private async timelineUrl(message: OutgoingMessage, result: AnalysisResult, fitsInline: (url: string) => boolean): Promise<string | undefined> {
    if (this.deps.timeline === false || result.excerpts.length === 0) return undefined;
    try {
      const png = await renderTimelinePngAsync(result, { width: TEAMS_LIMITS.timelineWidth, height: TEAMS_LIMITS.timelineHeight });
      const inline = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
      if (fitsInline(inline)) return inline;
      const base = this.deps.config.publicBaseUrl;
      if (!base) return undefined;
      const expiresAt = new Date(Date.now() + this.deps.config.fileLinkHours * 3600_000);
      const token = await attachCardImage(this.deps.actions.database, { outboxId: message.id, fileName: TIMELINE_FILE, bytes: png, expiresAt });
      return token ? fileDownloadUrl(base, token) : undefined;
    } catch (err) {
      this.deps.logger.warn({ err: { name: (err as Error).name, message: (err as Error).message } }, 'timeline picture failed');
      return undefined;
    }
  }

  /** Where an outbox target is on Teams. */
  async resolve(orgId: string, target: OutgoingMessage['target']): Promise<ConversationReference> {
    if (target.type === 'user') return this.personal(orgId, target.platformUserId);
    if (target.channel.startsWith(USER_CHANNEL_PREFIX)) return this.personal(orgId, target.channel.slice(USER_CHANNEL_PREFIX.length));
    const stored = await this.deps.store.conversation(orgId, target.channel);
    if (!stored || stored.removedAt) throw new PermanentDeliveryError('mamori is not in this conversation (any more)');
    // A thread is stored as the full reference (conversation|activity): the reply goes under that activity.
    const threadId = target.thread ? (parseTeamsRef(target.thread)?.activityId ?? target.thread) : undefined;
    const id = threadId && stored.conversationType === 'channel' ? `${stored.conversationId};messageid=${threadId}` : stored.conversationId;
    return { ...toReference(stored), conversation: { id, conversationType: stored.conversationType, tenantId: undefined } as ConversationReference['conversation'] };
  }

  /**
   * Where the alerted call's answer is: `private` in the sharer's personal chat (as Slack says of a
   * DM), else a deep link to the answer in its channel thread or group chat, as Slack's permalink.
   */
  private async alertThread(orgId: string, tenantId: string, submissionId: string): Promise<AlertThread | undefined> {
    const answer = await answerOf(this.deps.actions.database, submissionId);
    if (!answer) return undefined;
    const stored = await this.deps.store.conversation(orgId, answer.channel.split(';messageid=')[0]!);
    if (!stored) return undefined;
    if (stored.conversationType === 'personal') return 'private';
    // The answer's reference names the conversation it was posted in, thread included.
    const at = parseTeamsRef(answer.ref);
    const url = at && teamsMessageLink({ conversationId: at.conversationId, conversationType: stored.conversationType, messageId: at.activityId, tenantId });
    return url ? { url } : undefined;
  }

  private async referenceOf(orgId: string, conversationId: string): Promise<ConversationReference> {
    const base = conversationId.split(';messageid=')[0]!;
    const stored = await this.deps.store.conversation(orgId, base);
    if (!stored) throw new PermanentDeliveryError('conversation unknown');
    return { ...toReference(stored), conversation: { ...toReference(stored).conversation, id: conversationId } };
  }

  /** The user's personal chat with the app; created when the app is installed for them but they never wrote. */
  private async personal(orgId: string, userAadId: string): Promise<ConversationReference> {
    const { store, config, app } = this.deps;
    const stored = await store.personalConversation(orgId, userAadId);
    if (stored) return toReference(stored);
    const org = await store.organisationById(orgId);
    const endpoint = (await store.latestEndpoint(orgId)) ?? { serviceUrl: config.serviceUrl, botId: config.clientId };
    if (!org || !endpoint.botId) throw new PermanentDeliveryError('no personal chat with this user, and no way to start one');
    if (config.allowUnauthenticated && !isLoopbackUrl(endpoint.serviceUrl)) throw new PermanentDeliveryError('unauthenticated mode: loopback only');
    let conversationId: string;
    try {
      const created = await app.connector(endpoint.serviceUrl).conversations.create({
        isGroup: false, bot: { id: endpoint.botId }, members: [{ id: userAadId } as never], tenantId: org.platformTeamId,
        channelData: { tenant: { id: org.platformTeamId } },
      });
      conversationId = created.id;
    } catch (err) {
      const status = httpStatus(err);
      if (status === 403 || status === 404 || status === 400) throw new PermanentDeliveryError('the user has not installed mamori');
      throw err;
    }
    await store.saveConversation({
      orgId, conversationId, conversationType: 'personal', serviceUrl: endpoint.serviceUrl, botId: endpoint.botId, userAadId,
    });
    return toReference((await store.personalConversation(orgId, userAadId))!);
  }
}

/** '6月3日 10:00' / 'Jun 3, 10:00' on the organisation's clock. */
export function formatUntil(at: Date, lang: Language, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = { month: lang === 'ja' ? 'long' : 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  try {
    return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { ...options, timeZone }).format(at);
  } catch {
    return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { ...options, timeZone: 'Asia/Tokyo' }).format(at);
  }
}

function toReference(c: StoredConversation): ConversationReference {
  return {
    serviceUrl: c.serviceUrl,
    channelId: 'msteams',
    bot: { id: c.botId, role: 'bot' } as ConversationReference['bot'],
    conversation: { id: c.conversationId, conversationType: c.conversationType } as ConversationReference['conversation'],
    ...(c.userBotId ? { user: { id: c.userBotId, aadObjectId: c.userAadId ?? undefined } as ConversationReference['user'] } : {}),
  };
}
