/**
 * Changes to a booking: the trainee cancels or moves it (free until the deadline, default 24 h before;
 * after it, the organisation's policy, shown before they confirm), the instructor cancels (always a
 * full refund, the trainee told at once), an admin cancels (as the instructor), and after the session
 * the instructor records held or no-show.
 */
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { busyRangesOf, EXCLUSION_VIOLATION, lockBooking, lockInstructorCalendar, sqlState, type BookingRow, type BookingSettingsRow } from '../../db/repo/booking.js';
import { ensureMember, ensureOrganisation, type Member, type Organisation } from '../../db/repo/organisations.js';
import { bookingInvoices, bookings, type CancelledBy } from '../../db/schema/index.js';
import { isAdmin, rulesFor, settingsFor } from './availability.js';
import { summarise, type BookingSummary } from './book.js';
import { nowOf, UUID_RE, type BookingDeps, type OrgRef, type Person } from './deps.js';
import { bookingMessages, slotRefusalMessage } from './messages.js';
import { formatSession, loadContext, notifyBooking } from './notify.js';
import { attemptRefund } from './refunds.js';
import { checkSlot, heldRange, type SlotRefusal } from './slots.js';

export interface CancellationTerms {
  deadline: string;
  beforeDeadline: boolean;
  refundYen: number;
  /** Invoice bookings: is the invoice cancelled? */
  invoiceVoided: boolean;
  message: string;
}

type Role = 'trainee' | 'instructor' | 'admin';

function roleIn(b: BookingRow, member: Member, person: Person): Role | null {
  if (b.traineeId === member.id) return 'trainee';
  if (b.instructorId === member.id) return 'instructor';
  if (isAdmin(member, person)) return 'admin';
  return null;
}

/** What cancelling now means for this booking and this person. */
export function cancellationTerms(org: Organisation, settings: BookingSettingsRow, b: BookingRow, role: Role, now: Date): CancellationTerms {
  const m = bookingMessages(org.language);
  const deadlineAt = new Date(b.startsAt.getTime() - settings.cancelDeadlineHours * 3_600_000);
  const deadline = formatSession(org.language, org.timeZone, deadlineAt, deadlineAt).replace(/–.*$/, '');
  const before = role !== 'trainee' || now.getTime() <= deadlineAt.getTime();
  const percent = before ? 100 : settings.lateCancelRefundPercent;
  const paidByCard = b.paymentMethod === 'card' && b.paidAt !== null;
  const refundYen = paidByCard ? Math.floor((b.totalYen * percent) / 100) : 0;
  const invoiceVoided = b.paymentMethod === 'invoice' && percent >= 100;
  const message = role === 'trainee'
    ? m.cancelPreview(deadline, before, refundYen, paidByCard ? 'card' : b.paymentMethod === 'invoice' ? 'invoice' : 'free', percent)
    : m.cancelledByInstructor;
  return { deadline, beforeDeadline: before, refundYen, invoiceVoided, message };
}

async function load(tx: Tx, deps: BookingDeps, input: { org: OrgRef; actor: Person; bookingId: string }) {
  const org = await ensureOrganisation(tx, input.org, deps.orgDefaults);
  const member = await ensureMember(tx, org.id, { platformUserId: input.actor.platformUserId, displayName: input.actor.displayName, roles: [] });
  const booking = UUID_RE.test(input.bookingId) ? await lockBooking(tx, input.bookingId) : null;
  const settings = await settingsFor(tx, org, deps.config);
  return { org, member, booking: booking && booking.orgId === org.id ? booking : null, settings };
}

export type PreviewOutcome =
  | { status: 'ok'; booking: BookingSummary; terms: CancellationTerms; canMove: boolean }
  | { status: 'not_found' | 'forbidden' | 'not_changeable'; message: string };

/** Shown in the cancel/move form before the person confirms. */
export async function previewCancellation(deps: BookingDeps, input: { org: OrgRef; actor: Person; bookingId: string }): Promise<PreviewOutcome> {
  return deps.database.db.transaction(async (tx) => {
    const { org, member, booking, settings } = await load(tx, deps, input);
    const m = bookingMessages(org.language);
    if (!booking) return { status: 'not_found', message: m.notFound } as const;
    const role = roleIn(booking, member, input.actor);
    if (!role) return { status: 'forbidden', message: m.notYours } as const;
    if (!['held', 'confirmed'].includes(booking.status)) return { status: 'not_changeable', message: m.notChangeable } as const;
    const terms = cancellationTerms(org, settings, booking, role, nowOf(deps));
    const ctx = await loadContext(tx, booking);
    return { status: 'ok', booking: summarise(booking, org, ctx.instructor), terms, canMove: terms.beforeDeadline || settings.lateMoveAllowed } as const;
  });
}

