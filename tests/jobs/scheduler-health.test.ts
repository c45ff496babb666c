/** The scheduler's health: fresh after a tick, stale (and said once) when the clock stops. */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBoss } from '../../src/jobs/boss.js';
import { QUEUES } from '../../src/jobs/queues.js';
import { STALE_AFTER_SECONDS, watchScheduler } from '../../src/jobs/scheduler-health.js';
import { createLogger, silentLogger } from '../../src/logger.js';
import { openTestDatabase, testJobsConfig, waitFor, type TestDatabase } from '../helpers/test-database.js';
import type PgBoss from 'pg-boss';

describe('watchScheduler', () => {
  let t: TestDatabase;
  let boss: PgBoss;
  beforeAll(async () => {
    t = await openTestDatabase();
    boss = await startBoss(t.database, testJobsConfig(), silentLogger, { schedule: false });
  }, 60_000);
  afterAll(async () => {
    await boss.stop({ graceful: false, close: false });
    await t.close();
  });

  it('gives a new process time for its first tick, then reports the newest heartbeat', async () => {
    let now = Date.now();
    const health = watchScheduler(t.database, silentLogger, { now: () => now });
    try {
      expect(await health.status()).toEqual({ ok: true, lastTickAt: null, ageSeconds: null });
      now += (STALE_AFTER_SECONDS + 1) * 1000;
      expect((await health.status()).ok).toBe(false);
      await boss.send(QUEUES.heartbeat, {});
      now = Date.now();
      const s = await health.status();
      expect(s.ok).toBe(true);
      expect(s.ageSeconds).toBeLessThan(5);
    } finally {
      health.stop();
    }
  });

  it('tells the operator once when scheduled jobs stop firing, and once when they fire again', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = createLogger('info', new Writable({ write(c, _e, done) { lines.push(JSON.parse(String(c))); done(); } }));
    let now = Date.now() + (STALE_AFTER_SECONDS + 60) * 1000;
    const health = watchScheduler(t.database, logger, { now: () => now, checkEveryMs: 20 });
    try {
      await waitFor('the stale message', () => lines.some((l) => String(l.msg).startsWith('scheduled jobs are not firing')));
      await new Promise((r) => setTimeout(r, 100));
      expect(lines.filter((l) => String(l.msg).startsWith('scheduled jobs are not firing'))).toHaveLength(1);
      await boss.send(QUEUES.heartbeat, {});
      now = Date.now();
      await waitFor('the recovery message', () => lines.some((l) => l.msg === 'scheduled jobs fire again'));
    } finally {
      health.stop();
    }
  });
});
