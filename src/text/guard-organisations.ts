/**
 * The confidentiality guard's finders for named places of work: a store or branch (セブンイレブン新宿西口店,
 * 上野支店), a hospital, clinic, city office, school or other facility (杉並区役所, さくら内科クリニック), and a
 * company named without 株式会社 (山田建設, 北斗システムズ, イオンでパート), in Japanese (kuromoji's tokens)
 * and English (capitalised words before Store / Hospital / Logistics…).
 *
 * Japanese names are read per compound (a run of nouns, as kuromoji splits them): the compound must end
 * in a word of the kind (店, 支店, 病院, 区役所, 建設, 運輸…) and the words before it must name one: a
 * proper noun or an unknown word for stores and facilities (新宿店 yes, 他店 / 駅前店 / 大学病院 no), a
 * kana word too for facilities (ひまわり保育園), any word that is not a generic one for companies
 * (人材サービス, 大手物流 no). A mention as an example or a public source is dropped by guard.ts, as for
 * companies in legal form.
 *
 * Cost: each token is looked at a bounded number of times (compounds are disjoint and read at most
 * MAX_COMPOUND tokens back), and the English patterns' quantifiers are all bounded.
 */
import type { FindingKind } from './guard.js';
import type { JapaneseToken } from './japanese.js';

export interface Positioned {
  token: JapaneseToken;
  start: number;
  end: number;
}

export interface OrganisationSpan {
  kind: FindingKind;
  start: number;
  end: number;
  replacement: string;
}

/** Longer compounds are read from their last MAX_COMPOUND tokens: no real name is longer. */
const MAX_COMPOUND = 10;

const STORE_SUFFIXES = new Set(['店', '支店', '本店', '支社', '営業所', '出張所', '事業所', '店舗']);
const FACILITY_SUFFIXES = new Set([
  '病院', '医院', 'クリニック', '診療所', '歯科', '眼科', '内科', '外科', '皮膚科', '耳鼻科', '耳鼻咽喉科', '小児科', '婦人科',
  '産婦人科', '整形外科', '心療内科', '薬局', '市役所', '区役所', '役所', '役場', '支所', '保健所', '保健センター', '郵便局',
  '図書館', '小学校', '中学校', '高校', '高等学校', '保育園', '保育所', '幼稚園', 'こども園', '公民館', '老人ホーム', '美容室',
]);
const COMPANY_SUFFIXES = new Set([
  '建設', '運輸', '運送', '不動産', '電機', '電気', '電工', '工業', '産業', '興業', '物流', '商店', '商会', '工務店', '設備',
  '交通', 'ガス', '製薬', '薬品', '食品', 'フーズ', 'システムズ', 'システム', 'ホールディングス', 'サービス', '電力', '通信',
  'テレコム', '製作所', '技研', '印刷', '出版', '観光', '鉄道', '航空', '海運', '倉庫', '化学', '製菓', '重工', '自動車',
  'エンジニアリング', 'テクノロジー', 'テクノロジーズ', 'ソリューションズ', '急便', '警備', '商事', '物産', '社',
]);
/** Words that describe a business rather than name it: 「人材サービス」「大手物流」「地元の工務店」 name nobody. */
const GENERIC_WORDS = new Set([
  '人材', '保険', '電力', '情報', '総合', '地域', '大手', '中小', '地元', '外資', '国内', '海外', '関連', '系列', '同業', '取引',
  '物流', '運送', '金融', '建設', '住宅', '不動産', '賃貸', '電気', '警備', '清掃', '派遣', '介護', '医療', '福祉', '親', '子',
  '他', '各', '当', '同', '某', '全', '一般', '民間', '大', '小', '中', '新', '旧', '元', '前', '現', 'ガス', '鉄道', '航空',
  'カスタマー', 'アフター', 'ユーザー', '顧客', 'お客', '客', '会員', '配送', '宅配', '通販', 'ネット', 'IT', 'コンビニ',
  'スーパー', 'ドラッグ', 'ドラッグストア', 'デパート', 'ショップ', 'カフェ', 'レストラン', 'ホテル', 'サロン', 'チェーン',
  'フランチャイズ', 'テナント', 'モール', 'センター', 'メーカー', 'ケア', 'デイ', 'ホーム', 'こども', 'リハビリ', 'メンタル',
  'キッズ', 'レディース', 'カスハラ', 'ハラスメント', 'クレーム', 'マニュアル', 'ガイドライン', 'ルール', 'トラブル', 'ファミレス', 'ホームセンター', 'パート', 'バイト', 'アルバイト', '工務', '商', '市立', '区立',
  '都立', '県立', '町立', '村立', '国立', '私立', '公立', '府立', '道立', '大学', '総合', '救急', '精神', '歯科', '在宅',
  '訪問', '地方', '中央', '駅前', '駅', '近所', '近く', '本部', '本社', '支社', '営業', 'うち', '弊社', '当社', '御社', '貴社',
]);
/** Already anonymous: 〇〇店, A社, 某社, 〇〇様 (the guard's names too). */
export const PLACEHOLDER = /^(?:[A-Za-zＡ-Ｚａ-ｚ]|[〇○◯●×✕＊*]{1,8}|某|X{1,8}|Ｘ{1,8})$/u;
const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・]{1,256}$/u;
const LATIN = /^[A-Za-zＡ-Ｚａ-ｚ&]{1,256}$/u;

