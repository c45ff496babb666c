/**
 * Booking a 30-minute consultation on Teams: the same flows as Slack (src/flows/booking), in Teams'
 * own shapes. Everything happens in the personal chat with mamori (a booking is nobody else's business).
 * - `book` / `予約`: a card with the kind, the instructor, the date (and the payment method) → 空き枠を見る
 *   → a second card with that date's free slots (Input.ChoiceSet) and the topic → 予約する (bookSession;
 *   one card, one booking: a double submit books once). The guard's findings come back as a card with
 *   書き直す / 伏せ字で予約; card payment answers with the Checkout link; invoice and orientation are
 *   confirmed at once. The confirmation message that follows offers the .ics and the invoice PDF as
 *   download buttons (one-time links, src/bots/teams/messenger.ts); without a public URL the reply
 *   says they do not come here.
 * - `availability` / `受付時間` (instructors): a card with the weekly hours (`月 10:00-12:00` a line),
 *   the days off and the meeting URL; `availability show` shows what is in force.
 * - `bookings` / `予約一覧` (`mine`): your bookings with キャンセル / 日時変更 / 実施済み / 無断欠席;
 *   `bookings admin` (admins): upcoming and past bookings, unpaid invoices with 入金済み, revenue per month;
 *   the CSV of every booking follows as a message with a download link (as Slack sends it to the DM).
 * - The booking buttons of the views (src/flows/views/view.ts: booking_cancel with the policy first,
 *   booking_move, booking_held, booking_no_show, booking_invoice_paid), as Action.Execute or Action.Submit.
 * The screens themselves are built in flows/booking/screens and rendered by ../screen-card.ts; this file
 * calls the flows and maps each screen's answer to the card data `{ mamoriBooking: 1, step, … }` that
 * listeners/cards routes back here (Teams merges the inputs in).
 * The command words and the routing are in listeners/commands and listeners/cards.
 */
import { randomUUID } from 'node:crypto';
import type { Activity } from '@microsoft/teams.api';
import { bookingInstructorPlatformId, instructorAvailability } from '../../../flows/booking/instructor-hours.js';
import { memberFor, type Organisation } from '../../../flows/actions/people.js';
import { adminBookingOverview, markInvoicePaid, sendBookingsCsv, setInvoiceRights } from '../../../flows/booking/admin.js';
import { invoiceRightsView } from '../../../flows/booking/invoice-rights-view.js';
import { adminOverviewScreen } from '../../../flows/booking/screens/admin-overview.js';
import { policyScreen } from '../../../flows/booking/screens/policy.js';
import { meetingUrlSavedScreen, meetingUrlScreen } from '../../../flows/booking/screens/meeting-url.js';
import { formWords } from '../../../flows/booking/form-words.js';
import { meetingUrlForm, setBookingMeetingUrl } from '../../../flows/booking/meeting-url.js';
import { renderAdaptiveCards } from '../adaptive-card.js';
import { bookingPolicy, setBookingPolicy } from '../../../flows/booking/policy.js';
import { bookChoicesScreen, bookSlotScreen, type BookStep } from '../../../flows/booking/screens/book-form.js';
import { availabilityScreen } from '../../../flows/booking/screens/availability.js';
import { availabilityFormScreen, type AvailabilityErrors } from '../../../flows/booking/screens/availability-form.js';
import { cancelScreen } from '../../../flows/booking/screens/cancel.js';
import { topicReviewScreen } from '../../../flows/booking/screens/topic-review.js';
import { bookedScreen, movedScreen, paymentScreen } from '../../../flows/booking/screens/outcome.js';
import { moveDateScreen, moveSlotScreen, moveSummary, type MoveStep } from '../../../flows/booking/screens/move.js';
import { mineScreen } from '../../../flows/booking/screens/mine.js';
import { bookingFormOptions, formatWeeklyHours, listFreeSlots, setAvailability } from '../../../flows/booking/availability.js';
import { bookSession, type BookingSummary } from '../../../flows/booking/book.js';
import { cancelBooking, moveBooking, previewCancellation, recordSessionOutcome } from '../../../flows/booking/changes.js';
import { UUID_RE, type BookingDeps, type OrgRef, type Person } from '../../../flows/booking/deps.js';
import { bookingMessages } from '../../../flows/booking/messages.js';
import { bookingSummaryFields } from '../../../flows/booking/summary-fields.js';
import { myBookings } from '../../../flows/booking/mine.js';
import { addDays, isLocalDate, localDate, localTime } from '../../../time/zone.js';
import { bookingDepsFor } from '../../../flows/booking/adapter-deps.js';
import { daysOffChange, isMeetingUrl, readDaysOff } from '../../../flows/booking/days-off.js';
import type { ActionId } from '../../../flows/views/view.js';
import { screenCard } from '../screen-card.js';
import { langOf, userIdOf, type HandlerDeps, type Reply } from '../listeners/context.js';
import { words } from './words.js';

