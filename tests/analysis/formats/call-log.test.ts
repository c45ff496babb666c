import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../../src/analysis/read.js';
import { fixture } from './fixture.js';

describe('call-centre log', () => {
  it('reads [hh:mm:ss] lines; each ends where the next starts, the last 5 s after it starts', () => {
    const t = readTranscript(fixture('call-log-ja.txt'), 'call-log-ja.txt');
    expect(t.format).toBe('call-log');
    expect(t.utterances).toEqual([
      { index: 0, start: 0, end: 6, speaker: 'オペレーター', text: 'お電話ありがとうございます。あおば電力です。', line: 1 },
      // A full-width colon is as good as an ASCII one.
      { index: 1, start: 6, end: 11, speaker: 'お客様', text: '先月の請求について聞きたいんですが。', line: 2 },
      { index: 2, start: 11, end: 16, speaker: 'オペレーター', text: '確認いたしますので、少々お待ちください。', line: 3 },
    ]);
    expect(t.durationSec).toBe(16);
  });

  it('reads [mm:ss] stamps, even from a file without an extension', () => {
    const t = readTranscript(fixture('call-log-en'), 'call-log-en');
    expect(t.format).toBe('call-log');
    expect(t.utterances.map((u) => [u.speaker, u.start, u.end])).toEqual([
      ['Agent', 0, 4],
      ['Caller', 4, 75],
      ['Agent', 75, 80],
    ]);
  });

  it('lets an empty line still end the one before, and joins wrapped lines', () => {
    const log = '[00:00:01] Staff: Hello,\nhow can I help?\n[00:00:04] Customer:\n[00:00:09] Staff: Hello?\n';
    const t = readTranscript(log, 'log.txt');
    expect(t.utterances.map((u) => [u.text, u.start, u.end, u.line])).toEqual([
      ['Hello, how can I help?', 1, 4, 1],
      ['Hello?', 9, 14, 4],
    ]);
  });

  it('names the line of a time it cannot read', () => {
    const log = '[00:00:01] Staff: Hello\n[00:00:04] Customer: Hi\n[00:61:00] Staff: Sorry?\n';
    expect(() => readTranscript(log, 'log.txt')).toThrowError(/log\.txt:3: 3行目: 時刻の形式を読めません .*cannot parse the time/);
  });
});
