/**
 * `retention …` / `保存期間 …` and `quota …` / `上限 …` typed to the bot in Teams (the same flow as
 * Slack's `/mamori-admin retention`), over the fake Bot Connector: an admin sees and changes how long
 * data is kept and the monthly minutes, audited; fewer than 30 days is refused; a non-admin can do
 * neither.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMember } from '../../../src/db/repo/organisations.js';
import { auditLog, organisations } from '../../../src/db/schema/index.js';
import { waitFor } from '../../helpers/test-database.js';
import { BOT_ID, personal, startHarness, TENANT, type Harness, type User } from './harness.js';

let h: Harness;
let orgId = '';
const ADMIN: User = { id: '29:admin', aad: 'aad-admin', name: '管理 者', chat: 'a:admin-chat' };
const STAFF: User = { id: '29:staff', aad: 'aad-staff', name: '山田 花子', chat: 'a:staff-chat' };

beforeAll(async () => {
  h = await startHarness();
  const org = await h.bot.store.organisation(TENANT);
  orgId = org.id;
  await ensureMember(h.tdb.database.db, org.id, { platformUserId: ADMIN.aad, displayName: ADMIN.name, roles: ['admin'] });
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

/** Sends `text` in personal chat and returns the bot's text reply. */
async function say(user: User, text: string, over: Record<string, unknown> = {}): Promise<string> {
  const before = h.connector.activities.length;
  const res = await h.post(personal(h, user, { text, ...over }));
  expect(res.status).toBeLessThan(300);
  const reply = await waitFor(`reply to "${text}"`, () =>
    h.connector.activities.slice(before).find((a) => a.op === 'create' && a.conversationId.startsWith(user.chat) && typeof a.body.text === 'string'));
  return String(reply.body.text);
}

const org = async () => (await h.tdb.database.db.select().from(organisations).where(eq(organisations.id, orgId)))[0]!;

describe('Teams: retention and quota', () => {
  it('shows them to an admin, with the commands to change them', async () => {
    const text = await say(ADMIN, '保存期間');
    expect(text).toMatch(/保存期間: [\d,]+日/);
    expect(text).toContain('`retention 日数`');
    expect(text).toContain('`quota 分数`');
  });

  it('changes them (also with an @mention and the Japanese words), audited', async () => {
    const before = (await org()).retentionDays;
    const mention = { entities: [{ type: 'mention', mentioned: { id: BOT_ID, name: 'mamori' }, text: '<at>mamori</at>' }] };
    expect(await say(ADMIN, '<at>mamori</at> retention 1000', mention)).toMatch(/日から1,000日に変更しました/);
    expect(await say(ADMIN, '上限 無制限')).toMatch(/解析時間の上限: なし/);
    expect(await org()).toMatchObject({ retentionDays: 1000, monthlyMinuteQuota: 0 });
    const audit = await h.tdb.database.db.select().from(auditLog).where(eq(auditLog.orgId, orgId));
    expect(audit.map((a) => [a.subject, a.detail])).toEqual([
      ['retention_days', { before, after: 1000 }],
      ['monthly_minute_quota', { before: 3000, after: 0 }],
    ]);
  });

  it('refuses fewer than 30 days, and changes nothing', async () => {
    expect(await say(ADMIN, 'retention 10 confirm')).toMatch(/保存期間は30日以上にしてください/);
    expect((await org()).retentionDays).toBe(1000);
  });

  it('appears in `settings`', async () => {
    expect(await say(ADMIN, '設定')).toContain('データの保存期間: 1000日');
  });

  it('is for admins only', async () => {
    expect(await say(STAFF, 'retention')).toMatch(/管理者だけ/);
    expect(await say(STAFF, 'quota 10')).toMatch(/管理者だけ/);
    expect((await org()).monthlyMinuteQuota).toBe(0);
  });

  it('answers in English when the organisation uses English', async () => {
    await h.tdb.database.db.update(organisations).set({ language: 'en' }).where(eq(organisations.id, orgId));
    expect(await say(ADMIN, 'retention 30 confirm')).toMatch(/Retention changed from 1,000 to 30 days/);
  });
});
