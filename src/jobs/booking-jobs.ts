/**
 * The booking sweep on pg-boss: one queue, a schedule every minute (pg-boss fires a schedule once
 * across all instances), and a worker. The server calls these next to the pipeline's workers.
 */
import type PgBoss from 'pg-boss';
import type { BookingDeps } from '../flows/booking/deps.js';
import { runBookingSweep } from '../flows/booking/sweep.js';
import { BOOKING_SWEEP_QUEUE } from './queues.js';
import { startWorkerLoop, type WorkerLoop } from './worker-loop.js';

export async function ensureBookingQueue(boss: PgBoss): Promise<void> {
  const policy = { name: BOOKING_SWEEP_QUEUE, retryLimit: 2, retryDelay: 30, expireInSeconds: 300 };
  if (!(await boss.getQueue(BOOKING_SWEEP_QUEUE))) {
    try {
      await boss.createQueue(BOOKING_SWEEP_QUEUE, policy);
    } catch (err) {
      if (!(await boss.getQueue(BOOKING_SWEEP_QUEUE))) throw err;
    }
  }
}

/** Registers the schedule (the boss needs `schedule: true` on at least one instance). */
export async function scheduleBookingSweep(boss: PgBoss, cron = '* * * * *'): Promise<void> {
  await boss.schedule(BOOKING_SWEEP_QUEUE, cron, {}, { tz: 'UTC' });
}

export function startBookingWorker(boss: PgBoss, deps: BookingDeps, pollingIntervalMs = 2000): WorkerLoop {
  return startWorkerLoop(boss, {
    queue: BOOKING_SWEEP_QUEUE,
    concurrency: 1,
    pollingIntervalMs,
    logger: deps.logger,
    handler: async () => {
      const report = await runBookingSweep(deps);
      if (Object.values(report).some((n) => n > 0)) deps.logger.info(report, 'booking sweep');
      return report;
    },
  });
}
