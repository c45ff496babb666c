/**
 * An instructor's hours form: the weekly hours, the days off, the meeting URL. Hours come either a
 * field per weekday (where a form can say which field is wrong as it is submitted: Slack) or as
 * lines like `月 10:00-12:00` in one field (where the whole card comes back: Teams); the flow reads
 * both (setAvailability's hoursText).
 */
import type { Field, Screen, ScreenBlock } from '../../views/screen.js';
import { said } from '../../views/screen.js';
import { formWords } from '../form-words.js';

export type AvailabilityForm =
  | { hours: 'per_weekday'; byWeekday: Record<number, string>; daysOff: string; meetingUrl: string }
  | { hours: 'lines'; lines: string; daysOff: string; meetingUrl: string };

/** Why a value was refused, by field. */
export interface AvailabilityErrors { daysOff?: string; meetingUrl?: string }

/** Field ids per shape: each platform's handler reads its submission by these. */
export const AVAILABILITY_FIELDS = {
  per_weekday: { daysOff: 'days_off', meetingUrl: 'meeting_url' },
  lines: { hours: 'hours', daysOff: 'daysOff', meetingUrl: 'meetingUrl' },
} as const;

export function availabilityFormScreen(language: string, form: AvailabilityForm, errors: AvailabilityErrors = {}, error?: string): Screen<Record<string, never>> {
  const w = formWords(language);
  const text = (f: Omit<Extract<Field, { kind: 'text' }>, 'kind'>, err?: string): ScreenBlock =>
    ({ type: 'field', field: { kind: 'text', ...f, ...(err ? { error: err } : {}) } });
  const blocks: ScreenBlock[] = [];
  if (form.hours === 'per_weekday') {
    const ids = AVAILABILITY_FIELDS.per_weekday;
    blocks.push({ type: 'note', spans: [said(w.hoursPerWeekdayHelp)] });
    for (let d = 1; d <= 7; d += 1) {
      const value = form.byWeekday[d];
      blocks.push(text({ id: `hours_${d}`, label: w.weekday[d]!, optional: true, maxLength: 200, placeholder: '10:00-12:00, 13:00-17:00', ...(value ? { value } : {}) }));
    }
    blocks.push(
      text({ id: ids.daysOff, label: w.daysOff, hint: w.daysOffHelp, optional: true, multiline: true, maxLength: 2900, ...(form.daysOff ? { value: form.daysOff } : {}) }, errors.daysOff),
      text({ id: ids.meetingUrl, label: w.meetingUrlInput, optional: true, url: true, maxLength: 500, ...(form.meetingUrl ? { value: form.meetingUrl } : {}) }, errors.meetingUrl),
    );
  } else {
    const ids = AVAILABILITY_FIELDS.lines;
    blocks.push(
      text({ id: ids.hours, label: w.hoursLines, optional: true, multiline: true, maxLength: 2000, value: form.lines }),
      { type: 'note', spans: [said(w.hoursLinesHelp)] },
      text({ id: ids.daysOff, label: w.daysOffLines, optional: true, multiline: true, maxLength: 4000, value: form.daysOff }, errors.daysOff),
      text({ id: ids.meetingUrl, label: w.meetingUrlLabel, optional: true, url: true, maxLength: 500, value: form.meetingUrl }, errors.meetingUrl),
    );
  }
  return { title: w.availabilityTitle, ...(error ? { error } : {}), blocks, submit: { label: w.save, value: {}, style: 'primary' }, fallbackText: w.availabilityTitle };
}
