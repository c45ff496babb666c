/**
 * 「質問者を確認」: a message shortcut on a question's root message in the community channel. Only
 * mamori admins get the answer (who asked, also for an anonymous question), privately; the look is in
 * the audit log. Anyone else is refused privately, and nothing about the question is said.
 */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs, types } from '@slack/bolt';
import type { MessageView } from '../../../flows/views/view.js';
import { revealAskerOfMessage } from '../../../flows/community/questions.js';
import { askerRevealedView } from '../../../flows/community/views/reveal-view.js';
import { renderView } from '../blocks/render.js';
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
      const out = await revealAskerOfMessage(communityDeps(ctx), slackActor(ctx, teamId, s.user.id, s.user.name), messageRef(channel, s.message.ts));
      // The answer is the view both platforms render (src/flows/community/views/reveal-view.ts).
      const answer = out.status === 'refused' ? { text: out.message } : revealedMessage(askerRevealedView(who.lang, out));
      await ctx.client.chat.postEphemeral({ channel, user: s.user.id, ...answer, ...thread });
    } catch (err) {
      logger.error(`reveal asker failed: ${errorName(err)}`);
      await ctx.client.chat.postEphemeral({ channel, user: s.user.id, text: communityText('ja').failed, ...thread }).catch(() => {});
    }
  };
}

/** The view as Block Kit, its notification text the blocks' own (the asker mentioned, not only named). */
function revealedMessage(view: MessageView): { text: string; blocks: types.KnownBlock[] } {
  const { blocks } = renderView(view, { surface: 'message' });
  const texts = blocks.map((b) => (b.type === 'section' ? b.text?.text : b.type === 'context' ? (b.elements[0] as { text?: string } | undefined)?.text : undefined));
  return { text: texts.filter(Boolean).join('\n'), blocks };
}
