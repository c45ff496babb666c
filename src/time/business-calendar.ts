/**
 * Working days in Japan: weekends, national holidays (祝日, 振替休日, 国民の休日 from
 * @holiday-jp/holiday_jp, whose data ships inside the package) and the New Year break (1–3 January,
 * 年始休業, observed by nearly every Japanese company) are not working days.
 */
import { japaneseHoliday } from './holidays.js';
import { addDays, isoWeekday, localDate, zonedToUtc } from './zone.js';

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Whether 'YYYY-MM-DD' is a working day in Japan. */
export function isWorkingDay(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (m === 1 && d <= 3) return false;
  return japaneseHoliday(date) === null;
}

/** The first working day of a month ('YYYY-MM' → 'YYYY-MM-DD'). */
export function firstWorkingDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  for (let d = 1; d <= 31; d += 1) {
    const date = isoDate(y, m, d);
    if (isWorkingDay(date)) return date;
  }
  throw new Error(`no working day in ${month}`);
}

/** The local date 'YYYY-MM-DD' of the Monday that starts the week of `at` in `timeZone`. */
export function weekStart(at: Date, timeZone: string): string {
  const today = localDate(at, timeZone);
  return addDays(today, 1 - isoWeekday(today));
}

/** 'YYYY-MM' shifted by `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + delta;
  return `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
}

/**
 * The month to report on once the first working day of this month has come in `timeZone`; null before it.
 * From that day to the month's end, so a server that was down on the day still sends the report when it
 * is back (sending is once per month: the archive decides).
 */
export function reportMonthDue(at: Date, timeZone: string): string | null {
  const today = localDate(at, timeZone);
  const month = today.slice(0, 7);
  return firstWorkingDay(month) <= today ? addMonths(month, -1) : null;
}

/** The instant a local date starts in a time zone (for month boundaries). */
export function zonedStart(date: string, timeZone: string): Date {
  return zonedToUtc(date, 0, timeZone);
}

/** [start, end) of a month 'YYYY-MM' in a time zone. */
export function monthRange(month: string, timeZone: string): { from: Date; to: Date } {
  return { from: zonedStart(`${month}-01`, timeZone), to: zonedStart(`${addMonths(month, 1)}-01`, timeZone) };
}
