/**
 * Booking's part of a person's home page (Slack App Home; Teams may render it too): for instructors
 * their hours, days off, meeting URL and coming sessions; for trainees and graduates their coming
 * bookings; for admins the overview in figures (coming bookings, unpaid invoices, this month's
 * revenue). Read only: nothing is created for a person who has no part in booking.
 */
import { and, count, eq, gte, inArray } from 'drizzle-orm';
import { daysOffOf, instructorProfile, weeklyHoursOf } from '../../db/repo/booking.js';
import { ensureOrganisation } from '../../db/repo/organisations.js';
import { bookingInvoices, bookings, members } from '../../db/schema/index.js';
import { revenueByMonth, type MonthRevenue } from './admin.js';
import { formatWeeklyHours, isAdmin, isInstructor } from './availability.js';
import { nowOf, type BookingDeps, type OrgRef, type Person } from './deps.js';
import { bookingMessages } from './messages.js';
import { myBookings } from './mine.js';
import { formatSession } from './notify.js';
import { localDate } from '../../time/zone.js';

export interface HomeSession {
  id: string;
  when: string;
  kind: string;
  status: string;
  /** The trainee for an instructor, the instructor for a trainee. */
  counterpart: string;
  /** The session's own meeting URL, if one was set for it. */
  meetingUrl: string | null;
  canSetMeetingUrl: boolean;
}

export interface BookingHome {
  language: string;
  instructor: { hours: string[]; daysOff: string[]; meetingUrl: string | null; sessions: HomeSession[] } | null;
  trainee: { sessions: HomeSession[] } | null;
  admin: {
    upcoming: number;
    unpaidInvoices: number;
    overdueInvoices: number;
    unpaidYen: number;
    /** 'YYYY-MM' on the organisation's calendar. */
    month: string;
    revenue: MonthRevenue;
  } | null;
}

/** One line a weekday: '月 09:00-12:00, 13:00-18:00'. */
function hoursByWeekday(language: string, rows: Array<{ weekday: number; startMinute: number; endMinute: number }>): string[] {
  const lines = new Map<number, string>();
  for (const r of rows) {
    const [line] = formatWeeklyHours(language, [r]);
    const range = line!.slice(line!.indexOf(' ') + 1);
    lines.set(r.weekday, lines.has(r.weekday) ? `${lines.get(r.weekday)}, ${range}` : line!);
  }
  return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => l);
}

/** `language` is the viewer's (the page's); the organisation's otherwise. */
export async function bookingHome(deps: BookingDeps, input: { org: OrgRef; person: Person; language?: string | undefined }): Promise<BookingHome> {
  const { db } = deps.database;
  const org = await ensureOrganisation(db, input.org, deps.orgDefaults);
  const language = input.language ?? org.language;
  const m = bookingMessages(language);
  const now = nowOf(deps);
  const [member] = await db.select().from(members).where(and(eq(members.orgId, org.id), eq(members.platformUserId, input.person.platformUserId)));
  const empty: BookingHome = { language, instructor: null, trainee: null, admin: null };
  if (!member) return empty;

  const mine = (await myBookings(deps, org, member.platformUserId)) ?? [];
  const coming = mine.filter((b) => b.booking.endsAt.getTime() > now.getTime());
  const session = (b: (typeof coming)[number]): HomeSession => ({
    id: b.booking.id,
    when: formatSession(language, org.timeZone, b.booking.startsAt, b.booking.endsAt),
    kind: m.kind[b.booking.kind],
    status: m.status[b.booking.status],
    counterpart: b.counterpart,
    meetingUrl: b.booking.meetingUrl,
    canSetMeetingUrl: b.canSetMeetingUrl,
  });
  const asTrainee = coming.filter((b) => !b.asInstructor).map(session);
  const asInstructor = coming.filter((b) => b.asInstructor).map(session);

  let instructor: BookingHome['instructor'] = null;
  if (isInstructor(member)) {
    const profile = await instructorProfile(db, member.id);
    instructor = {
      hours: hoursByWeekday(language, await weeklyHoursOf(db, member.id)),
      daysOff: await daysOffOf(db, member.id, localDate(now, org.timeZone)),
      meetingUrl: profile?.meetingUrl ?? null,
      sessions: asInstructor,
    };
  }
  const trainee = member.roles.includes('trainee') || member.roles.includes('graduate') || asTrainee.length > 0 ? { sessions: asTrainee } : null;

  let admin: BookingHome['admin'] = null;
  if (isAdmin(member, input.person)) {
    const today = localDate(now, org.timeZone);
    const month = today.slice(0, 7);
    const [upcoming] = await db.select({ n: count() }).from(bookings)
      .where(and(eq(bookings.orgId, org.id), gte(bookings.startsAt, now), inArray(bookings.status, ['held', 'confirmed'])));
    const unpaid = await db.select({ dueOn: bookingInvoices.dueOn, totalYen: bookingInvoices.totalYen }).from(bookingInvoices)
      .where(and(eq(bookingInvoices.orgId, org.id), eq(bookingInvoices.status, 'unpaid')));
    const revenue = (await revenueByMonth(db, org)).find((r) => r.month === month)
      ?? { month, sessions: 0, cardYen: 0, invoiceYen: 0, refundedYen: 0, netYen: 0, unpaidInvoiceYen: 0 };
    admin = {
      upcoming: upcoming?.n ?? 0,
      unpaidInvoices: unpaid.length,
      overdueInvoices: unpaid.filter((i) => i.dueOn < today).length,
      unpaidYen: unpaid.reduce((sum, i) => sum + i.totalYen, 0),
      month,
      revenue,
    };
  }
  return { language, instructor, trainee, admin };
}
