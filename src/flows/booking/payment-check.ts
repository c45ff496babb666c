/**
 * Before a payment confirms a booking, what it says is compared with what the booking asked for:
 * the Checkout Session stored on the booking, the amount (tax included), the currency and the
 * organisation. A signed event proves it came from Stripe, not that it pays for this booking: a
 * session created elsewhere on the same Stripe account can carry our metadata with any amount.
 * A payment that disagrees confirms nothing and is recorded for the organisation's admins.
 */
import type { Tx } from '../../db/connection.js';
import type { BookingRow } from '../../db/repo/booking.js';
import { bookingPaymentMismatches, type PaymentProblem } from '../../db/schema/index.js';

/** What a paid checkout says about itself (a webhook event, or the session read back from Stripe). */
export interface PaidCheckout {
  sessionId: string | null;
  amountYen: number | null;
  currency: string | null;
  /** The organisation id we put in the session's metadata. */
  orgId: string | null;
  /** The booking id we put in the session's metadata. */
  bookingId: string | null;
}

/** Every field on which the payment and its booking disagree; [] when it pays for exactly this booking. */
export function paymentProblems(booking: BookingRow, paid: PaidCheckout): PaymentProblem[] {
  const problems: PaymentProblem[] = [];
  if (!booking.stripeCheckoutSessionId || booking.stripeCheckoutSessionId !== paid.sessionId) {
    problems.push({ field: 'session', expected: booking.stripeCheckoutSessionId, received: paid.sessionId });
  }
  if (paid.bookingId !== null && paid.bookingId !== booking.id) problems.push({ field: 'booking', expected: booking.id, received: paid.bookingId });
  if (paid.amountYen !== booking.totalYen) problems.push({ field: 'amount', expected: booking.totalYen, received: paid.amountYen });
  if (paid.currency?.toLowerCase() !== 'jpy') problems.push({ field: 'currency', expected: 'jpy', received: paid.currency });
  if (paid.orgId !== booking.orgId) problems.push({ field: 'organisation', expected: booking.orgId, received: paid.orgId });
  return problems;
}

export async function recordPaymentMismatch(
  tx: Tx, booking: BookingRow, source: 'webhook' | 'sweep',
  paid: PaidCheckout & { eventId: string | null; paymentIntentId: string | null }, problems: PaymentProblem[],
): Promise<void> {
  await tx.insert(bookingPaymentMismatches).values({
    orgId: booking.orgId, bookingId: booking.id, source, eventId: paid.eventId, sessionId: paid.sessionId,
    paymentIntentId: paid.paymentIntentId, problems,
  });
}
