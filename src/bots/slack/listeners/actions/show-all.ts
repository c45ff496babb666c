/** 全文を見る: a modal with every excerpt (within the modal's 100 blocks). */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { findAnalysis } from '../../../../flows/actions/analysis-lookup.js';
import { buildAnalysisView } from '../../../../flows/views/analysis-view.js';
import { LABELS } from '../../../../flows/views/labels.js';
import { clipModalTitle } from '../../blocks/limits.js';
import { notice, renderView } from '../../blocks/render.js';
import { errorName, type SlackContext } from '../../context.js';
import { textFor } from '../../text.js';
import { pressed } from './common.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

export function showAll(ctx: SlackContext) {
  return async ({ ack, body, action, logger }: Args): Promise<void> => {
    await ack();
    try {
      const p = await pressed(ctx, body, action);
      const t = textFor(p.lang);
      const result = await findAnalysis(ctx.deps, ctx.orgRef(p.teamId), p.analysisId);
      const blocks = result
        ? renderView(buildAnalysisView({ ...result, language: p.lang }, { analysisId: p.analysisId, withActions: false }), { surface: 'modal', omitted: LABELS[p.lang].more }).blocks
        : notice(t.notFound()).blocks;
      await ctx.client.views.open({
        trigger_id: body.trigger_id,
        view: { type: 'modal', title: { type: 'plain_text', text: clipModalTitle(t.allExcerpts()) }, close: { type: 'plain_text', text: t.close() }, blocks },
      });
    } catch (err) {
      logger.error(`show all failed: ${errorName(err)}`);
    }
  };
}
