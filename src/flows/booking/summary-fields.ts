/** A booking's facts as label/value pairs, the same on both platforms (Slack's modal fields, Teams' FactSet). */
import type { BookingSummary } from './book.js';
import { bookingMessages } from './messages.js';

export function bookingSummaryFields(language: string, b: BookingSummary): Array<{ label: string; value: string }> {
  const m = bookingMessages(language);
  return [
    { label: m.labels.when, value: b.when },
    { label: m.labels.kind, value: m.kind[b.kind] },
    { label: m.labels.instructor, value: b.instructorName },
    { label: m.labels.amount, value: b.totalYen === 0 ? m.payment.free : m.yen(b.totalYen) },
    { label: m.labels.payment, value: m.payment[b.paymentMethod] },
  ];
}
