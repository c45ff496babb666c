/**
 * Insights for supervisors and management (src/flows/insights): per-organisation settings, the
 * accumulated stress of each staff member (sensitive personal data: shown to their supervisors and
 * admins only), reviewed feedback (suppressed phrases, labelled examples), the monthly report
 * archive and short-lived data export links.
 */
import { sql } from 'drizzle-orm';
import {
  check, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, unique, uuid,
} from 'drizzle-orm/pg-core';
import { feedback } from './alerts.js';
import { members, organisations } from './organisations.js';
import { analyses } from './submissions.js';

/** Organisation-tunable stress thresholds and decay (defaults apply while no row exists). */
export const insightsSettings = pgTable(
  'insights_settings',
  {
    orgId: uuid('org_id').primaryKey().references(() => organisations.id, { onDelete: 'cascade' }),
    /** Balance at which supervisors are told to offer a one-to-one (注意). */
    warnThreshold: real('warn_threshold').notNull().default(6),
    /** Balance at which aftercare is urgent (要対応). */
    urgentThreshold: real('urgent_threshold').notNull().default(12),
    /** Days after which a call's weight has halved. */
    halfLifeDays: real('half_life_days').notNull().default(14),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('insights_settings_thresholds_ck', sql`${t.warnThreshold} > 0 and ${t.urgentThreshold} > ${t.warnThreshold}`),
    check('insights_settings_half_life_ck', sql`${t.halfLifeDays} between 1 and 365`),
  ],
);

/** One harassing call counted against one staff member's balance (the calls behind a notice). */
export const stressEvents = pgTable(
  'stress_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
    analysisId: uuid('analysis_id').notNull().references(() => analyses.id, { onDelete: 'cascade' }),
    weight: real('weight').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('stress_events_analysis_member_uq').on(t.analysisId, t.memberId),
    index('stress_events_member_idx').on(t.memberId, t.occurredAt),
    check('stress_events_weight_ck', sql`${t.weight} >= 0`),
  ],
);

/** The running balance: `balance` as of `asOf`; decays from there. `level` is the last threshold notified (0, 1, 2). */
export const stressBalances = pgTable(
  'stress_balances',
  {
    memberId: uuid('member_id').primaryKey().references(() => members.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    balance: real('balance').notNull().default(0),
    asOf: timestamp('as_of', { withTimezone: true }).notNull(),
    level: integer('level').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('stress_balances_org_idx').on(t.orgId),
    check('stress_balances_level_ck', sql`${t.level} between 0 and 2`),
    check('stress_balances_balance_ck', sql`${t.balance} >= 0`),
  ],
);

/** A threshold crossing told to the member's supervisors (once per crossing). */
export const stressNotices = pgTable(
  'stress_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
    level: integer('level').notNull(),
    balance: real('balance').notNull(),
    analysisIds: uuid('analysis_ids').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('stress_notices_org_idx').on(t.orgId, t.createdAt), check('stress_notices_level_ck', sql`${t.level} between 1 and 2`)],
);

export const FEEDBACK_DECISIONS = ['accepted', 'rejected'] as const;
export type FeedbackDecision = (typeof FEEDBACK_DECISIONS)[number];

/** An admin's decision on a false-positive or miss report; accepted ones are labelled examples. */
export const feedbackReviews = pgTable(
  'feedback_reviews',
  {
    feedbackId: uuid('feedback_id').primaryKey().references(() => feedback.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    decision: text('decision').$type<FeedbackDecision>().notNull(),
    reviewedBy: uuid('reviewed_by').references(() => members.id, { onDelete: 'set null' }),
    /** The corpus label of the example (labels.jsonl fields) when accepted. */
    label: jsonb('label').$type<Record<string, unknown>>(),
    /** The transcript kept with the example: { format, content }. */
    transcript: jsonb('transcript').$type<{ format: string; content: string }>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('feedback_reviews_org_idx').on(t.orgId),
    check('feedback_reviews_decision_ck', sql`${t.decision} in ('accepted', 'rejected')`),
  ],
);

/** Normalised phrases whose excerpts are dropped from this organisation's results (accepted false positives). */
export const suppressedPhrases = pgTable(
  'suppressed_phrases',
  {
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    phrase: text('phrase').notNull(),
    feedbackId: uuid('feedback_id').references(() => feedback.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.phrase] }), check('suppressed_phrases_len_ck', sql`length(${t.phrase}) between 2 and 500`)],
);

/** The monthly report archive: the figures of each month's report (the PDF is rebuilt from them). */
export const monthlyReports = pgTable(
  'monthly_reports',
  {
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    /** 'YYYY-MM' reported on. */
    month: text('month').notNull(),
    summary: jsonb('summary').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.month] }),
    check('monthly_reports_month_ck', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
  ],
);

/** Short-lived download links for an organisation's data export (only the token's hash is kept). */
export const exportLinks = pgTable(
  'export_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => members.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('export_links_org_idx').on(t.orgId)],
);
