/**
 * Whose stress a call sent on Teams is recorded for, end to end over real HTTP: a supervisor who
 * @mentions the staff member with the file names them; the answer card shows them in a people picker
 * with 記録先を変更; choosing someone else there (Action.Execute with the picker's value) moves it.
 */
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMember, ensureOrganisation } from '../../../src/db/repo/organisations.js';
import { members, submissions } from '../../../src/db/schema/index.js';
import { FakeBotConnector } from '../../helpers/fake-bot-connector.js';
import { ORG_DEFAULTS } from '../../helpers/pipeline.js';
import { waitFor } from '../../helpers/test-database.js';
import { BOSS, fileMessage, personal, STAFF, startHarness, TENANT, type Harness } from './harness.js';

const VTT = readFileSync(new URL('../../../samples/ja-harassment.vtt', import.meta.url), 'utf8');
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  const org = await ensureOrganisation(h.tdb.database.db, { platform: 'teams', platformTeamId: TENANT, name: `Teams ${TENANT}` }, ORG_DEFAULTS);
  await ensureMember(h.tdb.database.db, org.id, { platformUserId: BOSS.aad, displayName: BOSS.name, roles: ['supervisor'] });
  await ensureMember(h.tdb.database.db, org.id, { platformUserId: 'aad-ueda', displayName: '上田 健', roles: ['staff'] });
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

describe('naming and correcting the staff member of a call on Teams', () => {
  it('a mention with the file names them; the picker under the answer moves the call to someone else', async () => {
    h.connector.files.set('for-staff.vtt', { body: VTT });
    const message = fileMessage(h, BOSS, 'for-staff.vtt', 'file-for-staff');
    message.text = '<at>山田 花子</at> さんの通話です';
    message.entities = [{ type: 'mention', text: '<at>山田 花子</at>', mentioned: { id: STAFF.id, aadObjectId: STAFF.aad, name: STAFF.name } }];
    expect((await h.post(message)).status).toBe(200);

    const answer = await waitFor('the answer card', () =>
      h.connector.activities.find((a) => a.conversationId === BOSS.chat && a.op !== 'delete' && FakeBotConnector.textOf(a).includes('慰謝料5万払え')));
    const content = answer.body.attachments[0].content;
    const json = JSON.stringify(content);
    expect(json).toContain('負荷の記録先');
    expect(json).toContain('"value":"aad-staff"');
    expect(json).toContain('"title":"山田 花子"');
    const [sub] = await h.tdb.database.db.select().from(submissions).where(eq(submissions.platformFileId, 'file-for-staff'));
    const [staff] = await h.tdb.database.db.select().from(members).where(eq(members.platformUserId, STAFF.aad));
    expect(sub!.staffMemberId).toBe(staff!.id);

    const analysisId = json.match(/\{"mamori":1,"action":"charge_staff","value":"([^"]+)"\}/)![1]!;
    const res = await h.post({
      ...personal(h, BOSS), type: 'invoke', name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'charge_staff', data: { mamori: 1, action: 'charge_staff', value: analysisId, member: 'aad-ueda' } }, trigger: 'manual' },
    });
    expect(res.status).toBe(200);
    expect(String((res.body as { value?: unknown }).value)).toContain('上田 健');
    const [after] = await h.tdb.database.db.select().from(submissions).where(eq(submissions.platformFileId, 'file-for-staff'));
    const [ueda] = await h.tdb.database.db.select().from(members).where(eq(members.platformUserId, 'aad-ueda'));
    expect(after!.staffMemberId).toBe(ueda!.id);
  });
});
