/**
 * The practice_sessions repository (src/db/repo/practice-sessions.ts) as the practice flow's store, on PGlite
 * and, with TEST_DATABASE_URL, on PostgreSQL: organisation-scoped, one session under way per trainee, a reply
 * saved once per message id and only on the state it was judged on, the recent scenarios; the sessions expire
 * with the retention period, are exported, and go with the organisation.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOrganisation } from '../../src/db/repo/organisations.js';
import { practiceSessionStore } from '../../src/db/repo/practice-sessions.js';
import { practiceSessions } from '../../src/db/schema/index.js';
import { deleteOrganisationData } from '../../src/flows/insights/export.js';
import { organisationRecords } from '../../src/flows/insights/export-tables.js';
import type { PracticeStore } from '../../src/flows/practice/practice-chat.js';
import type { PracticeSession } from '../../src/flows/practice/session.js';
import { sweepRetention } from '../../src/flows/retention-sweep.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase, type TestDatabase } from '../helpers/test-database.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
}, 60_000);
afterAll(async () => t?.close());

const defaults = { monthlyMinuteQuota: 0, retentionDays: 30 };
const session = (scenarioId: string, turns = 0, outcome: PracticeSession['outcome'] = null): PracticeSession => ({
  scenarioId, step: `s${turns}`, outcome,
  turns: Array.from({ length: turns }, (_, i) => ({
    step: `s${i}`, customer: '客', reply: `返答${i}`, replyClass: 'refused', score: 80, good: [], change: [], better: '',
    verdicts: {} as PracticeSession['turns'][number]['verdicts'],
  })),
});

describe('practice sessions in the database', () => {
  it('keeps one session under way per trainee, scoped to the organisation', async () => {
    const db = t.database.db;
    const a = await ensureOrganisation(db, { platform: 'slack', platformTeamId: 'T-prac-a', name: 'A' }, defaults);
    const b = await ensureOrganisation(db, { platform: 'teams', platformTeamId: 'tenant-prac-b', name: 'B' }, defaults);
    const storeA: PracticeStore = practiceSessionStore<PracticeSession>(db, a.id);
    const storeB: PracticeStore = practiceSessionStore<PracticeSession>(db, b.id);

    expect(await storeA.get('U1')).toBeNull();
    await storeA.start('U1', session('ja-one'));
    expect((await storeA.get('U1'))!.session!.scenarioId).toBe('ja-one');
    expect(await storeB.get('U1')).toBeNull(); // the same user id in another organisation is someone else

    // A second start replaces the first: one under way, both recent (most recent first).
    await storeA.start('U1', session('ja-two'));
    const got = (await storeA.get('U1'))!;
    expect(got.session!.scenarioId).toBe('ja-two');
    expect(got.recent).toEqual(['ja-two', 'ja-one']);
    expect((await db.select().from(practiceSessions).where(eq(practiceSessions.orgId, a.id))).filter((r) => r.endedAt === null)).toHaveLength(1);
  });

  it('saves a reply once per message id, only on the state it was judged on, and ends on an outcome', async () => {
    const db = t.database.db;
    const org = await ensureOrganisation(db, { platform: 'slack', platformTeamId: 'T-prac-c', name: 'C' }, defaults);
    const store = practiceSessionStore<PracticeSession>(db, org.id);
    await store.start('U2', session('en-x'));
    expect(await store.applied('U2', 'm1')).toBe(false);
    expect(await store.save('U2', session('en-x', 1), 'm1', 0)).toBe(true);
    expect(await store.applied('U2', 'm1')).toBe(true);
    expect(await store.save('U2', session('en-x', 1), 'm1', 0)).toBe(false); // the same message again
    expect(await store.save('U2', session('en-x', 2), 'm2', 0)).toBe(false); // judged on a stale state
    expect((await store.get('U2'))!.session!.turns).toHaveLength(1);
    expect(await store.save('U2', session('en-x', 2, 'resolved'), 'm2', 1)).toBe(true);
    expect((await store.get('U2'))!.session).toBeNull(); // ended
    expect(await store.applied('U2', 'm2')).toBe(true); // still known after the end
    const [row] = await db.select().from(practiceSessions).where(eq(practiceSessions.orgId, org.id));
    expect(row).toMatchObject({ outcome: 'resolved', turns: 2, replyIds: ['m1', 'm2'] });
    expect(await store.stop('U2')).toBe(false);
    await store.start('U2', session('en-y'));
    expect(await store.stop('U2')).toBe(true);
    expect((await store.get('U2'))!.session).toBeNull();
  });

  it('expires with the retention period, is exported, and goes with the organisation', async () => {
    const db = t.database.db;
    const org = await ensureOrganisation(db, { platform: 'teams', platformTeamId: 'tenant-prac-d', name: 'D' }, defaults);
    const store = practiceSessionStore<PracticeSession>(db, org.id);
    await store.start('U3', session('ja-old'));
    await store.start('U3', session('ja-new'));
    await db.update(practiceSessions).set({ updatedAt: new Date(Date.now() - 40 * 86_400_000) }).where(eq(practiceSessions.scenarioId, 'ja-old'));

    const report = await sweepRetention({ database: t.database, logger: silentLogger });
    expect(report.practice).toBe(1);
    const records = await organisationRecords(db, org.id);
    expect(records.practice_sessions.map((r) => r.scenarioId)).toEqual(['ja-new']);
    expect(JSON.stringify(records.practice_sessions)).not.toContain('ja-old');

    expect((await deleteOrganisationData(t.database, { orgId: org.id, confirmName: 'D', actor: 'test' })).status).toBe('deleted');
    expect(await db.select().from(practiceSessions).where(eq(practiceSessions.orgId, org.id))).toEqual([]);
  });
});
