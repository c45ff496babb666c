/**
 * The graduates' community: its settings per organisation, questions and answers (with a Japanese
 * search index built from kuromoji tokens), reports for moderation, and study groups (勉強会) with
 * RSVPs, a waitlist, reminders and attendance.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial, boolean, check, customType, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid,
} from 'drizzle-orm/pg-core';
import { members, organisations } from './organisations.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const QUESTION_STATUSES = ['unanswered', 'answered', 'resolved'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
export const RSVP_STATUSES = ['going', 'waitlisted', 'cancelled'] as const;
export type RsvpStatus = (typeof RSVP_STATUSES)[number];
export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export const REMINDER_KINDS = ['day', 'hour'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const communitySettings = pgTable(
  'community_settings',
  {
    orgId: uuid('org_id').primaryKey().references(() => organisations.id, { onDelete: 'cascade' }),
    /** Where questions are posted as threads and study groups announced. */
    channel: text('channel').notNull(),
    /** Where unanswered questions go; null: a DM to each instructor. */
    instructorsChannel: text('instructors_channel'),
    /** Hours without an answer before instructors are told. */
    escalateAfterHours: integer('escalate_after_hours').notNull().default(48),
    /** Hours between reminders to instructors while the question is still unanswered. */
    reescalateEveryHours: integer('reescalate_every_hours').notNull().default(24),
    maxEscalations: integer('max_escalations').notNull().default(3),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('community_settings_escalate_ck', sql`${t.escalateAfterHours} between 1 and 2160`),
    check('community_settings_reescalate_ck', sql`${t.reescalateEveryHours} between 1 and 2160`),
    check('community_settings_max_escalations_ck', sql`${t.maxEscalations} between 1 and 20`),
  ],
);

export const communityQuestions = pgTable(
  'community_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    askedBy: uuid('asked_by').notNull().references(() => members.id, { onDelete: 'cascade' }),
    /** Shown to members as 匿名の修了生; only admins can see `askedBy`. */
    anonymous: boolean('anonymous').notNull().default(false),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** Harassment categories (taxonomy ids) and free tags. */
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    industry: text('industry'),
    status: text('status').$type<QuestionStatus>().notNull().default('unanswered'),
    acceptedAnswerId: uuid('accepted_answer_id'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** The channel the question was posted in (its thread is the outbox row's platform reference). */
    channel: text('channel').notNull(),
    /** Space-separated kuromoji content words of the title, and of the body (plus the accepted answer). */
    titleTokens: text('title_tokens').notNull().default(''),
    bodyTokens: text('body_tokens').notNull().default(''),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', title_tokens), 'A') || setweight(to_tsvector('simple', body_tokens), 'B')`,
    ),
    escalations: integer('escalations').notNull().default(0),
    lastEscalatedAt: timestamp('last_escalated_at', { withTimezone: true }),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenBy: uuid('hidden_by').references(() => members.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('community_questions_org_created_idx').on(t.orgId, t.createdAt),
    index('community_questions_open_idx').on(t.orgId, t.status).where(sql`${t.hiddenAt} is null`),
    index('community_questions_search_idx').using('gin', t.searchVector),
    check('community_questions_status_ck', sql`${t.status} in ('unanswered', 'answered', 'resolved')`),
    check('community_questions_resolved_ck', sql`(${t.status} = 'resolved') = (${t.acceptedAnswerId} is not null and ${t.resolvedAt} is not null)`),
    check('community_questions_title_ck', sql`char_length(${t.title}) between 1 and 150`),
    check('community_questions_body_ck', sql`char_length(${t.body}) between 1 and 3000`),
    check('community_questions_escalations_ck', sql`${t.escalations} >= 0`),
  ],
);

export const communityAnswers = pgTable(
  'community_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id').notNull().references(() => communityQuestions.id, { onDelete: 'cascade' }),
    author: uuid('author').notNull().references(() => members.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    /** 'bot': posted through mamori (guarded); 'thread': a member replied in the thread directly. */
    source: text('source').$type<'bot' | 'thread'>().notNull(),
    /** For thread replies, the platform's message id (a redelivered event is the same answer). */
    platformMessageRef: text('platform_message_ref'),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenBy: uuid('hidden_by').references(() => members.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('community_answers_question_idx').on(t.questionId, t.createdAt),
    unique('community_answers_platform_ref_uq').on(t.questionId, t.platformMessageRef),
    check('community_answers_source_ck', sql`${t.source} in ('bot', 'thread')`),
    check('community_answers_body_ck', sql`char_length(${t.body}) between 1 and 3000`),
  ],
);

export const communityReports = pgTable(
  'community_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id').references(() => communityQuestions.id, { onDelete: 'cascade' }),
    answerId: uuid('answer_id').references(() => communityAnswers.id, { onDelete: 'cascade' }),
    reporter: uuid('reporter').notNull().references(() => members.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('community_reports_once_uq').on(t.questionId, t.answerId, t.reporter).nullsNotDistinct(),
    index('community_reports_org_idx').on(t.orgId, t.createdAt),
    check('community_reports_subject_ck', sql`(${t.questionId} is null) <> (${t.answerId} is null)`),
    check('community_reports_reason_ck', sql`char_length(${t.reason}) between 1 and 500`),
  ],
);

