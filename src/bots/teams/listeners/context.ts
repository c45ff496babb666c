/**
 * What every Teams listener shares: the adapter's deps (given once, at construction), who and where an
 * activity comes from, and the reply a handler returns (text, a card, or cards), sent in the chat or
 * returned as an Action.Execute's answer. Handlers translate; the flows decide.
 */
import type { Activity } from '@microsoft/teams.api';
import type { IActivityContext } from '@microsoft/teams.apps';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Language } from '../../../analysis/result.js';
import type { ActionDeps, Actor, OrgRef } from '../../../flows/actions/deps.js';
import type { Organisation } from '../../../flows/actions/people.js';
import type { FeatureSettings } from '../../feature-settings.js';
import type { TeamsConversationType, TeamsStore } from '../../../flows/teams-store.js';
import type { TeamsConfig } from '../config.js';
import { userLanguage } from '../messages.js';
import type { MeetingWatch } from '../meeting-watch.js';
import { cardActivity, textActivity } from '../messenger.js';
import type { MamoriTeamsApp } from '../teams-app.js';

export interface HandlerDeps {
  app: MamoriTeamsApp;
  config: TeamsConfig;
  /** The community's and booking's settings, given once at construction. */
  features: FeatureSettings;
  store: TeamsStore;
  actions: ActionDeps;
  /** Wakes the workers of this process after a submission was queued. */
  onQueued?: (() => void) | undefined;
  /** Waits for a meeting's transcript to be published before submitting it (absent: submitted at once). */
  meetingWatch?: MeetingWatch | undefined;
}

export type Ctx = IActivityContext<Activity>;
export type Lang = 'ja' | 'en';

export function tenantOf(a: Activity): string | undefined {
  return a.conversation?.tenantId ?? (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? undefined;
}

/** Our platformUserId on Teams: the Entra object id (the same in Graph and in admin settings). */
export function userIdOf(a: Activity): string {
  return a.from?.aadObjectId ?? a.from?.id ?? '';
}

export function conversationTypeOf(a: Activity): TeamsConversationType {
  const t = String(a.conversation?.conversationType ?? '');
  if (t === 'personal' || t === 'channel' || t === 'groupChat') return t;
  return a.conversation?.isGroup ? 'groupChat' : 'personal';
}

/** Only what Teams says: the fallback of conversationTypeOf (no type: personal) is for storing references. */
export const isPersonal = (a: Activity): boolean => String(a.conversation?.conversationType ?? '') === 'personal';
export const isChannel = (a: Activity): boolean => String(a.conversation?.conversationType ?? '') === 'channel';

export function baseConversationId(id: string): string {
  return id.split(';messageid=')[0]!;
}

export function orgRef(tenant: string): OrgRef {
  return { platform: 'teams', platformTeamId: tenant, name: `Teams ${tenant}` };
}

export function actorOf(deps: HandlerDeps, a: Activity): Actor {
  const id = userIdOf(a);
  return { platformUserId: id, isWorkspaceAdmin: deps.config.adminUserIds.includes(id) };
}

export const langOf = (org: Organisation): Lang => (org.language === 'en' ? 'en' : 'ja');

/** The language to answer the sender of this activity in: their Teams locale, as Slack uses the user's. */
export function languageFor(org: Organisation, a: Activity): Language {
  return userLanguage(org.language, a.locale);
}

export const errorSummary = (err: unknown) => (err instanceof Error ? { name: err.name, message: err.message } : { name: 'Error', message: String(err) });

/** The message's text without the @mentions Teams leaves in it (`<at>mamori</at>`), leading blanks removed. */
export function commandText(a: Activity): string {
  return ((a as { text?: string }).text ?? '').replace(/<at>[^<]*<\/at>/g, ' ').replace(/^\s+/, '');
}

/** The users @mentioned (the bot itself left out), in order, by Entra object id (asked of Teams when the mention lacks it). */
export async function mentionedUsers(ctx: Ctx): Promise<Array<{ platformUserId: string; displayName?: string }>> {
  const a = ctx.activity;
  const out: Array<{ platformUserId: string; displayName?: string }> = [];
  for (const e of a.entities ?? []) {
    const m = e as { type?: string; mentioned?: { id?: string; aadObjectId?: string; name?: string } };
    if (m.type !== 'mention' || !m.mentioned?.id || m.mentioned.id === a.recipient?.id) continue;
    let id = m.mentioned.aadObjectId;
    if (!id) {
      try {
        id = (await ctx.api.conversations.getMemberById(a.conversation.id, m.mentioned.id)).aadObjectId;
      } catch {
        id = undefined;
      }
    }
    const value = id ?? m.mentioned.id;
    if (!out.some((u) => u.platformUserId === value)) out.push({ platformUserId: value, ...(m.mentioned.name ? { displayName: m.mentioned.name.slice(0, 300) } : {}) });
  }
  return out;
}

export type Reply =
  | { text: string }
  | { card: IAdaptiveCard; fallback: string }
  | { cards: IAdaptiveCard[]; fallback: string }
  /** Cards that each have their own notification text (the dashboard's parts). */
  | { messages: Array<{ card: IAdaptiveCard; fallback: string }> };

/** A reply in the conversation the activity came from. */
export async function sendReply(ctx: Ctx, reply: Reply): Promise<void> {
  if ('text' in reply) await ctx.send(textActivity(reply.text));
  else if ('card' in reply) await ctx.send(cardActivity(reply.card, reply.fallback));
  else if ('cards' in reply) for (const c of reply.cards) await ctx.send(cardActivity(c, reply.fallback));
  else for (const m of reply.messages) await ctx.send(cardActivity(m.card, m.fallback));
}

/** A reply as the answer to an Action.Execute (a message, or a card in place of the pressed one). */
export function invokeReply(reply: Reply) {
  if ('text' in reply) return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: reply.text } as const;
  const card = 'card' in reply ? reply.card : 'cards' in reply ? reply.cards[0]! : reply.messages[0]!.card;
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } as const;
}
