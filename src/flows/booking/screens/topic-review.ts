/**
 * The topic guard found confidential details (flows/booking/topic-guard.ts): what it found, the
 * masked text, and the two ways on, 伏せ字で予約 (book the masked text) or 書き直す (back to the
 * form). Findings and the masked text come from what the member typed, so they are typed spans.
 */
import type { Screen } from '../../views/screen.js';
import { said, typed } from '../../views/screen.js';
import { formWords } from '../form-words.js';

export function topicReviewScreen<V>(language: string, message: string, findings: string[], masked: string, answers: { mask: V; rewrite: V }): Screen<V> {
  const w = formWords(language);
  return {
    title: w.guardTitle,
    blocks: [
      { type: 'text', spans: [said(message)], tone: 'warning' },
      { type: 'list', title: w.guardFound, items: findings.map((f) => [typed(f)]), empty: w.none },
      { type: 'text', spans: [said(w.maskedPreview, true), said('\n'), typed(masked)] },
    ],
    submit: { label: w.bookMasked, value: answers.mask, style: 'primary' },
    back: { label: w.rewrite, value: answers.rewrite },
    fallbackText: message,
  };
}
