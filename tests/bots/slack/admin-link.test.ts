/** `/mamori-admin link` over signed HTTP (issue 5): an admin gets a one-time code; a non-admin does not. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationLinkCodes } from '../../../src/db/schema/index.js';
import { startHarness, waitFor, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.slack.admins.add('UADMIN');
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

let seq = 0;
async function command(text: string, user = 'UADMIN'): Promise<{ text: string; response_type?: string }> {
  const id = `link${++seq}`;
  const res = await h.signer.command({
    token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: 'C-admin', channel_name: 'admin', user_id: user, user_name: 'x',
    command: '/mamori-admin', text, api_app_id: 'A1', response_url: `${h.slack.base}/respond/${id}`, trigger_id: `trig-${id}`,
  });
  expect(res.status).toBe(200);
  return waitFor(`response ${id}`, () => h.slack.responses.find((r) => r.id === id)?.body as { text: string } | undefined);
}

describe('/mamori-admin link', () => {
  it('replies to an admin with a code valid 15 minutes, stored only as a hash', async () => {
    const reply = await command('link');
    expect(reply.response_type).toBe('ephemeral');
    const code = /\*([A-Z0-9]{8})\*/.exec(reply.text)?.[1];
    expect(code, reply.text).toBeTruthy();
    expect(reply.text).toMatch(/15 分間有効/);
    expect(reply.text).toContain(`link ${code}`);
    const rows = await h.t.database.db.select().from(organisationLinkCodes);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.codeHash).not.toContain(code!);
  });

  it('refuses a non-admin and a wrong code', async () => {
    expect((await command('link', 'U-staff')).text).toMatch(/管理者だけ/);
    expect((await command('link ZZZZ2222')).text).toMatch(/正しくないか、期限切れか、使用済み/);
  });
});
