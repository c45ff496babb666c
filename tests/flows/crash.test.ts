/**
 * The crash test: 200 analysis jobs, four workers, one killed in the middle. Every submission ends
 * analysed exactly once and every outbox message is sent exactly once.
 * - PostgreSQL (TEST_DATABASE_URL): four real worker processes, one SIGKILLed.
 * - PGlite (default): four simulated workers in this process on one embedded database; one is killed
 *   right after posting a message (before marking it sent) and another in the middle of a transaction.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMember, ensureOrganisation } from '../../src/db/repo/organisations.js';
import { pgliteDatabase } from '../../src/db/connection.js';
import { analyses, monthlyUsage, organisations, outbox, submissions } from '../../src/db/schema/index.js';
import type { Messenger } from '../../src/flows/ports.js';
import { bossJobQueue, startBoss } from '../../src/jobs/boss.js';
import { startPipelineWorkers, type PipelineWorkers } from '../../src/jobs/workers.js';
import { silentLogger } from '../../src/logger.js';
import { fakeAnalyser, FakeFileSource, RecordingMessenger, submission } from '../helpers/fakes.js';
import { killablePglite } from '../helpers/killable-pglite.js';
import { ORG_DEFAULTS, startTestPipeline, type TestPipeline } from '../helpers/pipeline.js';
import { openTestDatabase, TEST_DATABASE_URL, testJobsConfig, waitFor, type TestDatabase } from '../helpers/test-database.js';

const JOBS = 200;
const jobs = testJobsConfig({ concurrency: 1, analysisExpireSeconds: 2, deliveryExpireSeconds: 2 });
let t: TestDatabase;
let main: TestPipeline;
let expectedSeconds = 0;

beforeAll(async () => {
  t = await openTestDatabase();
  main = await startTestPipeline(t.database, jobs, { workers: false });
  // One organisation with two supervisors: every 4th file is harassment and alerts both of them.
  const org = await ensureOrganisation(t.database.db, { platform: 'slack', platformTeamId: 'T-crash', name: 'x' }, ORG_DEFAULTS);
  await t.database.db.update(organisations).set({ monthlyMinuteQuota: 0, alertThreshold: 60 }).where(eq(organisations.id, org.id));
  await ensureMember(t.database.db, org.id, { platformUserId: 'U-sup1', roles: ['supervisor'] });
  await ensureMember(t.database.db, org.id, { platformUserId: 'U-sup2', roles: ['supervisor'] });
  for (let i = 0; i < JOBS; i++) {
    const dur = 30 + (i % 7) * 10;
    expectedSeconds += dur;
    const out = await main.submit(submission({ team: 'T-crash', user: `U-staff${i % 5}`, content: `risk=${i % 4 === 0 ? 90 : 20};dur=${dur};n=${i}` }));
    expect(out.status).toBe('queued');
  }
}, 60_000);

afterAll(async () => {
  await main?.stop();
  await t?.close();
});

/** Where things stand, for a failure message. */
async function diagnostics(): Promise<string> {
  const { db, bossDb } = t.database;
  const subs = await db.select({ status: submissions.status, n: sql<number>`count(*)::int` }).from(submissions).groupBy(submissions.status);
  const msgs = await db.select({ status: outbox.status, n: sql<number>`count(*)::int` }).from(outbox).groupBy(outbox.status);
  const { rows } = await bossDb.executeSql(`SELECT name, state, count(*)::int AS n FROM pgboss.job GROUP BY 1, 2 ORDER BY 1, 2`, []);
  return JSON.stringify({ subs, msgs, jobs: rows });
}

