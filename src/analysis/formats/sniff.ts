import type { TranscriptFormat } from '../transcript.js';
import { logStamp } from './call-log.js';

/** Formats show themselves in the first lines; reading only a head keeps sniffing O(1). */
const HEAD_CHARS = 64 * 1024;
const HEAD_LINES = 20;

function extension(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Which parser to use. Content decides (people save a .vtt as .txt, or drop the extension); the
 * extension only settles cases the content leaves open.
 */
export function sniffFormat(text: string, file: string): TranscriptFormat {
  const head = text.slice(0, HEAD_CHARS).replace(/^\uFEFF/, '');
  const lines = head
    .split(/\r\n|\r|\n/, HEAD_LINES * 10)
    .filter((l) => l.trim() !== '')
    .slice(0, HEAD_LINES);
  const ext = extension(file);
  const first = (lines[0] ?? '').trim();

  if (/^WEBVTT(?:[ \t]|$)/.test(first)) return 'webvtt';
  if (first.startsWith('{')) return 'openai-json';
  const sample = lines.slice(0, 10);
  const stamped = sample.filter((l) => logStamp(l) !== null).length;
  if (stamped > 0 && stamped * 2 >= sample.length) return 'call-log';
  if (lines.some((l) => l.includes('-->'))) return ext === 'vtt' ? 'webvtt' : 'srt';
  if (ext === 'json') return 'openai-json';
  if (ext === 'vtt') return 'webvtt';
  if (ext === 'srt') return 'srt';
  return 'plain-text';
}
