/**
 * The confidentiality guard (守秘チェック). Members must never post confidential details about the
 * cases they discuss. Before a question or an answer is posted, this finds personal and company
 * details, so the member can edit the text or have mamori mask it. Pure: text (and a tokenizer) in,
 * findings out; the same input always gives the same findings.
 *
 * What is caught:
 * - e-mail addresses; phone numbers (090-1234-5678, 03-1234-5678, 0120-123-456, +81 90…, no hyphens);
 *   postal codes (〒123-4567, 123-4567); addresses with a block or house number
 *   (…区西新宿2丁目8番1号, …市北区梅田1-2-3);
 * - card numbers (13–19 digits passing the Luhn check); マイナンバー-like numbers (12 digits, 4-4-4);
 * - people's names: words kuromoji marks 人名 (姓/名), and any proper or unknown word followed by an
 *   honorific (〇〇さん, 〇〇様, 〇〇氏); English names after a title (Mr./Ms./Mrs./Dr.);
 * - company names in legal form (株式会社…, …株式会社, …(株), ㈱…, 有限会社…, … Inc./Ltd./Corp.),
 *   and named financial institutions (…銀行, …信用金庫, …証券, …生命, Bank of …).
 * - places of work and organisations without a legal form (guard-organisations.ts): stores and branches
 *   (セブンイレブン新宿西口店, 上野支店, イオンモール幕張新都心), named hospitals, clinics, city offices and schools
 *   (杉並区役所, さくら内科クリニック), companies named by their trade (山田建設, 北斗システムズ, Acme Logistics), and
 *   a bare brand named as the member's employer (イオンでパートをしています);
 * - records (guard-records.ts): URLs, SNS handles (@…, LINE ID …), numbers labelled as a member's, customer's,
 *   patient's or contract number (会員番号 00123456), dates given as a birth date (生年月日は…, …生まれ, DOB).
 *
 * What is deliberately NOT masked (the rules, so members can predict them):
 * - A company named as an example or as a public source. A mention followed by のような / みたいな /
 *   のように / など / 等 / の事例, or preceded by 例えば / たとえば / such as / like / e.g., or whose published
 *   material is cited (…の公表 / の発表 / の方針 / の指針 / のガイドライン / の取り組み / の報道) talks about
 *   what the company said in public, not about a confidential case, so it stays. Everything else in
 *   legal form is treated as a counterparty in the member's case and masked.
 * - The same rule for stores and facilities (例えば聖路加国際病院では…).
 * - Bare brand names without a legal form (トヨタ, セブンイレブン), unless named as the member's workplace:
 *   in practice almost always a public example; public bodies (厚生労働省, 東京都, 日本銀行) are not companies.
 * - Generic places (市役所の窓口, 総合病院, 他店), the law, other dates and numbers, go.jp addresses (see the finders).
 *
 * Linear in the text's length: every pattern's quantifiers are bounded, token scans are bounded, kuromoji
 * is fed bounded pieces, and overlaps are resolved per character (tests/text/guard-linear.test.ts).
 * - Role words with honorifics (お客様, 店長さん, 担当者様, 皆様) and placeholders that are already
 *   anonymous (Aさん, Ｂ様, 〇〇様, 某社).
 * - A place without a block or house number (東京都内の店舗, 横浜市の窓口): a city is not an address.
 */
import type { JapaneseToken, JapaneseTokenizer } from './japanese.js';
import { englishOrganisationSpans, organisationSpans, PLACEHOLDER, type Positioned } from './guard-organisations.js';
import { recordSpans, trimEnd } from './guard-records.js';

export const FINDING_KINDS = [
  'email', 'phone', 'postal_code', 'address', 'card_number', 'my_number', 'person_name', 'company_name',
  'store_name', 'facility_name', 'sns_handle', 'url', 'member_number', 'birth_date',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** The text found (shown to the member only, never logged). */
  text: string;
  /** What masking puts in its place. */
  replacement: string;
}

export interface GuardResult {
  findings: Finding[];
  /** The text with every finding replaced. Equal to the input when there are no findings. */
  masked: string;
}

