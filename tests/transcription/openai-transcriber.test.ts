import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/analysis/index.js';
import { DurationLimitError } from '../../src/flows/ports.js';
import { createLogger } from '../../src/logger.js';
import { MediaError } from '../../src/media/errors.js';
import { TranscriptionError, TranscriptionNotConfigured } from '../../src/transcription/errors.js';
import { OpenAiTranscriber, type OpenAiTranscriberOptions } from '../../src/transcription/openai-transcriber.js';
import type { DiarizedTranscript } from '../../src/transcription/stitch.js';
import { FakeOpenAi, startFakeOpenAi } from '../helpers/fake-openai.js';
import { runFfmpeg } from '../../src/media/ffmpeg.js';
import { toneSilences, writeGarbage, writeTone, writeVideo } from '../media/generate-media.js';

let root: string;
let media: string;
/** A fresh temp parent per test, so "nothing left behind" is checked on exactly what the transcriber made. */
let tmpParent: string;
let fake: FakeOpenAi | null = null;
let counter = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mamori-transcriber-test-'));
  media = join(root, 'media');
  await mkdir(media);
  // Shared inputs, made once.
  await writeTone(join(media, '山田さん通話.mp3'), { seconds: 25, period: 5, gap: 1 });
  await writeGarbage(join(media, 'broken.mp3'));
  await writeVideo(join(media, 'mute.mp4'), 1, false);
  await writeTone(join(media, 'medium.wav'), { seconds: 40, period: 10, gap: 1 });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

afterEach(async () => {
  await fake?.close();
  fake = null;
});

async function setup(fakeOptions: ConstructorParameters<typeof FakeOpenAi>[0] = {}, options: OpenAiTranscriberOptions = {}) {
  fake = await startFakeOpenAi(fakeOptions);
  tmpParent = join(root, `tmp-${counter++}`);
  await mkdir(tmpParent);
  const transcriber = new OpenAiTranscriber({
    apiKey: 'sk-test',
    baseURL: fake.baseURL,
    maxRetries: 0,
    timeoutMs: 20_000,
    tmpDir: tmpParent,
    ...options,
  });
  return { fake, transcriber };
}

const leftovers = () => readdir(tmpParent);

