/**
 * `mamori export --org ID` and `mamori delete-org --org ID --confirm NAME`, run through the CLI's
 * entry function on a real database: embedded PGlite in a data folder (as `npx mamori` uses it), or
 * a fresh PostgreSQL database when TEST_DATABASE_URL is set. Both are recorded in the audit log; a
 * second organisation is neither exported nor deleted.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { openDatabase, type Database } from '../../src/db/connection.js';
import {
  alerts, analyses, auditLog, excerpts, feedback, feedbackReviews, members, organisations, stressBalances, stressEvents, submissions,
} from '../../src/db/schema/index.js';
import { EXPORT_TABLES } from '../../src/flows/insights/export.js';
import { fakeAnalyser } from '../helpers/fakes.js';
import { openTestDatabase, type TestDatabase } from '../helpers/test-database.js';

const work = mkdtempSync(join(tmpdir(), 'mamori-cli-export-'));
const dataDir = join(work, 'data');
let pg: TestDatabase | undefined;
const saved = { DATABASE_URL: process.env.DATABASE_URL, MAMORI_DATA_DIR: process.env.MAMORI_DATA_DIR };
const ids: Record<string, string> = {};

/** The database the CLI uses (its own connection, closed after each use: PGlite's folder takes one process at a time). */
async function withDb<T>(f: (d: Database) => Promise<T>): Promise<T> {
  const d = await openDatabase({ url: process.env.DATABASE_URL, dataDir });
  try {
    return await f(d);
  } finally {
    await d.close();
  }
}

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

async function seed(d: Database, team: string, name: string, marker: string): Promise<string> {
  const db = d.db;
  const [org] = await db.insert(organisations).values({ platform: 'slack', platformTeamId: team, name }).returning();
  const [staff] = await db.insert(members).values({ orgId: org!.id, platformUserId: `${team}-staff`, displayName: marker, roles: ['staff'] }).returning();
  const [boss] = await db.insert(members).values({ orgId: org!.id, platformUserId: `${team}-boss`, roles: ['supervisor', 'admin'] }).returning();
  const result = fakeAnalyser('risk=85;dur=900', `${marker}.vtt`);
  const [sub] = await db.insert(submissions).values({
    orgId: org!.id, submittedBy: staff!.id, source: 'cli', platformFileId: `${team}-f`, fileName: `${marker}.vtt`, fileType: 'text/vtt', sizeBytes: 1,
    replyTo: { channel: 'C' }, status: 'analysed',
  }).returning();
  const [a] = await db.insert(analyses).values({
    submissionId: sub!.id, orgId: org!.id, schemaVersion: 1, language: 'ja', verdict: result.verdict, risk: result.risk, level: result.level,
    categories: result.categories, durationSec: result.durationSec, result,
  }).returning();
  await db.insert(excerpts).values({ analysisId: a!.id, ordinal: 0, line: 2, speaker: '顧客', text: `${marker}: 帰り道に気をつけろ`, categories: ['threat'], score: 85 });
  await db.insert(alerts).values({ orgId: org!.id, analysisId: a!.id, recipientId: boss!.id });
  const [f] = await db.insert(feedback).values({ orgId: org!.id, analysisId: a!.id, memberId: staff!.id, kind: 'missed', comment: `${marker} の見逃し` }).returning();
  await db.insert(feedbackReviews).values({
    feedbackId: f!.id, orgId: org!.id, decision: 'accepted', reviewedBy: boss!.id,
    label: { id: `fb-${marker}`, file: `conversations/fb-${marker}.txt`, verdict: 'kasuhara' }, transcript: { format: 'txt', content: `[00:00:01] 顧客: ${marker}\n` },
  });
  await db.insert(stressEvents).values({ orgId: org!.id, memberId: staff!.id, analysisId: a!.id, weight: 4.5, occurredAt: new Date() });
  await db.insert(stressBalances).values({ memberId: staff!.id, orgId: org!.id, balance: 4.5, asOf: new Date(), level: 0 });
  return org!.id;
}

beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) {
    pg = await openTestDatabase();
    process.env.DATABASE_URL = pg.url;
  } else delete process.env.DATABASE_URL;
  process.env.MAMORI_DATA_DIR = dataDir;
  await withDb(async (d) => {
    await d.migrate();
    ids.a = await seed(d, 'T-A', '株式会社エー', 'ORG-A');
    ids.b = await seed(d, 'T-B', '株式会社ビー', 'ORG-B');
  });
}, 120_000);

afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  await pg?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('mamori export', () => {
  it('writes every table of the organisation as JSON Lines and CSV with a manifest, and records the export in the audit log', async () => {
    const out = join(work, 'export-a');
    const examples = join(work, 'examples-a');
    const r = await cli(['export', '--org', ids.a!, '--out', out, '--examples', examples]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`analyses: 1 rows → ${out}/analyses.jsonl, ${out}/analyses.csv`);
    expect(r.out).toContain(`labelled examples: 1 → ${examples}`);
    expect(readdirSync(out).sort()).toEqual([...EXPORT_TABLES.flatMap((t) => [`${t}.csv`, `${t}.jsonl`]), 'manifest.json'].sort());
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.organisation).toEqual({ id: ids.a, name: '株式会社エー' });
    for (const table of ['analyses', 'excerpts', 'alerts', 'feedback', 'stress_events', 'stress_balances', 'feedback_reviews']) {
      expect(manifest.tables[table].rows, table).toBe(1);
      expect(readFileSync(join(out, `${table}.jsonl`), 'utf8').trim().split('\n'), table).toHaveLength(1);
    }
    const everything = readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    expect(everything).toContain('ORG-A');
    expect(everything).not.toContain('ORG-B');
    expect(everything).not.toContain(ids.b);
    expect(readFileSync(join(examples, 'labels.jsonl'), 'utf8')).toContain('fb-ORG-A');
    expect(readdirSync(join(examples, 'conversations'))).toEqual(['fb-ORG-A.txt']);

    const audit = await withDb((d) => d.db.select().from(auditLog).where(eq(auditLog.action, 'export')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ orgId: ids.a, actor: 'admin-cli', subject: ids.a });
    expect(audit[0]!.detail).toMatchObject({ rows: { analyses: 1, excerpts: 1, alerts: 1, feedback: 1 } });
  });

  it('refuses an unknown organisation or an id that is not one, with a message and exit code 1', async () => {
    const unknown = await cli(['export', '--org', '00000000-0000-4000-8000-000000000000', '--out', join(work, 'none')]);
    expect(unknown.code).toBe(1);
    expect(unknown.err.join('\n')).toMatch(/organisation 00000000-0000-4000-8000-000000000000 not found/);
    const bad = await cli(['export', '--org', 'acme', '--out', join(work, 'none')]);
    expect(bad.code).toBe(1);
    expect(bad.err.join('\n')).toMatch(/--org must be an organisation id/);
    const missing = await cli(['export']);
    expect(missing.code).not.toBe(0);
    expect(await withDb((d) => d.db.select().from(auditLog).where(eq(auditLog.action, 'export')))).toHaveLength(1);
  });

  it('lists the organisations and their ids (to find the one to export)', async () => {
    const r = await cli(['orgs']);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toContain(`${ids.a}  slack  T-A  株式会社エー`);
    expect(r.out.join('\n')).toContain(`${ids.b}  slack  T-B  株式会社ビー`);
  });
});

describe('mamori delete-org', () => {
  it('refuses without the matching name and deletes nothing', async () => {
    const r = await cli(['delete-org', '--org', ids.a!, '--confirm', '株式会社ビー']);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/--confirm does not match the organisation name/);
    expect(await withDb((d) => d.db.select().from(organisations))).toHaveLength(2);
    const none = await cli(['delete-org', '--org', '00000000-0000-4000-8000-000000000000', '--confirm', 'x']);
    expect(none.code).toBe(1);
    expect(none.err.join('\n')).toMatch(/not found/);
  });

  it("deletes the organisation's data, leaves the other organisation whole, and the audit log keeps who deleted what", async () => {
    const r = await cli(['delete-org', '--org', ids.a!, '--confirm', '株式会社エー']);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(new RegExp(`deleted organisation ${ids.a}`));
    await withDb(async (d) => {
      expect((await d.db.select().from(organisations)).map((o) => o.id)).toEqual([ids.b]);
      for (const table of [analyses, alerts, feedback, stressEvents, stressBalances, feedbackReviews, members, submissions]) {
        const rows = (await d.db.select().from(table)) as Array<{ orgId: string }>;
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.every((x) => x.orgId === ids.b)).toBe(true);
      }
      expect((await d.db.select().from(excerpts)).map((e) => e.text)).toEqual(['ORG-B: 帰り道に気をつけろ']);
      const deletion = await d.db.select().from(auditLog).where(eq(auditLog.action, 'delete'));
      expect(deletion).toHaveLength(1);
      // The audit row outlives the organisation: its org_id is cleared, the id stays in subject.
      expect(deletion[0]).toMatchObject({ orgId: null, actor: 'admin-cli', subject: ids.a });
      expect(deletion[0]!.detail).toMatchObject({ name: '株式会社エー', counts: { analyses: 1, excerpts: 1, alerts: 1, feedback: 1, stress_events: 1 } });
      // The export's audit row survives too.
      expect(await d.db.select().from(auditLog).where(eq(auditLog.action, 'export'))).toHaveLength(1);
    });
    // Deleting again: nothing is left to delete.
    expect((await cli(['delete-org', '--org', ids.a!, '--confirm', '株式会社エー'])).code).toBe(1);
  });
});
