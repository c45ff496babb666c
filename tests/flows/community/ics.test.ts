import { describe, expect, it } from 'vitest';
import { eventIcs, type IcsEvent } from '../../../src/flows/community/ics.js';
import { readCalendarFile } from '../../helpers/icalendar.js';

const group: IcsEvent = {
  id: '0d9c2f4e-6b1a-4f0e-8d3c-7a2b1c0e9f11',
  title: 'カスハラ対応 勉強会',
  description: '事例検討',
  startsAt: new Date('2026-12-01T10:00:00Z'),
  durationMinutes: 90,
  location: 'https://meet.example/study',
  sequence: 0,
  cancelled: false,
  organiserName: 'まもり修了生コミュニティ',
};

describe('the study-group calendar file', () => {
  it('uses the operator’s domain in the UID, not a domain mamori does not own', () => {
    const file = eventIcs(group, 'mamori.example.co.jp');
    expect(file).toMatchObject({ name: 'study-group.ics', mimeType: 'text/calendar' });
    const { event, problems } = readCalendarFile(file.content);
    expect(problems).toEqual([]);
    expect(event.uid).toBe(`${group.id}@mamori.example.co.jp`);
    expect(file.content).not.toContain('mamori.app');
  });

  it('publishes with the organisation as ORGANIZER, and cancels with one, as RFC 5546 requires', () => {
    const published = readCalendarFile(eventIcs(group, 'mamori.example.co.jp').content);
    expect(published.problems).toEqual([]);
    expect(published.event).toMatchObject({
      method: 'PUBLISH', status: 'CONFIRMED', summary: 'カスハラ対応 勉強会',
      organizer: { cn: 'まもり修了生コミュニティ', address: 'mailto:noreply@mamori.example.co.jp' }, attendees: 0,
    });
    expect(published.event.end).toEqual(new Date('2026-12-01T11:30:00Z'));
    const cancelled = readCalendarFile(eventIcs({ ...group, sequence: 3, cancelled: true }, 'mamori.example.co.jp').content);
    expect(cancelled.problems).toEqual([]);
    expect(cancelled.event).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', sequence: 3, uid: published.event.uid });
  });
});
