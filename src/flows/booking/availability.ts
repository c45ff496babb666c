/**
 * Instructors' availability (weekly hours, days off, meeting URL) and the free slots trainees see.
 * Everything is on the organisation's clock (default Asia/Tokyo); instants are UTC.
 */
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/connection.js';
import {
  activeInstructors, addDaysOff, busyRangesOf, daysOffOf, ensureBookingSettings, ensureInstructorProfile, removeDaysOff,
  replaceWeeklyHours, weeklyHoursOf, type BookingSettingsRow,
} from '../../db/repo/booking.js';
import { ensureMember, ensureOrganisation, type Member, type Organisation } from '../../db/repo/organisations.js';
import { bookingInstructors } from '../../db/schema/index.js';
import type { BookingConfig } from './config.js';
import { nowOf, type BookingDeps, type OrgRef, type Person } from './deps.js';
import { bookingMessages } from './messages.js';
import { freeSlotsOn, type AvailabilityRules } from './slots.js';
import { addDays, formatClock, isLocalDate, localDate, parseClock, zonedToUtc } from '../../time/zone.js';

export async function settingsFor(ex: Executor, org: Organisation, config: BookingConfig): Promise<BookingSettingsRow> {
  return ensureBookingSettings(ex, org.id, config.defaults);
}

/** The rules of one instructor's calendar; `now` is the flows' clock (deps.now), which decides which days off still count. */
export async function rulesFor(
  ex: Executor, org: Organisation, settings: BookingSettingsRow, config: BookingConfig, instructorId: string, now: Date,
): Promise<AvailabilityRules> {
  const today = localDate(now, org.timeZone);
  const [hours, daysOff] = await Promise.all([weeklyHoursOf(ex, instructorId), daysOffOf(ex, instructorId, addDays(today, -1))]);
  return {
    timeZone: org.timeZone,
    weeklyHours: hours.map((h) => ({ weekday: h.weekday, startMinute: h.startMinute, endMinute: h.endMinute })),
    daysOff: new Set(daysOff),
    excludeHolidays: settings.excludeHolidays,
    minNoticeMinutes: settings.minNoticeMinutes,
    bufferMinutes: settings.bufferMinutes,
    durationMinutes: config.durationMinutes,
    stepMinutes: settings.stepMinutes,
  };
}

export function isInstructor(m: Member): boolean {
  return m.roles.includes('instructor');
}

export function isAdmin(m: Member, person?: Person): boolean {
  return m.roles.includes('admin') || person?.isWorkspaceAdmin === true;
}

// ---------------------------------------------------------------------------------------------
// Instructors set their hours.

const WEEKDAY_WORDS: Record<string, number> = {
  月: 1, 火: 2, 水: 3, 木: 4, 金: 5, 土: 6, 日: 7,
  mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7,
};

/**
 * Reads weekly hours written one block a line: '月 10:00-12:00', '火,木 13:00-17:00', 'Mon-Fri 9:30-12:00'.
 * Returns null with the offending line when a line is not understood.
 */
export function parseWeeklyHours(text: string): { hours: Array<{ weekday: number; startMinute: number; endMinute: number }> } | { error: string } {
  const hours: Array<{ weekday: number; startMinute: number; endMinute: number }> = [];
  for (const raw of text.split(/\r?\n|;/)) {
    const line = raw.trim().replace(/[〜～–—]/g, '-').replace(/：/g, ':').replace(/、/g, ',');
    if (!line) continue;
    const m = /^(\S+)\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/.exec(line);
    if (!m) return { error: raw };
    const days = parseDays(m[1]!.replace(/曜日?|曜/g, ''));
    const start = parseClock(m[2]!);
    const end = parseClock(m[3]!);
    if (!days || start === null || end === null || start >= end) return { error: raw };
    for (const weekday of days) hours.push({ weekday, startMinute: start, endMinute: end });
  }
  return { hours };
}

