/**
 * What a media file holds, read from `ffmpeg -i` (no ffprobe needed): its container, duration and
 * streams. A file ffmpeg cannot open at all is a MediaError('unreadable').
 */
import { MediaError } from './errors.js';
import { runFfmpeg, type FfmpegSettings } from './ffmpeg.js';

export interface MediaStreamInfo {
  type: 'audio' | 'video' | 'subtitle' | 'data' | 'other';
  codec: string;
}

export interface MediaInfo {
  /** The demuxer ffmpeg chose (e.g. "mp3", "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", "wav"). */
  container: string;
  /** From the container header; null when the container does not say (e.g. some browser webm). */
  durationSec: number | null;
  streams: MediaStreamInfo[];
  hasAudio: boolean;
  hasVideo: boolean;
}

/** "01:02:03.45" → seconds. */
export function parseClock(text: string): number | null {
  const m = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

/** Parses the "Input #0" report ffmpeg prints for `ffmpeg -i FILE`. Null when there is none. */
export function parseInputReport(stderr: string): MediaInfo | null {
  const input = /^Input #0, (.+?), from /m.exec(stderr);
  if (!input) return null;
  const duration = /^\s*Duration: ([^,]+),/m.exec(stderr);
  const durationSec = duration ? parseClock(duration[1] ?? '') : null;
  const streams: MediaStreamInfo[] = [];
  for (const m of stderr.matchAll(/^\s*Stream #0:\d+.*?: (Audio|Video|Subtitle|Data|Attachment): ([^\s,]+)/gm)) {
    const kind = (m[1] ?? '').toLowerCase();
    const type = kind === 'audio' || kind === 'video' || kind === 'subtitle' || kind === 'data' ? kind : 'other';
    streams.push({ type, codec: m[2] ?? '' });
  }
  return {
    container: input[1] ?? '',
    durationSec: durationSec !== null && Number.isFinite(durationSec) ? durationSec : null,
    streams,
    hasAudio: streams.some((s) => s.type === 'audio'),
    // Cover art in audio files shows up as a video stream (mjpeg/png); it is not a video.
    hasVideo: streams.some((s) => s.type === 'video' && !/^(mjpeg|png|bmp|gif)$/.test(s.codec)),
  };
}

/** Reads a media file's container, duration and streams. Throws MediaError('unreadable') when ffmpeg cannot open it. */
export async function probeMedia(path: string, settings: FfmpegSettings = {}): Promise<MediaInfo> {
  // Without an output ffmpeg prints the input report and exits 1: that is expected here.
  const run = await runFfmpeg(['-i', path], { ...settings, allowFailure: true, tailChars: 256_000 });
  const info = parseInputReport(run.stderrTail);
  if (!info) throw new MediaError('unreadable', run.stderrTail.slice(-500));
  return info;
}
