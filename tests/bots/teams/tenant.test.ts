/**
 * An activity acts for the tenant it names, so both places Teams names it must agree (issue 14 §5):
 * `conversation.tenantId` naming tenant A while `channelData.tenant.id` names B (or is missing) used to
 * be served as A's — 全文を見る, `settings` and `dashboard` answered as A, B's user made a member of A.
 * Such activities are refused at the door (403), before any handler, whatever they ask for.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members, organisations } from '../../../src/db/schema/index.js';
import { cardAction, personal, startHarness, STAFF, TENANT, type Harness, type User } from './harness.js';

const TENANT_B = '99999999-8888-7777-6666-000000000000';
const INTRUDER: User = { id: '29:intruder', aad: 'aad-intruder', name: 'B の人', chat: 'a:intruder-chat' };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => h?.stop());

/** An activity from B's user whose tenant fields are set as given (undefined: the field is left out). */
function fromB(over: Record<string, unknown>, conversationTenant: string | undefined, channelDataTenant: string | undefined) {
  const a = personal(h, INTRUDER, over);
  return {
    ...a,
    conversation: { id: INTRUDER.chat, conversationType: 'personal', ...(conversationTenant ? { tenantId: conversationTenant } : {}) },
    channelData: channelDataTenant ? { tenant: { id: channelDataTenant } } : {},
  };
}

async function memberOfA(aad: string) {
  const [org] = await h.tdb.database.db.select().from(organisations).where(eq(organisations.platformTeamId, TENANT));
  if (!org) return [];
  return h.tdb.database.db.select().from(members).where(and(eq(members.orgId, org.id), eq(members.platformUserId, aad)));
}

describe('an activity whose tenant fields disagree is refused', () => {
  it('refuses A in conversation.tenantId with B (or nothing) in channelData, for every kind of request', async () => {
    // A exists and has a member, as in the report.
    expect((await h.post(personal(h, STAFF, { text: 'help' }))).status).toBe(200);
    const sentBefore = h.connector.activities.length;
    const attempts = [
      fromB({ text: 'settings' }, TENANT, TENANT_B),
      fromB({ text: 'dashboard' }, TENANT, TENANT_B),
      fromB({ text: 'help' }, TENANT, undefined),
      fromB({ text: 'settings' }, TENANT.toUpperCase(), TENANT_B),
      { ...cardAction(h, INTRUDER, 'show_all', '5b0c1d2e-7a41-4f0e-9c3b-1e2f3a4b5c6d'), ...fromB({}, TENANT, TENANT_B), type: 'invoke', name: 'adaptiveCard/action' },
      fromB({ text: 'help' }, undefined, undefined),
    ];
    for (const a of attempts) expect((await h.post(a)).status, JSON.stringify({ c: a.conversation, d: a.channelData })).toBe(403);
    expect(h.connector.activities.slice(sentBefore)).toEqual([]);
    expect(await memberOfA(INTRUDER.aad)).toEqual([]);
  });

  it('serves an activity whose two tenant fields agree (case aside), as that tenant', async () => {
    expect((await h.post(fromB({ text: 'help' }, TENANT_B.toUpperCase(), TENANT_B))).status).toBe(200);
    expect((await h.post(fromB({ text: 'help' }, undefined, TENANT_B))).status).toBe(200);
    expect(await memberOfA(INTRUDER.aad)).toEqual([]);
  });
});
