import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
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

  it('refuses a 50 MB single line quickly, naming line 1', () => {
    const huge = 'あ'.repeat(50 * 1024 * 1024);
    expect(() => readTranscript(huge, 'one-line.txt')).toThrowError(/one-line\.txt:1: 1行目: 行が長すぎます/);
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    expect(() => readTranscript(bytes, 'one-line.vtt')).toThrowError(/one-line\.vtt:1: .*line too long/);
  });

  it('refuses files over 100 MB', () => {
    expect(() => readTranscript('a'.repeat(101 * 1024 * 1024), 'big.srt')).toThrowError(/big\.srt: .*too large/);
  });
});
