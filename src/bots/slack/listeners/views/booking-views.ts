/**
 * Booking's modal submissions. The hours form answers within the ack (field errors under the fields,
 * nothing written). Booking, cancelling and moving may talk to Stripe: the modal turns to 処理中 at
 * once (response_action update) and is then updated with the outcome, or the form with its reason.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { setAvailability } from '../../../../flows/booking/availability.js';
import { cancelBooking, moveBooking } from '../../../../flows/booking/changes.js';
import { daysOffChange } from '../../../../flows/booking/days-off.js';
import { setBookingMeetingUrl } from '../../../../flows/booking/meeting-url.js';
import { availabilityScreen } from '../../../../flows/booking/screens/availability.js';
import { movedScreen } from '../../../../flows/booking/screens/outcome.js';
import type { StateValues } from '../../community/modals.js';
import { whoIs } from '../../community/deps.js';
import { errorName, type SlackContext } from '../../context.js';
import { bookingDeps, orgOf, personOf } from '../../booking/deps.js';
import { currentAvailability, readAvailability, slotsOn, submitBooking, summaryFields, type Who } from '../../booking/form.js';
import {
  BOOKING_RESULT_VIEW, cancelModal, moveModal, readBook, resultModal, workingModal, type BookMeta, type CancelMeta, type MeetingUrlMeta, type MoveMeta,
} from '../../booking/modals.js';
import { publishHome } from '../../home.js';
import { bookingText } from '../../booking/text.js';
import { escapeMrkdwn } from '../../blocks/limits.js';
import { screenModal } from '../../blocks/screen.js';
import { stateOf } from '../../community/modals.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

const meta = <T>(view: { private_metadata?: string }): T => JSON.parse(view.private_metadata || '{}') as T;
const whoOf = (body: Args['body']): Who => ({ teamId: body.team?.id ?? body.user.team_id, userId: body.user.id, name: body.user.name });

/** The instructor's hours: saved within the ack, the modal then shows what is in force. */
export function availabilitySubmitted(ctx: SlackContext) {
  return async ({ ack, body, view, logger }: Args): Promise<void> => {
    const who = whoOf(body);
    try {
      const { lang } = await whoIs(ctx, who.teamId, who.userId);
      const t = bookingText(lang);
      const read = readAvailability(view.state.values as Parameters<typeof readAvailability>[0], lang);
      if ('errors' in read) {
        await ack({ response_action: 'errors', errors: read.errors });
        return;
      }
      const deps = await bookingDeps(ctx);
      const before = await currentAvailability(ctx, deps, who);
      const out = await setAvailability(deps, {
        org: orgOf(ctx, who.teamId), instructor: await personOf(ctx, who.userId, who.name),
        hoursText: read.hoursText,
        ...daysOffChange(before.daysOff, read.daysOff),
        meetingUrl: read.meetingUrl,
      });
      if (out.status === 'invalid') {
        await ack({ response_action: 'errors', errors: { [/meetingUrl/.test(out.message) ? 'meeting_url' : /addDaysOff|removeDaysOff/.test(out.message) ? 'days_off' : 'hours_1']: out.message.slice(0, 150) } });
        return;
      }
      if (out.status === 'forbidden') {
        await ack({ response_action: 'update', view: resultModal(lang, t.availabilityTitle, [escapeMrkdwn(out.message)]) });
        return;
      }
      await ack({ response_action: 'update', view: screenModal(availabilityScreen(lang, out, true), { callbackId: BOOKING_RESULT_VIEW, close: t.close }) });
      if (meta<{ home?: boolean }>(view).home) await publishHome(ctx, who.teamId, who.userId).catch((err) => logger.warn(`home not refreshed: ${errorName(err)}`));
    } catch (err) {
      logger.error(`availability not saved: ${errorName(err)}`);
      await ack({ response_action: 'update', view: resultModal('ja', bookingText('ja').availabilityTitle, [bookingText('ja').failed]) }).catch(() => {});
    }
  };
}

/** Shows 処理中 at once, then runs `work`; an unexpected failure is told in the modal. */
function afterAck(ctx: SlackContext, what: string, work: (a: Args, who: Who) => Promise<void>) {
  return async (args: Args): Promise<void> => {
    const who = whoOf(args.body);
    const lang = (await whoIs(ctx, who.teamId, who.userId).catch(() => null))?.lang ?? 'ja';
    await args.ack({ response_action: 'update', view: workingModal(lang, args.view.title.text) });
    try {
      await work(args, who);
    } catch (err) {
      args.logger.error(`${what} failed: ${errorName(err)}`);
      await ctx.client.views.update({ view_id: args.view.id, view: resultModal(lang, args.view.title.text, [bookingText(lang).failed]) }).catch(() => {});
    }
  };
}

/** The booking form: a date and a slot are needed (field errors within the ack), then bookSession. */
export function bookSubmitted(ctx: SlackContext) {
  const run = afterAck(ctx, 'booking', async ({ view }, who) => {
    await submitBooking(ctx, { ...who, viewId: view.id, meta: meta<BookMeta>(view), values: readBook(view.state.values as StateValues), acceptMaskedTopic: false });
  });
  return async (args: Args): Promise<void> => {
    const m = meta<BookMeta>(args.view);
    const values = readBook(args.view.state.values as StateValues);
    if (!values.date || !values.slot) {
      const who = whoOf(args.body);
      const { lang } = await whoIs(ctx, who.teamId, who.userId).catch(() => ({ lang: 'ja' as const }));
      const t = bookingText(lang);
      const hasSlotSelect = Object.keys(args.view.state.values).some((k) => k.startsWith('slot~'));
      await args.ack({
        response_action: 'errors',
        errors: !values.date ? { [`date~${m.v}`]: t.chooseDate } : hasSlotSelect ? { [`slot~${m.v}`]: t.chooseSlot } : { [`date~${m.v}`]: t.chooseSlot },
      });
      return;
    }
    await run(args);
  };
}

