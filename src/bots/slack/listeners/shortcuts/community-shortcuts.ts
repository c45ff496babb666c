/**
 * Message shortcuts on community posts: 「非表示にする」 (instructors and admins) on a question, an
 * answer mamori posted or a reply typed in a question's thread; 「解決済みにする」 on a typed reply
 * (mamori's answers carry the button). The message is found by its stored reference `channel:ts`.
 */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { communityMessages } from '../../../../flows/community/messages.js';
import { hidePost } from '../../../../flows/community/moderation.js';
import { subjectOfPosted } from '../../../../flows/community/posts.js';
import { markResolved } from '../../../../flows/community/questions.js';
import { communityDeps, orgIdOf, slackActor, whoIs } from '../../community/deps.js';
import { communityText } from '../../community/text.js';
import { errorName, type SlackContext } from '../../context.js';
import { messageRef } from '../../messenger.js';

export const HIDE_SHORTCUT = 'community_hide_message';
export const RESOLVE_SHORTCUT = 'community_resolve_message';

type Args = AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>;

/** `question:<id>` / `answer:<id>` for a community message, or null. */
export async function subjectOfMessage(ctx: SlackContext, teamId: string | undefined, channel: string, ts: string): Promise<string | null> {
  return subjectOfPosted(ctx.deps.database.db, await orgIdOf(ctx, teamId), messageRef(channel, ts));
}

function shortcut(ctx: SlackContext, run: (subject: string, a: Args) => Promise<string>) {
  return async (args: Args): Promise<void> => {
    await args.ack();
    const s = args.shortcut;
    const channel = s.channel.id;
    const teamId = s.team?.id ?? undefined;
    try {
      const subject = await subjectOfMessage(ctx, teamId, channel, s.message.ts);
      const who = await whoIs(ctx, teamId, s.user.id);
      const text = subject ? await run(subject, args) : communityMessages(who.orgLanguage).refusal.not_found;
      await ctx.client.chat.postEphemeral({ channel, user: s.user.id, text, ...(s.message.thread_ts ? { thread_ts: s.message.thread_ts } : {}) });
      ctx.notify();
    } catch (err) {
      args.logger.error(`community shortcut failed: ${errorName(err)}`);
      await ctx.client.chat.postEphemeral({ channel, user: s.user.id, text: communityText('ja').failed }).catch(() => {});
    }
  };
}

export const hideMessage = (ctx: SlackContext) =>
  shortcut(ctx, async (subject, { shortcut: s }) => (await hidePost(communityDeps(ctx), slackActor(ctx, s.team?.id, s.user.id, s.user.name), { subject })).message);

export const resolveMessage = (ctx: SlackContext) =>
  shortcut(ctx, async (subject, { shortcut: s }) => {
    if (!subject.startsWith('answer:')) return communityMessages((await whoIs(ctx, s.team?.id, s.user.id)).orgLanguage).refusal.not_found;
    return (await markResolved(communityDeps(ctx), slackActor(ctx, s.team?.id, s.user.id, s.user.name), { answerId: subject.slice(7) })).message;
  });
