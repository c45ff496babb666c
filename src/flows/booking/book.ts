/**
 * Booking a session (`/mamori-book`): a consultation paid by card (the slot is held while the trainee
 * pays through Stripe Checkout; the signed webhook confirms it) or by invoice (company-sent members
 * only: confirmed at once with a qualified invoice), or the free orientation (confirmed at once).
 *
 * The slot is checked against the rules first (a clear reason when the form was open too long), and
 * the database's exclusion constraint decides between two people committing the same slot.
 */
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../db/connection.js';
import {
  activeInstructors, bookingById, bookingByRequestKey, busyRangesOf, EXCLUSION_VIOLATION, lockInstructorCalendar, sqlState, takeInvoiceNumber, UNIQUE_VIOLATION,
  type BookingRow,
} from '../../db/repo/booking.js';
import { ensureMember, ensureOrganisation, type Member, type Organisation } from '../../db/repo/organisations.js';
import { bookingInvoices, bookings, BOOKING_KINDS, members, type BookingKind, type PaymentMethod } from '../../db/schema/index.js';
import { rulesFor, settingsFor } from './availability.js';
import { taxOn } from './config.js';
import { checkoutReturnUrl } from './checkout-return.js';
import { nowOf, type BookingDeps, type OrgRef, type Person } from './deps.js';
import { bookingMessages, slotRefusalMessage } from './messages.js';
import { formatSession, loadContext, nameOf, notifyBooking } from './notify.js';
import { PaymentsRejectedError, PaymentsUnavailableError } from './payments.js';
import { checkSlot, heldRange, type SlotRefusal } from './slots.js';
import { addDays, localDate } from '../../time/zone.js';

export const BookInput = z.object({
  kind: z.enum(BOOKING_KINDS),
  /** The instructor's platform user id; null/absent: the first instructor free at that time. */
  instructor: z.string().min(1).max(200).nullish(),
  /** ISO instant of the slot's start (as listFreeSlots gave it). */
  start: z.string().datetime({ offset: true }),
  topic: z.string().max(2000).default(''),
  /** For a consultation: 'card' or 'invoice'. */
  payment: z.enum(['card', 'invoice']).optional(),
  /** Unique per submitted form (e.g. the Slack view id): a double click books once. */
  requestKey: z.string().min(1).max(300),
  /** The trainee saw the guard's masked topic and books with it. */
  acceptMaskedTopic: z.boolean().optional(),
  meetingUrl: z.string().url().max(500).optional(),
});

export interface BookingSummary {
  id: string;
  kind: BookingKind;
  status: BookingRow['status'];
  start: string;
  end: string;
  when: string;
  instructorName: string;
  paymentMethod: PaymentMethod;
  totalYen: number;
}

export type BookOutcome =
  | { status: 'confirmed'; booking: BookingSummary; invoiceNumber?: string; message: string }
  | { status: 'awaiting_payment'; booking: BookingSummary; checkoutUrl: string; holdExpiresAt: string; message: string }
  | { status: 'slot_unavailable'; reason: SlotRefusal; message: string }
  | { status: 'topic_confidential'; findings: string[]; masked: string; message: string }
  | { status: 'invoice_not_allowed'; message: string }
  | { status: 'payment_not_available'; message: string }
  | { status: 'payments_unavailable'; message: string }
  | { status: 'no_instructor'; message: string }
  | { status: 'released'; booking: BookingSummary; message: string }
  | { status: 'invalid'; message: string };

export function summarise(b: BookingRow, org: Organisation, instructor: Member): BookingSummary {
  return {
    id: b.id, kind: b.kind, status: b.status, start: b.startsAt.toISOString(), end: b.endsAt.toISOString(),
    when: formatSession(org.language, org.timeZone, b.startsAt, b.endsAt), instructorName: nameOf(instructor),
    paymentMethod: b.paymentMethod, totalYen: b.totalYen,
  };
}

type Inserted =
  | { kind: 'inserted'; booking: BookingRow; instructor: Member; org: Organisation; invoiceNumber?: string }
  | { kind: 'existing'; booking: BookingRow; org: Organisation }
  | { kind: 'refused'; outcome: BookOutcome };

