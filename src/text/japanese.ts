/**
 * Japanese text for every feature that reads it (community search, the confidentiality guard, the
 * review's masking): kuromoji (IPADIC, shipped inside the npm package) loaded once, lazily, and cached
 * for the life of the process. Japanese has no spaces between words, so the
 * similar-question search and the confidentiality guard both work on kuromoji's tokens.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';

export type JapaneseToken = kuromoji.IpadicFeatures;

/** What the guard and the search need from a tokenizer (a fake can stand in for it in tests). */
export interface JapaneseTokenizer {
  tokenize(text: string): JapaneseToken[];
}

let loading: Promise<JapaneseTokenizer> | undefined;

/** The shared tokenizer; the first call reads the dictionary (~1 s), later calls return at once. */
export function loadJapaneseTokenizer(): Promise<JapaneseTokenizer> {
  loading ??= new Promise<JapaneseTokenizer>((resolve, reject) => {
    const require = createRequire(import.meta.url);
    const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
    kuromoji.builder({ dicPath }).build((err, tokenizer) => {
      if (err) reject(err);
      else resolve(tokenizer);
    });
  }).catch((err: unknown) => {
    loading = undefined; // let a later call try again
    throw err;
  });
  return loading;
}

/** Words that carry no meaning for search (function words, light verbs, question frames). */
const STOP_WORDS = new Set([
  'する', 'ある', 'いる', 'なる', 'れる', 'られる', 'できる', 'おる', 'くる', 'いく', 'やる', 'いう', 'ない', 'よい', 'いい',
  'こと', 'もの', 'とき', 'ため', 'よう', 'ところ', 'の', 'ん', 'さん', '様', 'ほう', 'どう', 'どの', 'これ', 'それ', 'あれ',
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'this',
  'that', 'with', 'as', 'at', 'by', 'from', 'how', 'what', 'when', 'do', 'does', 'did', 'i', 'we', 'you', 'my', 'our', 'should',
]);

const WORDLIKE = /^[\p{L}\p{N}][\p{L}\p{N}ー・]*$/u;

/**
 * The content words of a text for indexing and searching: nouns (not pronouns or numbers), verbs
 * and adjectives in their dictionary form, NFKC-normalised and lower-cased, stop words dropped.
 * Returned in order, duplicates kept out.
 */
export function searchTokens(tokenizer: JapaneseTokenizer, text: string): string[] {
  const normalised = text.normalize('NFKC').toLowerCase();
  const out: string[] = [];
  const seen = new Set<string>();
  for (const t of tokenizer.tokenize(normalised)) {
    const keep =
      (t.pos === '名詞' && !['代名詞', '非自立', '数', '接尾'].includes(t.pos_detail_1)) ||
      (t.pos === '動詞' && t.pos_detail_1 === '自立') ||
      (t.pos === '形容詞' && t.pos_detail_1 === '自立');
    if (!keep) continue;
    const word = t.basic_form && t.basic_form !== '*' ? t.basic_form : t.surface_form;
    if (!WORDLIKE.test(word) || STOP_WORDS.has(word)) continue;
    if (word.length === 1 && /[\p{Script=Hiragana}a-z0-9]/u.test(word)) continue;
    if (!seen.has(word)) {
      seen.add(word);
      out.push(word);
    }
  }
  return out;
}
