/**
 * Leave-one-group-out on three tiny groups written here: each fold trains without the group it scores,
 * predictions are pooled, the utterance bank is scored as calls, and the corpus check catches a span
 * that is not on a customer cue.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analysis/index.js';
import { bankCall, loadBank } from '../../src/eval/bank.js';
import { checkGroups } from '../../src/eval/check-corpus.js';
import { CorpusError } from '../../src/eval/corpus.js';
import { crossValidate, ruleEngine, type Detector } from '../../src/eval/cross-validate.js';
import { loadGroups } from '../../src/eval/groups.js';
import { main } from '../../src/cli/eval-main.js';

const root = mkdtempSync(path.join(tmpdir(), 'mamori-cv-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const THREAT = '[00:00:00] オペレーター: お電話ありがとうございます。\n[00:00:04] 顧客: ふざけるな、殺すぞ。家まで行くからな。\n[00:00:10] オペレーター: そのようなご発言はお控えください。\n';
const NORMAL = '[00:00:00] オペレーター: お電話ありがとうございます。\n[00:00:04] 顧客: 住所の変更をお願いしたいのですが。\n[00:00:10] オペレーター: 承知しました。\n';

function group(name: string, convs: Array<{ id: string; text: string; kasuhara: boolean; spanStart?: number }>, bank: object[] = []) {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, 'conversations'), { recursive: true });
  const labels = convs.map((c) => {
    writeFileSync(path.join(dir, 'conversations', `${c.id}.txt`), c.text);
    return JSON.stringify({
      id: c.id, file: `conversations/${c.id}.txt`, lang: 'ja', setting: 'call_center',
      verdict: c.kasuhara ? 'kasuhara' : 'normal', severity: c.kasuhara ? 3 : 0, borderline: false,
      categories: c.kasuhara ? ['threat'] : [], customer_speakers: ['顧客'],
      spans: c.kasuhara ? [{ start: c.spanStart ?? 4, end: 10, categories: ['threat'] }] : [],
    });
  });
  writeFileSync(path.join(dir, 'labels.jsonl'), labels.join('\n') + '\n');
  if (bank.length) writeFileSync(path.join(dir, 'bank.jsonl'), bank.map((b) => JSON.stringify(b)).join('\n') + '\n');
}

const row = (id: string, text: string, harassing: boolean, extra: object = {}) => ({
  id, lang: 'ja', text, harassing, categories: harassing ? ['threat'] : [], kind: harassing ? 'harassment' : 'hard_negative',
  source_kind: 'illustrative', source_url: null, ...extra,
});

group('alpha', [{ id: 'a-1', text: THREAT, kasuhara: true }, { id: 'a-2', text: NORMAL, kasuhara: false }], [row('a-b1', 'ぶっ殺すぞ', true)]);
group('beta', [{ id: 'b-1', text: THREAT, kasuhara: true }], [row('b-b1', '包丁を買いたいのですが、どの売り場ですか', false)]);
group('gamma', [{ id: 'g-1', text: NORMAL, kasuhara: false }]);

describe('crossValidate', () => {
  it('trains each fold without the group it scores, and pools every fold', () => {
    const groups = loadGroups(root);
    const seen: string[][] = [];
    const counting: Detector = { name: 'counting', train: (training) => { seen.push(training.map((g) => g.name)); return ruleEngine.train(training); } };
    const cv = crossValidate(groups, counting);
    expect(seen).toEqual([['beta', 'gamma'], ['alpha', 'gamma'], ['alpha', 'beta']]);
    expect(cv.pooled.all.n).toBe(4);
    expect(Object.keys(cv.perGroup)).toEqual(['alpha', 'beta', 'gamma']);
    expect(cv.utterances.all.n).toBe(2);
  });

  it('scores a bank utterance as the customer line of a short call', () => {
    const [threat] = loadBank(path.join(root, 'alpha', 'bank.jsonl'));
    const call = bankCall(threat!);
    expect(call.text).toContain('顧客: ぶっ殺すぞ');
    const result = analyzeFile(call.text, 'x.txt');
    expect(result.excerpts.some((e) => e.start === call.start)).toBe(true);
  });

  it('refuses a reported row without its source', () => {
    const dir = path.join(root, 'bad-bank');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'bank.jsonl'), JSON.stringify(row('x-1', '土下座しろ', true, { source_kind: 'reported' })) + '\n');
    expect(() => loadBank(path.join(dir, 'bank.jsonl'))).toThrow(CorpusError);
    rmSync(dir, { recursive: true });
  });
});

describe('checkGroups', () => {
  it('accepts spans on customer cues and names one that is not', () => {
    expect(checkGroups(loadGroups(root))).toEqual([]);
    group('delta', [{ id: 'd-1', text: THREAT, kasuhara: true, spanStart: 0 }]); // the staff greeting
    const problems = checkGroups(loadGroups(root));
    expect(problems).toEqual([{ group: 'delta', id: 'd-1', message: 'span 0–10 starts on no customer cue' }]);
    rmSync(path.join(root, 'delta'), { recursive: true });
  });
});

describe('npm run eval -- --cross-validate --json', () => {
  it('prints one object whose `all` carries the metric names of npm run eval', () => {
    let out = '';
    const code = main(['node', 'eval', root, '--cross-validate', '--json'], { out: (s) => { out += s; }, err: () => {}, env: {} });
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json.all)).toEqual(expect.arrayContaining(['kasuhara_f1', 'span_recall', 'span_precision', 'category_micro_f1', 'risk_severity_spearman']));
    expect(json.utterances.all.n).toBeGreaterThanOrEqual(2);
  });
});