type Kind = 'consultation' | 'orientation';

/** The booking flows' deps; only booking itself waits for the topic guard (see bookingDepsFor). */
export function teamsBookingDeps(deps: HandlerDeps, withGuard = false): Promise<BookingDeps> {
  const a = deps.actions;
  return bookingDepsFor({ ...a, logger: a.logger.child({ component: 'teams-booking' }) }, deps.features.booking, withGuard);
}


export const BOOKING_CARD_ACTIONS = ['booking_cancel', 'booking_move', 'booking_held', 'booking_no_show', 'booking_invoice_paid', 'booking_meeting_url'] as const satisfies readonly ActionId[];
export type BookingCardAction = (typeof BOOKING_CARD_ACTIONS)[number];

const STEPS = ['start', 'slots', 'book', 'rewrite', 'availability', 'cancel', 'move_date', 'move', 'meeting_url'] as const;
type Step = (typeof STEPS)[number];

/** Action.Submit / Action.Execute data of the booking cards (inputs merged in by Teams). */
export interface StepData {
  mamoriBooking: 1;
  step: Step;
  form?: string;
  kind?: string;
  instructor?: string;
  date?: string;
  payment?: string;
  slot?: string;
  topic?: string;
  masked?: boolean;
  booking?: string;
  refund?: number;
  hours?: string;
  daysOff?: string;
  meetingUrl?: string;
  /** One session's meeting URL (the shared screen's field id). */
  meeting_url?: string;
}

export const isStep = (v: unknown): v is StepData =>
  !!v && typeof v === 'object' && (v as StepData).mamoriBooking === 1 && (STEPS as readonly string[]).includes(String((v as StepData).step));

export const isBookingAction = (v: unknown): v is { mamori: 1; action: BookingCardAction; value: string } =>
  !!v && typeof v === 'object' && (v as { mamori?: unknown }).mamori === 1 && (BOOKING_CARD_ACTIONS as readonly string[]).includes(String((v as { action?: unknown }).action)) &&
  typeof (v as { value?: unknown }).value === 'string';

const str = (v: unknown, max = 2000): string => (typeof v === 'string' ? v.slice(0, max) : '');
const orgRefOf = (org: Organisation): OrgRef => ({ platform: 'teams', platformTeamId: org.platformTeamId, name: `Teams ${org.platformTeamId}` });

function personOf(deps: HandlerDeps, a: Activity): Person {
  const id = userIdOf(a);
  return { platformUserId: id, displayName: a.from?.name?.slice(0, 300) || undefined, isWorkspaceAdmin: deps.config.adminUserIds.includes(id) };
}

const summaryFields = (org: Organisation, b: BookingSummary) => bookingSummaryFields(org.language, b);

interface FormValues { kind: Kind; instructor: string | null; date: string; payment: 'card' | 'invoice' | undefined }

function formValues(v: StepData): Partial<FormValues> {
  const kind = v.kind === 'consultation' || v.kind === 'orientation' ? v.kind : undefined;
  const instructor = str(v.instructor, 200);
  const payment = v.payment === 'card' || v.payment === 'invoice' ? v.payment : undefined;
  return { ...(kind ? { kind } : {}), instructor: instructor && instructor !== '*' ? instructor : null, ...(v.date ? { date: str(v.date, 10) } : {}), payment };
}

/** A step's answer as the card data the listener routes on (listeners/cards). */
const stepData = ({ next, ...rest }: BookStep | MoveStep): StepData => ({ mamoriBooking: 1, step: next, ...rest });