function parseDays(s: string): number[] | null {
  const out: number[] = [];
  for (const part of s.toLowerCase().split(',')) {
    const range = part.split('-');
    const ids = range.map((w) => WEEKDAY_WORDS[w.slice(0, w.length === 1 ? 1 : 3)] ?? WEEKDAY_WORDS[w]);
    if (ids.some((d) => d === undefined)) return null;
    if (ids.length === 1) out.push(ids[0]!);
    else if (ids.length === 2) for (let d = ids[0]!; ; d = (d % 7) + 1) { out.push(d); if (d === ids[1]) break; }
    else return null;
  }
  return out;
}

export function formatWeeklyHours(language: string, hours: Array<{ weekday: number; startMinute: number; endMinute: number }>): string[] {
  const names = language === 'en' ? ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] : ['', '月', '火', '水', '木', '金', '土', '日'];
  return hours.map((h) => `${names[h.weekday]} ${formatClock(h.startMinute)}-${formatClock(h.endMinute)}`);
}

export const AvailabilityInput = z.object({
  hours: z.array(z.object({ weekday: z.number().int().min(1).max(7), startMinute: z.number().int().min(0).max(1439), endMinute: z.number().int().min(1).max(1440) })
    .refine((h) => h.startMinute < h.endMinute, 'start before end')).max(50).optional(),
  hoursText: z.string().max(2000).optional(),
  addDaysOff: z.array(z.string().refine(isLocalDate, 'YYYY-MM-DD')).max(366).optional(),
  removeDaysOff: z.array(z.string().refine(isLocalDate, 'YYYY-MM-DD')).max(366).optional(),
  meetingUrl: z.string().url().max(500).nullable().optional(),
});

export type AvailabilityOutcome =
  | { status: 'saved'; hours: string[]; daysOff: string[]; meetingUrl: string | null }
  | { status: 'forbidden'; message: string }
  | { status: 'invalid'; message: string };

