/**
 * Insights on Teams over the fake Bot Connector: `dashboard` / `ダッシュボード` in personal chat sends
 * the dashboard cards each role allows (a supervisor sees their own team only), a channel gets a
 * pointer to personal chat, and 採用 / 却下 on the admin card are for admins only (Action.Execute and
 * Action.Submit).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/analysis/result.js';
import { ensureMember } from '../../../src/db/repo/organisations.js';
import { alerts, analyses, feedback, feedbackReviews, submissions, supervisorLinks, suppressedPhrases } from '../../../src/db/schema/index.js';
import { teamsDashboardViews } from '../../../src/bots/teams/insights/dashboard.js';
import { TEAMS_LIMITS } from '../../../src/bots/teams/limits.js';
import { fakeAnalyser } from '../../helpers/fakes.js';
import { waitFor } from '../../helpers/test-database.js';
import { BOT_ID, cardAction, personal, startHarness, TENANT, type Harness, type User } from './harness.js';

let h: Harness;
const ADMIN: User = { id: '29:admin', aad: 'aad-admin', name: '管理 者', chat: 'a:admin-chat' };
const STAFF: User = { id: '29:staff', aad: 'aad-staff', name: '山田 花子', chat: 'a:staff-chat' };
const BOSS: User = { id: '29:boss', aad: 'aad-boss', name: '佐藤 部長', chat: 'a:boss-chat' };
const OTHER: User = { id: '29:other', aad: 'aad-other', name: '田中 次郎', chat: 'a:other-chat' };
const BOSS2: User = { id: '29:boss2', aad: 'aad-boss2', name: '鈴木 課長', chat: 'a:boss2-chat' };
const ids: Record<string, string> = {};

const json = (x: unknown) => JSON.stringify(x ?? null);
const cardsTo = (chat: string, after: number) => h.connector.activities.slice(after).filter((a) => a.op === 'create' && a.conversationId.startsWith(chat));

/** Sends `text` in personal chat and waits until the cards stop arriving (bounded). */
async function dashboardOf(user: User, text = 'dashboard'): Promise<string> {
  const before = h.connector.activities.length;
  await h.post(personal(h, user, { text }));
  let seen = -1;
  await waitFor(`dashboard cards to ${user.name}`, async () => {
    const n = cardsTo(user.chat, before).length;
    if (n > 0 && n === seen) return true;
    seen = n;
    await new Promise((r) => setTimeout(r, 100));
    return false;
  });
  return json(cardsTo(user.chat, before).map((a) => a.body));
}

async function call(staffId: string, fileName: string, supervisorId: string): Promise<string> {
  const db = h.tdb.database.db;
  const result: AnalysisResult = fakeAnalyser('risk=85;dur=600', fileName);
  const [sub] = await db.insert(submissions).values({
    orgId: ids.org!, submittedBy: staffId, source: 'teams_file', platformFileId: `f-${fileName}`, fileName,
    fileType: 'text/vtt', sizeBytes: 10, replyTo: { channel: 'x' }, status: 'analysed',
  }).returning();
  const [a] = await db.insert(analyses).values({
    submissionId: sub!.id, orgId: ids.org!, schemaVersion: 1, language: 'ja', verdict: result.verdict, risk: result.risk, level: result.level,
    categories: result.categories, durationSec: result.durationSec, result,
  }).returning();
  await db.insert(alerts).values({ orgId: ids.org!, analysisId: a!.id, recipientId: supervisorId });
  return a!.id;
}

