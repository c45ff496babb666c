/**
 * Splits a recording that is too big (bytes) or too long (seconds) for one transcription request into
 * parts, cutting in the middle of silences so no word is cut in two; where a stretch has no silence
 * the cut falls at the latest allowed point. Parts are cut from the compact MP3 by stream copy (no
 * re-encoding), so an offset is exact to one MP3 frame (72 ms at 16 kHz).
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_SILENCE, SilenceCollector, silencedetectFilter, type Silence, type SilenceSettings } from './extract-audio.js';
import { MediaError } from './errors.js';
import { runFfmpeg, type FfmpegSettings } from './ffmpeg.js';
import { probeMedia } from './probe.js';

/** OpenAI's upload limit is 25 MB (read as 25 000 000 bytes); stay under it with room for the multipart envelope. */
export const DEFAULT_MAX_PART_BYTES = 24_000_000;
/**
 * gpt-4o-transcribe(-diarize) refuses audio longer than 1400 s ("audio duration … is longer than 1400
 * seconds which is the maximum for this model"); whisper-1 has no such limit. Keep a margin.
 */
export const DEFAULT_MAX_PART_SECONDS = 1_380;

export interface AudioPart {
  index: number;
  path: string;
  /** Where the part starts in the whole recording, in seconds. */
  offsetSec: number;
  durationSec: number;
  sizeBytes: number;
}

export interface SplitOptions extends FfmpegSettings {
  /** Folder the parts are written to. */
  outDir: string;
  maxBytes?: number | undefined;
  maxSeconds?: number | undefined;
  /** Known duration (e.g. from extractAudio); probed otherwise. */
  durationSec?: number | undefined;
  /** Silences already found (e.g. by extractAudio); detected with ffmpeg otherwise. */
  silences?: Silence[] | undefined;
  silence?: SilenceSettings | undefined;
}

/** Share of the byte limit a part is planned to fill: bitrates wobble and headers add a little. */
const SIZE_SAFETY = 0.92;
/** A cut is looked for in the last half of the longest allowed part. */
const WINDOW_FROM = 0.5;

/**
 * Where to cut (seconds, increasing, excluding 0 and the end). Pure: the plan depends only on the
 * duration, size, silences and limits. Returns [] when the whole recording fits in one part.
 */
export function planCuts(durationSec: number, sizeBytes: number, silences: readonly Silence[], maxBytes: number, maxSeconds: number): number[] {
  if (!(durationSec > 0)) return [];
  if (sizeBytes <= maxBytes && durationSec <= maxSeconds) return [];
  const bytesPerSec = sizeBytes / durationSec;
  const longest = Math.min(maxSeconds, (maxBytes * SIZE_SAFETY) / bytesPerSec);
  if (!(longest > 1)) throw new MediaError('too_long', `parts would be shorter than a second (${longest} s)`);
  const midpoints = silences.map((s) => (s.start + s.end) / 2).filter((m) => m > 0 && m < durationSec).sort((a, b) => a - b);
  const cuts: number[] = [];
  let start = 0;
  while (durationSec - start > longest) {
    const from = start + longest * WINDOW_FROM;
    const to = start + longest;
    let cut = to;
    for (let k = midpoints.length - 1; k >= 0; k--) {
      const m = midpoints[k] as number;
      if (m <= to && m >= from) {
        cut = m;
        break;
      }
      if (m < from) break;
    }
    cuts.push(round3(cut));
    start = cut;
  }
  return cuts;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Runs silencedetect over a whole file (when the caller has no silences yet). */
export async function detectSilences(path: string, settings: FfmpegSettings & { silence?: SilenceSettings | undefined } = {}): Promise<Silence[]> {
  const collector = new SilenceCollector();
  let duration = 0;
  await runFfmpeg(['-i', path, '-vn', '-af', silencedetectFilter(settings.silence ?? DEFAULT_SILENCE), '-f', 'null', '-'], {
    ffmpegPath: settings.ffmpegPath,
    timeoutMs: settings.timeoutMs,
    onStderrLine: (line) => {
      collector.line(line);
      const t = /time=\s*(\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(line);
      if (t) duration = Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3]);
    },
  });
  return collector.finish(duration);
}

/**
 * The parts of an MP3 recording, each under `maxBytes` and `maxSeconds`. A recording that already
 * fits is returned as one part pointing at the input itself (nothing is written).
 */
export async function splitAudio(path: string, options: SplitOptions): Promise<AudioPart[]> {
  const settings: FfmpegSettings = { ffmpegPath: options.ffmpegPath, timeoutMs: options.timeoutMs };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PART_BYTES;
  const maxSeconds = options.maxSeconds ?? DEFAULT_MAX_PART_SECONDS;
  const sizeBytes = (await stat(path)).size;
  let durationSec = options.durationSec;
  if (durationSec === undefined) {
    const info = await probeMedia(path, settings);
    if (info.durationSec === null) throw new MediaError('unreadable', 'no duration');
    durationSec = info.durationSec;
  }
  if (sizeBytes <= maxBytes && durationSec <= maxSeconds) {
    return [{ index: 0, path, offsetSec: 0, durationSec, sizeBytes }];
  }
  const silences = options.silences ?? (await detectSilences(path, { ...settings, silence: options.silence }));

  // Sizes are planned from the average bitrate; should a part still come out too big, plan again tighter.
  let budget = maxBytes;
  for (let attempt = 0; attempt < 3; attempt++) {
    const cuts = planCuts(durationSec, sizeBytes, silences, budget, maxSeconds);
    const bounds = [0, ...cuts, durationSec];
    const parts: AudioPart[] = [];
    for (let i = 0; i < bounds.length - 1; i++) {
      const start = bounds[i] as number;
      const end = bounds[i + 1] as number;
      const out = join(options.outDir, `part-${String(i).padStart(3, '0')}.mp3`);
      const last = i === bounds.length - 2;
      await runFfmpeg(['-y', '-i', path, '-ss', start.toFixed(3), ...(last ? [] : ['-t', (end - start).toFixed(3)]), '-map', '0:a:0', '-c', 'copy', '-f', 'mp3', out], settings);
      parts.push({ index: i, path: out, offsetSec: start, durationSec: round3(end - start), sizeBytes: (await stat(out)).size });
    }
    if (parts.every((p) => p.sizeBytes <= maxBytes)) return parts;
    budget = Math.floor(budget * 0.8);
  }
  throw new MediaError('too_long', 'could not cut parts under the size limit');
}