const HONORIFICS = ['様', 'さま', 'さん', '氏', '殿', 'くん', '君', 'ちゃん'];
/** Honorifics masking normalises to 様 (くん/ちゃん are kept as written: they say something about the person's age). */
const POLITE_HONORIFICS = new Set(['様', 'さま', 'さん', '氏', '殿']);
/** Titles that may follow a name: the name is masked, the title stays (〇〇部長). */
const TITLES = new Set([
  '先生', '部長', '課長', '係長', '店長', '社長', '主任', '所長', '院長', '支店長', '室長', '局長', '会長', '専務', '常務', '次長', '副店長', 'マネージャー', 'リーダー',
]);

const COMPANY_SUFFIX_TOKENS = new Set(['銀行', '信用金庫', '信金', '信用組合', '証券', '生命', '損保', '信託', '商事', '物産']);
const LEGAL_FORMS = ['株式会社', '有限会社', '合同会社', '合資会社', '合名会社'];
/** Public institutions whose names look like companies. */
const PUBLIC_INSTITUTIONS = new Set(['日本銀行', '日銀', 'ゆうちょ銀行']);

const EXAMPLE_AFTER = /^\s{0,3}(?:のような|のよう|みたいな|みたいに|のように|など|等|の事例|の例|の公表|の発表|の方針|の指針|のガイドライン|の取り組み|の取組|の報道|が公表|が発表|'s (?:policy|guideline|published))/u;
const EXAMPLE_BEFORE = /(?:例えば|たとえば|例として|such as|like|e\.g\.,?|for example,?)\s{0,3}[「『"]?$/iu;

interface Span {
  kind: FindingKind;
  start: number;
  end: number;
  replacement: string;
}

/** Fullwidth ASCII → ASCII, dashes → '-', ideographic space → ' ': one character for one, so offsets match. */
function foldWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if ('‐‑‒–—―−ｰ－'.includes(ch)) out += '-';
    else if (ch === '\u3000') out += ' ';
    else out += ch;
  }
  return out;
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

function isJapanese(text: string): boolean {
  return /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text);
}

function labels(ja: boolean) {
  return ja
    ? { email: '〔メールアドレス〕', phone: '〔電話番号〕', postal: '〒〇〇〇-〇〇〇〇', address: '〔住所〕', card: '〔カード番号〕', myNumber: '〔個人番号〕' }
    : { email: '[email]', phone: '[phone]', postal: '[postcode]', address: '[address]', card: '[card number]', myNumber: '[ID number]' };
}

const PLACE_CHAR = /[\p{Script=Han}\p{Script=Katakana}ヶ々ー]/u;
const MUNICIPALITY_CHAR = /[市区町村郡]/u;
/** How far back from a block number a place name is read (東京都新宿区西新宿 is 9). */
const ADDRESS_LOOKBACK = 24;

/**
 * Addresses: a block or house number (2丁目8番1号, 1-2-3) right after a run of place-name characters
 * that holds a municipality (…市, …区, …町, …村, …郡) no more than 9 characters before the number. A
 * place alone is not flagged. Read backwards from each number over a bounded window, so the cost
 * stays linear however long a run of kanji is.
 */
function addressSpans(folded: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of folded.matchAll(/(?<!\d)\d{1,4} ?(?:丁目|番地|番|号|-)(?: ?\d{1,4} ?(?:丁目|番地|番|号|-)?){0,3}/gu)) {
    let start = m.index;
    let lastMunicipality = -1;
    let firstMunicipality = -1;
    while (start > 0 && m.index - start < ADDRESS_LOOKBACK && PLACE_CHAR.test(folded[start - 1]!)) {
      start -= 1;
      if (MUNICIPALITY_CHAR.test(folded[start]!)) {
        if (lastMunicipality < 0) lastMunicipality = start;
        firstMunicipality = start;
      }
    }
    if (lastMunicipality < 0 || m.index - lastMunicipality > 9 || firstMunicipality === start) continue;
    spans.push({ start, end: m.index + trimEnd(m[0], ' -').length });
  }
  return spans;
}