export const communityEvents = pgTable(
  'community_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    organiser: uuid('organiser').notNull().references(() => members.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    /** An online meeting URL or a place. */
    location: text('location').notNull(),
    capacity: integer('capacity').notNull(),
    /** Seats taken; the conditional increment `where going_count < capacity` gives out the last seat once. */
    goingCount: integer('going_count').notNull().default(0),
    rsvpDeadline: timestamp('rsvp_deadline', { withTimezone: true }).notNull(),
    status: text('status').$type<EventStatus>().notNull().default('scheduled'),
    /** iCalendar SEQUENCE: raised on every change, so calendars replace the earlier copy. */
    sequence: integer('sequence').notNull().default(0),
    channel: text('channel').notNull(),
    attendanceRecordedAt: timestamp('attendance_recorded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('community_events_org_starts_idx').on(t.orgId, t.startsAt),
    index('community_events_upcoming_idx').on(t.startsAt).where(sql`${t.status} = 'scheduled'`),
    check('community_events_status_ck', sql`${t.status} in ('scheduled', 'cancelled')`),
    check('community_events_capacity_ck', sql`${t.capacity} between 1 and 10000`),
    check('community_events_seats_ck', sql`${t.goingCount} between 0 and ${t.capacity}`),
    check('community_events_duration_ck', sql`${t.durationMinutes} between 5 and 1440`),
    check('community_events_deadline_ck', sql`${t.rsvpDeadline} <= ${t.startsAt}`),
    check('community_events_title_ck', sql`char_length(${t.title}) between 1 and 150`),
  ],
);

export const communityRsvps = pgTable(
  'community_rsvps',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    eventId: uuid('event_id').notNull().references(() => communityEvents.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
    status: text('status').$type<RsvpStatus>().notNull(),
    /** When the member last joined (or joined the waitlist): the waitlist's order. */
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    attended: boolean('attended'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('community_rsvps_member_uq').on(t.eventId, t.memberId),
    index('community_rsvps_waitlist_idx').on(t.eventId, t.queuedAt, t.id).where(sql`${t.status} = 'waitlisted'`),
    index('community_rsvps_member_idx').on(t.memberId),
    check('community_rsvps_status_ck', sql`${t.status} in ('going', 'waitlisted', 'cancelled')`),
  ],
);

/** Reminders already written to the outbox: one row per event, kind and start time (a moved event is reminded again). */
export const communityEventReminders = pgTable(
  'community_event_reminders',
  {
    eventId: uuid('event_id').notNull().references(() => communityEvents.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ReminderKind>().notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.kind, t.startsAt] }),
    check('community_event_reminders_kind_ck', sql`${t.kind} in ('day', 'hour')`),
  ],
);
