import Encoding from 'encoding-japanese';
import { describe, expect, it, vi } from 'vitest';
import { MAX_LINE_LENGTH, MAX_TRANSCRIPT_BYTES } from '../../../src/analysis/limits.js';
import { readTranscript } from '../../../src/analysis/read.js';

const LOG = '[00:00:00] 受付: いらっしゃいませ。\n[00:00:03] お客様: 予約した佐野です。\n';

function expectLog(data: Uint8Array, file = 'call.txt'): string[] {
  const t = readTranscript(data, file);
  expect(t.utterances.map((u) => [u.speaker, u.text])).toEqual([
    ['受付', 'いらっしゃいませ。'],
    ['お客様', '予約した佐野です。'],
  ]);
  return t.warnings;
}

function utf16be(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le').swap16());
}

describe('decoding', () => {
  it('reads UTF-8 with or without a BOM, without warnings', () => {
    expect(expectLog(new TextEncoder().encode(LOG))).toEqual([]);
    expect(expectLog(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(LOG)]))).toEqual([]);
  });

  it('strips a BOM from string input', () => {
    expect(readTranscript(`\uFEFF${LOG}`, 'call.txt').format).toBe('call-log');
  });

  it('reads UTF-16 with a BOM, and says so', () => {
    expect(expectLog(new Uint8Array(Buffer.from(`\uFEFF${LOG}`, 'utf16le')))).toEqual([
      'UTF-16LE から変換しました / decoded from UTF-16LE',
    ]);
    expect(expectLog(utf16be(`\uFEFF${LOG}`))).toEqual(['UTF-16BE から変換しました / decoded from UTF-16BE']);
  });

  it('recognises UTF-16 without a BOM by where its NUL bytes fall', () => {
    expect(expectLog(new Uint8Array(Buffer.from(LOG, 'utf16le')))).toEqual(['UTF-16LE から変換しました / decoded from UTF-16LE']);
    expect(expectLog(utf16be(LOG))).toEqual(['UTF-16BE から変換しました / decoded from UTF-16BE']);
  });

  it('reads Shift_JIS (CP932) and EUC-JP, and says so', () => {
    const codes = Encoding.stringToCode(LOG);
    const sjis = new Uint8Array(Encoding.convert(codes, { to: 'SJIS', from: 'UNICODE', type: 'array' }));
    expect(expectLog(sjis)).toEqual(['Shift_JIS から変換しました / decoded from Shift_JIS']);
    const eucjp = new Uint8Array(Encoding.convert(codes, { to: 'EUCJP', from: 'UNICODE', type: 'array' }));
    expect(expectLog(eucjp)).toEqual(['EUC-JP から変換しました / decoded from EUC-JP']);
  });

  it('reads a Shift_JIS WebVTT with CRLF line ends', () => {
    const vtt = 'WEBVTT\r\n\r\n1\r\n00:00:01.000 --> 00:00:02.500\r\n<v 坂井 涼>はい、①番窓口です。</v>\r\n';
    const sjis = new Uint8Array(Encoding.convert(Encoding.stringToCode(vtt), { to: 'SJIS', from: 'UNICODE', type: 'array' }));
    const t = readTranscript(sjis, 'cp932.vtt');
    expect(t.utterances[0]).toMatchObject({ speaker: '坂井 涼', text: 'はい、①番窓口です。', start: 1, end: 2.5 });
  });

  it('refuses empty and whitespace-only files', () => {
    expect(() => readTranscript('', 'a.vtt')).toThrowError('a.vtt: ファイルが空です / the file is empty');
    expect(() => readTranscript(new Uint8Array(0), 'b.srt')).toThrowError('b.srt: ファイルが空です / the file is empty');
    expect(() => readTranscript(' \n\t\r\n　\n', 'c.txt')).toThrowError(/c\.txt: .*the file is empty/);
  });

  it('refuses binary data', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(() => readTranscript(png, 'photo.txt')).toThrowError(/photo\.txt: .*not a transcript \(binary data\)/);
    const controls = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41 + (i % 26)));
    expect(() => readTranscript(controls, 'odd.txt')).toThrowError(/not a transcript \(binary data\)/);
    expect(() => readTranscript('hello\u0000world', 'nul.txt')).toThrowError(/binary data/);
  });

  it('refuses a transcript over the size limit before decoding anything', () => {
    const detect = vi.spyOn(Encoding, 'detect');
    try {
      // 50 MB of UTF-8 whose last character is cut: it used to go through Shift_JIS detection and conversion (29 s, 2.6 GB).
      const cut = new TextEncoder().encode('あいうえお'.repeat(Math.ceil((50 * 1024 * 1024) / 15))).subarray(0, -1);
      expect(() => readTranscript(cut, 'cut.txt')).toThrowError('cut.txt: ファイルが大きすぎます (50 MB、上限 5 MB) / the file is too large (50 MB, limit 5 MB)');
      expect(detect).not.toHaveBeenCalled();
      expect(() => readTranscript('a'.repeat(MAX_TRANSCRIPT_BYTES + 1), 'big.srt')).toThrowError(/big\.srt: .*too large \(5\.0 MB, limit 5 MB\)/);
      // Text is measured in UTF-8 bytes: 2 million kana are 6 MB.
      expect(() => readTranscript('あ'.repeat(2_000_000), 'kana.txt')).toThrowError(/too large \(5\.7 MB/);
    } finally {
      detect.mockRestore();
    }
  });

  it('refuses an overlong line from the bytes, before any encoding detection, naming the line', () => {
    const detect = vi.spyOn(Encoding, 'detect');
    try {
      const line = new TextEncoder().encode('あいうえお'.repeat(200_000)); // 3 MB, one line
      const cut = new Uint8Array([...new TextEncoder().encode('顧客: はい\r\n担当: はい\r\n'), ...line.subarray(0, -1)]);
      expect(() => readTranscript(cut, 'one-line.txt')).toThrowError(/one-line\.txt:3: 3行目: 行が長すぎます .*line too long/);
      expect(detect).not.toHaveBeenCalled();
    } finally {
      detect.mockRestore();
    }
    expect(() => readTranscript('あ'.repeat(MAX_LINE_LENGTH + 1), 'one-line.txt')).toThrowError(/one-line\.txt:1: 1行目: 行が長すぎます/);
    expect(() => readTranscript(new Uint8Array(4 * 1024 * 1024).fill(0x61), 'one-line.vtt')).toThrowError(/one-line\.vtt:1: .*line too long/);
  });

  it('reads compact JSON on one line, whatever its length', () => {
    const segments = Array.from({ length: 5000 }, (_, i) => ({ start: i, end: i + 1, speaker: i % 2 ? '顧客' : '担当', text: 'お電話ありがとうございます。' }));
    const json = new TextEncoder().encode(JSON.stringify({ segments }));
    expect(json.length).toBeGreaterThan(MAX_LINE_LENGTH * 4);
    expect(readTranscript(json, 'call.json').utterances).toHaveLength(5000);
  });

  it('reads UTF-8 whose last character was cut off as UTF-8, and says so', () => {
    const bytes = new TextEncoder().encode('顧客: ふざけるな\n担当: もうしわけございません');
    const t = readTranscript(bytes.subarray(0, -1), 'cut.txt');
    expect(t.utterances.map((u) => u.text)).toEqual(['ふざけるな', 'もうしわけございませ']);
    expect(t.warnings).toEqual(['最後の文字が途中で切れていたため除きました / the last character was cut off and left out']);
  });

  it('reads short Japanese UTF-16 without a BOM, with one NUL byte or none', () => {
    for (const text of ['ふざけるな。お前じゃ話にならねえんだよ。\n', '客「金返せ」\n係「できません」', 'ふざけるな。おまえじゃはなしにならねえんだよ']) {
      const be = readTranscript(utf16be(text), 'short.txt');
      expect(be.utterances.map((u) => u.text).join('\n')).toBe(text.trim());
      expect(be.warnings).toEqual(['UTF-16BE から変換しました / decoded from UTF-16BE']);
      const le = readTranscript(new Uint8Array(Buffer.from(text, 'utf16le')), 'short.txt');
      expect(le.utterances.map((u) => u.text).join('\n')).toBe(text.trim());
      expect(le.warnings).toEqual(['UTF-16LE から変換しました / decoded from UTF-16LE']);
    }
  });

  it('refuses a file with no readable speech: only zero-width characters, or stray high bytes', () => {
    expect(() => readTranscript('\u200b\u200c\u200d\ufeff\u2060'.repeat(100), 'zw.txt')).toThrowError('zw.txt: 読み取れる発話がありません / no readable speech in the file');
    expect(() => readTranscript(new TextEncoder().encode('\u200b'.repeat(1000)), 'zw-bytes.txt')).toThrowError(/no readable speech/);
    // 0x80 passes for Shift_JIS: ICU's decoder makes it U+FFFD (binary), encoding-japanese U+0080 (nothing readable).
    expect(() => readTranscript(new Uint8Array(4096).fill(0x80), 'x80.txt')).toThrowError(/^x80\.txt: .*(?:not a transcript \(binary data\)|no readable speech in the file)$/);
  });
});
