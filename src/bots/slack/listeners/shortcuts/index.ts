import type { SlackContext } from '../../context.js';
import type { SlackRoutes } from '../../router.js';
import { ANALYSE_SHORTCUT, analyseMessage } from './analyse-message.js';
import { HIDE_SHORTCUT, hideMessage, RESOLVE_SHORTCUT, resolveMessage } from './community-shortcuts.js';
import { REVEAL_ASKER_SHORTCUT, revealAskerShortcut } from '../../community/reveal-asker.js';

export function register(app: SlackRoutes, ctx: SlackContext): void {
  app.shortcut({ callback_id: ANALYSE_SHORTCUT, type: 'message_action' }, analyseMessage(ctx));
  app.shortcut({ callback_id: HIDE_SHORTCUT, type: 'message_action' }, hideMessage(ctx));
  app.shortcut({ callback_id: RESOLVE_SHORTCUT, type: 'message_action' }, resolveMessage(ctx));
  app.shortcut({ callback_id: REVEAL_ASKER_SHORTCUT, type: 'message_action' }, revealAskerShortcut(ctx));
}
