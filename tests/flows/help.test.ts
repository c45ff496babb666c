/**
 * `help` per role, from one place for Slack and Teams (src/flows/help.ts): a staff member is shown
 * what staff use and no command only an admin may run; a supervisor also what supervisors do; an
 * admin everything. Who is what comes from the member's roles, their supervisor links and the
 * platform's own admins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMember, ensureOrganisation } from '../../src/db/repo/organisations.js';
import { supervisorLinks } from '../../src/db/schema/index.js';
import { HELP_AUDIENCES, helpAudiences, helpFor, helpText } from '../../src/flows/help.js';
import { silentLogger } from '../../src/logger.js';
import { ORG_DEFAULTS } from '../helpers/pipeline.js';
import { openTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/** Commands only an admin may run, as each platform spells them. */
const ADMIN_ONLY = {
  slack: ['/mamori-admin', '/mamori-export', 'alert-level', 'retention', 'quota', 'invoice-rights'],
  teams: ['`settings`', '`設定`', '未インストール', 'not-installed', '通知レベル', '`alert', '部署チャンネル', '`department`', '保存期間', '`retention', '`quota', '上限', 'ai on|off', 'マニュアル', '`manual', '修了生 @', '`graduate', 'bookings admin', '`stress`'],
};
/** What staff use, as each platform spells it. */
const STAFF_USE = {
  slack: { ja: ['DM に共有', '/mamori-book', '/mamori-ask', '/mamori-faq', '/mamori-event mine', 'App ホーム'], en: ['this DM', '/mamori-book', '/mamori-ask', '/mamori-faq', '/mamori-event mine', 'App Home'] },
  teams: { ja: ['ダッシュボード', '`予約`', '`予約一覧`', '`質問', '`検索', '`参加予定`', '`ヘルプ`'], en: ['`dashboard`', '`book`', '`bookings`', '`ask', '`faq', '`event mine`', '`help`'] },
};

describe('help text per role', () => {
  for (const platform of ['slack', 'teams'] as const) {
    for (const language of ['ja', 'en'] as const) {
      it(`${platform} (${language}): staff see what staff use and no admin command; an admin sees the admin commands`, () => {
        const staff = helpText(platform, language, new Set(['staff']));
        for (const word of STAFF_USE[platform][language]) expect(staff, word).toContain(word);
        for (const word of ADMIN_ONLY[platform]) expect(staff, word).not.toContain(word);
        const admin = helpText(platform, language, new Set(HELP_AUDIENCES));
        expect(ADMIN_ONLY[platform].filter((w) => admin.includes(w)).length).toBeGreaterThanOrEqual(4);
        for (const word of STAFF_USE[platform][language]) expect(admin, word).toContain(word);
      });
    }
  }

  it('a supervisor also reads how to share a call for a staff member; an instructor the study-group and availability commands', () => {
    const supervisor = helpText('slack', 'ja', new Set(['staff', 'supervisor']));
    expect(supervisor).toContain('@メンション');
    expect(supervisor).not.toContain('/mamori-admin');
    expect(helpText('teams', 'en', new Set(['staff', 'supervisor']))).toContain('Change who it is for');
    const instructor = helpText('teams', 'ja', new Set(['staff', 'instructor']));
    expect(instructor).toContain('勉強会 管理');
    expect(instructor).toContain('受付時間');
    expect(instructor).not.toContain('未インストール');
  });
});

describe('who is what, for help', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
  }, 60_000);
  afterAll(async () => t?.close());

  it('reads member roles, supervisor links and the platform\'s admins', async () => {
    const db = t.database.db;
    const org = await ensureOrganisation(db, { platform: 'teams', platformTeamId: 'tenant-help', name: 'x' }, ORG_DEFAULTS);
    await ensureMember(db, org.id, { platformUserId: 'staff' });
    const lead = await ensureMember(db, org.id, { platformUserId: 'lead' });
    const staff2 = await ensureMember(db, org.id, { platformUserId: 'staff2' });
    await db.insert(supervisorLinks).values({ memberId: staff2.id, supervisorId: lead.id });
    await ensureMember(db, org.id, { platformUserId: 'admin', roles: ['admin'] });

    expect([...await helpAudiences(db, org.id, { platformUserId: 'staff' })]).toEqual(['staff']);
    expect([...await helpAudiences(db, org.id, { platformUserId: 'nobody-yet' })]).toEqual(['staff']);
    expect([...await helpAudiences(db, org.id, { platformUserId: 'lead' })].sort()).toEqual(['staff', 'supervisor']);
    expect([...await helpAudiences(db, org.id, { platformUserId: 'admin' })].sort()).toEqual([...HELP_AUDIENCES].sort());
    expect((await helpAudiences(db, org.id, { platformUserId: 'staff', isWorkspaceAdmin: true })).has('admin')).toBe(true);

    const deps = { database: t.database, orgDefaults: ORG_DEFAULTS, logger: silentLogger };
    const ref = { platform: 'teams' as const, platformTeamId: 'tenant-help', name: 'x' };
    expect(await helpFor(deps, { org: ref, by: { platformUserId: 'staff' }, language: 'ja' })).not.toContain('未インストール');
    expect(await helpFor(deps, { org: ref, by: { platformUserId: 'admin' }, language: 'ja' })).toContain('未インストール');
  });
});
