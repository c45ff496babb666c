/**
 * The admin command for retention and the monthly minutes (src/flows/actions/data-settings.ts), the one
 * flow both platforms call: what it reads from the words typed, who may use it, what it refuses and
 * why, that every change is audited with the values before and after, that the retention sweep then
 * keeps and deletes by the new value, and that a linked organisation's change lands on its settings
 * owner. Organisations keep what they have when the defaults change.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMember, ensureOrganisation } from '../../../src/db/repo/organisations.js';
import { analyses, auditLog, members, organisationLinks, organisations, submissions } from '../../../src/db/schema/index.js';
import { parseDataCommand, runDataCommand } from '../../../src/flows/actions/data-settings.js';
import type { OrgRef } from '../../../src/flows/actions/deps.js';
import { sweepRetention } from '../../../src/flows/retention-sweep.js';
import { silentLogger } from '../../../src/logger.js';
import { fakeAnalyser } from '../../helpers/fakes.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

describe('parseDataCommand', () => {
  it('reads retention and quota in English and Japanese, with units and full-width digits', () => {
    expect(parseDataCommand('settings', '')).toBeNull();
    expect(parseDataCommand('retention', '')).toEqual({ kind: 'show' });
    expect(parseDataCommand('保存期間', '')).toEqual({ kind: 'show' });
    expect(parseDataCommand('quota', '')).toEqual({ kind: 'show' });
    expect(parseDataCommand('retention', '365')).toEqual({ kind: 'retention', days: 365, confirmed: false });
    expect(parseDataCommand('保存期間', '１８０日')).toEqual({ kind: 'retention', days: 180, confirmed: false });
    expect(parseDataCommand('RETENTION', '60 days confirm')).toEqual({ kind: 'retention', days: 60, confirmed: true });
    expect(parseDataCommand('保存期間', '30 確認')).toEqual({ kind: 'retention', days: 30, confirmed: true });
    expect(parseDataCommand('retention', '30 please')).toEqual({ kind: 'help' });
    expect(parseDataCommand('retention', 'forever')).toEqual({ kind: 'bad_number', text: 'forever' });
    expect(parseDataCommand('quota', '6,000')).toEqual({ kind: 'quota', minutes: 6000 });
    expect(parseDataCommand('上限', '1200分')).toEqual({ kind: 'quota', minutes: 1200 });
    expect(parseDataCommand('quota', 'unlimited')).toEqual({ kind: 'quota', minutes: 0 });
    expect(parseDataCommand('上限', '無制限')).toEqual({ kind: 'quota', minutes: 0 });
    expect(parseDataCommand('quota', '-5')).toEqual({ kind: 'bad_number', text: '-5' });
  });
});

describe('runDataCommand', () => {
  let t: TestDatabase;
  const defaults = { monthlyMinuteQuota: 3000, retentionDays: 365 };
  const deps = () => ({ database: t.database, orgDefaults: defaults, logger: silentLogger });
  const org: OrgRef = { platform: 'slack', platformTeamId: 'T-data', name: 'テスト株式会社' };
  const admin = { platformUserId: 'U-admin', isWorkspaceAdmin: true };
  const staff = { platformUserId: 'U-staff' };
  const say = (args: string, verb = 'retention', by: { platformUserId: string; isWorkspaceAdmin?: boolean } = admin, language: 'ja' | 'en' = 'ja') =>
    runDataCommand(deps(), { org, by, language, verb, args, prefix: '/mamori-admin' });
  const current = async (ref: OrgRef = org) => {
    const [o] = await t.database.db.select().from(organisations)
      .where(and(eq(organisations.platform, ref.platform), eq(organisations.platformTeamId, ref.platformTeamId)));
    return o!;
  };

  beforeAll(async () => {
    t = await openTestDatabase();
  }, 60_000);
  afterAll(async () => t?.close());

  it('shows a new organisation the default of 365 days and its minutes, with how to change them', async () => {
    const text = await say('');
    expect(text).toContain('保存期間: 365日');
    expect(text).toContain('月 3,000分（今月 0分 使用、残り 3,000分）');
    expect(text).toContain('`/mamori-admin retention 日数`');
  });

  it('refuses fewer than 30 days with the reason, and more than ten years, changing nothing', async () => {
    expect(await say('29')).toMatch(/保存期間は30日以上にしてください（指定: 29日）.*設定は変更していません/s);
    expect(await say('7', 'retention', admin, 'en')).toMatch(/Retention must be at least 30 days \(you gave 7\)/);
    expect(await say('3651')).toMatch(/3,650日/);
    expect(await say('ずっと')).toMatch(/「ずっと」は日数・分数として読めません/);
    expect((await current()).retentionDays).toBe(365);
  });

  it('asks before shortening (older records go at the next sweep), then changes it, audited with before and after', async () => {
    expect(await say('30')).toMatch(/365日から30日に短くすると.*`\/mamori-admin retention 30 確認`/s);
    expect((await current()).retentionDays).toBe(365);
    expect(await say('30 確認')).toMatch(/保存期間を365日から30日に変更しました/);
    expect((await current()).retentionDays).toBe(30);
    // Lengthening needs no confirmation.
    expect(await say('400 days')).toMatch(/30日から400日に変更しました/);
    expect(await say('400')).toMatch(/現在と同じ値/);
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'settings_change'), eq(auditLog.subject, 'retention_days')));
    expect(audit.map((a) => a.detail)).toEqual([{ before: 365, after: 30 }, { before: 30, after: 400 }]);
    const [adminMember] = await t.database.db.select().from(members).where(eq(members.platformUserId, 'U-admin'));
    expect(audit.every((a) => a.actor === adminMember!.id && a.orgId === adminMember!.orgId)).toBe(true);
  });

  it('changes the monthly minutes, 0 meaning no limit, audited', async () => {
    expect(await say('6000', 'quota')).toMatch(/月 3,000分から月 6,000分に変更しました/);
    expect(await say('無制限', '上限')).toMatch(/月 6,000分からなしに変更しました[\s\S]*解析時間の上限: なし/);
    expect(await say('12000000', 'quota')).toMatch(/10,000,000分まで/);
    expect((await current()).monthlyMinuteQuota).toBe(0);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.subject, 'monthly_minute_quota'));
    expect(audit.map((a) => a.detail)).toEqual([{ before: 3000, after: 6000 }, { before: 6000, after: 0 }]);
  });

  it('is for admins only, reading included', async () => {
    expect(await say('', 'retention', staff)).toMatch(/管理者だけ/);
    expect(await say('3650', 'retention', staff)).toMatch(/管理者だけ/);
    expect(await say('10', 'quota', staff, 'en')).toMatch(/Only mamori admins/);
    expect(await current()).toMatchObject({ retentionDays: 400, monthlyMinuteQuota: 0 });
  });

  it('drives the retention sweep: a 100-day-old result is kept at 365 days and deleted after `retention 90`', async () => {
    const db = t.database.db;
    const o = await ensureOrganisation(db, { platform: 'slack', platformTeamId: 'T-sweep', name: 'x' }, defaults);
    const m = await ensureMember(db, o.id, { platformUserId: 'U-s' });
    const old = new Date(Date.now() - 100 * 86_400_000);
    const r = fakeAnalyser('risk=10;dur=60', 'old.vtt');
    const [sub] = await db.insert(submissions).values({
      orgId: o.id, submittedBy: m.id, source: 'cli', platformFileId: 'F-old', fileName: 'old.vtt', fileType: 'text/vtt', sizeBytes: 1,
      replyTo: { channel: 'C' }, status: 'analysed', createdAt: old,
    }).returning();
    await db.insert(analyses).values({
      submissionId: sub!.id, orgId: o.id, schemaVersion: 1, language: 'ja', verdict: r.verdict, risk: r.risk, level: r.level,
      categories: r.categories, durationSec: r.durationSec, result: r, createdAt: old,
    });
    const sweep = () => sweepRetention({ database: t.database, logger: silentLogger });
    await sweep();
    expect(await db.select().from(analyses).where(eq(analyses.orgId, o.id))).toHaveLength(1);

    const ref = { platform: 'slack' as const, platformTeamId: 'T-sweep', name: 'x' };
    expect(await runDataCommand(deps(), { org: ref, by: admin, language: 'en', verb: 'retention', args: '90 confirm', prefix: '' }))
      .toMatch(/Retention changed from 365 to 90 days/);
    await sweep();
    expect(await db.select().from(analyses).where(eq(analyses.orgId, o.id))).toHaveLength(0);
  });

  it('keeps what an organisation has when the defaults change; only new organisations get the new ones', async () => {
    const db = t.database.db;
    await ensureOrganisation(db, { platform: 'slack', platformTeamId: 'T-old', name: 'x' }, { monthlyMinuteQuota: 3000, retentionDays: 90 });
    const again = await ensureOrganisation(db, { platform: 'slack', platformTeamId: 'T-old', name: 'x' }, defaults);
    expect(again).toMatchObject({ retentionDays: 90, monthlyMinuteQuota: 3000 });
    const fresh = await ensureOrganisation(db, { platform: 'slack', platformTeamId: 'T-new', name: 'x' }, defaults);
    expect(fresh.retentionDays).toBe(365);
  });

  it('writes a linked organisation\'s change on its settings owner, and audits where', async () => {
    const db = t.database.db;
    const teams: OrgRef = { platform: 'teams', platformTeamId: 'tenant-linked', name: 'テスト株式会社' };
    const owner = await ensureOrganisation(db, { platform: 'slack', platformTeamId: 'T-owner', name: 'x' }, defaults);
    const linked = await ensureOrganisation(db, teams, defaults);
    await db.insert(organisationLinks).values({ linkedOrgId: linked.id, ownerOrgId: owner.id });
    const text = await runDataCommand(deps(), { org: teams, by: { platformUserId: 'aad-admin', isWorkspaceAdmin: true }, language: 'ja', verb: '保存期間', args: '730', prefix: '' });
    expect(text).toMatch(/365日から730日に変更しました/);
    expect((await current({ platform: 'slack', platformTeamId: 'T-owner', name: 'x' })).retentionDays).toBe(730);
    expect((await current(teams)).retentionDays).toBe(365); // its own row is not what counts while linked
    const [row] = await db.select().from(auditLog).where(and(eq(auditLog.orgId, linked.id), eq(auditLog.subject, 'retention_days')));
    expect(row!.detail).toEqual({ before: 365, after: 730, settingsOwner: owner.id });
  });
});
