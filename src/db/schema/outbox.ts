/** The outbox of messages to deliver, the audit log, and processed platform event ids. */
import { sql } from 'drizzle-orm';
import {
  bigserial, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

export const OUTBOX_KINDS = [
  'analysis_result', 'alert', 'quota_warning', 'quota_exceeded', 'error',
  // The community (src/flows/community/outbox.ts): a new message (channel, thread or DM), and a
  // replacement of an earlier message (a question's status, an event's live count).
  'community_post', 'community_update',
  // Consultation booking (src/flows/booking): payload { bookingId, event, view: MessageView, attachments? }.
  'booking',
  // Insights (src/flows/insights): payload { view: MessageView, attachments: [{ fileName, mimeType, contentBase64 }] }.
  'insights',
  // Notices to an organisation's admins (src/flows/unrouted-alerts.ts): payload { view: MessageView }.
  'admin_notice',
] as const;
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Platform-neutral destination: a channel (optionally a thread in it) or a user's direct messages. */
export type OutboxTarget =
  | { type: 'channel'; channel: string; thread?: string | undefined }
  | { type: 'user'; platformUserId: string };

export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<OutboxKind>().notNull(),
    target: jsonb('target').$type<OutboxTarget>().notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** What makes this message unique (e.g. `analysis_result:<submission>`): writing it twice is a no-op. */
    dedupeKey: text('dedupe_key').notNull().unique('outbox_dedupe_key_uq'),
    status: text('status').$type<OutboxStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** While status = 'sending': the claim is valid until then; after it, another worker may take over. */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** The platform's reference to the posted message (Slack ts, Teams activity id). */
    platformMessageRef: text('platform_message_ref'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('outbox_status_idx').on(t.status, t.createdAt),
    check(
      'outbox_kind_ck',
      sql`${t.kind} in ('analysis_result', 'alert', 'quota_warning', 'quota_exceeded', 'error', 'community_post', 'community_update', 'booking', 'insights', 'admin_notice')`,
    ),
    check('outbox_status_ck', sql`${t.status} in ('pending', 'sending', 'sent', 'failed')`),
    check('outbox_sent_ck', sql`(${t.status} = 'sent') = (${t.sentAt} is not null)`),
    check('outbox_claim_ck', sql`${t.status} <> 'sending' or ${t.claimedUntil} is not null`),
    check('outbox_attempts_ck', sql`${t.attempts} >= 0`),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgId: uuid('org_id').references(() => organisations.id, { onDelete: 'set null' }),
    /** A member id, or 'system' for scheduled work, or 'admin-cli'. */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    subject: text('subject'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_log_org_created_idx').on(t.orgId, t.createdAt),
    check('audit_log_action_ck', sql`${t.action} in ('export', 'delete', 'retention_sweep', 'dead_letter_retry', 'settings_change')`),
  ],
);

/**
 * Platform events already received, so a redelivered event (Slack retries) is dropped. An event acted on
 * after its acknowledgement is also the inbox: its body is kept until it has been handled (`done_at`),
 * so one acknowledged when the process died is handled on restart; the body is cleared when done.
 */
export const processedEvents = pgTable(
  'processed_events',
  {
    platform: text('platform').notNull(),
    eventId: text('event_id').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** The event as received, while it waits to be handled (null once done, and for plain dedupe keys). */
    body: jsonb('body'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    /** Who handles it is alive until then; after it, another process may take it over. */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.platform, t.eventId] }),
    index('processed_events_received_idx').on(t.receivedAt),
    index('processed_events_pending_idx').on(t.claimedUntil).where(sql`${t.body} is not null and ${t.doneAt} is null`),
    check('processed_events_platform_ck', sql`${t.platform} in ('slack', 'teams')`),
  ],
);
