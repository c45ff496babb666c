/** Starts pg-boss and the pipeline workers on a test database with fake ports. */
import type PgBoss from 'pg-boss';
import type { JobsConfig } from '../../src/config.js';
import type { Database } from '../../src/db/connection.js';
import type { Analyser, JobQueue } from '../../src/flows/ports.js';
import { submitForAnalysis, type SubmitOutcome } from '../../src/flows/submit-for-analysis.js';
import { bossJobQueue, startBoss } from '../../src/jobs/boss.js';
import { startPipelineWorkers, type PipelinePorts, type PipelineWorkers } from '../../src/jobs/workers.js';
import { silentLogger } from '../../src/logger.js';
import { fakeAnalyser, FakeFileSource, RecordingMessenger } from './fakes.js';

export interface TestPipeline {
  boss: PgBoss;
  queue: JobQueue;
  files: FakeFileSource;
  messenger: RecordingMessenger;
  workers: PipelineWorkers | null;
  /** The analyser the workers use (the deterministic fake unless a test swaps in the real engine). */
  analyser: Analyser;
  submit(input: unknown): Promise<SubmitOutcome>;
  startWorkers(): PipelineWorkers;
  stop(): Promise<void>;
}

export const ORG_DEFAULTS = { monthlyMinuteQuota: 3000, retentionDays: 90 };

export async function startTestPipeline(
  database: Database,
  jobs: JobsConfig,
  options: { workers?: boolean; ports?: Partial<PipelinePorts>; orgDefaults?: typeof ORG_DEFAULTS } = {},
): Promise<TestPipeline> {
  const boss = await startBoss(database, jobs, silentLogger, { supervise: true });
  const queue = bossJobQueue(boss, database);
  const files = new FakeFileSource();
  const messenger = new RecordingMessenger();
  const ports: PipelinePorts = { files, analyse: (d, f, o) => pipeline.analyser(d, f, o), messenger, ...options.ports };
  const pipeline: TestPipeline = {
    boss,
    queue,
    files,
    messenger,
    workers: null,
    analyser: fakeAnalyser,
    submit: (input) =>
      submitForAnalysis({ database, queue, orgDefaults: options.orgDefaults ?? ORG_DEFAULTS, logger: silentLogger }, input),
    startWorkers() {
      pipeline.workers ??= startPipelineWorkers({ boss, database, queue, jobs, ports, logger: silentLogger });
      return pipeline.workers;
    },
    async stop() {
      await pipeline.workers?.stop();
      await boss.stop({ graceful: false, wait: true, close: false });
    },
  };
  if (options.workers !== false) pipeline.startWorkers();
  return pipeline;
}
