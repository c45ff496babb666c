/**
 * Booking's slash commands: `/mamori-book` (the booking form; `mine`: your bookings with their
 * buttons) and `/mamori-availability` (instructors: the hours form; `show`: the current settings).
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs, types } from '@slack/bolt';
import { organisationFor } from '../../../../flows/actions/people.js';
import { bookingMessages } from '../../../../flows/booking/messages.js';
import { myBookings, type MyBookingAction } from '../../../../flows/booking/mine.js';
import { formatSession } from '../../../../flows/booking/notify.js';
import { escapeMrkdwn } from '../../blocks/limits.js';
import { context, section } from '../../blocks/render.js';
import { whoIs } from '../../community/deps.js';
import { errorName, type SlackContext } from '../../context.js';
import type { Lang } from '../../text.js';
import { bookingDeps, orgOf } from '../../booking/deps.js';
import { bookFormWithOffer, currentAvailability } from '../../booking/form.js';
import { meetingUrlButton } from '../../booking/home.js';
import { availabilityLines, availabilityModal } from '../../booking/modals.js';
import { bookingText } from '../../booking/text.js';

export const BOOK_COMMAND = '/mamori-book';
export const AVAILABILITY_COMMAND = '/mamori-availability';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

export function mamoriBook(ctx: SlackContext) {
  return async ({ ack, command, respond, logger }: Args): Promise<void> => {
    await ack();
    try {
      const who = { teamId: command.team_id, userId: command.user_id, name: command.user_name };
      const { lang } = await whoIs(ctx, command.team_id, command.user_id);
      const t = bookingText(lang);
      const sub = command.text.trim().toLowerCase();
      if (sub === 'help') {
        await respond({ response_type: 'ephemeral', text: t.bookUsage });
        return;
      }
      if (sub === 'mine') {
        const blocks = await mineBlocks(ctx, command.team_id, command.user_id, lang);
        await respond({ response_type: 'ephemeral', text: t.mineTitle, blocks });
        return;
      }
      const { view, offer } = await bookFormWithOffer(ctx, who, { team: command.team_id, channel: command.channel_id, v: 1 }, {});
      if (offer.instructors.length === 0) {
        await respond({ response_type: 'ephemeral', text: t.noInstructorYet });
        return;
      }
      await ctx.client.views.open({ trigger_id: command.trigger_id, view });
    } catch (err) {
      logger.error(`booking form not opened: ${errorName(err)}`);
      await respond({ response_type: 'ephemeral', text: bookingText('ja').failed }).catch(() => {});
    }
  };
}

export function mamoriAvailability(ctx: SlackContext) {
  return async ({ ack, command, respond, logger }: Args): Promise<void> => {
    await ack();
    try {
      const { lang, roles } = await whoIs(ctx, command.team_id, command.user_id);
      const t = bookingText(lang);
      if (!roles.includes('instructor')) {
        await respond({ response_type: 'ephemeral', text: t.notInstructor });
        return;
      }
      const deps = await bookingDeps(ctx);
      const current = await currentAvailability(ctx, deps, { teamId: command.team_id, userId: command.user_id, name: command.user_name });
      if (command.text.trim().toLowerCase() === 'show') {
        const lines = availabilityLines(lang, current.lines, current.daysOff, current.meetingUrl);
        await respond({ response_type: 'ephemeral', text: t.current, blocks: [section(`*${t.current}*`), ...lines.map(section)] });
        return;
      }
      await ctx.client.views.open({ trigger_id: command.trigger_id, view: availabilityModal(lang, { team: command.team_id }, current) });
    } catch (err) {
      logger.error(`availability form not opened: ${errorName(err)}`);
      await respond({ response_type: 'ephemeral', text: bookingText('ja').failed }).catch(() => {});
    }
  };
}

/** The person's bookings from a week ago on: as trainee 日時変更 / キャンセル; as instructor キャンセル, 会議URLを設定, 実施済み / 無断欠席. */
async function mineBlocks(ctx: SlackContext, teamId: string | undefined, userId: string, lang: Lang): Promise<types.KnownBlock[]> {
  const t = bookingText(lang);
  const deps = await bookingDeps(ctx);
  const org = await organisationFor(deps, orgOf(ctx, teamId));
  const m = bookingMessages(org.language);
  const mine = await myBookings(deps, org, userId);
  if (!mine || mine.length === 0) return [section(t.mineNone)];
  const labels: Record<MyBookingAction, { text: string; style?: 'primary' | 'danger' }> = {
    booking_move: { text: t.moveButton }, booking_cancel: { text: t.cancel, style: 'danger' },
    booking_held: { text: t.held, style: 'primary' }, booking_no_show: { text: t.noShow },
  };
  const blocks: types.KnownBlock[] = [section(`*${t.mineTitle}*`)];
  for (const { booking: b, asInstructor, counterpart, actions, canSetMeetingUrl } of mine) {
    const other = `${asInstructor ? m.labels.trainee : m.labels.instructor}: ${counterpart}`;
    blocks.push(section(`*${formatSession(org.language, org.timeZone, b.startsAt, b.endsAt)}*\n${m.kind[b.kind]} ・ ${escapeMrkdwn(other)} ・ ${m.status[b.status]}`));
    const elements: types.Button[] = actions.map((id) => {
      const { text, style } = labels[id];
      return { type: 'button' as const, action_id: id, value: b.id, text: { type: 'plain_text' as const, text }, ...(style ? { style } : {}) };
    });
    if (canSetMeetingUrl) elements.push(meetingUrlButton(lang, b.id));
    if (elements.length > 0) blocks.push({ type: 'actions', elements });
  }
  blocks.push(context(t.bookUsage));
  return blocks.slice(0, 50);
}