/** An instructor sets their weekly hours (replacing them), days off and meeting URL. */
export async function setAvailability(deps: BookingDeps, input: { org: OrgRef; instructor: Person } & z.input<typeof AvailabilityInput>): Promise<AvailabilityOutcome> {
  const parsed = AvailabilityInput.safeParse(input);
  return deps.database.db.transaction(async (tx) => {
    const org = await ensureOrganisation(tx, input.org, deps.orgDefaults);
    const m = bookingMessages(org.language);
    if (!parsed.success) return { status: 'invalid', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') } as const;
    const member = await ensureMember(tx, org.id, { platformUserId: input.instructor.platformUserId, displayName: input.instructor.displayName });
    if (!isInstructor(member)) return { status: 'forbidden', message: m.notInstructor } as const;
    const profile = await ensureInstructorProfile(tx, org.id, member.id);
    let hours = parsed.data.hours;
    if (parsed.data.hoursText !== undefined) {
      const read = parseWeeklyHours(parsed.data.hoursText);
      if ('error' in read) return { status: 'invalid', message: `${m.invalidHours}: ${read.error}` } as const;
      hours = read.hours;
    }
    if (hours) await replaceWeeklyHours(tx, member.id, hours);
    await addDaysOff(tx, member.id, parsed.data.addDaysOff ?? []);
    await removeDaysOff(tx, member.id, parsed.data.removeDaysOff ?? []);
    let meetingUrl = profile.meetingUrl;
    if (parsed.data.meetingUrl !== undefined) {
      meetingUrl = parsed.data.meetingUrl;
      await tx.update(bookingInstructors).set({ meetingUrl, updatedAt: sql`now()` }).where(eq(bookingInstructors.memberId, member.id));
    }
    const today = localDate(nowOf(deps), org.timeZone);
    return {
      status: 'saved',
      hours: formatWeeklyHours(org.language, await weeklyHoursOf(tx, member.id)),
      daysOff: await daysOffOf(tx, member.id, today),
      meetingUrl,
    } as const;
  });
}

// ---------------------------------------------------------------------------------------------
// Trainees see free slots.

export interface OfferedSlot {
  /** ISO instant (UTC): what the form sends back. */
  start: string;
  /** 'HH:MM' on the organisation's clock. */
  time: string;
  instructorId: string;
  instructorName: string;
}

export type SlotsOutcome =
  | { status: 'ok'; date: string; timeZone: string; slots: OfferedSlot[] }
  | { status: 'no_instructor'; message: string }
  | { status: 'invalid'; message: string };

/**
 * The free slots of a local date, for one instructor (their platform user id) or for anyone
 * ("the first one free": each time once, with the first instructor free then).
 */
export async function listFreeSlots(deps: BookingDeps, input: { org: OrgRef; date: string; instructor?: string | null }): Promise<SlotsOutcome> {
  const now = nowOf(deps);
  const { db } = deps.database;
  const org = await ensureOrganisation(db, input.org, deps.orgDefaults);
  const m = bookingMessages(org.language);
  if (!isLocalDate(input.date)) return { status: 'invalid', message: 'date must be YYYY-MM-DD' };
  const settings = await settingsFor(db, org, deps.config);
  const instructors = (await activeInstructors(db, org.id)).filter((i) => !input.instructor || i.member.platformUserId === input.instructor);
  if (instructors.length === 0) return { status: 'no_instructor', message: m.noInstructor };
  const dayStart = zonedToUtc(input.date, 0, org.timeZone);
  const dayEnd = zonedToUtc(addDays(input.date, 1), 0, org.timeZone);
  const lastDay = addDays(localDate(now, org.timeZone), deps.config.windowDays);
  if (input.date > lastDay) return { status: 'ok', date: input.date, timeZone: org.timeZone, slots: [] };
  const byStart = new Map<number, OfferedSlot>();
  for (const { member } of instructors) {
    const rules = await rulesFor(db, org, settings, deps.config, member.id, now);
    const busy = await busyRangesOf(db, member.id, new Date(dayStart.getTime() - 86_400_000), new Date(dayEnd.getTime() + 86_400_000));
    for (const slot of freeSlotsOn(rules, input.date, busy, now)) {
      if (byStart.has(slot.start.getTime())) continue;
      byStart.set(slot.start.getTime(), { start: slot.start.toISOString(), time: slot.time, instructorId: member.platformUserId, instructorName: member.displayName ?? member.platformUserId });
    }
  }
  const slots = [...byStart.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
  return { status: 'ok', date: input.date, timeZone: org.timeZone, slots };
}

/** What the booking form offers this person: the kinds, instructors, payment methods and the reminder. */
export async function bookingFormOptions(deps: BookingDeps, input: { org: OrgRef; trainee: Person }) {
  const { db } = deps.database;
  const org = await ensureOrganisation(db, input.org, deps.orgDefaults);
  const member = await ensureMember(db, org.id, { platformUserId: input.trainee.platformUserId, displayName: input.trainee.displayName, roles: ['trainee'] });
  const m = bookingMessages(org.language);
  const instructors = await activeInstructors(db, org.id);
  const price = deps.config.consultationPriceYen;
  const tax = Math.floor((price * deps.config.taxRatePercent) / 100);
  const settings = await settingsFor(db, org, deps.config);
  return {
    language: org.language,
    timeZone: org.timeZone,
    today: localDate(nowOf(deps), org.timeZone),
    kinds: [
      { kind: 'consultation' as const, label: m.kindOption('consultation', price + tax), priceYen: price, taxYen: tax },
      { kind: 'orientation' as const, label: m.kindOption('orientation', 0), priceYen: 0, taxYen: 0 },
    ],
    instructors: instructors.map((i) => ({ platformUserId: i.member.platformUserId, name: i.member.displayName ?? i.member.platformUserId })),
    payments: {
      card: deps.payments !== null,
      invoice: member.mayPayByInvoice && deps.config.invoice !== null,
    },
    confidentialityReminder: m.confidentialityReminder,
    holdMinutes: settings.holdMinutes,
    cancelDeadlineHours: settings.cancelDeadlineHours,
  };
}
