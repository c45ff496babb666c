/** The study group announcement (with its live count), the members' DMs, and "my study groups". */
import type { MessageView, ViewBlock } from '../../views/view.js';
import { communityMessages } from '../messages.js';
import { formatEventTime } from '../../../time/event-time.js';

export interface EventViewModel {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  durationMinutes: number;
  location: string;
  capacity: number;
  goingCount: number;
  waitlistCount: number;
  rsvpDeadline: Date;
  cancelled: boolean;
}

function detailFields(e: EventViewModel, timeZone: string, language: string) {
  const m = communityMessages(language);
  return [
    { label: m.eventWhen, value: formatEventTime(e.startsAt, timeZone, language) },
    { label: m.eventLength, value: m.minutes(e.durationMinutes) },
    { label: m.eventWhere, value: e.location },
  ];
}

export function eventAnnouncementView(e: EventViewModel, timeZone: string, language: string): MessageView {
  const m = communityMessages(language);
  const count = m.people(e.goingCount, e.capacity);
  const blocks: ViewBlock[] = [{ type: 'header', text: `📚 ${e.title}` }];
  if (e.cancelled) blocks.push({ type: 'text', text: m.eventCancelledBanner, tone: 'danger' });
  if (e.description) blocks.push({ type: 'text', text: e.description });
  const fields = [
    ...detailFields(e, timeZone, language),
    { label: m.eventCount, value: count },
    { label: m.eventDeadline, value: formatEventTime(e.rsvpDeadline, timeZone, language) },
  ];
  if (e.waitlistCount > 0) fields.push({ label: m.eventWaitlist, value: m.waitlistCount(e.waitlistCount) });
  blocks.push({ type: 'fields', fields });
  if (!e.cancelled) {
    blocks.push({
      type: 'actions',
      actions: [
        { id: 'event_join', label: m.eventJoin, value: e.id, style: 'primary' },
        { id: 'event_cancel_rsvp', label: m.eventCancelRsvp, value: e.id },
      ],
    });
  }
  return { fallbackText: `${e.cancelled ? `[${m.eventCancelledBanner}] ` : ''}${e.title} (${count})`, blocks };
}

/** A DM about one study group: a sentence, then its details. */
export function eventDmView(e: EventViewModel, sentence: string, timeZone: string, language: string): MessageView {
  const lead: ViewBlock = e.cancelled ? { type: 'text', text: sentence, tone: 'danger' } : { type: 'text', text: sentence };
  return {
    fallbackText: sentence,
    blocks: [lead, { type: 'header', text: e.title }, { type: 'fields', fields: detailFields(e, timeZone, language) }],
  };
}

export function myEventsView(
  rows: Array<{ title: string; startsAt: Date; status: 'going' | 'waitlisted'; attended: boolean | null; cancelled: boolean }>,
  timeZone: string,
  language: string,
): MessageView {
  const m = communityMessages(language);
  if (rows.length === 0) return { fallbackText: m.myEventsNone, blocks: [{ type: 'text', text: m.myEventsNone }] };
  const items = rows.map((r) => {
    const state = r.cancelled ? m.eventCancelledBanner : r.attended ? m.attended : r.status === 'going' ? m.going : m.waitlisted;
    return `${formatEventTime(r.startsAt, timeZone, language)} ${r.title} (${state})`;
  });
  return { fallbackText: m.myEventsTitle, blocks: [{ type: 'list', title: m.myEventsTitle, items }] };
}
