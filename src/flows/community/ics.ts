/** The .ics invitation attached to a study group DM (the `ics` library). */
import { createEvent } from 'ics';
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
}

/** An iCalendar file; the same UID with a higher SEQUENCE replaces the copy in the calendar. */
export function eventIcs(e: IcsEvent, domain = 'mamori.app'): AttachedFile {
  const isUrl = /^https?:\/\//i.test(e.location);
  const { error, value } = createEvent({
    uid: `${e.id}@${domain}`,
    sequence: e.sequence,
    productId: 'mamori/community',
    method: e.cancelled ? 'CANCEL' : 'PUBLISH',
    status: e.cancelled ? 'CANCELLED' : 'CONFIRMED',
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
