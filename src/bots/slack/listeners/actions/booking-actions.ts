/**
 * Booking's buttons and the booking form's own elements. In the confirmation DMs and `/mamori-book
 * mine`: キャンセル (the policy first, in a modal), 日時変更 (a modal with the day's free slots),
 * 実施済み / 無断欠席 (instructors), 入金済み (admins, in `/mamori-admin bookings`). In the form:
 * the kind, instructor and date refresh the free slots (views.update); 書き直す / 伏せ字で予約 after
 * the guard's review. Every refusal is told privately to the person who pressed.
 * Slack-only buttons (App Home, `/mamori-book mine`): 予約する, 受付時間を設定, the admins' CSV, and
 * 会議URLを設定 (one booking's meeting URL, in a small modal whose submission is registered here too).
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { bookingInstructorPlatformId } from '../../../../flows/booking/instructor-hours.js';
import { bookingsCsv, markInvoicePaid } from '../../../../flows/booking/admin.js';
import { meetingUrlForm } from '../../../../flows/booking/meeting-url.js';
import { previewCancellation, recordSessionOutcome } from '../../../../flows/booking/changes.js';
import { UUID_RE } from '../../../../flows/booking/deps.js';
import { bookingMessages } from '../../../../flows/booking/messages.js';
import { moveSummary } from '../../../../flows/booking/screens/move.js';
import { whoIs } from '../../community/deps.js';
import type { StateValues } from '../../community/modals.js';
import { stateOf } from '../../community/modals.js';
import { errorName, slackError, type SlackContext } from '../../context.js';
import type { SlackRoutes } from '../../router.js';
import { bookingDeps, orgOf, personOf } from '../../booking/deps.js';
import { sendCsv } from '../../booking/admin.js';
import { bookForm, bookFormWithOffer, currentAvailability, slotsOn, submitBooking, summaryFields, type Who } from '../../booking/form.js';
import { BOOKING_HOME_ACTIONS } from '../../booking/home.js';
import {
  availabilityModal, BOOKING_MODAL_ACTIONS, cancelModal, MEETING_URL_VIEW, meetingUrlModal, moveModal, readBook, resultModal, workingModal,
  type BookMeta, type MoveMeta, type ReviewMeta,
} from '../../booking/modals.js';
import { meetingUrlSubmitted } from '../views/booking-views.js';
import { bookingText } from '../../booking/text.js';
import { escapeMrkdwn } from '../../blocks/limits.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>;

export const BOOKING_ACTION_IDS = {
  cancel: 'booking_cancel',
  move: 'booking_move',
  held: 'booking_held',
  noShow: 'booking_no_show',
  invoicePaid: 'booking_invoice_paid',
} as const;

const whoOf = (body: BlockAction): Who => ({ teamId: body.team?.id ?? body.user.team_id, userId: body.user.id, name: body.user.name ?? body.user.username });
const valueOf = (a: Args): string => ('value' in a.action && typeof a.action.value === 'string' ? a.action.value : '');
const meta = <T>(view: { private_metadata?: string } | undefined): T => JSON.parse(view?.private_metadata || '{}') as T;

/** A private answer to the presser: in the channel of the message, or through response_url. */
async function tell(ctx: SlackContext, a: Args, text: string): Promise<void> {
  const body = a.body;
  const channel = body.channel?.id ?? body.container?.channel_id;
  if (!channel || body.container?.is_ephemeral) {
    await a.respond({ response_type: 'ephemeral', replace_original: false, text });
    return;
  }
  await ctx.client.chat.postEphemeral({ channel, user: body.user.id, text });
}

/** Acks, runs `work`; its text (if any) is told to the presser; an unexpected failure too. */
function button(ctx: SlackContext, what: string, work: (a: Args, who: Who) => Promise<string | null>) {
  return async (a: Args): Promise<void> => {
    await a.ack();
    try {
      const text = await work(a, whoOf(a.body));
      if (text) await tell(ctx, a, text);
      ctx.notify();
    } catch (err) {
      a.logger.error(`${what} failed: ${errorName(err)}`);
      await tell(ctx, a, bookingText('ja').failed).catch(() => {});
    }
  };
}