/** Card 1: kind, instructor, date (and payment). */
async function startCard(deps: HandlerDeps, org: Organisation, a: Activity, values: Partial<FormValues>, problem?: string): Promise<Reply> {
  const bd = await teamsBookingDeps(deps);
  const o = await bookingFormOptions(bd, { org: orgRefOf(org), trainee: personOf(deps, a) });
  if (o.instructors.length === 0) return { text: bookingMessages(org.language).noInstructor };
  const offer = { ...o, kinds: o.kinds.map((k) => ({ kind: k.kind as Kind, label: k.label })), lastDay: addDays(o.today, bd.config.windowDays) };
  const screen = bookChoicesScreen(org.language, offer, values, problem);
  return { card: screenCard(screen, stepData), fallback: screen.fallbackText };
}

/** Card 2: the date's free slots and the topic; or card 1 again with the reason. */
async function slotsCard(deps: HandlerDeps, org: Organisation, a: Activity, v: Partial<FormValues>, extra: { topic?: string; problem?: string } = {}): Promise<Reply> {
  const w = words[langOf(org)];
  if (!v.kind) return startCard(deps, org, a, v, w.badKind);
  if (!v.date) return startCard(deps, org, a, v, w.chooseDate);
  const bd = await teamsBookingDeps(deps);
  const today = localDate(bd.now?.() ?? new Date(), org.timeZone);
  if (!isLocalDate(v.date) || v.date < today) return startCard(deps, org, a, { ...v, date: undefined }, w.badDate);
  const out = await listFreeSlots(bd, { org: orgRefOf(org), date: v.date, instructor: v.instructor ?? null });
  if (out.status !== 'ok') return out.status === 'invalid' ? startCard(deps, org, a, v, w.badDate) : { text: out.message };
  if (out.slots.length === 0) return startCard(deps, org, a, v, extra.problem ? `${extra.problem} ${w.noSlots(v.date)}` : w.noSlots(v.date));
  const o = await bookingFormOptions(bd, { org: orgRefOf(org), trainee: personOf(deps, a) });
  const instructorName = v.instructor ? (o.instructors.find((i) => i.platformUserId === v.instructor)?.name ?? v.instructor) : w.anyInstructor;
  const payment = v.kind === 'consultation' ? (v.payment ?? (o.payments.card ? 'card' : o.payments.invoice ? 'invoice' : undefined)) : undefined;
  const screen = bookSlotScreen(org.language, { ...v, kind: v.kind, date: v.date, ...(extra.topic ? { topic: extra.topic } : {}) }, out.slots, instructorName, payment, randomUUID(), extra.problem);
  return { card: screenCard(screen, stepData), fallback: screen.fallbackText };
}

/** 予約する / 伏せ字で予約: bookSession, and its outcome as the next card. */
async function book(deps: HandlerDeps, org: Organisation, a: Activity, v: StepData): Promise<Reply> {
  const w = words[langOf(org)];
  const values = formValues(v);
  const form = str(v.form, 100);
  if (!form || !values.kind || !values.date) return { text: w.badForm };
  const slot = str(v.slot, 100);
  const topic = str(v.topic);
  if (!slot) return slotsCard(deps, org, a, values, { topic, problem: w.chooseSlot });
  const bd = await teamsBookingDeps(deps, true);
  const out = await bookSession(bd, {
    org: orgRefOf(org), trainee: personOf(deps, a), kind: values.kind, instructor: values.instructor, start: slot, topic,
    ...(values.kind === 'consultation' && values.payment ? { payment: values.payment } : {}),
    // One card, one booking: a double-clicked submit (or a resent card) books once.
    requestKey: `teams:${form}`,
    acceptMaskedTopic: v.masked === true,
  });
  deps.onQueued?.();
  switch (out.status) {
    case 'confirmed': {
      // The confirmation carries the files as download buttons when the server has a public URL.
      const notes = [
        deps.config.publicBaseUrl ? w.confirmedLinkNote : w.confirmedNote,
        ...(out.invoiceNumber ? [deps.config.publicBaseUrl ? w.invoiceLinkNote(out.invoiceNumber) : w.invoiceNote(out.invoiceNumber)] : []),
      ];
      const screen = bookedScreen(org.language, out.message, summaryFields(org, out.booking), notes);
      return { card: screenCard(screen), fallback: screen.fallbackText };
    }
    case 'awaiting_payment': {
      const expires = `${localDate(new Date(out.holdExpiresAt), org.timeZone)} ${localTime(new Date(out.holdExpiresAt), org.timeZone)}`;
      const screen = paymentScreen(org.language, w.awaiting(expires), summaryFields(org, out.booking), out.checkoutUrl);
      return { card: screenCard(screen), fallback: screen.fallbackText };
    }
    case 'topic_confidential': {
      const keep: StepData = { mamoriBooking: 1, step: 'book', form, kind: values.kind, instructor: values.instructor ?? '*', date: values.date, ...(values.payment ? { payment: values.payment } : {}) };
      const screen = topicReviewScreen(org.language, out.message, out.findings, out.masked, { mask: { ...keep, slot, topic, masked: true }, rewrite: { ...keep, step: 'rewrite' as const, topic } });
      return { card: screenCard(screen, (data: StepData) => data), fallback: screen.fallbackText };
    }
    case 'released':
      return { text: out.message };
    case 'slot_unavailable':
      return slotsCard(deps, org, a, values, { topic, problem: out.message });
    default:
      // Invoice not allowed, payment not available, Stripe unreachable, …: the form again with the reason.
      return slotsCard(deps, org, a, values, { topic, problem: out.message });
  }
}