/** Cancelling after the policy was shown: if the terms changed meanwhile, the new terms first. */
export const cancelSubmitted = (ctx: SlackContext) =>
  afterAck(ctx, 'cancellation', async ({ view }, who) => {
    const m = meta<CancelMeta>(view);
    const { lang } = await whoIs(ctx, who.teamId, who.userId);
    const t = bookingText(lang);
    const deps = await bookingDeps(ctx);
    const out = await cancelBooking(deps, { org: orgOf(ctx, who.teamId), actor: await personOf(ctx, who.userId, who.name), bookingId: m.booking, expectedRefundYen: m.refund });
    ctx.notify();
    if (out.status === 'terms_changed') {
      await ctx.client.views.update({ view_id: view.id, view: cancelModal(lang, { ...m, refund: out.terms.refundYen }, [], out.terms.message, out.message.split('\n')[0]) });
      return;
    }
    await ctx.client.views.update({ view_id: view.id, view: resultModal(lang, t.cancelTitle, out.message.split('\n').map(escapeMrkdwn)) });
  });

/** Moving to the chosen slot; a slot taken meanwhile shows the day's slots again with the reason. */
export function moveSubmitted(ctx: SlackContext) {
  const run = afterAck(ctx, 'move', async ({ view }, who) => {
    const m = meta<MoveMeta>(view);
    const values = view.state.values as StateValues;
    const start = stateOf(values, 'slot')?.selected_option?.value ?? '';
    const date = stateOf(values, 'date')?.selected_date ?? null;
    const { lang, orgLanguage } = await whoIs(ctx, who.teamId, who.userId);
    const t = bookingText(lang);
    const deps = await bookingDeps(ctx);
    const out = await moveBooking(deps, { org: orgOf(ctx, who.teamId), actor: await personOf(ctx, who.userId, who.name), bookingId: m.booking, start });
    ctx.notify();
    if (out.status === 'moved') {
      await ctx.client.views.update({ view_id: view.id, view: screenModal(movedScreen(lang, out.message, summaryFields(lang, orgLanguage, out.booking)), { callbackId: BOOKING_RESULT_VIEW, close: t.close }) });
      return;
    }
    if (out.status === 'slot_unavailable') {
      const slots = await slotsOn(ctx, deps, who.teamId, date, m.instructor);
      await ctx.client.views.update({ view_id: view.id, view: moveModal(lang, { ...m, v: m.v + 1 }, date, slots, out.message) });
      return;
    }
    await ctx.client.views.update({ view_id: view.id, view: resultModal(lang, t.moveTitle, [escapeMrkdwn(out.message)]) });
  });
  return async (args: Args): Promise<void> => {
    const m = meta<MoveMeta>(args.view);
    if (!stateOf(args.view.state.values as StateValues, 'slot')?.selected_option?.value) {
      const who = whoOf(args.body);
      const { lang } = await whoIs(ctx, who.teamId, who.userId).catch(() => ({ lang: 'ja' as const }));
      await args.ack({ response_action: 'errors', errors: { [`date~${m.v}`]: bookingText(lang).chooseSlot } });
      return;
    }
    await run(args);
  };
}

/**
 * 会議URLを設定: saved within the ack (a malformed URL is told under the field, nothing written); the
 * trainee of a confirmed booking is told by DM; App Home is published again when it was opened there.
 */
export function meetingUrlSubmitted(ctx: SlackContext) {
  return async ({ ack, body, view, logger }: Args): Promise<void> => {
    const who = whoOf(body);
    const lang = (await whoIs(ctx, who.teamId, who.userId).catch(() => null))?.lang ?? 'ja';
    const t = bookingText(lang);
    try {
      const m = meta<MeetingUrlMeta>(view);
      const url = (stateOf(view.state.values as StateValues, 'meeting_url')?.value ?? '').trim();
      if (url && (!/^https?:\/\/\S+$/i.test(url) || url.length > 500)) {
        await ack({ response_action: 'errors', errors: { meeting_url: t.badUrl } });
        return;
      }
      const out = await setBookingMeetingUrl(await bookingDeps(ctx), {
        org: orgOf(ctx, who.teamId), actor: await personOf(ctx, who.userId, who.name), bookingId: m.booking, meetingUrl: url || null,
      });
      if (out.status === 'invalid') {
        await ack({ response_action: 'errors', errors: { meeting_url: out.message.slice(0, 150) } });
        return;
      }
      if (out.status !== 'saved' && out.status !== 'unchanged') {
        await ack({ response_action: 'update', view: resultModal(lang, t.meetingUrlModalTitle, [escapeMrkdwn(out.message)]) });
        return;
      }
      const lines = [`✅ *${escapeMrkdwn(out.message)}*`, `${escapeMrkdwn(out.booking.when)}\n${out.effectiveUrl ? escapeMrkdwn(out.effectiveUrl) : t.notSet}`];
      if (out.traineeTold) lines.push(t.traineeTold);
      await ack({ response_action: 'update', view: resultModal(lang, t.meetingUrlModalTitle, lines) });
      ctx.notify();
      if (m.home) await publishHome(ctx, who.teamId, who.userId).catch((err) => logger.warn(`home not refreshed: ${errorName(err)}`));
    } catch (err) {
      logger.error(`meeting URL not saved: ${errorName(err)}`);
      await ack({ response_action: 'update', view: resultModal(lang, t.meetingUrlModalTitle, [t.failed]) }).catch(() => {});
    }
  };
}
