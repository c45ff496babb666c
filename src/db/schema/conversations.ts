/**
 * What the chat adapters need to keep between an event and its answer, platform-neutral:
 * the progress message of a submission (replaced in place by the answer), channels configured
 * for intake, and the re-alert bookkeeping.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { submissions } from './submissions.js';

export const PROGRESS_STATES = ['progress', 'answered'] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];

/**
 * The "受付 → 文字起こし → 解析" message of a submission. `state` decides who writes the answer:
 * the adapter that posted the progress message (it is still 'progress': update it in place), or the
 * delivery that found none yet (it claimed the row as 'answered' with no ref: post a new message).
 */
export const progressMessages = pgTable(
  'progress_messages',
  {
    submissionId: uuid('submission_id').primaryKey().references(() => submissions.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    /** Where the progress message is (a channel id); null when the answer was posted without one. */
    channel: text('channel'),
    /** The platform's reference to the progress message (Slack ts); null until posted. */
    platformMessageRef: text('platform_message_ref'),
    /** The language to answer in (the sharer's locale or the organisation's choice). */
    language: text('language').$type<'ja' | 'en'>().notNull().default('ja'),
    state: text('state').$type<ProgressState>().notNull().default('progress'),
    /** The answer's own reference once it is in place (for links from alerts). */
    answerRef: text('answer_ref'),
    timelineUploaded: boolean('timeline_uploaded').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('progress_messages_state_idx').on(t.state, t.createdAt),
    check('progress_messages_state_ck', sql`${t.state} in ('progress', 'answered')`),
    check('progress_messages_language_ck', sql`${t.language} in ('ja', 'en')`),
  ],
);

/** Channels where any shared file is analysed, without a mention. */
export const intakeChannels = pgTable(
  'intake_channels',
  {
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    channel: text('channel').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.channel] })],
);

/** Re-alerts sent for an alert nobody took (one row per round). */
export const alertReminders = pgTable(
  'alert_reminders',
  {
    alertId: uuid('alert_id').notNull(),
    round: integer('round').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.alertId, t.round] }), check('alert_reminders_round_ck', sql`${t.round} >= 1`)],
);
