/**
 * Consultation booking: instructors' hours and days off, the organisation's booking rules, bookings,
 * qualified invoices (適格請求書) with gapless consecutive numbers, and the Stripe webhook events
 * already processed. Times are UTC instants (timestamptz); hours and days off are on the
 * organisation's clock (organisations.time_zone).
 *
 * Two active bookings of one instructor never overlap: the exclusion constraint
 * `bookings_no_overlap` (migration 'booking_constraints', hand-written SQL because drizzle cannot
 * declare one) refuses overlapping [starts_at, blocked_until) ranges for the same instructor_key.
 */
import { sql } from 'drizzle-orm';
import {
  bigint, boolean, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, unique, uuid,
} from 'drizzle-orm/pg-core';
import { members, organisations } from './organisations.js';

export const BOOKING_KINDS = ['consultation', 'orientation'] as const;
/** held: waiting for the card payment; completed: the session took place (開催済み). */
export const BOOKING_STATUSES = ['held', 'confirmed', 'completed', 'no_show', 'cancelled', 'expired'] as const;
/** Statuses that hold the instructor's time (the exclusion constraint's predicate). */
export const ACTIVE_BOOKING_STATUSES = ['held', 'confirmed', 'completed', 'no_show'] as const;
export const PAYMENT_METHODS = ['card', 'invoice', 'free'] as const;
export const REFUND_STATUSES = ['none', 'pending', 'refunded', 'failed'] as const;
export const CANCELLED_BY = ['trainee', 'instructor', 'admin', 'system'] as const;
export const INVOICE_STATUSES = ['unpaid', 'paid', 'void'] as const;
export type BookingKind = (typeof BOOKING_KINDS)[number];
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export type RefundStatus = (typeof REFUND_STATUSES)[number];
export type CancelledBy = (typeof CANCELLED_BY)[number];
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/** The organisation's booking rules; a row is created with the configured defaults on first use. */
export const bookingSettings = pgTable(
  'booking_settings',
  {
    orgId: uuid('org_id').primaryKey().references(() => organisations.id, { onDelete: 'cascade' }),
    minNoticeMinutes: integer('min_notice_minutes').notNull(),
    bufferMinutes: integer('buffer_minutes').notNull(),
    holdMinutes: integer('hold_minutes').notNull(),
    /** Hours before the start until which the trainee may cancel or move with a full refund. */
    cancelDeadlineHours: integer('cancel_deadline_hours').notNull(),
    /** After the deadline: the share of a card payment refunded (0 = none), the organisation's policy. */
    lateCancelRefundPercent: integer('late_cancel_refund_percent').notNull(),
    /** After the deadline, may the trainee still move the booking? */
    lateMoveAllowed: boolean('late_move_allowed').notNull().default(false),
    excludeHolidays: boolean('exclude_holidays').notNull().default(true),
    stepMinutes: integer('step_minutes').notNull().default(30),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('booking_settings_notice_ck', sql`${t.minNoticeMinutes} between 0 and 43200`),
    check('booking_settings_buffer_ck', sql`${t.bufferMinutes} between 0 and 240`),
    check('booking_settings_hold_ck', sql`${t.holdMinutes} between 30 and 1440`),
    check('booking_settings_deadline_ck', sql`${t.cancelDeadlineHours} between 0 and 720`),
    check('booking_settings_late_refund_ck', sql`${t.lateCancelRefundPercent} between 0 and 100`),
    check('booking_settings_step_ck', sql`${t.stepMinutes} between 5 and 240`),
  ],
);

/**
 * An instructor's booking profile. `key` is a small integer identity: the exclusion constraint compares
 * instructors with a range equality (int8range(key, key, '[]') WITH =), which GiST supports without
 * the btree_gist extension (see the booking_constraints migration).
 */
