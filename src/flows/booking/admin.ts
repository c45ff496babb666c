/**
 * For admins (`/mamori-admin bookings`, App Home): upcoming and past bookings, unpaid invoices,
 * revenue per month (on the organisation's calendar, by the session's month), a CSV export, and
 * marking an invoice paid. Also who may pay by invoice (sent by their company).
 */
import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { ensureMember, ensureOrganisation, type Organisation } from '../../db/repo/organisations.js';
import { addToOutbox } from '../../db/repo/outbox.js';
import { bookingInvoices, bookingPaymentMismatches, bookings, members } from '../../db/schema/index.js';
import type { Executor } from '../../db/connection.js';
import { isAdmin } from './availability.js';
import { UUID_RE, nowOf, type BookingDeps, type OrgRef, type Person } from './deps.js';
import { bookingMessages } from './messages.js';
import { formatSession } from './notify.js';
import { localDate, localParts, localTime } from '../../time/zone.js';

export interface AdminBookingRow {
  id: string;
  when: string;
  start: string;
  kind: string;
  status: string;
  trainee: string;
  instructor: string;
  paymentMethod: string;
  totalYen: number;
  refundYen: number;
  invoiceNumber: string | null;
  invoiceStatus: string | null;
}

export interface MonthRevenue {
  /** 'YYYY-MM' on the organisation's calendar. */
  month: string;
  sessions: number;
  cardYen: number;
  invoiceYen: number;
  refundedYen: number;
  /** card + invoice − refunds (tax included). */
  netYen: number;
  /** Invoiced and not paid yet (included in invoiceYen). */
  unpaidInvoiceYen: number;
}

export type AdminOutcome<T> = ({ status: 'ok' } & T) | { status: 'forbidden'; message: string };

async function asAdmin(deps: BookingDeps, ex: Executor, input: { org: OrgRef; actor: Person }): Promise<{ org: Organisation } | { status: 'forbidden'; message: string }> {
  const org = await ensureOrganisation(ex, input.org, deps.orgDefaults);
  const member = await ensureMember(ex, org.id, { platformUserId: input.actor.platformUserId, roles: [] });
  if (!isAdmin(member, input.actor)) return { status: 'forbidden', message: bookingMessages(org.language).notAdmin };
  return { org };
}

async function rows(ex: Executor, org: Organisation, where?: ReturnType<typeof and>, order: 'asc' | 'desc' = 'asc', limit = 200): Promise<AdminBookingRow[]> {
  const trainee = alias(members, 'trainee');
  const instructor = alias(members, 'instructor');
  const found = await ex.select({ b: bookings, trainee, instructor, invoice: bookingInvoices })
    .from(bookings)
    .innerJoin(trainee, eq(trainee.id, bookings.traineeId))
    .innerJoin(instructor, eq(instructor.id, bookings.instructorId))
    .leftJoin(bookingInvoices, eq(bookingInvoices.bookingId, bookings.id))
    .where(and(eq(bookings.orgId, org.id), where))
    .orderBy(order === 'asc' ? asc(bookings.startsAt) : desc(bookings.startsAt))
    .limit(limit);
  const m = bookingMessages(org.language);
  return found.map(({ b, trainee: t, instructor: i, invoice }) => ({
    id: b.id,
    when: formatSession(org.language, org.timeZone, b.startsAt, b.endsAt),
    start: b.startsAt.toISOString(),
    kind: m.kind[b.kind],
    status: m.status[b.status],
    trainee: t.displayName ?? t.platformUserId,
    instructor: i.displayName ?? i.platformUserId,
    paymentMethod: m.payment[b.paymentMethod],
    totalYen: b.totalYen,
    refundYen: b.refundStatus === 'refunded' || b.refundStatus === 'pending' ? b.refundYen : 0,
    invoiceNumber: invoice?.displayNumber ?? null,
    invoiceStatus: invoice?.status ?? null,
  }));
}

