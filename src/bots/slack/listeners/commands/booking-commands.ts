/**
 * Booking's slash commands: `/mamori-book` (the booking form; `mine`: your bookings with their
 * buttons) and `/mamori-availability` (instructors: the hours form; `show`: the current settings).
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs, types } from '@slack/bolt';
import { organisationFor } from '../../../../flows/actions/people.js';
import { myBookings } from '../../../../flows/booking/mine.js';
import { availabilityScreen } from '../../../../flows/booking/screens/availability.js';
import { mineScreen } from '../../../../flows/booking/screens/mine.js';
import { section } from '../../blocks/render.js';
import { screenMessage } from '../../blocks/screen.js';
import { whoIs } from '../../community/deps.js';
import { errorName, type SlackContext } from '../../context.js';
import type { Lang } from '../../text.js';
import { bookingDeps, orgOf } from '../../booking/deps.js';
import { bookFormWithOffer, currentAvailability } from '../../booking/form.js';
import { availabilityModal } from '../../booking/modals.js';
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
        await respond({ response_type: 'ephemeral', ...screenMessage(availabilityScreen(lang, { ...current, hours: current.lines }, false)) });
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
  const mine = await myBookings(deps, org, userId);
  if (!mine || mine.length === 0) return [section(t.mineNone)];
  // Fifteen sessions of three blocks each stay within a message's fifty.
  return screenMessage(mineScreen(lang, org, mine, { meetingUrl: true, footnote: t.bookUsage, max: 15 })).blocks;
}