export type CancelOutcome =
  | { status: 'cancelled'; refundYen: number; refund: 'none' | 'refunded' | 'pending' | 'failed'; message: string }
  | { status: 'already_cancelled'; message: string }
  | { status: 'terms_changed'; terms: CancellationTerms; message: string }
  | { status: 'not_found' | 'forbidden' | 'not_changeable'; message: string };

/**
 * Cancels. `expectedRefundYen` is what the form showed: if the deadline passed while it was open the
 * terms differ, and nothing is done until the person confirms the new terms.
 */
export async function cancelBooking(
  deps: BookingDeps, input: { org: OrgRef; actor: Person; bookingId: string; expectedRefundYen?: number; reason?: string },
): Promise<CancelOutcome> {
  const now = nowOf(deps);
  const outcome = await deps.database.db.transaction(async (tx): Promise<CancelOutcome & { refundPending?: boolean; sessionToExpire?: string | null }> => {
    const { org, member, booking, settings } = await load(tx, deps, input);
    const m = bookingMessages(org.language);
    if (!booking) return { status: 'not_found', message: m.notFound };
    const role = roleIn(booking, member, input.actor);
    if (!role) return { status: 'forbidden', message: m.notYours };
    if (booking.status === 'cancelled' || booking.status === 'expired') return { status: 'already_cancelled', message: m.alreadyCancelled };
    if (booking.status !== 'held' && booking.status !== 'confirmed') return { status: 'not_changeable', message: m.notChangeable };
    const terms = cancellationTerms(org, settings, booking, role, now);
    if (input.expectedRefundYen !== undefined && input.expectedRefundYen !== terms.refundYen) {
      return { status: 'terms_changed', terms, message: `${m.policyChanged}\n${terms.message}` };
    }
    const cancelledBy: CancelledBy = role === 'admin' ? 'admin' : role;
    const [row] = await tx.update(bookings).set({
      status: 'cancelled', cancelledAt: now, cancelledBy, holdExpiresAt: null, updatedAt: sql`now()`,
      refundYen: terms.refundYen, refundStatus: terms.refundYen > 0 ? 'pending' : 'none',
    }).where(eq(bookings.id, booking.id)).returning();
    if (booking.paymentMethod === 'invoice' && terms.invoiceVoided) {
      await tx.update(bookingInvoices).set({ status: 'void', voidedAt: now, paidAt: null }).where(eq(bookingInvoices.bookingId, booking.id));
    }
    const notes = [
      booking.paymentMethod === 'card' && booking.paidAt ? m.cancelledRefund(terms.refundYen) : null,
      booking.paymentMethod === 'invoice' ? (terms.invoiceVoided ? m.invoiceVoided : m.invoiceStillDue) : null,
      input.reason ? input.reason.slice(0, 500) : null,
    ].filter((x): x is string => x !== null);
    if (booking.status === 'confirmed') {
      await notifyBooking(tx, deps.queue, await loadContext(tx, row!), 'cancelled', ['trainee', 'instructor'], { config: deps.config, note: notes.join('\n') || undefined });
    }
    return {
      status: 'cancelled', refundYen: terms.refundYen, refund: terms.refundYen > 0 ? 'pending' : 'none',
      message: [m.cancelledTitle, ...notes].join('\n'),
      refundPending: terms.refundYen > 0, sessionToExpire: booking.status === 'held' ? booking.stripeCheckoutSessionId : null,
    };
  });
  const { refundPending, sessionToExpire, ...result } = outcome;
  if (sessionToExpire && deps.payments) {
    // Close the payment page so it can no longer be paid (a payment that still arrives is refunded).
    await deps.payments.expireCheckout(sessionToExpire).catch((err: Error) =>
      deps.logger.warn({ bookingId: input.bookingId, err: { name: err.name, message: err.message } }, 'could not close the checkout of a cancelled hold'));
  }
  if (refundPending && result.status === 'cancelled') {
    const r = await attemptRefund(deps, input.bookingId);
    return { ...result, refund: r === 'refunded' ? 'refunded' : r === 'failed' ? 'failed' : 'pending' };
  }
  return result;
}

