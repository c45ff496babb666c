/**
 * A study group form as both platforms ask for it (a date and a time each for the start and the RSVP
 * deadline, the rest as typed), read into the flows' input the same way on both.
 */
import type { EventInput } from './events.js';

export interface EventFormFields {
  title: string;
  description: string;
  startDate: string;
  startTime: string;
  durationMinutes: string;
  location: string;
  capacity: string;
  deadlineDate: string;
  deadlineTime: string;
}

/** Wall-clock times in the organisation's zone (`HH:mm`; seconds dropped); no deadline date is "until the start", no time 23:59. */
export function eventInputFromForm(f: EventFormFields): EventInput & { rsvpDeadline: string; startsAt: string } {
  return {
    title: f.title,
    description: f.description,
    startsAt: f.startDate && f.startTime ? `${f.startDate}T${f.startTime.slice(0, 5)}` : '',
    durationMinutes: f.durationMinutes,
    location: f.location,
    capacity: f.capacity,
    rsvpDeadline: f.deadlineDate ? `${f.deadlineDate}T${(f.deadlineTime || '23:59').slice(0, 5)}` : '',
  };
}
