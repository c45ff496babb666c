import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../src/analysis/formats/sniff.js';
import { readTranscript } from '../../../src/analysis/read.js';
import { fixture } from './fixture.js';

describe('format sniffing', () => {
  it('goes by content, not extension', () => {
    const vtt = new TextDecoder().decode(fixture('teams.vtt'));
    expect(readTranscript(vtt, 'exported.txt').format).toBe('webvtt');
    expect(readTranscript(fixture('diarized.srt'), 'captions.txt').format).toBe('srt');
    expect(readTranscript(fixture('diarized.json'), 'result').format).toBe('openai-json');
    expect(readTranscript(fixture('call-log-ja.txt'), 'call.srt').format).toBe('call-log');
  });

  it('uses the extension only to break ties', () => {
    const cues = '1\n00:00:01.000 --> 00:00:02.000\nA: hi\n';
    expect(sniffFormat(cues, 'x.srt')).toBe('srt');
    expect(sniffFormat(cues, 'x.txt')).toBe('srt');
    expect(sniffFormat(cues, 'x.vtt')).toBe('webvtt');
    expect(sniffFormat('hello', 'C:\\calls\\x.JSON')).toBe('openai-json');
    expect(sniffFormat('hello', 'x.json.txt')).toBe('plain-text');
    expect(sniffFormat('[1, 2]', 'x.json')).toBe('openai-json');
  });

  it('reads a headerless .vtt, with a warning', () => {
    const t = readTranscript('00:00:01.000 --> 00:00:02.000\nA: hi\n', 'x.vtt');
    expect(t.format).toBe('webvtt');
    expect(t.warnings).toEqual(['WEBVTT ヘッダーがありません / no WEBVTT header']);
  });
});