function regexSpans(folded: string, ja: boolean): Span[] {
  const l = labels(ja);
  const spans: Span[] = [];
  const push = (kind: FindingKind, start: number, end: number, replacement: string) => spans.push({ kind, start, end, replacement });

  for (const m of folded.matchAll(/(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z])/g)) {
    push('email', m.index, m.index + m[0].length, l.email);
  }
  // Long digit runs: card numbers (Luhn) and 12-digit マイナンバー-like numbers.
  for (const m of folded.matchAll(/(?<![\d-])\d(?:[ -]?\d){11,18}(?![\d-])/g)) {
    const digits = digitsOf(m[0]);
    if (digits.length >= 13 && luhnValid(digits)) push('card_number', m.index, m.index + m[0].length, l.card);
    else if (digits.length === 12 && /^\d{4}[ -]?\d{4}[ -]?\d{4}$/.test(m[0])) push('my_number', m.index, m.index + m[0].length, l.myNumber);
  }
  // Phone numbers: Japanese domestic (10–11 digits starting with 0) or +81.
  for (const m of folded.matchAll(/(?<![\d-])(?:\+81[ -]?(?:\(\d{1,4}\)|\d{1,4})|\(0\d{1,4}\)|0\d{1,4})[ -]?\d{1,4}[ -]?\d{3,4}(?![\d-])/g)) {
    let digits = digitsOf(m[0]);
    if (m[0].startsWith('+81')) digits = `0${digits.slice(2).replace(/^0/, '')}`;
    if (/^0\d{9,10}$/.test(digits)) push('phone', m.index, m.index + m[0].length, l.phone);
  }
  for (const m of folded.matchAll(/〒\s?\d{3}-?\d{4}(?!\d)|(?<![\d-])\d{3}-\d{4}(?![\d-])/g)) {
    push('postal_code', m.index, m.index + m[0].length, l.postal);
  }
  for (const span of addressSpans(folded)) push('address', span.start, span.end, l.address);
  // English: titled names and companies in legal form.
  for (const m of folded.matchAll(/\b(Mr|Mrs|Ms|Miss|Dr)\.?\s{1,3}([A-Z][a-z]{1,30}(?:\s{1,3}[A-Z][a-z]{1,30})?)(?![a-z])/g)) {
    const nameStart = m.index + m[0].length - m[2]!.length;
    push('person_name', nameStart, m.index + m[0].length, '[name]');
  }
  for (const m of folded.matchAll(/(?<![\w&-])(?:[A-Z][\w&-]{0,30} ){0,3}[A-Z][\w&-]{0,30},? (?:Inc\.?|Ltd\.?|LLC|Co\.,? Ltd\.?|Corp(?:oration)?\.?|K\.K\.|Bank)(?![\w])|\bBank of [A-Z][\w-]{0,30}(?: [A-Z][\w-]{0,30})?/g)) {
    push('company_name', m.index, m.index + m[0].length, '[company]');
  }
  for (const span of recordSpans(folded, ja)) spans.push(span);
  for (const span of englishOrganisationSpans(folded)) spans.push(span);
  return spans;
}

/** kuromoji is given at most this many characters at a time: its cost grows faster than the length of a run. */
export const TOKENIZE_WINDOW = 200;
const SENTENCE_END = new Set(['\n', '。', '！', '？', '!', '?']);
const SOFT_BREAK = new Set([' ', '\u3000', '、', ',', '，', '\t']);

/**
 * The text's tokens with their offsets. The text is tokenized a sentence at a time, and a sentence
 * longer than TOKENIZE_WINDOW characters in pieces cut at its last space or comma (or anywhere, if
 * it has none): no name spans a sentence end, and 100 000 characters of katakana cost 500 small
 * calls instead of one whose lattice grows with the square of the run.
 */
