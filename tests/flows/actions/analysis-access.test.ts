/**
 * Who may open an analysis (全文を見る) and report on it (誤検知 / 見逃し): the sharer, their
 * supervisors and admins — one decision for Slack and Teams (issue 14 §5). Holding the analysis id,
 * which sits in every answer and alert button, is not enough.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAnalysis } from '../../../src/flows/actions/analysis-lookup.js';
import type { ActionDeps } from '../../../src/flows/actions/deps.js';
import { reportFeedback } from '../../../src/flows/actions/feedback.js';
import { setSupervisor } from '../../../src/flows/actions/settings.js';
import { silentLogger } from '../../../src/logger.js';
import { submission } from '../../helpers/fakes.js';
import { startTestPipeline, type TestPipeline } from '../../helpers/pipeline.js';
import { openTestDatabase, testJobsConfig, waitFor, type TestDatabase } from '../../helpers/test-database.js';

let t: TestDatabase;
let p: TestPipeline;
let deps: ActionDeps;
const org = { platform: 'slack' as const, platformTeamId: 'T-access', name: 'テスト株式会社' };
const workspaceAdmin = { platformUserId: 'U-owner', isWorkspaceAdmin: true };

beforeAll(async () => {
  t = await openTestDatabase();
  p = await startTestPipeline(t.database, testJobsConfig());
  deps = { database: t.database, queue: p.queue, orgDefaults: { monthlyMinuteQuota: 3000, retentionDays: 90 }, logger: silentLogger };
  // U-staff reports to U-boss; U-other reports to U-otherboss. U-owner became an admin by changing a setting.
  expect((await setSupervisor(deps, { org, by: workspaceAdmin, staff: ['U-staff'], supervisor: 'U-boss' })).status).toBe('ok');
  expect((await setSupervisor(deps, { org, by: workspaceAdmin, staff: ['U-other'], supervisor: 'U-otherboss' })).status).toBe('ok');
}, 60_000);
afterAll(async () => {
  await p?.stop();
  await t?.close();
});

async function analysedFor(user: string, n: string) {
  const out = await p.submit(submission({ content: `risk=80;dur=60;n=${n}`, user, team: org.platformTeamId }));
  if (out.status !== 'queued') throw new Error(out.status);
  return waitFor('analysis', async () => {
    const rows = await t.database.db.execute<{ id: string }>(sql`select id from analyses where submission_id = ${out.submissionId}`);
    const list = (Array.isArray(rows) ? rows : (rows as { rows: { id: string }[] }).rows) as { id: string }[];
    return list[0]?.id;
  });
}

describe('analysis access', () => {
  it('the sharer, their supervisor and an admin may open it and report on it', async () => {
    const id = await analysedFor('U-staff', 'allowed');
    for (const by of [{ platformUserId: 'U-staff' }, { platformUserId: 'U-boss' }, { platformUserId: 'U-owner' }, { platformUserId: 'U-new-admin', isWorkspaceAdmin: true }]) {
      expect((await findAnalysis(deps, org, id, by)).status, by.platformUserId).toBe('ok');
      expect((await reportFeedback(deps, { org, analysisId: id, kind: 'false_positive', by })).status, by.platformUserId).toBe('recorded');
    }
  });

  it('a colleague, another team’s supervisor and a stranger holding the id are refused', async () => {
    const id = await analysedFor('U-staff', 'refused');
    // U-other has shared something, so is a member of the organisation like any colleague.
    await analysedFor('U-other', 'colleague');
    for (const by of [{ platformUserId: 'U-other' }, { platformUserId: 'U-otherboss' }, { platformUserId: 'U-never-seen' }]) {
      expect(await findAnalysis(deps, org, id, by), by.platformUserId).toEqual({ status: 'forbidden' });
      expect((await reportFeedback(deps, { org, analysisId: id, kind: 'missed', by, note: 'x' })).status, by.platformUserId).toBe('forbidden');
    }
  });

  it('another organisation’s id stays not found, whoever asks', async () => {
    const id = await analysedFor('U-staff', 'other-org');
    const elsewhere = { ...org, platformTeamId: 'T-elsewhere' };
    expect(await findAnalysis(deps, elsewhere, id, { platformUserId: 'U-x', isWorkspaceAdmin: true })).toEqual({ status: 'not_found' });
    expect(await findAnalysis(deps, org, '00000000-0000-0000-0000-000000000000', { platformUserId: 'U-staff' })).toEqual({ status: 'not_found' });
  });
});
