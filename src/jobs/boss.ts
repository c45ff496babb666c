/** pg-boss on the application's database (postgres.js pool or embedded PGlite) through its `db` adapter. */
import PgBoss from 'pg-boss';
import type { JobsConfig } from '../config.js';
import type { Database } from '../db/connection.js';
import type { JobQueue } from '../flows/ports.js';
import type { Logger } from '../logger.js';
import { ensureQueues, MEETING_WATCH_QUEUE, PGBOSS_SCHEMA, QUEUES } from './queues.js';
import { repeatedErrorLog } from './repeated-errors.js';

export interface BossOptions {
  /** Run maintenance (expire timed-out jobs, archive) — every worker instance should; pg-boss elects one per interval. */
  supervise?: boolean;
  /** Run the cron clock (scheduled jobs fire once across all instances). */
  schedule?: boolean;
}

export async function startBoss(database: Database, jobs: JobsConfig, logger: Logger, options: BossOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    db: database.bossDb,
    schema: PGBOSS_SCHEMA,
    supervise: options.supervise ?? true,
    schedule: options.schedule ?? false,
    migrate: true,
    maintenanceIntervalSeconds: jobs.maintenanceIntervalSeconds,
    // Archive completed jobs after an hour: keeps the job table small; the outbox is the record.
    archiveCompletedAfterSeconds: 3600,
    cronMonitorIntervalSeconds: jobs.schedulerTickSeconds,
    cronWorkerIntervalSeconds: jobs.schedulerTickSeconds,
  });
  boss.on('error', repeatedErrorLog(logger, 'job queue (pg-boss)'));
  await boss.start();
  await ensureQueues(boss, jobs);
  return boss;
}

/** The flows' JobQueue port: jobs are written through the caller's transaction. */
export function bossJobQueue(boss: PgBoss, database: Database): JobQueue {
  return {
    async enqueueAnalysis(tx, submissionId) {
      await boss.send(QUEUES.analysis, { submissionId }, { db: database.txBossDb(tx) });
    },
    async enqueueDelivery(tx, outboxIds) {
      const db = database.txBossDb(tx);
      for (const outboxId of outboxIds) await boss.send(QUEUES.delivery, { outboxId }, { db });
    },
    async enqueueMeetingCheck(tx, data, jobId) {
      await boss.send(MEETING_WATCH_QUEUE, data, { id: jobId, db: database.txBossDb(tx) });
    },
  };
}