/** After a bare brand: it names the member's employer (イオンでパート, ローソンの店員です). */
const EMPLOYED_AFTER_DE = /^(?:パート|バイト|アルバイト|働|勤務|勤め|勤め)/u;
const EMPLOYED_AFTER_NO = /^(?:社員|正社員|契約社員|店員|従業員|パート|アルバイト|バイト|ドライバー|配達員|スタッフ|クルー)/u;

const isCompoundPart = (t: JapaneseToken) =>
  (t.pos === '名詞' && t.pos_detail_1 !== '非自立' && t.pos_detail_1 !== '代名詞') || (t.pos === '接頭詞' && t.pos_detail_1 === '数接続'); // 第三中学校
const isProper = (t: JapaneseToken) => t.pos_detail_1 === '固有名詞' || t.word_type === 'UNKNOWN';

function labels(ja: boolean) {
  return ja
    ? { store: '〇〇店', facility: '〔施設名〕', company: '〇〇社' }
    : { store: '[store]', facility: '[facility]', company: '[company]' };
}

/** The compounds (runs of nouns, ・ joining two) as [first, last] token indexes, last inclusive. */
function compounds(tokens: readonly Positioned[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCompoundPart(tokens[i]!.token)) {
      i += 1;
      continue;
    }
    let j = i;
    for (;;) {
      const next = tokens[j + 1];
      if (next && isCompoundPart(next.token) && next.start === tokens[j]!.end) j += 1;
      else if (next && next.token.surface_form === '・' && tokens[j + 2] && isCompoundPart(tokens[j + 2]!.token)) j += 2;
      else break;
    }
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}

/** Where the suffix of `kind` starts in tokens first..last (joined surfaces, at most three tokens), or -1. */
function suffixStart(tokens: readonly Positioned[], first: number, last: number, suffixes: ReadonlySet<string>): number {
  let joined = '';
  for (let k = last; k >= Math.max(first, last - 2); k -= 1) {
    joined = tokens[k]!.token.surface_form + joined;
    if (suffixes.has(joined)) return k;
  }
  return -1;
}

/** The first token from..to that names something (for the kind's rule), or -1. */
function firstNaming(tokens: readonly Positioned[], from: number, to: number, kind: 'store' | 'facility' | 'company'): number {
  for (let k = from; k <= to; k += 1) {
    const t = tokens[k]!.token;
    const s = t.surface_form;
    if (PLACEHOLDER.test(s) || GENERIC_WORDS.has(s) || t.pos_detail_1 === '数' || t.pos_detail_1 === '接尾') continue;
    if (isProper(t)) return k;
    if (kind === 'facility' && KANA_ONLY.test(s)) return k;
    if (kind === 'company') return k;
  }
  return -1;
}

