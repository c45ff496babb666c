import Encoding from 'encoding-japanese';
import { fail } from './errors.js';

/** Far beyond any call transcript; refusing earlier keeps memory bounded for the bot. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

/** How much of the input the encoding and binary heuristics look at. */
const SAMPLE = 64 * 1024;

export interface Decoded {
  text: string;
  warnings: string[];
}

function converted(from: string): string {
  return `${from} から変換しました / decoded from ${from}`;
}

// Decoders hold no state between whole-buffer calls, and building one per file costs more than the decode.
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function utf16(data: Uint8Array, endian: 'le' | 'be', skipBom: boolean): string {
  const body = skipBom ? data.subarray(2) : data;
  return new TextDecoder(endian === 'le' ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(body);
}

/**
 * UTF-16 without a BOM shows as NUL bytes on one side of each pair (the high byte of ASCII: digits,
 * colons, newlines). NULs on both sides mean binary data instead.
 */
function guessUtf16(data: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(data.length, SAMPLE) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (data[i] === 0) even++;
    if (data[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  const minimum = Math.max(2, pairs * 0.01);
  if (odd >= minimum && even * 20 <= odd) return 'le';
  if (even >= minimum && odd * 20 <= even) return 'be';
  return null;
}

/** Control characters that no transcript contains; a real share of them means a binary file. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f || c === 0xfffd) controls++;
  }
  return controls > Math.max(4, n * 0.02);
}

function decodeBytes(data: Uint8Array, file: string, warnings: string[]): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    return UTF8.decode(data.subarray(3));
  }
  if (data[0] === 0xff && data[1] === 0xfe) {
    warnings.push(converted('UTF-16LE'));
    return utf16(data, 'le', true);
  }
  if (data[0] === 0xfe && data[1] === 0xff) {
    warnings.push(converted('UTF-16BE'));
    return utf16(data, 'be', true);
  }
  const guessed = guessUtf16(data);
  if (guessed !== null) {
    const name = guessed === 'le' ? 'UTF-16LE' : 'UTF-16BE';
    warnings.push(converted(name));
    return utf16(data, guessed, false);
  }
  if (data.indexOf(0) >= 0) binary(file);
  try {
    return UTF8_STRICT.decode(data);
  } catch {
    // Not UTF-8: Japanese Windows tools still save Shift_JIS (CP932), older Unix ones EUC-JP.
  }
  // EUC-JP first: Shift_JIS kana/kanji lead bytes (0x81-0x9F) are invalid in EUC-JP, not the reverse.
  const detected = Encoding.detect(data, ['EUCJP', 'SJIS']);
  if (detected === 'EUCJP' || detected === 'SJIS') {
    warnings.push(converted(detected === 'SJIS' ? 'Shift_JIS' : 'EUC-JP'));
    return Encoding.convert(data, { to: 'UNICODE', from: detected, type: 'string' });
  }
  warnings.push('UTF-8 として読めない文字を置き換えました / replaced bytes that are not valid UTF-8');
  return UTF8.decode(data);
}

function binary(file: string): never {
  fail(file, null, '文字起こしではありません (バイナリデータ)', 'not a transcript (binary data)');
}

/** Bytes or text to text, with a warning whenever the input was not UTF-8. */
export function decode(data: Uint8Array | string, file: string): Decoded {
  const size = typeof data === 'string' ? data.length : data.byteLength;
  if (size > MAX_INPUT_BYTES) {
    fail(file, null, 'ファイルが大きすぎます (上限 100 MB)', `the file is too large (${Math.round(size / 1024 / 1024)} MB, limit 100 MB)`);
  }
  const warnings: string[] = [];
  const raw = typeof data === 'string' ? data : decodeBytes(data, file, warnings);
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (looksBinary(text)) binary(file);
  return { text, warnings };
}
