/**
 * An instructor's settings as they are in force (after saving, or asked for with `show`): weekly
 * hours, days off, the meeting URL. The URL was typed by the instructor, so it is a typed span.
 */
import type { Screen } from '../../views/screen.js';
import { said, typed } from '../../views/screen.js';
import { formWords } from '../form-words.js';

export interface AvailabilitySettings {
  /** '月 10:00-12:00' a line (formatWeeklyHours). */
  hours: string[];
  daysOff: string[];
  meetingUrl: string | null;
}

export function availabilityScreen(language: string, s: AvailabilitySettings, saved: boolean): Screen<never> {
  const w = formWords(language);
  return {
    title: saved ? w.availabilityTitle : w.current,
    blocks: [
      ...(saved ? [{ type: 'text' as const, spans: [said(`✅ ${w.saved}`, true)], tone: 'good' as const }] : []),
      {
        type: 'facts',
        facts: [
          { label: w.hours, value: said(s.hours.length > 0 ? s.hours.join('\n') : w.noHours) },
          { label: w.daysOff, value: said(s.daysOff.length > 0 ? s.daysOff.join(', ') : w.none) },
          { label: w.meetingUrlTitle, value: s.meetingUrl ? typed(s.meetingUrl) : said(w.none) },
        ],
      },
    ],
    fallbackText: saved ? w.saved : w.current,
  };
}
