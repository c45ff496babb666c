/** Queries of the booking tables. Flows own the rules; these only read and write rows. */
import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../connection.js';
import {
  ACTIVE_BOOKING_STATUSES, bookingDaysOff, bookingInstructors, bookingInvoiceCounters, bookingInvoices, bookings,
  bookingSettings, bookingWeeklyHours, members, stripeWebhookEvents,
} from '../schema/index.js';

export type BookingRow = typeof bookings.$inferSelect;
export type NewBooking = typeof bookings.$inferInsert;
export type BookingSettingsRow = typeof bookingSettings.$inferSelect;
export type InstructorRow = typeof bookingInstructors.$inferSelect;
export type InvoiceRow = typeof bookingInvoices.$inferSelect;
export type WeeklyHoursRow = typeof bookingWeeklyHours.$inferSelect;

export type BookingSettingsDefaults = Omit<BookingSettingsRow, 'orgId' | 'updatedAt' | 'lateMoveAllowed' | 'excludeHolidays'> &
  Partial<Pick<BookingSettingsRow, 'lateMoveAllowed' | 'excludeHolidays'>>;

export async function ensureBookingSettings(ex: Executor, orgId: string, defaults: BookingSettingsDefaults): Promise<BookingSettingsRow> {
  await ex.insert(bookingSettings).values({ orgId, ...defaults }).onConflictDoNothing({ target: bookingSettings.orgId });
  const [row] = await ex.select().from(bookingSettings).where(eq(bookingSettings.orgId, orgId));
  if (!row) throw new Error('booking settings vanished after upsert');
  return row;
}

export async function ensureInstructorProfile(ex: Executor, orgId: string, memberId: string): Promise<InstructorRow> {
  await ex.insert(bookingInstructors).values({ orgId, memberId }).onConflictDoNothing({ target: bookingInstructors.memberId });
  const [row] = await ex.select().from(bookingInstructors).where(eq(bookingInstructors.memberId, memberId));
  if (!row) throw new Error('instructor profile vanished after upsert');
  return row;
}

export async function instructorProfile(ex: Executor, memberId: string): Promise<InstructorRow | null> {
  const [row] = await ex.select().from(bookingInstructors).where(eq(bookingInstructors.memberId, memberId));
  return row ?? null;
}

/** Active instructors of the organisation with a profile, oldest profile first (the "first free" order). */
export async function activeInstructors(ex: Executor, orgId: string) {
  return ex
    .select({ profile: bookingInstructors, member: members })
    .from(bookingInstructors)
    .innerJoin(members, eq(members.id, bookingInstructors.memberId))
    .where(and(eq(bookingInstructors.orgId, orgId), eq(bookingInstructors.active, true), sql`'instructor' = any(${members.roles})`))
    .orderBy(asc(bookingInstructors.key));
}

export async function weeklyHoursOf(ex: Executor, instructorId: string): Promise<WeeklyHoursRow[]> {
  return ex.select().from(bookingWeeklyHours).where(eq(bookingWeeklyHours.instructorId, instructorId))
    .orderBy(asc(bookingWeeklyHours.weekday), asc(bookingWeeklyHours.startMinute));
}

export async function replaceWeeklyHours(
  tx: Tx, instructorId: string, hours: Array<{ weekday: number; startMinute: number; endMinute: number }>,
): Promise<void> {
  await tx.delete(bookingWeeklyHours).where(eq(bookingWeeklyHours.instructorId, instructorId));
  if (hours.length > 0) await tx.insert(bookingWeeklyHours).values(hours.map((h) => ({ instructorId, ...h })));
}

export async function daysOffOf(ex: Executor, instructorId: string, fromDay?: string): Promise<string[]> {
  const rows = await ex.select({ day: bookingDaysOff.day }).from(bookingDaysOff)
    .where(and(eq(bookingDaysOff.instructorId, instructorId), fromDay ? sql`${bookingDaysOff.day} >= ${fromDay}` : undefined))
    .orderBy(asc(bookingDaysOff.day));
  return rows.map((r) => r.day);
}

export async function addDaysOff(ex: Executor, instructorId: string, days: string[]): Promise<void> {
  if (days.length === 0) return;
  await ex.insert(bookingDaysOff).values(days.map((day) => ({ instructorId, day }))).onConflictDoNothing();
}

