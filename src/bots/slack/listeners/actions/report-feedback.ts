/** 誤検知を報告 / 見逃しを報告: stored at once; a modal offers to add a note. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { analysisForbiddenMessage } from '../../../../flows/actions/analysis-access.js';
import { reportFeedback as report } from '../../../../flows/actions/feedback.js';
import { clipModalTitle, LIMITS } from '../../blocks/limits.js';
import { section } from '../../blocks/render.js';
import { errorName, type SlackContext } from '../../context.js';
import { textFor } from '../../text.js';
import { pressed, tell } from './common.js';

export const FEEDBACK_NOTE_VIEW = 'feedback_note';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

export function reportFeedback(ctx: SlackContext, kind: 'false_positive' | 'missed') {
  return async ({ ack, body, action, logger }: Args): Promise<void> => {
    await ack();
    try {
      const p = await pressed(ctx, body, action);
      const t = textFor(p.lang);
      const by = { platformUserId: p.userId, isWorkspaceAdmin: await ctx.isWorkspaceAdmin(p.userId) };
      const out = await report(ctx.deps, { org: ctx.orgRef(p.teamId), analysisId: p.analysisId, kind, by });
      if (out.status !== 'recorded') {
        await tell(ctx, p, out.status === 'forbidden' ? analysisForbiddenMessage(p.lang) : t.notFound(), body.message?.thread_ts ?? body.message?.ts);
        return;
      }
      await ctx.client.views.open({
        trigger_id: body.trigger_id,
        view: {
          type: 'modal', callback_id: FEEDBACK_NOTE_VIEW,
          private_metadata: JSON.stringify({ analysisId: p.analysisId, kind, teamId: p.teamId }).slice(0, LIMITS.privateMetadata),
          title: { type: 'plain_text', text: clipModalTitle(t.feedbackTitle(kind)) },
          submit: { type: 'plain_text', text: t.submit() },
          close: { type: 'plain_text', text: t.close() },
          blocks: [
            section(t.feedbackThanks(kind)),
            {
              type: 'input', block_id: 'note', optional: true,
              label: { type: 'plain_text', text: t.feedbackNoteLabel() },
              element: { type: 'plain_text_input', action_id: 'note', multiline: true, max_length: 2000 },
            },
          ],
        },
      });
    } catch (err) {
      logger.error(`feedback failed: ${errorName(err)}`);
    }
  };
}
