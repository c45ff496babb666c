/**
 * Cancelling a booking: the booking and the policy's terms (refund, deadline) shown before anything
 * happens. The answer carries the refund that was shown, so terms that changed meanwhile are shown
 * again instead of being applied unseen (cancelBooking's expectedRefundYen).
 */
import type { Screen } from '../../views/screen.js';
import { said, typed } from '../../views/screen.js';
import { formWords } from '../form-words.js';

export interface CancelAnswer {
  booking: string;
  refund: number;
}

/** `fields`: the booking's facts (bookingSummaryFields), or none when only the new terms are known. */
export function cancelScreen(
  language: string, answer: CancelAnswer, fields: Array<{ label: string; value: string }>, terms: string, note?: string,
): Screen<CancelAnswer> {
  const w = formWords(language);
  return {
    title: w.cancelTitle,
    ...(note ? { error: note } : {}),
    blocks: [
      ...(fields.length > 0 ? [{ type: 'facts' as const, facts: fields.map((f) => ({ label: f.label, value: typed(f.value) })) }] : []),
      { type: 'text', spans: [said(terms, true)] },
    ],
    submit: { label: w.confirmCancel, value: answer, style: 'danger' },
    fallbackText: terms,
  };
}
