/** The message shortcut 「カスハラ解析」: analyse the files of any message, answered in its thread. */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { intakeContext } from '../../../../flows/actions/settings.js';
import { errorName, type SlackContext } from '../../context.js';
import { takeSubmissions, type SharedFile } from '../../intake.js';
import { textFor } from '../../text.js';

export const ANALYSE_SHORTCUT = 'analyse_call';

type Args = AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>;

export function analyseMessage(ctx: SlackContext) {
  return async ({ ack, shortcut, logger }: Args): Promise<void> => {
    await ack();
    const message = shortcut.message as typeof shortcut.message & { files?: SharedFile[]; thread_ts?: string };
    const channel = shortcut.channel.id;
    const teamId = shortcut.team?.id;
    try {
      if (!message.files || message.files.length === 0) {
        const where = await intakeContext(ctx.deps, ctx.orgRef(teamId), channel);
        const lang = await ctx.languageFor(shortcut.user.id, where.language);
        await ctx.client.chat.postEphemeral({ channel, user: shortcut.user.id, text: textFor(lang).noFile() });
        return;
      }
      await takeSubmissions(ctx, {
        teamId, userId: shortcut.user.id, channel, threadTs: message.thread_ts ?? message.ts, files: message.files,
      });
    } catch (err) {
      logger.error(`shortcut intake failed: ${errorName(err)}`);
    }
  };
}
