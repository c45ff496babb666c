/**
 * Verified payment events (Stripe webhooks, and the hold-expiry sweep's own look at a session):
 * processed once per event id however often Stripe resends; a paid session confirms its held booking;
 * an expired or failed one releases the slot; a payment that arrives for a slot no longer ours is
 * refunded (no payment is ever left without a booking). A payment that does not match its booking
 * (session, amount, currency, organisation: see payment-check.ts) confirms nothing and is recorded
 * for the organisation's admins.
 */
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import {
  bookingByCheckoutSession, EXCLUSION_VIOLATION, lockBooking, lockInstructorCalendar, recordWebhookEvent, sqlState, type BookingRow,
} from '../../db/repo/booking.js';
import { bookings, stripeWebhookEvents } from '../../db/schema/index.js';
import { nowOf, UUID_RE, type BookingDeps } from './deps.js';
import { loadContext, notifyBooking } from './notify.js';
import { paymentProblems, recordPaymentMismatch } from './payment-check.js';
import type { PaymentEvent } from './payments.js';
import { attemptRefund } from './refunds.js';

export type PaymentEventOutcome =
  | 'duplicate' | 'ignored' | 'unknown_session' | 'confirmed' | 'already_confirmed' | 'reinstated'
  | 'refund_started' | 'released' | 'not_held' | 'pending' | 'payment_mismatch';

export async function handlePaymentEvent(deps: BookingDeps, event: PaymentEvent): Promise<PaymentEventOutcome> {
  const log = deps.logger.child({ flow: 'payment-event', eventId: event.id, type: event.type });
  let refundBookingId: string | null = null;
  let orphanRefund: { eventId: string; paymentIntentId: string; amountYen: number; bookingId: string } | null = null;
  const outcome = await deps.database.db.transaction(async (tx): Promise<PaymentEventOutcome> => {
    if (!(await recordWebhookEvent(tx, event.id, event.type))) return 'duplicate';
    if (event.kind === 'ignored') return 'ignored';
    const booking = await findBooking(tx, event);
    if (!booking) {
      if (event.kind === 'checkout_paid' && event.bookingId && event.paymentIntentId && event.amountYen) {
        // Ours (it carries our metadata) but the booking is gone: give the money back.
        orphanRefund = { eventId: event.id, paymentIntentId: event.paymentIntentId, amountYen: event.amountYen, bookingId: event.bookingId };
        return 'refund_started';
      }
      return 'unknown_session';
    }
    switch (event.kind) {
      case 'checkout_paid': {
        const problems = paymentProblems(booking, event);
        if (problems.length > 0) {
          await recordPaymentMismatch(tx, booking, 'webhook', { ...event, eventId: event.id }, problems);
          log.warn({ bookingId: booking.id, sessionId: event.sessionId, fields: problems.map((p) => p.field) }, 'payment does not match its booking: not confirmed, recorded for the admins');
          return 'payment_mismatch';
        }
        const r = await confirmPaid(tx, deps, booking, event.paymentIntentId, event.sessionId);
        if (r === 'refund_started') refundBookingId = booking.id;
        return r;
      }
      case 'checkout_pending':
        return 'pending';
      case 'checkout_expired':
      case 'checkout_failed':
        return releaseHold(tx, deps, booking, event.sessionId);
    }
  });
  if (outcome === 'unknown_session') log.warn({ sessionId: event.sessionId }, 'payment event for an unknown checkout session: nothing done');
  else log.info({ outcome }, 'payment event handled');
  if (refundBookingId) await attemptRefund(deps, refundBookingId);
  if (orphanRefund) await refundOrphan(deps, orphanRefund);
  return outcome;
}

/**
 * The booking the event is about: by the session stored on it, else by the booking id in the
 * metadata. Whether the event really pays for it is decided afterwards (paymentProblems; releaseHold
 * compares the session), so a mismatch is recorded against the booking it claims.
 */
async function findBooking(tx: Tx, event: PaymentEvent): Promise<BookingRow | null> {
  const bySession = event.sessionId ? await bookingByCheckoutSession(tx, event.sessionId) : null;
  const id = bySession?.id ?? (event.bookingId && UUID_RE.test(event.bookingId) ? event.bookingId : null);
  if (!id) return null;
  return lockBooking(tx, id);
}

