import Encoding from 'encoding-japanese';
import { MAX_LINE_LENGTH, MAX_TRANSCRIPT_BYTES, megabytes } from '../limits.js';
import { fail } from './errors.js';

/** How much of the input the encoding and binary heuristics look at. */
const SAMPLE = 64 * 1024;

/** No encoding we read spends more than 4 bytes on a character: a longer run is a too-long line in any of them. */
const MAX_LINE_BYTES = MAX_LINE_LENGTH * 4;

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
  // A short Japanese text has one NUL (its newline) or none: then kana decide.
  if (data.length % 2 === 0 && (even === 0 || odd === 0)) {
    if (even > 0) return kanaShare(data, 'be') >= 0.2 ? 'be' : null;
    if (odd > 0) return kanaShare(data, 'le') >= 0.2 ? 'le' : null;
    // Without a single NUL, ASCII text could pass for anything: only text that is mostly kana.
    if (kanaShare(data, 'be') >= 0.5) return 'be';
    if (kanaShare(data, 'le') >= 0.5) return 'le';
  }
  return null;
}

/**
 * Share of kana (U+3041–U+30FF, high byte 0x30: no UTF-8, Shift_JIS or EUC-JP text has that byte
 * before a kana-range one at every other position) when the head is read as UTF-16; 0 when that
 * reading shows control characters, which no text has.
 */
function kanaShare(data: Uint8Array, endian: 'le' | 'be'): number {
  const n = Math.min(data.length, SAMPLE) & ~1;
  let kana = 0;
  for (let i = 0; i < n; i += 2) {
    const unit = endian === 'be' ? (data[i]! << 8) | data[i + 1]! : (data[i + 1]! << 8) | data[i]!;
    if (unit >= 0x3041 && unit <= 0x30ff) kana++;
    else if ((unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) || (unit >= 0x7f && unit < 0xa0)) return 0;
  }
  return n === 0 ? 0 : kana / (n / 2);
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

/**
 * The first line longer than any transcript line can be, found in the bytes before anything is decoded
 * (a 50 MB line must not be run through encoding detection first). LF, CRLF and lone CR end lines.
 * Compact JSON is one line by nature and is exempt: its segments are checked once parsed.
 */
function overlongLine(data: Uint8Array): { line: number; bytes: number } | null {
  if (data.length <= MAX_LINE_BYTES) return null;
  let first = 0;
  while (first < data.length && (data[first] === 0x20 || data[first] === 0x09 || data[first] === 0x0a || data[first] === 0x0d)) first++;
  if (data[first] === 0x7b) return null;
  let line = 1;
  let start = 0;
  for (let i = 0; i <= data.length; i++) {
    const b = i < data.length ? data[i] : 0x0a;
    if (b !== 0x0a && b !== 0x0d) continue;
    if (i - start > MAX_LINE_BYTES) return { line, bytes: i - start };
    if (b === 0x0d && data[i + 1] === 0x0a) i++;
    line++;
    start = i + 1;
  }
  return null;
}

function refuseOverlongLine(data: Uint8Array, file: string): void {
  const long = overlongLine(data);
  if (long === null) return;
  fail(file, long.line, `行が長すぎます (${long.bytes} バイト、上限 ${MAX_LINE_LENGTH} 文字)`, `line too long (${long.bytes} bytes, limit ${MAX_LINE_LENGTH} characters)`);
}

/**
 * Bytes of a last character cut off mid-sequence (a download or copy stopped short), or 0. UTF-8
 * lead bytes say how long their sequence is; only the final 1–3 bytes can be an unfinished one.
 */
function cutUtf8Tail(data: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, data.length); back++) {
    const b = data[data.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: the lead is further back
    const length = b >= 0xf0 && b <= 0xf7 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/** Shift_JIS (as CP932, the WHATWG decoder) and EUC-JP natively; encoding-japanese only where ICU lacks them. */
function decodeJapanese(data: Uint8Array, encoding: 'SJIS' | 'EUCJP'): string {
  try {
    return new TextDecoder(encoding === 'SJIS' ? 'shift_jis' : 'euc-jp').decode(data);
  } catch {
    return Encoding.convert(data, { to: 'UNICODE', from: encoding, type: 'string' });
  }
}

/** Head of the data for encoding detection, ended at a line break so no character is split. */
function detectionSample(data: Uint8Array): Uint8Array {
  if (data.length <= SAMPLE) return data;
  const head = data.subarray(0, SAMPLE);
  const lf = head.lastIndexOf(0x0a);
  return lf > 0 ? head.subarray(0, lf + 1) : head;
}

function decodeBytes(data: Uint8Array, file: string, warnings: string[]): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    const body = data.subarray(3);
    refuseOverlongLine(body, file);
    return UTF8.decode(body);
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
  refuseOverlongLine(data, file);
  try {
    return UTF8_STRICT.decode(data);
  } catch {
    // Not UTF-8, or UTF-8 whose last character was cut off (checked next).
  }
  const cut = cutUtf8Tail(data);
  if (cut > 0) {
    try {
      const text = UTF8_STRICT.decode(data.subarray(0, data.length - cut));
      warnings.push('最後の文字が途中で切れていたため除きました / the last character was cut off and left out');
      return text;
    } catch {
      // Not UTF-8 at all.
    }
  }
  // Japanese Windows tools still save Shift_JIS (CP932), older Unix ones EUC-JP. The head decides.
  // EUC-JP first: Shift_JIS kana/kanji lead bytes (0x81-0x9F) are invalid in EUC-JP, not the reverse.
  const detected = Encoding.detect(detectionSample(data), ['EUCJP', 'SJIS']);
  if (detected === 'EUCJP' || detected === 'SJIS') {
    warnings.push(converted(detected === 'SJIS' ? 'Shift_JIS' : 'EUC-JP'));
    return decodeJapanese(data, detected);
  }
  warnings.push('UTF-8 として読めない文字を置き換えました / replaced bytes that are not valid UTF-8');
  return UTF8.decode(data);
}

function binary(file: string): never {
  fail(file, null, '文字起こしではありません (バイナリデータ)', 'not a transcript (binary data)');
}

/** UTF-8 length of a string without encoding it; at least its length, which is enough to refuse it. */
function utf8Bytes(text: string): number {
  if (text.length > MAX_TRANSCRIPT_BYTES) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3; // a surrogate pair is 4 bytes
  }
  return bytes;
}

/** Bytes or text to text, with a warning whenever the input was not UTF-8. Refuses what is too large first. */
export function decode(data: Uint8Array | string, file: string): Decoded {
  const size = typeof data === 'string' ? utf8Bytes(data) : data.byteLength;
  if (size > MAX_TRANSCRIPT_BYTES) {
    const limit = megabytes(MAX_TRANSCRIPT_BYTES);
    fail(file, null, `ファイルが大きすぎます (${megabytes(size)} MB、上限 ${limit} MB)`, `the file is too large (${megabytes(size)} MB, limit ${limit} MB)`);
  }
  const warnings: string[] = [];
  const raw = typeof data === 'string' ? data : decodeBytes(data, file, warnings);
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (looksBinary(text)) binary(file);
  return { text, warnings };
}
