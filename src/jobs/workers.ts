/** Starts the pipeline's workers (analysis, delivery, retention sweep) and its schedule. */
import type PgBoss from 'pg-boss';
import type { JobsConfig } from '../config.js';
import type { Database } from '../db/connection.js';
import { deliverOutboxMessage } from '../flows/deliver-outbox.js';
import type { Analyser, FileSource, JobQueue, Messenger, Transcriber } from '../flows/ports.js';
import { sweepRetention } from '../flows/retention-sweep.js';
import { giveUpAnalysis, runAnalysisJob, type AnalysisJobDeps } from '../flows/run-analysis-job.js';
import type { Logger } from '../logger.js';
import { QUEUES } from './queues.js';
import { scheduleHeartbeat } from './scheduler-health.js';
import { errorSummary, startWorkerLoop, type WorkerLoop } from './worker-loop.js';

export interface PipelinePorts {
  files: FileSource;
  analyse: Analyser;
  messenger: Messenger;
  transcriber?: Transcriber | undefined;
  /** The optional language-model second opinion (src/review). */
  reviewer?: AnalysisJobDeps['reviewer'];
  /** Organisation-specific filtering of a result before it is stored (accepted false positives). */
  postFilter?: AnalysisJobDeps['postFilter'];
  /** Admins named by the platform's configuration, told when an alert has nobody to go to. */
  platformAdmins?: AnalysisJobDeps['platformAdmins'];
}

/** What a worker process has: without a FileSource no analysis runs here, without a Messenger no delivery. */
export type AvailablePorts = Pick<PipelinePorts, 'analyse'> & Partial<PipelinePorts>;

export interface PipelineContext {
  boss: PgBoss;
  database: Database;
  queue: JobQueue;
  jobs: JobsConfig;
  ports: AvailablePorts;
  logger: Logger;
  tmpDir?: string | undefined;
}

export interface PipelineWorkers {
  notify(): void;
  stop(): Promise<void>;
}

export function startPipelineWorkers(ctx: PipelineContext): PipelineWorkers {
  const common = { concurrency: ctx.jobs.concurrency, pollingIntervalMs: ctx.jobs.pollingIntervalSeconds * 1000, logger: ctx.logger };
  const { files, messenger, analyse, transcriber, reviewer, postFilter, platformAdmins } = ctx.ports;
  const loops: WorkerLoop[] = [];
  if (files) {
    loops.push(startWorkerLoop<{ submissionId: string }>(ctx.boss, {
      ...common,
      queue: QUEUES.analysis,
      handler: async (job) => {
        const deps = { database: ctx.database, queue: ctx.queue, files, analyse, transcriber, reviewer, postFilter, platformAdmins, logger: ctx.logger, tmpDir: ctx.tmpDir };
        try {
          return await runAnalysisJob(deps, job.data);
        } catch (err) {
          if (job.retryCount >= job.retryLimit) await giveUpAnalysis(deps, job.data, errorSummary(err).message);
          throw err;
        }
      },
    }));
  }
  if (messenger) {
    loops.push(startWorkerLoop<{ outboxId: string }>(ctx.boss, {
      ...common,
      queue: QUEUES.delivery,
      handler: (job) =>
        deliverOutboxMessage(
          { database: ctx.database, messenger, logger: ctx.logger, leaseSeconds: ctx.jobs.deliveryExpireSeconds },
          job.data,
        ),
    }));
  }
  loops.push(startWorkerLoop(ctx.boss, {
      ...common,
      concurrency: 1,
      queue: QUEUES.retention,
      handler: () => sweepRetention({ database: ctx.database, logger: ctx.logger }),
  }));
  // Nothing to do: the job's existence is the tick (scheduler-health.ts); completing it keeps the queue empty.
  loops.push(startWorkerLoop(ctx.boss, { ...common, concurrency: 1, queue: QUEUES.heartbeat, handler: async () => null }));
  return {
    notify: () => loops.forEach((l) => l.notify()),
    stop: async () => {
      await Promise.all(loops.map((l) => l.stop()));
    },
  };
}

/** Registers the cron schedules; pg-boss fires each once across all instances (the boss needs `schedule: true`). */
export async function scheduleRecurringJobs(boss: PgBoss, jobs: JobsConfig): Promise<void> {
  await boss.schedule(QUEUES.retention, jobs.retentionCron, {}, { tz: 'UTC' });
  await scheduleHeartbeat(boss);
}
