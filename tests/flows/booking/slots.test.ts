import { describe, expect, it } from 'vitest';
import { checkSlot, DEFAULT_RULES, freeSlots, freeSlotsOn, heldRange, type AvailabilityRules, type BusyRange } from '../../../src/flows/booking/slots.js';

/** Mon–Fri 10:00–12:00 and 14:00–15:00 on the Tokyo clock. */
function rules(overrides: Partial<AvailabilityRules> = {}): AvailabilityRules {
  const weeklyHours = [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, startMinute: 600, endMinute: 720 },
    { weekday, startMinute: 840, endMinute: 900 },
  ]);
  return { ...DEFAULT_RULES, weeklyHours, daysOff: new Set(), ...overrides };
}

const jst = (s: string) => new Date(`${s}+09:00`);
const times = (slots: Array<{ time: string }>) => slots.map((s) => s.time);
const booking = (startJst: string, minutes = 30, buffer = 10): BusyRange => {
  const start = jst(startJst);
  return { start, blockedUntil: heldRange(start, minutes, buffer).blockedUntil };
};

describe('free slots', () => {
  const now = jst('2026-06-01T08:00:00'); // Monday morning

  it('lists the day’s 30-minute slots in UTC with Tokyo times', () => {
    const slots = freeSlotsOn(rules(), '2026-06-03', [], now);
    expect(times(slots)).toEqual(['10:00', '10:30', '11:00', '11:30', '14:00', '14:30']);
    expect(slots[0]!.start.toISOString()).toBe('2026-06-03T01:00:00.000Z');
    expect(slots[0]!.end.toISOString()).toBe('2026-06-03T01:30:00.000Z');
    expect(slots.every((s) => s.date === '2026-06-03')).toBe(true);
  });

  it('offers nothing at weekends', () => {
    expect(freeSlotsOn(rules(), '2026-06-06', [], now)).toEqual([]);
    expect(freeSlotsOn(rules(), '2026-06-07', [], now)).toEqual([]);
  });

  it('applies the minimum notice of 24 hours', () => {
    const at = jst('2026-06-01T10:15:00');
    expect(times(freeSlotsOn(rules(), '2026-06-02', [], at))).toEqual(['10:30', '11:00', '11:30', '14:00', '14:30']);
    expect(freeSlotsOn(rules(), '2026-06-01', [], at)).toEqual([]);
    expect(times(freeSlotsOn(rules({ minNoticeMinutes: 0 }), '2026-06-01', [], at))).toEqual(['10:30', '11:00', '11:30', '14:00', '14:30']);
  });

  it('keeps the buffer of 10 minutes on both sides of a booking', () => {
    const busy = [booking('2026-06-03T10:30:00')];
    // 10:00 would end 10:30 and needs 10 minutes before the 10:30 session; 11:00 starts within 10:40.
    expect(times(freeSlotsOn(rules(), '2026-06-03', busy, now))).toEqual(['11:30', '14:00', '14:30']);
    // With a 20-minute grid, 10:40 is the first start the buffer allows after a 10:00 session.
    const grid = rules({ stepMinutes: 20 });
    expect(times(freeSlotsOn(grid, '2026-06-03', [booking('2026-06-03T10:00:00')], now))).toEqual(['10:40', '11:00', '11:20', '14:00', '14:20']);
    // Without buffers (the rule and the booking's own), sessions may touch.
    expect(times(freeSlotsOn(rules({ bufferMinutes: 0 }), '2026-06-03', [booking('2026-06-03T10:30:00', 30, 0)], now))).toEqual(['10:00', '11:00', '11:30', '14:00', '14:30']);
    // A booking keeps the buffer it was made with, even after the rule changes.
    expect(times(freeSlotsOn(rules({ bufferMinutes: 0 }), '2026-06-03', busy, now))).toEqual(['10:00', '11:30', '14:00', '14:30']);
  });

  it('excludes Japanese national holidays from the library (Golden Week 2026, substitute holiday included)', () => {
    const week = freeSlots(rules(), '2026-05-04', 5, [], jst('2026-04-20T09:00:00'));
    expect([...new Set(week.map((s) => s.date))]).toEqual(['2026-05-07', '2026-05-08']);
    expect(freeSlotsOn(rules(), '2026-09-22', [], jst('2026-09-01T09:00:00'))).toEqual([]); // 国民の休日
    expect(freeSlotsOn(rules({ excludeHolidays: false }), '2026-05-06', [], jst('2026-04-20T09:00:00'))).toHaveLength(6);
  });

  it('skips the instructor’s days off', () => {
    const r = rules({ daysOff: new Set(['2026-06-03']) });
    expect(freeSlotsOn(r, '2026-06-03', [], now)).toEqual([]);
    expect(freeSlotsOn(r, '2026-06-04', [], now)).toHaveLength(6);
  });

  it('counts slots over four weeks with a holiday, a day off, notice and bookings', () => {
    const r = rules({ daysOff: new Set(['2026-07-10']) });
    const start = jst('2026-07-06T12:00:00'); // Monday noon
    const busy = [booking('2026-07-08T11:00:00'), booking('2026-07-15T14:00:00'), booking('2026-07-22T10:00:00')];
    const slots = freeSlots(r, '2026-07-06', 28, busy, start);
    const byDate = new Map<string, number>();
    for (const s of slots) byDate.set(s.date, (byDate.get(s.date) ?? 0) + 1);
    expect(byDate.has('2026-07-06')).toBe(false); // within the notice
    expect(byDate.get('2026-07-07')).toBe(2); // after noon tomorrow: 14:00, 14:30
    expect(byDate.get('2026-07-08')).toBe(3); // 11:00 taken: 10:30 and 11:30 lost to the buffer too
    expect(byDate.has('2026-07-10')).toBe(false); // day off
    expect(byDate.get('2026-07-15')).toBe(4); // 14:00 taken, 14:30 inside its buffer
    expect(byDate.has('2026-07-20')).toBe(false); // 海の日
    expect(byDate.get('2026-07-22')).toBe(4); // 10:00 taken, 10:30 inside its buffer
    const weekdays = 20 - 1 /* holiday */ - 1 /* day off */ - 1 /* today */;
    expect(slots.length).toBe(weekdays * 6 - 4 - 3 - 2 - 2);
    for (let i = 1; i < slots.length; i++) expect(slots[i]!.start.getTime()).toBeGreaterThan(slots[i - 1]!.start.getTime());
  });

  it('merges overlapping blocks of hours without duplicates', () => {
    const r = rules({ weeklyHours: [{ weekday: 3, startMinute: 600, endMinute: 690 }, { weekday: 3, startMinute: 630, endMinute: 720 }] });
    expect(times(freeSlotsOn(r, '2026-06-03', [], now))).toEqual(['10:00', '10:30', '11:00', '11:30']);
  });
});

describe('checking a chosen slot', () => {
  const now = jst('2026-06-01T08:00:00');
  it('accepts a free slot and says why others are refused', () => {
    const r = rules({ daysOff: new Set(['2026-06-05']) });
    expect(checkSlot(r, jst('2026-06-03T10:00:00'), [], now)).toBeNull();
    expect(checkSlot(r, jst('2026-05-29T10:00:00'), [], now)).toBe('past');
    expect(checkSlot(r, jst('2026-06-01T14:00:00'), [], now)).toBe('too_soon');
    expect(checkSlot(r, jst('2026-06-03T10:15:00'), [], now)).toBe('outside_hours');
    expect(checkSlot(r, jst('2026-06-03T12:00:00'), [], now)).toBe('outside_hours');
    expect(checkSlot(r, jst('2026-06-06T10:00:00'), [], now)).toBe('outside_hours');
    expect(checkSlot(r, jst('2026-06-05T10:00:00'), [], now)).toBe('day_off');
    expect(checkSlot(r, jst('2026-07-20T10:00:00'), [], now)).toBe('holiday');
    expect(checkSlot(r, jst('2026-06-03T10:00:00'), [booking('2026-06-03T10:30:00')], now)).toBe('taken');
  });
});
