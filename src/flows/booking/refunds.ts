/**
 * Refunds of card payments. The obligation is written first (refund_status 'pending' and the amount,
 * in the transaction that cancels the booking); then Stripe is asked with an idempotency key per
 * booking, so a retry after a timeout or a crash never refunds twice. Stripe unreachable: the refund
 * stays pending and the booking sweep retries it. Refused for good: 'failed', logged for an admin.
 */
import { and, eq, sql } from 'drizzle-orm';
import { bookingById } from '../../db/repo/booking.js';
import { bookings } from '../../db/schema/index.js';
import type { BookingDeps } from './deps.js';
import { loadContext, notifyBooking } from './notify.js';
import { PaymentsRejectedError, PaymentsUnavailableError } from './payments.js';

export type RefundOutcome = 'refunded' | 'pending' | 'failed' | 'nothing_to_do';

export async function attemptRefund(deps: BookingDeps, bookingId: string): Promise<RefundOutcome> {
  const log = deps.logger.child({ flow: 'refund', bookingId });
  const booking = await bookingById(deps.database.db, bookingId);
  if (!booking || booking.refundStatus !== 'pending') return 'nothing_to_do';
  if (booking.refundYen === 0) {
    await deps.database.db.update(bookings).set({ refundStatus: 'none', updatedAt: sql`now()` }).where(eq(bookings.id, bookingId));
    return 'nothing_to_do';
  }
  if (!deps.payments || !booking.stripePaymentIntentId) {
    log.error({ hasPayments: deps.payments !== null }, 'refund pending but no card payment to refund');
    return 'pending';
  }
  let refund: { refundId: string; status: string };
  try {
    refund = await deps.payments.refund({
      paymentIntentId: booking.stripePaymentIntentId,
      amountYen: booking.refundYen,
      bookingId,
      idempotencyKey: `mamori-refund-${bookingId}`,
    });
  } catch (err) {
    if (err instanceof PaymentsUnavailableError) {
      log.warn({ err: { name: err.name, message: err.message } }, 'refund postponed: payments unavailable');
      return 'pending';
    }
    if (err instanceof PaymentsRejectedError) {
      await deps.database.db.update(bookings).set({ refundStatus: 'failed', updatedAt: sql`now()` })
        .where(and(eq(bookings.id, bookingId), eq(bookings.refundStatus, 'pending')));
      log.error({ err: { name: err.name, message: err.message } }, 'refund refused by the payment provider: needs an admin');
      return 'failed';
    }
    throw err;
  }
  await deps.database.db.transaction(async (tx) => {
    const [row] = await tx.update(bookings).set({ refundStatus: 'refunded', stripeRefundId: refund.refundId, updatedAt: sql`now()` })
      .where(and(eq(bookings.id, bookingId), eq(bookings.refundStatus, 'pending'))).returning();
    if (row) {
      await notifyBooking(tx, deps.queue, await loadContext(tx, row), 'refunded', ['trainee'], { config: deps.config, discriminator: refund.refundId });
    }
  });
  log.info({ refundId: refund.refundId, amountYen: booking.refundYen }, 'refunded');
  return 'refunded';
}
