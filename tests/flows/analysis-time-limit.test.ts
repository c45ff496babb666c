/**
 * An analysis over its time limit (MAMORI_ANALYSIS_TIME_LIMIT_SECONDS) ends its job with one clear
 * reply in the thread, Japanese first: the submission fails with `analysis_time_limit`, the job
 * completes instead of being retried (the same file would stall a thread again), the analysis ran
 * once, and the next file is analysed as usual.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalysisPool, type AnalysisPool } from '../../src/analysis-threads/pool.js';
import { outbox, submissions } from '../../src/db/schema/index.js';
import { QUEUES } from '../../src/jobs/queues.js';
import { silentLogger } from '../../src/logger.js';
import { submission } from '../helpers/fakes.js';
import { holdsStarted, holdTranscript } from '../helpers/held-analyser.js';
import { startTestPipeline, type TestPipeline } from '../helpers/pipeline.js';
import { openTestDatabase, testJobsConfig, waitFor, type TestDatabase } from '../helpers/test-database.js';

const sample = readFileSync(path.resolve(import.meta.dirname, '../../samples/ja-harassment.vtt'), 'utf8');

describe('an analysis over its time limit', () => {
  let t: TestDatabase;
  let p: TestPipeline;
  let pool: AnalysisPool;
  const holdDir = mkdtempSync(path.join(tmpdir(), 'mamori-hold-'));

  beforeAll(async () => {
    t = await openTestDatabase();
    pool = createAnalysisPool({ threads: 1, timeLimitMs: 1000, logger: silentLogger, analyserModule: new URL('../helpers/held-analyser.ts', import.meta.url) });
    // The job's own expiry is far above the analysis limit, as in production (900 s against 60 s).
    p = await startTestPipeline(t.database, testJobsConfig({ analysisExpireSeconds: 120 }), { ports: { analyse: pool.analyse } });
  }, 30_000);

  afterAll(async () => {
    writeFileSync(path.join(holdDir, 'release'), '');
    await p?.stop();
    await pool?.close();
    await t?.close();
    rmSync(holdDir, { recursive: true, force: true });
  }, 30_000);

  it('fails the submission with one clear reply, once, and the pool analyses the next file', async () => {
    const db = t.database.db;
    const held = await p.submit(submission({ fileId: holdTranscript(holdDir), fileName: 'hostile.txt' }));
    if (held.status !== 'queued') throw new Error(`not queued: ${held.status}`);

    const job = await waitFor('the analysis job to complete', async () => {
      const { rows: [row] } = await t.database.bossDb.executeSql(
        `select state, retry_count from pgboss.job where name = $1 and data->>'submissionId' = $2`, [QUEUES.analysis, held.submissionId]);
      return row?.state === 'completed' ? (row as { retry_count: number }) : undefined;
    }, 60_000);
    expect(Number(job.retry_count)).toBe(0);
    const [sub] = await db.select().from(submissions).where(eq(submissions.id, held.submissionId));
    expect(sub).toMatchObject({ status: 'failed', errorCode: 'analysis_time_limit' });

    const reply = await waitFor('the reply to be sent', async () => {
      const rows = await db.select().from(outbox).where(sql`${outbox.payload}->>'submissionId' = ${held.submissionId}`);
      return rows.length === 1 && rows[0]!.status === 'sent' ? rows[0]! : undefined;
    });
    expect(reply.kind).toBe('error');
    expect(reply.target).toEqual({ type: 'channel', channel: 'C-calls', thread: '1700000000.000100' });
    expect(reply.payload).toMatchObject({ code: 'analysis_time_limit' });
    expect(String(reply.payload.message)).toMatch(/^このファイルは解析の制限時間（1秒）内に解析を終えられなかった/);
    expect(p.messenger.postsById.get(reply.id)).toBe(1);
    expect(holdsStarted(holdDir)).toBe(1);

    p.files.files.set('F-next', sample);
    const next = await p.submit(submission({ fileId: 'F-next' }));
    if (next.status !== 'queued') throw new Error(`not queued: ${next.status}`);
    const analysed = await waitFor('the next file to be analysed', async () => {
      const [row] = await db.select().from(submissions).where(eq(submissions.id, next.submissionId));
      return row?.status === 'analysed' ? row : undefined;
    }, 60_000);
    expect(analysed.errorCode).toBeNull();
  }, 90_000);
});