export async function bookSession(deps: BookingDeps, raw: { org: OrgRef; trainee: Person } & z.input<typeof BookInput>): Promise<BookOutcome> {
  const parsed = BookInput.safeParse(raw);
  if (!parsed.success) return { status: 'invalid', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const input = parsed.data;
  const now = nowOf(deps);
  const start = new Date(input.start);
  const log = deps.logger.child({ flow: 'book', requestKey: input.requestKey });

  let topic = input.topic.trim();
  if (topic && deps.topicGuard) {
    const guard = deps.topicGuard(topic);
    if (guard.findings.length > 0) {
      if (!input.acceptMaskedTopic) {
        // Told in the organisation's language, like every other refusal.
        const org = await ensureOrganisation(deps.database.db, raw.org, deps.orgDefaults);
        const m = bookingMessages(org.language);
        const kinds = [...new Set(guard.findings.map((f) => f.kind))];
        return { status: 'topic_confidential', findings: kinds, masked: guard.masked, message: m.topicConfidential(kinds.join(', ')) };
      }
      topic = guard.masked;
    }
  }

  let result: Inserted;
  try {
    result = await deps.database.db.transaction(async (tx): Promise<Inserted> => {
      const org = await ensureOrganisation(tx, raw.org, deps.orgDefaults);
      const m = bookingMessages(org.language);
      const trainee = await ensureMember(tx, org.id, { platformUserId: raw.trainee.platformUserId, displayName: raw.trainee.displayName, roles: ['trainee'] });
      const existing = await bookingByRequestKey(tx, org.id, input.requestKey);
      if (existing) return { kind: 'existing', booking: existing, org };

      let payment: PaymentMethod;
      if (input.kind === 'orientation') payment = 'free';
      else if (input.payment === 'invoice') {
        if (!trainee.mayPayByInvoice) {
          log.warn({ memberId: trainee.id }, 'invoice payment refused: member not marked as company-sent');
          return { kind: 'refused', outcome: { status: 'invoice_not_allowed', message: m.invoiceNotAllowed } };
        }
        if (!deps.config.invoice) return { kind: 'refused', outcome: { status: 'payment_not_available', message: m.invoiceNotConfigured } };
        payment = 'invoice';
      } else {
        if (!deps.payments) return { kind: 'refused', outcome: { status: 'payment_not_available', message: m.cardNotConfigured } };
        payment = 'card';
      }

      const settings = await settingsFor(tx, org, deps.config);
      const candidates = (await activeInstructors(tx, org.id)).filter((i) => !input.instructor || i.member.platformUserId === input.instructor);
      if (candidates.length === 0) return { kind: 'refused', outcome: { status: 'no_instructor', message: m.noInstructor } };
      const lastDay = addDays(localDate(now, org.timeZone), deps.config.windowDays);
      if (localDate(start, org.timeZone) > lastDay) {
        return { kind: 'refused', outcome: { status: 'slot_unavailable', reason: 'outside_hours', message: m.slotRefused.outside_hours } };
      }

      const priceYen = payment === 'free' ? 0 : deps.config.consultationPriceYen;
      const taxYen = taxOn(priceYen, deps.config.taxRatePercent);
      let refusal: SlotRefusal = 'taken';
      for (const { member: instructor, profile } of candidates) {
        await lockInstructorCalendar(tx, instructor.id);
        const rules = await rulesFor(tx, org, settings, deps.config, instructor.id, now);
        const { end, blockedUntil } = heldRange(start, deps.config.durationMinutes, settings.bufferMinutes);
        const busy = await busyRangesOf(tx, instructor.id, new Date(start.getTime() - 86_400_000), new Date(blockedUntil.getTime() + 86_400_000));
        const why = checkSlot(rules, start, busy, now);
        if (why) {
          refusal = candidates.length === 1 || why === 'past' || why === 'too_soon' ? why : refusal;
          continue;
        }
        // The constraint has the last word: a savepoint, so a refusal leaves the transaction usable.
        let booking: BookingRow;
        try {
          booking = await tx.transaction(async (sp) => {
            const [row] = await sp.insert(bookings).values({
              orgId: org.id, kind: input.kind, traineeId: trainee.id, instructorId: instructor.id, instructorKey: profile.key,
              startsAt: start, endsAt: end, blockedUntil,
              status: payment === 'card' ? 'held' : 'confirmed',
              paymentMethod: payment, priceYen, taxYen, totalYen: priceYen + taxYen,
              topic, meetingUrl: input.meetingUrl ?? null, requestKey: input.requestKey,
              holdExpiresAt: payment === 'card' ? new Date(now.getTime() + settings.holdMinutes * 60_000) : null,
              confirmedAt: payment === 'card' ? null : now,
              // Booked within a day of the start: the confirmation is the day-before reminder.
              reminded24hAt: payment !== 'card' && start.getTime() - now.getTime() <= 24 * 3_600_000 ? now : null,
            }).returning();
            return row!;
          });
        } catch (err) {
          const state = sqlState(err);
          if (state === EXCLUSION_VIOLATION || state === UNIQUE_VIOLATION) {
            // The same request submitted twice at once (a double click): the other one's booking.
            const again = await bookingByRequestKey(tx, org.id, input.requestKey);
            if (again) return { kind: 'existing', booking: again, org };
          }
          if (state === EXCLUSION_VIOLATION) { refusal = 'taken'; continue; }
          if (state === UNIQUE_VIOLATION) {
            const again = await bookingByRequestKey(tx, org.id, input.requestKey);
            if (again) return { kind: 'existing', booking: again, org };
          }
          throw err;
        }
        let invoiceNumber: string | undefined;
        if (payment === 'invoice') invoiceNumber = await issueInvoice(tx, deps, org, booking, trainee, instructor, now);
        if (payment !== 'card') {
          const ctx = await loadContext(tx, booking);
          await notifyBooking(tx, deps.queue, ctx, 'confirmed', ['trainee', 'instructor'], { config: deps.config });
        }
        return { kind: 'inserted', booking, instructor, org, ...(invoiceNumber ? { invoiceNumber } : {}) };
      }
      // A twin request (double click) may have committed while we looked: answer with its booking.
      const twin = await bookingByRequestKey(tx, org.id, input.requestKey);
      if (twin) return { kind: 'existing', booking: twin, org };
      return { kind: 'refused', outcome: { status: 'slot_unavailable', reason: refusal, message: slotRefusalMessage(m, refusal, settings.minNoticeMinutes) } };
    });
  } catch (err) {
    // Two identical requests raced past the request-key check: the other one won; report it.
    if (sqlState(err) === UNIQUE_VIOLATION) {
      const org = await ensureOrganisation(deps.database.db, raw.org, deps.orgDefaults);
      const again = await bookingByRequestKey(deps.database.db, org.id, input.requestKey);
      if (again) return existingOutcome(deps, org, again);
    }
    throw err;
  }

  if (result.kind === 'refused') {
    log.info({ status: result.outcome.status }, 'booking refused');
    return result.outcome;
  }
  if (result.kind === 'existing') return existingOutcome(deps, result.org, result.booking);

  const { booking, org, instructor } = result;
  const m = bookingMessages(org.language);
  log.info({ bookingId: booking.id, kind: booking.kind, payment: booking.paymentMethod }, 'booking recorded');
  if (booking.paymentMethod !== 'card') {
    return {
      status: 'confirmed', booking: summarise(booking, org, instructor), message: m.confirmedTitle,
      ...(result.invoiceNumber ? { invoiceNumber: result.invoiceNumber } : {}),
    };
  }
  return openCheckout(deps, booking, org, instructor);
}

/** Card: open the Stripe Checkout for a held booking; if Stripe cannot be reached, release the hold at once. */
async function openCheckout(deps: BookingDeps, booking: BookingRow, org: Organisation, instructor: Member): Promise<BookOutcome> {
  const m = bookingMessages(org.language);
  const log = deps.logger.child({ flow: 'book', bookingId: booking.id });
  try {
    const session = await deps.payments!.createCheckout({
      bookingId: booking.id,
      orgId: org.id,
      productName: m.kind[booking.kind],
      description: `${formatSession(org.language, org.timeZone, booking.startsAt, booking.endsAt)} / ${nameOf(instructor)}`,
      priceYen: booking.priceYen,
      taxYen: booking.taxYen,
      taxRatePercent: deps.config.taxRatePercent,
      // Stripe accepts 30 minutes to 24 hours; one minute past our hold (which is at least 30 minutes).
      // A payment in that minute after the hold lapsed is confirmed if the slot is still free, else refunded.
      expiresAt: new Date(booking.holdExpiresAt!.getTime() + 60_000),
      successUrl: checkoutReturnUrl(deps.config.checkout.successUrl, org.language, org.platform),
      cancelUrl: checkoutReturnUrl(deps.config.checkout.cancelUrl, org.language, org.platform),
      idempotencyKey: `mamori-checkout-${booking.id}`,
    });
    const updated = await deps.database.db.transaction(async (tx) => {
      const [row] = await tx.update(bookings).set({
        stripeCheckoutSessionId: session.sessionId, stripeCheckoutUrl: session.url, stripeCheckoutExpiresAt: session.expiresAt, updatedAt: sql`now()`,
      }).where(eq(bookings.id, booking.id)).returning();
      if (row && row.status === 'held') {
        const ctx = await loadContext(tx, row);
        await notifyBooking(tx, deps.queue, ctx, 'payment_link', ['trainee'], { config: deps.config });
      }
      return row!;
    });
    if (updated.status !== 'held') return existingOutcome(deps, org, updated);
    return {
      status: 'awaiting_payment', booking: summarise(updated, org, instructor), checkoutUrl: session.url,
      holdExpiresAt: updated.holdExpiresAt!.toISOString(), message: m.paymentText(Math.round((updated.holdExpiresAt!.getTime() - updated.createdAt.getTime()) / 60_000), session.url),
    };
  } catch (err) {
    if (!(err instanceof PaymentsUnavailableError || err instanceof PaymentsRejectedError)) throw err;
    log.warn({ err: { name: err.name, message: err.message } }, 'checkout could not be opened: hold released');
    await deps.database.db.update(bookings).set({ status: 'expired', holdExpiresAt: null, updatedAt: sql`now()` })
      .where(sql`${bookings.id} = ${booking.id} and ${bookings.status} = 'held'`);
    // holdExpiresAt null is only allowed when not held: the status changed in the same statement.
    return { status: 'payments_unavailable', message: m.paymentsUnavailable };
  }
}

/** A repeated request (double click, resent form): the state of the booking it made. */
async function existingOutcome(deps: BookingDeps, org: Organisation, booking: BookingRow): Promise<BookOutcome> {
  const m = bookingMessages(org.language);
  const [instructor] = await deps.database.db.select().from(members).where(eq(members.id, booking.instructorId));
  const summary = summarise(booking, org, instructor!);
  if (booking.status === 'held') {
    if (booking.stripeCheckoutUrl) {
      return { status: 'awaiting_payment', booking: summary, checkoutUrl: booking.stripeCheckoutUrl, holdExpiresAt: booking.holdExpiresAt!.toISOString(), message: m.paymentTitle };
    }
    return openCheckout(deps, booking, org, instructor!);
  }
  if (booking.status === 'expired' || booking.status === 'cancelled') return { status: 'released', booking: summary, message: m.releasedText };
  const invoice = booking.paymentMethod === 'invoice'
    ? (await deps.database.db.select().from(bookingInvoices).where(eq(bookingInvoices.bookingId, booking.id)))[0]
    : undefined;
  return { status: 'confirmed', booking: summary, message: m.confirmedTitle, ...(invoice ? { invoiceNumber: invoice.displayNumber } : {}) };
}

/** The qualified invoice of an invoice booking: the next consecutive number, taken in this transaction. */
async function issueInvoice(tx: Tx, deps: BookingDeps, org: Organisation, booking: BookingRow, trainee: Member, instructor: Member, now: Date): Promise<string> {
  const issuer = deps.config.invoice!;
  const number = await takeInvoiceNumber(tx, issuer.issuer);
  const displayNumber = `${issuer.numberPrefix}${String(number).padStart(6, '0')}`;
  const issuedOn = localDate(now, org.timeZone);
  const m = bookingMessages('ja');
  await tx.insert(bookingInvoices).values({
    orgId: org.id, bookingId: booking.id, issuer: issuer.issuer, number, displayNumber,
    issuedOn, dueOn: addDays(issuedOn, issuer.paymentDays),
    recipientCompany: trainee.sponsorCompany!, recipientName: trainee.displayName,
    description: `${m.kind[booking.kind]}（講師: ${nameOf(instructor)}）`,
    amountExclTaxYen: booking.priceYen, taxRatePercent: deps.config.taxRatePercent, taxYen: booking.taxYen, totalYen: booking.totalYen,
    issuerName: issuer.name, registrationNumber: issuer.registrationNumber,
  });
  return displayNumber;
}

export { bookingById };
