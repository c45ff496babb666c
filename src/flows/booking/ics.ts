/**
 * The calendar file (.ics) attached to confirmations, moves and cancellations. One UID per booking;
 * SEQUENCE grows with each change so calendars replace the earlier version; a cancellation is
 * METHOD:CANCEL with STATUS:CANCELLED. Times are written in UTC.
 */
import { createEvent } from 'ics';

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
}

export function bookingIcs(entry: CalendarEntry): string {
  const { error, value } = createEvent({
    uid: `${entry.bookingId}@mamori`,
    sequence: entry.sequence,
    method: entry.cancelled ? 'CANCEL' : 'REQUEST',
    productId: 'mamori/booking',
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
