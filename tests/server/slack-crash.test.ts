/**
 * Acknowledged means answered, even when the process dies: `npm start` (a real child process) gets a
 * burst of files shared in DMs, acknowledges them, and is SIGKILLed before it can handle most of them.
 * A new process is started on the same database; every acknowledged event is answered in its thread,
 * exactly once. Runs on PostgreSQL (TEST_DATABASE_URL, as in production) and on embedded PGlite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/free-port.js';
import { FakeSlack, SlackSigner } from '../helpers/fake-slack.js';
import { openTestDatabase, waitFor, type TestDatabase } from '../helpers/test-database.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SECRET = 'crash-test-signing-secret';
const EVENTS = 40;
const sample = readFileSync(path.join(ROOT, 'samples/ja-harassment.vtt'));

describe('acknowledged Slack events across a crash of npm start', () => {
  const slack = new FakeSlack();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mamori-slack-crash-'));
  let testDb: TestDatabase | undefined;
  let port = 0;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    await slack.start();
    testDb = process.env.TEST_DATABASE_URL ? await openTestDatabase() : undefined;
    port = await freePort();
  }, 60_000);

  afterAll(async () => {
    child?.kill('SIGKILL');
    await testDb?.close();
    await slack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function startApp(): ChildProcess {
    const env = {
      PATH: process.env.PATH, HOME: process.env.HOME,
      ...(testDb?.url ? { DATABASE_URL: testDb.url } : { MAMORI_DATA_DIR: dataDir }),
      PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', MAMORI_POLLING_INTERVAL_SECONDS: '0.5',
      SLACK_BOT_TOKEN: slack.token, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl,
      // Short leases: jobs and events a killed process held are taken over within seconds, not minutes.
      MAMORI_EVENT_LEASE_SECONDS: '4', MAMORI_ANALYSIS_EXPIRE_SECONDS: '5', MAMORI_DELIVERY_EXPIRE_SECONDS: '5', MAMORI_JOB_RETRY_DELAY_SECONDS: '1',
    };
    return spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: ROOT, env, stdio: 'ignore' });
  }

  async function healthy(): Promise<void> {
    await waitFor('the server to answer /healthz', async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.ok, 90_000, 100);
  }

  it('answers every acknowledged event exactly once after a SIGKILL mid-burst', async () => {
    // A slow users.info (each intake asks for the sharer's locale) keeps most events waiting in the
    // process when it dies, as a burst does on a busy server.
    slack.slowDown('users.info', 1500);
    child = startApp();
    await healthy();
    const signer = new SlackSigner(`http://127.0.0.1:${port}/slack/events`, SECRET);
    const threads = Array.from({ length: EVENTS }, (_, i) => ({ channel: `DCRASH${i}`, ts: `1700100000.${String(i).padStart(6, '0')}` }));
    threads.forEach((_, i) => slack.addFile({ id: `FCRASH${i}`, name: `call-${i}.vtt`, mimetype: 'text/vtt', filetype: 'vtt', content: sample }));

    const acks = await Promise.all(threads.map((th, i) =>
      signer.event({ type: 'message', subtype: 'file_share', channel: th.channel, channel_type: 'im', user: `USTAFF${i}`, ts: th.ts, text: '', files: [slack.fileObject(`FCRASH${i}`)] })
        .catch(() => ({ status: 0 }))));
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    const acknowledged = threads.filter((_, i) => acks[i]!.status === 200);
    const answeredBeforeKill = acknowledged.filter((th) => answers(th).length > 0).length;
    expect(acknowledged.length).toBeGreaterThan(EVENTS / 2);
    expect(answeredBeforeKill).toBeLessThan(acknowledged.length / 2); // the kill came mid-work

    child = startApp();
    await healthy();
    await waitFor('an answer in every acknowledged thread', () => acknowledged.every((th) => answers(th).length > 0), 120_000, 200)
      .catch((err: Error) => {
        const missing = acknowledged.filter((th) => answers(th).length === 0);
        throw new Error(`${err.message}: ${missing.length} of ${acknowledged.length} unanswered, e.g. ${JSON.stringify(slack.threadMessages(missing[0]!.channel, missing[0]!.ts)).slice(0, 400)}`);
      });
    for (const th of acknowledged) expect(answers(th)).toHaveLength(1);
    console.info(`slack crash test: ${acknowledged.length} acknowledged, ${answeredBeforeKill} answered before the kill, all answered after the restart`);
  }, 300_000);

  /** Answers (a message with the result's blocks) in the thread; the progress message becomes the answer when it exists. */
  function answers(th: { channel: string; ts: string }) {
    return slack.threadMessages(th.channel, th.ts).filter((m) => JSON.stringify(m.blocks ?? []).includes('帰り道'));
  }
});
