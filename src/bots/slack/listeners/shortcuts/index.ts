import type { App } from '@slack/bolt';
import type { SlackContext } from '../../context.js';
import { ANALYSE_SHORTCUT, analyseMessage } from './analyse-message.js';

export function register(app: App, ctx: SlackContext): void {
  app.shortcut({ callback_id: ANALYSE_SHORTCUT, type: 'message_action' }, analyseMessage(ctx));
}
