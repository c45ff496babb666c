import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../../src/analysis/read.js';
import { fixture } from './fixture.js';

describe('SRT', () => {
  it('reads diarised speaker prefixes', () => {
    const t = readTranscript(fixture('diarized.srt'), 'diarized.srt');
    expect(t.format).toBe('srt');
    expect(t.utterances[1]).toEqual({
      index: 1,
      start: 3.4,
      end: 6.15,
      speaker: 'SPEAKER_01',
      text: 'えー 駅前まで 一台 お願いしたいんですけど',
      line: 5,
    });
    expect(t.durationSec).toBe(9);
  });

  it('reads cues without speakers, dot decimals and a missing blank line', () => {
    const t = readTranscript(fixture('no-speakers.srt'), 'no-speakers.srt');
    // One colon in three cues is speech, not a label.
    expect(t.utterances.map((u) => [u.speaker, u.text, u.start, u.end])).toEqual([
      [null, 'thanks for calling bright mobile this is sam', 0.5, 2.75],
      [null, 'yeah hi look: my bill doubled this month', 3.1, 6.4],
      [null, "i'm sorry to hear that let me check", 6.9, 9.2],
    ]);
  });

  it('strips <i>/<font> markup', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\n<font color="#fff">SPEAKER_00: <i>hello</i></font>\n';
    expect(readTranscript(srt, 'a.srt').utterances[0]).toMatchObject({ speaker: 'SPEAKER_00', text: 'hello' });
  });

  it('names the line of a timing line it cannot read', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nSPEAKER_00: hi\n\n2\n00:00:03,000 -> 00:00:04,000\n';
    expect(() => readTranscript(srt, 'arrow.srt')).toThrowError(/arrow\.srt:6: .*cannot parse the timing line "00:00:03,000 -> 00:00:04,000"/);
    expect(() => readTranscript('Call notes\n\n1\n00:00:01,000 --> 00:00:02,000\nhi\n', 'intro.srt')).toThrowError(
      /intro\.srt:1: .*expected a timing line/,
    );
    const bad = '1\n00:00:01,000 --> 00:00:0x,000\nSPEAKER_00: hi\n';
    expect(() => readTranscript(bad, 'bad.srt')).toThrowError(/bad\.srt:2: 2行目: .*cannot parse the timing line/);
  });

  it('refuses a cue that ends before it starts', () => {
    const srt = '1\n00:00:05,000 --> 00:00:04,000\nSPEAKER_00: hi\n';
    expect(() => readTranscript(srt, 'x.srt')).toThrowError(/x\.srt:2: .*ends before it starts/);
  });
});