/**
 * The payment of a booking arrived. Held → confirmed. Released meanwhile (the hold ran out, or the
 * trainee cancelled before paying) → confirmed again if the slot is still free, else refunded.
 */
export async function confirmPaid(
  tx: Tx, deps: BookingDeps, booking: BookingRow, paymentIntentId: string | null, sessionId: string | null,
): Promise<'confirmed' | 'already_confirmed' | 'reinstated' | 'refund_started'> {
  const now = nowOf(deps);
  if (booking.paidAt) return 'already_confirmed';
  const paid = {
    paidAt: now, stripePaymentIntentId: paymentIntentId, stripeCheckoutSessionId: booking.stripeCheckoutSessionId ?? sessionId,
    confirmedAt: now, holdExpiresAt: null, updatedAt: sql`now()`,
    reminded24hAt: booking.startsAt.getTime() - now.getTime() <= 24 * 3_600_000 ? now : null,
  };
  if (booking.status === 'held') {
    const [row] = await tx.update(bookings).set({ ...paid, status: 'confirmed' }).where(eq(bookings.id, booking.id)).returning();
    await notifyBooking(tx, deps.queue, await loadContext(tx, row!), 'confirmed', ['trainee', 'instructor'], { config: deps.config });
    return 'confirmed';
  }
  const startsInFuture = booking.startsAt.getTime() > now.getTime();
  if ((booking.status === 'expired' || (booking.status === 'cancelled' && booking.cancelledBy === 'system')) && startsInFuture) {
    await lockInstructorCalendar(tx, booking.instructorId);
    try {
      const row = await tx.transaction(async (sp) => {
        const [r] = await sp.update(bookings).set({ ...paid, status: 'confirmed', cancelledAt: null, cancelledBy: null })
          .where(eq(bookings.id, booking.id)).returning();
        return r!;
      });
      await notifyBooking(tx, deps.queue, await loadContext(tx, row), 'confirmed', ['trainee', 'instructor'], { config: deps.config });
      return 'reinstated';
    } catch (err) {
      if (sqlState(err) !== EXCLUSION_VIOLATION) throw err;
    }
  }
  // The slot is gone (taken, cancelled by the trainee, or in the past): refund in full.
  const [row] = await tx.update(bookings).set({
    paidAt: now, stripePaymentIntentId: paymentIntentId, stripeCheckoutSessionId: booking.stripeCheckoutSessionId ?? sessionId,
    refundStatus: 'pending', refundYen: booking.totalYen, updatedAt: sql`now()`,
  }).where(eq(bookings.id, booking.id)).returning();
  await notifyBooking(tx, deps.queue, await loadContext(tx, row!), 'late_refund', ['trainee'], { config: deps.config });
  return 'refund_started';
}

/** The checkout expired or failed: release a held booking (and tell the trainee). */
export async function releaseHold(tx: Tx, deps: BookingDeps, booking: BookingRow, sessionId: string | null): Promise<'released' | 'not_held'> {
  if (booking.status !== 'held') return 'not_held';
  if (sessionId && booking.stripeCheckoutSessionId && booking.stripeCheckoutSessionId !== sessionId) return 'not_held';
  const [row] = await tx.update(bookings).set({ status: 'expired', holdExpiresAt: null, updatedAt: sql`now()` })
    .where(eq(bookings.id, booking.id)).returning();
  await notifyBooking(tx, deps.queue, await loadContext(tx, row!), 'released', ['trainee'], { config: deps.config });
  return 'released';
}

async function refundOrphan(deps: BookingDeps, r: { eventId: string; paymentIntentId: string; amountYen: number; bookingId: string }): Promise<void> {
  const log = deps.logger.child({ flow: 'payment-event', paymentIntentId: r.paymentIntentId });
  if (!deps.payments) return;
  try {
    const refund = await deps.payments.refund({ paymentIntentId: r.paymentIntentId, amountYen: r.amountYen, bookingId: r.bookingId, idempotencyKey: `mamori-orphan-refund-${r.paymentIntentId}` });
    log.warn({ refundId: refund.refundId }, 'payment without a booking refunded');
  } catch (err) {
    // Forget the event so Stripe's resend (the webhook answers 500) tries the refund again.
    await deps.database.db.delete(stripeWebhookEvents).where(eq(stripeWebhookEvents.eventId, r.eventId));
    log.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'refund of a payment without a booking failed');
    throw err;
  }
}
