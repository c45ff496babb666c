/** `book` / `予約`, `availability` / `受付時間`, `bookings` / `予約一覧`: in the personal chat only (a booking is nobody else's business). */
import { runBookingCommand, runInvoiceRights } from '../../booking/cards.js';
import { words } from '../../booking/words.js';
import { isPersonal, langOf, mentionedUsers } from '../context.js';
import type { CommandHandler } from './command.js';

export function bookingCommand(command: 'book' | 'availability' | 'bookings'): CommandHandler {
  return async ({ deps, ctx, org, rest }) => {
    if (!isPersonal(ctx.activity)) return { text: words[langOf(org)].personalOnly };
    return runBookingCommand(deps, org, ctx.activity, command, rest);
  };
}

/** `請求書払い @member 会社名` / `invoice-rights @member Company|off` (admins, in the personal chat as every booking command). */
export const invoiceRights: CommandHandler = async ({ deps, ctx, org, rest }) => {
  if (!isPersonal(ctx.activity)) return { text: words[langOf(org)].personalOnly };
  const [member] = await mentionedUsers(ctx);
  return runInvoiceRights(deps, org, ctx.activity, member, rest);
};
