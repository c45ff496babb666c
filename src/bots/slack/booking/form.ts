/**
 * The booking form's logic on Slack, shared by the command, the modal's own elements (date, instructor,
 * kind, 書き直す / 伏せ字で予約) and the submission: what to offer, the free slots of a date, and
 * turning bookSession's outcome into the next screen. Nothing is written here but through the flows.
 */
import { memberFor, organisationFor } from '../../../flows/actions/people.js';
import { instructorAvailability } from '../../../flows/booking/instructor-hours.js';
import { bookingFormOptions, listFreeSlots, type OfferedSlot } from '../../../flows/booking/availability.js';
import { bookSession, type BookingSummary, type BookOutcome } from '../../../flows/booking/book.js';
import { isMeetingUrl, readDaysOff } from '../../../flows/booking/days-off.js';
import type { BookingDeps } from '../../../flows/booking/deps.js';
import { bookedScreen, paymentScreen } from '../../../flows/booking/screens/outcome.js';
import { bookingSummaryFields } from '../../../flows/booking/summary-fields.js';
import { formatClock, localDate, localTime } from '../../../time/zone.js';
import { escapeMrkdwn } from '../blocks/limits.js';
import { screenModal } from '../blocks/screen.js';
import { whoIs } from '../community/deps.js';
import { errorName, type SlackContext } from '../context.js';
import type { Lang } from '../text.js';
import { bookingDeps, orgOf, personOf } from './deps.js';
import {
  BOOKING_MODAL_ACTIONS, BOOKING_RESULT_VIEW, bookModal, bookReviewModal, resultModal, type AvailabilityCurrent, type BookMeta, type BookValues, type FormOffer, type Kind,
} from './modals.js';
import { bookingText } from './text.js';

export interface Who { teamId: string | undefined; userId: string; name: string | undefined }

export async function formOffer(ctx: SlackContext, deps: BookingDeps, who: Who): Promise<FormOffer> {
  const o = await bookingFormOptions(deps, { org: orgOf(ctx, who.teamId), trainee: await personOf(ctx, who.userId, who.name) });
  return {
    kinds: o.kinds.map((k) => ({ kind: k.kind as Kind, label: k.label })),
    instructors: o.instructors,
    payments: o.payments,
    confidentialityReminder: o.confidentialityReminder,
    today: o.today,
  };
}

/** The free slots of `date` (null when no date is chosen); none when the date is not bookable. */
export async function slotsOn(ctx: SlackContext, deps: BookingDeps, teamId: string | undefined, date: string | null, instructor: string | null): Promise<OfferedSlot[] | null> {
  if (!date) return null;
  const out = await listFreeSlots(deps, { org: orgOf(ctx, teamId), date, instructor });
  return out.status === 'ok' ? out.slots : [];
}

/** The form again, with fresh slots for the chosen date and an optional error at the top. */
export async function bookForm(ctx: SlackContext, who: Who, meta: BookMeta, values: Partial<BookValues>, error?: string) {
  return (await bookFormWithOffer(ctx, who, meta, values, error)).view;
}

export async function bookFormWithOffer(ctx: SlackContext, who: Who, meta: BookMeta, values: Partial<BookValues>, error?: string) {
  const deps = await bookingDeps(ctx);
  const lang = (await whoIs(ctx, who.teamId, who.userId)).lang;
  const offer = await formOffer(ctx, deps, who);
  const slots = await slotsOn(ctx, deps, who.teamId, values.date ?? null, values.instructor ?? null);
  const slot = slots?.some((s) => s.start === values.slot) ? values.slot : null;
  return { view: bookModal(lang, meta, offer, { ...values, slot }, slots, error), offer };
}

/** When the hold ends, on the organisation's clock: '2026-06-03 10:30'. */
export const localStamp = (iso: string, timeZone: string) => `${localDate(new Date(iso), timeZone)} ${localTime(new Date(iso), timeZone)}`;

/** English when the reader or the organisation uses it. */
export const summaryFields = (lang: Lang, orgLanguage: string, b: BookingSummary) => bookingSummaryFields(orgLanguage === 'en' || lang === 'en' ? 'en' : 'ja', b);

/**
 * Books what the form says and shows the outcome in the modal `viewId`: the confirmation, the
 * Checkout link (also told privately where the command was typed), the guard's review, or the
 * form again with the reason it could not be booked (nothing was written then).
 */
