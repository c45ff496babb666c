/**
 * 「質問者を確認」: a message shortcut on a question's root message in the community channel. Only
 * mamori admins get the answer (who asked, also for an anonymous question), privately; the look is in
 * the audit log. Anyone else is refused privately, and nothing about the question is said.
 */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { revealAskerOfMessage } from '../../../flows/community/questions.js';
import { errorName, type SlackContext } from '../context.js';
import { messageRef } from '../messenger.js';
import { communityDeps, slackActor, whoIs } from './deps.js';
import { communityText } from './text.js';

export const REVEAL_ASKER_SHORTCUT = 'community_reveal_asker';

type Args = AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>;

export function revealAskerShortcut(ctx: SlackContext) {
  return async ({ ack, shortcut: s, logger }: Args): Promise<void> => {
    await ack();
    const channel = s.channel.id;
    const teamId = s.team?.id ?? undefined;
    const thread = s.message.thread_ts ? { thread_ts: s.message.thread_ts } : {};
    try {
      const who = await whoIs(ctx, teamId, s.user.id, s.user.name);
      const t = communityText(who.lang);
      const out = await revealAskerOfMessage(communityDeps(ctx), slackActor(ctx, teamId, s.user.id, s.user.name), messageRef(channel, s.message.ts));
      const text = out.status === 'refused' ? out.message : t.askerRevealed(out.title, out.platformUserId, out.displayName, out.anonymous);
      await ctx.client.chat.postEphemeral({ channel, user: s.user.id, text, ...thread });
    } catch (err) {
      logger.error(`reveal asker failed: ${errorName(err)}`);
      await ctx.client.chat.postEphemeral({ channel, user: s.user.id, text: communityText('ja').failed, ...thread }).catch(() => {});
    }
  };
}
