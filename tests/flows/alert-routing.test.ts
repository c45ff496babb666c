/**
 * Who an analysis alerts, through the real pipeline (pg-boss workers, outbox delivery): by default
 * every call judged harassment alerts its supervisors whatever the risk, with the level in the alert;
 * `high` stays a setting.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMember, ensureOrganisation } from '../../src/db/repo/organisations.js';
import { outbox, submissions } from '../../src/db/schema/index.js';
import { setAlertLevel } from '../../src/flows/actions/settings.js';
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