export async function submitBooking(
  ctx: SlackContext, input: Who & { viewId: string; meta: BookMeta; values: BookValues; acceptMaskedTopic: boolean },
): Promise<BookOutcome | null> {
  const who = await whoIs(ctx, input.teamId, input.userId);
  const t = bookingText(who.lang);
  const deps = await bookingDeps(ctx, true);
  const update = (view: ReturnType<typeof resultModal>) => ctx.client.views.update({ view_id: input.viewId, view });
  const next: BookMeta = { ...input.meta, v: input.meta.v + 1 };
  const v = input.values;
  if (!v.slot) {
    await update(await bookForm(ctx, input, next, v, t.chooseSlot));
    return null;
  }
  const out = await bookSession(deps, {
    org: orgOf(ctx, input.teamId),
    trainee: await personOf(ctx, input.userId, input.name),
    kind: v.kind,
    instructor: v.instructor,
    start: v.slot,
    topic: v.topic,
    ...(v.kind === 'consultation' && v.payment ? { payment: v.payment } : {}),
    // One form, one booking: a double-clicked submit (or a resent form) books once.
    requestKey: `slack:${input.viewId}`,
    acceptMaskedTopic: input.acceptMaskedTopic,
  });
  ctx.notify();
  switch (out.status) {
    case 'confirmed': {
      const notes = [t.confirmedNote, ...(out.invoiceNumber ? [t.invoiceNumber(out.invoiceNumber)] : [])];
      await update(screenModal(bookedScreen(who.lang, out.message, summaryFields(who.lang, who.orgLanguage, out.booking), notes), { callbackId: BOOKING_RESULT_VIEW, close: t.close }));
      break;
    }
    case 'awaiting_payment': {
      const expires = localStamp(out.holdExpiresAt, who.timeZone);
      const screen = paymentScreen(who.lang, t.awaiting(expires), summaryFields(who.lang, who.orgLanguage, out.booking), out.checkoutUrl);
      await update(screenModal(screen, { callbackId: BOOKING_RESULT_VIEW, close: t.close, linkActionId: BOOKING_MODAL_ACTIONS.payLink }));
      await tellCheckout(ctx, input, input.meta.channel, t.checkoutEphemeral(out.checkoutUrl, expires));
      break;
    }
    case 'topic_confidential':
      await update(bookReviewModal(who.lang, { ...next, values: v }, out.findings, out.masked, out.message));
      break;
    case 'released':
      await update(resultModal(who.lang, t.resultTitle, [escapeMrkdwn(out.message)], summaryFields(who.lang, who.orgLanguage, out.booking)));
      break;
    default:
      // slot taken or past, invoice not allowed, Stripe unreachable, …: the form again with the reason.
      await update(await bookForm(ctx, input, next, { ...v, slot: out.status === 'slot_unavailable' ? null : v.slot }, out.message));
  }
  return out;
}

/** The Checkout link, privately where /mamori-book was typed (the flow also sends it by DM). */
async function tellCheckout(ctx: SlackContext, who: Who, channel: string | undefined, text: string): Promise<void> {
  if (!channel) return;
  try {
    await ctx.client.chat.postEphemeral({ channel, user: who.userId, text });
  } catch (err) {
    ctx.logger.warn({ err: errorName(err) }, 'checkout link not told in the channel (the DM carries it)');
  }
}

// ---------------------------------------------------------------------------------------------
// Instructors' hours.

/** The instructor's settings as the form shows them (read only; the profile is created if missing). */
export async function currentAvailability(ctx: SlackContext, deps: BookingDeps, who: Who): Promise<AvailabilityCurrent & { lines: string[] }> {
  const org = await organisationFor(deps, orgOf(ctx, who.teamId));
  const member = await memberFor(deps, org.id, { platformUserId: who.userId });
  const current = await instructorAvailability(deps, org.id, member.id, localDate(deps.now?.() ?? new Date(), org.timeZone));
  const rows = current.weeklyHours;
  const hours: Record<number, string> = {};
  const names = org.language === 'en' ? ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] : ['', '月', '火', '水', '木', '金', '土', '日'];
  const lines: string[] = [];
  for (const r of rows) {
    const range = `${formatClock(r.startMinute)}-${formatClock(r.endMinute)}`;
    hours[r.weekday] = hours[r.weekday] ? `${hours[r.weekday]}, ${range}` : range;
  }
  for (let d = 1; d <= 7; d += 1) if (hours[d]) lines.push(`${names[d]} ${hours[d]}`);
  return { hours, daysOff: current.daysOff, meetingUrl: current.meetingUrl, lines };
}

const WEEKDAY_JA = ['', '月', '火', '水', '木', '金', '土', '日'];

/** The hours form read into the flow's text ('月 10:00-12:00' a line), the days off and the URL; field errors by block id. */
export function readAvailability(
  values: Record<string, Record<string, { value?: string | null }>> | undefined, lang: Lang,
): { hoursText: string; daysOff: string[]; meetingUrl: string | null } | { errors: Record<string, string> } {
  const t = bookingText(lang);
  const errors: Record<string, string> = {};
  const lines: string[] = [];
  for (let d = 1; d <= 7; d += 1) {
    const raw = (values?.[`hours_${d}`]?.[`hours_${d}`]?.value ?? '').trim();
    if (!raw) continue;
    for (const part of raw.split(/[,、，\s]+/).filter(Boolean)) {
      const norm = part.replace(/[〜～–—]/g, '-').replace(/：/g, ':');
      const m = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(norm);
      const start = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
      const end = m ? Number(m[3]) * 60 + Number(m[4]) : NaN;
      if (!m || Number(m[2]) > 59 || Number(m[4]) > 59 || !(start < end) || end > 24 * 60) {
        errors[`hours_${d}`] = t.badHours;
        break;
      }
      lines.push(`${WEEKDAY_JA[d]} ${norm}`);
    }
  }
  const daysOff = readDaysOff(values?.days_off?.days_off?.value ?? '');
  if (!daysOff) errors.days_off = t.badDays;
  const url = (values?.meeting_url?.meeting_url?.value ?? '').trim();
  if (url && !isMeetingUrl(url)) errors.meeting_url = t.badUrl;
  if (!daysOff || Object.keys(errors).length > 0) return { errors };
  return { hoursText: lines.join('\n'), daysOff, meetingUrl: url || null };
}
