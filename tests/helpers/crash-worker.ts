/**
 * One worker process for the crash test on PostgreSQL: the real pipeline workers on the test database
 * (DATABASE_URL), with the fake analyser and file source, posting to the parent's fake platform over
 * HTTP (MESSENGER_URL). The parent SIGKILLs one of these in the middle of the run.
 */
import { connectPostgres } from '../../src/db/connection.js';
import type { Messenger, OutgoingMessage } from '../../src/flows/ports.js';
import { bossJobQueue, startBoss } from '../../src/jobs/boss.js';
import { startPipelineWorkers } from '../../src/jobs/workers.js';
import { createLogger } from '../../src/logger.js';
import { fakeAnalyser, FakeFileSource } from './fakes.js';
import { testJobsConfig } from './test-database.js';

const url = process.env.DATABASE_URL;
const platform = process.env.MESSENGER_URL;
if (!url || !platform) throw new Error('DATABASE_URL and MESSENGER_URL are required');

const messenger: Messenger = {
  async post(m: OutgoingMessage) {
    const res = await fetch(`${platform}/post`, { method: 'POST', body: JSON.stringify({ id: m.id, worker: process.pid }) });
    if (!res.ok) throw new Error(`platform answered ${res.status}`);
    return ((await res.json()) as { ref: string }).ref;
  },
  async findPosted(m: OutgoingMessage) {
    const res = await fetch(`${platform}/posted/${m.id}`);
    if (!res.ok) throw new Error(`platform answered ${res.status}`);
    return ((await res.json()) as { ref: string | null }).ref;
  },
};

const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
const jobs = testJobsConfig({ concurrency: 2 });
const database = connectPostgres(url, { max: 4, bossMax: 2 });
const boss = await startBoss(database, jobs, logger, { supervise: true });
const workers = startPipelineWorkers({
  boss, database, queue: bossJobQueue(boss, database), jobs, logger,
  ports: { files: new FakeFileSource(), analyse: fakeAnalyser, messenger },
});
process.stdout.write('ready\n');

process.on('SIGTERM', () => {
  void (async () => {
    await workers.stop();
    await boss.stop({ graceful: false, wait: true, close: false });
    await database.close();
    process.exit(0);
  })();
});
