/**
 * The optional model review (issue 8, src/review): what each organisation decided (may transcripts be
 * sent to a language model at all, which model, token budgets, its own response manual) and what the
 * reviews cost it per month. Defaults apply while no settings row exists: the model is NOT allowed
 * (opt-in; recordings of calls hold customers' and staff's personal data).
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, doublePrecision, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

/** The largest response manual accepted (bytes of UTF-8). */
export const REVIEW_MANUAL_MAX_BYTES = 200 * 1024;

export const organisationReviewSettings = pgTable(
  'organisation_review_settings',
  {
    orgId: uuid('org_id').primaryKey().references(() => organisations.id, { onDelete: 'cascade' }),
    /** false: transcripts never leave the process; the review never runs for this organisation. */
    allowModel: boolean('allow_model').notNull().default(false),
    /** Model (or Azure deployment) name; null: the service default (MAMORI_REVIEW_MODEL). */
    model: text('model'),
    /** Token budgets per review; null: the service defaults. */
    maxInputTokens: integer('max_input_tokens'),
    maxOutputTokens: integer('max_output_tokens'),
    /** The organisation's own response manual (Markdown or text), uploaded with `/mamori-admin manual`. */
    manual: text('manual'),
    manualUpdatedAt: timestamp('manual_updated_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('review_settings_model_ck', sql`${t.model} is null or char_length(${t.model}) between 1 and 200`),
    check('review_settings_input_ck', sql`${t.maxInputTokens} is null or ${t.maxInputTokens} between 1000 and 1000000`),
    check('review_settings_output_ck', sql`${t.maxOutputTokens} is null or ${t.maxOutputTokens} between 256 and 100000`),
    check('review_settings_manual_ck', sql`${t.manual} is null or octet_length(${t.manual}) <= 204800`),
  ],
);

/** Model review requests, tokens and cost per organisation per month (the month in the organisation's time zone). */
export const reviewUsage = pgTable(
  'review_usage',
  {
    orgId: uuid('org_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    /** 'YYYY-MM'. */
    month: text('month').notNull(),
    requests: integer('requests').notNull().default(0),
    inputTokens: bigint('input_tokens', { mode: 'number' }).notNull().default(0),
    outputTokens: bigint('output_tokens', { mode: 'number' }).notNull().default(0),
    /** USD, summed over the requests whose model has a known price. */
    costUsd: doublePrecision('cost_usd').notNull().default(0),
    /** Requests whose cost is unknown (a local server, an Azure deployment name without MAMORI_REVIEW_PRICE_*). */
    unpricedRequests: integer('unpriced_requests').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.month] }),
    check('review_usage_month_ck', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('review_usage_counts_ck', sql`${t.requests} >= 0 and ${t.inputTokens} >= 0 and ${t.outputTokens} >= 0 and ${t.costUsd} >= 0 and ${t.unpricedRequests} >= 0`),
  ],
);