/** キャンセル: the policy (refund, deadline) in a modal before anything happens. */
const cancelPressed = (ctx: SlackContext) => button(ctx, 'cancel preview', async (a, who) => {
  const { lang, orgLanguage } = await whoIs(ctx, who.teamId, who.userId);
  const deps = await bookingDeps(ctx);
  const out = await previewCancellation(deps, { org: orgOf(ctx, who.teamId), actor: await personOf(ctx, who.userId, who.name), bookingId: valueOf(a) });
  if (out.status !== 'ok') return out.message;
  await ctx.client.views.open({
    trigger_id: a.body.trigger_id,
    view: cancelModal(lang, { team: who.teamId, booking: out.booking.id, refund: out.terms.refundYen }, summaryFields(lang, orgLanguage, out.booking), out.terms.message),
  });
  return null;
});

/** 日時変更: the same instructor's free slots of a chosen date, in a modal. */
const movePressed = (ctx: SlackContext) => button(ctx, 'move form', async (a, who) => {
  const { lang } = await whoIs(ctx, who.teamId, who.userId);
  const deps = await bookingDeps(ctx);
  const out = await previewCancellation(deps, { org: orgOf(ctx, who.teamId), actor: await personOf(ctx, who.userId, who.name), bookingId: valueOf(a) });
  if (out.status !== 'ok') return out.message;
  const m = bookingMessages(lang);
  if (out.booking.status !== 'confirmed') return m.notChangeable;
  if (!out.canMove) return m.moveNotAllowedLate(out.terms.deadline);
  const instructor = await bookingInstructorPlatformId(deps, out.booking.id);
  if (!instructor) return m.notFound;
  const summary = moveSummary(lang, out.booking);
  await ctx.client.views.open({
    trigger_id: a.body.trigger_id,
    view: moveModal(lang, { team: who.teamId, booking: out.booking.id, instructor, summary, v: 1 }, null, null),
  });
  return null;
});

const outcomePressed = (ctx: SlackContext, outcome: 'completed' | 'no_show') => button(ctx, 'session outcome', async (a, who) => {
  const { lang } = await whoIs(ctx, who.teamId, who.userId);
  const deps = await bookingDeps(ctx);
  const out = await recordSessionOutcome(deps, { org: orgOf(ctx, who.teamId), actor: await personOf(ctx, who.userId, who.name), bookingId: valueOf(a), outcome });
  return out.status === 'recorded' ? bookingText(lang).recorded(out.message) : out.message;
});

const invoicePaidPressed = (ctx: SlackContext) => button(ctx, 'invoice paid', async (a, who) => {
  const { lang } = await whoIs(ctx, who.teamId, who.userId);
  const t = bookingText(lang);
  const deps = await bookingDeps(ctx);
  const id = valueOf(a);
  if (!UUID_RE.test(id)) return bookingMessages(lang).notFound;
  const out = await markInvoicePaid(deps, { org: orgOf(ctx, who.teamId), actor: await personOf(ctx, who.userId, who.name), invoiceId: id });
  if ('message' in out) return out.message;
  return out.status === 'paid' ? t.markedPaid(out.number) : t.alreadyPaid(out.number);
});

// ---------------------------------------------------------------------------------------------
// Slack-only buttons: App Home and `/mamori-book mine`.

const fromView = (a: Args) => a.body.container?.type === 'view' || a.body.view?.type === 'home';

/**
 * Acks, runs `work`; its text (a refusal) is shown to the presser: in a small modal when pressed on
 * App Home (there is no channel to answer in), else privately where the button was.
 */
type Me = Awaited<ReturnType<typeof whoIs>>;

function surfaceButton(ctx: SlackContext, what: string, work: (a: Args, who: Who, me: Me) => Promise<{ title: string; text: string } | null>) {
  return async (a: Args): Promise<void> => {
    await a.ack();
    const who = whoOf(a.body);
    const me = await whoIs(ctx, who.teamId, who.userId).catch(() => null);
    const lang = me?.lang ?? 'ja';
    const show = async (title: string, text: string) => {
      if (fromView(a)) await ctx.client.views.open({ trigger_id: a.body.trigger_id, view: resultModal(lang, title, [escapeMrkdwn(text)]) });
      else await tell(ctx, a, text);
    };
    try {
      // whoIs once per press: a failure above is tried again here, where it is told as a failure.
      const out = await work(a, who, me ?? (await whoIs(ctx, who.teamId, who.userId)));
      if (out) await show(out.title, out.text);
      ctx.notify();
    } catch (err) {
      a.logger.error(`${what} failed: ${errorName(err)}`);
      await show(bookingText(lang).resultTitle, bookingText(lang).failed).catch(() => {});
    }
  };
}

