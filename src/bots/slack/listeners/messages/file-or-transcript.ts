/**
 * A message event: a file shared in a DM with the bot or in a group DM it was added to, a transcript
 * pasted in a DM (also as a reply in a thread), or a file shared in a channel configured for intake
 * (mentions are the app_mention listener's). Every reply, help text included, is given once per event id.
 * A DM text while the sender has a practice session under way is their reply in it (src/bots/slack/practice.ts).
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { intakeContext } from '../../../../flows/actions/settings.js';
import { helpFor } from '../../../../flows/help.js';
import { errorName, type SlackContext } from '../../context.js';
import { looksLikeTranscript } from '../../../../flows/shared-input.js';
import { answerEvent, reply, takeSubmissions, type SharedFile } from '../../intake.js';
import { textFor } from '../../text.js';
import { practiceReply } from '../../practice.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

interface MessageLike {
  subtype?: string;
  user?: string;
  bot_id?: string;
  channel: string;
  channel_type?: string;
  ts: string;
  thread_ts?: string;
  text?: string;
  files?: SharedFile[];
}

export function fileOrTranscriptMessage(ctx: SlackContext) {
  return async ({ event, body, logger }: Args): Promise<void> => {
    const m = event as unknown as MessageLike;
    if (m.bot_id || !m.user || (m.subtype && m.subtype !== 'file_share')) return;
    const teamId = (body as { team_id?: string }).team_id;
    const eventId = (body as { event_id?: string }).event_id;
    const thread = m.thread_ts ?? m.ts;
    try {
      if (m.channel_type === 'im') {
        // While a practice session is under way, the trainee's text is their reply to the customer (issue 18).
        if ((!m.files || m.files.length === 0) && m.text && (await practiceReply(ctx, teamId, m.user, m.channel, m.ts, m.text))) return;
        if (m.files && m.files.length > 0) {
          await takeSubmissions(ctx, { teamId, userId: m.user, channel: m.channel, threadTs: thread, eventId, files: m.files, text: m.text });
        } else if (m.text && looksLikeTranscript(m.text)) {
          await takeSubmissions(ctx, { teamId, userId: m.user, channel: m.channel, threadTs: thread, eventId, pasted: { ts: m.ts, text: m.text } });
        } else {
          const user = m.user;
          await answerEvent(ctx, async () => {
            const where = await intakeContext(ctx.deps, ctx.orgRef(teamId), m.channel);
            const by = { platformUserId: user, isWorkspaceAdmin: await ctx.isWorkspaceAdmin(user) };
            // What this reader's roles can do (src/flows/help.ts), as Teams' `help` says it.
            await reply(ctx, { channel: m.channel, threadTs: thread }, await helpFor(ctx.deps, { org: ctx.orgRef(teamId), by, language: await ctx.languageFor(user, where.language) }));
          });
        }
        return;
      }
      if (!m.files || m.files.length === 0) return;
      if (ctx.identity.botUserId && m.text?.includes(`<@${ctx.identity.botUserId}>`)) return; // app_mention takes it
      // A group DM mamori was added to is a DM with a few people (mpim:history): its files are for mamori;
      // what the people write there to each other is theirs, so text gets no help or analysis.
      if (m.channel_type !== 'mpim') {
        const where = await intakeContext(ctx.deps, ctx.orgRef(teamId), m.channel);
        if (!where.intake) return;
      }
      await takeSubmissions(ctx, { teamId, userId: m.user, channel: m.channel, threadTs: thread, eventId, files: m.files, text: m.text });
    } catch (err) {
      logger.error(`message intake failed: ${errorName(err)}`);
      await reply(ctx, { channel: m.channel, threadTs: thread }, textFor('ja').failed());
    }
  };
}