/** Named stores, facilities and companies without a legal form, in Japanese (see the file's comment). */
export function organisationSpans(tokens: readonly Positioned[], ja: boolean): OrganisationSpan[] {
  const l = labels(ja);
  const spans: OrganisationSpan[] = [];
  let previous: [number, number] | undefined;
  for (const [cFirst, last] of compounds(tokens)) {
    const first = Math.max(cFirst, last - MAX_COMPOUND + 1);
    const lastToken = tokens[last]!.token;
    let found: OrganisationSpan | undefined;

    const store = suffixStart(tokens, first, last, STORE_SUFFIXES);
    const facility = suffixStart(tokens, first, last, FACILITY_SUFFIXES);
    const company = suffixStart(tokens, first, last, COMPANY_SUFFIXES);
    // 社 counts only as a suffix word (アルファ社), not inside 本社 or 弊社.
    const companyOk = company >= 0 && (tokens[company]!.token.surface_form !== '社' || tokens[company]!.token.pos_detail_1 === '接尾');

    if (facility >= 0) {
      const k = firstNaming(tokens, first, facility - 1, 'facility');
      if (k >= 0) found = { kind: 'facility_name', start: tokens[k]!.start, end: tokens[last]!.end, replacement: l.facility };
    }
    if (!found && companyOk) {
      const k = firstNaming(tokens, first, company - 1, 'company');
      if (k >= 0) found = { kind: 'company_name', start: tokens[k]!.start, end: tokens[last]!.end, replacement: l.company };
    }
    if (!found && store >= 0 && (lastToken.pos_detail_1 === '接尾' || lastToken.surface_form !== '店')) {
      const k = firstNaming(tokens, first, store - 1, 'store');
      if (k >= 0) {
        let start = tokens[k]!.start;
        // 「ファミマの池袋東口店」: the brand before の belongs to the store's name.
        if (k === cFirst && previous && previous[1] === cFirst - 2 && tokens[cFirst - 1]!.token.surface_form === 'の') {
          const b = firstNaming(tokens, Math.max(previous[0], previous[1] - 3), previous[1], 'store');
          if (b >= 0 && tokens.slice(b, previous[1] + 1).every((p) => isProper(p.token) || KANA_ONLY.test(p.token.surface_form))) start = tokens[b]!.start;
        }
        found = { kind: 'store_name', start, end: tokens[last]!.end, replacement: l.store };
      }
    }
    // One word the dictionary knows as an organisation, ending like a facility (聖路加国際病院).
    if (!found && first === last && lastToken.pos_detail_2 === '組織') {
      const s = lastToken.surface_form;
      for (const suffix of ['病院', '医院', 'クリニック', '市役所', '区役所', '役場', '大学病院']) {
        if (s.endsWith(suffix) && s.length > suffix.length) found = { kind: 'facility_name', start: tokens[last]!.start, end: tokens[last]!.end, replacement: l.facility };
      }
    }
    if (!found) found = brandAndPlace(tokens, first, last, l.store);
    if (!found) found = employerBrand(tokens, first, last, l.company);
    if (found) spans.push(found);
    previous = [cFirst, last];
  }
  return spans;
}

/** After the place in a brand-and-place name, words that show it is not a store (カスハラ東京都条例). */
const NOT_AFTER_PLACE = new Set(['都', '道', '府', '県', '市', '区', '町', '村', '郡', '条例', '法', '内', '外', '支部', '全域', '都内', '県内']);

/**
 * A chain's name followed by its location, as stores and malls are named without 店 (イオンモール幕張新都心,
 * マルチメディア梅田, ルミエール天神): kana, Latin or proper words (one at least not a generic one) right
 * before a place name, at most two words after it.
 */
function brandAndPlace(tokens: readonly Positioned[], first: number, last: number, replacement: string): OrganisationSpan | undefined {
  for (let r = first + 1; r <= last && r <= first + 6; r += 1) {
    if (tokens[r]!.token.pos_detail_2 !== '地域') continue;
    if (last - r > 2 || tokens.slice(r + 1, last + 1).some((p) => NOT_AFTER_PLACE.has(p.token.surface_form))) return undefined;
    let b = r;
    let named = false;
    while (b > first) {
      const t = tokens[b - 1]!.token;
      const brandWord = (isProper(t) || KANA_ONLY.test(t.surface_form) || LATIN.test(t.surface_form)) && t.pos_detail_2 !== '地域' && t.pos_detail_2 !== '人名';
      if (!brandWord || PLACEHOLDER.test(t.surface_form)) break;
      if (!GENERIC_WORDS.has(t.surface_form)) named = true;
      b -= 1;
    }
    if (b === r || !named) return undefined;
    if (!tokens.slice(b, r).some((p) => /[\p{Script=Katakana}A-Za-z]/u.test(p.token.surface_form))) return undefined;
    return { kind: 'store_name', start: tokens[b]!.start, end: tokens[last]!.end, replacement };
  }
  return undefined;
}

