/**
 * SLACK_ADMIN_USER_IDS names mamori admins explicitly, as TEAMS_ADMIN_USER_IDS does on Teams: a member
 * listed there may change the settings though Slack does not call them a workspace admin; a member
 * neither listed nor a workspace owner/admin may not. A malformed id stops the start with its reason.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSlackConfig } from '../../../src/bots/slack/config.js';
import { organisations } from '../../../src/db/schema/index.js';
import { startHarness, waitFor, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { SLACK_ADMIN_USER_IDS: ' UMANAGER1 , WORGADMIN2' } });
  h.slack.admins.add('UOWNER');
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

let seq = 0;
async function command(text: string, user: string): Promise<{ text: string }> {
  const id = `ids${++seq}`;
  const res = await h.signer.command({
    token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: 'C-admin', channel_name: 'admin', user_id: user, user_name: 'x',
    command: '/mamori-admin', text, api_app_id: 'A1', response_url: `${h.slack.base}/respond/${id}`, trigger_id: `trig-${id}`,
  });
  expect(res.status).toBe(200);
  return waitFor(`response ${id}`, () => h.slack.responses.find((r) => r.id === id)?.body as { text: string } | undefined);
}

const alertThreshold = async () => (await h.t.database.db.select().from(organisations).where(eq(organisations.platformTeamId, 'T1')))[0]?.alertThreshold;

describe('SLACK_ADMIN_USER_IDS', () => {
  it('makes a listed member an admin though Slack does not call them one', async () => {
    expect(h.slack.admins.has('UMANAGER1')).toBe(false);
    expect((await command('alert-level high', 'UMANAGER1')).text).not.toMatch(/管理者だけ/);
    expect(await alertThreshold()).toBe(70);
    expect((await command('alert-level medium', 'WORGADMIN2')).text).not.toMatch(/管理者だけ/);
    expect(await alertThreshold()).toBe(45);
  });

  it('leaves workspace owners and admins admins, and everyone else not', async () => {
    expect((await command('alert-level low', 'UOWNER')).text).not.toMatch(/管理者だけ/);
    expect(await alertThreshold()).toBe(20);
    expect((await command('alert-level high', 'USTAFF3')).text).toMatch(/管理者だけ/);
    expect(await alertThreshold()).toBe(20);
  });

  it('refuses an id that is not a Slack member id, naming the variable', () => {
    const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'signing-secret' };
    expect(() => loadSlackConfig({ ...base, SLACK_ADMIN_USER_IDS: 'UMANAGER1, @yamada' })).toThrow(/SLACK_ADMIN_USER_IDS: .*U…, W…/);
    expect(loadSlackConfig(base).adminUserIds).toEqual([]);
  });
});
