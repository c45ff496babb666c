/**
 * The monthly quota is spent on what was said, and a recording the month has no room for costs
 * nothing: the analysis job (real workers on a real database) checks the recording's probed length
 * against what is left of the month before the real OpenAiTranscriber sends anything to the
 * (fake, local) transcription service; a transcript without times counts the minutes it took to say,
 * estimated from its characters, instead of 0.
 */
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile, type AnalysisResult } from '../../src/analysis/index.js';
import { monthIn } from '../../src/db/months.js';
import { ensureMember, ensureOrganisation } from '../../src/db/repo/organisations.js';
import { monthlyUsage, organisations, outbox, submissions } from '../../src/db/schema/index.js';
import { DurationLimitError, type FileSource, type Transcriber } from '../../src/flows/ports.js';
import { runAnalysisJob } from '../../src/flows/run-analysis-job.js';
import { silentLogger } from '../../src/logger.js';
import { ENGLISH_WORDS_PER_MINUTE, estimateSpeechSeconds, JAPANESE_CHARACTERS_PER_MINUTE } from '../../src/flows/speech-duration.js';
import { OpenAiTranscriber } from '../../src/transcription/openai-transcriber.js';
import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-openai.js';
import { submission } from '../helpers/fakes.js';
import { ORG_DEFAULTS, startTestPipeline, type TestPipeline } from '../helpers/pipeline.js';
import { openTestDatabase, testJobsConfig, waitFor, type TestDatabase } from '../helpers/test-database.js';
import { writeTone } from '../media/generate-media.js';

let t: TestDatabase;
let p: TestPipeline;
let openai: FakeOpenAi;
let dir: string;
let workDir: string;
/** The real transcriber against the fake service; a test may put another in front of it. */
let real: OpenAiTranscriber;
let transcriber: Transcriber;
let reviews = 0;
/** Recordings by file id; any other id is its own content (a transcript). */
const recordings = new Map<string, Uint8Array>();
const texts = new Map<string, string>();
const files: FileSource = {
  async fetch(ref) {
    return recordings.get(ref.platformFileId) ?? new TextEncoder().encode(texts.get(ref.platformFileId) ?? ref.platformFileId);
  },
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mamori-quota-stt-'));
  workDir = join(dir, 'work');
  await writeTone(join(dir, 'long.m4a'), { seconds: 90, period: 10, gap: 1 });
  await writeTone(join(dir, 'short.m4a'), { seconds: 45, period: 10, gap: 1 });
  recordings.set('REC-90', await readFile(join(dir, 'long.m4a')));
  recordings.set('REC-45', await readFile(join(dir, 'short.m4a')));
  await mkdir(workDir);
  openai = await startFakeOpenAi();
  t = await openTestDatabase();
  real = new OpenAiTranscriber({ apiKey: 'sk-test', baseURL: openai.baseURL, maxRetries: 0, timeoutMs: 20_000, tmpDir: workDir });
  transcriber = real;
  const port: Transcriber = { transcribe: (path, options) => transcriber.transcribe(path, options) };
  // The optional model review, counted: it is paid for too.
  const reviewer = async ({ result }: { result: AnalysisResult }) => {
    reviews += 1;
    return result;
  };
  p = await startTestPipeline(t.database, testJobsConfig({ analysisExpireSeconds: 60 }), { ports: { files, transcriber: port, reviewer } });
  p.analyser = analyzeFile;
}, 60_000);
afterAll(async () => {
  await p?.stop();
  await t?.close();
  await openai?.close();
  await rm(dir, { recursive: true, force: true });
}, 30_000);

const db = () => t.database.db;

/** An organisation with a monthly quota of `minutes`. */
async function orgWithQuota(team: string, minutes: number): Promise<string> {
  const org = await ensureOrganisation(db(), { platform: 'slack', platformTeamId: team, name: 'テスト株式会社' }, ORG_DEFAULTS);
  await db().update(organisations).set({ monthlyMinuteQuota: minutes }).where(eq(organisations.id, org.id));
  return org.id;
}

