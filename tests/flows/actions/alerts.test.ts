import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alerts, outbox } from '../../../src/db/schema/index.js';
import { acknowledgeAlert, consultSupervisor, resendUnacknowledgedAlerts } from '../../../src/flows/actions/alerts.js';
import type { ActionDeps } from '../../../src/flows/actions/deps.js';
import { reportFeedback } from '../../../src/flows/actions/feedback.js';
import { setAlertLevel, setSupervisor, getSettings } from '../../../src/flows/actions/settings.js';
import { silentLogger } from '../../../src/logger.js';
import { submission } from '../../helpers/fakes.js';
import { startTestPipeline, type TestPipeline } from '../../helpers/pipeline.js';
import { openTestDatabase, testJobsConfig, waitFor, type TestDatabase } from '../../helpers/test-database.js';

let t: TestDatabase;
let p: TestPipeline;
let deps: ActionDeps;
const org = { platform: 'slack' as const, platformTeamId: 'T1', name: 'テスト株式会社' };
const admin = { platformUserId: 'U-admin', isWorkspaceAdmin: true };

beforeAll(async () => {
  t = await openTestDatabase();
  p = await startTestPipeline(t.database, testJobsConfig());
  deps = { database: t.database, queue: p.queue, orgDefaults: { monthlyMinuteQuota: 3000, retentionDays: 90 }, logger: silentLogger };
}, 60_000);
afterAll(async () => {
  await p?.stop();
  await t?.close();
});

async function analysed(content: string) {
  const out = await p.submit(submission({ content, user: 'U-staff' }));
  if (out.status !== 'queued') throw new Error(out.status);
  return waitFor('analysis', async () => {
    const rows = await t.database.db.execute<{ id: string }>(sql`select id from analyses where submission_id = ${out.submissionId}`);
    const list = (Array.isArray(rows) ? rows : (rows as { rows: { id: string }[] }).rows) as { id: string }[];
    return list[0]?.id;
  });
}

describe('action flows (platform-neutral)', () => {
  it('settings need an admin; supervisor links and the alert level are stored', async () => {
    expect((await setAlertLevel(deps, { org, by: { platformUserId: 'U-x' }, level: 'medium' })).status).toBe('not_admin');
    expect((await setSupervisor(deps, { org, by: admin, staff: ['U-staff'], supervisor: 'U-boss' })).status).toBe('ok');
    expect((await setAlertLevel(deps, { org, by: admin, level: 'medium' })).status).toBe('ok');
    const s = await getSettings(deps, org);
    expect(s.alertLevel).toBe('medium');
    expect(s.supervisors).toEqual([{ staff: 'U-staff', supervisors: ['U-boss'] }]);
  });

  it('consult, re-alert after the delay, then acknowledge updates every posted copy', async () => {
    const analysisId = await analysed('risk=30;dur=60;n=consult');
    expect((await consultSupervisor(deps, { org, analysisId, by: { platformUserId: 'U-staff' } })).status).toBe('sent');
    expect((await consultSupervisor(deps, { org, analysisId, by: { platformUserId: 'U-staff' } })).status).toBe('already_sent');
    await waitFor('consult sent', async () => (await t.database.db.select().from(outbox).where(eq(outbox.dedupeKey, `consult:${analysisId}:${(await t.database.db.select().from(alerts).where(eq(alerts.analysisId, analysisId)))[0]!.recipientId}`)))[0]?.status === 'sent');
    const later = () => new Date(Date.now() + 3600_000);
    expect(await resendUnacknowledgedAlerts({ ...deps, now: later }, { delaySeconds: 60 })).toBe(1);
    expect(await resendUnacknowledgedAlerts({ ...deps, now: later }, { delaySeconds: 60 })).toBe(0);
    await waitFor('reminder sent', async () => (await t.database.db.select().from(outbox).where(sql`${outbox.dedupeKey} like 'realert:%'`)).every((r) => r.status === 'sent'));
    const ack = await acknowledgeAlert(deps, { org, analysisId, by: { platformUserId: 'U-boss' } });
    expect(ack).toMatchObject({ status: 'acknowledged', copies: 2 });
    const again = await acknowledgeAlert(deps, { org, analysisId, by: { platformUserId: 'U-other' } });
    expect(again).toMatchObject({ status: 'already', byPlatformUserId: 'U-boss' });
  });

  it('feedback: recorded once per person, unknown analyses refused', async () => {
    const analysisId = await analysed('risk=80;dur=60;n=fb');
    expect((await reportFeedback(deps, { org, analysisId, kind: 'false_positive', by: { platformUserId: 'U-staff' } })).status).toBe('recorded');
    expect((await reportFeedback(deps, { org, analysisId, kind: 'missed', by: { platformUserId: 'U-staff' }, note: 'x' })).status).toBe('recorded');
    expect((await reportFeedback(deps, { org, analysisId: '00000000-0000-0000-0000-000000000000', kind: 'missed', by: { platformUserId: 'U-staff' } })).status).toBe('not_found');
    expect((await reportFeedback(deps, { org: { ...org, platformTeamId: 'T-other' }, analysisId, kind: 'missed', by: { platformUserId: 'U-staff' } })).status).toBe('not_found');
  });
});