export async function adminBookingOverview(deps: BookingDeps, input: { org: OrgRef; actor: Person; months?: number }): Promise<AdminOutcome<{
  upcoming: AdminBookingRow[]; past: AdminBookingRow[];
  unpaidInvoices: Array<{ id: string; number: string; company: string; totalYen: number; dueOn: string; overdue: boolean; bookingId: string }>;
  revenue: MonthRevenue[];
  /** Paid checkouts that did not match their booking (newest first): the admin checks them at Stripe. */
  paymentMismatches: Array<{ bookingId: string; recordedAt: string; text: string }>;
}>> {
  const { db } = deps.database;
  const who = await asAdmin(deps, db, input);
  if ('status' in who) return who;
  const { org } = who;
  const now = nowOf(deps);
  const upcoming = await rows(db, org, and(gte(bookings.startsAt, now), sql`${bookings.status} in ('held', 'confirmed')`), 'asc', 100);
  const past = await rows(db, org, lt(bookings.startsAt, now), 'desc', 100);
  // Due dates are on the organisation's calendar: 00:30 in Tokyo is already the next day.
  const today = localDate(now, org.timeZone);
  const unpaid = await db.select().from(bookingInvoices)
    .where(and(eq(bookingInvoices.orgId, org.id), eq(bookingInvoices.status, 'unpaid'))).orderBy(asc(bookingInvoices.dueOn));
  return {
    status: 'ok', upcoming, past,
    unpaidInvoices: unpaid.map((i) => ({ id: i.id, number: i.displayNumber, company: i.recipientCompany, totalYen: i.totalYen, dueOn: i.dueOn, overdue: i.dueOn < today, bookingId: i.bookingId })),
    revenue: await revenueByMonth(db, org),
    paymentMismatches: await paymentMismatchLines(db, org),
  };
}

async function paymentMismatchLines(ex: Executor, org: Organisation): Promise<Array<{ bookingId: string; recordedAt: string; text: string }>> {
  const found = await ex.select().from(bookingPaymentMismatches).where(eq(bookingPaymentMismatches.orgId, org.id))
    .orderBy(desc(bookingPaymentMismatches.createdAt)).limit(50);
  const m = bookingMessages(org.language);
  return found.map((r) => {
    const when = `${localDate(r.createdAt, org.timeZone)} ${localTime(r.createdAt, org.timeZone)}`;
    return { bookingId: r.bookingId, recordedAt: r.createdAt.toISOString(), text: m.paymentMismatchLine(when, r.sessionId, r.problems.map((x) => x.field)) };
  });
}

