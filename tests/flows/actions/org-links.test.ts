/**
 * Sharing settings between a Slack workspace and a Teams tenant (issue 5): one-time codes (issued by
 * an admin, redeemed once, within 15 minutes, on the other platform), no chains, the shared settings
 * read through effectiveSettings by the analysis job, and unlink restoring independence.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOrganisation } from '../../../src/db/repo/organisations.js';
import { alerts, auditLog, organisationLinkCodes, organisations } from '../../../src/db/schema/index.js';
import type { ActionDeps, Actor, OrgRef } from '../../../src/flows/actions/deps.js';
import { effectiveSettings, issueLinkCode, LINK_CODE_TTL_MS, redeemLinkCode, runLinkCommand, unlinkOrganisation } from '../../../src/flows/actions/org-links.js';
import { getSettings, setAlertLevel, setDepartmentChannel, setLanguage, setSupervisor } from '../../../src/flows/actions/settings.js';
import { sweepRetention } from '../../../src/flows/retention-sweep.js';
import { silentLogger } from '../../../src/logger.js';
import { submission } from '../../helpers/fakes.js';
import { startTestPipeline, type TestPipeline } from '../../helpers/pipeline.js';
import { openTestDatabase, testJobsConfig, waitFor, type TestDatabase } from '../../helpers/test-database.js';

let t: TestDatabase;
let p: TestPipeline;
let deps: ActionDeps;
const slack = { platform: 'slack' as const, platformTeamId: 'T1', name: 'テスト株式会社' };
const teams = { platform: 'teams' as const, platformTeamId: 'tenant-1', name: 'テスト株式会社 (Teams)' };
const teams2 = { platform: 'teams' as const, platformTeamId: 'tenant-2', name: '別会社' };
const slackAdmin = { platformUserId: 'U-admin', isWorkspaceAdmin: true };
const teamsAdmin = { platformUserId: 'aad-admin', isWorkspaceAdmin: true };

beforeAll(async () => {
  t = await openTestDatabase();
  p = await startTestPipeline(t.database, testJobsConfig());
  deps = { database: t.database, queue: p.queue, orgDefaults: { monthlyMinuteQuota: 3000, retentionDays: 90 }, logger: silentLogger };
}, 60_000);
afterAll(async () => {
  await p?.stop();
  await t?.close();
});

async function code(org: OrgRef = slack, by: Actor = slackAdmin, d: ActionDeps = deps): Promise<string> {
  const out = await issueLinkCode(d, { org, by });
  if (out.status !== 'ok') throw new Error(out.status);
  return out.code;
}

/** Analyses a file in the Slack workspace and tells whether its supervisor was alerted. */
async function slackAlerted(risk: number): Promise<boolean> {
  const out = await p.submit(submission({ content: `risk=${risk};verdict=kasuhara;dur=60;n=${Math.random()}`, user: 'U-staff' }));
  if (out.status !== 'queued') throw new Error(out.status);
  const analysisId = await waitFor('analysis', async () => {
    const rows = await t.database.db.execute<{ id: string }>(sql`select id from analyses where submission_id = ${out.submissionId}`);
    const list = (Array.isArray(rows) ? rows : (rows as { rows: { id: string }[] }).rows) as { id: string }[];
    return list[0]?.id;
  });
  return (await t.database.db.select().from(alerts).where(eq(alerts.analysisId, analysisId))).length > 0;
}