describe('OpenAiTranscriber', () => {
  it('converts an mp3 and sends it as multipart with the diarize model and options', async () => {
    const { fake, transcriber } = await setup();
    const input = join(media, '山田さん通話.mp3');
    const result = await transcriber.transcribe(input, { language: 'ja' });

    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({
      model: 'gpt-4o-transcribe-diarize',
      responseFormat: 'diarized_json',
      chunkingStrategy: 'auto',
      language: 'ja',
      fileName: 'part-000.mp3',
      fileType: 'audio/mpeg',
      authorization: 'Bearer sk-test',
      knownSpeakerNames: [],
    });
    // 25 s at 32 kbit/s ≈ 100 kB: the converted file, not the 64 kbit/s original.
    expect(fake.requests[0]?.fileSize).toBeGreaterThan(90_000);
    expect(fake.requests[0]?.fileSize).toBeLessThan(110_000);

    expect(result.format).toBe('openai-json');
    const json = JSON.parse(result.content) as DiarizedTranscript;
    expect(json.task).toBe('transcribe');
    expect(json.duration).toBeCloseTo(25, 0);
    expect(json.segments.map((s) => s.id)).toEqual(['seg_0', 'seg_1', 'seg_2']);
    expect(json.segments[0]).toEqual({ type: 'transcript.text.segment', id: 'seg_0', start: 0, end: 8, speaker: 'A', text: 'お電話ありがとうございます。セグメント0です。' });

    const transcript = readTranscript(result.content, 'call.json');
    expect(transcript.format).toBe('openai-json');
    expect(transcript.utterances.map((u) => u.speaker)).toEqual(['A', 'B', 'A']);
    expect(await leftovers()).toEqual([]);
    // The caller's file is the caller's: still there.
    expect((await stat(input)).size).toBeGreaterThan(0);
  });

  it('takes the sound of a video', async () => {
    const { fake, transcriber } = await setup();
    const input = join(media, 'clip.mov');
    await writeVideo(input, 3, true);
    const result = await transcriber.transcribe(input, {});
    expect(fake.requests[0]?.language).toBeNull();
    expect(readTranscript(result.content, 'clip.json').utterances.length).toBeGreaterThan(0);
  });

  it('splits a ~40 MB recording near its silences, transcribes the parts concurrently and stitches the times back', async () => {
    const tone = { seconds: 210, period: 30, gap: 1.5, sampleRate: 48_000, channels: 2 };
    const input = join(media, 'long.wav');
    await writeTone(input, tone);
    expect((await stat(input)).size).toBeGreaterThan(40_000_000);

    const maxPartBytes = 300_000; // ≈ 69 s of 32 kbit/s audio with the safety margin
    const { fake, transcriber } = await setup({ delayMs: 150 }, { maxPartBytes, concurrency: 3 });
    const result = await transcriber.transcribe(input, { language: 'ja' });

    // Parts end in the middle of the silences at 30, 60, 90… (the latest one that fits): 59.25, 119.25, 179.25.
    const silences = toneSilences(tone).map(([s, e]) => (s + e) / 2);
    expect(silences).toContain(59.25);
    const requests = fake.requests;
    expect(requests).toHaveLength(4);
    for (const r of requests) {
      expect(r.fileSize).toBeLessThanOrEqual(maxPartBytes);
      expect(r.model).toBe('gpt-4o-transcribe-diarize');
    }
    expect(requests.map((r) => r.fileName).sort()).toEqual(['part-000.mp3', 'part-001.mp3', 'part-002.mp3', 'part-003.mp3']);
    // Parts after the first carry samples of the first part's speakers, so labels match across parts.
    expect(requests[0]?.knownSpeakerNames).toEqual([]);
    for (const r of requests.slice(1)) {
      expect(r.knownSpeakerNames).toEqual(['speaker_A', 'speaker_B']);
      expect(r.knownSpeakerReferences.every((ref) => ref.startsWith('data:audio/mpeg;base64,'))).toBe(true);
    }
    expect(fake.maxInFlight).toBeLessThanOrEqual(3);
    expect(fake.maxInFlight).toBeGreaterThanOrEqual(2);

    const json = JSON.parse(result.content) as DiarizedTranscript;
    // Each part's first segment ("セグメント0") starts at the part's offset.
    const offsets = json.segments.filter((s) => s.text.includes('セグメント0です')).map((s) => s.start);
    expect(offsets).toHaveLength(4);
    const expectedOffsets = [0, 59.25, 119.25, 179.25];
    offsets.forEach((o, k) => expect(Math.abs(o - (expectedOffsets[k] ?? NaN))).toBeLessThan(0.1));
    // In order, renumbered, within the recording.
    json.segments.forEach((s, k) => {
      expect(s.id).toBe(`seg_${k}`);
      if (k > 0) expect(s.start).toBeGreaterThanOrEqual(json.segments[k - 1]?.start ?? 0);
      expect(s.end).toBeLessThanOrEqual(json.duration + 0.1);
    });
    expect(new Set(json.segments.map((s) => s.speaker))).toEqual(new Set(['A', 'B']));
    expect(json.duration).toBeCloseTo(210, 0);

    const transcript = readTranscript(result.content, 'long.json');
    expect(transcript.warnings).toEqual([]);
    expect(transcript.utterances.length).toBe(json.segments.length);
    expect(await leftovers()).toEqual([]);
  });

  it('keeps speakers of later parts apart when no speaker samples are sent', async () => {
    const input = join(media, 'medium.wav');
    const { fake, transcriber } = await setup({}, { maxPartBytes: 100_000, speakerReferences: false });
    const json = JSON.parse((await transcriber.transcribe(input, {})).content) as DiarizedTranscript;
    expect(fake.requests.length).toBeGreaterThan(1);
    expect(fake.requests.every((r) => r.knownSpeakerNames.length === 0)).toBe(true);
    const speakers = new Set(json.segments.map((s) => s.speaker));
    expect(speakers).toContain('A');
    expect(speakers).toContain('2-A');
  });

  it('falls back to whisper-1 with verbose_json when the diarize model is not available', async () => {
    const { fake, transcriber } = await setup({ unavailableModels: ['gpt-4o-transcribe-diarize'] });
    const result = await transcriber.transcribe(join(media, '山田さん通話.mp3'), { language: 'ja' });
    expect(fake.requests.map((r) => [r.model, r.responseFormat])).toEqual([
      ['gpt-4o-transcribe-diarize', 'diarized_json'],
      ['whisper-1', 'verbose_json'],
    ]);
    expect(fake.requests[1]?.chunkingStrategy).toBeNull();
    const json = JSON.parse(result.content) as DiarizedTranscript;
    expect(json.model).toBe('whisper-1');
    expect(json.segments.every((s) => s.speaker === undefined)).toBe(true);
    const transcript = readTranscript(result.content, 'call.json');
    expect(transcript.utterances).toHaveLength(3);
    expect(transcript.utterances[1]).toMatchObject({ start: 10, end: 18, speaker: null });
    expect(await leftovers()).toEqual([]);
  });

  it('falls back on a 404 model_not_found too (OpenAI, Azure deployments)', async () => {
    const { fake, transcriber } = await setup({ unavailableModels: ['my-diarize-deployment'], unavailableStatus: 404 }, { model: 'my-diarize-deployment' });
    await transcriber.transcribe(join(media, '山田さん通話.mp3'), {});
    expect(fake.requests.map((r) => r.model)).toEqual(['my-diarize-deployment', 'whisper-1']);
  });

  it('reports the provider unavailable when the fallback model is missing too', async () => {
    const { transcriber } = await setup({ unavailableModels: ['gpt-4o-transcribe-diarize', 'whisper-1'] });
    const err = await transcriber.transcribe(join(media, '山田さん通話.mp3'), {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TranscriptionError);
    expect(err).toMatchObject({ kind: 'unavailable', retryable: false, status: 400 });
  });

  it('lets the SDK retry a 429 (honouring Retry-After) and then succeeds', async () => {
    const { fake, transcriber } = await setup({}, { maxRetries: 2 });
    fake.failures.push({ status: 429, headers: { 'retry-after-ms': '10' }, body: { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } } });
    const result = await transcriber.transcribe(join(media, '山田さん通話.mp3'), {});
    expect(fake.requests).toHaveLength(2);
    expect(readTranscript(result.content, 'x.json').utterances).toHaveLength(3);
  });

  it('surfaces lasting 429 as rate_limited, 5xx as unavailable: both retryable', async () => {
    const { fake, transcriber } = await setup({}, { maxRetries: 1 });
    const rateLimited = { status: 429, headers: { 'retry-after-ms': '10', 'retry-after': '7' }, body: { error: { message: 'slow down', type: 'requests', code: 'rate_limit_exceeded' } } };
    fake.failures.push(rateLimited, rateLimited);
    const limited = await transcriber.transcribe(join(media, '山田さん通話.mp3'), {}).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(TranscriptionError);
    expect(limited).toMatchObject({ kind: 'rate_limited', retryable: true, status: 429 });
    expect((limited as TranscriptionError).userMessage).toMatch(/混み合っています.* \/ the transcription service is busy/);
    expect(fake.requests).toHaveLength(2);

    fake.failures.push({ status: 500 }, { status: 503 });
    const down = await transcriber.transcribe(join(media, '山田さん通話.mp3'), {}).catch((e: unknown) => e);
    expect(down).toMatchObject({ name: 'TranscriptionError', kind: 'unavailable', retryable: true, status: 503 });
    expect(fake.requests).toHaveLength(4);
    expect(await leftovers()).toEqual([]);
  });

  it('reports a request that never gets an answer as a retryable timeout', async () => {
    const { fake, transcriber } = await setup({}, { timeoutMs: 400, maxRetries: 0 });
    fake.failures.push('hang');
    const err = await transcriber.transcribe(join(media, '山田さん通話.mp3'), {}).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'TranscriptionError', kind: 'timeout', retryable: true });
    expect(await leftovers()).toEqual([]);
  });

  it('stops the other parts when one fails, and still removes every temporary file', async () => {
    const input = join(media, 'medium.wav');
    // Part 1 succeeds; the second request fails for good.
    const corrupted = { status: 400, body: { error: { message: 'Audio file might be corrupted or unsupported', type: 'invalid_request_error', code: 'invalid_value' } } };
    const { fake, transcriber } = await setup({ failureFor: (_request, index) => (index === 1 ? corrupted : undefined) }, { maxPartBytes: 50_000, speakerReferences: false, concurrency: 1 });
    const err = await transcriber.transcribe(input, {}).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'TranscriptionError', kind: 'bad_audio', retryable: false });
    // 40 s in parts of ≈ 11 s: 4 parts, one at a time; after the failure no new part is started.
    expect(fake.requests).toHaveLength(2);
    expect(await leftovers()).toEqual([]);
  });

  it('sends later parts without speaker samples when the provider refuses them', async () => {
    const input = join(media, 'medium.wav');
    const refused = { status: 400, body: { error: { message: 'known_speaker_references[0] must be between 2 and 10 seconds', type: 'invalid_request_error', code: 'invalid_value' } } };
    const { fake, transcriber } = await setup({ failureFor: (r) => (r.knownSpeakerNames.length > 0 ? refused : undefined) }, { maxPartBytes: 100_000 });
    const json = JSON.parse((await transcriber.transcribe(input, {})).content) as DiarizedTranscript;
    const withSamples = fake.requests.filter((r) => r.knownSpeakerNames.length > 0).length;
    const without = fake.requests.filter((r) => r.knownSpeakerNames.length === 0).length;
    expect(withSamples).toBeGreaterThan(0);
    expect(without).toBe(withSamples + 1); // every refused part again, plus the first part
    expect(new Set(json.segments.map((s) => s.speaker))).toContain('2-A');
  });

  it('removes its temporary folder when ffmpeg runs out of time', async () => {
    const { fake, transcriber } = await setup({}, { ffmpegTimeoutMs: 1 });
    await expect(transcriber.transcribe(join(media, '山田さん通話.mp3'), {})).rejects.toMatchObject({ name: 'FfmpegError', kind: 'timeout' });
    expect(fake.requests).toHaveLength(0);
    expect(await leftovers()).toEqual([]);
  });

  it('writes only under os.tmpdir() by default, and leaves nothing there', async () => {
    const { transcriber } = await setup();
    const mine = async () => (await readdir(tmpdir())).filter((f) => f.startsWith('mamori-transcribe-'));
    const before = await mine();
    const defaultTmp = new OpenAiTranscriber({ apiKey: 'sk-test', baseURL: fake?.baseURL, maxRetries: 0 });
    await defaultTmp.transcribe(join(media, '山田さん通話.mp3'), {});
    expect(await mine()).toEqual(before);
    expect(transcriber.configured).toBe(true);
  });

  it('refuses a recording longer than the maxDurationSec it is given (the quota left) before calling the API', async () => {
    const { fake, transcriber } = await setup();
    const err = await transcriber.transcribe(join(media, '山田さん通話.mp3'), { maxDurationSec: 20 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DurationLimitError);
    expect((err as DurationLimitError).durationSec).toBeCloseTo(25, 0);
    expect((err as DurationLimitError).limitSec).toBe(20);
    expect(fake.requests).toHaveLength(0);
    expect(await leftovers()).toEqual([]);
    // Within the limit it is transcribed as usual.
    await transcriber.transcribe(join(media, '山田さん通話.mp3'), { maxDurationSec: 30 });
    expect(fake.requests).toHaveLength(1);
  });

  it('measures a recording whose container does not state its length by decoding it, still before any upload', async () => {
    const { fake, transcriber } = await setup();
    // A live-style webm (as browsers record) has no duration in its header.
    const live = join(media, 'live.webm');
    await runFfmpeg(['-y', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=16000:duration=12', '-c:a', 'libopus', '-live', '1', '-f', 'webm', live]);
    const err = await transcriber.transcribe(live, { maxDurationSec: 8 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DurationLimitError);
    expect((err as DurationLimitError).durationSec).toBeGreaterThan(11);
    expect(fake.requests).toHaveLength(0);
    expect(await leftovers()).toEqual([]);
  });

  it('refuses a corrupt file with a MediaError before calling the API', async () => {
    const { fake, transcriber } = await setup();
    const err = await transcriber.transcribe(join(media, 'broken.mp3'), {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MediaError);
    expect((err as MediaError).userMessage).toContain('could not read audio from this file');
    expect(fake.requests).toHaveLength(0);
    expect(await leftovers()).toEqual([]);
  });

  it('refuses a video without sound', async () => {
    const { fake, transcriber } = await setup();
    await expect(transcriber.transcribe(join(media, 'mute.mp4'), {})).rejects.toMatchObject({ name: 'MediaError', kind: 'no_audio' });
    expect(fake.requests).toHaveLength(0);
    expect(await leftovers()).toEqual([]);
  });

  it('without an API key says what to configure, and touches nothing', async () => {
    tmpParent = join(root, `tmp-${counter++}`);
    await mkdir(tmpParent);
    const transcriber = new OpenAiTranscriber({ tmpDir: tmpParent, apiKey: '  ' });
    expect(transcriber.configured).toBe(false);
    const err = await transcriber.transcribe(join(media, '山田さん通話.mp3'), {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TranscriptionNotConfigured);
    expect((err as Error).message).toMatch(/OPENAI_API_KEY/);
    expect((err as Error).message).toMatch(/OPENAI_BASE_URL/);
    expect(await leftovers()).toEqual([]);
  });

  it('logs no file names or transcript text at info', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const { transcriber } = await setup({ unavailableModels: ['gpt-4o-transcribe-diarize'] }, { logger: createLogger('info', sink) });
    await transcriber.transcribe(join(media, '山田さん通話.mp3'), { language: 'ja' });
    const out = lines.join('');
    expect(out).toContain('media transcribed');
    expect(out).not.toContain('山田');
    expect(out).not.toContain('セグメント');
    expect(out).not.toContain(media);
    expect(out).not.toContain(tmpParent);
  });
});
