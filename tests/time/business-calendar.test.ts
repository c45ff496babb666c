import { describe, expect, it } from 'vitest';
import { firstWorkingDay, reportMonthDue } from '../../src/time/business-calendar.js';

describe('first working day (Japanese holidays)', () => {
  it('skips weekends, holidays and the New Year break', () => {
    expect(firstWorkingDay('2027-01')).toBe('2027-01-04');
    expect(firstWorkingDay('2026-05')).toBe('2026-05-01');
    expect(firstWorkingDay('2026-11')).toBe('2026-11-02'); // 1 Nov 2026 is a Sunday
    expect(firstWorkingDay('2025-09')).toBe('2025-09-01');
    expect(reportMonthDue(new Date('2027-01-04T00:30:00Z'), 'Asia/Tokyo')).toBe('2026-12');
    expect(reportMonthDue(new Date('2027-01-01T00:30:00Z'), 'Asia/Tokyo')).toBeNull();
    // A server that was down on the day catches up later in the month (the archive keeps it to one report).
    expect(reportMonthDue(new Date('2027-01-12T00:30:00Z'), 'Asia/Tokyo')).toBe('2026-12');
    expect(reportMonthDue(new Date('2026-04-30T15:30:00Z'), 'Asia/Tokyo')).toBe('2026-04'); // 1 May 00:30 JST
  });
});
