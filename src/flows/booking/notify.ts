/**
 * The booking's direct messages, written to the outbox in the caller's transaction (so a state change
 * and its messages commit together) with dedupe keys that make each one happen once: per booking,
 * event, version (moves) and recipient.
 */
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { invoiceOfBooking, type BookingRow, type InstructorRow, type InvoiceRow } from '../../db/repo/booking.js';
import { addToOutbox, type NewOutboxMessage } from '../../db/repo/outbox.js';
import type { Member, Organisation } from '../../db/repo/organisations.js';
import { bookingInstructors, members, organisations } from '../../db/schema/index.js';
import type { MessageView, ViewAction, ViewBlock } from '../views/view.js';
import type { BookingConfig } from './config.js';
import { bookingIcs } from './ics.js';
import { renderInvoicePdf } from './invoice-pdf.js';
import { bookingMessages, type BookingMessages } from './messages.js';
import { localDate, localParts } from '../../time/zone.js';

export type BookingEventName =
  | 'payment_link' | 'confirmed' | 'reminder_24h' | 'reminder_1h' | 'cancelled' | 'moved' | 'released' | 'late_refund' | 'refunded'
  | 'meeting_url';

export interface Attachment {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

/** The payload of an outbox message of kind 'booking': the adapters render `view` and upload `attachments`. */
export interface BookingMessagePayload {
  bookingId: string;
  event: BookingEventName;
  recipient: 'trainee' | 'instructor';
  view: MessageView;
  attachments: Attachment[];
  [key: string]: unknown;
}

export interface BookingContext {
  org: Organisation;
  booking: BookingRow;
  trainee: Member;
  instructor: Member;
  profile: InstructorRow;
}

export async function loadContext(tx: Tx, booking: BookingRow): Promise<BookingContext> {
  const [org] = await tx.select().from(organisations).where(eq(organisations.id, booking.orgId));
  const [trainee] = await tx.select().from(members).where(eq(members.id, booking.traineeId));
  const [instructor] = await tx.select().from(members).where(eq(members.id, booking.instructorId));
  const [profile] = await tx.select().from(bookingInstructors).where(eq(bookingInstructors.memberId, booking.instructorId));
  if (!org || !trainee || !instructor || !profile) throw new Error(`booking ${booking.id} refers to missing rows`);
  return { org, booking, trainee, instructor, profile };
}

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** '2026年6月3日(水) 10:00–10:30' on the organisation's clock. */
export function formatSession(language: string, timeZone: string, start: Date, end: Date): string {
  const s = localParts(start, timeZone);
  const e = localParts(end, timeZone);
  const weekday = new Date(Date.UTC(s.year, s.month - 1, s.day)).getUTCDay();
  const hm = (p: { hour: number; minute: number }) => `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  return language === 'en'
    ? `${WEEKDAYS_EN[weekday]} ${s.year}-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')} ${hm(s)}–${hm(e)} (${timeZone})`
    : `${s.year}年${s.month}月${s.day}日(${WEEKDAYS_JA[weekday]}) ${hm(s)}–${hm(e)}`;
}

export const nameOf = (m: Member) => m.displayName ?? m.platformUserId;
export const meetingUrlOf = (ctx: BookingContext) => ctx.booking.meetingUrl ?? ctx.profile.meetingUrl ?? null;

/** The facts every booking message shows. */
export function bookingFields(m: BookingMessages, ctx: BookingContext, config: Pick<BookingConfig, 'taxRatePercent'>): Array<{ label: string; value: string }> {
  const b = ctx.booking;
  const fields = [
    { label: m.labels.when, value: formatSession(ctx.org.language, ctx.org.timeZone, b.startsAt, b.endsAt) },
    { label: m.labels.kind, value: m.kind[b.kind] },
    { label: m.labels.instructor, value: nameOf(ctx.instructor) },
    { label: m.labels.trainee, value: nameOf(ctx.trainee) },
    { label: m.labels.amount, value: m.price(b.priceYen, b.taxYen, config.taxRatePercent) },
    { label: m.labels.payment, value: m.payment[b.paymentMethod] },
    { label: m.labels.meeting, value: meetingUrlOf(ctx) ?? m.noMeetingUrl },
  ];
  if (b.topic) fields.push({ label: m.labels.topic, value: b.topic });
  return fields;
}

export interface NotifyOptions {
  config: BookingConfig;
  /** Extra text under the facts (refund amounts, policy). */
  note?: string | undefined;
  /** Part of the dedupe key when one event can happen more than once (a refund id). */
  discriminator?: string | undefined;
}

function titleOf(m: BookingMessages, event: BookingEventName, recipient: 'trainee' | 'instructor', ctx: BookingContext, config: BookingConfig): { title: string; text?: string } {
  switch (event) {
    case 'payment_link':
      return { title: m.paymentTitle, text: m.paymentText(minutesLeft(ctx.booking), ctx.booking.stripeCheckoutUrl ?? '') };
    case 'confirmed':
      return { title: recipient === 'trainee' ? m.confirmedTitle : m.confirmedForInstructor };
    case 'reminder_24h':
      return { title: m.reminderTitle(24) };
    case 'reminder_1h':
      return { title: m.reminderTitle(1) };
    case 'cancelled':
      return { title: m.cancelledTitle, ...(ctx.booking.cancelledBy === 'instructor' && recipient === 'trainee' ? { text: m.cancelledByInstructor } : {}) };
    case 'moved':
      return { title: m.movedTitle };
    case 'released':
      return { title: m.releasedTitle, text: m.releasedText };
    case 'late_refund':
      return { title: m.lateRefundTitle, text: m.lateRefundText };
    case 'refunded':
      return { title: m.refundDone(ctx.booking.refundYen) };
    case 'meeting_url': {
      const url = meetingUrlOf(ctx);
      return { title: m.meetingUrlTitle, text: url ? m.meetingUrlText(url) : m.noMeetingUrl };
    }
  }
  void config;
}

function minutesLeft(b: BookingRow): number {
  return b.holdExpiresAt ? Math.max(1, Math.round((b.holdExpiresAt.getTime() - b.createdAt.getTime()) / 60_000)) : 30;
}

function actionsFor(m: BookingMessages, event: BookingEventName, recipient: 'trainee' | 'instructor', b: BookingRow, language: string): ViewAction[] {
  // The instructor's last reminder carries the outcome buttons: the session is about to happen.
  if (event === 'reminder_1h' && recipient === 'instructor') {
    return [
      { id: 'booking_held', label: language === 'en' ? 'Held' : '実施済み', value: b.id, style: 'primary' },
      { id: 'booking_no_show', label: language === 'en' ? 'No-show' : '無断欠席', value: b.id },
    ];
  }
  if (!['confirmed', 'moved', 'reminder_24h'].includes(event)) return [];
  const cancel = language === 'en' ? 'Cancel' : 'キャンセル';
  const move = language === 'en' ? 'Change time' : '日時を変更';
  return recipient === 'trainee'
    ? [{ id: 'booking_move', label: move, value: b.id }, { id: 'booking_cancel', label: cancel, value: b.id, style: 'danger' }]
    : [{ id: 'booking_cancel', label: cancel, value: b.id, style: 'danger' }];
  void m;
}

/** Writes the event's messages to the outbox (once per recipient and version) and enqueues their delivery. */
export async function notifyBooking(
  tx: Tx,
  queue: { enqueueDelivery(tx: Tx, ids: string[]): Promise<void> },
  ctx: BookingContext,
  event: BookingEventName,
  recipients: Array<'trainee' | 'instructor'>,
  options: NotifyOptions,
): Promise<string[]> {
  const m = bookingMessages(ctx.org.language);
  const b = ctx.booking;
  const invoice = event === 'confirmed' && b.paymentMethod === 'invoice' ? await invoiceOfBooking(tx, b.id) : null;
  const messages: NewOutboxMessage[] = [];
  for (const recipient of recipients) {
    const person = recipient === 'trainee' ? ctx.trainee : ctx.instructor;
    const { title, text } = titleOf(m, event, recipient, ctx, options.config);
    const blocks: ViewBlock[] = [{ type: 'header', text: title }];
    if (text) blocks.push({ type: 'text', text, tone: event === 'cancelled' || event === 'released' ? 'warning' : undefined } as ViewBlock);
    blocks.push({ type: 'fields', fields: bookingFields(m, ctx, options.config) });
    if (invoice && recipient === 'trainee') blocks.push({ type: 'text', text: m.invoiceSent(invoice.displayNumber, invoice.dueOn) });
    if (options.note) blocks.push({ type: 'text', text: options.note });
    const actions = actionsFor(m, event, recipient, b, ctx.org.language);
    if (actions.length > 0) blocks.push({ type: 'actions', actions });
    const attachments: Attachment[] = [];
    if (['confirmed', 'moved', 'cancelled'].includes(event)) {
      attachments.push(icsAttachment(ctx, m, event === 'cancelled', options.config));
    }
    if (invoice && recipient === 'trainee') attachments.push(await invoiceAttachment(invoice, ctx, options.config));
    const payload: BookingMessagePayload = {
      bookingId: b.id,
      event,
      recipient,
      view: { fallbackText: `${title} — ${formatSession(ctx.org.language, ctx.org.timeZone, b.startsAt, b.endsAt)}`, blocks },
      attachments,
    };
    messages.push({
      orgId: b.orgId,
      kind: 'booking',
      target: { type: 'user', platformUserId: person.platformUserId },
      payload,
      dedupeKey: `booking:${b.id}:${event}:v${b.moves}${options.discriminator ? `:${options.discriminator}` : ''}:${recipient}`,
    });
  }
  const ids = await addToOutbox(tx, messages);
  await queue.enqueueDelivery(tx, ids);
  return ids;
}

function icsAttachment(ctx: BookingContext, m: BookingMessages, cancelled: boolean, config: BookingConfig): Attachment {
  const b = ctx.booking;
  const url = meetingUrlOf(ctx);
  const ics = bookingIcs({
    bookingId: b.id,
    title: `mamori ${m.kind[b.kind]}: ${nameOf(ctx.instructor)} / ${nameOf(ctx.trainee)}`,
    description: [m.kind[b.kind], url ? `${m.labels.meeting}: ${url}` : m.noMeetingUrl].join('\n'),
    start: b.startsAt,
    durationMinutes: Math.round((b.endsAt.getTime() - b.startsAt.getTime()) / 60_000),
    meetingUrl: url,
    sequence: b.moves + (cancelled ? 1 : 0),
    cancelled,
    organiserName: ctx.org.name,
    domain: config.calendarDomain,
  });
  return { fileName: 'mamori-booking.ics', mimeType: 'text/calendar', contentBase64: Buffer.from(ics, 'utf8').toString('base64') };
}

async function invoiceAttachment(invoice: InvoiceRow, ctx: BookingContext, config: BookingConfig): Promise<Attachment> {
  const pdf = await renderInvoicePdf({
    displayNumber: invoice.displayNumber,
    issuedOn: invoice.issuedOn,
    dueOn: invoice.dueOn,
    transactionDate: localDate(ctx.booking.startsAt, ctx.org.timeZone),
    recipientCompany: invoice.recipientCompany,
    recipientName: invoice.recipientName,
    issuerName: invoice.issuerName,
    registrationNumber: invoice.registrationNumber,
    issuerAddress: config.invoice?.address,
    issuerContact: config.invoice?.contact,
    bankAccount: config.invoice?.bankAccount,
    description: invoice.description,
    amountExclTaxYen: invoice.amountExclTaxYen,
    taxRatePercent: invoice.taxRatePercent,
    taxYen: invoice.taxYen,
    totalYen: invoice.totalYen,
  });
  return { fileName: `invoice-${invoice.displayNumber}.pdf`, mimeType: 'application/pdf', contentBase64: Buffer.from(pdf).toString('base64') };
}
