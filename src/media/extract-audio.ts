/**
 * Any accepted audio (mp3, m4a, wav, ogg, webm, flac…) or video (mp4, mov, webm…) → one compact,
 * speech-friendly audio file: 16 kHz mono MP3 at 32 kbit/s (about 14 MB an hour), metadata stripped.
 * The same ffmpeg pass runs `silencedetect`, so the silences needed to split long recordings come
 * for free.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MediaError } from './errors.js';
import { FfmpegError, runFfmpeg, type FfmpegSettings } from './ffmpeg.js';
import { parseClock, probeMedia } from './probe.js';

/** The speech format every recording is turned into before upload. */
export const SPEECH_AUDIO = {
  extension: 'mp3',
  mimeType: 'audio/mpeg',
  sampleRate: 16_000,
  bitrate: '32k',
  bytesPerSecond: 4_000,
} as const;

export interface Silence {
  start: number;
  end: number;
}

export interface SilenceSettings {
  /** Level under which audio counts as silence. Default -30 dB (phone lines hiss). */
  noiseDb?: number;
  /** Shortest silence worth cutting at. Default 0.5 s. */
  minSeconds?: number;
}

export const DEFAULT_SILENCE: Required<SilenceSettings> = { noiseDb: -30, minSeconds: 0.5 };

export interface ExtractAudioOptions extends FfmpegSettings {
  /** Refuse recordings longer than this (MediaError 'too_long'). No limit when unset. */
  maxDurationSec?: number | undefined;
  silence?: SilenceSettings | undefined;
}

export interface ExtractedAudio {
  path: string;
  durationSec: number;
  sizeBytes: number;
  mimeType: string;
  /** Silences found while converting, in the output's time line, in order. */
  silences: Silence[];
}

/** Shortest output that still counts as a recording. */
const MIN_DURATION_SEC = 0.1;

export function silencedetectFilter(settings: SilenceSettings = {}): string {
  const { noiseDb, minSeconds } = { ...DEFAULT_SILENCE, ...settings };
  return `silencedetect=noise=${noiseDb}dB:duration=${minSeconds}`;
}

/** Collects `silencedetect` reports from ffmpeg's stderr lines. */
export class SilenceCollector {
  readonly silences: Silence[] = [];
  private openStart: number | null = null;

  line(line: string): void {
    const start = /silence_start: (-?[\d.]+)/.exec(line);
    if (start) {
      this.openStart = Math.max(0, Number(start[1]));
      return;
    }
    const end = /silence_end: (-?[\d.]+)/.exec(line);
    if (end && this.openStart !== null) {
      const e = Number(end[1]);
      if (Number.isFinite(e) && e > this.openStart) this.silences.push({ start: this.openStart, end: e });
      this.openStart = null;
    }
  }

  /** Silences, closing one still open at the end of the audio. */
  finish(durationSec: number): Silence[] {
    if (this.openStart !== null && durationSec > this.openStart) this.silences.push({ start: this.openStart, end: durationSec });
    this.openStart = null;
    return this.silences;
  }
}

/**
 * Converts `input` into `<outDir>/<baseName>.mp3` (16 kHz mono). Throws MediaError for files without
 * usable audio ('unreadable', 'no_audio', 'too_long'); FfmpegError for ffmpeg itself (missing, timeout).
 */
export async function extractAudio(input: string, outDir: string, options: ExtractAudioOptions = {}, baseName = 'speech'): Promise<ExtractedAudio> {
  const settings: FfmpegSettings = { ffmpegPath: options.ffmpegPath, timeoutMs: options.timeoutMs };
  const info = await probeMedia(input, settings);
  if (!info.hasAudio) throw new MediaError('no_audio', `container ${info.container}, streams: ${info.streams.map((s) => s.type).join(',')}`);
  if (options.maxDurationSec !== undefined && info.durationSec !== null && info.durationSec > options.maxDurationSec) {
    throw new MediaError('too_long', `${info.durationSec} s > ${options.maxDurationSec} s`);
  }

  const output = join(outDir, `${baseName}.${SPEECH_AUDIO.extension}`);
  const silences = new SilenceCollector();
  let lastTime: number | null = null;
  const args = [
    '-y',
    '-i', input,
    '-map', '0:a:0', '-vn', '-sn', '-dn',
    '-map_metadata', '-1',
    '-ac', '1', '-ar', String(SPEECH_AUDIO.sampleRate),
    '-af', silencedetectFilter(options.silence),
    '-c:a', 'libmp3lame', '-b:a', SPEECH_AUDIO.bitrate, '-compression_level', '7',
    ...(options.maxDurationSec !== undefined ? ['-t', String(options.maxDurationSec + 1)] : []),
    '-f', 'mp3', output,
  ];
  try {
    await runFfmpeg(args, {
      ...settings,
      onStderrLine: (line) => {
        silences.line(line);
        const time = /time=\s*(\d+:\d{2}:\d{2}(?:\.\d+)?)/.exec(line);
        if (time) lastTime = parseClock(time[1] ?? '') ?? lastTime;
      },
    });
  } catch (err) {
    // ffmpeg opened the file but could not decode it: the file's fault, not ours
    // (unless the machine is at fault: a full disk is ours to fix, and worth a retry.)
    if (err instanceof FfmpegError && err.kind === 'failed' && !/No space left on device|Cannot allocate memory/i.test(err.stderrTail)) {
      throw new MediaError('unreadable', err.message);
    }
    throw err;
  }

  const sizeBytes = (await stat(output)).size;
  const durationSec = lastTime ?? (sizeBytes / SPEECH_AUDIO.bytesPerSecond);
  if (durationSec < MIN_DURATION_SEC || sizeBytes === 0) {
    throw new MediaError('unreadable', `decoded only ${durationSec} s`);
  }
  if (options.maxDurationSec !== undefined && durationSec > options.maxDurationSec) {
    throw new MediaError('too_long', `${durationSec} s > ${options.maxDurationSec} s`);
  }
  return { path: output, durationSec, sizeBytes, mimeType: SPEECH_AUDIO.mimeType, silences: silences.finish(durationSec) };
}