export const bookingInstructors = pgTable(
  'booking_instructors',
  {
    memberId: uuid('member_id').primaryKey().references(() => members.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    key: bigint('key', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    meetingUrl: text('meeting_url'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('booking_instructors_key_uq').on(t.key),
    unique('booking_instructors_member_key_uq').on(t.memberId, t.key),
    index('booking_instructors_org_idx').on(t.orgId),
  ],
);

/** Weekly hours on the organisation's clock: ISO weekday (1 = Monday … 7 = Sunday), minutes after midnight. */
export const bookingWeeklyHours = pgTable(
  'booking_weekly_hours',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instructorId: uuid('instructor_id').notNull().references(() => bookingInstructors.memberId, { onDelete: 'cascade' }),
    weekday: smallint('weekday').notNull(),
    startMinute: integer('start_minute').notNull(),
    endMinute: integer('end_minute').notNull(),
  },
  (t) => [
    index('booking_weekly_hours_instructor_idx').on(t.instructorId),
    check('booking_weekly_hours_weekday_ck', sql`${t.weekday} between 1 and 7`),
    check('booking_weekly_hours_range_ck', sql`${t.startMinute} >= 0 and ${t.endMinute} <= 1440 and ${t.startMinute} < ${t.endMinute}`),
  ],
);

export const bookingDaysOff = pgTable(
  'booking_days_off',
  {
    instructorId: uuid('instructor_id').notNull().references(() => bookingInstructors.memberId, { onDelete: 'cascade' }),
    /** A date on the organisation's clock. */
    day: date('day', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.instructorId, t.day] })],
);

export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<BookingKind>().notNull(),
    traineeId: uuid('trainee_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
    instructorId: uuid('instructor_id').notNull(),
    instructorKey: bigint('instructor_key', { mode: 'number' }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** ends_at + the buffer in force when booked: the instructor's time is held until then. */
    blockedUntil: timestamp('blocked_until', { withTimezone: true }).notNull(),
    status: text('status').$type<BookingStatus>().notNull(),
    paymentMethod: text('payment_method').$type<PaymentMethod>().notNull(),
    /** Yen, tax excluded / consumption tax / total (6,000 + 600 = 6,600 for a consultation). */
    priceYen: integer('price_yen').notNull(),
    taxYen: integer('tax_yen').notNull(),
    totalYen: integer('total_yen').notNull(),
    topic: text('topic').notNull().default(''),
    /** Set per booking; otherwise the instructor's own meeting URL applies. */
    meetingUrl: text('meeting_url'),
    /** What makes a request unique (the form submission): a second identical request returns this booking. */
    requestKey: text('request_key').notNull(),
    holdExpiresAt: timestamp('hold_expires_at', { withTimezone: true }),
    stripeCheckoutSessionId: text('stripe_checkout_session_id'),
    stripeCheckoutUrl: text('stripe_checkout_url'),
    stripeCheckoutExpiresAt: timestamp('stripe_checkout_expires_at', { withTimezone: true }),
    stripePaymentIntentId: text('stripe_payment_intent_id'),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: text('cancelled_by').$type<CancelledBy>(),
    refundStatus: text('refund_status').$type<RefundStatus>().notNull().default('none'),
    refundYen: integer('refund_yen').notNull().default(0),
    stripeRefundId: text('stripe_refund_id'),
    /** How many times the booking was moved (the reminders of each time are separate). */
    moves: integer('moves').notNull().default(0),
    reminded24hAt: timestamp('reminded_24h_at', { withTimezone: true }),
    reminded1hAt: timestamp('reminded_1h_at', { withTimezone: true }),
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'bookings_instructor_fk',
      columns: [t.instructorId, t.instructorKey],
      foreignColumns: [bookingInstructors.memberId, bookingInstructors.key],
    }).onDelete('cascade'),
    unique('bookings_request_key_uq').on(t.orgId, t.requestKey),
    unique('bookings_checkout_session_uq').on(t.stripeCheckoutSessionId),
    index('bookings_instructor_starts_idx').on(t.instructorId, t.startsAt),
    index('bookings_trainee_starts_idx').on(t.traineeId, t.startsAt),
    index('bookings_org_starts_idx').on(t.orgId, t.startsAt),
    index('bookings_status_starts_idx').on(t.status, t.startsAt),
    check('bookings_kind_ck', sql`${t.kind} in (${inList(BOOKING_KINDS)})`),
    check('bookings_status_ck', sql`${t.status} in (${inList(BOOKING_STATUSES)})`),
    check('bookings_payment_method_ck', sql`${t.paymentMethod} in (${inList(PAYMENT_METHODS)})`),
    check('bookings_refund_status_ck', sql`${t.refundStatus} in (${inList(REFUND_STATUSES)})`),
    check('bookings_cancelled_by_ck', sql`${t.cancelledBy} is null or ${t.cancelledBy} in (${inList(CANCELLED_BY)})`),
    check('bookings_times_ck', sql`${t.startsAt} < ${t.endsAt} and ${t.endsAt} <= ${t.blockedUntil}`),
    check('bookings_amounts_ck', sql`${t.priceYen} >= 0 and ${t.taxYen} >= 0 and ${t.totalYen} = ${t.priceYen} + ${t.taxYen} and ${t.refundYen} between 0 and ${t.totalYen}`),
    check('bookings_free_ck', sql`(${t.paymentMethod} = 'free') = (${t.totalYen} = 0)`),
    check('bookings_held_ck', sql`${t.status} <> 'held' or (${t.paymentMethod} = 'card' and ${t.holdExpiresAt} is not null)`),
    check('bookings_cancelled_ck', sql`(${t.status} = 'cancelled') = (${t.cancelledAt} is not null)`),
    // A confirmed card booking has been paid: no booking is confirmed without payment.
    check('bookings_card_paid_ck', sql`${t.paymentMethod} <> 'card' or ${t.status} in ('held', 'expired') or ${t.paidAt} is not null or ${t.status} = 'cancelled'`),
  ],
);

