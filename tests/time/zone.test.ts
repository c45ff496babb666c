import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, localDate, parseClock, zonedToUtc } from '../../src/time/zone.js';

describe('time helpers', () => {
  it('converts Tokyo wall time to UTC (no daylight saving)', () => {
    expect(zonedToUtc('2026-06-02', 600, 'Asia/Tokyo').toISOString()).toBe('2026-06-02T01:00:00.000Z');
    expect(zonedToUtc('2026-01-01', 0, 'Asia/Tokyo').toISOString()).toBe('2025-12-31T15:00:00.000Z');
    expect(localDate(new Date('2025-12-31T15:00:00Z'), 'Asia/Tokyo')).toBe('2026-01-01');
  });
  it('follows the offset in a zone with daylight saving', () => {
    expect(zonedToUtc('2026-01-15', 600, 'Europe/London').toISOString()).toBe('2026-01-15T10:00:00.000Z');
    expect(zonedToUtc('2026-07-15', 600, 'Europe/London').toISOString()).toBe('2026-07-15T09:00:00.000Z');
  });
  it('knows weekdays, date arithmetic and clock strings', () => {
    expect(isoWeekday('2026-06-01')).toBe(1);
    expect(isoWeekday('2026-06-07')).toBe(7);
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(parseClock('9:30')).toBe(570);
    expect(parseClock('24:00')).toBe(1440);
    expect(parseClock('25:00')).toBeNull();
    expect(parseClock('10:75')).toBeNull();
  });
});