beforeAll(async () => {
  h = await startHarness();
  const org = await h.bot.store.organisation(TENANT);
  ids.org = org.id;
  const db = h.tdb.database.db;
  await ensureMember(db, org.id, { platformUserId: ADMIN.aad, displayName: ADMIN.name, roles: ['admin'] });
  const staff = await ensureMember(db, org.id, { platformUserId: STAFF.aad, displayName: STAFF.name, roles: ['staff'] });
  const boss = await ensureMember(db, org.id, { platformUserId: BOSS.aad, displayName: BOSS.name, roles: ['supervisor'] });
  const other = await ensureMember(db, org.id, { platformUserId: OTHER.aad, displayName: OTHER.name, roles: ['staff'] });
  const boss2 = await ensureMember(db, org.id, { platformUserId: BOSS2.aad, displayName: BOSS2.name, roles: ['supervisor'] });
  await db.insert(supervisorLinks).values([{ memberId: staff.id, supervisorId: boss.id }, { memberId: other.id, supervisorId: boss2.id }]);
  ids.staff = staff.id;
  ids.analysis = await call(staff.id, 'yamada-call.vtt', boss.id);
  await call(other.id, 'tanaka-call.vtt', boss2.id);
  // Staff report their call as a false positive, naming the phrase.
  const [f] = await db.insert(feedback).values({ orgId: org.id, analysisId: ids.analysis, memberId: staff.id, kind: 'false_positive', comment: '「責任者を出せ」は普通の依頼でした' }).returning();
  ids.feedback = f!.id;
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

describe('insights on Teams', () => {
  it('staff get their own analyses as a card, with how to share a call and no team figures', async () => {
    const cards = await dashboardOf(STAFF);
    expect(cards).toMatch(/application\/vnd\.microsoft\.card\.adaptive/);
    expect(cards).toMatch(/あなたの最近の解析/);
    expect(cards).toMatch(/yamada-call\.vtt/);
    expect(cards).toMatch(/consult_supervisor/);
    expect(cards).toMatch(/個人チャットに送って/);
    expect(cards).not.toMatch(/tanaka-call|チームの未対応アラート|チームの負担|insights_accept_feedback/);
  });

  it('a supervisor sees their own team only, never the other team (ダッシュボード works too)', async () => {
    const boss = await dashboardOf(BOSS, 'ダッシュボード');
    expect(boss).toMatch(/チームの未対応アラート/);
    expect(boss).toMatch(/山田 花子/);
    expect(boss).toMatch(/yamada-call\.vtt/);
    expect(boss).toMatch(/acknowledge_alert/);
    expect(boss).toMatch(/チームの負担の指標/);
    expect(boss).not.toMatch(/tanaka-call|田中 次郎|insights_accept_feedback/);
    const boss2 = await dashboardOf(BOSS2);
    expect(boss2).toMatch(/tanaka-call\.vtt/);
    expect(boss2).not.toMatch(/yamada-call|山田 花子/);
  });

  it('an admin sees the reports to review with 採用 / 却下 and the note about report files', async () => {
    const cards = await dashboardOf(ADMIN);
    expect(cards).toMatch(/mamori 管理/);
    expect(cards).toMatch(/確認待ちの報告（1件）/);
    expect(cards).toMatch(/insights_accept_feedback/);
    expect(cards).toMatch(/誤検知: yamada-call\.vtt/);
    expect(cards).toMatch(/"title":"採用"/); // one item: no numbers needed
    expect(cards).toMatch(/PDF/);
  });

  it('in a channel the command points to personal chat', async () => {
    const before = h.connector.activities.length;
    await h.post({
      ...personal(h, BOSS, { text: '<at>mamori</at> dashboard' }),
      conversation: { id: '19:team@thread.tacv2', conversationType: 'channel', tenantId: TENANT, isGroup: true },
      entities: [{ type: 'mention', mentioned: { id: BOT_ID, name: 'mamori' }, text: '<at>mamori</at>' }],
    });
    const sent = await waitFor('pointer to personal chat', () => cardsTo('19:team@thread.tacv2', before)[0]);
    expect(json(sent.body)).toMatch(/個人チャット/);
    expect(json(sent.body)).not.toMatch(/yamada-call/);
  });

  it('採用 by a non-admin is refused; by an admin it suppresses the phrase; twice is told', async () => {
    const no = await h.post(cardAction(h, BOSS, 'insights_accept_feedback', ids.feedback!));
    expect(no.body).toMatchObject({ statusCode: 200, value: expect.stringMatching(/管理者だけ/) });
    expect(await h.tdb.database.db.select().from(feedbackReviews)).toHaveLength(0);

    const yes = await h.post(cardAction(h, ADMIN, 'insights_accept_feedback', ids.feedback!));
    expect(yes.body).toMatchObject({ statusCode: 200, value: expect.stringMatching(/責任者を出せ/) });
    const phrases = await h.tdb.database.db.select().from(suppressedPhrases).where(eq(suppressedPhrases.orgId, ids.org!));
    expect(phrases.map((p) => p.phrase)).toEqual(['責任者を出せ']);

    // Action.Submit (older clients) takes the same path.
    const before = h.connector.activities.length;
    await h.post(personal(h, ADMIN, { text: '', value: { mamori: 1, action: 'insights_reject_feedback', value: ids.feedback } }));
    const told = await waitFor('already decided', () => cardsTo(ADMIN.chat, before)[0]);
    expect(json(told.body)).toMatch(/判断済み/);
    expect((await dashboardOf(ADMIN))).toMatch(/確認待ちの報告（0件）/);
  });

  it('a view with many buttons is split so that no card has more than six', () => {
    const view = {
      fallbackText: 'x',
      blocks: [
        { type: 'header' as const, text: '確認待ち' },
        ...Array.from({ length: 5 }, (_, i) => [
          { type: 'text' as const, text: `報告 ${i}` },
          { type: 'actions' as const, actions: [{ id: 'insights_accept_feedback' as const, label: '採用', value: `f${i}` }, { id: 'insights_reject_feedback' as const, label: '却下', value: `f${i}` }] },
        ]).flat(),
      ],
    };
    const parts = teamsDashboardViews(view, 'ja');
    expect(parts.length).toBe(2);
    for (const p of parts) expect(p.blocks.flatMap((b) => (b.type === 'actions' ? b.actions : [])).length).toBeLessThanOrEqual(TEAMS_LIMITS.maxActions);
    expect(json(parts[1])).toMatch(/4\. 報告 3/);
    expect(json(parts[1])).toMatch(/確認待ち（続き）/);
  });
});
