/**
 * Moving a booking to another free slot of the same instructor: one form whose slots follow the date
 * (Slack), or a date and then that day's slots (Teams). The summary names the instructor, so it is
 * shown as typed text.
 */
import type { Field, Screen, ScreenBlock } from '../../views/screen.js';
import { said, typed } from '../../views/screen.js';
import type { OfferedSlot } from '../availability.js';
import type { BookingSummary } from '../book.js';
import { formWords } from '../form-words.js';
import { bookingMessages } from '../messages.js';

/** What a step's button asks for next (Teams carries the booking and the date in the card). */
export interface MoveStep {
  next: 'move_date' | 'move';
  booking: string;
  date?: string;
}

/** The booking being moved, one line: when, what, with whom. */
export function moveSummary(language: string, b: Pick<BookingSummary, 'when' | 'kind' | 'instructorName'>): string {
  return `${b.when} ・ ${bookingMessages(language).kind[b.kind]} ・ ${b.instructorName}`;
}

const dateField = (language: string, refresh: boolean, date: string | null, min?: string): Field => ({
  kind: 'date', id: 'date', label: formWords(language).moveDate, refresh, missing: formWords(language).chooseDate, ...(min ? { min } : {}), ...(date ? { value: date } : {}),
});

const slotField = (language: string, slots: OfferedSlot[]): Field => ({
  kind: 'select', id: 'slot', label: formWords(language).fieldSlot, missing: formWords(language).chooseSlot, choices: slots.slice(0, 100).map((s) => ({ value: s.start, label: said(s.time) })),
});

/** One form: the slots of the chosen date (null: none chosen yet) are shown again whenever the date changes. */
export function moveScreen(language: string, summary: string, date: string | null, slots: OfferedSlot[] | null, error?: string): Screen<Record<string, never>> {
  const w = formWords(language);
  const blocks: ScreenBlock[] = [{ type: 'text', spans: [typed(summary)] }, { type: 'field', field: dateField(language, true, date) }];
  if (slots === null) blocks.push({ type: 'note', spans: [said(w.pickDate)] });
  else if (slots.length === 0) blocks.push({ type: 'text', spans: [said(w.noSlotsThatDay)], tone: 'muted' });
  else blocks.push({ type: 'field', field: slotField(language, slots) });
  return { title: w.moveTitle, ...(error ? { error } : {}), blocks, submit: { label: w.moveTo, value: {}, style: 'primary' }, fallbackText: w.moveTitle };
}

/** Two steps, the first: the new date (from `today` on). */
export function moveDateScreen(language: string, booking: string, summary: string, today: string, date: string | null, error?: string): Screen<MoveStep> {
  const w = formWords(language);
  return {
    title: w.moveTitle, ...(error ? { error } : {}),
    blocks: [{ type: 'text', spans: [typed(summary)] }, { type: 'field', field: dateField(language, false, date, today) }],
    submit: { label: w.showSlots, value: { next: 'move_date', booking }, style: 'primary' },
    fallbackText: w.moveTitle,
  };
}

/** Two steps, the second: that day's slots (never empty here), and back to the date. */
export function moveSlotScreen(language: string, booking: string, summary: string, date: string, slots: OfferedSlot[], error?: string): Screen<MoveStep> {
  const w = formWords(language);
  return {
    title: w.moveTitle, ...(error ? { error } : {}),
    blocks: [{ type: 'text', spans: [typed(summary)] }, { type: 'text', spans: [said(`${w.moveDate}: ${date}`)] }, { type: 'field', field: slotField(language, slots) }],
    submit: { label: w.moveTo, value: { next: 'move', booking, date }, style: 'primary' },
    back: { label: w.backToChoices, value: { next: 'move_date', booking } },
    fallbackText: w.moveTitle,
  };
}
