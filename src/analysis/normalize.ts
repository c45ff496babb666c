/**
 * Folds the spelling variation of spoken Japanese and English so one pattern matches them all:
 * full/half width (NFKC), katakana → hiragana (ASR writes ドゲザ, どげざ or 土下座), case, the spaces
 * a speech recogniser puts between Japanese phrases, long-vowel marks and common fillers.
 */
const KATAKANA_START = 0x30a1;
const KATAKANA_END = 0x30f6;
const KANA_OFFSET = 0x60;

export function toHiragana(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCodePoint(code - KANA_OFFSET) : ch;
  }
  return out;
}

const JA_CHAR = '\\u3005\\u3040-\\u30ff\\u3400-\\u9fff\\uff66-\\uff9f';
// A space between two Japanese characters is a recogniser's phrase break, not a word boundary.
const SPACE_BETWEEN_JA = new RegExp(`(?<=[${JA_CHAR}、。!?])\\s+(?=[${JA_CHAR}])|(?<=[${JA_CHAR}])\\s+(?=[${JA_CHAR}、。!?])`, 'gu');
// Fillers only when they stand alone as a phrase, so あの in あの運転手 survives.
const JA_FILLERS = /(?<=^|[、。!?\s])(?:えー+と?|えっと|あのー+|あの|ええと|んー+|まあ)(?:[、\s]+|$)/gu;
const EN_FILLERS = /\b(?:uh+|um+|erm|uh-huh)\b[,.]?\s*/gi;

/** Normalised form of a Japanese utterance (or an English one: then just NFKC, lower case, fillers). */
export function normalize(text: string): string {
  let t = text.normalize('NFKC').toLowerCase();
  t = toHiragana(t).replace(/ー{2,}/g, 'ー');
  t = t.replace(EN_FILLERS, '');
  t = t.replace(JA_FILLERS, '');
  t = t.replace(SPACE_BETWEEN_JA, '');
  t = t.replace(/\s{2,}/g, ' ').trim();
  return t;
}

/** Share of Japanese characters among letters: decides the language of a text. */
export function japaneseShare(text: string): number {
  let ja = 0;
  let latin = 0;
  for (const ch of text) {
    if (/[\u3040-\u30ff\u3400-\u9fff]/u.test(ch)) ja++;
    else if (/[a-z]/i.test(ch)) latin++;
  }
  return ja + latin === 0 ? 0 : ja / (ja + latin);
}

/**
 * A hand-written pattern in the alphabet text is matched in: katakana in its source folded to hiragana
 * (a recogniser writes センター, normalize() makes it せんたー), so a katakana word can never silently
 * fail to match. Lexicon rules get the same folding in compileRules.
 */
export function foldedRegExp(re: RegExp): RegExp {
  return new RegExp(toHiragana(re.source), re.flags);
}
