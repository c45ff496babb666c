/**
 * Inputs written to make the engine slow (issue 14): every stage must stay linear in the size of what
 * it reads. Speed is never measured here (bench/hostile.ts does that): the work is counted instead —
 * characters the regular-expression engine is asked to scan and set look-ups, the two things every
 * stage spends its time on — and doubling the input must no more than double it. Backtracking inside
 * one regex scan is not visible to that count, so the lexicon's patterns are checked for unbounded
 * quantifiers structurally.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFile, readTranscript } from '../../src/analysis/index.js';
import { EN_RULES } from '../../src/analysis/lexicon/en.js';
import { JA_RULES } from '../../src/analysis/lexicon/ja.js';
import { MAX_UTTERANCE_CHARS } from '../../src/analysis/limits.js';
import { countWork, unboundedQuantifiers } from '../helpers/linear-work.js';

/** Runs fn and returns the characters its regexes scanned plus its Set look-ups. Deterministic. */
function work(fn: () => void): number {
  return countWork(fn).count;
}

/** Work of analysing make(n) and make(2n): linear stages give a ratio near 2, quadratic ones near 4. */
function growth(make: (n: number) => string, n: number, file = 'hostile.txt'): number {
  const small = work(() => analyzeFile(make(n), file));
  const large = work(() => analyzeFile(make(2 * n), file));
  return large / small;
}

const call = (customer: string) => `顧客: ${customer}\n担当: 申し訳ございません。\n`;

describe('hostile inputs stay linear', () => {
  it('a line of 「殺すぞ」 repeated: each quoted match is judged without rescanning the line', () => {
    expect(growth((n) => call('「殺すぞ」'.repeat(n)), 1_500)).toBeLessThan(2.3);
  });

  it('unclosed quotes before every match, in Japanese and English', () => {
    expect(growth((n) => call('「殺すぞ'.repeat(n)), 1_500)).toBeLessThan(2.3);
    expect(growth((n) => `Customer: ${'"i will kill you he said '.repeat(n)}\nAgent: I'm sorry.\n`, 400)).toBeLessThan(2.3);
  });

  it('a reported threat repeated: who said it is looked up once per utterance', () => {
    expect(growth((n) => call('殺すぞって言われた'.repeat(n)), 1_000)).toBeLessThan(2.3);
  });

  it('thousands of different demands: each is compared with a bounded number of earlier ones', () => {
    const kanji = [...'亜唖娃阿哀愛挨姶逢葵茜穐悪握渥旭葦芦鯵梓圧斡扱宛姐虻飴絢綾鮎或粟袷安庵按暗案闇鞍杏以伊位依偉囲夷委威尉惟意慰易椅為畏異移維緯胃'];
    const demands = (n: number) =>
      Array.from({ length: n }, (_, i) => `顧客: ${kanji[i % kanji.length]}${kanji[Math.floor(i / kanji.length) % kanji.length]}しろ\n担当: できません。\n`).join('');
    expect(growth(demands, 1_000)).toBeLessThan(2.3);
  });

  it('no lexicon pattern has an unbounded quantifier, so no single scan can backtrack over a whole line', () => {
    // 二十万 is a demand; 一 repeated 100 000 times made `[0-9一二…]+万` scan the rest of the line from every position.
    const unbounded = [...JA_RULES, ...EN_RULES].flatMap((rule) => unboundedQuantifiers(rule.re.source).map((q) => `${rule.id}: …${q}`));
    expect(unbounded).toEqual([]);
  });

  it('analyses only the first MAX_UTTERANCE_CHARS characters of an utterance, and says so', () => {
    const line = '一'.repeat(99_000);
    const t = readTranscript(`顧客: ${line}\n担当: はい。\n顧客: ${line}\n`, 'two-long-lines.txt');
    expect(t.utterances.map((u) => u.text.length)).toEqual([MAX_UTTERANCE_CHARS, 3, MAX_UTTERANCE_CHARS]);
    expect(t.warnings).toContain(
      '1行目: 長すぎる発話は最初の 20,000 文字だけを解析しました（ほか 1 件） / only the first 20,000 characters of a very long utterance were analysed (1 more)',
    );
    const result = analyzeFile(`顧客: ${'一'.repeat(30_000)}。二十万払え\n担当: できません。\n`, 'long.txt');
    expect(result.warnings.some((w) => w.includes('20,000'))).toBe(true);
  });
});

