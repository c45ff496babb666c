/**
 * What a person sees once a booking is done: booked, held until the card payment arrives, or moved.
 * The booking's facts come from bookingSummaryFields; `notes` are the platform's word on what follows
 * (a DM with the calendar file, a download button, or neither), since that depends on the platform.
 */
import type { Screen } from '../../views/screen.js';
import { said, typed } from '../../views/screen.js';
import { formWords } from '../form-words.js';
import { bookingMessages } from '../messages.js';

type Fields = Array<{ label: string; value: string }>;

const factsOf = (fields: Fields) => ({ type: 'facts' as const, facts: fields.map((f) => ({ label: f.label, value: typed(f.value) })) });

export function bookedScreen(language: string, message: string, fields: Fields, notes: string[]): Screen<never> {
  return {
    title: formWords(language).resultTitle,
    blocks: [{ type: 'text', spans: [said(`✅ ${message}`, true)], tone: 'good' }, factsOf(fields), ...notes.map((n) => ({ type: 'text' as const, spans: [said(n)] }))],
    fallbackText: message,
  };
}

/** `text` says until when it is held (the platform's words: where the button is). */
export function paymentScreen(language: string, text: string, fields: Fields, checkoutUrl: string): Screen<never> {
  const m = bookingMessages(language);
  return {
    title: m.paymentTitle,
    blocks: [{ type: 'text', spans: [said(text)] }, factsOf(fields), { type: 'note', spans: [said(checkoutUrl)] }],
    links: [{ label: formWords(language).payButton, url: checkoutUrl }],
    fallbackText: `${m.paymentTitle}: ${checkoutUrl}`,
  };
}

export function movedScreen(language: string, message: string, fields: Fields): Screen<never> {
  return {
    title: formWords(language).moveTitle,
    blocks: [{ type: 'text', spans: [said(`✅ ${message}`, true)], tone: 'good' }, factsOf(fields)],
    fallbackText: message,
  };
}
