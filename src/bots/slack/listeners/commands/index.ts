import type { SlackContext } from '../../context.js';
import type { SlackRoutes } from '../../router.js';
import { ADMIN_COMMAND, mamoriAdmin } from './mamori-admin.js';
import { AVAILABILITY_COMMAND, BOOK_COMMAND, mamoriAvailability, mamoriBook } from './booking-commands.js';
import { ASK_COMMAND, EVENT_COMMAND, FAQ_COMMAND, mamoriAsk, mamoriEvent, mamoriFaq } from './community-commands.js';
import { EXPORT_COMMAND, mamoriExport } from './insights-export.js';
import { mamoriPractice, PRACTICE_COMMAND } from './practice-command.js';

export function register(app: SlackRoutes, ctx: SlackContext): void {
  app.command(ADMIN_COMMAND, mamoriAdmin(ctx));
  app.command(ASK_COMMAND, mamoriAsk(ctx));
  app.command(FAQ_COMMAND, mamoriFaq(ctx));
  app.command(EVENT_COMMAND, mamoriEvent(ctx));
  app.command(BOOK_COMMAND, mamoriBook(ctx));
  app.command(AVAILABILITY_COMMAND, mamoriAvailability(ctx));
  app.command(EXPORT_COMMAND, mamoriExport(ctx));
  app.command(PRACTICE_COMMAND, mamoriPractice(ctx));
}