export async function removeDaysOff(ex: Executor, instructorId: string, days: string[]): Promise<void> {
  if (days.length === 0) return;
  await ex.delete(bookingDaysOff).where(and(eq(bookingDaysOff.instructorId, instructorId), inArray(bookingDaysOff.day, days)));
}

/** Active bookings of an instructor that hold time between `from` and `to` (optionally leaving one out). */
export async function busyRangesOf(ex: Executor, instructorId: string, from: Date, to: Date, exceptBookingId?: string) {
  return ex
    .select({ start: bookings.startsAt, blockedUntil: bookings.blockedUntil })
    .from(bookings)
    .where(and(
      eq(bookings.instructorId, instructorId),
      inArray(bookings.status, [...ACTIVE_BOOKING_STATUSES]),
      lt(bookings.startsAt, to),
      gt(bookings.blockedUntil, from),
      exceptBookingId ? sql`${bookings.id} <> ${exceptBookingId}` : undefined,
    ));
}

export async function bookingById(ex: Executor, id: string): Promise<BookingRow | null> {
  const [row] = await ex.select().from(bookings).where(eq(bookings.id, id));
  return row ?? null;
}

export async function lockBooking(tx: Tx, id: string): Promise<BookingRow | null> {
  const [row] = await tx.select().from(bookings).where(eq(bookings.id, id)).for('update');
  return row ?? null;
}

export async function bookingByCheckoutSession(ex: Executor, sessionId: string): Promise<BookingRow | null> {
  const [row] = await ex.select().from(bookings).where(eq(bookings.stripeCheckoutSessionId, sessionId));
  return row ?? null;
}

export async function bookingByRequestKey(ex: Executor, orgId: string, requestKey: string): Promise<BookingRow | null> {
  const [row] = await ex.select().from(bookings).where(and(eq(bookings.orgId, orgId), eq(bookings.requestKey, requestKey)));
  return row ?? null;
}

/** Takes the next invoice number of an issuer: the counter row is locked until the transaction ends, so numbers have no gaps. */
export async function takeInvoiceNumber(tx: Tx, issuer: string): Promise<number> {
  await tx.insert(bookingInvoiceCounters).values({ issuer, lastNumber: 0 }).onConflictDoNothing();
  const [row] = await tx
    .update(bookingInvoiceCounters)
    .set({ lastNumber: sql`${bookingInvoiceCounters.lastNumber} + 1` })
    .where(eq(bookingInvoiceCounters.issuer, issuer))
    .returning({ n: bookingInvoiceCounters.lastNumber });
  if (!row) throw new Error('invoice counter vanished');
  return row.n;
}

export async function invoiceOfBooking(ex: Executor, bookingId: string): Promise<InvoiceRow | null> {
  const [row] = await ex.select().from(bookingInvoices).where(eq(bookingInvoices.bookingId, bookingId));
  return row ?? null;
}

/** Records a Stripe event id; false when it was already there (a resent event). */
export async function recordWebhookEvent(tx: Tx, eventId: string, type: string): Promise<boolean> {
  const rows = await tx.insert(stripeWebhookEvents).values({ eventId, type }).onConflictDoNothing().returning({ id: stripeWebhookEvents.eventId });
  return rows.length === 1;
}

/**
 * Serialises writers of one instructor's calendar for the rest of the transaction. The exclusion
 * constraint alone stays the last word, but two transactions whose new ranges conflict each wait
 * for the other's uncommitted row, and with the invoice counter in the middle PostgreSQL breaks
 * the cycle by aborting one of them (40P01, seen in CI). Taking this lock first turns that
 * into an orderly queue. Callers lock instructors in one order (the candidate list's), so the
 * lock itself cannot deadlock.
 */
export async function lockInstructorCalendar(tx: Tx, instructorId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${'mamori:calendar:' + instructorId}, 0))`);
}

/** PostgreSQL's SQLSTATE of an error thrown by either driver (postgres.js, PGlite), possibly wrapped by drizzle. */
export function sqlState(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export const EXCLUSION_VIOLATION = '23P01';
export const UNIQUE_VIOLATION = '23505';
