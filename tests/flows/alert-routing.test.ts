/**
 * Who an analysis alerts, through the real pipeline (pg-boss workers, outbox delivery): by default
 * every call judged harassment alerts its supervisors whatever the risk, with the level in the alert;
 * `high` stays a setting. An alert with nobody to go to is never dropped in silence.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMember, ensureOrganisation } from '../../src/db/repo/organisations.js';
import { outbox, submissions } from '../../src/db/schema/index.js';
import { setAlertLevel, setDepartmentChannel, setSupervisor } from '../../src/flows/actions/settings.js';
import { dashboardViews } from '../../src/flows/insights/views/dashboard.js';
import { silentLogger } from '../../src/logger.js';
import { submission } from '../helpers/fakes.js';
import { ORG_DEFAULTS, startTestPipeline, type TestPipeline } from '../helpers/pipeline.js';
import { openTestDatabase, testJobsConfig, waitFor, type TestDatabase } from '../helpers/test-database.js';

let t: TestDatabase;
let p: TestPipeline;

beforeAll(async () => {
  t = await openTestDatabase();
  p = await startTestPipeline(t.database, testJobsConfig());
}, 30_000);
afterAll(async () => {
  await p?.stop();
  await t?.close();
}, 30_000);

const db = () => t.database.db;
const settingsDeps = () => ({ database: t.database, orgDefaults: ORG_DEFAULTS, logger: silentLogger });

/** Submits a call and waits until it is analysed and every message it caused has been sent. */
async function analysed(team: string, content: string, messages: number) {
  const out = await p.submit(submission({ team, content }));
  if (out.status !== 'queued') throw new Error(out.status);
  await waitFor(`submission ${out.submissionId} analysed`, async () => {
    const [s] = await db().select().from(submissions).where(eq(submissions.id, out.submissionId));
    return s?.status === 'analysed' ? s : undefined;
  });
  return waitFor(`${messages} messages of ${out.submissionId} sent`, async () => {
    const rows = await db().select().from(outbox).where(sql`${outbox.payload}->>'submissionId' = ${out.submissionId}`);
    return rows.length === messages && rows.every((r) => r.status === 'sent') ? rows : undefined;
  });
}

describe('the default alert level', () => {
  it('alerts the supervisors for every call judged harassment, a medium one (risk 65) included, with its level', async () => {
    const org = await ensureOrganisation(db(), { platform: 'slack', platformTeamId: 'T-default-level', name: 'x' }, ORG_DEFAULTS);
    await ensureMember(db(), org.id, { platformUserId: 'U-boss', roles: ['supervisor'] });
    const sent = await analysed('T-default-level', 'risk=65;dur=120;verdict=kasuhara;n=medium', 2);
    const alert = sent.find((m) => m.kind === 'alert');
    expect(alert?.target).toEqual({ type: 'user', platformUserId: 'U-boss' });
    expect(alert?.payload).toMatchObject({ verdict: 'kasuhara', risk: 65, level: 'medium' });
  });

  it('alerts nobody for a legitimate complaint, however high its risk', async () => {
    const org = await ensureOrganisation(db(), { platform: 'slack', platformTeamId: 'T-default-complaint', name: 'x' }, ORG_DEFAULTS);
    await ensureMember(db(), org.id, { platformUserId: 'U-boss', roles: ['supervisor'] });
    const sent = await analysed('T-default-complaint', 'risk=80;dur=120;verdict=complaint', 1);
    expect(sent.map((m) => m.kind)).toEqual(['analysis_result']);
  });

  it('`high` stays a setting: a medium call then alerts nobody, a high one does', async () => {
    const org = await ensureOrganisation(db(), { platform: 'slack', platformTeamId: 'T-high', name: 'x' }, ORG_DEFAULTS);
    await ensureMember(db(), org.id, { platformUserId: 'U-boss', roles: ['supervisor'] });
    const ref = { platform: 'slack' as const, platformTeamId: 'T-high', name: 'x' };
    expect(await setAlertLevel(settingsDeps(), { org: ref, by: { platformUserId: 'U-admin', isWorkspaceAdmin: true }, level: 'high' })).toEqual({ status: 'ok' });
    expect((await analysed('T-high', 'risk=65;dur=120;verdict=kasuhara;n=high-medium', 1)).map((m) => m.kind)).toEqual(['analysis_result']);
    expect((await analysed('T-high', 'risk=75;dur=120;verdict=kasuhara;n=high-high', 2)).map((m) => m.kind).sort()).toEqual(['alert', 'analysis_result']);
  });
});