async function settled(id: string) {
  return waitFor(`submission ${id} to settle`, async () => {
    const [s] = await db().select().from(submissions).where(eq(submissions.id, id));
    return s && ['analysed', 'rejected', 'failed'].includes(s.status) ? s : undefined;
  }, 30_000);
}

async function secondsUsed(orgId: string): Promise<number> {
  const rows = await db().select().from(monthlyUsage).where(eq(monthlyUsage.orgId, orgId));
  return rows.reduce((sum, r) => sum + r.secondsAnalysed, 0);
}

async function shareRecording(team: string, fileId: string) {
  const base = submission({ team, content: fileId });
  const out = await p.submit({ ...base, file: { id: fileId, name: 'call.m4a', type: 'audio/mp4', sizeBytes: recordings.get(fileId)!.length } });
  if (out.status !== 'queued') throw new Error(out.status);
  return out.submissionId;
}

describe('a recording and the monthly quota', () => {
  it('is refused before transcription when it is longer than what is left of the month: nothing is sent to the service', async () => {
    const orgId = await orgWithQuota('T-q-long', 1);
    const before = openai.requests.length;
    const id = await shareRecording('T-q-long', 'REC-90');
    const s = await settled(id);
    expect(s).toMatchObject({ status: 'rejected', errorCode: 'quota_exceeded' });
    expect(openai.requests.length - before).toBe(0);
    expect(await secondsUsed(orgId)).toBe(0);
    const [told] = await db().select().from(outbox).where(and(eq(outbox.orgId, orgId), eq(outbox.kind, 'quota_exceeded')));
    expect(told!.payload).toMatchObject({ submissionId: id, limitMinutes: 1, remainingMinutes: 1 });
    expect(String(told!.payload.message)).toMatch(/このファイル（約2分）は今月の解析時間の残り（1分、上限 1分）を超えるため、解析しませんでした（文字起こしもしていません）/);
    expect(await readdir(workDir)).toEqual([]);
  });

  it('is transcribed and counted by its length when it fits', async () => {
    const orgId = await orgWithQuota('T-q-fits', 2);
    const before = openai.requests.length;
    const id = await shareRecording('T-q-fits', 'REC-90');
    expect(await settled(id)).toMatchObject({ status: 'analysed' });
    expect(openai.requests.length - before).toBe(1);
    expect(await secondsUsed(orgId)).toBeGreaterThanOrEqual(89);
    expect(await secondsUsed(orgId)).toBeLessThanOrEqual(91);

    // 30 s left: the next 45 s recording is refused without a request.
    const next = await shareRecording('T-q-fits', 'REC-45');
    expect(await settled(next)).toMatchObject({ status: 'rejected', errorCode: 'quota_exceeded' });
    expect(openai.requests.length - before).toBe(1);
  });

  it('is refused without transcription when the month filled up while it waited in the queue', async () => {
    const orgId = await orgWithQuota('T-q-full', 1);
    const staff = await ensureMember(db(), orgId, { platformUserId: 'U-full' });
    // Queued (no job: the job is run by hand below), then the month fills up.
    const [sub] = await db().insert(submissions).values({
      orgId, submittedBy: staff.id, source: 'slack_file', platformFileId: 'REC-45', fileName: 'call.m4a', fileType: 'audio/mp4',
      sizeBytes: 1, replyTo: { channel: 'C1' }, status: 'queued',
    }).returning();
    await db().insert(monthlyUsage).values({ orgId, month: monthIn('Asia/Tokyo', new Date()), secondsAnalysed: 60, filesAnalysed: 1 });
    const before = openai.requests.length;
    const deps = { database: t.database, queue: p.queue, files, analyse: analyzeFile, transcriber: real, logger: silentLogger, tmpDir: workDir };
    expect(await runAnalysisJob(deps, { submissionId: sub!.id })).toBe('rejected');
    expect(openai.requests.length - before).toBe(0);
    expect(await settled(sub!.id)).toMatchObject({ status: 'rejected', errorCode: 'quota_exceeded' });
  });

  it('runs again, transcription included, when room appeared while it was checked (an admin raised the quota)', async () => {
    const orgId = await orgWithQuota('T-q-raised', 1);
    const limits: Array<number | undefined> = [];
    transcriber = {
      async transcribe(path, options) {
        limits.push(options.maxDurationSec);
        if (limits.length === 1) {
          // Refused against one minute, but meanwhile the admin gives the month ten.
          await db().update(organisations).set({ monthlyMinuteQuota: 10 }).where(eq(organisations.id, orgId));
          throw new DurationLimitError(90, options.maxDurationSec ?? 0);
        }
        return real.transcribe(path, options);
      },
    };
    try {
      const id = await shareRecording('T-q-raised', 'REC-90');
      expect(await settled(id)).toMatchObject({ status: 'analysed' });
      expect(limits).toEqual([60, 600]);
      expect(await secondsUsed(orgId)).toBeGreaterThanOrEqual(89);
    } finally {
      transcriber = real;
    }
  });
});

