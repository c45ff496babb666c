import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractAudio, SPEECH_AUDIO } from '../../src/media/extract-audio.js';
import { MediaError } from '../../src/media/errors.js';
import { FfmpegError, resolveFfmpegPath, runFfmpeg } from '../../src/media/ffmpeg.js';
import { parseInputReport, probeMedia } from '../../src/media/probe.js';
import { planCuts, splitAudio } from '../../src/media/split.js';
import { toneSilences, writeGarbage, writeTone, writeVideo } from './generate-media.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mamori-media-test-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ffmpeg', () => {
  it('uses the binary shipped in the npm package unless FFMPEG_PATH is set', () => {
    expect(resolveFfmpegPath()).toMatch(/@ffmpeg-installer[\\/][a-z0-9-]+[\\/]ffmpeg(\.exe)?$/);
    expect(resolveFfmpegPath('/usr/bin/env')).toBe('/usr/bin/env');
  });

  it('reports a missing configured ffmpeg clearly', async () => {
    expect(() => resolveFfmpegPath('/nonexistent/ffmpeg')).toThrow(/FFMPEG_PATH/);
    await expect(runFfmpeg(['-version'], { ffmpegPath: '/nonexistent/ffmpeg' })).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('kills a run that outlives its timeout', async () => {
    const run = runFfmpeg(['-f', 'lavfi', '-re', '-i', 'sine=duration=600', '-f', 'null', '-'], { timeoutMs: 300 });
    await expect(run).rejects.toBeInstanceOf(FfmpegError);
    await expect(run).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('explains a failure with the end of stderr', async () => {
    const err = await runFfmpeg(['-i', join(dir, 'missing.wav'), '-f', 'null', '-']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FfmpegError);
    expect((err as FfmpegError).message).toMatch(/<file>: No such file or directory/);
    // paths (user file names) stay out of messages that may reach logs
    expect((err as FfmpegError).message).not.toContain(dir);
  });
});

describe('probeMedia', () => {
  it('reads duration and streams of audio and video files', async () => {
    const wav = join(dir, 'probe.wav');
    await writeTone(wav, { seconds: 3 });
    expect(await probeMedia(wav)).toMatchObject({ container: 'wav', durationSec: 3, hasAudio: true, hasVideo: false });

    const mp4 = join(dir, 'probe.mp4');
    await writeVideo(mp4, 2, true);
    const info = await probeMedia(mp4);
    expect(info).toMatchObject({ hasAudio: true, hasVideo: true });
    expect(info.durationSec).toBeGreaterThan(1.5);

    const silent = join(dir, 'probe-silent.mp4');
    await writeVideo(silent, 1, false);
    expect(await probeMedia(silent)).toMatchObject({ hasAudio: false, hasVideo: true });
  });

  it('refuses what ffmpeg cannot open', async () => {
    const bad = join(dir, 'probe-bad.mp3');
    await writeGarbage(bad);
    await expect(probeMedia(bad)).rejects.toMatchObject({ name: 'MediaError', kind: 'unreadable' });
  });

  it('parses the input report (duration N/A, cover art is not video)', () => {
    const report = [
      "Input #0, matroska,webm, from 'x.webm':",
      '  Duration: N/A, start: 0.000000, bitrate: N/A',
      '    Stream #0:0: Audio: opus, 48000 Hz, mono, fltp (default)',
      '    Stream #0:1: Video: mjpeg, yuvj420p, 300x300 (attached pic)',
    ].join('\n');
    expect(parseInputReport(report)).toMatchObject({ container: 'matroska,webm', durationSec: null, hasAudio: true, hasVideo: false });
    expect(parseInputReport('x.mp3: Invalid data found when processing input')).toBeNull();
  });
});

describe('extractAudio', () => {
  it.each(['mp3', 'm4a', 'wav', 'ogg', 'webm', 'flac'])('turns .%s into 16 kHz mono MP3', async (ext) => {
    const input = join(dir, `in-${ext}.${ext}`);
    await writeTone(input, { seconds: 4, period: 2, gap: 0.8, sampleRate: 44_100, channels: 2 });
    const out = await mkdtemp(join(dir, `out-${ext}-`));
    const audio = await extractAudio(input, out);
    expect(audio.path.startsWith(out)).toBe(true);
    expect(audio.mimeType).toBe('audio/mpeg');
    expect(audio.durationSec).toBeGreaterThan(3.8);
    expect(audio.durationSec).toBeLessThan(4.2);
    const info = await probeMedia(audio.path);
    expect(info.container).toBe('mp3');
    expect(info.streams).toHaveLength(1);
  });

  it.each(['mp4', 'mov', 'webm'])('takes the sound track of a .%s video', async (ext) => {
    const input = join(dir, `video.${ext}`);
    await writeVideo(input, 2, true);
    const audio = await extractAudio(input, await mkdtemp(join(dir, 'video-out-')));
    expect(audio.durationSec).toBeGreaterThan(1.5);
    expect((await probeMedia(audio.path)).hasVideo).toBe(false);
  });

  it('finds the silences while converting', async () => {
    const input = join(dir, 'silences.wav');
    const tone = { seconds: 30, period: 10, gap: 2 };
    await writeTone(input, tone);
    const audio = await extractAudio(input, await mkdtemp(join(dir, 'sil-out-')));
    const expected = toneSilences(tone);
    expect(audio.silences).toHaveLength(expected.length);
    audio.silences.forEach((s, k) => {
      expect(s.start).toBeCloseTo(expected[k]?.[0] ?? NaN, 0);
      expect(s.end).toBeCloseTo(expected[k]?.[1] ?? NaN, 0);
    });
    // 32 kbit/s: about 4 000 bytes a second.
    expect(audio.sizeBytes).toBeLessThan(30 * SPEECH_AUDIO.bytesPerSecond * 1.1);
  });

  it('refuses a corrupt file with a bilingual user message', async () => {
    const input = join(dir, 'corrupt.mp3');
    await writeGarbage(input);
    const err = await extractAudio(input, dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MediaError);
    expect((err as MediaError).kind).toBe('unreadable');
    expect((err as MediaError).userMessage).toMatch(/^音声を読み取れませんでした.* \/ could not read audio from this file/);
  });

  it('refuses a video without sound', async () => {
    const input = join(dir, 'mute.mp4');
    await writeVideo(input, 1, false);
    await expect(extractAudio(input, dir)).rejects.toMatchObject({ name: 'MediaError', kind: 'no_audio' });
  });

  it('refuses recordings over the length limit', async () => {
    const input = join(dir, 'long.wav');
    await writeTone(input, { seconds: 5 });
    await expect(extractAudio(input, dir, { maxDurationSec: 2 })).rejects.toMatchObject({ name: 'MediaError', kind: 'too_long' });
  });
});

describe('planCuts', () => {
  const silences = [10, 20, 30, 40, 50].map((m) => ({ start: m - 0.5, end: m + 0.5 }));

  it('does not cut what fits', () => {
    expect(planCuts(60, 1000, silences, 2000, 100)).toEqual([]);
  });

  it('cuts at the middle of the latest silence that keeps a part under the limits', () => {
    // 60 s, 6000 bytes: 100 B/s; 2500 bytes → at most 23 s a part (with the safety margin)
    expect(planCuts(60, 6000, silences, 2500, 1000)).toEqual([20, 40]);
    // the duration limit binds too
    expect(planCuts(60, 6000, silences, 1e9, 35)).toEqual([30]);
  });

  it('falls back to fixed cuts where there is no silence', () => {
    expect(planCuts(60, 6000, [], 1e9, 25)).toEqual([25, 50]);
    // silences too early in the window are not used
    expect(planCuts(60, 6000, [{ start: 1, end: 2 }], 1e9, 25)).toEqual([25, 50]);
  });
});

describe('splitAudio', () => {
  it('returns the file itself when it fits', async () => {
    const input = join(dir, 'fits.mp3');
    await writeTone(input, { seconds: 3 });
    const parts = await splitAudio(input, { outDir: dir });
    expect(parts).toEqual([{ index: 0, path: input, offsetSec: 0, durationSec: expect.closeTo(3, 0) as number, sizeBytes: (await stat(input)).size }]);
  });

  it('cuts a recording without silences into fixed parts under the limit', async () => {
    const input = join(dir, 'continuous.wav');
    await writeTone(input, { seconds: 50 });
    const out = await mkdtemp(join(dir, 'continuous-'));
    const audio = await extractAudio(input, out);
    const maxBytes = 70_000;
    const parts = await splitAudio(audio.path, { outDir: out, maxBytes });
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const p of parts) expect(p.sizeBytes).toBeLessThanOrEqual(maxBytes);
    parts.forEach((p, k) => {
      if (k > 0) expect(p.offsetSec).toBeCloseTo((parts[k - 1]?.offsetSec ?? 0) + (parts[k - 1]?.durationSec ?? 0), 2);
    });
    const total = parts.reduce((sum, p) => sum + p.durationSec, 0);
    expect(Math.abs(total - audio.durationSec)).toBeLessThan(0.2);
    expect((await readdir(out)).filter((f) => f.startsWith('part-'))).toHaveLength(parts.length);
  });
});