// ---------------------------------------------------------------------------------------------
// Instructors' hours.

async function instructorOf(deps: HandlerDeps, org: Organisation, a: Activity) {
  const me = await memberFor(deps.actions, org.id, { platformUserId: userIdOf(a), displayName: a.from?.name?.slice(0, 300) || undefined });
  return me.roles.includes('instructor') ? me : null;
}

async function currentHours(deps: HandlerDeps, org: Organisation, memberId: string) {
  const today = localDate(deps.actions.now?.() ?? new Date(), org.timeZone);
  const current = await instructorAvailability(deps.actions, org.id, memberId, today);
  return { hours: formatWeeklyHours(org.language, current.weeklyHours), daysOff: current.daysOff, meetingUrl: current.meetingUrl };
}

async function availabilityCard(deps: HandlerDeps, org: Organisation, memberId: string, problem?: { errors?: AvailabilityErrors; message?: string }, typed?: StepData): Promise<Reply> {
  const c = await currentHours(deps, org, memberId);
  const form = typed
    ? { hours: 'lines' as const, lines: str(typed.hours), daysOff: str(typed.daysOff, 4000), meetingUrl: str(typed.meetingUrl, 500) }
    : { hours: 'lines' as const, lines: c.hours.join('\n'), daysOff: c.daysOff.join('\n'), meetingUrl: c.meetingUrl ?? '' };
  const screen = availabilityFormScreen(org.language, form, problem?.errors, problem?.message);
  return { card: screenCard(screen, () => ({ mamoriBooking: 1, step: 'availability' })), fallback: screen.fallbackText };
}

async function saveAvailability(deps: HandlerDeps, org: Organisation, a: Activity, v: StepData): Promise<Reply> {
  const w = words[langOf(org)];
  const me = await instructorOf(deps, org, a);
  if (!me) return { text: w.notInstructor };
  const daysOff = readDaysOff(str(v.daysOff, 4000));
  if (!daysOff) return availabilityCard(deps, org, me.id, { errors: { daysOff: w.badDays } }, v);
  const url = str(v.meetingUrl, 500).trim();
  if (url && !isMeetingUrl(url)) return availabilityCard(deps, org, me.id, { errors: { meetingUrl: w.badUrl } }, v);
  const before = await currentHours(deps, org, me.id);
  const out = await setAvailability(await teamsBookingDeps(deps), {
    org: orgRefOf(org), instructor: personOf(deps, a),
    hoursText: str(v.hours),
    ...daysOffChange(before.daysOff, daysOff),
    meetingUrl: url || null,
  });
  if (out.status === 'forbidden') return { text: out.message };
  if (out.status === 'invalid') return availabilityCard(deps, org, me.id, { message: out.message }, v);
  const screen = availabilityScreen(org.language, out, true);
  return { card: screenCard(screen), fallback: screen.fallbackText };
}

// ---------------------------------------------------------------------------------------------
// Lists.

