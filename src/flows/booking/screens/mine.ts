/**
 * A member's own bookings (Slack `/mamori-book mine`, Teams `bookings`): each session with the other
 * person and its status, and the buttons myBookings allows. The other person's name is a typed span.
 */
import type { Organisation } from '../../../db/repo/organisations.js';
import type { Screen, ScreenBlock, ScreenButton } from '../../views/screen.js';
import { said, typed } from '../../views/screen.js';
import { formWords } from '../form-words.js';
import { bookingMessages } from '../messages.js';
import type { MyBooking, MyBookingAction } from '../mine.js';
import { formatSession } from '../notify.js';

export interface MineOptions {
  /** The platform can open one session's meeting URL form (会議URLを設定). */
  meetingUrl: boolean;
  /** The platform's word on the commands (how to book, how to see this again). */
  footnote: string;
  /** Sessions beyond this are left out (a message has room for so many blocks). */
  max?: number;
}

export function mineScreen(language: string, org: Pick<Organisation, 'language' | 'timeZone'>, mine: MyBooking[], options: MineOptions): Screen<never> {
  const w = formWords(language);
  const m = bookingMessages(org.language);
  const buttons: Record<MyBookingAction, Omit<ScreenButton, 'value'>> = {
    booking_move: { id: 'booking_move', label: w.moveButton },
    booking_cancel: { id: 'booking_cancel', label: w.cancel, style: 'danger' },
    booking_held: { id: 'booking_held', label: w.held, style: 'primary' },
    booking_no_show: { id: 'booking_no_show', label: w.noShow },
  };
  const blocks: ScreenBlock[] = mine.slice(0, options.max ?? mine.length).flatMap(({ booking: b, asInstructor, counterpart, actions, canSetMeetingUrl }) => [
    { type: 'divider' as const },
    {
      type: 'row' as const,
      spans: [
        said(formatSession(org.language, org.timeZone, b.startsAt, b.endsAt), true),
        said(`\n${m.kind[b.kind]} ・ ${asInstructor ? m.labels.trainee : m.labels.instructor}: `), typed(counterpart), said(` ・ ${m.status[b.status]}`),
      ],
      buttons: [
        ...actions.map((id) => ({ ...buttons[id], value: b.id })),
        ...(options.meetingUrl && canSetMeetingUrl ? [{ id: 'booking_meeting_url' as const, label: w.setMeetingUrl, value: b.id }] : []),
      ],
    },
  ]);
  blocks.push({ type: 'note', spans: [said(options.footnote)] });
  return { title: w.mineTitle, blocks, fallbackText: w.mineTitle };
}
