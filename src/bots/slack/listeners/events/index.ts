import type { SlackContext } from '../../context.js';
import type { SlackRoutes } from '../../router.js';
import { appHomeOpened } from './app-home-opened.js';
import { appMention } from './app-mention.js';

export function register(app: SlackRoutes, ctx: SlackContext): void {
  app.event('app_mention', appMention(ctx));
  app.event('app_home_opened', appHomeOpened(ctx));
}
