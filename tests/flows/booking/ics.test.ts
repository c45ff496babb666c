import { describe, expect, it } from 'vitest';
import { bookingIcs, type CalendarEntry } from '../../../src/flows/booking/ics.js';
import { readCalendarFile } from '../../helpers/icalendar.js';

const entry: CalendarEntry = {
  bookingId: '5b0f7c1e-2d7a-4c1b-9a55-0c6f1f1b2a10',
  title: 'mamori 個別相談: 山田 花子 / 佐藤 一郎',
  description: '個別相談\n会議: https://meet.example/abc',
  start: new Date('2026-12-10T01:00:00Z'),
  durationMinutes: 30,
  meetingUrl: 'https://meet.example/abc',
  sequence: 0,
  organiserName: '株式会社まもり',
  domain: 'mamori.example.co.jp',
};

describe('the booking calendar file', () => {
  it('publishes the session with the organisation as ORGANIZER at the operator’s domain, as RFC 5546 requires', () => {
    const { event, problems } = readCalendarFile(bookingIcs(entry));
    expect(problems).toEqual([]);
    expect(event).toMatchObject({
      method: 'PUBLISH',
      uid: `${entry.bookingId}@mamori.example.co.jp`,
      sequence: 0,
      status: 'CONFIRMED',
      summary: entry.title,
      location: 'https://meet.example/abc',
      organizer: { cn: '株式会社まもり', address: 'mailto:noreply@mamori.example.co.jp' },
      attendees: 0,
    });
    expect(event.start).toEqual(new Date('2026-12-10T01:00:00Z'));
    expect(event.end).toEqual(new Date('2026-12-10T01:30:00Z'));
  });

  it('cancels the same UID with a higher SEQUENCE and the ORGANIZER a CANCEL needs', () => {
    const { event, problems } = readCalendarFile(bookingIcs({ ...entry, sequence: 2, cancelled: true }));
    expect(problems).toEqual([]);
    expect(event).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', sequence: 2, uid: `${entry.bookingId}@mamori.example.co.jp` });
    expect(event.organizer?.address).toBe('mailto:noreply@mamori.example.co.jp');
  });

  it('keeps an organisation name with quotes, semicolons, commas and a line break whole', () => {
    const name = '株式会社 "まもり"; 本社, 東京\n研修部 ^';
    const { event, problems } = readCalendarFile(bookingIcs({ ...entry, organiserName: name }));
    expect(problems).toEqual([]);
    expect(event.organizer).toEqual({ cn: name, address: 'mailto:noreply@mamori.example.co.jp' });
  });
});
