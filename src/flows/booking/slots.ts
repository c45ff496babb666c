/**
 * Free consultation slots: pure, no I/O. From an instructor's weekly hours (on the organisation's
 * clock), days off, Japanese national holidays, the minimum notice and the buffer between sessions,
 * and the bookings that already hold the instructor's time, the 30-minute slots still free.
 *
 * A booking holds [start, end + buffer) — the same range the database's exclusion constraint refuses
 * to overlap — so two sessions are always at least `buffer` minutes apart, on either side.
 */
import { japaneseHoliday } from '../../time/holidays.js';
import { addDays, isoWeekday, localDate, localTime, zonedToUtc } from '../../time/zone.js';

/** One block of weekly hours: ISO weekday (1 = Monday … 7 = Sunday), minutes after local midnight. */
export interface WeeklyHours {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** Time an instructor already has taken: [start, blockedUntil) (blockedUntil = end + buffer). */
export interface BusyRange {
  start: Date;
  blockedUntil: Date;
}

export interface AvailabilityRules {
  timeZone: string;
  weeklyHours: WeeklyHours[];
  /** Local dates 'YYYY-MM-DD' the instructor does not work. */
  daysOff: ReadonlySet<string>;
  excludeHolidays: boolean;
  minNoticeMinutes: number;
  bufferMinutes: number;
  durationMinutes: number;
  /** Candidate starts are this far apart from the start of each block of hours. */
  stepMinutes: number;
}

export interface Slot {
  start: Date;
  end: Date;
  /** On the organisation's clock. */
  date: string;
  time: string;
}

export type SlotRefusal = 'past' | 'too_soon' | 'holiday' | 'day_off' | 'outside_hours' | 'taken';

export const DEFAULT_RULES = {
  timeZone: 'Asia/Tokyo',
  excludeHolidays: true,
  minNoticeMinutes: 24 * 60,
  bufferMinutes: 10,
  durationMinutes: 30,
  stepMinutes: 30,
} as const;

/** Why nobody can book on this local date at all, or null when the day has hours. */
export function dayClosedReason(rules: AvailabilityRules, date: string): 'holiday' | 'day_off' | 'no_hours' | null {
  if (rules.excludeHolidays && japaneseHoliday(date)) return 'holiday';
  if (rules.daysOff.has(date)) return 'day_off';
  const weekday = isoWeekday(date);
  return rules.weeklyHours.some((h) => h.weekday === weekday) ? null : 'no_hours';
}

/** Every candidate slot of a local date inside the weekly hours, before notice and bookings. */
function candidates(rules: AvailabilityRules, date: string): Slot[] {
  if (dayClosedReason(rules, date) !== null) return [];
  const weekday = isoWeekday(date);
  const out: Slot[] = [];
  const seen = new Set<number>();
  const blocks = rules.weeklyHours.filter((h) => h.weekday === weekday).sort((a, b) => a.startMinute - b.startMinute);
  for (const block of blocks) {
    for (let m = block.startMinute; m + rules.durationMinutes <= block.endMinute; m += rules.stepMinutes) {
      const start = zonedToUtc(date, m, rules.timeZone);
      if (seen.has(start.getTime())) continue;
      seen.add(start.getTime());
      const end = new Date(start.getTime() + rules.durationMinutes * 60_000);
      out.push({ start, end, date, time: localTime(start, rules.timeZone) });
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}

function conflicts(slot: { start: Date; end: Date }, busy: readonly BusyRange[], bufferMinutes: number): boolean {
  const heldUntil = slot.end.getTime() + bufferMinutes * 60_000;
  return busy.some((b) => slot.start.getTime() < b.blockedUntil.getTime() && b.start.getTime() < heldUntil);
}

/** The free slots of one local date, in time order. */
export function freeSlotsOn(rules: AvailabilityRules, date: string, busy: readonly BusyRange[], now: Date): Slot[] {
  const earliest = now.getTime() + rules.minNoticeMinutes * 60_000;
  return candidates(rules, date).filter((s) => s.start.getTime() >= earliest && !conflicts(s, busy, rules.bufferMinutes));
}

/** The free slots of `days` consecutive local dates from `fromDate`. */
export function freeSlots(rules: AvailabilityRules, fromDate: string, days: number, busy: readonly BusyRange[], now: Date): Slot[] {
  const out: Slot[] = [];
  for (let i = 0; i < days; i++) out.push(...freeSlotsOn(rules, addDays(fromDate, i), busy, now));
  return out;
}

/**
 * Checks a start someone chose (the form may have been open for a while): null when it is a free
 * slot now, else why not. The database's constraint has the last word on 'taken'.
 */
export function checkSlot(rules: AvailabilityRules, start: Date, busy: readonly BusyRange[], now: Date): SlotRefusal | null {
  if (start.getTime() <= now.getTime()) return 'past';
  if (start.getTime() < now.getTime() + rules.minNoticeMinutes * 60_000) return 'too_soon';
  const date = localDate(start, rules.timeZone);
  const closed = dayClosedReason(rules, date);
  if (closed === 'holiday' || closed === 'day_off') return closed;
  const slot = candidates(rules, date).find((s) => s.start.getTime() === start.getTime());
  if (!slot) return 'outside_hours';
  return conflicts(slot, busy, rules.bufferMinutes) ? 'taken' : null;
}

/** The range a booking starting at `start` holds in the database (the exclusion constraint's range). */
export function heldRange(start: Date, durationMinutes: number, bufferMinutes: number): { end: Date; blockedUntil: Date } {
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  return { end, blockedUntil: new Date(end.getTime() + bufferMinutes * 60_000) };
}
