/**
 * The booking modals: the screens flows/booking/screens builds (the booking form, the guard's review,
 * the hours, cancelling, moving) given Slack's callback ids, action ids and metadata, and the few
 * Slack-only ones (working, a closing result, one booking's meeting URL). Inputs carry a version suffix
 * (`slot~3`) so a re-rendered form shows the values we put in it, not stale client state.
 */
import type { types } from '@slack/bolt';
import type { OfferedSlot } from '../../../flows/booking/availability.js';
import { availabilityFormScreen } from '../../../flows/booking/screens/availability-form.js';
import { ANY_INSTRUCTOR, bookFormScreen, type BookOffer, type Kind } from '../../../flows/booking/screens/book-form.js';
import { cancelScreen } from '../../../flows/booking/screens/cancel.js';
import { moveScreen } from '../../../flows/booking/screens/move.js';
import { meetingUrlScreen } from '../../../flows/booking/screens/meeting-url.js';
import { topicReviewScreen } from '../../../flows/booking/screens/topic-review.js';
import { clip, clipModalTitle, escapeMrkdwn, LIMITS } from '../blocks/limits.js';
import { section } from '../blocks/render.js';
import { screenModal } from '../blocks/screen.js';
import { stateOf, type StateValues } from '../community/modals.js';
import type { Lang } from '../text.js';
import { bookingText } from './text.js';

type KnownBlock = types.KnownBlock;
type ModalView = types.ModalView;

export const BOOK_VIEW = 'booking_book';
export const BOOK_REVIEW_VIEW = 'booking_book_review';
export const AVAILABILITY_VIEW = 'booking_availability';
export const CANCEL_VIEW = 'booking_cancel_modal';
export const MOVE_VIEW = 'booking_move_modal';
export const BOOKING_RESULT_VIEW = 'booking_result';
export const MEETING_URL_VIEW = 'booking_meeting_url_modal';

/** Elements inside the booking modals that talk back before submission. */
export const BOOKING_MODAL_ACTIONS = {
  date: 'booking_date',
  instructor: 'booking_instructor',
  kind: 'booking_kind',
  rewrite: 'booking_rewrite',
  mask: 'booking_mask',
  moveDate: 'booking_move_date',
  payLink: 'booking_pay_link',
} as const;

export type { Kind };
export { ANY_INSTRUCTOR };

export interface BookValues {
  kind: Kind;
  /** Platform user id, or null for the first one free. */
  instructor: string | null;
  date: string | null;
  /** ISO instant of the chosen slot. */
  slot: string | null;
  topic: string;
  payment: 'card' | 'invoice' | null;
}

export interface BookMeta {
  team?: string | undefined;
  /** Where /mamori-book was typed: the Checkout link is also told there, privately. */
  channel?: string | undefined;
  v: number;
}

/** What the form offers (bookingFormOptions), as far as the modal needs it. */
export type FormOffer = BookOffer;

export const plain = (text: string) => ({ type: 'plain_text' as const, text: clip(text, 2000), emoji: true });

export function modal(callbackId: string, title: string, blocks: KnownBlock[], meta: object, submit?: string, close?: string): ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plain(clipModalTitle(title)),
    ...(submit ? { submit: plain(clip(submit, LIMITS.modalButton)) } : {}),
    close: plain(clip(close ?? '×', LIMITS.modalButton)),
    private_metadata: JSON.stringify(meta).slice(0, LIMITS.privateMetadata),
    blocks: blocks.slice(0, LIMITS.modalBlocks),
  };
}

export function readBook(values: StateValues | undefined): BookValues {
  const instructor = stateOf(values, 'instructor')?.selected_option?.value ?? ANY_INSTRUCTOR;
  const payment = stateOf(values, 'payment')?.selected_option?.value;
  return {
    kind: stateOf(values, 'kind')?.selected_option?.value === 'orientation' ? 'orientation' : 'consultation',
    instructor: instructor === ANY_INSTRUCTOR ? null : instructor,
    date: stateOf(values, 'date')?.selected_date ?? null,
    slot: stateOf(values, 'slot')?.selected_option?.value ?? null,
    topic: stateOf(values, 'topic')?.value ?? '',
    payment: payment === 'card' || payment === 'invoice' ? payment : null,
  };
}

/**
 * The booking form. `slots` are the free slots of `values.date` (null: no date chosen yet).
 * `error` is shown at the top (a refusal from the flow), the values stay as they were.
 */
