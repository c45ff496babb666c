/**
 * Test media made on the fly with the packaged ffmpeg (lavfi sources), so no binary fixture is
 * committed: tones separated by silences, short videos with and without sound, corrupt files.
 */
import { writeFile } from 'node:fs/promises';
import { runFfmpeg } from '../../src/media/ffmpeg.js';

export interface ToneOptions {
  seconds: number;
  /** Every `period` seconds the tone stops for `gap` seconds (at the end of each period). */
  period?: number;
  gap?: number;
  sampleRate?: number;
  channels?: number;
  frequency?: number;
}

/** `sine` + a volume gate: tone for period-gap seconds, then silence for gap seconds, repeated. */
function toneSource(o: ToneOptions): string {
  const rate = o.sampleRate ?? 16_000;
  const f = o.frequency ?? 440;
  const period = o.period ?? 0;
  const gate = period > 0 ? `,volume='if(lt(mod(t\\,${period})\\,${period - (o.gap ?? 1.5)})\\,1\\,0)':eval=frame` : '';
  return `sine=frequency=${f}:sample_rate=${rate}:duration=${o.seconds}${gate}`;
}

/** The silences a tone file has, as [start, end] pairs (the last period's gap included). */
export function toneSilences(o: ToneOptions): Array<[number, number]> {
  const period = o.period ?? 0;
  if (period <= 0) return [];
  const gap = o.gap ?? 1.5;
  const out: Array<[number, number]> = [];
  for (let p = period; p <= o.seconds + 1e-9; p += period) out.push([p - gap, p]);
  return out;
}

const CODECS: Record<string, string[]> = {
  wav: ['-c:a', 'pcm_s16le'],
  mp3: ['-c:a', 'libmp3lame', '-b:a', '64k'],
  m4a: ['-c:a', 'aac', '-b:a', '64k'],
  ogg: ['-c:a', 'libvorbis'],
  webm: ['-c:a', 'libopus'],
  flac: ['-c:a', 'flac'],
};

/** Writes a tone recording; the container comes from the extension (wav, mp3, m4a, ogg, webm, flac). */
export async function writeTone(path: string, o: ToneOptions): Promise<void> {
  const ext = path.slice(path.lastIndexOf('.') + 1);
  const codec = CODECS[ext];
  if (!codec) throw new Error(`no codec for .${ext}`);
  await runFfmpeg(['-y', '-f', 'lavfi', '-i', toneSource(o), '-ac', String(o.channels ?? 1), ...codec, path]);
}

/** A small video (mp4, mov or webm) with or without an audio track. */
export async function writeVideo(path: string, seconds: number, withAudio: boolean): Promise<void> {
  const webm = path.endsWith('.webm');
  const video = ['-f', 'lavfi', '-i', `testsrc=size=64x48:rate=5:duration=${seconds}`];
  const audio = withAudio ? ['-f', 'lavfi', '-i', toneSource({ seconds, period: 2, gap: 0.6 })] : [];
  const codecs = webm ? ['-c:v', 'libvpx', '-b:v', '50k', ...(withAudio ? ['-c:a', 'libopus'] : [])] : ['-c:v', 'mpeg4', ...(withAudio ? ['-c:a', 'aac'] : [])];
  await runFfmpeg(['-y', ...video, ...audio, ...codecs, ...(withAudio ? ['-shortest'] : ['-an']), path]);
}

/** Noise bytes under a media name: what a corrupt upload looks like. Seeded, so every run sees the same file. */
export async function writeGarbage(path: string, bytes = 20_000, seed = 12345): Promise<void> {
  const out = Buffer.alloc(bytes);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < bytes; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  await writeFile(path, out);
}
