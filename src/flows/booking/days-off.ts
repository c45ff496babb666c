/**
 * An instructor's days off and meeting URL as typed in a form (Slack's modal, Teams' card), read the same
 * way on both platforms, and the change to make from what is stored to what the form now lists.
 */
import { addDays, isLocalDate } from '../../time/zone.js';

/** `2026-12-01` a line (or separated by commas), or a range `2026-12-28..2027-01-03` of at most a year; null when one is not a date. */
export function readDaysOff(text: string): string[] | null {
  const out: string[] = [];
  for (const item of text.split(/[\s,、，]+/).filter(Boolean)) {
    const range = item.split(/\.\.|~|〜|～/);
    if (range.length > 2 || !range.every(isLocalDate)) return null;
    if (range.length === 1) { out.push(range[0]!); continue; }
    if (range[1]! < range[0]! || addDays(range[0]!, 366) < range[1]!) return null;
    for (let d = range[0]!; d <= range[1]!; d = addDays(d, 1)) out.push(d);
  }
  return [...new Set(out)];
}

/** A meeting link people can open: http(s), no blanks (the flow checks it again). */
export const isMeetingUrl = (url: string): boolean => /^https?:\/\/\S+$/i.test(url);

/** The form lists every day off: the ones it adds, and the stored ones it no longer lists (working days again). */
export function daysOffChange(before: readonly string[], wanted: readonly string[]): { addDaysOff: string[]; removeDaysOff: string[] } {
  const keep = new Set(wanted);
  return { addDaysOff: wanted.filter((d) => !before.includes(d)), removeDaysOff: before.filter((d) => !keep.has(d)) };
}
