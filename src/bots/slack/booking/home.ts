/**
 * Booking's part of App Home (a few blocks, at most HOME_BOOKING_MAX_BLOCKS): instructors see their
 * hours, days off and meeting URL with 受付時間を設定 (the /mamori-availability form) and their coming
 * sessions with 会議URLを設定; trainees and graduates their coming bookings with 予約する; admins the
 * figures (coming bookings, unpaid invoices, this month's revenue) with the CSV to their DM.
 * A failure leaves the section out: the rest of App Home is still worth showing.
 */
import type { types } from '@slack/bolt';
import { bookingHome, type HomeSession } from '../../../flows/booking/home.js';
import { bookingMessages } from '../../../flows/booking/messages.js';
import { clipButton, clipSection, escapeMrkdwn } from '../blocks/limits.js';
import { context, section } from '../blocks/render.js';
import { errorName, type SlackContext } from '../context.js';
import type { Lang } from '../text.js';
import { bookingDeps, orgOf, personOf } from './deps.js';
import { bookingText } from './text.js';

/** Buttons that exist only on Slack surfaces (App Home, ephemeral lists): not in the flows' ActionId. */
export const BOOKING_HOME_ACTIONS = {
  bookOpen: 'booking_book_open',
  availabilityOpen: 'booking_availability_open',
  adminCsv: 'booking_admin_csv',
  meetingUrl: 'booking_meeting_url',
} as const;

/** Sessions listed one block each (with their button); the rest are counted. */
const SESSIONS_SHOWN = 5;
export const HOME_BOOKING_MAX_BLOCKS = 2 + (2 + SESSIONS_SHOWN + 1) + 3 + 3;

const button = (actionId: string, text: string, value: string, style?: 'primary') =>
  ({ type: 'button' as const, action_id: actionId, value, text: { type: 'plain_text' as const, text: clipButton(text) }, ...(style ? { style } : {}) });

/** The button of one instructor session: 会議URLを設定 (value: the booking id). */
export const meetingUrlButton = (lang: Lang, bookingId: string) => button(BOOKING_HOME_ACTIONS.meetingUrl, bookingText(lang).setMeetingUrl, bookingId);

export async function bookingHomeBlocks(ctx: SlackContext, teamId: string | undefined, userId: string, lang: Lang): Promise<types.KnownBlock[]> {
  try {
    const deps = await bookingDeps(ctx);
    const home = await bookingHome(deps, { org: orgOf(ctx, teamId), person: await personOf(ctx, userId), language: lang });
    return render(home, lang).slice(0, HOME_BOOKING_MAX_BLOCKS);
  } catch (err) {
    ctx.logger.error({ err: errorName(err) }, 'booking part of App Home not built');
    return [];
  }
}

function render(home: Awaited<ReturnType<typeof bookingHome>>, lang: Lang): types.KnownBlock[] {
  if (!home.instructor && !home.trainee && !home.admin) return [];
  const t = bookingText(lang);
  const m = bookingMessages(lang);
  const blocks: types.KnownBlock[] = [{ type: 'divider' }, section(`*${t.homeTitle}*`)];
  const line = (s: HomeSession) => `*${escapeMrkdwn(s.when)}*\n${escapeMrkdwn(s.kind)} ・ ${escapeMrkdwn(s.counterpart)} ・ ${escapeMrkdwn(s.status)}`;

  if (home.instructor) {
    const i = home.instructor;
    blocks.push(section(clipSection([
      `*${t.hours}*\n${i.hours.length > 0 ? i.hours.map(escapeMrkdwn).join('\n') : t.noHours}`,
      `*${t.daysOff}*\n${i.daysOff.length > 0 ? i.daysOff.join(', ') : t.none}`,
      `*${t.meetingUrlTitle}*\n${i.meetingUrl ? escapeMrkdwn(i.meetingUrl) : t.none}`,
    ].join('\n'))));
    blocks.push({ type: 'actions', block_id: 'booking_instructor', elements: [button(BOOKING_HOME_ACTIONS.availabilityOpen, t.openAvailability, 'open')] });
    if (i.sessions.length > 0) {
      for (const s of i.sessions.slice(0, SESSIONS_SHOWN)) {
        const url = `${m.labels.meeting}: ${s.meetingUrl ? escapeMrkdwn(s.meetingUrl) : i.meetingUrl ? escapeMrkdwn(i.meetingUrl) : t.notSet}`;
        blocks.push({
          type: 'section',
          text: { type: 'mrkdwn', text: clipSection(`${line({ ...s, counterpart: `${m.labels.trainee}: ${s.counterpart}` })} ・ ${url}`) },
          ...(s.canSetMeetingUrl ? { accessory: meetingUrlButton(lang, s.id) } : {}),
        });
      }
      if (i.sessions.length > SESSIONS_SHOWN) blocks.push(context(t.moreSessions(i.sessions.length - SESSIONS_SHOWN)));
    }
  }

  if (home.trainee) {
    const list = home.trainee.sessions.slice(0, SESSIONS_SHOWN).map((s) => `• ${line({ ...s, counterpart: `${m.labels.instructor}: ${s.counterpart}` }).replace('\n', ' ・ ')}`);
    const more = home.trainee.sessions.length > SESSIONS_SHOWN ? [t.moreSessions(home.trainee.sessions.length - SESSIONS_SHOWN)] : [];
    blocks.push(section(clipSection(`*${t.mineTitle}*\n${list.length > 0 ? [...list, ...more].join('\n') : t.mineNone}`)));
    blocks.push({ type: 'actions', block_id: 'booking_trainee', elements: [button(BOOKING_HOME_ACTIONS.bookOpen, t.book, 'open', 'primary')] });
    if (list.length > 0) blocks.push(context(t.mineHint));
  }

  if (home.admin) {
    const a = home.admin;
    blocks.push(section(clipSection([
      `*${t.adminHomeTitle}*`,
      t.adminUpcoming(a.upcoming),
      t.adminUnpaid(a.unpaidInvoices, m.yen(a.unpaidYen), a.overdueInvoices),
      t.adminRevenue(a.month, m.yen(a.revenue.netYen), a.revenue.sessions),
    ].join('\n'))));
    blocks.push({ type: 'actions', block_id: 'booking_admin', elements: [button(BOOKING_HOME_ACTIONS.adminCsv, t.csvButton, 'csv')] });
    blocks.push(context(t.adminHint));
  }
  return blocks;
}
