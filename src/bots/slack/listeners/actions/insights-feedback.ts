/**
 * 採用 / 却下 on a false-positive or miss report (the admin part of App Home): acceptFeedback
 * suppresses the phrase for the organisation (false positive) or keeps a labelled example (miss);
 * rejectFeedback records the decision. Admins only (members with the admin role or Slack workspace
 * admins); anyone else is told privately. App Home is published again afterwards.
 */
import type { AllMiddlewareArgs, App, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { acceptFeedback, rejectFeedback, type ReviewOutcome } from '../../../../flows/insights/feedback-review.js';
import { errorName, type SlackContext } from '../../context.js';
import { dashboardViewer, publishHome } from '../../home.js';
import type { Lang } from '../../text.js';

export const INSIGHTS_ACTION_IDS = { accept: 'insights_accept_feedback', reject: 'insights_reject_feedback' } as const;

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

const TEXT = {
  ja: {
    notAdmin: '報告の採用・却下は mamori の管理者だけができます。',
    accepted: (phrase: string | null) => (phrase ? `報告を採用しました。今後の解析では「${phrase}」を含む箇所を検出しません。` : '報告を採用し、見逃しの例として保存しました。'),
    rejected: '報告を却下しました。',
    already: 'この報告はすでに判断済みです。',
    notFound: '報告が見つかりません（削除された可能性があります）。',
    noPhrase: '抑制する言い回しを特定できませんでした。報告のコメントに「」で言い回しを書いてもらってください。',
    failed: '処理できませんでした。しばらくしてからもう一度お試しください。',
  },
  en: {
    notAdmin: 'Only mamori admins can accept or reject reports.',
    accepted: (phrase: string | null) => (phrase ? `Accepted. Future analyses will no longer flag passages containing "${phrase}".` : 'Accepted and kept as an example of a miss.'),
    rejected: 'Report rejected.',
    already: 'This report has already been decided.',
    notFound: 'Report not found (it may have been deleted).',
    noPhrase: 'No phrase to suppress could be identified. Ask the reporter to quote it in 「」 in the comment.',
    failed: 'That did not work. Please try again in a moment.',
  },
} as const;

function outcomeText(lang: Lang, out: ReviewOutcome): string {
  const t = TEXT[lang];
  switch (out.status) {
    case 'accepted': return t.accepted(out.suppressedPhrase);
    case 'rejected': return t.rejected;
    case 'already_decided': return t.already;
    case 'not_found': return t.notFound;
    case 'no_phrase': return t.noPhrase;
  }
}

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
        await tell(ctx, body, TEXT[lang].notAdmin);
        return;
      }
      const input = { orgId: viewer.org.id, feedbackId: action.value ?? '', by: viewer.member.id };
      const out = decision === 'accept' ? await acceptFeedback(ctx.deps.database, input) : await rejectFeedback(ctx.deps.database, input);
      const fromHome = body.container?.type === 'view' || (!body.channel && !body.container?.channel_id);
      // From App Home the refreshed page is the answer; anywhere else (or when nothing changed) say it.
      if (!fromHome || (out.status !== 'accepted' && out.status !== 'rejected')) await tell(ctx, body, outcomeText(lang, out));
      await publishHome(ctx, teamId, body.user.id);
    } catch (err) {
      logger.error(`insights ${decision} failed: ${errorName(err)}`);
      await tell(ctx, body, TEXT[lang].failed).catch(() => {});
    }
  };
}

export function registerInsightsActions(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(INSIGHTS_ACTION_IDS.accept, decide(ctx, 'accept'));
  app.action<BlockAction<ButtonAction>>(INSIGHTS_ACTION_IDS.reject, decide(ctx, 'reject'));
}