function positioned(tokenizer: JapaneseTokenizer, text: string): Positioned[] {
  const out: Positioned[] = [];
  let from = 0;
  while (from < text.length) {
    let to = from;
    let soft = -1;
    while (to < text.length && to - from < TOKENIZE_WINDOW && !SENTENCE_END.has(text[to]!)) {
      if (SOFT_BREAK.has(text[to]!)) soft = to;
      to += 1;
    }
    if (to < text.length && SENTENCE_END.has(text[to]!)) to += 1;
    else if (to < text.length && soft > from) to = soft + 1;
    // Never cut a surrogate pair in two.
    if (to < text.length && /[\uD800-\uDBFF]/.test(text[to - 1]!)) to += 1;
    // word_position is 1-based, in UTF-16 units of the piece.
    for (const token of tokenizer.tokenize(text.slice(from, to))) {
      const start = from + token.word_position - 1;
      out.push({ token, start, end: start + token.surface_form.length });
    }
    from = to;
  }
  return out;
}

/** Tokens a name is read over, back or forward from its legal form or its bank word. */
const MAX_NAME_TOKENS = 8;

const isNoun = (t: JapaneseToken) => t.pos === '名詞';
const isPersonName = (t: JapaneseToken) => t.pos_detail_2 === '人名' && (t.pos_detail_3 === '姓' || t.pos_detail_3 === '名');
const isProperOrUnknown = (t: JapaneseToken) =>
  t.pos === '名詞' && (t.pos_detail_1 === '固有名詞' || t.word_type === 'UNKNOWN') && /[\p{L}]/u.test(t.surface_form);
/** A noun that can be part of a company's name (not a particle, suffix of quantity, symbol). */
const isNamePart = (t: JapaneseToken) =>
  t.pos === '名詞' && !['非自立', '代名詞', '数', '接尾'].includes(t.pos_detail_1) && /[\p{L}\p{N}&]/u.test(t.surface_form);

function tokenSpans(tokens: Positioned[], ja: boolean): Span[] {
  const spans: Span[] = [];
  const n = tokens.length;
  const surf = (i: number) => tokens[i]?.token.surface_form ?? '';
  const text = (from: number, to: number) => tokens.slice(from, to).map((p) => p.token.surface_form).join('');

  // Companies: 株式会社 + name, name + 株式会社/(株)/㈱, proper name + 銀行/信用金庫/…, or one 組織 word ending so.
  for (let i = 0; i < n; i += 1) {
    const s = surf(i);
    if (LEGAL_FORMS.includes(s) || s === '㈱' || s === '㈲') {
      let j = i + 1;
      while (j < n && j - i <= MAX_NAME_TOKENS && isNamePart(tokens[j]!.token) && !LEGAL_FORMS.includes(surf(j))) j += 1;
      if (j > i + 1) {
        spans.push({ kind: 'company_name', start: tokens[i]!.start, end: tokens[j - 1]!.end, replacement: '〇〇社' });
        continue;
      }
      let k = i - 1;
      while (k >= 0 && i - k <= MAX_NAME_TOKENS && isNamePart(tokens[k]!.token)) k -= 1;
      if (k < i - 1) spans.push({ kind: 'company_name', start: tokens[k + 1]!.start, end: tokens[i]!.end, replacement: '〇〇社' });
    }
    // (株) / （株） / (有) written after a name: '(' '株' ')' are three tokens.
    if ((s === '(' || s === '（') && (surf(i + 1) === '株' || surf(i + 1) === '有') && (surf(i + 2) === ')' || surf(i + 2) === '）')) {
      let k = i - 1;
      while (k >= 0 && i - k <= MAX_NAME_TOKENS && isNamePart(tokens[k]!.token)) k -= 1;
      if (k < i - 1) spans.push({ kind: 'company_name', start: tokens[k + 1]!.start, end: tokens[i + 2]!.end, replacement: '〇〇社' });
    }
    if (COMPANY_SUFFIX_TOKENS.has(s)) {
      let k = i - 1;
      while (k >= 0 && i - k <= MAX_NAME_TOKENS && isNamePart(tokens[k]!.token) && (isProperOrUnknown(tokens[k]!.token) || /^[\p{Script=Katakana}A-Za-z]{1,256}$/u.test(surf(k)))) k -= 1;
      if (k < i - 1) {
        const start = tokens[k + 1]!.start;
        spans.push({ kind: 'company_name', start, end: tokens[i]!.end, replacement: s === '商事' || s === '物産' ? '〇〇社' : `〇〇${s}` });
      }
    }
    const t = tokens[i]!.token;
    if (t.pos_detail_2 === '組織' && !PUBLIC_INSTITUTIONS.has(s)) {
      const suffix = [...COMPANY_SUFFIX_TOKENS].find((x) => s.endsWith(x) && s.length > x.length);
      if (suffix) spans.push({ kind: 'company_name', start: tokens[i]!.start, end: tokens[i]!.end, replacement: `〇〇${suffix === '信金' ? '信用金庫' : suffix}` });
    }
  }

  // People: runs of 人名 words, or a proper/unknown word directly followed by an honorific.
  for (let i = 0; i < n; i += 1) {
    const t = tokens[i]!.token;
    const startsName = isPersonName(t) || (isProperOrUnknown(t) && HONORIFICS.includes(surf(i + 1)));
    if (!startsName || PLACEHOLDER.test(t.surface_form)) continue;
    let j = i + 1;
    while (j < n && j - i < MAX_NAME_TOKENS && isPersonName(tokens[j]!.token)) j += 1;
    const next = surf(j);
    // Katakana words the dictionary calls 人名 are often pieces of loanwords (マイ|ナンバー): only
    // with an honorific or a title are they taken for names.
    const katakanaOnly = /^[\p{Script=Katakana}ー・]{1,256}$/u.test(text(i, j));
    if (katakanaOnly && !HONORIFICS.includes(next) && !TITLES.has(next)) continue;
    let end = tokens[j - 1]!.end;
    let replacement: string;
    if (HONORIFICS.includes(next)) {
      end = tokens[j]!.end;
      replacement = POLITE_HONORIFICS.has(next) ? '〇〇様' : `〇〇${next}`;
    } else if (TITLES.has(next)) {
      replacement = '〇〇';
    } else {
      replacement = ja ? '〇〇様' : '[name]';
    }
    spans.push({ kind: 'person_name', start: tokens[i]!.start, end, replacement });
    i = j - 1;
  }
  return spans;
}

