/**
 * `npm start`: loads the configuration, opens the database (PostgreSQL for DATABASE_URL, embedded
 * PGlite otherwise), applies migrations, starts pg-boss, the in-process workers and the schedule.
 * The chat platforms plug their ports in through `startRuntime({ ports })`; `npx mamori worker`
 * runs the same thing without bots, so more machines can share one PostgreSQL.
 */
import { createAnalysisPool, type AnalysisPool } from '../analysis-threads/pool.js';
import { loadConfig, type AppConfig } from '../config.js';
import { openDatabase, type Database } from '../db/connection.js';
import { startWorkFolderSweeper, sweepIntervalMs, sweepWorkFolders } from '../files/work-folders.js';
import type { JobQueue } from '../flows/ports.js';
import { submitForAnalysis, type SubmitOutcome } from '../flows/submit-for-analysis.js';
import { bossJobQueue, startBoss } from '../jobs/boss.js';
import { scheduleRecurringJobs, startPipelineWorkers, type PipelinePorts, type PipelineWorkers } from '../jobs/workers.js';
import { createLogger, type Logger } from '../logger.js';
import { exitOnSignal } from './shutdown.js';
import type PgBoss from 'pg-boss';

export interface Runtime {
  config: AppConfig;
  logger: Logger;
  database: Database;
  boss: PgBoss;
  /** For the bots: `submitForAnalysis({ database, queue, ... })`. */
  queue: JobQueue;
  workers: PipelineWorkers | null;
  /** Records a shared file and its job (see submitForAnalysis), then wakes this process's workers. */
  submit(input: unknown): Promise<SubmitOutcome>;
  stop(): Promise<void>;
}

/** What the platform adapters are built on. */
export interface RuntimeCore {
  database: Database;
  boss: PgBoss;
  queue: JobQueue;
  logger: Logger;
  /** Wakes this process's workers after something was queued. */
  notify(): void;
}

export interface RuntimeOptions {
  config: AppConfig;
  logger?: Logger;
  /**
   * The platform adapters' FileSource and Messenger (and a Transcriber); the analyser defaults to
   * the engine on worker threads (src/analysis-threads). A function builds them once the database and
   * queue exist (the bots need both).
   */
  ports?: Partial<PipelinePorts> | ((core: RuntimeCore) => Promise<Partial<PipelinePorts>>);
  /** Run workers in this process (default true). */
  workers?: boolean;
  /** Tests only: a module exporting `analyse` that the analysis threads run instead of the engine. */
  analyserModule?: URL | undefined;
}

export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const database = await openDatabase(config.database);
  logger.info({ database: database.kind, dataDir: database.kind === 'pglite' ? config.database.dataDir : undefined }, 'database opened');
  await database.migrate();
  const boss = await startBoss(database, config.jobs, logger, { supervise: true, schedule: true });
  await scheduleRecurringJobs(boss, config.jobs);
  const queue = bossJobQueue(boss, database);

  // Recordings left by a process killed mid-job go before this one takes any job (README: operations).
  const maxAgeMs = config.tmpMaxAgeMinutes * 60_000;
  await sweepWorkFolders({ dir: config.tmpDir, maxAgeMs, atStart: true, logger });
  const sweeper = startWorkFolderSweeper({ dir: config.tmpDir, maxAgeMs, intervalMs: sweepIntervalMs(maxAgeMs), logger });

  let workers: PipelineWorkers | null = null;
  let pool: AnalysisPool | null = null;
  const core: RuntimeCore = { database, boss, queue, logger, notify: () => workers?.notify() };
  const given = typeof options.ports === 'function' ? await options.ports(core) : options.ports;
  if (options.workers !== false) {
    // The engine is CPU-bound and synchronous: on this thread one hostile file would stall every request.
    const analyse = given?.analyse ?? (pool = createAnalysisPool({ ...config.analysis, logger, analyserModule: options.analyserModule })).analyse;
    const ports = { ...given, analyse };
    if (!ports.files) logger.warn('no FileSource configured: analysis jobs wait for a worker that has one');
    if (!ports.messenger) logger.warn('no Messenger configured: outbox messages wait for a worker that has one');
    workers = startPipelineWorkers({ boss, database, queue, jobs: config.jobs, ports, logger, tmpDir: config.tmpDir });
    logger.info({ concurrency: config.jobs.concurrency, analysisThreads: pool ? config.analysis.threads : 0 }, 'workers started');
  }

  let stopping: Promise<void> | null = null;
  return {
    config, logger, database, boss, queue, workers,
    async submit(input) {
      const outcome = await submitForAnalysis({ database, queue, orgDefaults: config.orgDefaults, logger }, input);
      workers?.notify();
      return outcome;
    },
    stop() {
      stopping ??= (async () => {
        sweeper.stop();
        await workers?.stop();
        await pool?.close();
        await boss.stop({ graceful: true, wait: true, timeout: 10_000, close: false });
        await database.close();
        logger.info('stopped');
      })();
      return stopping;
    },
  };
}

/** Runs until SIGINT/SIGTERM, then finishes the jobs in hand (for at most the grace period) and closes the database. */
export async function runUntilSignalled(options: RuntimeOptions): Promise<Runtime> {
  const runtime = await startRuntime(options);
  exitOnSignal(() => runtime.stop(), runtime.logger, options.config.shutdownGraceMs);
  return runtime;
}
