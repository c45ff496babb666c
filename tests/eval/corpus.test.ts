import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/analysis/result.js';
import { CorpusError, loadCorpus, parseLabels } from '../../src/eval/corpus.js';
import { evaluate } from '../../src/eval/metrics.js';
import { formatPredictionsJsonl, predictCorpus, toPrediction } from '../../src/eval/predict.js';
import { formatGate, formatMetricsTable, formatMistakes } from '../../src/eval/report.js';
import { evaluateDir, evaluationJson } from '../../src/eval/run.js';

const DEV = path.resolve(process.cwd(), '..', 'shared', 'corpus', 'dev');
const haveDev = (() => {
  try {
    loadCorpus(DEV);
    return true;
  } catch {
    return false;
  }
})();

const line = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 't-1',
    file: 'conversations/t-1.txt',
    lang: 'ja',
    setting: 'call_center',
    verdict: 'kasuhara',
    severity: 2,
    borderline: false,
    categories: ['threat'],
    customer_speakers: ['顧客'],
    spans: [{ start: 7, end: 12, categories: ['threat'] }],
    notes: '',
    ...over,
  });

const result = (over: Partial<AnalysisResult>): AnalysisResult => ({
  schemaVersion: 1,
  file: 'x',
  language: 'ja',
  durationSec: 20,
  verdict: 'normal',
  risk: 0,
  level: 'none',
  categories: [],
  speakers: [],
  excerpts: [],
  staffStress: { score: 0, factors: [] },
  advice: [],
  warnings: [],
  ...over,
});

const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempCorpus(labels: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mamori-eval-corpus-'));
  temps.push(dir);
  mkdirSync(path.join(dir, 'conversations'));
  for (const l of labels) {
    const { file } = JSON.parse(l) as { file: string };
    writeFileSync(path.join(dir, file), '[00:00:00] オペレーター: はい\n[00:00:07] 顧客: 夜道に気をつけろよ\n');
  }
  writeFileSync(path.join(dir, 'labels.jsonl'), labels.join('\n') + '\n');
  return dir;
}

describe('labels', () => {
  it('parses valid lines and skips blank ones', () => {
    const labels = parseLabels(`${line()}\n\n${line({ id: 't-2', verdict: 'normal', severity: 0, categories: [], spans: [] })}\n`);
    expect(labels.map((l) => l.id)).toEqual(['t-1', 't-2']);
  });

  it('reports the line and field of an invalid label', () => {
    expect(() => parseLabels(`${line()}\n${line({ id: 't-2', verdict: 'angry' })}`)).toThrow(/labels\.jsonl:2: invalid label: verdict/);
    expect(() => parseLabels(line({ categories: ['rudeness'] }))).toThrow(CorpusError);
    expect(() => parseLabels(line({ verdict: 'complaint', severity: 0 }))).toThrow(/categories must be \[\] for complaint/);
    expect(() => parseLabels('{oops')).toThrow(/not valid JSON/);
    expect(() => parseLabels(`${line()}\n${line()}`)).toThrow(/duplicate id t-1/);
  });

  it('says clearly when a folder has no labels.jsonl', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mamori-eval-empty-'));
    temps.push(dir);
    expect(() => loadCorpus(dir)).toThrow(/has no labels\.jsonl/);
    expect(() => loadCorpus(path.join(dir, 'nope'))).toThrow(/corpus folder not found/);
  });
});

describe('predictions', () => {
  it('turns timed excerpts into spans and counts untimed ones', () => {
    const { prediction, untimed } = toPrediction(
      'x',
      result({
        verdict: 'kasuhara',
        risk: 88,
        categories: ['threat'],
        excerpts: [
          { start: 7, end: 12, line: 2, speaker: '顧客', text: '…', categories: ['threat'], score: 90 },
          { start: null, end: null, line: 3, speaker: null, text: '…', categories: ['abuse'], score: 50 },
        ],
      }),
    );
    expect(prediction).toEqual({ id: 'x', verdict: 'kasuhara', risk: 88, categories: ['threat'], spans: [{ start: 7, end: 12 }] });
    expect(untimed).toBe(1);
    expect(formatPredictionsJsonl([prediction])).toBe('{"id":"x","verdict":"kasuhara","risk":88,"categories":["threat"],"spans":[{"start":7,"end":12}]}\n');
  });

  it('counts a file that fails to analyse as normal and reports it', () => {
    const dir = tempCorpus([line(), line({ id: 't-2', file: 'conversations/t-2.txt' })]);
    const run = predictCorpus(loadCorpus(dir), (_data, file) => {
      if (file.endsWith('t-2.txt')) throw new Error('unreadable');
      return result({ verdict: 'kasuhara', risk: 80, categories: ['threat'], excerpts: [{ start: 7, end: 12, line: 2, speaker: '顧客', text: '', categories: ['threat'], score: 80 }] });
    });
    expect(run.failures).toEqual([{ id: 't-2', file: 'conversations/t-2.txt', message: 'unreadable' }]);
    expect(run.predictions[1]).toEqual({ id: 't-2', verdict: 'normal', risk: 0, categories: [], spans: [] });
    expect(run.predictions[0]!.verdict).toBe('kasuhara');
  });

  it('runs a whole evaluation with a stub detector', () => {
    const dir = tempCorpus([line(), line({ id: 't-2', file: 'conversations/t-2.txt', verdict: 'complaint', severity: 0, categories: [], spans: [] })]);
    const e = evaluateDir(dir, () => result({ verdict: 'kasuhara', risk: 80, categories: ['threat'], excerpts: [{ start: 7, end: 12, line: 2, speaker: '顧客', text: '', categories: ['threat'], score: 80 }] }));
    expect(e.metrics.all.complaints_flagged).toBe(1);
    expect(e.metrics.all.span_precision).toBe(0.5);
    expect(e.gate.failed.map((c) => c.metric)).toContain('complaints_flagged');
    expect(e.mistakes.map((m) => m.id)).toEqual(['t-2']);
    expect(formatMetricsTable(e.metrics)).toMatch(/complaints flagged.*1\.000/);
    expect(formatGate(e.gate)).toMatch(/FAIL\s+complaints_flagged = 1\.000/);
    expect(formatMistakes(e.mistakes)).toMatch(/t-2\s+complaint → kasuhara/);
    expect(JSON.parse(JSON.stringify(evaluationJson(e)))).toMatchObject({ conversations: 2, gate: { passed: false } });
  });
});

describe.skipIf(!haveDev)('the dev corpus', () => {
  it('validates every label, and gold fed back as predictions scores perfectly', () => {
    const corpus = loadCorpus(DEV);
    expect(corpus.conversations).toHaveLength(40);
    const golds = corpus.conversations.map((c) => c.label);
    const r = evaluate(
      golds,
      golds.map((g) => ({ id: g.id, verdict: g.verdict, risk: g.severity, categories: [...g.categories], spans: g.spans })),
    );
    expect(r.all.n).toBe(40);
    expect(r.en.n).toBe(10);
    expect(r['non-borderline'].n).toBe(36);
    expect(r.all.kasuhara_f1).toBe(1);
    expect(r.all.complaints_flagged).toBe(0);
    expect(r.all.span_precision).toBe(1);
    expect(r.all.category_macro_f1).toBe(1);
    expect(r.all.risk_severity_spearman).toBeCloseTo(1, 12);
  });
});