/** Revenue per month of the session, on the organisation's calendar. */
export async function revenueByMonth(ex: Executor, org: Organisation): Promise<MonthRevenue[]> {
  const found = await ex.select({ b: bookings, invoice: bookingInvoices }).from(bookings)
    .leftJoin(bookingInvoices, eq(bookingInvoices.bookingId, bookings.id))
    .where(and(eq(bookings.orgId, org.id), sql`${bookings.paymentMethod} <> 'free'`));
  const months = new Map<string, MonthRevenue>();
  for (const { b, invoice } of found) {
    const card = b.paymentMethod === 'card' && b.paidAt !== null;
    const invoiced = b.paymentMethod === 'invoice' && invoice !== null && invoice.status !== 'void';
    if (!card && !invoiced) continue;
    const p = localParts(b.startsAt, org.timeZone);
    const month = `${p.year}-${String(p.month).padStart(2, '0')}`;
    const r = months.get(month) ?? { month, sessions: 0, cardYen: 0, invoiceYen: 0, refundedYen: 0, netYen: 0, unpaidInvoiceYen: 0 };
    if (card) r.cardYen += b.totalYen;
    if (invoiced) r.invoiceYen += invoice!.totalYen;
    if (invoiced && invoice!.status === 'unpaid') r.unpaidInvoiceYen += invoice!.totalYen;
    const refunded = b.refundStatus === 'refunded' || b.refundStatus === 'pending' ? b.refundYen : 0;
    r.refundedYen += refunded;
    if (b.status !== 'cancelled' && b.status !== 'expired') r.sessions += 1;
    r.netYen = r.cardYen + r.invoiceYen - r.refundedYen;
    months.set(month, r);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

const CSV_HEADER = ['booking_id', 'start_utc', 'when_local', 'kind', 'status', 'trainee', 'instructor', 'payment', 'total_yen', 'refund_yen', 'invoice_number', 'invoice_status'];

/** Every booking (optionally in [from, to)) as CSV: UTF-8 with a BOM so spreadsheet apps read Japanese right. */
export async function bookingsCsv(deps: BookingDeps, input: { org: OrgRef; actor: Person; from?: Date; to?: Date }): Promise<AdminOutcome<{ fileName: string; csv: string }>> {
  const { db } = deps.database;
  const who = await asAdmin(deps, db, input);
  if ('status' in who) return who;
  const list = await rows(db, who.org, and(input.from ? gte(bookings.startsAt, input.from) : undefined, input.to ? lt(bookings.startsAt, input.to) : undefined), 'asc', 100_000);
  const lines = [CSV_HEADER, ...list.map((r) => [r.id, r.start, r.when, r.kind, r.status, r.trainee, r.instructor, r.paymentMethod, String(r.totalYen), String(r.refundYen), r.invoiceNumber ?? '', r.invoiceStatus ?? ''])];
  return { status: 'ok', fileName: `mamori-bookings-${nowOf(deps).toISOString().slice(0, 10)}.csv`, csv: `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n` };
}

export function csvCell(v: string): string {
  // Quote everything that needs it; neutralise spreadsheet formulas (=, +, -, @ at the start).
  const safe = /^[=+\-@\t\r]/.test(v) && !/^-?\d/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) || safe !== v ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export type MarkPaidOutcome = { status: 'paid' | 'already_paid'; number: string } | { status: 'not_found' | 'forbidden' | 'void'; message: string };

export async function markInvoicePaid(deps: BookingDeps, input: { org: OrgRef; actor: Person; invoiceId: string }): Promise<MarkPaidOutcome> {
  return deps.database.db.transaction(async (tx) => {
    const who = await asAdmin(deps, tx, input);
    if ('status' in who) return who;
    const m = bookingMessages(who.org.language);
    if (!UUID_RE.test(input.invoiceId)) return { status: 'not_found', message: m.notFound } as const;
    const [invoice] = await tx.select().from(bookingInvoices).where(and(eq(bookingInvoices.id, input.invoiceId), eq(bookingInvoices.orgId, who.org.id))).for('update');
    if (!invoice) return { status: 'not_found', message: m.notFound } as const;
    if (invoice.status === 'paid') return { status: 'already_paid', number: invoice.displayNumber } as const;
    if (invoice.status === 'void') return { status: 'void', message: m.notChangeable } as const;
    const admin = await ensureMember(tx, who.org.id, { platformUserId: input.actor.platformUserId });
    await tx.update(bookingInvoices).set({ status: 'paid', paidAt: nowOf(deps), markedPaidBy: admin.id }).where(eq(bookingInvoices.id, invoice.id));
    return { status: 'paid', number: invoice.displayNumber } as const;
  });
}

export type InvoiceRightsOutcome = { status: 'saved'; mayPayByInvoice: boolean; company: string | null } | { status: 'forbidden' | 'invalid'; message: string };

/** An admin marks a member as sent by their company (may pay by invoice), or clears it. */
export async function setInvoiceRights(
  deps: BookingDeps, input: { org: OrgRef; actor: Person; member: { platformUserId: string; displayName?: string }; company: string | null },
): Promise<InvoiceRightsOutcome> {
  return deps.database.db.transaction(async (tx) => {
    const who = await asAdmin(deps, tx, input);
    if ('status' in who) return who;
    const company = input.company?.trim() || null;
    if (company && company.length > 200) return { status: 'invalid', message: 'company name too long' } as const;
    const member = await ensureMember(tx, who.org.id, { ...input.member, roles: ['trainee'] });
    await tx.update(members).set({ sponsorCompany: company, mayPayByInvoice: company !== null }).where(eq(members.id, member.id));
    return { status: 'saved', mayPayByInvoice: company !== null, company } as const;
  });
}

/**
 * Every booking as CSV in a message to the admin alone (it names trainees), for a platform whose
 * messages cannot carry a file the adapter uploads itself (Teams): the outbox message carries the file,
 * and the adapter offers it as it offers any message's file (a one-time download link). The message is
 * the admin's, once per request (`requestId`, e.g. the activity id): a redelivered request sends nothing twice.
 */
export async function sendBookingsCsv(
  deps: BookingDeps, input: { org: OrgRef; actor: Person; requestId: string; note: string },
): Promise<AdminOutcome<{ fileName: string; outboxIds: string[] }>> {
  const out = await bookingsCsv(deps, input);
  if (out.status !== 'ok') return out;
  return deps.database.db.transaction(async (tx) => {
    const org = await ensureOrganisation(tx, input.org, deps.orgDefaults);
    const ids = await addToOutbox(tx, [{
      orgId: org.id,
      kind: 'admin_notice',
      target: { type: 'user', platformUserId: input.actor.platformUserId },
      payload: {
        view: { fallbackText: input.note, blocks: [{ type: 'text', text: input.note }] },
        files: [{ name: out.fileName, mimeType: 'text/csv', content: out.csv }],
      },
      dedupeKey: `bookings_csv:${org.id}:${input.requestId}`,
    }]);
    await deps.queue.enqueueDelivery(tx, ids);
    return { status: 'ok' as const, fileName: out.fileName, outboxIds: ids };
  });
}
