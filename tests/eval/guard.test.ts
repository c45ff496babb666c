/**
 * `npm run eval -- --guard`: the confidentiality guard scored on its labelled questions
 * (tests/fixtures/guard/questions.jsonl), precision and recall on the held-out half and on all of it,
 * and `--gate` failing below the thresholds in src/eval/guard-gate.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/eval-main.js';
import { CorpusError } from '../../src/eval/corpus.js';
import { evaluateGuard, GUARD_SET, loadGuardSet } from '../../src/eval/guard.js';
import type { Finding } from '../../src/text/guard.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'mamori-guard-eval-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = main(['node', 'eval-main.ts', ...args], { out: (s) => (out += s), err: (s) => (err += s), env: {} });
  return Promise.resolve(code).then((c) => ({ code: c, out, err }));
}

function jsonl(name: string, lines: object[]): string {
  const file = path.join(tmp, name);
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return file;
}

describe('npm run eval -- --guard', () => {
  it('prints precision and recall on the held-out half and on all questions, and passes its gate', async () => {
    const { code, out } = await run('--guard', '--gate');
    expect(code).toBe(0);
    expect(out).toMatch(/held-out\s+tune\s+all/);
    expect(out).toMatch(/verdict precision\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}/);
    expect(out).toMatch(/verdict recall\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}/);
    expect(out).toContain('Guard gate: passed');
  });

  it('gives the same figures as JSON', async () => {
    const { code, out } = await run('--guard', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as { metrics: Record<string, { questions: number; precision: number; recall: number }> };
    expect(json.metrics.report!.questions + json.metrics.tune!.questions).toBe(json.metrics.all!.questions);
    expect(json.metrics.all!.questions).toBeGreaterThanOrEqual(200);
    expect(json.metrics.report!.recall).toBeGreaterThan(0.9);
  });

  it('fails the gate (exit 1) on questions whose identifying details the guard cannot see', async () => {
    // A nickname and a description: identifying to a colleague, invisible to any pattern.
    const file = jsonl('unseen.jsonl', [
      { id: 'u1', split: 'report', lang: 'ja', verdict: 'flag', spans: [{ kind: 'person_name', text: 'ガンさん' }], text: '常連のガンさんがまた来ました' },
      { id: 'u2', split: 'tune', lang: 'ja', verdict: 'flag', spans: [{ kind: 'store_name', text: '駅の北側の二号店' }], text: '駅の北側の二号店で働いています' },
      { id: 'u3', split: 'report', lang: 'ja', verdict: 'pass', spans: [], text: '店長に相談しました' },
    ]);
    const { code, out } = await run('--guard', file, '--gate');
    expect(code).toBe(1);
    expect(out).toMatch(/Guard gate: FAILED \(.*held-out recall/);
  });

  it('refuses a malformed set with the file and line (exit 2)', async () => {
    const file = jsonl('bad.jsonl', [
      { id: 'b1', split: 'report', lang: 'ja', verdict: 'pass', spans: [], text: '店長に相談しました' },
      { id: 'b2', split: 'report', lang: 'ja', verdict: 'flag', spans: [{ kind: 'store_name', text: '新宿店' }], text: '渋谷店で働いています' },
    ]);
    const { code, err } = await run('--guard', file);
    expect(code).toBe(2);
    expect(err).toContain(`${file}:2: span "新宿店" is not in the text`);
  });
});

describe('the labelled set', () => {
  const cases = loadGuardSet(GUARD_SET);

  it('has at least 200 questions, both halves, both languages, and hard negatives', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    for (const split of ['report', 'tune'] as const) {
      const half = cases.filter((c) => c.split === split);
      expect(half.filter((c) => c.verdict === 'flag').length).toBeGreaterThan(50);
      expect(half.filter((c) => c.verdict === 'pass').length).toBeGreaterThan(50);
      expect(half.filter((c) => c.lang === 'en').length).toBeGreaterThan(10);
    }
  });

  it('rejects a verdict that disagrees with its spans', () => {
    const file = jsonl('disagree.jsonl', [{ id: 'd1', split: 'tune', lang: 'ja', verdict: 'flag', spans: [], text: '店長に相談しました' }]);
    expect(() => loadGuardSet(file)).toThrow(CorpusError);
  });
});

describe('scoring', () => {
  const file = jsonl('score.jsonl', [
    { id: 's1', split: 'report', lang: 'ja', verdict: 'flag', spans: [{ kind: 'store_name', text: 'セブンイレブン新宿西口店' }], text: 'セブンイレブン新宿西口店で働いています' },
    { id: 's2', split: 'report', lang: 'ja', verdict: 'pass', spans: [], text: '市役所の窓口で働いています' },
    { id: 's3', split: 'tune', lang: 'ja', verdict: 'flag', spans: [{ kind: 'member_number', text: '00123456' }], text: '会員番号 00123456 の方' },
  ]);
  const cases = loadGuardSet(file);
  const finding = (text: string, part: string, kind: Finding['kind']): Finding => {
    const start = text.indexOf(part);
    return { kind, start, end: start + part.length, text: part, replacement: '〇〇' };
  };

  it('counts a span found when a finding overlaps it, and a finding wrong when it overlaps none', () => {
    const e = evaluateGuard(file, cases, (text) => {
      if (text.startsWith('セブン')) return [finding(text, '新宿西口店', 'store_name')];
      if (text.startsWith('市役所')) return [finding(text, '市役所', 'facility_name')];
      return [];
    });
    expect(e.metrics.report).toMatchObject({ questions: 2, flagged: 2, precision: 0.5, recall: 1, spanRecall: 1, spanPrecision: 0.5 });
    expect(e.metrics.tune).toMatchObject({ questions: 1, flagged: 0, recall: 0, spanRecall: 0 });
    expect(Number.isNaN(e.metrics.tune.precision)).toBe(true);
    expect(e.metrics.all).toMatchObject({ questions: 3, flagged: 2, precision: 0.5, recall: 0.5 });
    expect(e.byKind).toEqual({ store_name: { found: 1, expected: 1 }, member_number: { found: 0, expected: 1 } });
  });
});