describe('an alert with nobody to go to', () => {
  const ref = { platform: 'slack' as const, platformTeamId: 'T-nobody', name: 'x' };
  const admin = { platformUserId: 'U-admin', isWorkspaceAdmin: true };
  const notices = () => db().select().from(outbox).where(sql`${outbox.kind} = 'admin_notice' and ${outbox.orgId} = (select id from organisations where platform_team_id = 'T-nobody')`);
  const dashboardTexts = async () => {
    const org = await ensureOrganisation(db(), ref, ORG_DEFAULTS);
    const me = await ensureMember(db(), org.id, { platformUserId: 'U-admin' });
    return JSON.stringify(await dashboardViews(db(), org, me, new Date()));
  };

  it('says so in the answer, tells the admins once how to set it up, and lists it on their dashboard until a supervisor is set', async () => {
    const org = await ensureOrganisation(db(), ref, ORG_DEFAULTS);
    await ensureMember(db(), org.id, { platformUserId: 'U-admin', roles: ['admin'] });

    const first = await analysed('T-nobody', 'risk=100;dur=120;verdict=kasuhara;n=nobody-1', 1);
    expect(first[0]!.payload).toMatchObject({ alertWithoutRecipient: true });
    const [notice] = await waitFor('the admins told', async () => {
      const rows = await notices();
      return rows.length === 1 && rows[0]!.status === 'sent' ? rows : undefined;
    });
    expect(notice!.target).toEqual({ type: 'user', platformUserId: 'U-admin' });
    expect(JSON.stringify(notice!.payload)).toContain('/mamori-admin supervisor @スタッフ @上長');
    expect(p.messenger.posts.some((m) => m.id === notice!.id)).toBe(true);

    // A second call: said in its answer again, but the admins are not told again.
    const second = await analysed('T-nobody', 'risk=65;dur=120;verdict=kasuhara;n=nobody-2', 1);
    expect(second[0]!.payload).toMatchObject({ alertWithoutRecipient: true });
    expect(await notices()).toHaveLength(1);
    expect(await dashboardTexts()).toContain('通知先のないアラート（2件）');

    expect(await setSupervisor(settingsDeps(), { org: ref, by: admin, staff: ['U-staff'], supervisor: 'U-boss' })).toEqual({ status: 'ok' });
    expect(await dashboardTexts()).not.toContain('通知先のないアラート');
    const third = await analysed('T-nobody', 'risk=90;dur=120;verdict=kasuhara;n=nobody-3', 2);
    expect(third.map((m) => m.kind).sort()).toEqual(['alert', 'analysis_result']);
    expect(third.find((m) => m.kind === 'analysis_result')!.payload.alertWithoutRecipient).toBeUndefined();
  });

  it('a department channel is a recipient: nothing is said and nobody else is told', async () => {
    const team = { platform: 'slack' as const, platformTeamId: 'T-dept-only', name: 'x' };
    const org = await ensureOrganisation(db(), team, ORG_DEFAULTS);
    await ensureMember(db(), org.id, { platformUserId: 'U-admin', roles: ['admin'] });
    expect(await setDepartmentChannel(settingsDeps(), { org: team, by: admin, channel: 'C-dept' })).toEqual({ status: 'ok' });
    const sent = await analysed('T-dept-only', 'risk=100;dur=120;verdict=kasuhara;n=dept-only', 2);
    expect(sent.map((m) => [m.kind, m.target])).toContainEqual(['alert', { type: 'channel', channel: 'C-dept' }]);
    expect(sent.find((m) => m.kind === 'analysis_result')!.payload.alertWithoutRecipient).toBeUndefined();
    expect(await db().select().from(outbox).where(sql`${outbox.kind} = 'admin_notice' and ${outbox.orgId} = ${org.id}`)).toHaveLength(0);
  });
});
