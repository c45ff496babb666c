/**
 * Transcription failures end with a true, specific reply: the OpenAI-compatible service answers 503
 * on every attempt (a local fake behind the real OpenAiTranscriber), the job is retried, and after
 * its last retry the thread says the transcription service was unavailable and what to do instead.
 * Nothing claims that administrators were notified.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissions } from '../../../src/db/schema/index.js';
import { OpenAiTranscriber } from '../../../src/transcription/openai-transcriber.js';
import { startFakeOpenAi, type FakeOpenAi } from '../../helpers/fake-openai.js';
import { writeTone } from '../../media/generate-media.js';
import { dmFileEvent, slashCommand, startHarness, waitFor, waitForThreadText, type Harness } from './harness.js';

const VTT = readFileSync(new URL('../../../samples/ja-harassment.vtt', import.meta.url), 'utf8');
let h: Harness;
let openai: FakeOpenAi;
let dir: string;
let mp3: Uint8Array;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mamori-slack-stt-'));
  await writeTone(join(dir, 'call.mp3'), { seconds: 4, period: 2, gap: 0.5 });
  mp3 = await readFile(join(dir, 'call.mp3'));
  openai = await startFakeOpenAi({ failureFor: () => ({ status: 503, body: { error: { message: 'service unavailable', type: 'server_error' } } }) });
  const transcriber = new OpenAiTranscriber({ apiKey: 'sk-test', baseURL: openai.baseURL, maxRetries: 0, timeoutMs: 10_000, tmpDir: dir });
  // One retry of the job: the second attempt is the last.
  h = await startHarness({ transcriber, jobs: { retryLimit: 1 } });
  h.slack.admins.add('UADMIN');
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await openai?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function share(id: string, file: { name: string; mimetype: string; filetype: string; content: string | Uint8Array }) {
  h.slack.addFile({ id, ...file });
  const { event, ts, channel } = dmFileEvent(h, id);
  expect((await h.signer.event(event, { eventId: `Ev-${id}` })).status).toBe(200);
  return { ts, channel };
}

async function failed(id: string) {
  return waitFor(`submission ${id} failed`, async () => {
    const [s] = await h.t.database.db.select().from(submissions).where(eq(submissions.platformFileId, id));
    return s?.status === 'failed' ? s : undefined;
  });
}

describe('transcription failures after the last retry', () => {
  it('the service down on every attempt: the thread says so and offers a transcript instead (Japanese)', async () => {
    const where = await share('F-STT-DOWN', { name: 'call.mp3', mimetype: 'audio/mpeg', filetype: 'mp3', content: mp3 });
    const answer = await waitForThreadText(h, where.channel, where.ts, /文字起こしサービスに接続できなかった/, 30_000);
    expect(answer.text).toMatch(/しばらくしてから/);
    expect(answer.text).toMatch(/文字起こしファイル/);
    expect(answer.text).not.toMatch(/管理者に通知/);
    // Only one message in the thread: the failure replaced the progress message.
    expect(h.slack.threadMessages(where.channel, where.ts)).toHaveLength(1);
    // A recording is transcribed first, and its progress message said so.
    const progress = h.slack.callsOf('chat.postMessage').find((c) => c.args.channel === where.channel && c.args.thread_ts === where.ts);
    expect(progress?.args.text).toBe('⏳ 受付しました: call.mp3（文字起こし → 解析）');
    // The job really was retried against the service before giving up.
    expect(openai.requests.length).toBeGreaterThanOrEqual(2);
    const sub = await failed('F-STT-DOWN');
    expect(sub.errorCode).toBe('internal_error'); // an admin's dead-letter retry can still requeue it
  }, 40_000);

  it('any other failure after the last retry makes no false claim either', async () => {
    // files.info fails on both attempts (a Slack outage): not a transcription problem.
    h.slack.inject('files.info', { error: 'internal_error' }, { error: 'internal_error' });
    const where = await share('F-FETCH-DOWN', { name: 'c.vtt', mimetype: 'text/vtt', filetype: 'vtt', content: VTT });
    const answer = await waitForThreadText(h, where.channel, where.ts, /解析を完了できませんでした/, 30_000);
    expect(answer.text).toMatch(/しばらくしてから/);
    expect(answer.text).not.toMatch(/管理者に通知|文字起こしサービス/);
  }, 40_000);

  it('in English for an organisation that chose English', async () => {
    expect((await slashCommand(h, '/mamori-admin', 'language en', 'UADMIN')).status).toBe(200);
    await waitFor('settings saved', () => h.slack.responses.some((r) => /設定を保存|Settings saved/.test(JSON.stringify(r.body))));
    const where = await share('F-STT-EN', { name: 'call-en.mp3', mimetype: 'audio/mpeg', filetype: 'mp3', content: mp3 });
    const answer = await waitForThreadText(h, where.channel, where.ts, /transcription service could not be reached/, 30_000);
    expect(answer.text).toMatch(/transcript file/);
    expect(answer.text).not.toMatch(/Administrators have been notified/);
  }, 40_000);
});
