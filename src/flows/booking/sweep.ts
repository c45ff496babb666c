/**
 * The booking sweep, run every minute by a pg-boss schedule (which fires once across instances; each
 * step is idempotent anyway, so a second run or a retried job changes nothing):
 * 1. holds past their time: the Checkout is closed at Stripe first; a session paid meanwhile confirms
 *    the booking, otherwise the slot is released. Stripe unreachable: retried next minute, and
 *    released anyway once Stripe's own session has certainly expired.
 * 2. reminders 24 h and 1 h before, once each: the booking row is claimed (reminded_*_at) and the
 *    messages written in the same transaction, with dedupe keys per booking, version and recipient.
 * 3. refunds still pending (Stripe was unreachable): asked again with the same idempotency key.
 */
import { and, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import { lockBooking } from '../../db/repo/booking.js';
import { bookings } from '../../db/schema/index.js';
import { nowOf, type BookingDeps } from './deps.js';
import { loadContext, notifyBooking } from './notify.js';
import { paymentProblems, recordPaymentMismatch } from './payment-check.js';
import { confirmPaid, releaseHold } from './payment-events.js';
import { PaymentsRejectedError, PaymentsUnavailableError, type CheckoutState } from './payments.js';
import { attemptRefund } from './refunds.js';

export interface SweepReport {
  released: number;
  confirmed: number;
  reminders24h: number;
  reminders1h: number;
  refunds: number;
}

const HOUR = 3_600_000;

export async function runBookingSweep(deps: BookingDeps): Promise<SweepReport> {
  const report: SweepReport = { released: 0, confirmed: 0, reminders24h: 0, reminders1h: 0, refunds: 0 };
  await expireHolds(deps, report);
  await sendReminders(deps, report);
  await retryRefunds(deps, report);
  return report;
}

async function expireHolds(deps: BookingDeps, report: SweepReport): Promise<void> {
  const now = nowOf(deps);
  const { db } = deps.database;
  const due = await db.select({ id: bookings.id, sessionId: bookings.stripeCheckoutSessionId, sessionExpiresAt: bookings.stripeCheckoutExpiresAt })
    .from(bookings).where(and(eq(bookings.status, 'held'), lte(bookings.holdExpiresAt, now))).limit(200);
  for (const hold of due) {
    let state: CheckoutState | null = null;
    if (hold.sessionId && deps.payments) {
      try {
        state = await deps.payments.expireCheckout(hold.sessionId);
      } catch (err) {
        const stripeSurelyExpired = hold.sessionExpiresAt !== null && hold.sessionExpiresAt.getTime() + 5 * 60_000 < now.getTime();
        const reason = { name: (err as Error).name, message: (err as Error).message };
        if (err instanceof PaymentsRejectedError) {
          deps.logger.warn({ bookingId: hold.id, err: reason }, 'checkout refused by the provider: releasing the hold');
        } else if (err instanceof PaymentsUnavailableError) {
          deps.logger.warn({ bookingId: hold.id, err: reason }, stripeSurelyExpired ? 'checkout state unknown, its session has expired anyway: releasing' : 'checkout state unknown: retrying next sweep');
          if (!stripeSurelyExpired) continue;
        } else {
          throw err;
        }
      }
    }
    await db.transaction(async (tx) => {
      const booking = await lockBooking(tx, hold.id);
      if (!booking || booking.status !== 'held') return;
      if (state && state.status === 'complete' && state.paid) {
        const paid = { ...state, sessionId: hold.sessionId };
        const problems = paymentProblems(booking, paid);
        if (problems.length === 0) {
          const r = await confirmPaid(tx, deps, booking, state.paymentIntentId, hold.sessionId);
          if (r === 'confirmed' || r === 'reinstated') report.confirmed += 1;
          return;
        }
        // Paid, but not what this booking asked for: the slot is released like an unpaid hold.
        await recordPaymentMismatch(tx, booking, 'sweep', { ...paid, eventId: null }, problems);
        deps.logger.warn({ bookingId: booking.id, fields: problems.map((p) => p.field) }, 'paid checkout does not match its booking: not confirmed, recorded for the admins');
      }
      if ((await releaseHold(tx, deps, booking, null)) === 'released') report.released += 1;
    });
  }
}

async function sendReminders(deps: BookingDeps, report: SweepReport): Promise<void> {
  const now = nowOf(deps);
  const { db } = deps.database;
  for (const which of ['24h', '1h'] as const) {
    const column = which === '24h' ? bookings.reminded24hAt : bookings.reminded1hAt;
    const lead = which === '24h' ? 24 * HOUR : HOUR;
    const due = await db.select({ id: bookings.id }).from(bookings).where(and(
      eq(bookings.status, 'confirmed'), isNull(column),
      lte(bookings.startsAt, new Date(now.getTime() + lead)), gt(bookings.startsAt, now),
    )).limit(500);
    for (const { id } of due) {
      await db.transaction(async (tx) => {
        // Claim: only one sweep gets the row back.
        const [row] = await tx.update(bookings).set(which === '24h' ? { reminded24hAt: now } : { reminded1hAt: now })
          .where(and(eq(bookings.id, id), eq(bookings.status, 'confirmed'), isNull(column))).returning();
        if (!row) return;
        // The day-before reminder is pointless within the last hour: the 1-hour one follows.
        if (which === '24h' && row.startsAt.getTime() - now.getTime() <= HOUR) return;
        await notifyBooking(tx, deps.queue, await loadContext(tx, row), which === '24h' ? 'reminder_24h' : 'reminder_1h', ['trainee', 'instructor'], { config: deps.config });
        if (which === '24h') report.reminders24h += 1;
        else report.reminders1h += 1;
      });
    }
  }
}

async function retryRefunds(deps: BookingDeps, report: SweepReport): Promise<void> {
  const pending = await deps.database.db.select({ id: bookings.id }).from(bookings)
    .where(and(eq(bookings.refundStatus, 'pending'), lte(bookings.updatedAt, sql`now()`))).limit(100);
  for (const { id } of pending) {
    if ((await attemptRefund(deps, id)) === 'refunded') report.refunds += 1;
  }
}
