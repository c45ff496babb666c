/** Alerts to supervisors and their acknowledgement; feedback on results. */
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { members, organisations } from './organisations.js';
import { analyses } from './submissions.js';

export const FEEDBACK_KINDS = ['false_positive', 'missed', 'correct'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const alerts = pgTable(
  'alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    analysisId: uuid('analysis_id').notNull().references(() => analyses.id, { onDelete: 'cascade' }),
    recipientId: uuid('recipient_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
    status: text('status').$type<'open' | 'acknowledged'>().notNull().default('open'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedBy: uuid('acknowledged_by').references(() => members.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('alerts_analysis_recipient_uq').on(t.analysisId, t.recipientId),
    index('alerts_org_status_idx').on(t.orgId, t.status),
    check('alerts_status_ck', sql`${t.status} in ('open', 'acknowledged')`),
    check('alerts_ack_ck', sql`(${t.status} = 'acknowledged') = (${t.acknowledgedAt} is not null)`),
  ],
);

/**
 * An alert that was due but had nobody to go to (no supervisor, no department channel): kept so the
 * answer, the admins' notice and the dashboard can say so until the organisation sets a recipient
 * (resolvedAt). Deleted with its analysis.
 */
export const unroutedAlerts = pgTable(
  'unrouted_alerts',
  {
    analysisId: uuid('analysis_id').primaryKey().references(() => analyses.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [index('unrouted_alerts_org_idx').on(t.orgId, t.resolvedAt)],
);

export const feedback = pgTable(
  'feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    analysisId: uuid('analysis_id').notNull().references(() => analyses.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<FeedbackKind>().notNull(),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('feedback_analysis_member_uq').on(t.analysisId, t.memberId),
    check('feedback_kind_ck', sql`${t.kind} in ('false_positive', 'missed', 'correct')`),
  ],
);