/** The person's bookings from a week ago on, with their buttons. */
async function mineCard(deps: HandlerDeps, org: Organisation, a: Activity): Promise<Reply> {
  const w = words[langOf(org)];
  const mine = await myBookings(deps.actions, org, userIdOf(a));
  if (!mine || mine.length === 0) return { text: w.mineNone };
  // Twenty sessions keep the card well under TEAMS_LIMITS.maxCardBytes.
  const screen = mineScreen(org.language, org, mine, { meetingUrl: true, footnote: w.usage, max: 20 });
  return { card: screenCard(screen), fallback: screen.fallbackText };
}

async function adminCard(deps: HandlerDeps, org: Organisation, a: Activity): Promise<Reply> {
  const out = await adminBookingOverview(await teamsBookingDeps(deps), { org: orgRefOf(org), actor: personOf(deps, a) });
  if (out.status !== 'ok') return { text: out.message };
  const w = words[langOf(org)];
  const screen = adminOverviewScreen(org.language, out, w.csvNote);
  // The CSV of every booking follows in a message of its own, its file behind a one-time download link.
  const csv = await sendBookingsCsv(await teamsBookingDeps(deps), { org: orgRefOf(org), actor: personOf(deps, a), requestId: a.id, note: w.csvComment });
  if (csv.status === 'ok') deps.onQueued?.();
  return { card: screenCard(screen), fallback: screen.fallbackText };
}

/**
 * `請求書払い @member 会社名` / `invoice-rights @member Company` (admins): the member was sent by that
 * company and may pay by invoice; `off` clears it. The same flow and view as Slack's `invoice-rights`.
 */
export async function runInvoiceRights(
  deps: HandlerDeps, org: Organisation, a: Activity, member: { platformUserId: string; displayName?: string } | undefined, company: string,
): Promise<Reply> {
  const w = words[langOf(org)];
  if (!member || !company.trim()) return { text: w.rightsUsage };
  const clear = /^(off|none|なし|解除)$/i.test(company.trim());
  const out = await setInvoiceRights(await teamsBookingDeps(deps), { org: orgRefOf(org), actor: personOf(deps, a), member, company: clear ? null : company.trim() });
  if (out.status !== 'saved') return { text: out.message };
  const view = invoiceRightsView(org.language, member, out.company);
  const names = new Map([[member.platformUserId, member.displayName ?? member.platformUserId]]);
  return { card: renderAdaptiveCards(view, { names })[0]!, fallback: view.fallbackText };
}

/** 会議URLを設定 (the instructor's button under a session in `bookings`): the session's own meeting URL, as Slack's modal. */
async function meetingUrlCard(deps: HandlerDeps, org: Organisation, a: Activity, bookingId: string, typedUrl?: string, error?: string): Promise<Reply> {
  const out = await meetingUrlForm(await teamsBookingDeps(deps), { org: orgRefOf(org), actor: personOf(deps, a), bookingId });
  if (out.status !== 'ok') return { text: out.message };
  const fields = summaryFields(org, out.booking).slice(0, 2); // when, kind
  const screen = meetingUrlScreen(org.language, { booking: out.booking.id }, fields, typedUrl ?? out.meetingUrl, out.instructorUrl, error);
  return { card: screenCard(screen, (v) => ({ mamoriBooking: 1, step: 'meeting_url', ...v })), fallback: screen.fallbackText };
}

async function saveMeetingUrl(deps: HandlerDeps, org: Organisation, a: Activity, bookingId: string, url: string): Promise<Reply> {
  if (url && (!/^https?:\/\/\S+$/i.test(url) || url.length > 500)) return meetingUrlCard(deps, org, a, bookingId, url, formWords(org.language).meetingUrlBad);
  const out = await setBookingMeetingUrl(await teamsBookingDeps(deps), { org: orgRefOf(org), actor: personOf(deps, a), bookingId, meetingUrl: url || null });
  if (out.status === 'invalid') return meetingUrlCard(deps, org, a, bookingId, url, out.message);
  if (out.status !== 'saved' && out.status !== 'unchanged') return { text: out.message };
  if (out.traineeTold) deps.onQueued?.();
  const screen = meetingUrlSavedScreen(org.language, out.message, out.booking.when, out.effectiveUrl, out.traineeTold);
  return { card: screenCard(screen), fallback: screen.fallbackText };
}

