/**
 * SIGTERM stops `npm start` (spawned as operators run it) within MAMORI_SHUTDOWN_GRACE_SECONDS: it drains
 * (a job in hand that finishes within the grace period finishes, and the process exits 0), and a job
 * that would not finish (a stalled file download, which could hold the process for 10 minutes) is
 * left in the queue: the process exits 1 at the end of the grace period, and after a restart the
 * share is answered, once. Runs on PostgreSQL (TEST_DATABASE_URL) and on embedded PGlite.
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
const SECRET = 'shutdown-test-signing-secret';
const sample = readFileSync(path.join(ROOT, 'samples/ja-harassment.vtt'));

interface App {
  child: ChildProcess;
  /** Log lines' messages so far (pino JSON on stdout). */
  logs: string[];
  exit: Promise<number | null>;
  /** Set once the process has exited. */
  exited: { code: number | null } | undefined;
}

describe('SIGTERM during work', () => {
  const slack = new FakeSlack();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mamori-shutdown-'));
  let testDb: TestDatabase | undefined;
  let port = 0;
  let signer: SlackSigner;
  const apps: App[] = [];

  beforeAll(async () => {
    await slack.start();
    testDb = process.env.TEST_DATABASE_URL ? await openTestDatabase() : undefined;
    port = await freePort();
    signer = new SlackSigner(`http://127.0.0.1:${port}/slack/events`, SECRET);
    for (const id of ['F-STALLED', 'F-DRAINED']) {
      slack.addFile({ id, name: `${id}.vtt`, mimetype: 'text/vtt', filetype: 'vtt', content: sample });
      slack.holdDownloads(id);
    }
  }, 60_000);

  afterAll(async () => {
    for (const app of apps) {
      try {
        process.kill(-app.child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    slack.releaseDownloads('F-STALLED');
    slack.releaseDownloads('F-DRAINED');
    await testDb?.close();
    await slack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function startApp(graceSeconds: number): Promise<App> {
    const env = {
      PATH: process.env.PATH, HOME: process.env.HOME,
      ...(testDb?.url ? { DATABASE_URL: testDb.url } : { MAMORI_DATA_DIR: dataDir }),
      PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', MAMORI_POLLING_INTERVAL_SECONDS: '0.5',
      SLACK_BOT_TOKEN: slack.token, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl,
      MAMORI_SHUTDOWN_GRACE_SECONDS: String(graceSeconds),
      // The production expiry of an analysis job (a stalled download holds it for 10 minutes): a job
      // handed back at shutdown is retried after its retry delay, not after this.
      MAMORI_ANALYSIS_EXPIRE_SECONDS: '900', MAMORI_EVENT_LEASE_SECONDS: '4', MAMORI_JOB_RETRY_DELAY_SECONDS: '1',
    };
    // `npm start` itself, as operators run it: the signal goes to npm, which must pass it on to the server.
    // Its own process group, so that the clean-up can end whatever npm started.
    const child = spawn('npm', ['start', '--silent'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'ignore'], detached: true });
    const logs: string[] = [];
    let rest = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop()!;
      for (const line of lines) {
        try {
          logs.push(String((JSON.parse(line) as { msg?: string }).msg));
        } catch {
          logs.push(line);
        }
      }
    });
    const app: App = { child, logs, exit: Promise.resolve(null), exited: undefined };
    app.exit = new Promise<number | null>((resolve) => child.once('exit', (code) => {
      app.exited = { code };
      resolve(code);
    }));
    apps.push(app);
    await waitFor('the server to answer /healthz', async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.ok, 90_000, 100);
    return app;
  }

  async function share(fileId: string, user: string, ts: string): Promise<void> {
    const ack = await signer.event({ type: 'message', subtype: 'file_share', channel: `D${user}`, channel_type: 'im', user, ts, text: '', files: [slack.fileObject(fileId)] });
    expect(ack.status).toBe(200);
  }

  const answers = (user: string, ts: string) =>
    slack.threadMessages(`D${user}`, ts).filter((m) => JSON.stringify(m.blocks ?? []).includes('帰り道'));
  const downloadStarted = (fileId: string) => waitFor(`the download of ${fileId} to start`, () => slack.downloads.some((d) => d.fileId === fileId), 60_000);

  it('exits at the end of its grace period while a job never finishes; the job is answered once after a restart', async () => {
    const first = await startApp(2);
    await share('F-STALLED', 'USTALL', '1700300000.000100');
    await downloadStarted('F-STALLED');
    first.child.kill('SIGTERM');
    // Without the bound this waits for the download's own timeout (10 minutes).
    const exited = await waitFor('the process to exit', () => first.exited, 60_000, 100);
    expect(exited.code).toBe(1);
    expect(first.logs).toContain('shutdown did not finish within its grace period: unfinished jobs handed back to the queue; exiting');

    slack.releaseDownloads('F-STALLED');
    const second = await startApp(60);
    await waitFor('the stalled share to be answered after the restart', () => answers('USTALL', '1700300000.000100').length > 0, 120_000, 200);
    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);
    expect(answers('USTALL', '1700300000.000100')).toHaveLength(1);
  }, 300_000);

  it('drains: a job in hand that finishes within the grace period finishes, and the process exits 0', async () => {
    const app = await startApp(60);
    await share('F-DRAINED', 'UDRAIN', '1700300001.000100');
    await downloadStarted('F-DRAINED');
    app.child.kill('SIGTERM');
    await waitFor('the process to start shutting down', () => app.logs.includes('shutting down'), 60_000);
    slack.releaseDownloads('F-DRAINED'); // the job in hand can finish now
    expect(await app.exit).toBe(0);
    expect(app.logs).toContain('stopped');
    expect(app.logs).not.toContain('shutdown did not finish within its grace period: unfinished jobs handed back to the queue; exiting');

    // Its answer (already delivered, or delivered from the outbox after a restart) comes once.
    const again = await startApp(60);
    await waitFor('the drained share to be answered', () => answers('UDRAIN', '1700300001.000100').length > 0, 120_000, 200);
    again.child.kill('SIGTERM');
    expect(await again.exit).toBe(0);
    expect(answers('UDRAIN', '1700300001.000100')).toHaveLength(1);
  }, 300_000);
});
