/**
 * What the Teams community cards and commands share: the community flows' deps (with Teams' message
 * links), who is acting, and the key that makes a card pressed twice count once.
 */
import type { Activity } from '@microsoft/teams.api';
import { communityDepsFrom, type Actor, type CommunityDeps } from '../../../flows/community/deps.js';
import { oncePerRequest, requestKey, type Duplicate } from '../../../flows/community/once.js';
import { baseConversationId, userIdOf, type HandlerDeps, type Lang } from '../listeners/context.js';
import { parseTeamsRef } from '../messenger.js';

/**
 * A web link (deep link) to a channel message from its stored reference (`conversation|activity`):
 * `https://teams.microsoft.com/l/message/<channel>/<message>?tenantId=…&parentMessageId=<thread root>`.
 * The Bot Connector's activity id of a channel message is its message id. Teams' documented link
 * also names the team (groupId, teamName, channelName), which a bot does not keep; Teams opens the
 * message without them. Null for anything that is not a channel message (a personal or group chat
 * has no such link a bot can build).
 */
export function teamsMessageLink(ref: string, threadRef: string | null, tenantId?: string): string | null {
  const at = parseTeamsRef(ref);
  if (!at) return null;
  const [channel = '', inThread] = at.conversationId.split(';messageid=');
  if (!/^19:[^/?#\s]+@thread\.(tacv2|skype)$/.test(channel) || !/^[\w.-]+$/.test(at.activityId)) return null;
  const root = inThread ?? (threadRef ? parseTeamsRef(threadRef)?.activityId : undefined) ?? at.activityId;
  const query = new URLSearchParams({ ...(tenantId ? { tenantId } : {}), parentMessageId: root });
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(channel)}/${encodeURIComponent(at.activityId)}?${query.toString()}`;
}

/** The community flows' deps from the adapter's (the same database and queue); `tenant` for message links. */
export function teamsCommunityDeps(deps: HandlerDeps, tenant?: string): CommunityDeps {
  const a = deps.actions;
  return communityDepsFrom(a, deps.features.community, a.logger, (ref, threadRef) => teamsMessageLink(ref, threadRef, tenant));
}

export function communityActor(a: Activity, tenant: string): Actor {
  return { platform: 'teams', platformTeamId: tenant, teamName: `Teams ${tenant}`, platformUserId: userIdOf(a), displayName: a.from?.name?.slice(0, 300) || undefined };
}

/** The request a card press makes (requestKey): the card is the message it is on, `replyToId`, the same for every press. */
export function cardRequestKey(a: Activity, data: unknown): string {
  return requestKey('teams-card', userIdOf(a), `${baseConversationId(a.conversation?.id ?? '')}|${a.replyToId ?? ''}`, data);
}

/** Runs a flow once per card request (see cardRequestKey); `wrote` tells an outcome to keep from one to allow again. */
export function oncePerCard<T>(cd: CommunityDeps, a: Activity, data: unknown, run: (cd: CommunityDeps) => Promise<T>, wrote: (out: T) => boolean): Promise<T | Duplicate> {
  return oncePerRequest(cd, 'teams', cardRequestKey(a, data), run, wrote);
}

export const sharedWords = {
  ja: {
    duplicate: 'この操作はすでに受け付けています（ボタンが2回押されました）。',
    personalOnly: '勉強会の操作は、mamori との個人チャットで行ってください。',
  },
  en: {
    duplicate: 'This was already received (the button was pressed twice).',
    personalOnly: 'Please manage study groups in your personal chat with mamori.',
  },
} satisfies Record<Lang, unknown>;
