import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyses, members, organisations, submissions } from '../../src/db/schema/index.js';
import { recordEventOnce } from '../../src/db/repo/events.js';
import { fakeAnalyser } from '../helpers/fakes.js';
import { openTestDatabase, type TestDatabase } from '../helpers/test-database.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
}, 30_000);
afterAll(async () => {
  await t?.close();
}, 30_000);

async function org(team: string) {
  const [o] = await t.database.db.insert(organisations).values({ platform: 'slack', platformTeamId: team, name: 'x' }).returning();
  const [m] = await t.database.db.insert(members).values({ orgId: o!.id, platformUserId: 'U1', roles: ['staff'] }).returning();
  return { org: o!, member: m! };
}

function newSubmission(orgId: string, memberId: string, over: Partial<typeof submissions.$inferInsert> = {}) {
  return {
    orgId, submittedBy: memberId, source: 'slack_file' as const, platformFileId: 'F1', fileName: 'a.vtt',
    fileType: 'text/vtt', sizeBytes: 1, replyTo: { channel: 'C1' }, ...over,
  };
}

/** The error a failed insert raised, with the constraint name PostgreSQL reports. */
async function violation(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    const e = err as { cause?: { constraint?: string; constraint_name?: string; message?: string }; message: string };
    return e.cause?.constraint ?? e.cause?.constraint_name ?? e.cause?.message ?? e.message;
  }
  throw new Error('expected the database to refuse this');
}

describe('schema and migrations', () => {
  it('applies the committed migrations, and applying them again is a no-op', async () => {
    await t.database.migrate();
    const rows = await t.database.db.execute(sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`);
    const n = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { n: number }[] }).rows)[0] as { n: number };
    expect(n.n).toBeGreaterThanOrEqual(13);
  });

  it('enforces settings ranges, roles and enums with check constraints', async () => {
    const { db } = t.database;
    expect(await violation(db.insert(organisations).values({ platform: 'slack', platformTeamId: 'Tbad', name: 'x', alertThreshold: 101 })))
      .toMatch(/alert_threshold/);
    expect(await violation(db.insert(organisations).values({ platform: 'discord' as 'slack', platformTeamId: 'Tbad', name: 'x' })))
      .toMatch(/platform/);
    const { org: o } = await org('T-ck');
    expect(await violation(db.insert(members).values({ orgId: o.id, platformUserId: 'U9', roles: ['boss' as 'admin'] }))).toMatch(/roles/);
    expect(await violation(db.insert(members).values({ orgId: o.id, platformUserId: 'U8', mayPayByInvoice: true }))).toMatch(/invoice/);
  });

  it('keys submissions on the platform event id and on file id + content hash', async () => {
    const { db } = t.database;
    const { org: o, member } = await org('T-uq');
    await db.insert(submissions).values(newSubmission(o.id, member.id, { platformEventId: 'Ev1' }));
    expect(await violation(db.insert(submissions).values(newSubmission(o.id, member.id, { platformEventId: 'Ev1', platformFileId: 'F2' }))))
      .toMatch(/submissions_event_uq/);
    // Same file, content unknown on both sides: one submission (NULLS NOT DISTINCT).
    expect(await violation(db.insert(submissions).values(newSubmission(o.id, member.id, { platformEventId: 'Ev2' }))))
      .toMatch(/submissions_file_sha_uq/);
    const sha = 'a'.repeat(64);
    await db.insert(submissions).values(newSubmission(o.id, member.id, { platformEventId: 'Ev3', sha256: sha }));
    expect(await violation(db.insert(submissions).values(newSubmission(o.id, member.id, { platformEventId: 'Ev4', sha256: sha }))))
      .toMatch(/submissions_file_sha_uq/);
    expect(await violation(db.insert(submissions).values(newSubmission(o.id, member.id, { platformEventId: 'Ev5', sha256: 'XYZ' }))))
      .toMatch(/sha256/);
    // A failed submission is history: the same file and content may be submitted again.
    await db.update(submissions).set({ status: 'failed', errorCode: 'file_gone' }).where(sql`${submissions.platformEventId} = 'Ev3'`);
    await db.insert(submissions).values(newSubmission(o.id, member.id, { platformEventId: 'Ev6', sha256: sha }));
  });

  it('allows one analysis per submission and keeps risk within 0–100', async () => {
    const { db } = t.database;
    const { org: o, member } = await org('T-an');
    const [s] = await db.insert(submissions).values(newSubmission(o.id, member.id)).returning();
    const result = fakeAnalyser('risk=80;dur=30', 'a.vtt');
    const row = {
      submissionId: s!.id, orgId: o.id, schemaVersion: 1, language: 'ja', verdict: result.verdict, risk: result.risk,
      level: result.level, categories: result.categories, durationSec: result.durationSec, result,
    };
    expect(await violation(db.insert(analyses).values({ ...row, risk: 120 }))).toMatch(/risk/);
    await db.insert(analyses).values(row);
    expect(await violation(db.insert(analyses).values(row))).toMatch(/analyses_submission_uq/);
    const [stored] = await db.select().from(analyses).where(sql`${analyses.submissionId} = ${s!.id}`);
    expect(stored!.result).toEqual(result);
  });

  it('records a platform event id once', async () => {
    expect(await recordEventOnce(t.database.db, 'slack', 'Ev-x')).toBe(true);
    expect(await recordEventOnce(t.database.db, 'slack', 'Ev-x')).toBe(false);
    expect(await recordEventOnce(t.database.db, 'teams', 'Ev-x')).toBe(true);
  });
});
