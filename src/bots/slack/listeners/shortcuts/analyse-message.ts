/**
 * The message shortcut 「カスハラ解析」: analyse the files of any message, answered in its thread.
 * It can be pressed anywhere, also in a channel mamori was never invited to: then nothing is queued
 * and the person who pressed it is told (only they see it) to invite mamori or use the DM.
 */
import type { AllMiddlewareArgs, MessageShortcut, RespondFn, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { intakeContext } from '../../../../flows/actions/settings.js';
import { errorName, type SlackContext } from '../../context.js';
import { canWorkIn, takeSubmissions, type SharedFile } from '../../intake.js';
import { textFor } from '../../text.js';

export const ANALYSE_SHORTCUT = 'analyse_call';

type Args = AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>;

export function analyseMessage(ctx: SlackContext) {
  return async ({ ack, shortcut, respond, logger }: Args): Promise<void> => {
    await ack();
    const message = shortcut.message as typeof shortcut.message & { files?: SharedFile[]; thread_ts?: string };
    const channel = shortcut.channel.id;
    const teamId = shortcut.team?.id;
    const userId = shortcut.user.id;
    let lang: 'ja' | 'en' = 'ja';
    try {
      const where = await intakeContext(ctx.deps, ctx.orgRef(teamId), channel);
      lang = await ctx.languageFor(userId, where.language);
      const t = textFor(lang);
      if (!message.files || message.files.length === 0) {
        await tellPresser(ctx, { respond, channel, userId }, t.noFile());
        return;
      }
      if (!(await canWorkIn(ctx, channel, message.ts))) {
        logger.info('shortcut used in a channel mamori is not in');
        await tellPresser(ctx, { respond, channel, userId }, t.notInChannel());
        return;
      }
      await takeSubmissions(ctx, { teamId, userId, channel, threadTs: message.thread_ts ?? message.ts, files: message.files, text: message.text });
    } catch (err) {
      logger.error(`shortcut intake failed: ${errorName(err)}`);
      await tellPresser(ctx, { respond, channel, userId }, textFor(lang).failed());
    }
  };
}

/**
 * A message only the presser sees: through the shortcut's response_url (works wherever it was
 * pressed, member or not), else an ephemeral message, else a DM from mamori.
 */
async function tellPresser(ctx: SlackContext, at: { respond: RespondFn | undefined; channel: string; userId: string }, text: string): Promise<void> {
  const attempts: Array<() => Promise<unknown>> = [
    ...(at.respond ? [() => at.respond!({ response_type: 'ephemeral', replace_original: false, text })] : []),
    () => ctx.client.chat.postEphemeral({ channel: at.channel, user: at.userId, text }),
    async () => {
      const dm = await ctx.client.conversations.open({ users: at.userId });
      if (!dm.channel?.id) throw new Error('conversations.open returned no channel');
      await ctx.client.chat.postMessage({ channel: dm.channel.id, text });
    },
  ];
  for (const attempt of attempts) {
    try {
      await attempt();
      return;
    } catch (err) {
      ctx.logger.debug({ err: errorName(err) }, 'telling the presser failed; trying the next way');
    }
  }
  ctx.logger.warn('could not tell the presser of the shortcut');
}
