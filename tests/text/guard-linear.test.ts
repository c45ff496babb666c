/**
 * The confidentiality guard reads every question, answer and thread reply, and (through the review's
 * masking) every utterance sent to a model: it must stay linear in the size of its input (issue 14).
 * As in tests/analysis/hostile-input.test.ts, speed is never measured: the work is counted instead —
 * characters the guard's regexes are asked to scan and its set look-ups — and doubling the input
 * must no more than double it. Backtracking inside one scan is invisible to that count, so every
 * pattern the guard runs is checked for unbounded quantifiers; and kuromoji, whose lattice grows
 * faster than its input on long runs of one script, must only ever see bounded pieces.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findConfidential, TOKENIZE_WINDOW } from '../../src/text/guard.js';
import { loadJapaneseTokenizer, type JapaneseTokenizer } from '../../src/text/japanese.js';
import { countWork, unboundedQuantifiers, uncounted } from '../helpers/linear-work.js';

let kuromoji: JapaneseTokenizer;
beforeAll(async () => {
  kuromoji = await loadJapaneseTokenizer();
});

/** The real tokenizer, its own regexes and sets left out of the count (they are bounded by the window, below). */
function uncountedTokenizer(): JapaneseTokenizer {
  return { tokenize: (text) => uncounted(() => kuromoji.tokenize(text)) };
}

/** Runs the guard on `text`; returns the characters its regexes scanned plus its Set look-ups, and the patterns it ran. */
function work(text: string): { count: number; patterns: Set<string> } {
  return countWork(() => findConfidential(text, uncountedTokenizer()));
}

/** Work on make(2n) over work on make(n): near 2 when linear, near 4 when quadratic. */
function growth(make: (n: number) => string, n: number): number {
  return work(make(2 * n)).count / work(make(n)).count;
}

const hostile: Array<[string, (n: number) => string, number]> = [
  ['one long e-mail-like word with no @', (n) => 'a'.repeat(n), 4_000],
  ['kanji that look like a place before a block number', (n) => `${'市'.repeat(n)}1丁目`, 2_000],
  ['a katakana run with no break', (n) => 'ア'.repeat(n), 2_000],
  ['legal forms back to back', (n) => '株式会社'.repeat(n), 500],
  ['bank words back to back', (n) => 'サンプル銀行'.repeat(n), 300],
  ['store suffixes back to back', (n) => '新宿店'.repeat(n), 500],
  ['@ signs without a handle', (n) => '@@'.repeat(n), 2_000],
  ['a URL that never ends', (n) => `https://${'a'.repeat(n)}`, 4_000],
  ['member-number labels with no number', (n) => '会員番号'.repeat(n), 1_000],
  ['dates with no birth word', (n) => '2024年4月1日'.repeat(n), 500],
  ['capitalised English words before no suffix', (n) => 'Green '.repeat(n), 1_000],
  ['hundreds of findings to resolve', (n) => '山田さん、090-1234-5678、'.repeat(n), 200],
];

describe('the guard stays linear on hostile text', () => {
  it.each(hostile)('%s', (_name, make, n) => {
    expect(growth(make, n)).toBeLessThan(2.3);
  });

  it('no pattern the guard runs has an unbounded quantifier, so no single scan can backtrack over the text', () => {
    const sample = [
      '株式会社サンプルの鈴木様（090-1111-2222）から yamada@example.co.jp、〒160-0023 東京都新宿区西新宿2丁目8番1号',
      'セブンイレブン新宿西口店、杉並区役所、山田建設、@kasuhara_taro https://x.com/a/status/1 会員番号 00123456 生年月日は1978年5月3日',
      'Mr. Smith from Acme Inc. at the Riverside General Hospital, member ID 7731-0042, DOB 1990/07/15, Bank of Tokyo',
      '例えばトヨタのような会社、ABC商事(株)、みずほ銀行、Aさん、〇〇様',
    ];
    const patterns = new Set<string>();
    for (const text of sample) for (const p of work(text).patterns) patterns.add(p);
    expect(patterns.size).toBeGreaterThan(10);
    const unbounded = [...patterns].flatMap((p) => unboundedQuantifiers(p).map((q) => `…${q}`));
    expect(unbounded).toEqual([]);
  });

  it(`gives kuromoji at most ${TOKENIZE_WINDOW} characters at a time, and every character once`, () => {
    const pieces: string[] = [];
    const spy: JapaneseTokenizer = { tokenize: (text) => (pieces.push(text), kuromoji.tokenize(text)) };
    const text = `${'ア'.repeat(1_000)}。${'山田さんが来ました、'.repeat(100)}\n${'x'.repeat(500)} 𠮷野家`;
    findConfidential(text, spy);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(TOKENIZE_WINDOW + 1);
    expect(pieces.join('')).toBe(text);
  });

  it('finds a name that sits past the first window at its true offset', () => {
    const text = `${'あ'.repeat(TOKENIZE_WINDOW + 50)}。昨日、山田太郎さんから電話があった`;
    const found = findConfidential(text, kuromoji);
    expect(found.map((f) => [f.kind, f.text])).toEqual([['person_name', '山田太郎さん']]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('山田太郎さん');
  });
});