/** 200 analysed, one analysis each, usage counted once, and every message sent. Returns the outbox. */
async function waitUntilAllDone(timeoutMs: number) {
  try {
    return await waitUntilAllDoneInner(timeoutMs);
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${await diagnostics()}`);
  }
}

async function waitUntilAllDoneInner(timeoutMs: number) {
  const { db } = t.database;
  await waitFor('all submissions analysed', async () => {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(submissions).where(eq(submissions.status, 'analysed'));
    return row!.n === JOBS;
  }, timeoutMs, 100);
  return waitFor('every outbox message sent', async () => {
    const rows = await db.select().from(outbox);
    return rows.length > 0 && rows.every((r) => r.status === 'sent') ? rows : undefined;
  }, timeoutMs, 100);
}

async function checkExactlyOnce(postsById: Map<string, number>) {
  const { db } = t.database;
  const perSubmission = await db.select({ id: analyses.submissionId, n: sql<number>`count(*)::int` }).from(analyses).groupBy(analyses.submissionId);
  expect(perSubmission).toHaveLength(JOBS);
  expect(perSubmission.every((r) => r.n === 1)).toBe(true);
  const [usage] = await db.select().from(monthlyUsage);
  expect(usage).toMatchObject({ secondsAnalysed: expectedSeconds, filesAnalysed: JOBS });
  const rows = await db.select().from(outbox);
  expect(rows).toHaveLength(JOBS + (JOBS / 4) * 2); // a reply each, two alerts for every 4th
  for (const row of rows) expect({ id: row.id, posts: postsById.get(row.id) ?? 0 }).toEqual({ id: row.id, posts: 1 });
  expect([...postsById.keys()].every((id) => rows.some((r) => r.id === id))).toBe(true);
  return rows;
}

describe.runIf(!TEST_DATABASE_URL)('crash test on PGlite (simulated workers in one process)', () => {
  it('loses nothing and sends nothing twice when workers die between steps', async () => {
    const platform = new RecordingMessenger();
    const workers: { stop(): Promise<void>; boss: PgBoss; handle: ReturnType<typeof killablePglite> }[] = [];
    for (let w = 0; w < 4; w++) {
      const handle = killablePglite(t.pglite!);
      const database = pgliteDatabase(handle.client, async () => {});
      const boss = await startBoss(database, jobs, silentLogger, { supervise: w >= 2 });
      let posts = 0;
      const messenger: Messenger = {
        findPosted: (m) => platform.findPosted(m),
        async post(m) {
          const ref = await platform.post(m);
          // Worker 0 dies right after its 20th post: posted, never marked sent.
          posts += 1;
          if (w === 0 && posts === 20) handle.kill();
          return ref;
        },
      };
      const running: PipelineWorkers = startPipelineWorkers({
        boss, database, queue: bossJobQueue(boss, database), jobs, logger: silentLogger,
        ports: { files: new FakeFileSource(), analyse: fakeAnalyser, messenger },
      });
      workers.push({ stop: () => running.stop(), boss, handle });
    }
    // Worker 1 dies in the middle of a transaction, some way into the run.
    workers[1]!.handle.killAtTransactionQuery(150);

    const rows = await waitUntilAllDone(45_000);
    expect(workers.map((w) => w.handle.killed)).toEqual([true, true, false, false]);
    await checkExactlyOnce(platform.postsById);
    // The message worker 0 posted before dying was found by a retry instead of posted again.
    expect(rows.some((r) => r.attempts >= 2)).toBe(true);

    for (const w of workers.filter((x) => !x.handle.killed)) await w.stop();
    for (const w of workers) void w.boss.stop({ graceful: false, wait: false, close: false });
  }, 60_000);
});

describe.runIf(TEST_DATABASE_URL)('crash test on PostgreSQL (worker processes, one SIGKILLed)', () => {
  let server: Server;
  const postsById = new Map<string, number>();
  const children: ChildProcess[] = [];

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once('exit', r)))));
    await new Promise((r) => server?.close(r));
  });

  it('loses nothing and sends nothing twice when a worker process is SIGKILLed', async () => {
    // The fake platform: records posts by outbox id, answers "was this posted?".
    server = createServer((req, res) => {
      const reply = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (req.method === 'POST' && req.url === '/post') {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
          const { id } = JSON.parse(body) as { id: string };
          postsById.set(id, (postsById.get(id) ?? 0) + 1);
          setTimeout(() => reply({ ref: `ref-${id}` }), 2); // a little latency, so deaths land mid-post too
        });
        return;
      }
      const m = /^\/posted\/(.+)$/.exec(req.url ?? '');
      if (m) return reply({ ref: postsById.has(m[1]!) ? `ref-${m[1]}` : null });
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const platformUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const script = fileURLToPath(new URL('../helpers/crash-worker.ts', import.meta.url));
    for (let w = 0; w < 4; w++) {
      const child = spawn(process.execPath, ['--import', 'tsx', script], {
        env: { ...process.env, DATABASE_URL: t.url!, MESSENGER_URL: platformUrl, LOG_LEVEL: 'error' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      children.push(child);
    }
    await Promise.all(children.map((c) => new Promise<void>((resolve, reject) => {
      c.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      c.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
    })));

    // Kill one worker once a third of the files are analysed: it is in the middle of something.
    await waitFor('a third analysed', async () => {
      const [row] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(submissions).where(eq(submissions.status, 'analysed'));
      return row!.n >= JOBS / 3;
    }, 30_000, 20);
    const victim = children[0]!;
    victim.kill('SIGKILL');
    await new Promise((r) => victim.once('exit', r));
    expect(victim.signalCode).toBe('SIGKILL');

    await waitUntilAllDone(45_000);
    await checkExactlyOnce(postsById);
  }, 90_000);
});
