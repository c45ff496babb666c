import { describe, expect, it } from 'vitest';
import { formatEventTime, parseEventTime } from '../../src/time/event-time.js';

describe('event times as organisers type them', () => {
  it('reads a time without an offset on the organisation’s clock, daylight saving included', () => {
    expect(parseEventTime('2026-12-01T19:00', 'Asia/Tokyo')?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(parseEventTime('2026-12-01 19:00', 'Asia/Tokyo')?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(parseEventTime('2026-07-15T10:00', 'Europe/London')?.toISOString()).toBe('2026-07-15T09:00:00.000Z');
    expect(parseEventTime('2026-01-15T10:00', 'Europe/London')?.toISOString()).toBe('2026-01-15T10:00:00.000Z');
  });

  it('takes an offset or Z as written and refuses what is not a time', () => {
    expect(parseEventTime('2026-12-01T19:00+09:00', 'Europe/London')?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(parseEventTime('2026-12-01T10:00:00Z', 'Asia/Tokyo')?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(parseEventTime('2026-02-30T10:00', 'Asia/Tokyo')).toBeNull();
    expect(parseEventTime('2026-12-01T24:00', 'Asia/Tokyo')).toBeNull();
    expect(parseEventTime('next Tuesday', 'Asia/Tokyo')).toBeNull();
  });

  it('says the time in Japanese first and English second, on the organisation’s clock', () => {
    const at = new Date('2026-12-01T10:00:00Z');
    expect(formatEventTime(at, 'Asia/Tokyo', 'ja')).toBe('2026年12月1日(火) 19:00');
    expect(formatEventTime(at, 'Asia/Tokyo', 'en')).toMatch(/Tue.*1 Dec 2026.*19:00/);
  });
});
