/**
 * `npm start` analyses on worker threads: while one shared file's analysis holds its thread (as a
 * hostile file does), the same process still answers /healthz and acknowledges Slack's next event.
 * The held analysis is ended by the test, not by a clock, so every assertion is about order: the
 * answers come while the analysis is provably still running, and its result arrives after.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissions } from '../../src/db/schema/index.js';
import { startServer, type MamoriServer } from '../../src/server/compose.js';
import { FakeSlack, SlackSigner } from '../helpers/fake-slack.js';
import { holdsStarted, holdTranscript } from '../helpers/held-analyser.js';
import { openTestDatabase, waitFor, type TestDatabase } from '../helpers/test-database.js';

const SECRET = 'threads-test-signing-secret';
const sample = readFileSync(path.resolve(import.meta.dirname, '../../samples/ja-harassment.vtt'));

describe('npm start with a held analysis', () => {
  const slack = new FakeSlack();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mamori-threads-'));
  const holdDir = mkdtempSync(path.join(tmpdir(), 'mamori-hold-'));
  let testDb: TestDatabase | undefined;
  let server: MamoriServer;
  let base: string;

  beforeAll(async () => {
    await slack.start();
    testDb = process.env.TEST_DATABASE_URL ? await openTestDatabase() : undefined;
    server = await startServer({
      ...(testDb?.url ? { DATABASE_URL: testDb.url } : { MAMORI_DATA_DIR: dataDir }),
      PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', MAMORI_POLLING_INTERVAL_SECONDS: '0.5',
      SLACK_BOT_TOKEN: slack.token, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl,
      MAMORI_ANALYSIS_THREADS: '2', MAMORI_ANALYSIS_TIME_LIMIT_SECONDS: '300',
    }, { analyserModule: new URL('../helpers/held-analyser.ts', import.meta.url) });
    base = `http://127.0.0.1:${(server.http!.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    writeFileSync(path.join(holdDir, 'release'), '');
    await server?.stop();
    await testDb?.close();
    await slack.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(holdDir, { recursive: true, force: true });
  });

  it('answers /healthz and acknowledges and answers other shares while an analysis holds its thread', async () => {
    const signer = new SlackSigner(`${base}/slack/events`, SECRET);
    const share = (id: string, user: string, ts: string) =>
      signer.event({ type: 'message', subtype: 'file_share', channel: `D${user}`, channel_type: 'im', user, ts, text: '', files: [slack.fileObject(id)] });
    const answered = (user: string, ts: string) =>
      slack.threadMessages(`D${user}`, ts).find((m) => JSON.stringify(m.blocks ?? []).includes('帰り道'));

    slack.addFile({ id: 'F-HELD', name: 'hostile.txt', mimetype: 'text/plain', filetype: 'text', content: holdTranscript(holdDir) });
    expect((await share('F-HELD', 'UHELD', '1700200000.000100')).status).toBe(200);
    await waitFor('the held analysis to start', () => holdsStarted(holdDir) === 1, 60_000);

    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    slack.addFile({ id: 'F-OTHER', name: 'call.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: sample });
    expect((await share('F-OTHER', 'UOTHER', '1700200001.000100')).status).toBe(200);
    // The other share is analysed on the second thread and answered, all while the first is held.
    await waitFor('the answer to the other share', () => answered('UOTHER', '1700200001.000100'), 60_000);
    expect(answered('UHELD', '1700200000.000100')).toBeUndefined();
    const [held] = await server.runtime.database.db.select({ status: submissions.status }).from(submissions)
      .where(eq(submissions.platformFileId, 'F-HELD'));
    expect(held?.status).toBe('processing');

    writeFileSync(path.join(holdDir, 'release'), '');
    await waitFor('the answer to the held share', () => answered('UHELD', '1700200000.000100'), 60_000);
    expect(holdsStarted(holdDir)).toBe(1);
  }, 120_000);
});
