import type { App } from '@slack/bolt';
import type { SlackContext } from '../../context.js';
import { ADMIN_COMMAND, mamoriAdmin } from './mamori-admin.js';

export function register(app: App, ctx: SlackContext): void {
  app.command(ADMIN_COMMAND, mamoriAdmin(ctx));
}