/** One row per issuer: the last invoice number used. Incremented in the invoicing transaction: no gaps, no repeats. */
export const bookingInvoiceCounters = pgTable('booking_invoice_counters', {
  issuer: text('issuer').primaryKey(),
  lastNumber: integer('last_number').notNull().default(0),
});

/** A qualified invoice (適格請求書) for a booking paid by invoice. */
export const bookingInvoices = pgTable(
  'booking_invoices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    bookingId: uuid('booking_id').notNull().references(() => bookings.id, { onDelete: 'cascade' }),
    issuer: text('issuer').notNull(),
    number: integer('number').notNull(),
    /** The number as printed (prefix + zero-padded number). */
    displayNumber: text('display_number').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    recipientCompany: text('recipient_company').notNull(),
    recipientName: text('recipient_name'),
    description: text('description').notNull(),
    amountExclTaxYen: integer('amount_excl_tax_yen').notNull(),
    taxRatePercent: integer('tax_rate_percent').notNull(),
    taxYen: integer('tax_yen').notNull(),
    totalYen: integer('total_yen').notNull(),
    issuerName: text('issuer_name').notNull(),
    /** 適格請求書発行事業者登録番号: T + 13 digits. */
    registrationNumber: text('registration_number').notNull(),
    status: text('status').$type<InvoiceStatus>().notNull().default('unpaid'),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    markedPaidBy: uuid('marked_paid_by').references(() => members.id, { onDelete: 'set null' }),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('booking_invoices_booking_uq').on(t.bookingId),
    unique('booking_invoices_number_uq').on(t.issuer, t.number),
    index('booking_invoices_org_status_idx').on(t.orgId, t.status),
    check('booking_invoices_status_ck', sql`${t.status} in (${inList(INVOICE_STATUSES)})`),
    check('booking_invoices_number_ck', sql`${t.number} > 0`),
    check('booking_invoices_registration_ck', sql`${t.registrationNumber} ~ '^T[0-9]{13}$'`),
    check('booking_invoices_amounts_ck', sql`${t.totalYen} = ${t.amountExclTaxYen} + ${t.taxYen}`),
    check('booking_invoices_paid_ck', sql`(${t.status} = 'paid') = (${t.paidAt} is not null)`),
  ],
);

/** Stripe events already processed: a resent event is acknowledged and skipped. */
export const stripeWebhookEvents = pgTable(
  'stripe_webhook_events',
  {
    eventId: text('event_id').primaryKey(),
    type: text('type').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('stripe_webhook_events_received_idx').on(t.receivedAt)],
);

/** What a payment said that its booking did not expect, one entry per disagreeing field. */
export interface PaymentProblem {
  field: 'session' | 'amount' | 'currency' | 'organisation' | 'booking';
  expected: string | number | null;
  received: string | number | null;
}

/**
 * A paid checkout that did not match its booking (amount, currency, organisation, session): the
 * booking was not confirmed by it. Kept for the organisation's admins (`bookings` overview).
 */
export const bookingPaymentMismatches = pgTable(
  'booking_payment_mismatches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    bookingId: uuid('booking_id').notNull().references(() => bookings.id, { onDelete: 'cascade' }),
    /** 'webhook' (a signed Stripe event) or 'sweep' (the hold expiry's own look at the session). */
    source: text('source').notNull(),
    eventId: text('event_id'),
    sessionId: text('session_id'),
    paymentIntentId: text('payment_intent_id'),
    problems: jsonb('problems').$type<PaymentProblem[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('booking_payment_mismatches_org_created_idx').on(t.orgId, t.createdAt),
    check('booking_payment_mismatches_source_ck', sql`${t.source} in ('webhook', 'sweep')`),
  ],
);
