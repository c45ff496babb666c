/**
 * One session's own meeting URL (会議URLを設定, for its instructor: Slack's modal from App Home or
 * `/mamori-book mine`, Teams' card from `bookings`): the session, the URL field (empty: the URL of the
 * instructor's settings, named in the hint), and after saving what is now in force and whether the
 * trainee was told.
 */
import type { Screen } from '../../views/screen.js';
import { said, typed } from '../../views/screen.js';
import { formWords } from '../form-words.js';

export interface MeetingUrlAnswer {
  booking: string;
}

export function meetingUrlScreen(
  language: string, answer: MeetingUrlAnswer, fields: Array<{ label: string; value: string }>, current: string | null, fallback: string | null, error?: string,
): Screen<MeetingUrlAnswer> {
  const w = formWords(language);
  return {
    title: w.sessionUrlTitle,
    blocks: [
      ...(fields.length > 0 ? [{ type: 'facts' as const, facts: fields.map((f) => ({ label: f.label, value: typed(f.value) })) }] : []),
      {
        type: 'field', field: {
          kind: 'text', id: 'meeting_url', label: w.meetingUrlField, url: true, optional: true, maxLength: 500, hint: w.meetingUrlHint(fallback),
          ...(current ? { value: current } : {}), ...(error ? { error } : {}),
        },
      },
    ],
    submit: { label: w.save, value: answer, style: 'primary' },
    fallbackText: w.sessionUrlTitle,
  };
}

/** After saving: the message, the session and the URL now in force (typed: an instructor wrote it). */
export function meetingUrlSavedScreen(language: string, message: string, when: string, effectiveUrl: string | null, traineeTold: boolean): Screen<never> {
  const w = formWords(language);
  return {
    title: w.sessionUrlTitle,
    blocks: [
      { type: 'text', spans: [said(`✅ ${message}`, true)] },
      { type: 'text', spans: [typed(when), said('\n'), effectiveUrl ? typed(effectiveUrl) : said(w.notSet)] },
      ...(traineeTold ? [{ type: 'note' as const, spans: [said(w.traineeTold)] }] : []),
    ],
    fallbackText: message,
  };
}
