/**
 * `/mamori-admin supervisor` and `unsupervise` over signed HTTP (the same flow as Teams' `上長` and
 * `上長解除`): one staff member named loses every supervisor, a supervisor named last only that link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members, supervisorLinks } from '../../../src/db/schema/index.js';
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
async function command(text: string, user = 'UADMIN'): Promise<{ text: string }> {
  const id = `sup${++seq}`;
  const res = await h.signer.command({
    token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: 'C-admin', channel_name: 'admin', user_id: user, user_name: 'x',
    command: '/mamori-admin', text, api_app_id: 'A1', response_url: `${h.slack.base}/respond/${id}`, trigger_id: `trig-${id}`,
  });
  expect(res.status).toBe(200);
  return waitFor(`response ${id}`, () => h.slack.responses.find((r) => r.id === id)?.body as { text: string } | undefined);
}

async function links(): Promise<string[][]> {
  const db = h.t.database.db;
  const ids = new Map((await db.select().from(members)).map((m) => [m.id, m.platformUserId]));
  return (await db.select().from(supervisorLinks)).map((l) => [ids.get(l.memberId)!, ids.get(l.supervisorId)!]).sort();
}

describe('/mamori-admin unsupervise', () => {
  it('removes one link, then all of a staff member’s; a non-admin changes nothing', async () => {
    await command('supervisor <@UA|a> <@UB|b> <@UBOSS1|boss1>');
    await command('supervisor <@UA|a> <@UBOSS2|boss2>');
    expect(await links()).toEqual([['UA', 'UBOSS1'], ['UA', 'UBOSS2'], ['UB', 'UBOSS1']]);
    await command('unsupervise <@UA|a> <@UBOSS1|boss1>');
    expect(await links()).toEqual([['UA', 'UBOSS2'], ['UB', 'UBOSS1']]);
    await command('unsupervise <@UB|b>');
    expect(await links()).toEqual([['UA', 'UBOSS2']]);
    expect((await command('unsupervise <@UA|a>', 'U-staff')).text).toMatch(/管理者/);
    expect(await links()).toEqual([['UA', 'UBOSS2']]);
  });
});