export function bookModal(lang: Lang, meta: BookMeta, offer: FormOffer, values: Partial<BookValues>, slots: OfferedSlot[] | null, error?: string): ModalView {
  return screenModal(bookFormScreen(lang, offer, values, slots, error), {
    callbackId: BOOK_VIEW, meta, close: bookingText(lang).close, version: meta.v,
    actionIds: { kind: BOOKING_MODAL_ACTIONS.kind, instructor: BOOKING_MODAL_ACTIONS.instructor, date: BOOKING_MODAL_ACTIONS.date },
  });
}

export interface ReviewMeta extends BookMeta { values: BookValues }

/** The guard found something: what, the masked text, and the two ways on. */
export function bookReviewModal(lang: Lang, meta: ReviewMeta, findings: string[], masked: string, message: string): ModalView {
  return screenModal(topicReviewScreen(lang, message, findings, masked, { mask: {}, rewrite: {} }), {
    callbackId: BOOK_REVIEW_VIEW, meta, close: bookingText(lang).close,
    answerButtons: { submit: BOOKING_MODAL_ACTIONS.mask, back: BOOKING_MODAL_ACTIONS.rewrite },
  });
}

export function workingModal(lang: Lang, title: string): ModalView {
  return modal(BOOKING_RESULT_VIEW, title, [section(`⏳ ${bookingText(lang).working}`)], {});
}

/** A closing screen: lines of text, facts, and an optional link button (the Checkout). */
export function resultModal(lang: Lang, title: string, lines: string[], fields: Array<{ label: string; value: string }> = [], link?: { url: string; label: string }): ModalView {
  const t = bookingText(lang);
  const blocks: KnownBlock[] = lines.map((l) => section(l));
  if (fields.length > 0) {
    blocks.push({ type: 'section', fields: fields.slice(0, LIMITS.sectionFields).map((f) => ({ type: 'mrkdwn', text: clip(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, LIMITS.fieldText) })) } as KnownBlock);
  }
  if (link) {
    blocks.push({ type: 'actions', elements: [{ type: 'button', action_id: BOOKING_MODAL_ACTIONS.payLink, url: link.url, style: 'primary', text: plain(link.label) }] } as KnownBlock);
  }
  return modal(BOOKING_RESULT_VIEW, title, blocks, {}, undefined, t.close);
}

// ---------------------------------------------------------------------------------------------
// Instructors' hours.

export interface AvailabilityCurrent {
  /** Per ISO weekday (1 = Monday): '10:00-12:00, 13:00-17:00'. */
  hours: Record<number, string>;
  daysOff: string[];
  meetingUrl: string | null;
}

/** `meta.home`: opened from App Home, which is published again after saving. */
export function availabilityModal(lang: Lang, meta: { team?: string | undefined; home?: boolean }, current: AvailabilityCurrent): ModalView {
  const form = { hours: 'per_weekday' as const, byWeekday: current.hours, daysOff: current.daysOff.join('\n'), meetingUrl: current.meetingUrl ?? '' };
  return screenModal(availabilityFormScreen(lang, form), { callbackId: AVAILABILITY_VIEW, meta, close: bookingText(lang).close });
}

// ---------------------------------------------------------------------------------------------
// Cancelling and moving.

export interface CancelMeta { team?: string | undefined; booking: string; refund: number }

export function cancelModal(lang: Lang, meta: CancelMeta, fields: Array<{ label: string; value: string }>, terms: string, note?: string): ModalView {
  const { team, ...answer } = meta;
  return screenModal(cancelScreen(lang, answer, fields, terms, note), { callbackId: CANCEL_VIEW, meta: { team }, close: bookingText(lang).back });
}

export interface MoveMeta { team?: string | undefined; booking: string; instructor: string; summary: string; v: number }

export function moveModal(lang: Lang, meta: MoveMeta, date: string | null, slots: OfferedSlot[] | null, error?: string): ModalView {
  return screenModal(moveScreen(lang, meta.summary, date, slots, error), {
    callbackId: MOVE_VIEW, meta, close: bookingText(lang).back, version: meta.v, actionIds: { date: BOOKING_MODAL_ACTIONS.moveDate },
  });
}

// ---------------------------------------------------------------------------------------------
// One booking's meeting URL (会議URLを設定).

/** `home`: opened from App Home, which is published again after saving. */
export interface MeetingUrlMeta { team?: string | undefined; booking: string; home?: boolean }

export function meetingUrlModal(
  lang: Lang, meta: MeetingUrlMeta, fields: Array<{ label: string; value: string }>, current: string | null, fallback: string | null,
): ModalView {
  // The screen Teams shows as a card (src/flows/booking/screens/meeting-url.ts).
  return screenModal(meetingUrlScreen(lang, { booking: meta.booking }, fields, current, fallback), { callbackId: MEETING_URL_VIEW, meta, close: bookingText(lang).close });
}
