/**
 * The organisation's choices about the optional model review (issue 8), platform-neutral: may
 * transcripts be sent to a language model (off until an admin turns it on), which model, the token
 * budgets, the response manual the model grounds its advice in, and this month's usage. Every read
 * and change needs an admin (src/flows/actions/settings.ts `asAdmin`); changes are audited.
 * Also: adding a finished review's tokens and cost to the month, inside the analysis transaction.
 */
import type { AnalysisResult } from '../analysis/result.js';
import type { Tx } from '../db/connection.js';
import type { Organisation } from '../db/repo/organisations.js';
import {
  addReviewUsage, reviewSettingsOf, reviewUsageOf, updateReviewSettings, type ReviewSettings, type ReviewSettingsChange,
} from '../db/repo/review.js';
import { REVIEW_MANUAL_MAX_BYTES } from '../db/schema/index.js';
import type { ReviewMeta } from '../review/index.js';
import { asAdmin, type SettingsOutcome } from './actions/settings.js';
import type { ActionDeps, Actor, OrgRef } from './actions/deps.js';

type Deps = Pick<ActionDeps, 'database' | 'orgDefaults' | 'logger'> & { now?: (() => Date) | undefined };

export { REVIEW_MANUAL_MAX_BYTES };

export interface ReviewUsageSummary {
  /** 'YYYY-MM' in the organisation's time zone. */
  month: string;
  requests: number;
  inputTokens: number;
  outputTokens: number;
  /** USD over the priced requests. */
  costUsd: number;
  /** Requests whose model has no known price (cost not included above). */
  unpricedRequests: number;
}

export interface ReviewSettingsView extends Omit<ReviewSettings, 'manual'> {
  /** The manual's size; its text is not repeated back into chat. */
  manual: { chars: number; bytes: number } | null;
  usage: ReviewUsageSummary;
}

type Input = { org: OrgRef; by: Actor };

/** The settings and this month's usage (admins only). */
export async function getReviewSettings(deps: Deps, input: Input): Promise<SettingsOutcome<{ settings: ReviewSettingsView }>> {
  return asAdmin(deps, input.org, input.by, null, async (tx, o) => {
    const s = await reviewSettingsOf(tx, o.id);
    const usage = await reviewUsageOf(tx, o, deps.now?.() ?? new Date());
    const { manual, ...rest } = s;
    return {
      status: 'ok',
      settings: {
        ...rest,
        manual: manual === null ? null : { chars: [...manual].length, bytes: Buffer.byteLength(manual, 'utf8') },
        usage: {
          month: usage.month, requests: usage.requests, inputTokens: usage.inputTokens, outputTokens: usage.outputTokens,
          costUsd: usage.costUsd, unpricedRequests: usage.unpricedRequests,
        },
      },
    };
  });
}

/** This month's usage only (admins only). */
export async function getReviewUsage(deps: Deps, input: Input): Promise<SettingsOutcome<{ usage: ReviewUsageSummary }>> {
  const out = await getReviewSettings(deps, input);
  return out.status === 'ok' ? { status: 'ok', usage: out.settings.usage } : out;
}

function change(deps: Deps, input: Input, action: string, c: ReviewSettingsChange): Promise<SettingsOutcome> {
  return asAdmin(deps, input.org, input.by, action, async (tx, o) => {
    await updateReviewSettings(tx, o.id, c);
    return { status: 'ok' };
  });
}

/** Allows (or forbids) sending this organisation's transcripts to the language model. */
export function setReviewAllowed(deps: Deps, input: Input & { allowed: boolean }): Promise<SettingsOutcome> {
  return change(deps, input, input.allowed ? 'review_on' : 'review_off', { allowModel: input.allowed });
}

/** A model or Azure deployment name: letters, digits and . _ - : / (no spaces); null for the service default. */
const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$/;

export function setReviewModel(deps: Deps, input: Input & { model: string | null }): Promise<SettingsOutcome> {
  const model = input.model?.trim() || null;
  if (model !== null && !MODEL_NAME.test(model)) return Promise.resolve({ status: 'invalid', reason: 'model_name' });
  return change(deps, input, 'review_model', { model });
}

/** Token budgets per review (null: the service default). Same ranges as MAMORI_REVIEW_MAX_*_TOKENS. */
export function setReviewBudgets(deps: Deps, input: Input & { maxInputTokens: number | null; maxOutputTokens: number | null }): Promise<SettingsOutcome> {
  const ok = (v: number | null, min: number, max: number) => v === null || (Number.isInteger(v) && v >= min && v <= max);
  if (!ok(input.maxInputTokens, 1_000, 1_000_000) || !ok(input.maxOutputTokens, 256, 100_000)) {
    return Promise.resolve({ status: 'invalid', reason: 'token_budget' });
  }
  return change(deps, input, 'review_budget', { maxInputTokens: input.maxInputTokens, maxOutputTokens: input.maxOutputTokens });
}

export type ManualProblem = 'empty' | 'too_large' | 'binary';

/** Why a manual cannot be stored, or null. Text (Markdown) up to REVIEW_MANUAL_MAX_BYTES of UTF-8. */
export function manualProblem(text: string): ManualProblem | null {
  if (!text.trim()) return 'empty';
  if (Buffer.byteLength(text, 'utf8') > REVIEW_MANUAL_MAX_BYTES) return 'too_large';
  // eslint-disable-next-line no-control-regex
  if (/\u0000|\uFFFD/.test(text)) return 'binary';
  return null;
}

/** Stores (or, with null, removes) the organisation's response manual. */
export function setReviewManual(deps: Deps, input: Input & { manual: string | null }): Promise<SettingsOutcome> {
  const manual = input.manual === null ? null : input.manual.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (manual !== null) {
    const problem = manualProblem(manual);
    if (problem) return Promise.resolve({ status: 'invalid', reason: `manual_${problem}` });
  }
  return change(deps, input, manual === null ? 'review_manual_removed' : 'review_manual', { manual });
}

/**
 * Called inside the analysis transaction (src/flows/run-analysis-job.ts) with the final result: when a
 * model request was made (a review, or a fallback after the server answered with usage), its tokens
 * and cost are added to the organisation's month. Skipped reviews and results without usage add nothing.
 */
export async function recordReviewUsage(tx: Tx, org: Pick<Organisation, 'id' | 'timeZone'>, result: AnalysisResult, at: Date): Promise<void> {
  const review = (result as AnalysisResult & { review?: ReviewMeta }).review;
  if (!review?.usage) return;
  await addReviewUsage(tx, org, at, { inputTokens: review.usage.inputTokens, outputTokens: review.usage.outputTokens, costUsd: review.costUsd });
}
