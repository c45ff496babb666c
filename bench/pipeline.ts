/**
 * Pipeline throughput: submissions → analysis jobs → outbox deliveries, jobs per second end to end
 * (first submission to last message marked sent; submissions arrive four at a time), with the real analyser on a real sample transcript,
 * a FileSource and Messenger that answer at once, on embedded PGlite (in memory) and, when
 * BENCH_DATABASE_URL is set, on PostgreSQL (a fresh database, dropped afterwards).
 *
 *   npx tsx -e "import('./bench/pipeline.ts').then(m => m.benchPipeline()).then(r => console.log(r))"
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { analyzeFile } from '../src/analysis/index.js';
import type { JobsConfig } from '../src/config.js';
import { connectPglite, connectPostgres, type Database } from '../src/db/connection.js';
import { ensureOrganisation } from '../src/db/repo/organisations.js';
import { organisations, outbox, submissions } from '../src/db/schema/index.js';
import type { Messenger } from '../src/flows/ports.js';
import { submitForAnalysis } from '../src/flows/submit-for-analysis.js';
import { bossJobQueue, startBoss } from '../src/jobs/boss.js';
import { startPipelineWorkers } from '../src/jobs/workers.js';
import { silentLogger } from '../src/logger.js';

export interface PipelineFigures {
  jobsPerSec: number;
  jobs: number;
  messages: number;
  concurrency: number;
  seconds: number;
  /** Of which: recording the submissions (one transaction each, 4 at a time, workers already draining). */
  submitSeconds: number;
}

const SUBMITTERS = 4;
const SAMPLE = fileURLToPath(new URL('../samples/ja-harassment.vtt', import.meta.url));

export async function benchPipeline(options: { jobs?: number; concurrency?: number } = {}): Promise<{
  pglite: PipelineFigures;
  postgres?: PipelineFigures;
}> {
  const jobs = options.jobs ?? Number(process.env.BENCH_PIPELINE_JOBS ?? 300);
  const concurrency = options.concurrency ?? 4;
  const pglite = await connectPglite();
  const result: { pglite: PipelineFigures; postgres?: PipelineFigures } = {
    pglite: await measure(pglite, jobs, concurrency).finally(() => pglite.close()),
  };
  const url = process.env.BENCH_DATABASE_URL;
  if (url) {
    const name = `mamori_bench_${randomBytes(4).toString('hex')}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const pg = connectPostgres(u.toString(), { max: concurrency * 2 + 2, bossMax: concurrency + 2 });
    try {
      result.postgres = await measure(pg, jobs, concurrency);
    } finally {
      await pg.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  return result;
}

async function measure(database: Database, jobs: number, concurrency: number): Promise<PipelineFigures> {
  await database.migrate();
  const config: JobsConfig = {
    concurrency, retryLimit: 3, retryDelaySeconds: 1, analysisExpireSeconds: 60, deliveryExpireSeconds: 60,
    pollingIntervalSeconds: 0.05, maintenanceIntervalSeconds: 60, retentionCron: '17 3 * * *', schedulerTickSeconds: 30,
  };
  const boss = await startBoss(database, config, silentLogger);
  const queue = bossJobQueue(boss, database);
  const bytes = readFileSync(SAMPLE);
  const org = await ensureOrganisation(database.db, { platform: 'slack', platformTeamId: 'T-bench', name: 'bench' }, { monthlyMinuteQuota: 0, retentionDays: 90 });
  await database.db.update(organisations).set({ monthlyMinuteQuota: 0 }).where(eq(organisations.id, org.id));
  const messenger: Messenger = { post: async (m) => `ref-${m.id}`, findPosted: async () => null };
  const workers = startPipelineWorkers({
    boss, database, queue, jobs: config, logger: silentLogger,
    ports: { files: { fetch: async () => bytes }, analyse: analyzeFile, messenger },
  });
  const deps = { database, queue, orgDefaults: { monthlyMinuteQuota: 0, retentionDays: 90 }, logger: silentLogger };
  const started = performance.now();
  // Four events arriving at a time (four bot handlers), while the workers drain.
  let next = 0;
  const submitter = async () => {
    for (let i = next++; i < jobs; i = next++) await submitForAnalysis(deps, {
      org: { platform: 'slack', platformTeamId: 'T-bench', name: 'bench' },
      submitter: { platformUserId: `U${i % 20}` },
      source: 'slack_file',
      platformEventId: `Ev-bench-${i}`,
      file: { id: `F-bench-${i}`, name: 'call.vtt', type: 'text/vtt', sizeBytes: bytes.length },
      replyTo: { channel: 'C-bench' },
    });
  };
  await Promise.all(Array.from({ length: SUBMITTERS }, submitter));
  const submitted = performance.now();
  const deadline = Date.now() + 300_000;
  let messages = 0;
  for (;;) {
    const [done] = await database.db.select({ n: sql<number>`count(*)::int` }).from(submissions).where(eq(submissions.status, 'analysed'));
    const [pending] = await database.db.select({ n: sql<number>`count(*)::int` }).from(outbox).where(sql`${outbox.status} <> 'sent'`);
    if (done!.n === jobs && pending!.n === 0) {
      const [all] = await database.db.select({ n: sql<number>`count(*)::int` }).from(outbox);
      messages = all!.n;
      break;
    }
    if (Date.now() > deadline) throw new Error(`pipeline bench did not finish: ${done!.n}/${jobs} analysed`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const seconds = (performance.now() - started) / 1000;
  await workers.stop();
  await boss.stop({ graceful: false, wait: true, close: false });
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    jobsPerSec: Math.round((jobs / seconds) * 10) / 10, jobs, messages, concurrency, seconds: round(seconds),
    submitSeconds: round((submitted - started) / 1000),
  };
}

const isEntry = process.argv[1] !== undefined && /bench[/\\]pipeline\.ts$/.test(process.argv[1]);
if (isEntry) console.log(JSON.stringify(await benchPipeline(), null, 2));