/** 予約する (App Home): the booking form, as /mamori-book opens it. */
const bookOpenPressed = (ctx: SlackContext) => surfaceButton(ctx, 'booking form from home', async (a, who, { lang }) => {
  const t = bookingText(lang);
  const { view, offer } = await bookFormWithOffer(ctx, who, { team: who.teamId, v: 1 }, {});
  if (offer.instructors.length === 0) return { title: t.bookTitle, text: t.noInstructorYet };
  await ctx.client.views.open({ trigger_id: a.body.trigger_id, view });
  return null;
});

/** 受付時間を設定 (App Home): the /mamori-availability form, instructors only. */
const availabilityOpenPressed = (ctx: SlackContext) => surfaceButton(ctx, 'availability form from home', async (a, who, { lang, roles }) => {
  const t = bookingText(lang);
  if (!roles.includes('instructor')) return { title: t.availabilityTitle, text: t.notInstructor };
  const current = await currentAvailability(ctx, await bookingDeps(ctx), who);
  await ctx.client.views.open({ trigger_id: a.body.trigger_id, view: availabilityModal(lang, { team: who.teamId, home: true }, current) });
  return null;
});

/** The admins' CSV button (App Home): every booking as CSV to the admin's DM, never to a channel. */
const adminCsvPressed = (ctx: SlackContext) => surfaceButton(ctx, 'bookings CSV from home', async (_a, who, { lang }) => {
  const t = bookingText(lang);
  const deps = await bookingDeps(ctx);
  const out = await bookingsCsv(deps, { org: orgOf(ctx, who.teamId), actor: await personOf(ctx, who.userId, who.name) });
  if (out.status !== 'ok') return { title: t.overviewTitle, text: out.message };
  let failed: string | null = null;
  await sendCsv(ctx, who.userId, lang, out, async (text) => { failed = text; });
  return failed ? { title: t.overviewTitle, text: failed } : null;
});

/** 会議URLを設定 (instructor's App Home entry or `/mamori-book mine`): a small modal with the booking's URL. */
const meetingUrlPressed = (ctx: SlackContext) => surfaceButton(ctx, 'meeting URL form', async (a, who, { lang, orgLanguage }) => {
  const t = bookingText(lang);
  const deps = await bookingDeps(ctx);
  const out = await meetingUrlForm(deps, { org: orgOf(ctx, who.teamId), actor: await personOf(ctx, who.userId, who.name), bookingId: valueOf(a) });
  if (out.status !== 'ok') return { title: t.meetingUrlModalTitle, text: out.message };
  const fields = summaryFields(lang, orgLanguage, out.booking).slice(0, 2); // when, kind
  await ctx.client.views.open({
    trigger_id: a.body.trigger_id,
    view: meetingUrlModal(lang, { team: who.teamId, booking: out.booking.id, ...(fromView(a) ? { home: true } : {}) }, fields, out.meetingUrl, out.instructorUrl),
  });
  return null;
});

export function bookingSurfaceActions(ctx: SlackContext): Record<keyof typeof BOOKING_HOME_ACTIONS, (a: Args) => Promise<void>> {
  return {
    bookOpen: bookOpenPressed(ctx),
    availabilityOpen: availabilityOpenPressed(ctx),
    adminCsv: adminCsvPressed(ctx),
    meetingUrl: meetingUrlPressed(ctx),
  };
}

/** The buttons in messages, by action id (see ActionId in src/flows/views/view.ts). */
export function bookingActions(ctx: SlackContext): Record<keyof typeof BOOKING_ACTION_IDS, (a: Args) => Promise<void>> {
  return {
    cancel: cancelPressed(ctx),
    move: movePressed(ctx),
    held: outcomePressed(ctx, 'completed'),
    noShow: outcomePressed(ctx, 'no_show'),
    invoicePaid: invoicePaidPressed(ctx),
  };
}

// ---------------------------------------------------------------------------------------------
// Inside the modals.

/** Runs `work` after the ack; a failure is logged (the modal stays as it was). */
function inModal(what: string, work: (a: Args, who: Who, viewId: string) => Promise<void>) {
  return async (a: Args): Promise<void> => {
    await a.ack();
    const viewId = a.body.view?.id;
    if (!viewId) return;
    try {
      await work(a, whoOf(a.body), viewId);
    } catch (err) {
      a.logger.error(`${what} failed: ${errorName(err)}`);
    }
  };
}

