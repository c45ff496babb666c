/**
 * A polling worker over pg-boss's fetch/complete/fail. Unlike `boss.work()` in pg-boss 10, which
 * waits a whole polling interval after every job, a busy slot fetches the next job at once; idle
 * slots poll. A handler that outlives the job's expiry is given up on (the job fails and is retried:
 * handlers are idempotent), as `boss.work()` does.
 */
import type PgBoss from 'pg-boss';
import type { Logger } from '../logger.js';

export interface WorkerLoopOptions<T> {
  queue: string;
  /** Jobs of this queue handled at the same time. */
  concurrency: number;
  pollingIntervalMs: number;
  handler: (job: PgBoss.JobWithMetadata<T>) => Promise<unknown>;
  logger: Logger;
}

export interface WorkerLoop {
  /** Wakes idle slots now (e.g. after enqueueing in this process). */
  notify(): void;
  /** Stops fetching and waits for the jobs in hand to finish. */
  stop(): Promise<void>;
}

/** Jobs the loops of this process are running now, for `releaseJobsInHand` (a job id → how to hand it back). */
const inHand = new Map<string, { release(): Promise<void> }>();

/**
 * Hands every job this process is running back to the queue (failed, so it is retried after its
 * retry delay rather than after its expiry): for a process that exits before they finish (see
 * server/shutdown.ts). A job on its last attempt is left to expire instead, so it reaches the
 * dead-letter queue the way it always did. Returns how many were handed back.
 */
export async function releaseJobsInHand(): Promise<number> {
  const jobs = [...inHand.values()];
  inHand.clear();
  const released = await Promise.all(jobs.map((j) => j.release().then(() => 1, () => 0)));
  return released.reduce<number>((a, b) => a + b, 0);
}

export function startWorkerLoop<T>(boss: PgBoss, options: WorkerLoopOptions<T>): WorkerLoop {
  let stopping = false;
  const sleepers = new Set<() => void>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      sleepers.add(wake);
    });
  const log = options.logger.child({ queue: options.queue });

  async function slot(): Promise<void> {
    while (!stopping) {
      let job: PgBoss.JobWithMetadata<T> | undefined;
      try {
        [job] = await boss.fetch<T>(options.queue, { batchSize: 1, includeMetadata: true });
      } catch (err) {
        log.error({ err: errorSummary(err) }, 'fetching a job failed');
      }
      if (!job) {
        if (!stopping) await sleep(options.pollingIntervalMs);
        continue;
      }
      const started = Date.now();
      const held = job;
      if (held.retryCount < held.retryLimit) {
        inHand.set(held.id, {
          release: () => boss.fail(options.queue, held.id, { name: 'Shutdown', message: 'the process stopped before the job finished' }).then(() => {}),
        });
      }
      try {
        await withinSeconds(options.handler(job), Number(job.expireInSeconds));
        await boss.complete(options.queue, job.id);
        log.debug({ jobId: job.id, ms: Date.now() - started }, 'job done');
      } catch (err) {
        log.warn({ jobId: job.id, retryCount: job.retryCount, err: errorSummary(err) }, 'job failed');
        try {
          await boss.fail(options.queue, job.id, errorSummary(err));
        } catch (failErr) {
          // The job expires and is retried anyway.
          log.error({ jobId: job.id, err: errorSummary(failErr) }, 'recording a job failure failed');
        }
      } finally {
        inHand.delete(job.id);
      }
      // Let timers run between jobs: with an embedded database every query resolves as a microtask,
      // and a busy slot would otherwise starve the sleeping ones (and pg-boss's maintenance timer).
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  const slots = Array.from({ length: Math.max(1, options.concurrency) }, () => slot());
  return {
    notify() {
      for (const wake of [...sleepers]) wake();
    },
    async stop() {
      stopping = true;
      for (const wake of [...sleepers]) wake();
      await Promise.all(slots);
    },
  };
}

/** Only the error's class and message: messages carry ids, never transcript text or tokens. */
export function errorSummary(err: unknown): { name: string; message: string } {
  return err instanceof Error ? { name: err.name, message: err.message } : { name: 'Error', message: String(err) };
}

async function withinSeconds<T>(promise: Promise<T>, seconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`handler exceeded the job's expiry of ${seconds}s`)), Math.max(1, seconds) * 1000);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
