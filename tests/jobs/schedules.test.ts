/**
 * Every schedule `npm start` registers fires, on the database the test suite runs on (embedded PGlite,
 * or PostgreSQL when TEST_DATABASE_URL is set — CI runs both). Each cron is set to every minute, whose
 * previous time is always within pg-boss's one-minute window, and the clock ticks every second; the
 * test waits for each queue's job to be completed by its real worker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOKING_SWEEP_QUEUE, COMMUNITY_QUEUES, INSIGHTS_QUEUES } from '../../src/jobs/queues.js';
import { QUEUES } from '../../src/jobs/queues.js';
import { lastSchedulerTick } from '../../src/jobs/scheduler-health.js';
import { startServer, type MamoriServer } from '../../src/server/compose.js';
import { openTestDatabase, waitFor, type TestDatabase } from '../helpers/test-database.js';

const EVERY_MINUTE = '* * * * *';
const SCHEDULED = [
  QUEUES.retention, QUEUES.heartbeat,
  INSIGHTS_QUEUES.stress, INSIGHTS_QUEUES.digest, INSIGHTS_QUEUES.report,
  COMMUNITY_QUEUES.tick, COMMUNITY_QUEUES.digest,
  BOOKING_SWEEP_QUEUE,
];

describe('the scheduler', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mamori-schedules-'));
  let testDb: TestDatabase | undefined;
  let server: MamoriServer;

  beforeAll(async () => {
    // PostgreSQL: the server connects to a fresh database of its own; PGlite: to a data folder.
    testDb = process.env.TEST_DATABASE_URL ? await openTestDatabase() : undefined;
    server = await startServer({
      ...(testDb?.url ? { DATABASE_URL: testDb.url } : { MAMORI_DATA_DIR: dataDir }),
      LOG_LEVEL: 'silent', MAMORI_POLLING_INTERVAL_SECONDS: '0.5', MAMORI_SCHEDULER_TICK_SECONDS: '1',
      MAMORI_RETENTION_CRON: EVERY_MINUTE,
      MAMORI_INSIGHTS_STRESS_CRON: EVERY_MINUTE, MAMORI_INSIGHTS_DIGEST_CRON: EVERY_MINUTE, MAMORI_INSIGHTS_REPORT_CRON: EVERY_MINUTE,
      MAMORI_COMMUNITY_TICK_CRON: EVERY_MINUTE, MAMORI_COMMUNITY_DIGEST_CRON: EVERY_MINUTE,
    }, { serve: false });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await testDb?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('fires every registered schedule, and each job is completed by its worker', async () => {
    const registered = (await server.runtime.boss.getSchedules()).map((s) => s.name).sort();
    expect(registered).toEqual([...SCHEDULED].sort());

    const completed = await waitFor('a completed job on every scheduled queue', async () => {
      const rows = await rowsOf(server, `
        select distinct name from pgboss.job where state = 'completed'
        union select distinct name from pgboss.archive where state = 'completed'`);
      const names = new Set(rows.map((r) => String(r.name)));
      return SCHEDULED.every((q) => names.has(q)) ? names : undefined;
    }, 60_000, 200);
    for (const q of SCHEDULED) expect(completed.has(q)).toBe(true);
  }, 90_000);

  it('records the last tick for /healthz', async () => {
    const last = await lastSchedulerTick(server.runtime.database);
    expect(last).not.toBeNull();
    expect(Math.abs(Date.now() - last!.getTime())).toBeLessThan(5 * 60_000);
  });
});

async function rowsOf(server: MamoriServer, text: string): Promise<Array<Record<string, unknown>>> {
  const result = await server.runtime.database.db.execute(sql.raw(text));
  return (Array.isArray(result) ? result : (result as { rows: Array<Record<string, unknown>> }).rows) as Array<Record<string, unknown>>;
}