/**
 * Replaces the modal unless it changed since the press (a quicker second choice of date): Slack
 * refuses with hash_conflict and the later refresh wins, so stale slots are never shown.
 */
async function updateUnlessChanged(ctx: SlackContext, viewId: string, hash: string | undefined, view: ReturnType<typeof moveModal>): Promise<void> {
  try {
    await ctx.client.views.update({ view_id: viewId, ...(hash ? { hash } : {}), view });
  } catch (err) {
    if (slackError(err) === 'hash_conflict') return;
    throw err;
  }
}

/** Kind, instructor or date changed: the form again with that date's free slots. */
const refreshForm = (ctx: SlackContext) => inModal('booking form refresh', async (a, who, viewId) => {
  const view = a.body.view!;
  const m = meta<BookMeta>(view);
  const values = readBook(view.state?.values as StateValues | undefined);
  await updateUnlessChanged(ctx, viewId, view.hash, await bookForm(ctx, who, { ...m, v: m.v + 1 }, values));
});

/** 書き直す: back to the form with everything as it was. */
const rewrite = (ctx: SlackContext) => inModal('booking rewrite', async (a, who, viewId) => {
  const m = meta<ReviewMeta>(a.body.view);
  const { values, ...rest } = m;
  await ctx.client.views.update({ view_id: viewId, view: await bookForm(ctx, who, { ...rest, v: m.v + 1 }, values) });
});

/** 伏せ字で予約: books with the guard's masked topic. */
const bookMasked = (ctx: SlackContext) => inModal('booking masked', async (a, who, viewId) => {
  const m = meta<ReviewMeta>(a.body.view);
  const { values, ...rest } = m;
  const { lang } = await whoIs(ctx, who.teamId, who.userId);
  await ctx.client.views.update({ view_id: viewId, view: workingModal(lang, bookingText(lang).bookTitle) });
  await submitBooking(ctx, { ...who, viewId, meta: rest, values, acceptMaskedTopic: true });
});

/** 日時変更's date: that day's free slots of the same instructor. */
const refreshMove = (ctx: SlackContext) => inModal('move form refresh', async (a, who, viewId) => {
  const view = a.body.view!;
  const m = meta<MoveMeta>(view);
  const date = stateOf(view.state?.values as StateValues | undefined, 'date')?.selected_date ?? null;
  const { lang } = await whoIs(ctx, who.teamId, who.userId);
  const slots = await slotsOn(ctx, await bookingDeps(ctx), who.teamId, date, m.instructor);
  await updateUnlessChanged(ctx, viewId, view.hash, moveModal(lang, { ...m, v: m.v + 1 }, date, slots));
});

/** The form's elements, by action id. */
export function bookingModalActions(ctx: SlackContext): Record<keyof typeof BOOKING_MODAL_ACTIONS, (a: Args) => Promise<void>> {
  const refresh = refreshForm(ctx);
  return {
    date: refresh,
    instructor: refresh,
    kind: refresh,
    rewrite: rewrite(ctx),
    mask: bookMasked(ctx),
    moveDate: refreshMove(ctx),
    // The Checkout link button opens the browser; Slack still tells us: nothing to do.
    payLink: async (a) => { await a.ack(); },
  };
}

/** Registers every booking action (one line in the actions index). */
export function registerBookingActions(app: SlackRoutes, ctx: SlackContext): void {
  const buttons = bookingActions(ctx);
  for (const [name, id] of Object.entries(BOOKING_ACTION_IDS)) app.action<BlockAction>(id, buttons[name as keyof typeof BOOKING_ACTION_IDS]);
  const inside = bookingModalActions(ctx);
  for (const [name, id] of Object.entries(BOOKING_MODAL_ACTIONS)) app.action<BlockAction>(id, inside[name as keyof typeof BOOKING_MODAL_ACTIONS]);
  const surface = bookingSurfaceActions(ctx);
  for (const [name, id] of Object.entries(BOOKING_HOME_ACTIONS)) app.action<BlockAction>(id, surface[name as keyof typeof BOOKING_HOME_ACTIONS]);
  // The meeting URL modal belongs to these buttons; registered here so the views index stays as it is.
  app.view(MEETING_URL_VIEW, meetingUrlSubmitted(ctx));
}
