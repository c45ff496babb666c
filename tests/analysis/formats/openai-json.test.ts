import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../../src/analysis/read.js';
import { fixture } from './fixture.js';

describe('OpenAI transcription JSON', () => {
  it('reads diarized_json: speakers, times, duration and the line each segment starts on', () => {
    const t = readTranscript(fixture('diarized.json'), 'diarized.json');
    expect(t.format).toBe('openai-json');
    expect(t.durationSec).toBe(14.5);
    expect(t.utterances).toEqual([
      { index: 0, start: 0.2, end: 2.4, speaker: 'A', text: 'はい ひまわり銀行です', line: 6 },
      { index: 1, start: 3, end: 6.35, speaker: 'B', text: 'あの 住所変更を したいんですが', line: 7 },
      { index: 2, start: 7.1, end: 9.8, speaker: 'A', text: '承知しました', line: 8 },
    ]);
  });

  it('reads verbose_json without speakers and drops blank segments', () => {
    const t = readTranscript(fixture('verbose.json'), 'verbose.json');
    expect(t.utterances.map((u) => [u.speaker, u.text, u.start, u.end])).toEqual([
      [null, 'hello front desk how can i help', 0, 3.2],
      [null, 'could i get extra towels', 3.6, 6.9],
    ]);
    expect(t.durationSec).toBe(9.1);
  });

  it('reads plain json as one utterance without times', () => {
    const t = readTranscript(fixture('text-only.json'), 'text-only.json');
    expect(t.utterances).toEqual([
      { index: 0, start: null, end: null, speaker: null, text: 'お世話になっております。予約の確認をお願いします。', line: 1 },
    ]);
    expect(t.durationSec).toBeNull();
  });

  it('uses the last end when there is no duration', () => {
    const json = JSON.stringify({ segments: [{ start: 1, end: 2.5, speaker: 'A', text: 'hi' }] });
    expect(readTranscript(json, 'x.json').durationSec).toBe(2.5);
  });

  it('says when the JSON is broken, naming the line', () => {
    expect(() => readTranscript('{\n  "text": "hi",\n  oops\n}', 'broken.json')).toThrowError(
      /broken\.json:3: 3行目: JSON として読めません \/ invalid JSON/,
    );
    // Content decides the format, so a .json extension alone gets the JSON error too.
    expect(() => readTranscript('not json at all', 'notes.json')).toThrowError(/notes\.json.*invalid JSON/);
  });

  it('refuses JSON without segments or text', () => {
    expect(() => readTranscript('{"task": "transcribe"}', 'x.json')).toThrowError(/x\.json:1: .*neither "segments" nor "text"/);
    expect(() => readTranscript('[1, 2]', 'x.json')).toThrowError(/neither "segments" nor "text"/);
  });

  it('refuses a segment without times or ending before it starts, naming it', () => {
    const noTimes = '{"segments": [\n{"start": 0, "end": 1, "text": "a"},\n{"text": "b"}\n]}';
    expect(() => readTranscript(noTimes, 'x.json')).toThrowError(/x\.json:3: .*segments\[1\] has no numeric start\/end/);
    const backwards = '{"segments": [{"start": 5, "end": 4, "text": "a"}]}';
    expect(() => readTranscript(backwards, 'y.json')).toThrowError(/y\.json:1: .*segments\[0\] ends before it starts/);
  });

  it('refuses JSON whose text is empty as having no speech', () => {
    expect(() => readTranscript('{"text": "  "}', 'x.json')).toThrowError(/no speech found/);
  });
});