/** `n` utterances of `perLine` hiragana each, with speaker labels and punctuation (neither counts). */
function plainJapanese(n: number, perLine: number): string {
  const kana = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん';
  return Array.from({ length: n }, (_, i) => {
    const body = Array.from({ length: perLine }, (_, k) => kana[(i * 7 + k) % kana.length]).join('');
    return `${i % 2 === 0 ? 'お客様' : 'スタッフ'}: ${body}。`;
  }).join('\n');
}

async function shareText(team: string, id: string, text: string) {
  texts.set(id, text);
  const out = await p.submit({ ...submission({ team, content: id }), file: { id, name: `${id}.txt`, type: 'text/plain', sizeBytes: text.length } });
  if (out.status !== 'queued') throw new Error(out.status);
  return out.submissionId;
}

describe('a transcript without times', () => {
  it(`counts the minutes it took to say: ${JAPANESE_CHARACTERS_PER_MINUTE} Japanese characters a minute`, async () => {
    const orgId = await orgWithQuota('T-q-text', 10);
    const reviewed = reviews;
    // 10 lines × 35 kana = 350 characters: one minute. Labels and 。 are not counted.
    const id = await shareText('T-q-text', 'plain-350', plainJapanese(10, 35));
    expect(await settled(id)).toMatchObject({ status: 'analysed', durationSec: null });
    expect(await secondsUsed(orgId)).toBe(60);
    expect(reviews - reviewed).toBe(1);
  });

  it('is refused when that is more than the month has left, without the model review', async () => {
    const orgId = await orgWithQuota('T-q-text-over', 1);
    const reviewed = reviews;
    // 700 characters: two minutes, into a month of one.
    const id = await shareText('T-q-text-over', 'plain-700', plainJapanese(20, 35));
    expect(await settled(id)).toMatchObject({ status: 'rejected', errorCode: 'quota_exceeded' });
    expect(await secondsUsed(orgId)).toBe(0);
    expect(reviews - reviewed).toBe(0); // nor is the paid model review run for it
  });
});

describe('estimateSpeechSeconds', () => {
  it('reads Japanese by the character and English by the word, ignoring spaces and punctuation', () => {
    expect(estimateSpeechSeconds(['あ'.repeat(JAPANESE_CHARACTERS_PER_MINUTE)])).toBeCloseTo(60);
    expect(estimateSpeechSeconds(['漢字とカタカナー、ひらがな。'.repeat(25)])).toBeCloseTo((12 * 25 * 60) / JAPANESE_CHARACTERS_PER_MINUTE);
    const words = Array.from({ length: ENGLISH_WORDS_PER_MINUTE }, (_, i) => (i % 3 === 0 ? "don't" : 'word')).join(', ');
    expect(estimateSpeechSeconds([words])).toBeCloseTo(60);
    // Mixed: 24 characters and 15 words (numbers are words).
    expect(estimateSpeechSeconds(['お電話ありがとうございます。', 'order 12345 was late', 'ご不便をおかけしました', 'we will refund it today thank you so much for waiting'])).toBeCloseTo((24 / 350 + 15 / 150) * 60);
    expect(estimateSpeechSeconds(['', '  。、！？ ...'])).toBe(0);
  });
});
