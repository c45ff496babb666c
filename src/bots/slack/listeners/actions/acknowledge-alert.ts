/** 対応済み: the supervisor takes the alert; every copy shows who and when. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { acknowledgeAlert as acknowledge } from '../../../../flows/actions/alerts.js';
import { errorName, type SlackContext } from '../../context.js';
import { publishHome } from '../../home.js';
import { textFor } from '../../text.js';
import { pressed, tell } from './common.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

export function acknowledgeAlert(ctx: SlackContext) {
  return async ({ ack, body, action, logger }: Args): Promise<void> => {
    await ack();
    try {
      const p = await pressed(ctx, body, action);
      const out = await acknowledge(ctx.deps, { org: ctx.orgRef(p.teamId), analysisId: p.analysisId, by: { platformUserId: p.userId } });
      ctx.notify();
      if (out.status === 'already' && out.byPlatformUserId) await tell(ctx, p, textFor(p.lang).ackAlready(out.byPlatformUserId));
      if (out.status === 'not_found') await tell(ctx, p, textFor(p.lang).notFound());
      // Pressed on App Home (the supervisor's dashboard): show the list without it.
      if (body.view?.type === 'home') await publishHome(ctx, p.teamId, p.userId);
    } catch (err) {
      logger.error(`acknowledge failed: ${errorName(err)}`);
    }
  };
}