describe('organisation links (platform-neutral flows)', () => {
  it('only an admin issues or redeems a code; codes are stored hashed', async () => {
    expect((await issueLinkCode(deps, { org: slack, by: { platformUserId: 'U-staff' } })).status).toBe('not_admin');
    const c = await code();
    expect(c).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    const stored = await t.database.db.select().from(organisationLinkCodes);
    expect(stored.some((r) => r.codeHash.includes(c))).toBe(false);
    expect((await redeemLinkCode(deps, { org: teams, by: { platformUserId: 'aad-staff' }, code: c })).status).toBe('not_admin');
  });

  it('a code expires after 15 minutes and is refused on its own platform', async () => {
    const c = await code();
    const late = { ...deps, now: () => new Date(Date.now() + LINK_CODE_TTL_MS + 1000) };
    expect(await redeemLinkCode(late, { org: teams, by: teamsAdmin, code: c })).toEqual({ status: 'refused', reason: 'bad_code' });
    const c2 = await code();
    expect(await redeemLinkCode(deps, { org: { ...slack, platformTeamId: 'T-other' }, by: slackAdmin, code: c2 })).toEqual({ status: 'refused', reason: 'same_platform' });
    expect(await redeemLinkCode(deps, { org: slack, by: slackAdmin, code: c2 })).toEqual({ status: 'refused', reason: 'same_org' });
  });

  it('links once; the Teams side then reads and writes the Slack settings; no chains', async () => {
    expect((await setSupervisor(deps, { org: slack, by: slackAdmin, staff: ['U-staff'], supervisor: 'U-boss' })).status).toBe('ok');
    expect((await setAlertLevel(deps, { org: slack, by: slackAdmin, level: 'high' })).status).toBe('ok');
    expect(await slackAlerted(50)).toBe(false); // level high: risk 70 and up

    const c = await code();
    const linked = await redeemLinkCode(deps, { org: teams, by: teamsAdmin, code: `${c.slice(0, 4).toLowerCase()}-${c.slice(4)}` });
    expect(linked).toMatchObject({ status: 'ok', owner: { platform: 'slack' } });
    // Used once: another tenant cannot reuse it.
    expect(await redeemLinkCode(deps, { org: teams2, by: teamsAdmin, code: c })).toEqual({ status: 'refused', reason: 'bad_code' });

    // Setting the alert level and language from Teams writes them on the Slack organisation.
    expect((await setAlertLevel(deps, { org: teams, by: teamsAdmin, level: 'medium' })).status).toBe('ok');
    expect((await setLanguage(deps, { org: teams, by: teamsAdmin, language: 'en' })).status).toBe('ok');
    expect(await slackAlerted(50)).toBe(true);
    const s = await getSettings(deps, slack);
    expect(s).toMatchObject({ alertLevel: 'medium', language: 'en', link: { role: 'owner', platforms: ['teams'] } });
    const ts = await getSettings(deps, teams);
    expect(ts).toMatchObject({ alertLevel: 'medium', language: 'en', link: { role: 'linked', platforms: ['slack'] } });

    // Retention and quota: the owner's values (and one pool of minutes).
    const slackOrg = await ensureOrganisation(t.database.db, slack, deps.orgDefaults);
    await t.database.db.update(organisations).set({ retentionDays: 30, monthlyMinuteQuota: 600 }).where(eq(organisations.id, slackOrg.id));
    const teamsOrg = await ensureOrganisation(t.database.db, teams, deps.orgDefaults);
    expect(await effectiveSettings(t.database.db, teamsOrg)).toMatchObject({ retentionDays: 30, monthlyMinuteQuota: 600, usage: { id: slackOrg.id } });
    expect((await getSettings(deps, teams)).quota).toEqual((await getSettings(deps, slack)).quota);
    expect((await sweepRetention({ ...deps })).organisations).toBeGreaterThanOrEqual(0);

    // Not shared: the department channel stays per platform.
    expect((await setDepartmentChannel(deps, { org: teams, by: teamsAdmin, channel: '19:dept@thread.tacv2' })).status).toBe('ok');
    expect((await getSettings(deps, slack)).departmentChannel).toBeNull();

    // No chains: a linked organisation cannot issue a code, an owner cannot be linked.
    expect(await issueLinkCode(deps, { org: teams, by: teamsAdmin })).toEqual({ status: 'refused', reason: 'already_linked' });
    const other = await code(teams2, teamsAdmin);
    expect(await redeemLinkCode(deps, { org: slack, by: slackAdmin, code: other })).toEqual({ status: 'refused', reason: 'owns_others' });

    const audited = await t.database.db.select().from(auditLog).where(sql`${auditLog.subject} in ('org_link', 'org_linked')`);
    expect(audited.map((a) => a.orgId).sort()).toEqual([slackOrg.id, teamsOrg.id].sort());
  });

  it('unlink restores independence', async () => {
    expect((await unlinkOrganisation(deps, { org: teams, by: { platformUserId: 'aad-staff' } })).status).toBe('not_admin');
    expect(await unlinkOrganisation(deps, { org: teams, by: teamsAdmin })).toMatchObject({ status: 'ok', platforms: ['slack'] });
    expect(await unlinkOrganisation(deps, { org: teams, by: teamsAdmin })).toEqual({ status: 'refused', reason: 'not_linked' });
    // Teams goes back to its own stored values; a change there no longer reaches Slack.
    expect(await getSettings(deps, teams)).toMatchObject({ alertLevel: 'all', language: 'ja', link: null });
    expect((await setAlertLevel(deps, { org: teams, by: teamsAdmin, level: 'low' })).status).toBe('ok');
    expect((await getSettings(deps, slack)).alertLevel).toBe('medium');
    expect((await setAlertLevel(deps, { org: slack, by: slackAdmin, level: 'high' })).status).toBe('ok');
    expect(await slackAlerted(50)).toBe(false);
  });

  it('the command speaks the admin\'s language and explains what is not shared', async () => {
    const issued = await runLinkCommand(deps, { org: slack, by: slackAdmin, language: 'ja', verb: 'link', args: '' });
    const c = /\*([A-Z0-9]{8})\*/.exec(issued ?? '')?.[1];
    expect(c).toBeTruthy();
    const reply = await runLinkCommand(deps, { org: teams, by: teamsAdmin, language: 'en', verb: 'link', args: c! });
    expect(reply).toMatch(/Linked to the Slack organisation/);
    expect(reply).toMatch(/department channel and supervisor assignments are not shared/);
    expect(await runLinkCommand(deps, { org: teams, by: teamsAdmin, language: 'en', verb: 'settings', args: '' })).toBeNull();
    expect(await runLinkCommand(deps, { org: slack, by: slackAdmin, language: 'ja', verb: 'unlink', args: '' })).toMatch(/連携を解除しました/);
  });
});
