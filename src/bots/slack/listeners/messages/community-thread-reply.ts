/**
 * A reply typed directly in a community question's thread counts as an answer: recorded with the
 * thread's stored reference (`channel:ts`, as the messenger returned it), once per message however
 * often Slack delivers the event. Messages elsewhere are left alone.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { communityChannel } from '../../../../flows/community/posts.js';
import { recordThreadReply } from '../../../../flows/community/questions.js';
import { communityDeps, nameForThreadReply, orgIdOf, slackActor, whoIs } from '../../community/deps.js';
import { errorName, type SlackContext } from '../../context.js';
import { messageRef } from '../../messenger.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

interface ThreadMessage { subtype?: string; user?: string; bot_id?: string; channel: string; channel_type?: string; ts: string; thread_ts?: string; text?: string }

export function communityThreadReply(ctx: SlackContext) {
  return async ({ event, body, logger }: Args): Promise<void> => {
    const m = event as unknown as ThreadMessage;
    if (m.bot_id || !m.user || !m.thread_ts || m.thread_ts === m.ts || m.channel_type === 'im') return;
    if (m.subtype && m.subtype !== 'file_share' && m.subtype !== 'thread_broadcast') return;
    if (!m.text?.trim()) return;
    const teamId = (body as { team_id?: string }).team_id;
    try {
      await ctx.limitIntake(async () => {
        const orgId = await orgIdOf(ctx, teamId);
        if ((await communityChannel(ctx.deps.database.db, orgId)) !== m.channel) return;
        const name = await nameForThreadReply(ctx, orgId, m.user!);
        await whoIs(ctx, teamId, m.user!, name);
        const out = await recordThreadReply(communityDeps(ctx), slackActor(ctx, teamId, m.user!, name), {
          threadRef: messageRef(m.channel, m.thread_ts!), messageRef: messageRef(m.channel, m.ts), text: m.text!,
        });
        if (out.status === 'recorded') ctx.notify();
      });
    } catch (err) {
      logger.error(`thread reply not recorded: ${errorName(err)}`);
    }
  };
}
