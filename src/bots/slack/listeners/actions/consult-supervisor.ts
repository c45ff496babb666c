/** 上長に相談: the sharer's supervisors are alerted now, whatever the score. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { consultSupervisor as consult } from '../../../../flows/actions/alerts.js';
import { errorName, type SlackContext } from '../../context.js';
import { textFor } from '../../text.js';
import { pressed, tell } from './common.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

export function consultSupervisor(ctx: SlackContext) {
  return async ({ ack, body, action, logger }: Args): Promise<void> => {
    await ack();
    try {
      const p = await pressed(ctx, body, action);
      const t = textFor(p.lang);
      const out = await consult(ctx.deps, { org: ctx.orgRef(p.teamId), analysisId: p.analysisId, by: { platformUserId: p.userId } });
      ctx.notify();
      const thread = body.message?.thread_ts ?? body.message?.ts;
      const text = out.status === 'sent' ? t.consultSent(out.supervisors)
        : out.status === 'already_sent' ? t.consultAlready()
        : out.status === 'no_supervisor' ? t.noSupervisor() : t.notFound();
      await tell(ctx, p, text, thread);
    } catch (err) {
      logger.error(`consult failed: ${errorName(err)}`);
    }
  };
}
