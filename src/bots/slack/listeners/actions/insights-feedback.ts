/**
 * 採用 / 却下 on a false-positive or miss report (the admin part of App Home): acceptFeedback
 * suppresses the phrase for the organisation (false positive) or keeps a labelled example (miss);
 * rejectFeedback records the decision. Admins only (members with the admin role or Slack workspace
 * admins); anyone else is told privately. App Home is published again afterwards.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { feedbackNotAdminText, feedbackOutcomeText } from '../../../../flows/insights/feedback-messages.js';
import { acceptFeedback, rejectFeedback } from '../../../../flows/insights/feedback-review.js';
import { errorName, type SlackContext } from '../../context.js';
import type { SlackRoutes } from '../../router.js';
import { dashboardViewer, publishHome } from '../../home.js';
import type { Lang } from '../../text.js';

export const INSIGHTS_ACTION_IDS = { accept: 'insights_accept_feedback', reject: 'insights_reject_feedback' } as const;

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

const FAILED = {
  ja: '処理できませんでした。しばらくしてからもう一度お試しください。',
  en: 'That did not work. Please try again in a moment.',
} as const;

/**
 * Privately to the presser: ephemeral where the button was in a channel; from App Home (no channel,
 * no response_url) in their DM with mamori, which only they see.
 */
async function tell(ctx: SlackContext, body: BlockAction, text: string): Promise<void> {
  const channel = body.channel?.id ?? body.container?.channel_id;
  if (channel) await ctx.client.chat.postEphemeral({ channel, user: body.user.id, text });
  else await ctx.client.chat.postMessage({ channel: body.user.id, text });
}

function decide(ctx: SlackContext, decision: 'accept' | 'reject') {
  return async ({ ack, body, action, logger }: Args): Promise<void> => {
    await ack();
    const teamId = body.team?.id ?? body.user.team_id;
    let lang: Lang = 'ja';
    try {
      const viewer = await dashboardViewer(ctx, teamId, body.user.id);
      lang = await ctx.languageFor(body.user.id, viewer.org.language === 'en' ? 'en' : 'ja');
      if (!viewer.admin) {
        await tell(ctx, body, feedbackNotAdminText(lang));
        return;
      }
      const input = { orgId: viewer.org.id, feedbackId: action.value ?? '', by: viewer.member.id };
      const out = decision === 'accept' ? await acceptFeedback(ctx.deps.database, input) : await rejectFeedback(ctx.deps.database, input);
      const fromHome = body.container?.type === 'view' || (!body.channel && !body.container?.channel_id);
      // From App Home the refreshed page is the answer; anywhere else (or when nothing changed) say it.
      if (!fromHome || (out.status !== 'accepted' && out.status !== 'rejected')) await tell(ctx, body, feedbackOutcomeText(lang, out));
      await publishHome(ctx, teamId, body.user.id);
    } catch (err) {
      logger.error(`insights ${decision} failed: ${errorName(err)}`);
      await tell(ctx, body, FAILED[lang]).catch(() => {});
    }
  };
}

export function registerInsightsActions(app: SlackRoutes, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(INSIGHTS_ACTION_IDS.accept, decide(ctx, 'accept'));
  app.action<BlockAction<ButtonAction>>(INSIGHTS_ACTION_IDS.reject, decide(ctx, 'reject'));
}
