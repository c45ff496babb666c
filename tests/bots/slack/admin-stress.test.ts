/**
 * `/mamori-admin stress …` over signed HTTP: an admin sees and tunes the accumulated-stress thresholds
 * and half-life (stored, audited, used by the stress flow), in their language; a non-admin can
 * neither see nor change them; impossible values are refused with the reason and change nothing.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, insightsSettings, organisations } from '../../../src/db/schema/index.js';
import { DEFAULT_STRESS_SETTINGS, stressSettings } from '../../../src/flows/insights/stress.js';
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
  const id = `stress${++seq}`;
  const res = await h.signer.command({
    token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: 'C-admin', channel_name: 'admin', user_id: user, user_name: 'x',
    command: '/mamori-admin', text, api_app_id: 'A1', response_url: `${h.slack.base}/respond/${id}`, trigger_id: `trig-${id}`,
  });
  expect(res.status).toBe(200);
  return waitFor(`response ${id}`, () => h.slack.responses.find((r) => r.id === id)?.body as { text: string } | undefined);
}

const settings = async () => {
  const [org] = await h.t.database.db.select().from(organisations).where(eq(organisations.platformTeamId, 'T1'));
  return stressSettings(h.t.database.db, org!.id);
};

describe('/mamori-admin stress', () => {
  it('shows the current thresholds and half-life, privately, with how to change them', async () => {
    const reply = await command('stress');
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain('負担の指標（蓄積ストレス）の設定');
    expect(reply.text).toContain('注意のしきい値: 6');
    expect(reply.text).toContain('要対応のしきい値: 12');
    expect(reply.text).toContain('半減期: 14日');
    expect(reply.text).toContain('`/mamori-admin stress threshold 注意 [要対応]`');
  });

  it('changes the thresholds and the half-life, audited with the values before and after', async () => {
    const a = await command('stress threshold 8 16');
    expect(a.text).toMatch(/保存しました/);
    expect(a.text).toContain('注意のしきい値: 8');
    expect(a.text).toContain('要対応のしきい値: 16');
    expect((await command('stress half-life ２１日')).text).toContain('半減期: 21日');
    expect((await command('負担 urgent 20')).text).toContain('要対応のしきい値: 20');
    expect(await settings()).toEqual({ warnThreshold: 8, urgentThreshold: 20, halfLifeDays: 21 });
    const audit = await h.t.database.db.select().from(auditLog).where(eq(auditLog.subject, 'stress_settings'));
    expect(audit).toHaveLength(3);
    expect(audit.map((r) => r.detail)).toContainEqual({
      before: DEFAULT_STRESS_SETTINGS, after: { warnThreshold: 8, urgentThreshold: 16, halfLifeDays: 14 },
    });
  });

  it('refuses impossible values with the reason and changes nothing', async () => {
    expect((await command('stress warn 25')).text).toMatch(/要対応のしきい値は注意のしきい値より大きく.*現在: 注意 8 \/ 要対応 20/);
    expect((await command('stress threshold 0')).text).toMatch(/0 より大きく/);
    expect((await command('stress half-life 400')).text).toMatch(/1〜365 日/);
    expect((await command('stress warn many')).text).toMatch(/「many」は数値として読めません/);
    expect((await command('stress sideways')).text).toContain('*使い方*');
    expect(await settings()).toEqual({ warnThreshold: 8, urgentThreshold: 20, halfLifeDays: 21 });
  });

  it('answers in English to an admin whose Slack is in English', async () => {
    const reply = await command('stress', 'UADMIN-EN');
    expect(reply.text).toContain('Accumulated stress settings');
    expect(reply.text).toContain('Warning threshold: 8');
    expect(reply.text).toContain('Half-life: 21 days');
    expect((await command('stress urgent 7', 'UADMIN-EN')).text).toMatch(/act-now threshold must be above the warning threshold/);
  });

  it('is for admins only: a non-admin can neither see nor change the thresholds', async () => {
    expect((await command('stress', 'U-staff')).text).toMatch(/管理者だけ/);
    expect((await command('stress threshold 1 2', 'U-staff')).text).toMatch(/管理者だけ/);
    expect(await settings()).toEqual({ warnThreshold: 8, urgentThreshold: 20, halfLifeDays: 21 });
  });

  it('reset returns to the defaults', async () => {
    expect((await command('stress reset')).text).toMatch(/初期値に戻しました/);
    expect(await settings()).toEqual(DEFAULT_STRESS_SETTINGS);
    expect(await h.t.database.db.select().from(insightsSettings)).toHaveLength(1);
  });
});
