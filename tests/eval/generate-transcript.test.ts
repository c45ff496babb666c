import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/analysis/index.js';
import { BENCH_FORMATS, generateTranscript } from '../../bench/generate-transcript.js';
import { median, percentile } from '../../bench/analysis.js';
import { markdown, pipelineRows } from '../../bench/run.js';

const readerBuilt = (() => {
  try {
    readTranscript('WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\nA: hi\n', 'probe.vtt');
    return true;
  } catch (e) {
    return !/not built yet/.test(e instanceof Error ? e.message : String(e));
  }
})();

describe('bench transcript generator', () => {
  it('is deterministic and seed-dependent', () => {
    expect(generateTranscript({ seed: 7 }).text).toBe(generateTranscript({ seed: 7 }).text);
    expect(generateTranscript({ seed: 7 }).text).not.toBe(generateTranscript({ seed: 8 }).text);
    expect(generateTranscript({ seed: 7, language: 'en' }).text).toBe(generateTranscript({ seed: 7, language: 'en' }).text);
  });

  it('makes a ~60-minute, 900-utterance call with increasing times in every format', () => {
    for (const language of ['ja', 'en'] as const) {
      for (const format of BENCH_FORMATS) {
        const g = generateTranscript({ seed: 3, language, format });
        expect(g.utterances).toHaveLength(900);
        expect(g.durationSec / 60).toBeGreaterThan(58);
        expect(g.durationSec / 60).toBeLessThan(62);
        for (let i = 1; i < g.utterances.length; i += 1) {
          const [a, b] = [g.utterances[i - 1]!, g.utterances[i]!];
          expect(b.startMs).toBeGreaterThanOrEqual(a.endMs);
          expect(Math.floor(b.startMs / 1000)).toBeGreaterThan(Math.floor(a.startMs / 1000)); // whole-second TXT stamps
        }
        expect(new Set(g.utterances.map((u) => u.role))).toEqual(new Set(['staff', 'customer']));
      }
    }
    const ja = generateTranscript({ seed: 3 });
    expect(ja.ext).toBe('.vtt');
    expect(ja.text.startsWith('WEBVTT\n\n')).toBe(true);
    expect(ja.text).toMatch(/<v [^>]+>.+<\/v>/);
    expect(new Set(ja.utterances.map((u) => u.text)).size).toBeGreaterThan(150); // varied, not one line repeated
    expect(() => JSON.parse(generateTranscript({ seed: 3, format: 'json' }).text)).not.toThrow();
  });

  it.skipIf(!readerBuilt)('produces transcripts readTranscript parses into the same cues', () => {
    for (const language of ['ja', 'en'] as const) {
      for (const format of BENCH_FORMATS) {
        const g = generateTranscript({ seed: 5, language, format });
        const t = readTranscript(g.text, `bench${g.ext}`);
        expect(t.utterances.length, `${language} ${format}`).toBe(900);
        const first = t.utterances[0]!;
        const last = t.utterances[t.utterances.length - 1]!;
        expect(first.start, `${language} ${format}`).toBeCloseTo(format === 'txt' ? Math.floor(g.utterances[0]!.startMs / 1000) : g.utterances[0]!.startMs / 1000, 3);
        expect(last.start! / 60, `${language} ${format}`).toBeGreaterThan(58);
      }
    }
  });
});

describe('bench helpers', () => {
  it('computes median and nearest-rank p95', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(median(xs)).toBe(50.5);
    expect(percentile(xs, 95)).toBe(95);
    expect(median([3])).toBe(3);
  });

  it('renders pipeline figures of any shape as table rows', () => {
    expect(pipelineRows([{ name: 'submit → reply', value: 120, unit: 'ms', target: '≤ 3 s' }])).toEqual([
      { measure: 'Pipeline: submit → reply', result: '120 ms', target: '≤ 3 s' },
    ]);
    expect(pipelineRows({ jobsPerSecond: 42.5 })).toEqual([{ measure: 'Pipeline: jobsPerSecond', result: '42.50', target: '' }]);
    expect(markdown([{ measure: 'a|b', result: '1 ms', target: '' }])).toContain('| a\\|b | 1 ms |  |');
  });
});
