/**
 * The booking form, field by field (kind, instructor, date, the day's free slots, topic, payment),
 * in the two ways a platform can ask for it: one form that shows the slots again whenever the date
 * changes (Slack's modal), or two steps where the slots follow the chosen date (Teams' cards, which
 * cannot answer a change before submission). The fields are the same objects either way.
 */
import type { Field, Screen, ScreenBlock } from '../../views/screen.js';
import { said, typed } from '../../views/screen.js';
import type { OfferedSlot } from '../availability.js';
import { formWords } from '../form-words.js';
import { bookingMessages } from '../messages.js';

export type Kind = 'consultation' | 'orientation';
export type Payment = 'card' | 'invoice';
/** The instructor choice that means the first one free. */
export const ANY_INSTRUCTOR = '*';

/** What the form offers (bookingFormOptions). */
export interface BookOffer {
  kinds: Array<{ kind: Kind; label: string }>;
  instructors: Array<{ platformUserId: string; name: string }>;
  payments: { card: boolean; invoice: boolean };
  confidentialityReminder: string;
  today: string;
  /** The last day that may be booked (Teams' date input says so; Slack's picker cannot). */
  lastDay?: string;
}

export interface BookChoices {
  kind?: Kind;
  /** Platform user id, or null for the first one free. */
  instructor?: string | null;
  date?: string | null;
  /** ISO instant of the chosen slot. */
  slot?: string | null;
  topic?: string;
  payment?: Payment | null;
}

/** What a step's button asks for next, with the choices so far (Teams carries them in the card). */
export interface BookStep {
  next: 'slots' | 'book' | 'start';
  form?: string;
  kind?: Kind;
  instructor?: string;
  date?: string;
  payment?: Payment;
}

/** The field ids: Slack reads its modal's state and Teams its card's inputs by these. */
export const BOOK_FIELDS = { kind: 'kind', instructor: 'instructor', date: 'date', slot: 'slot', topic: 'topic', payment: 'payment' } as const;

const paymentChoices = (language: string, offer: BookOffer) => {
  const w = formWords(language);
  return [
    ...(offer.payments.card ? [{ value: 'card', label: said(w.payCard) }] : []),
    ...(offer.payments.invoice ? [{ value: 'invoice', label: said(w.payInvoice) }] : []),
  ];
};

function choiceFields(language: string, offer: BookOffer, v: BookChoices, refresh: boolean): { kind: Field; instructor: Field; date: Field } {
  const w = formWords(language);
  return {
    kind: {
      kind: 'select', id: BOOK_FIELDS.kind, label: w.fieldKind, refresh, look: 'radio', value: v.kind ?? 'consultation',
      choices: offer.kinds.map((k) => ({ value: k.kind, label: said(k.label) })),
    },
    instructor: {
      kind: 'select', id: BOOK_FIELDS.instructor, label: w.fieldInstructor, refresh, value: v.instructor ?? ANY_INSTRUCTOR,
      choices: [{ value: ANY_INSTRUCTOR, label: said(w.anyInstructor) }, ...offer.instructors.slice(0, 99).map((i) => ({ value: i.platformUserId, label: typed(i.name) }))],
    },
    date: {
      kind: 'date', id: BOOK_FIELDS.date, label: w.fieldDate, refresh, missing: w.chooseDate, min: offer.today,
      ...(offer.lastDay ? { max: offer.lastDay } : {}), ...(v.date ? { value: v.date } : {}),
    },
  };
}

function slotField(language: string, slots: OfferedSlot[], v: BookChoices): Field {
  const w = formWords(language);
  // With the first one free, the slot says whose it is.
  const label = (s: OfferedSlot) => (v.instructor ? said(s.time) : typed(`${s.time}（${s.instructorName}）`));
  return {
    kind: 'select', id: BOOK_FIELDS.slot, label: w.fieldSlot, missing: w.chooseSlot,
    choices: slots.slice(0, 100).map((s) => ({ value: s.start, label: label(s) })),
    ...(v.slot && slots.some((s) => s.start === v.slot) ? { value: v.slot } : {}),
  };
}

