/**
 * `stress …` typed to the bot in Teams (the same flow as Slack's `/mamori-admin stress`), over the
 * fake Bot Connector: an admin sees and tunes the accumulated-stress thresholds, with or without an
 * @mention, in the organisation's language; a non-admin can neither see nor change them.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMember } from '../../../src/db/repo/organisations.js';
import { auditLog, organisations } from '../../../src/db/schema/index.js';
import { DEFAULT_STRESS_SETTINGS, stressSettings } from '../../../src/flows/insights/stress.js';
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

const settings = () => stressSettings(h.tdb.database.db, orgId);

describe('Teams: stress', () => {
  it('shows the current thresholds to an admin, with the commands to change them', async () => {
    const text = await say(ADMIN, 'stress');
    expect(text).toContain('注意のしきい値: 6');
    expect(text).toContain('要対応のしきい値: 12');
    expect(text).toContain('半減期: 14日');
    expect(text).toContain('`stress threshold 注意 [要対応]`');
  });

  it('changes them (also with an @mention and the Japanese words), audited', async () => {
    const mention = { entities: [{ type: 'mention', mentioned: { id: BOT_ID, name: 'mamori' }, text: '<at>mamori</at>' }] };
    expect(await say(ADMIN, '<at>mamori</at> stress threshold 5 10', mention)).toMatch(/保存しました[\s\S]*注意のしきい値: 5/);
    expect(await say(ADMIN, '負担 半減期 30')).toContain('半減期: 30日');
    expect(await settings()).toEqual({ warnThreshold: 5, urgentThreshold: 10, halfLifeDays: 30 });
    const audit = await h.tdb.database.db.select().from(auditLog).where(eq(auditLog.subject, 'stress_settings'));
    expect(audit).toHaveLength(2);
    expect(audit.every((a) => a.orgId === orgId && a.action === 'settings_change')).toBe(true);
  });

  it('refuses an act-now threshold below the warning one, and changes nothing', async () => {
    expect(await say(ADMIN, 'stress urgent 4')).toMatch(/要対応のしきい値は注意のしきい値より大きく/);
    expect(await settings()).toEqual({ warnThreshold: 5, urgentThreshold: 10, halfLifeDays: 30 });
  });

  it('is for admins only', async () => {
    expect(await say(STAFF, 'stress')).toMatch(/管理者だけ/);
    expect(await say(STAFF, 'stress reset')).toMatch(/管理者だけ/);
    expect(await settings()).toEqual({ warnThreshold: 5, urgentThreshold: 10, halfLifeDays: 30 });
  });

  it('answers in English when the organisation uses English', async () => {
    await h.tdb.database.db.update(organisations).set({ language: 'en' }).where(eq(organisations.id, orgId));
    const text = await say(ADMIN, 'stress reset');
    expect(text).toMatch(/back to the defaults/);
    expect(text).toContain('Warning threshold: 6');
    expect(await settings()).toEqual(DEFAULT_STRESS_SETTINGS);
  });
});
