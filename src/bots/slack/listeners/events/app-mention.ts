/** The bot mentioned in a channel: analyse the files of that message (or explain how), once per event id. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { intakeContext } from '../../../../flows/actions/settings.js';
import { errorName, type SlackContext } from '../../context.js';
import { answerEvent, reply, takeSubmissions, type SharedFile } from '../../intake.js';
import { textFor } from '../../text.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>;

export function appMention(ctx: SlackContext) {
  return async ({ event, body, logger }: Args): Promise<void> => {
    const e = event as typeof event & { files?: SharedFile[] };
    if (!e.user) return;
    const thread = e.thread_ts ?? e.ts;
    try {
      if (e.files && e.files.length > 0) {
        await takeSubmissions(ctx, { teamId: body.team_id, userId: e.user, channel: e.channel, threadTs: thread, eventId: body.event_id, files: e.files, text: e.text });
      } else {
        const user = e.user;
        await answerEvent(ctx, async () => {
          const where = await intakeContext(ctx.deps, ctx.orgRef(body.team_id), e.channel);
          await reply(ctx, { channel: e.channel, threadTs: thread }, textFor(await ctx.languageFor(user, where.language)).mentionHelp());
        });
      }
    } catch (err) {
      logger.error(`mention intake failed: ${errorName(err)}`);
      await reply(ctx, { channel: e.channel, threadTs: thread }, textFor('ja').failed());
    }
  };
}
