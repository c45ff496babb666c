import { describe, expect, it } from 'vitest';
import { quote } from '../../../src/analysis/formats/errors.js';
import { splitSpeaker, splitSpeakersIfConsistent } from '../../../src/analysis/formats/speaker.js';
import { decodeEntities, stripMarkup } from '../../../src/analysis/formats/text.js';
import { parseClock, parseTimingLine } from '../../../src/analysis/formats/timestamp.js';
import { readTranscript } from '../../../src/analysis/read.js';

describe('timestamps', () => {
  it('parses every clock style to exact seconds', () => {
    expect(parseClock('00:02:07.330')).toBe(127.33);
    expect(parseClock('00:02:07,330')).toBe(127.33);
    expect(parseClock('02:07.5')).toBe(127.5);
    expect(parseClock('1:02:03')).toBe(3723);
    expect(parseClock('120:00:00.000')).toBe(432000);
    expect(parseClock('00:60:00')).toBeNull();
    expect(parseClock('0x:00')).toBeNull();
  });

  it('ignores cue settings after the end time', () => {
    expect(parseTimingLine('00:00:01.000 --> 00:00:02.000 line:0 align:start')).toEqual({ start: 1, end: 2 });
    expect(parseTimingLine('00:00:01.000 -> 00:00:02.000')).toBeNull();
  });
});

describe('speaker prefixes', () => {
  it('accepts short labels with either colon', () => {
    expect(splitSpeaker('SPEAKER_01: はい')).toEqual({ speaker: 'SPEAKER_01', text: ' はい' });
    expect(splitSpeaker('山田 花子：はい')).toEqual({ speaker: '山田 花子', text: 'はい' });
    expect(splitSpeaker('患者:3人です')).toEqual({ speaker: '患者', text: '3人です' });
  });

  it('rejects sentences, clock times and long labels', () => {
    expect(splitSpeaker('はい、そうです: 本当に').speaker).toBeNull();
    expect(splitSpeaker('Meet at 10:30').speaker).toBeNull();
    expect(splitSpeaker('This is a very long introduction: really').speaker).toBeNull();
  });

  it('only trusts prefixes that most lines use', () => {
    expect(splitSpeakersIfConsistent(['a b', 'note: c', 'd']).every((s) => s.speaker === null)).toBe(true);
    expect(splitSpeakersIfConsistent(['A: x', 'B: y', 'z']).map((s) => s.speaker)).toEqual(['A', 'B', null]);
  });
});

describe('caption markup', () => {
  it('keeps a lone < and unknown entities as written', () => {
    expect(stripMarkup('a < b <3 and <v Ann>hi').text).toBe('a < b <3 and hi');
    expect(decodeEntities('&amp; &copy; &#x41; &#66;')).toBe('& &copy; A B');
  });
});

describe('error messages', () => {
  it('quote at most 40 characters of the offending content', () => {
    expect(quote('x'.repeat(1000))).toBe(`"${'x'.repeat(40)}…"`);
    const line = `00:00:01.000 --> ${'9'.repeat(5000)}`;
    let message = '';
    try {
      readTranscript(`WEBVTT\n\n${line}\nA: hi\n`, 'long.vtt');
    } catch (error) {
      message = error instanceof Error ? error.message : '';
    }
    expect(message).toMatch(/^long\.vtt:3: 3行目: /);
    expect(message.length).toBeLessThan(200);
  });
});
