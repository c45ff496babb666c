/**
 * What the Teams community cards and commands share: the community flows' deps (with Teams' message
 * links), who is acting, and the key that makes a card pressed twice count once.
 */
import type { Activity } from '@microsoft/teams.api';
import { communityDepsFrom, type Actor, type CommunityDeps } from '../../../flows/community/deps.js';
import { oncePerRequest, requestKey, type Duplicate } from '../../../flows/community/once.js';
import { baseConversationId, userIdOf, type HandlerDeps, type Lang } from '../listeners/context.js';
import { teamsMessageLink } from '../message-link.js';
import { parseTeamsRef } from '../messenger.js';

/**
 * The link to a community message from its stored reference (`conversation|activity`), under the
 * thread root `threadRef` names when the reference does not; only channel messages have one here.
 */
export function communityMessageLink(ref: string, threadRef: string | null, tenantId?: string): string | null {
  const at = parseTeamsRef(ref);
  if (!at) return null;
  const root = at.conversationId.includes(';messageid=') ? undefined : (threadRef ? parseTeamsRef(threadRef)?.activityId : undefined);
  const conversationId = root ? `${at.conversationId};messageid=${root}` : at.conversationId;
  return teamsMessageLink({ conversationId, conversationType: 'channel', messageId: at.activityId, tenantId }) ?? null;
}

/** The community flows' deps from the adapter's (the same database and queue); `tenant` for message links. */
export function teamsCommunityDeps(deps: HandlerDeps, tenant?: string): CommunityDeps {
  const a = deps.actions;
  return communityDepsFrom(a, deps.features.community, a.logger, (ref, threadRef) => communityMessageLink(ref, threadRef, tenant));
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
