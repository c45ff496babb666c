/**
 * The admins' overview of bookings (Slack `/mamori-admin bookings`, Teams `bookings admin`): upcoming
 * and past bookings, unpaid invoices each with 入金済み, payments that did not match, revenue per month.
 * Names and companies are typed spans: members chose them, so no platform may read them as markup.
 */
import type { Screen, ScreenBlock, Span } from '../../views/screen.js';
import { said, typed } from '../../views/screen.js';
import type { AdminBookingRow, adminBookingOverview } from '../admin.js';
import { formWords } from '../form-words.js';
import { bookingMessages } from '../messages.js';

type Overview = Extract<Awaited<ReturnType<typeof adminBookingOverview>>, { status: 'ok' }>;

/** More than this many rows of a list are counted, not shown: the CSV has them all. */
export const OVERVIEW_SHOWN = 10;

/** `footnote` is the platform's word on the CSV (sent to the DM, or not available there). */
export function adminOverviewScreen(language: string, out: Omit<Overview, 'status'>, footnote: string): Screen<never> {
  const w = formWords(language);
  const m = bookingMessages(language);
  const row = (r: AdminBookingRow): Span[] => [
    said(`${r.when} ・ ${r.kind} ・ `), typed(r.trainee), said(' → '), typed(r.instructor),
    said(` ・ ${r.status} ・ ${r.paymentMethod}${r.totalYen > 0 ? ` ${m.yen(r.totalYen)}` : ''}${r.invoiceNumber ? ` (${r.invoiceNumber})` : ''}`),
  ];
  const list = (title: string, rows: AdminBookingRow[]): ScreenBlock => ({
    type: 'list', title, count: rows.length, empty: w.none,
    items: [...rows.slice(0, OVERVIEW_SHOWN).map(row), ...(rows.length > OVERVIEW_SHOWN ? [[said(w.more(rows.length - OVERVIEW_SHOWN))]] : [])],
  });
  const blocks: ScreenBlock[] = [list(w.upcoming, out.upcoming), list(w.past, out.past)];
  blocks.push({ type: 'list', title: w.unpaid, count: out.unpaidInvoices.length, empty: w.none, items: [] });
  for (const i of out.unpaidInvoices.slice(0, OVERVIEW_SHOWN)) {
    blocks.push({
      type: 'row',
      spans: [said(`${i.number} ・ `), typed(i.company), said(` ・ ${m.yen(i.totalYen)} ・ ${w.due} ${i.dueOn}${i.overdue ? ` ⚠️ ${w.overdue}` : ''}`)],
      buttons: [{ id: 'booking_invoice_paid', label: w.paid, value: i.id, style: 'primary' }],
    });
  }
  if (out.unpaidInvoices.length > OVERVIEW_SHOWN) blocks.push({ type: 'note', spans: [said(w.more(out.unpaidInvoices.length - OVERVIEW_SHOWN))] });
  if (out.paymentMismatches.length > 0) {
    blocks.push({ type: 'list', title: `⚠️ ${m.paymentMismatchTitle}`, count: out.paymentMismatches.length, empty: w.none, items: out.paymentMismatches.slice(0, OVERVIEW_SHOWN).map((x) => [said(x.text)]) });
  }
  const revenue = out.revenue.slice(-12).map((r) => [said(w.revenueLine(r.month, r.sessions, m.yen(r.netYen), m.yen(r.cardYen), m.yen(r.invoiceYen), m.yen(r.refundedYen), m.yen(r.unpaidInvoiceYen)))]);
  blocks.push({ type: 'list', title: w.revenue, items: revenue, empty: w.none });
  blocks.push({ type: 'note', spans: [said(footnote)] });
  return { title: w.overviewTitle, blocks, fallbackText: w.overviewTitle };
}