export type MoveOutcome =
  | { status: 'moved'; booking: BookingSummary; message: string }
  | { status: 'slot_unavailable'; reason: SlotRefusal; message: string }
  | { status: 'too_late'; message: string }
  | { status: 'not_found' | 'forbidden' | 'not_changeable'; message: string };

/** Moves a confirmed booking to another free slot of the same instructor (payment and invoice carry over). */
export async function moveBooking(deps: BookingDeps, input: { org: OrgRef; actor: Person; bookingId: string; start: string }): Promise<MoveOutcome> {
  const now = nowOf(deps);
  const start = new Date(input.start);
  return deps.database.db.transaction(async (tx): Promise<MoveOutcome> => {
    const { org, member, booking, settings } = await load(tx, deps, input);
    const m = bookingMessages(org.language);
    if (!booking) return { status: 'not_found', message: m.notFound };
    const role = roleIn(booking, member, input.actor);
    if (!role) return { status: 'forbidden', message: m.notYours };
    if (booking.status !== 'confirmed') return { status: 'not_changeable', message: m.notChangeable };
    if (Number.isNaN(start.getTime())) return { status: 'slot_unavailable', reason: 'outside_hours', message: m.slotRefused.outside_hours };
    const terms = cancellationTerms(org, settings, booking, role, now);
    if (!terms.beforeDeadline && !settings.lateMoveAllowed) return { status: 'too_late', message: m.moveNotAllowedLate(terms.deadline) };
    await lockInstructorCalendar(tx, booking.instructorId);
    const rules = await rulesFor(tx, org, settings, deps.config, booking.instructorId, now);
    const { end, blockedUntil } = heldRange(start, deps.config.durationMinutes, settings.bufferMinutes);
    const busy = await busyRangesOf(tx, booking.instructorId, new Date(start.getTime() - 86_400_000), new Date(blockedUntil.getTime() + 86_400_000), booking.id);
    const why = checkSlot(rules, start, busy, now);
    if (why) return { status: 'slot_unavailable', reason: why, message: slotRefusalMessage(m, why, settings.minNoticeMinutes) };
    let row: BookingRow;
    try {
      row = await tx.transaction(async (sp) => {
        const [r] = await sp.update(bookings).set({
          startsAt: start, endsAt: end, blockedUntil, moves: sql`${bookings.moves} + 1`,
          reminded24hAt: start.getTime() - now.getTime() <= 24 * 3_600_000 ? now : null, reminded1hAt: null, updatedAt: sql`now()`,
        }).where(eq(bookings.id, booking.id)).returning();
        return r!;
      });
    } catch (err) {
      if (sqlState(err) === EXCLUSION_VIOLATION) return { status: 'slot_unavailable', reason: 'taken', message: m.slotRefused.taken };
      throw err;
    }
    const ctx = await loadContext(tx, row);
    await notifyBooking(tx, deps.queue, ctx, 'moved', ['trainee', 'instructor'], { config: deps.config });
    return { status: 'moved', booking: summarise(row, org, ctx.instructor), message: m.movedTitle };
  });
}

export type OutcomeRecorded =
  | { status: 'recorded'; outcome: 'completed' | 'no_show'; message: string }
  | { status: 'too_early' | 'not_found' | 'forbidden' | 'not_changeable'; message: string };

/** After the session the instructor (or an admin) records held (実施済み) or no-show. */
export async function recordSessionOutcome(
  deps: BookingDeps, input: { org: OrgRef; actor: Person; bookingId: string; outcome: 'completed' | 'no_show' },
): Promise<OutcomeRecorded> {
  const now = nowOf(deps);
  return deps.database.db.transaction(async (tx): Promise<OutcomeRecorded> => {
    const { org, member, booking } = await load(tx, deps, input);
    const m = bookingMessages(org.language);
    if (!booking) return { status: 'not_found', message: m.notFound };
    const role = roleIn(booking, member, input.actor);
    if (role !== 'instructor' && role !== 'admin') return { status: 'forbidden', message: m.notInstructor };
    if (booking.status === input.outcome) return { status: 'recorded', outcome: input.outcome, message: m.outcome[input.outcome] };
    if (!['confirmed', 'completed', 'no_show'].includes(booking.status)) return { status: 'not_changeable', message: m.notChangeable };
    if (booking.startsAt.getTime() > now.getTime()) return { status: 'too_early', message: m.outcomeTooEarly };
    await tx.update(bookings).set({ status: input.outcome, outcomeAt: now, updatedAt: sql`now()` }).where(eq(bookings.id, booking.id));
    return { status: 'recorded', outcome: input.outcome, message: m.outcome[input.outcome] };
  });
}
