import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../../src/analysis/read.js';
import { fixture } from './fixture.js';

describe('WebVTT', () => {
  it('reads a Teams transcript: voice tags, NOTE blocks, cue settings, multi-line text, markup', () => {
    const t = readTranscript(fixture('teams.vtt'), 'teams.vtt');
    expect(t.format).toBe('webvtt');
    expect(t.warnings).toEqual([]);
    expect(t.utterances).toEqual([
      { index: 0, start: 1.25, end: 4.8, speaker: '青木 ひかり', text: 'お電話ありがとうございます。さくら通販の青木です。', line: 5 },
      { index: 1, start: 5.1, end: 9.42, speaker: '森田 拓也', text: '先週届いた電気ケトルが 動かないんですよ。', line: 9 },
      // Teams sometimes leaves the voice tag open.
      { index: 2, start: 9.5, end: 12, speaker: '森田 拓也', text: '返品できますか？', line: 14 },
      { index: 3, start: 12.3, end: 62.075, speaker: '青木 ひかり', text: '大変申し訳ございません。交換 & 返金の<どちらも>承ります。', line: 18 },
    ]);
    expect(t.durationSec).toBe(62.075);
  });

  it('reads a Zoom transcript: numeric ids and "Name: text"', () => {
    const t = readTranscript(fixture('zoom.vtt'), 'zoom.vtt');
    expect(t.utterances.map((u) => [u.speaker, u.start, u.end])).toEqual([
      ['Emma Clarke', 0.4, 3.9],
      ['Oliver Grant', 4.2, 7.65],
      ['Emma Clarke', 8, 11.3],
    ]);
    expect(t.utterances[1]?.text).toBe('Hi, I need to move my appointment on Friday.');
  });

  it('handles classed voice tags, timestamp tags, ruby, &nbsp; and drops empty cues', () => {
    const vtt = [
      'WEBVTT - meeting',
      'Kind: captions',
      '',
      '00:01.000 --> 00:02.500',
      '<v.loud Ken Ito>Stop <00:01.500>right&nbsp;there.</v>',
      '',
      '00:03.000 --> 00:04.000',
      '<v Ken Ito></v>',
      '',
      '00:04.000 --> 00:05.000',
      '<v 林 真央><ruby>漢字<rt>かんじ</rt></ruby>です</v>',
    ].join('\n');
    const t = readTranscript(vtt, 'meeting.vtt');
    expect(t.utterances.map((u) => [u.speaker, u.text])).toEqual([
      ['Ken Ito', 'Stop right there.'],
      ['林 真央', '漢字です'],
    ]);
  });

  it('tolerates a missing blank line before the next cue id', () => {
    const vtt = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nA: one\n2\n00:00:02.000 --> 00:00:03.000\nB: two\n';
    const t = readTranscript(vtt, 'x.vtt');
    expect(t.utterances.map((u) => [u.speaker, u.text, u.line])).toEqual([
      ['A', 'one', 3],
      ['B', 'two', 6],
    ]);
  });

  it('warns, but reads, when times go backwards', () => {
    const vtt = 'WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nA: later\n\n00:00:01.000 --> 00:00:02.000\nB: earlier\n';
    const t = readTranscript(vtt, 'x.vtt');
    expect(t.utterances).toHaveLength(2);
    expect(t.warnings.join('\n')).toContain('6行目');
  });

  it('names the line of a timing line it cannot read', () => {
    const vtt = 'WEBVTT\n\n00:0x:01.000 --> 00:00:02.000\nA: hi\n';
    expect(() => readTranscript(vtt, 'bad.vtt')).toThrowError(/bad\.vtt:3: 3行目: 時刻の形式を読めません .*"00:0x:01.000 --> 00:00:02.000"/);
  });

  it('refuses a cue that ends before it starts, naming its line', () => {
    const vtt = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nA: ok\n\n2\n00:00:09.000 --> 00:00:08.000\nB: no\n';
    expect(() => readTranscript(vtt, 'late.vtt')).toThrowError(/late\.vtt:8: .*ends before it starts/);
  });

  it('refuses a header with no cues as having no speech', () => {
    expect(() => readTranscript('WEBVTT\n\nNOTE nothing was said\n', 'empty.vtt')).toThrowError(
      /empty\.vtt: 発話が見つかりません \/ no speech found/,
    );
  });

  it('refuses a .vtt file with neither header nor cues', () => {
    expect(() => readTranscript('hello there\n', 'notes.vtt')).toThrowError(/notes\.vtt:1: .*missing the WEBVTT header/);
  });
});
