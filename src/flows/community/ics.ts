/**
 * The .ics invitation attached to a study group DM (the `ics` library): METHOD:PUBLISH, a
 * cancellation METHOD:CANCEL, each with the ORGANIZER RFC 5546 requires (src/time/calendar-organizer.ts).
 */
import { createEvent } from 'ics';
import { calendarOrganizer, calendarUid } from '../../time/calendar-organizer.js';
import type { AttachedFile } from './outbox.js';

export interface IcsEvent {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  durationMinutes: number;
  location: string;
  sequence: number;
  cancelled: boolean;
  /** The organisation holding the study group: the file's ORGANIZER. */
  organiserName: string;
}

/** An iCalendar file; the same UID with a higher SEQUENCE replaces the copy in the calendar. */
export function eventIcs(e: IcsEvent, domain: string): AttachedFile {
  const isUrl = /^https?:\/\//i.test(e.location);
  const { error, value } = createEvent({
    uid: calendarUid(e.id, domain),
    sequence: e.sequence,
    productId: 'mamori/community',
    method: e.cancelled ? 'CANCEL' : 'PUBLISH',
    status: e.cancelled ? 'CANCELLED' : 'CONFIRMED',
    organizer: calendarOrganizer(e.organiserName, domain),
    title: e.title,
    description: e.description,
    start: e.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: e.durationMinutes },
    location: e.location,
    ...(isUrl ? { url: e.location } : {}),
  });
  if (error || !value) throw error ?? new Error('ics: no output');
  return { name: 'study-group.ics', mimeType: 'text/calendar', content: value };
}
