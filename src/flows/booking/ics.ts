/**
 * The calendar file (.ics) attached to confirmations, moves and cancellations. One UID per booking
 * at the operator's calendar domain; SEQUENCE grows with each change so calendars replace the
 * earlier version. The current version is METHOD:PUBLISH and a cancellation METHOD:CANCEL with
 * STATUS:CANCELLED, each with the ORGANIZER RFC 5546 requires (src/time/calendar-organizer.ts says why not
 * REQUEST). Times are written in UTC.
 */
import { createEvent } from 'ics';
import { calendarOrganizer, calendarUid } from '../../time/calendar-organizer.js';

export interface CalendarEntry {
  bookingId: string;
  title: string;
  description: string;
  start: Date;
  durationMinutes: number;
  meetingUrl: string | null;
  /** Bumped on every change (moves; +1 more for a cancellation). */
  sequence: number;
  cancelled?: boolean;
  /** The organisation the session belongs to: the file's ORGANIZER. */
  organiserName: string;
  /** The operator's domain (MAMORI_CALENDAR_DOMAIN): UID and the organizer's no-reply address. */
  domain: string;
}

export function bookingIcs(entry: CalendarEntry): string {
  const { error, value } = createEvent({
    uid: calendarUid(entry.bookingId, entry.domain),
    sequence: entry.sequence,
    method: entry.cancelled ? 'CANCEL' : 'PUBLISH',
    productId: 'mamori/booking',
    organizer: calendarOrganizer(entry.organiserName, entry.domain),
    title: entry.title,
    description: entry.description,
    start: entry.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: entry.durationMinutes },
    status: entry.cancelled ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
    ...(entry.meetingUrl ? { location: entry.meetingUrl, url: entry.meetingUrl } : {}),
  });
  if (error || !value) throw new Error(`calendar file not built: ${error?.message ?? 'empty'}`);
  return value;
}