/** One form: the slots of the chosen date (null: none chosen yet) are shown again whenever a choice changes. */
export function bookFormScreen(language: string, offer: BookOffer, v: BookChoices, slots: OfferedSlot[] | null, error?: string): Screen<Record<string, never>> {
  const w = formWords(language);
  const f = choiceFields(language, offer, v, true);
  const blocks: ScreenBlock[] = [{ type: 'field', field: f.kind }, { type: 'field', field: f.instructor }, { type: 'field', field: f.date }];
  if (slots === null) blocks.push({ type: 'note', spans: [said(w.pickDate)] });
  else if (slots.length === 0) blocks.push({ type: 'text', spans: [said(w.noSlotsThatDay)], tone: 'muted' });
  else blocks.push({ type: 'field', field: slotField(language, slots, v) });
  blocks.push(
    { type: 'field', field: { kind: 'text', id: BOOK_FIELDS.topic, label: w.fieldTopic, optional: true, hint: offer.confidentialityReminder, multiline: true, maxLength: 1000, ...(v.topic ? { value: v.topic } : {}) } },
    { type: 'note', spans: [said(`🔒 ${offer.confidentialityReminder}`)] },
  );
  const payments = paymentChoices(language, offer);
  if ((v.kind ?? 'consultation') === 'consultation' && payments.length > 0) {
    const value = payments.some((p) => p.value === v.payment) ? v.payment! : payments[0]!.value;
    blocks.push({ type: 'field', field: { kind: 'select', id: BOOK_FIELDS.payment, label: w.fieldPayment, look: 'radio', choices: payments, value } });
  }
  return { title: w.bookTitle, ...(error ? { error } : {}), blocks, submit: { label: w.book, value: {}, style: 'primary' }, fallbackText: w.bookTitle };
}

/** Two steps, the first: what, with whom, which day (and how to pay, should it be a consultation). */
export function bookChoicesScreen(language: string, offer: BookOffer, v: BookChoices, error?: string): Screen<BookStep> {
  const w = formWords(language);
  const f = choiceFields(language, offer, v, false);
  const payments = paymentChoices(language, offer);
  const blocks: ScreenBlock[] = [{ type: 'field', field: f.kind }, { type: 'field', field: f.instructor }, { type: 'field', field: f.date }];
  if (payments.length > 0) {
    const value = payments.some((p) => p.value === v.payment) ? v.payment! : payments[0]!.value;
    blocks.push({ type: 'field', field: { kind: 'select', id: BOOK_FIELDS.payment, label: w.fieldPaymentConsultations, look: 'radio', choices: payments, value } });
  }
  return { title: w.bookTitle, ...(error ? { error } : {}), blocks, submit: { label: w.showSlots, value: { next: 'slots' }, style: 'primary' }, fallbackText: w.bookTitle };
}

/** Two steps, the second: the choices so far, the day's slots (never empty here) and the topic. */
export function bookSlotScreen(
  language: string, v: BookChoices & { kind: Kind; date: string }, slots: OfferedSlot[], instructorName: string,
  payment: Payment | undefined, form: string, error?: string,
): Screen<BookStep> {
  const w = formWords(language);
  const m = bookingMessages(language);
  const chosen = { kind: v.kind, instructor: v.instructor ?? ANY_INSTRUCTOR, date: v.date };
  return {
    title: w.bookTitle,
    ...(error ? { error } : {}),
    blocks: [
      {
        type: 'facts',
        facts: [
          { label: m.labels.kind, value: said(m.kind[v.kind]) },
          { label: m.labels.instructor, value: v.instructor ? typed(instructorName) : said(w.anyInstructor) },
          { label: w.fieldDate, value: said(v.date) },
          ...(payment ? [{ label: m.labels.payment, value: said(m.payment[payment]) }] : []),
        ],
      },
      { type: 'field', field: slotField(language, slots, v) },
      { type: 'note', spans: [said(m.confidentialityReminder)] },
      { type: 'field', field: { kind: 'text', id: BOOK_FIELDS.topic, label: w.fieldTopic, multiline: true, optional: true, maxLength: 2000, ...(v.topic ? { value: v.topic } : {}) } },
    ],
    submit: { label: w.book, value: { next: 'book', form, ...chosen, ...(payment ? { payment } : {}) }, style: 'primary' },
    back: { label: w.backToChoices, value: { next: 'start', ...chosen, ...(v.payment ? { payment: v.payment } : {}) } },
    fallbackText: w.bookTitle,
  };
}
