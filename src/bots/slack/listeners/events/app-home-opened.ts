/** App Home: how to use mamori, and the organisation's settings. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { errorName, type SlackContext } from '../../context.js';
import { publishHome } from '../../home.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>;

export function appHomeOpened(ctx: SlackContext) {
  return async ({ event, body, logger }: Args): Promise<void> => {
    if (event.tab && event.tab !== 'home') return;
    try {
      await publishHome(ctx, body.team_id, event.user);
    } catch (err) {
      logger.error(`home not published: ${errorName(err)}`);
    }
  };
}
