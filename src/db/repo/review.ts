/**
 * Per-organisation settings of the model review and its monthly usage (src/db/schema/review.ts).
 * Without a settings row the defaults apply: the model is not allowed (opt-in), the service's model
 * and budgets, no manual.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Language } from '../../analysis/result.js';
import type { ReviewOrg } from '../../review/config.js';
import type { Executor } from '../connection.js';
import { monthIn } from '../months.js';
import { organisationReviewSettings, reviewUsage } from '../schema/index.js';
import type { Organisation } from './organisations.js';

export type ReviewSettingsRow = typeof organisationReviewSettings.$inferSelect;
export type ReviewUsageRow = typeof reviewUsage.$inferSelect;

export interface ReviewSettings {
  allowModel: boolean;
  model: string | null;
  maxInputTokens: number | null;
  maxOutputTokens: number | null;
  manual: string | null;
  manualUpdatedAt: Date | null;
}

/** Privacy first: nothing is sent to a model until an admin turns it on (`/mamori-admin ai on`). */
export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  allowModel: false, model: null, maxInputTokens: null, maxOutputTokens: null, manual: null, manualUpdatedAt: null,
};

export async function reviewSettingsOf(ex: Executor, orgId: string): Promise<ReviewSettings> {
  const [row] = await ex.select().from(organisationReviewSettings).where(eq(organisationReviewSettings.orgId, orgId));
  if (!row) return { ...DEFAULT_REVIEW_SETTINGS };
  return {
    allowModel: row.allowModel, model: row.model, maxInputTokens: row.maxInputTokens, maxOutputTokens: row.maxOutputTokens,
    manual: row.manual, manualUpdatedAt: row.manualUpdatedAt,
  };
}

export type ReviewSettingsChange = Partial<Pick<ReviewSettings, 'allowModel' | 'model' | 'maxInputTokens' | 'maxOutputTokens' | 'manual'>>;

/** Creates or changes the organisation's row; fields left out keep their value (or the default). */
export async function updateReviewSettings(ex: Executor, orgId: string, change: ReviewSettingsChange): Promise<void> {
  const manualUpdatedAt = 'manual' in change ? { manualUpdatedAt: change.manual === null ? null : sql`now()` } : {};
  const set = { ...change, ...manualUpdatedAt, updatedAt: sql`now()` };
  await ex.insert(organisationReviewSettings).values({ orgId, ...set })
    .onConflictDoUpdate({ target: organisationReviewSettings.orgId, set });
}

/** What the reviewer port needs for one organisation (src/server/compose.ts). */
export async function reviewOrgFor(ex: Executor, org: Pick<Organisation, 'id' | 'language'>): Promise<ReviewOrg> {
  const s = await reviewSettingsOf(ex, org.id);
  return {
    allowModel: s.allowModel, model: s.model, language: org.language as Language, manual: s.manual,
    maxInputTokens: s.maxInputTokens, maxOutputTokens: s.maxOutputTokens,
  };
}

export interface ReviewUsageDelta {
  inputTokens: number;
  outputTokens: number;
  /** USD; null when the model's price is unknown (counted as an unpriced request). */
  costUsd: number | null;
}

/** Adds one model request to the organisation's month (in its time zone); creates the row when missing. */
export async function addReviewUsage(ex: Executor, org: Pick<Organisation, 'id' | 'timeZone'>, at: Date, d: ReviewUsageDelta): Promise<void> {
  const month = monthIn(org.timeZone, at);
  const cost = d.costUsd ?? 0;
  const unpriced = d.costUsd === null ? 1 : 0;
  await ex.insert(reviewUsage)
    .values({ orgId: org.id, month, requests: 1, inputTokens: d.inputTokens, outputTokens: d.outputTokens, costUsd: cost, unpricedRequests: unpriced })
    .onConflictDoUpdate({
      target: [reviewUsage.orgId, reviewUsage.month],
      set: {
        requests: sql`${reviewUsage.requests} + 1`,
        inputTokens: sql`${reviewUsage.inputTokens} + ${d.inputTokens}`,
        outputTokens: sql`${reviewUsage.outputTokens} + ${d.outputTokens}`,
        costUsd: sql`${reviewUsage.costUsd} + ${cost}`,
        unpricedRequests: sql`${reviewUsage.unpricedRequests} + ${unpriced}`,
        updatedAt: sql`now()`,
      },
    });
}

/** The month's totals (zeros when nothing was reviewed). */
export async function reviewUsageOf(ex: Executor, org: Pick<Organisation, 'id' | 'timeZone'>, at: Date): Promise<ReviewUsageRow> {
  const month = monthIn(org.timeZone, at);
  const [row] = await ex.select().from(reviewUsage).where(and(eq(reviewUsage.orgId, org.id), eq(reviewUsage.month, month)));
  return row ?? { orgId: org.id, month, requests: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, unpricedRequests: 0, updatedAt: at };
}
