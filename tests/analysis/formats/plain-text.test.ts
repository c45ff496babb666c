import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../../src/analysis/read.js';
import { fixture } from './fixture.js';

describe('plain text', () => {
  it('reads "Name: text" lines with either colon, keeping line numbers and no times', () => {
    const t = readTranscript(fixture('plain-ja.txt'), 'plain-ja.txt');
    expect(t.format).toBe('plain-text');
    expect(t.utterances).toEqual([
      { index: 0, start: null, end: null, speaker: '受付', text: 'こんにちは、本日はどうされましたか。', line: 1 },
      { index: 1, start: null, end: null, speaker: '患者', text: '昨日から熱が下がらなくて。', line: 2 },
      { index: 2, start: null, end: null, speaker: '受付', text: '保険証をお預かりします。', line: 4 },
    ]);
    expect(t.durationSec).toBeNull();
  });

  it('reads bare lines with no speaker; clock times and URLs are not labels', () => {
    const t = readTranscript(fixture('plain-en.txt'), 'plain-en.txt');
    expect(t.utterances.map((u) => [u.speaker, u.text, u.line])).toEqual([
      [null, 'We open at 10:30 on weekdays.', 1],
      [null, 'See https://example.com/hours for holidays.', 2],
      [null, 'Thanks for waiting.', 4],
    ]);
  });

  it('does not take a sentence before a colon for a speaker', () => {
    const text = 'お客様：ちょっと聞きたいんですけど。\n担当：はい、どうぞ。\nお客様：昨日言われたこと、つまり：無理ってこと？\n';
    const t = readTranscript(text, 'memo.txt');
    expect(t.utterances.map((u) => u.speaker)).toEqual(['お客様', '担当', 'お客様']);
    expect(t.utterances[2]?.text).toBe('昨日言われたこと、つまり：無理ってこと？');
  });
});
