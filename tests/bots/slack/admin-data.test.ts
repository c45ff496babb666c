/**
 * `/mamori-admin retention …` and `/mamori-admin quota …` over signed HTTP: an admin sees and changes
 * how long the organisation's data is kept and its monthly minutes (stored, audited), privately and in
 * their language; fewer than 30 days is refused with the reason; a non-admin can do neither.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organisations } from '../../../src/db/schema/index.js';
import { startHarness, waitFor, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.slack.admins.add('UADMIN');
  h.slack.admins.add('UADMIN-EN');
  h.slack.locales.set('UADMIN-EN', 'en-US');
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

let seq = 0;
async function command(text: string, user = 'UADMIN'): Promise<{ text: string; response_type?: string }> {
  const id = `data${++seq}`;
  const res = await h.signer.command({
    token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: 'C-admin', channel_name: 'admin', user_id: user, user_name: 'x',
    command: '/mamori-admin', text, api_app_id: 'A1', response_url: `${h.slack.base}/respond/${id}`, trigger_id: `trig-${id}`,
  });
  expect(res.status).toBe(200);
  return waitFor(`response ${id}`, () => h.slack.responses.find((r) => r.id === id)?.body as { text: string } | undefined);
}

const org = async () => (await h.t.database.db.select().from(organisations).where(eq(organisations.platformTeamId, 'T1')))[0]!;

describe('/mamori-admin retention and quota', () => {
  it('shows the retention and this month\'s minutes, privately, with how to change them', async () => {
    const reply = await command('retention');
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain('データの保存期間と解析時間の上限');
    expect(reply.text).toContain('保存期間: 90日'); // what the organisation was created with (the harness's default)
    expect(reply.text).toContain('`/mamori-admin quota 分数`');
  });

  it('changes the retention (asking first when it gets shorter) and the quota, audited', async () => {
    expect((await command('retention 365')).text).toMatch(/保存期間を90日から365日に変更しました/);
    expect((await command('retention 60')).text).toMatch(/`\/mamori-admin retention 60 確認`/);
    expect((await org()).retentionDays).toBe(365);
    expect((await command('保存期間 60 確認')).text).toMatch(/365日から60日に変更しました/);
    expect((await command('quota 6000')).text).toMatch(/月 6,000分/);
    expect(await org()).toMatchObject({ retentionDays: 60, monthlyMinuteQuota: 6000 });
    const audit = await h.t.database.db.select().from(auditLog).where(eq(auditLog.action, 'settings_change'));
    expect(audit.map((a) => [a.subject, a.detail])).toEqual([
      ['retention_days', { before: 90, after: 365 }],
      ['retention_days', { before: 365, after: 60 }],
      ['monthly_minute_quota', { before: 3000, after: 6000 }],
    ]);
  });

  it('refuses fewer than 30 days with the reason, in the admin\'s language', async () => {
    expect((await command('retention 14')).text).toMatch(/保存期間は30日以上にしてください/);
    expect((await command('retention 14', 'UADMIN-EN')).text).toMatch(/Retention must be at least 30 days \(you gave 14\)/);
    expect((await org()).retentionDays).toBe(60);
  });

  it('is for admins only', async () => {
    expect((await command('retention', 'U-staff')).text).toMatch(/管理者だけ/);
    expect((await command('quota 0', 'U-staff')).text).toMatch(/管理者だけ/);
    expect((await org()).monthlyMinuteQuota).toBe(6000);
  });

  it('appears with the other settings (`show`, and App Home from the same blocks)', async () => {
    const reply = await command('show');
    expect(JSON.stringify(reply)).toContain('*データの保存期間:* 60 日');
  });

  it('is listed in the usage text', async () => {
    expect((await command('what')).text).toContain('/mamori-admin retention');
  });
});