/** Kinds that name an organisation or a place: left alone when named as an example or a public source. */
const ORGANISATION_KINDS = new Set<FindingKind>(['company_name', 'store_name', 'facility_name']);

/** A company, store or facility mention that reads as an example or a public source (see the rules above). */
function isExampleMention(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 12), span.start);
  const after = text.slice(span.end, span.end + 20);
  return EXAMPLE_BEFORE.test(before) || EXAMPLE_AFTER.test(after);
}

const PRIORITY: Record<FindingKind, number> = {
  email: 0, url: 1, sns_handle: 2, card_number: 3, my_number: 4, member_number: 5, birth_date: 6, phone: 7, postal_code: 8,
  address: 9, store_name: 10, facility_name: 11, company_name: 12, person_name: 13,
};

/** Finds the confidential details in `text`. */
export function findConfidential(text: string, tokenizer: JapaneseTokenizer): Finding[] {
  const ja = isJapanese(text);
  const folded = foldWidth(text);
  const tokens = ja ? positioned(tokenizer, text) : [];
  const candidates = [...regexSpans(folded, ja), ...tokenSpans(tokens, ja), ...organisationSpans(tokens, ja)]
    .filter((s) => s.end > s.start)
    .filter((s) => !(ORGANISATION_KINDS.has(s.kind) && isExampleMention(folded, s)))
    .filter((s) => !(s.kind === 'company_name' && PUBLIC_INSTITUTIONS.has(text.slice(s.start, s.end))));
  // Overlaps: the more specific kind wins, then the longer span. Each character remembers whether it is
  // taken, so resolving costs the spans' lengths (bounded per kind by the text's), not their count squared.
  candidates.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const chosen: Span[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end && free; i += 1) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen.map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
}

/** Replaces every finding with its mask. Findings must come from `findConfidential` on the same text. */
export function maskFindings(text: string, findings: readonly Finding[]): string {
  let out = '';
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  return out + text.slice(at);
}

export function checkConfidential(text: string, tokenizer: JapaneseTokenizer): GuardResult {
  const findings = findConfidential(text, tokenizer);
  return { findings, masked: findings.length === 0 ? text : maskFindings(text, findings) };
}
