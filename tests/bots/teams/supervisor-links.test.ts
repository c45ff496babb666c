/**
 * Supervisor links set and removed in Teams (`上長` / `上長解除`, Slack's `/mamori-admin supervisor` and
 * `unsupervise`), over the fake Bot Connector: one staff member mentioned loses every supervisor, a
 * supervisor mentioned last loses only that link; each change is audited; a non-admin changes nothing.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMember } from '../../../src/db/repo/organisations.js';
import { auditLog, members, supervisorLinks } from '../../../src/db/schema/index.js';
import { waitFor } from '../../helpers/test-database.js';
import { BOT_ID, personal, startHarness, TENANT, type Harness, type User } from './harness.js';

let h: Harness;
let orgId = '';
const ADMIN: User = { id: '29:sl-admin', aad: 'aad-sl-admin', name: '管理 者', chat: 'a:sl-admin-chat' };
const CLERK: User = { id: '29:sl-clerk', aad: 'aad-sl-clerk', name: '窓口 さん', chat: 'a:sl-clerk-chat' };
const A: User = { id: '29:sl-a', aad: 'aad-sl-a', name: 'スタッフ A', chat: 'a:sl-a' };
const B: User = { id: '29:sl-b', aad: 'aad-sl-b', name: 'スタッフ B', chat: 'a:sl-b' };
const BOSS1: User = { id: '29:sl-boss1', aad: 'aad-sl-boss1', name: '上長 一', chat: 'a:sl-boss1' };
const BOSS2: User = { id: '29:sl-boss2', aad: 'aad-sl-boss2', name: '上長 二', chat: 'a:sl-boss2' };

beforeAll(async () => {
  h = await startHarness();
  orgId = (await h.bot.store.organisation(TENANT)).id;
  await ensureMember(h.tdb.database.db, orgId, { platformUserId: ADMIN.aad, displayName: ADMIN.name, roles: ['admin'] });
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

const mention = (u: User) => ({ type: 'mention', mentioned: { id: u.id, aadObjectId: u.aad, name: u.name }, text: `<at>${u.name}</at>` });

/** `word @x @y…` typed by `user` in personal chat; the bot's text reply. */
async function say(user: User, word: string, people: User[]): Promise<string> {
  const before = h.connector.activities.length;
  const text = [word, ...people.map((p) => `<at>${p.name}</at>`)].join(' ');
  const entities = [{ type: 'mention', mentioned: { id: BOT_ID, name: 'mamori' }, text: '<at>mamori</at>' }, ...people.map(mention)];
  const res = await h.post(personal(h, user, { text, entities }));
  expect(res.status).toBeLessThan(300);
  const reply = await waitFor(`reply to "${word}"`, () =>
    h.connector.activities.slice(before).find((a) => a.op === 'create' && a.conversationId.startsWith(user.chat) && typeof a.body.text === 'string'));
  return String(reply.body.text);
}

/** Who supervises whom, as [staff, supervisor] Entra ids. */
async function links(): Promise<string[][]> {
  const db = h.tdb.database.db;
  const all = await db.select().from(supervisorLinks);
  const ids = new Map((await db.select().from(members).where(eq(members.orgId, orgId))).map((m) => [m.id, m.platformUserId]));
  return all.map((l) => [ids.get(l.memberId)!, ids.get(l.supervisorId)!]).sort();
}

describe('Teams: supervisor links', () => {
  it('an admin links staff to supervisors and removes one link, then all of a staff member’s', async () => {
    expect(await say(ADMIN, '上長', [A, B, BOSS1])).toMatch(/保存しました|saved/i);
    expect(await say(ADMIN, 'supervisor', [A, BOSS2])).toMatch(/保存しました|saved/i);
    expect(await links()).toEqual([[A.aad, BOSS1.aad], [A.aad, BOSS2.aad], [B.aad, BOSS1.aad]].sort());

    // The last one mentioned is the supervisor whose link goes.
    await say(ADMIN, '上長解除', [A, BOSS1]);
    expect(await links()).toEqual([[A.aad, BOSS2.aad], [B.aad, BOSS1.aad]]);

    // One person mentioned: all of their links go.
    await say(ADMIN, 'unsupervise', [B]);
    expect(await links()).toEqual([[A.aad, BOSS2.aad]]);

    const audit = await h.tdb.database.db.select().from(auditLog).where(and(eq(auditLog.orgId, orgId), eq(auditLog.subject, 'supervisor_remove')));
    expect(audit).toHaveLength(2);
  });

  it('without a mention it says how; a non-admin is refused and nothing changes', async () => {
    expect(await say(ADMIN, '上長解除', [])).toContain('上長解除 @山田');
    expect(await say(CLERK, '上長解除', [A])).toMatch(/管理者/);
    expect(await links()).toEqual([[A.aad, BOSS2.aad]]);
  });
});
