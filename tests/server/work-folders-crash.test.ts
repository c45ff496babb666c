/**
 * Recordings are deleted even after a crash: `npm start` (a real child process) is transcribing a
 * shared recording, with the raw file and its converted speech audio in work folders under
 * MAMORI_TMP_DIR, when it is SIGKILLed. The folders outlive the process; the next start removes them
 * before it takes any job, and the retried job answers and leaves nothing behind. Runs on PostgreSQL
 * (TEST_DATABASE_URL) and on embedded PGlite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/free-port.js';
import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-openai.js';
import { FakeSlack, SlackSigner } from '../helpers/fake-slack.js';
import { openTestDatabase, waitFor, type TestDatabase } from '../helpers/test-database.js';
import { writeTone } from '../media/generate-media.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SECRET = 'work-folder-crash-signing-secret';

describe('work folders across a crash of npm start', () => {
  const slack = new FakeSlack();
  const work = mkdtempSync(path.join(tmpdir(), 'mamori-workdir-crash-'));
  const dataDir = path.join(work, 'data');
  const tmpDir = path.join(work, 'tmp');
  let openai: FakeOpenAi;
  /** The first process's transcription request never gets an answer: it is killed mid-request. */
  let hang = true;
  let testDb: TestDatabase | undefined;
  let port = 0;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    await slack.start();
    openai = await startFakeOpenAi({ failureFor: () => (hang ? 'hang' : undefined) });
    testDb = process.env.TEST_DATABASE_URL ? await openTestDatabase() : undefined;
    port = await freePort();
  }, 60_000);

  afterAll(async () => {
    child?.kill('SIGKILL');
    await testDb?.close();
    await openai?.close();
    await slack.stop();
    rmSync(work, { recursive: true, force: true });
  });

  function startApp(): ChildProcess {
    const env = {
      PATH: process.env.PATH, HOME: process.env.HOME,
      ...(testDb?.url ? { DATABASE_URL: testDb.url } : { MAMORI_DATA_DIR: dataDir }),
      PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', MAMORI_POLLING_INTERVAL_SECONDS: '0.5',
      SLACK_BOT_TOKEN: slack.token, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl,
      OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: openai.baseURL, MAMORI_TRANSCRIBE_MAX_RETRIES: '0',
      MAMORI_TMP_DIR: tmpDir, MAMORI_TMP_MAX_AGE_MINUTES: '60',
      // A short lease: the job the killed process held is taken over within seconds.
      MAMORI_EVENT_LEASE_SECONDS: '4', MAMORI_ANALYSIS_EXPIRE_SECONDS: '5', MAMORI_JOB_RETRY_DELAY_SECONDS: '1',
      MAMORI_MAINTENANCE_INTERVAL_SECONDS: '2',
    };
    return spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: ROOT, env, stdio: 'ignore' });
  }

  async function healthy(): Promise<void> {
    await waitFor('the server to answer /healthz', async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.ok, 90_000, 100);
  }

  const folders = () => (existsSync(tmpDir) ? readdirSync(tmpDir) : []);

  it('removes the recording a killed process left behind at the next start', async () => {
    mkdirSync(tmpDir);
    const recording = path.join(work, 'call.m4a');
    await writeTone(recording, { seconds: 6, period: 2, gap: 0.5 });
    slack.addFile({ id: 'FREC1', name: 'call.m4a', mimetype: 'audio/mp4', filetype: 'm4a', content: readFileSync(recording) });

    child = startApp();
    await healthy();
    const signer = new SlackSigner(`http://127.0.0.1:${port}/slack/events`, SECRET);
    const thread = { channel: 'DREC1', ts: '1700200000.000100' };
    const ack = await signer.event({ type: 'message', subtype: 'file_share', channel: thread.channel, channel_type: 'im', user: 'USTAFF1', ts: thread.ts, text: '', files: [slack.fileObject('FREC1')] });
    expect(ack.status).toBe(200);

    // The speech audio is being uploaded for transcription: the recording and what was made from it are on disk.
    await waitFor('the transcription request', () => openai.requests.length >= 1, 60_000);
    const left = folders();
    expect(left.some((f) => /^mamori-job-\d+-/.test(f))).toBe(true);
    expect(left.some((f) => /^mamori-transcribe-\d+-/.test(f))).toBe(true);
    const files = left.flatMap((f) => readdirSync(path.join(tmpDir, f)));
    expect(files).toContain('media.m4a');
    expect(files).toContain('speech.mp3');

    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    expect(folders().sort()).toEqual([...left].sort()); // nobody cleaned up after the killed process

    hang = false;
    child = startApp();
    await healthy();
    for (const f of left) expect(existsSync(path.join(tmpDir, f)), f).toBe(false);

    // The job is retried by the new process; it answers, and leaves no folder of its own behind either.
    await waitFor('the answer in the thread', () => slack.threadMessages(thread.channel, thread.ts)
      .some((m) => JSON.stringify(m.blocks ?? []).includes('危険度')), 90_000)
      .catch((err: Error) => {
        throw new Error(`${err.message}: ${JSON.stringify(slack.threadMessages(thread.channel, thread.ts)).slice(0, 600)}; ${openai.requests.length} transcription requests`);
      });
    await waitFor('no work folder left', () => folders().length === 0, 20_000);
  }, 240_000);
});
