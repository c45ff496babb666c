/** 記録先を変更: a member chosen in the answer's user select; the analysis id rides in the block id. */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs, UsersSelectAction } from '@slack/bolt';
import { analysisForbiddenMessage } from '../../../../flows/actions/analysis-access.js';
import { chargeCallTo, chargedMessage } from '../../../../flows/insights/charge-staff.js';
import { errorName, type SlackContext } from '../../context.js';
import { textFor } from '../../text.js';
import { pressed, tell } from './common.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<UsersSelectAction>>;

export function chargeStaff(ctx: SlackContext) {
  return async ({ ack, body, action, logger }: Args): Promise<void> => {
    await ack();
    try {
      const analysisId = action.block_id.replace(/^charge_staff:/, '');
      if (!action.selected_user) return;
      const p = await pressed(ctx, body, { value: analysisId });
      const by = { platformUserId: p.userId, isWorkspaceAdmin: await ctx.isWorkspaceAdmin(p.userId) };
      const out = await chargeCallTo(ctx.deps, { org: ctx.orgRef(p.teamId), analysisId, by, staff: { platformUserId: action.selected_user } });
      const thread = body.message?.thread_ts ?? body.message?.ts;
      if (out.status === 'charged') await tell(ctx, p, chargedMessage(p.lang, { ...out, name: out.name ?? `<@${out.platformUserId}>` }), thread);
      else await tell(ctx, p, out.status === 'forbidden' ? analysisForbiddenMessage(p.lang) : textFor(p.lang).notFound(), thread);
    } catch (err) {
      logger.error(`charge staff failed: ${errorName(err)}`);
    }
  };
}
