/** Role-play practice's messages, posted in the trainee's DM with the bot (the shared views as Block Kit). */
import { intakeContext } from '../../flows/actions/settings.js';
import { practiceMessage } from '../../flows/practice/practice-in-chat.js';
import type { MessageView } from '../../flows/views/view.js';
import { renderView } from './blocks/render.js';
import { errorName, type SlackContext } from './context.js';

/** Posts the views in order in `channel` (a DM id, or the user id: Slack opens the DM). */
export async function postPracticeViews(ctx: SlackContext, channel: string, views: readonly MessageView[]): Promise<void> {
  for (const view of views) {
    const { blocks, text } = renderView(view, { surface: 'message' });
    try {
      await ctx.client.chat.postMessage({ channel, text, blocks });
    } catch (err) {
      ctx.logger.warn({ err: errorName(err) }, 'practice message not posted');
      return;
    }
  }
}

/**
 * A DM text as a practice reply: answered (feedback, the customer's next line, the summary at the end) and true
 * when the sender has a session under way; false otherwise, for the caller to handle the text as before. The
 * message's channel and ts identify it: a redelivered event is not judged twice.
 */
export async function practiceReply(ctx: SlackContext, teamId: string | undefined, user: string, channel: string, ts: string, text: string): Promise<boolean> {
  const org = ctx.orgRef(teamId);
  const where = await intakeContext(ctx.deps, org, channel);
  const lang = await ctx.languageFor(user, where.language);
  const views = await practiceMessage(ctx.deps, { org, trainee: user, text, messageId: `slack:${channel}:${ts}`, lang });
  if (views === null) return false;
  await postPracticeViews(ctx, channel, views);
  return true;
}
