/** Event times as organisers type them and members read them, in the organisation's time zone (default Asia/Tokyo). */
import { localDate, localTime, zonedToUtc } from './zone.js';

const WALL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;

/**
 * A time as the organiser typed it: with an offset or Z it is that instant; `YYYY-MM-DDTHH:mm`
 * without one is read in `timeZone`. Returns null for anything else or an impossible date.
 */
export function parseEventTime(value: string | Date, timeZone: string): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const m = WALL.exec(value.trim());
  if (!m) {
    if (!/(?:Z|[+-]\d{2}:?\d{2})$/.test(value.trim())) return null;
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const check = new Date(Date.UTC(y, mo - 1, d, h, mi));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  return zonedToUtc(`${m[1]}-${m[2]}-${m[3]}`, h * 60 + mi, timeZone);
}

/** 2026年12月1日(火) 19:00 / Tue, 1 Dec 2026, 19:00, in the organisation's time zone. */
export function formatEventTime(at: Date, timeZone: string, language: string): string {
  if (language === 'en') {
    return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
  }
  const p = new Intl.DateTimeFormat('ja-JP', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const g = (t: string) => p.find((x) => x.type === t)?.value ?? '';
  return `${g('year')}年${g('month')}月${g('day')}日(${g('weekday')}) ${g('hour')}:${g('minute')}`;
}

/** The calendar date (YYYY-MM-DD) and wall-clock time (HH:mm, 24 h) of `at` in `timeZone`. */
export { localDate, localTime };