/** `bookings admin policy [changes]`: the organisation's booking policy, shown or changed (all or nothing), as Slack's. */
async function policyCard(deps: HandlerDeps, org: Organisation, a: Activity, changes: string): Promise<Reply> {
  const bd = await teamsBookingDeps(deps);
  const who = { org: orgRefOf(org), actor: personOf(deps, a) };
  const out = changes.trim() ? await setBookingPolicy(bd, { ...who, change: changes }) : await bookingPolicy(bd, who);
  if (out.status === 'forbidden') return { text: out.message };
  const screen = policyScreen(org.language, out, words[langOf(org)].policyUsage);
  return { card: screenCard(screen), fallback: screen.fallbackText };
}

// ---------------------------------------------------------------------------------------------
// Buttons.

async function cancelPreviewCard(deps: HandlerDeps, org: Organisation, a: Activity, bookingId: string, note?: string): Promise<Reply> {
  const out = await previewCancellation(await teamsBookingDeps(deps), { org: orgRefOf(org), actor: personOf(deps, a), bookingId });
  if (out.status !== 'ok') return { text: out.message };
  const screen = cancelScreen(org.language, { booking: out.booking.id, refund: out.terms.refundYen }, summaryFields(org, out.booking), out.terms.message, note);
  return { card: screenCard(screen, (v) => ({ mamoriBooking: 1, step: 'cancel', ...v })), fallback: screen.fallbackText };
}

async function moveCard(deps: HandlerDeps, org: Organisation, a: Activity, bookingId: string, date: string | null, problem?: string): Promise<Reply> {
  const w = words[langOf(org)];
  const bd = await teamsBookingDeps(deps);
  const out = await previewCancellation(bd, { org: orgRefOf(org), actor: personOf(deps, a), bookingId });
  const m = bookingMessages(org.language);
  if (out.status !== 'ok') return { text: out.message };
  if (out.booking.status !== 'confirmed') return { text: m.notChangeable };
  if (!out.canMove) return { text: m.moveNotAllowedLate(out.terms.deadline) };
  const instructor = await bookingInstructorPlatformId(deps.actions, out.booking.id);
  if (!instructor) return { text: m.notFound };
  const today = localDate(bd.now?.() ?? new Date(), org.timeZone);
  const summary = moveSummary(org.language, out.booking);
  const dateCard = (why?: string): Reply => {
    const screen = moveDateScreen(org.language, out.booking.id, summary, today, date, why);
    return { card: screenCard(screen, stepData), fallback: screen.fallbackText };
  };
  if (!date) return dateCard(problem);
  if (!isLocalDate(date) || date < today) return dateCard(w.badDate);
  const slots = await listFreeSlots(bd, { org: orgRefOf(org), date, instructor });
  if (slots.status !== 'ok') return { text: slots.message };
  if (slots.slots.length === 0) return dateCard(problem ? `${problem} ${w.noSlots(date)}` : w.noSlots(date));
  const screen = moveSlotScreen(org.language, out.booking.id, summary, date, slots.slots, problem);
  return { card: screenCard(screen, stepData), fallback: screen.fallbackText };
}

/** A booking button of the views (キャンセル, 日時変更, 実施済み, 無断欠席, 入金済み). */
export async function runBookingAction(deps: HandlerDeps, org: Organisation, a: Activity, data: { action: BookingCardAction; value: string }): Promise<Reply> {
  const w = words[langOf(org)];
  const bd = await teamsBookingDeps(deps);
  const base = { org: orgRefOf(org), actor: personOf(deps, a) };
  switch (data.action) {
    case 'booking_cancel':
      return cancelPreviewCard(deps, org, a, data.value);
    case 'booking_move':
      return moveCard(deps, org, a, data.value, null);
    case 'booking_held':
    case 'booking_no_show': {
      const out = await recordSessionOutcome(bd, { ...base, bookingId: data.value, outcome: data.action === 'booking_held' ? 'completed' : 'no_show' });
      return { text: out.status === 'recorded' ? w.recorded(out.message) : out.message };
    }
    case 'booking_meeting_url':
      return meetingUrlCard(deps, org, a, data.value);
    case 'booking_invoice_paid': {
      if (!UUID_RE.test(data.value)) return { text: bookingMessages(org.language).notFound };
      const out = await markInvoicePaid(bd, { ...base, invoiceId: data.value });
      if ('message' in out) return { text: out.message };
      return { text: out.status === 'paid' ? w.markedPaid(out.number) : w.alreadyPaid(out.number) };
    }
  }
}

