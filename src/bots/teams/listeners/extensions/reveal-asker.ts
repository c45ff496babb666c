/**
 * 「質問者を確認」 on a community question's root post in the community channel (Slack's message
 * shortcut of the same name): only mamori admins are told who asked, also for an anonymous question,
 * in a dialog only they see; the look is in the audit log (src/flows/community/questions.ts). Anyone
 * else is refused, and nothing about the question is said.
 */
import { communityMessages } from '../../../../flows/community/messages.js';
import { revealAskerOfMessage } from '../../../../flows/community/questions.js';
import { askerRevealedView } from '../../../../flows/community/views/reveal-view.js';
import { renderAdaptiveCards } from '../../adaptive-card.js';
import { communityActor, teamsCommunityDeps } from '../../community/common.js';
import { teamsMessageRef } from '../../messenger.js';
import { baseConversationId, languageFor, tenantOf } from '../context.js';
import type { ExtensionHandler } from './index.js';

export const REVEAL_ASKER_COMMAND = 'community_reveal_asker';

export const revealAsker: ExtensionHandler = async (deps, ctx, org, message) => {
  const a = ctx.activity;
  const tenant = tenantOf(a)!;
  const lang = languageFor(org, a);
  // The question's root post, as it was recorded when mamori posted it (conversation|activity).
  const ref = teamsMessageRef(baseConversationId(a.conversation.id), message.id ?? '');
  const out = await revealAskerOfMessage(teamsCommunityDeps(deps, tenant), communityActor(a, tenant), ref);
  if (out.status === 'refused') return { text: out.message };
  const names = new Map([[out.platformUserId, out.displayName ?? out.platformUserId]]);
  const [card] = renderAdaptiveCards(askerRevealedView(lang, out), { names });
  return { title: communityMessages(lang).askerRevealedTitle, card: card! };
};
