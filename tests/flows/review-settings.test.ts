/**
 * The organisation's model-review settings (issue 8): admins only, opt-in by default, validated, and
 * each model request's tokens and cost added to the organisation's month inside the analysis transaction.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOrganisation } from '../../src/db/repo/organisations.js';
import { reviewOrgFor } from '../../src/db/repo/review.js';
import { auditLog, reviewUsage } from '../../src/db/schema/index.js';
import type { ActionDeps } from '../../src/flows/actions/deps.js';
import {
  getReviewSettings, getReviewUsage, recordReviewUsage, REVIEW_MANUAL_MAX_BYTES, setReviewAllowed, setReviewBudgets, setReviewManual, setReviewModel,
} from '../../src/flows/review-settings.js';
import { silentLogger } from '../../src/logger.js';
import type { ReviewMeta } from '../../src/review/index.js';
import { submission } from '../helpers/fakes.js';
import { startTestPipeline, type TestPipeline } from '../helpers/pipeline.js';
import { openTestDatabase, testJobsConfig, waitFor, type TestDatabase } from '../helpers/test-database.js';

let t: TestDatabase;
let p: TestPipeline;
let deps: ActionDeps;
const org = { platform: 'slack' as const, platformTeamId: 'T-review', name: 'レビュー株式会社' };
const admin = { platformUserId: 'U-admin', isWorkspaceAdmin: true };
const staff = { platformUserId: 'U-staff' };

const meta = (usage: { inputTokens: number; outputTokens: number } | null, costUsd: number | null, status: ReviewMeta['status'] = 'reviewed'): ReviewMeta => ({
  status, model: 'gpt-4o-mini', promptVersion: 'review-v1', grounding: 'playbook', usage, costUsd, durationMs: 10, sent: null,
});

beforeAll(async () => {
  t = await openTestDatabase();
  // A reviewer port that "reviews" every call for 1000 + 200 tokens, after reading the org's settings as compose does.
  p = await startTestPipeline(t.database, testJobsConfig(), {
    ports: {
      reviewer: async ({ result, org: o }) => {
        const settings = await reviewOrgFor(t.database.db, o);
        if (!settings.allowModel) return { ...result, review: meta(null, null, 'skipped') } as typeof result;
        return { ...result, review: meta({ inputTokens: 1000, outputTokens: 200 }, 0.00027) } as typeof result;
      },
    },
  });
  deps = { database: t.database, queue: p.queue, orgDefaults: { monthlyMinuteQuota: 3000, retentionDays: 90 }, logger: silentLogger };
}, 60_000);
afterAll(async () => {
  await p?.stop();
  await t?.close();
});

describe('review settings (platform-neutral)', () => {
  it('are off by default (opt-in) and can be read and changed by admins only', async () => {
    const first = await getReviewSettings(deps, { org, by: admin });
    expect(first).toMatchObject({ status: 'ok', settings: { allowModel: false, model: null, manual: null, usage: { requests: 0, costUsd: 0 } } });

    expect(await getReviewSettings(deps, { org, by: staff })).toEqual({ status: 'not_admin' });
    expect(await setReviewAllowed(deps, { org, by: staff, allowed: true })).toEqual({ status: 'not_admin' });
    expect(await setReviewModel(deps, { org, by: staff, model: 'gpt-4o' })).toEqual({ status: 'not_admin' });
    expect(await setReviewManual(deps, { org, by: staff, manual: '# 手順' })).toEqual({ status: 'not_admin' });

    expect(await setReviewAllowed(deps, { org, by: admin, allowed: true })).toEqual({ status: 'ok' });
    expect(await setReviewModel(deps, { org, by: admin, model: 'gpt-4.1-mini' })).toEqual({ status: 'ok' });
    expect(await setReviewBudgets(deps, { org, by: admin, maxInputTokens: 8000, maxOutputTokens: 1000 })).toEqual({ status: 'ok' });
    expect(await setReviewManual(deps, { org, by: admin, manual: '\uFEFF# 対応マニュアル\r\n毅然と対応する' })).toEqual({ status: 'ok' });

    // Not an admin's role yet, but the workspace admin got it on first use: the member is an admin now.
    expect((await getReviewSettings(deps, { org, by: { platformUserId: 'U-admin' } })).status).toBe('ok');

    const o = await ensureOrganisation(t.database.db, org, deps.orgDefaults);
    expect(await reviewOrgFor(t.database.db, o)).toEqual({
      allowModel: true, model: 'gpt-4.1-mini', language: 'ja', manual: '# 対応マニュアル\n毅然と対応する', maxInputTokens: 8000, maxOutputTokens: 1000,
    });
    const after = await getReviewSettings(deps, { org, by: admin });
    expect(after.status === 'ok' && after.settings.manual).toEqual({ chars: 17, bytes: Buffer.byteLength('# 対応マニュアル\n毅然と対応する') });
    expect(after.status === 'ok' && after.settings.manualUpdatedAt).toBeInstanceOf(Date);

    // Changes are audited; reads are not.
    const audited = await t.database.db.select({ subject: auditLog.subject }).from(auditLog).where(eq(auditLog.orgId, o.id));
    expect(audited.map((a) => a.subject).sort()).toEqual(['review_budget', 'review_manual', 'review_model', 'review_on']);

    expect(await setReviewAllowed(deps, { org, by: admin, allowed: false })).toEqual({ status: 'ok' });
    expect(await setReviewModel(deps, { org, by: admin, model: null })).toEqual({ status: 'ok' });
    expect(await reviewOrgFor(t.database.db, o)).toMatchObject({ allowModel: false, model: null, manual: '# 対応マニュアル\n毅然と対応する' });
    expect(await setReviewManual(deps, { org, by: admin, manual: null })).toEqual({ status: 'ok' });
    expect((await reviewOrgFor(t.database.db, o)).manual).toBeNull();
  });

  it('refuses bad model names, budgets out of range and manuals that are empty, binary or over 200 KB', async () => {
    expect(await setReviewModel(deps, { org, by: admin, model: 'gpt 4o; drop table' })).toEqual({ status: 'invalid', reason: 'model_name' });
    expect(await setReviewBudgets(deps, { org, by: admin, maxInputTokens: 10, maxOutputTokens: null })).toEqual({ status: 'invalid', reason: 'token_budget' });
    expect(await setReviewManual(deps, { org, by: admin, manual: '  \n ' })).toEqual({ status: 'invalid', reason: 'manual_empty' });
    expect(await setReviewManual(deps, { org, by: admin, manual: 'a\u0000b' })).toEqual({ status: 'invalid', reason: 'manual_binary' });
    expect(await setReviewManual(deps, { org, by: admin, manual: 'あ'.repeat(Math.ceil(REVIEW_MANUAL_MAX_BYTES / 3) + 1) })).toEqual({ status: 'invalid', reason: 'manual_too_large' });
    expect(await setReviewManual(deps, { org, by: admin, manual: 'a'.repeat(REVIEW_MANUAL_MAX_BYTES) })).toEqual({ status: 'ok' });
  });

  it('adds each request to its own month in the organisation time zone; no usage adds nothing', async () => {
    const o = await ensureOrganisation(t.database.db, { ...org, platformTeamId: 'T-usage' }, deps.orgDefaults);
    const base = { verdict: 'normal', warnings: [] } as never;
    await t.database.db.transaction(async (tx) => {
      await recordReviewUsage(tx, o, { ...(base as object), review: meta({ inputTokens: 1000, outputTokens: 100 }, 0.01) } as never, new Date('2031-03-10T00:00:00Z'));
      await recordReviewUsage(tx, o, { ...(base as object), review: meta({ inputTokens: 500, outputTokens: 50 }, null, 'fallback') } as never, new Date('2031-03-20T00:00:00Z'));
      // 2031-03-31T16:00Z is already April in Tokyo.
      await recordReviewUsage(tx, o, { ...(base as object), review: meta({ inputTokens: 10, outputTokens: 1 }, 0.5) } as never, new Date('2031-03-31T16:00:00Z'));
      await recordReviewUsage(tx, o, { ...(base as object), review: meta(null, null, 'skipped') } as never, new Date('2031-03-10T00:00:00Z'));
      await recordReviewUsage(tx, o, base, new Date('2031-03-10T00:00:00Z'));
    });
    const rows = await t.database.db.select().from(reviewUsage).where(eq(reviewUsage.orgId, o.id)).orderBy(reviewUsage.month);
    expect(rows.map((r) => ({ month: r.month, requests: r.requests, inputTokens: r.inputTokens, outputTokens: r.outputTokens, costUsd: r.costUsd, unpricedRequests: r.unpricedRequests }))).toEqual([
      { month: '2031-03', requests: 2, inputTokens: 1500, outputTokens: 150, costUsd: 0.01, unpricedRequests: 1 },
      { month: '2031-04', requests: 1, inputTokens: 10, outputTokens: 1, costUsd: 0.5, unpricedRequests: 0 },
    ]);
  });

  it('records the review usage of an analysed call with the analysis, and shows it as this month\'s usage', async () => {
    const team = 'T-pipeline';
    const ref = { ...org, platformTeamId: team };
    await setReviewAllowed(deps, { org: ref, by: admin, allowed: true });
    for (let i = 0; i < 2; i += 1) {
      const out = await p.submit(submission({ team, content: `risk=80;dur=60;n=usage${i}` }));
      expect(out.status).toBe('queued');
    }
    const o = await ensureOrganisation(t.database.db, ref, deps.orgDefaults);
    await waitFor('two analyses', async () => {
      const rows = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from analyses where org_id = ${o.id}`);
      const list = (Array.isArray(rows) ? rows : (rows as { rows: { n: number }[] }).rows) as { n: number }[];
      return list[0]!.n === 2 || undefined;
    });
    const usage = await getReviewUsage(deps, { org: ref, by: admin });
    expect(usage).toMatchObject({ status: 'ok', usage: { requests: 2, inputTokens: 2000, outputTokens: 400, unpricedRequests: 0 } });
    expect(usage.status === 'ok' && usage.usage.costUsd).toBeCloseTo(0.00054, 8);

    // Off: the reviewer skips, nothing more is counted.
    await setReviewAllowed(deps, { org: ref, by: admin, allowed: false });
    await p.submit(submission({ team, content: 'risk=80;dur=60;n=usage-off' }));
    await waitFor('third analysis', async () => {
      const rows = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from analyses where org_id = ${o.id}`);
      const list = (Array.isArray(rows) ? rows : (rows as { rows: { n: number }[] }).rows) as { n: number }[];
      return list[0]!.n === 3 || undefined;
    });
    expect(await getReviewUsage(deps, { org: ref, by: admin })).toMatchObject({ status: 'ok', usage: { requests: 2 } });
  });
});