/**
 * A bare brand named as the member's workplace (イオンでパートをしています, ローソンの店員です) or a railway /
 * telecom group by its region (JR西日本): otherwise bare brands are left alone, as they are almost always
 * public examples (セブンイレブンやローソンでも…).
 */
function employerBrand(tokens: readonly Positioned[], first: number, last: number, replacement: string): OrganisationSpan | undefined {
  const parts = tokens.slice(first, last + 1).map((p) => p.token);
  if (parts.length > 4) return undefined;
  const acronymRegion = parts.length === 2 && /^[A-ZＡ-Ｚ]{2,4}$/u.test(parts[0]!.surface_form) && parts[1]!.pos_detail_2 === '地域';
  if (acronymRegion) return { kind: 'company_name', start: tokens[first]!.start, end: tokens[last]!.end, replacement };
  const brandLike = parts.every(
    (t) => !GENERIC_WORDS.has(t.surface_form) && !PLACEHOLDER.test(t.surface_form) && (isProper(t) || KANA_ONLY.test(t.surface_form) || LATIN.test(t.surface_form)) && t.pos_detail_2 !== '地域' && t.pos_detail_2 !== '人名',
  );
  if (!brandLike || !parts.some((t) => /[\p{Script=Katakana}A-Za-z]/u.test(t.surface_form))) return undefined;
  const particle = tokens[last + 1]?.token.surface_form;
  const after = tokens.slice(last + 2, last + 4).map((p) => p.token.surface_form).join('');
  if ((particle === 'で' && EMPLOYED_AFTER_DE.test(after)) || (particle === 'の' && EMPLOYED_AFTER_NO.test(after))) {
    return { kind: 'company_name', start: tokens[first]!.start, end: tokens[last]!.end, replacement };
  }
  return undefined;
}

const EN_WORDS = "(?:[A-Z][A-Za-z'&.-]{0,30} ){1,4}";
const EN_FACILITY = /(?:Hospital|Clinic|Medical Center|Medical Centre|Ward Office|City Office|City Hall|Town Office|Health Center|Health Centre|Elementary School|High School|School|Library|Nursery)\b/;
const EN_STORE = /(?:[Ss]tore|[Bb]ranch|[Ss]hop|[Oo]utlet)\b/;
const EN_COMPANY = /(?:Logistics|Telecom|Trading|Transport|Foods|Systems|Electric|Motors|Construction|Realty|Holdings|Group|Insurance|Pharma|Pharmaceuticals|Airlines|Railway|Express|Securities|Industries)\b/;
const EN_ORG = new RegExp(`(?<![A-Za-z'&.-])(${EN_WORDS})(?:(${EN_FACILITY.source})|(${EN_STORE.source})|(${EN_COMPANY.source}))`, 'g');
/** Capitalised for grammar, not for a name: dropped from the front of a match. */
const EN_NOT_NAME = new Set(['The', 'A', 'An', 'Our', 'My', 'Your', 'His', 'Her', 'Their', 'This', 'That', 'Each', 'Every', 'Any', 'At', 'In', 'On', 'From', 'For', 'To', 'I', 'We', 'He', 'She', 'They', 'It', 'Is', 'Does', 'Do', 'How', 'What', 'When', 'Where', 'Why', 'Which', 'Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Like', 'As', 'And', 'But', 'Since', 'Under', 'If']);

/** Named facilities, stores and companies in English: capitalised words before a word of the kind. */
export function englishOrganisationSpans(folded: string): OrganisationSpan[] {
  const spans: OrganisationSpan[] = [];
  for (const m of folded.matchAll(EN_ORG)) {
    const words = m[1]!.split(' ').filter(Boolean);
    let skip = 0;
    let start = m.index;
    while (skip < words.length && EN_NOT_NAME.has(words[skip]!)) {
      start += words[skip]!.length + 1;
      skip += 1;
    }
    if (skip === words.length) continue;
    const end = m.index + m[0].length;
    if (m[2]) spans.push({ kind: 'facility_name', start, end, replacement: '[facility]' });
    else if (m[3]) spans.push({ kind: 'store_name', start, end, replacement: '[store]' });
    else spans.push({ kind: 'company_name', start, end, replacement: '[company]' });
  }
  return spans;
}