/** A step of the booking cards. */
export async function runBookingStep(deps: HandlerDeps, org: Organisation, a: Activity, v: StepData): Promise<Reply> {
  const w = words[langOf(org)];
  switch (v.step) {
    case 'start':
      return startCard(deps, org, a, formValues(v));
    case 'slots':
      return slotsCard(deps, org, a, formValues(v));
    case 'rewrite':
      return slotsCard(deps, org, a, formValues(v), { topic: str(v.topic) });
    case 'book':
      return book(deps, org, a, v);
    case 'availability':
      return saveAvailability(deps, org, a, v);
    case 'cancel': {
      const bookingId = str(v.booking, 100);
      const refund = typeof v.refund === 'number' && Number.isInteger(v.refund) && v.refund >= 0 ? v.refund : undefined;
      if (refund === undefined) return cancelPreviewCard(deps, org, a, bookingId);
      const out = await cancelBooking(await teamsBookingDeps(deps), { org: orgRefOf(org), actor: personOf(deps, a), bookingId, expectedRefundYen: refund });
      deps.onQueued?.();
      if (out.status === 'terms_changed') return cancelPreviewCard(deps, org, a, bookingId, out.message.split('\n')[0]);
      return { text: out.message.split('\n').join('\n\n') };
    }
    case 'move_date':
      return moveCard(deps, org, a, str(v.booking, 100), str(v.date, 10) || null);
    case 'meeting_url':
      return saveMeetingUrl(deps, org, a, str(v.booking, 100), str(v.meeting_url, 600).trim());
    case 'move': {
      const bookingId = str(v.booking, 100);
      const slot = str(v.slot, 100);
      const date = str(v.date, 10) || null;
      if (!slot) return moveCard(deps, org, a, bookingId, date, w.chooseSlot);
      const out = await moveBooking(await teamsBookingDeps(deps), { org: orgRefOf(org), actor: personOf(deps, a), bookingId, start: slot });
      deps.onQueued?.();
      if (out.status === 'moved') {
        const screen = movedScreen(org.language, out.message, summaryFields(org, out.booking));
        return { card: screenCard(screen), fallback: screen.fallbackText };
      }
      if (out.status === 'slot_unavailable') return moveCard(deps, org, a, bookingId, date, out.message);
      return { text: out.message };
    }
  }
}

/** `book …`, `availability …`, `bookings …` (the listener has checked it is the personal chat). */
export async function runBookingCommand(deps: HandlerDeps, org: Organisation, a: Activity, command: 'book' | 'availability' | 'bookings', rest: string): Promise<Reply> {
  const w = words[langOf(org)];
  const arg = rest.trim().toLowerCase();
  switch (command) {
    case 'book':
      if (arg === 'help' || arg === 'ヘルプ') return { text: w.usage };
      if (arg === 'mine' || arg === '一覧') return mineCard(deps, org, a);
      void teamsBookingDeps(deps); // starts loading the topic guard's dictionary while the form is filled in
      return startCard(deps, org, a, {});
    case 'availability': {
      const me = await instructorOf(deps, org, a);
      if (!me) return { text: w.notInstructor };
      if (arg === 'show' || arg === '表示') {
        const screen = availabilityScreen(org.language, await currentHours(deps, org, me.id), false);
        return { card: screenCard(screen), fallback: screen.fallbackText };
      }
      return availabilityCard(deps, org, me.id);
    }
    case 'bookings': {
      const [sub = '', what = '', ...changes] = rest.trim().split(/\s+/);
      if (/^(admin|管理)$/i.test(sub) && /^(policy|rules?|ルール|規定)$/i.test(what)) return policyCard(deps, org, a, changes.join(' '));
      if (arg === 'admin' || arg === '管理') return adminCard(deps, org, a);
      if (arg === '' || arg === 'mine' || arg === '自分') return mineCard(deps, org, a);
      return { text: w.usage };
    }
  }
}
