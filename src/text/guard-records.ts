/**
 * The confidentiality guard's record finders: web addresses, SNS handles, numbers labelled as someone's
 * member, customer, patient or contract number, and dates given as a birth date. They read the
 * width-folded text (fullwidth ASCII already ASCII, same offsets). Every quantifier is bounded and no
 * two alternatives can both match the same stretch, so a scan costs a constant per character however
 * hostile the text (the guard must stay linear in input size).
 *
 * What stays (so members can predict it): a number or a date without a label that makes it someone's
 * (3回, 2万円, 第30条, 2025年4月1日施行, 整理番号15番, 品番 AB-1234); an @ that is not a handle (単価@120円);
 * web addresses of the national government (….go.jp) and of prefectures (pref.….lg.jp, metro.tokyo.lg.jp),
 * which are public sources.
 */
import type { FindingKind } from './guard.js';

export interface RecordSpan {
  kind: FindingKind;
  start: number;
  end: number;
  replacement: string;
}

function labels(ja: boolean) {
  return ja
    ? { url: '〔URL〕', handle: '〔アカウント〕', number: '〔番号〕', birth: '〔生年月日〕' }
    : { url: '[URL]', handle: '[account]', number: '[number]', birth: '[date of birth]' };
}

const URL_CHARS = "[A-Za-z0-9\\-._~:/?#@!$&'*+,;=%]";
/** With a scheme or www., anything URL-like; bare, a host with a common top-level domain and a path or a co.jp-style ending. */
const URL = new RegExp(
  `(?<![A-Za-z0-9@.])(?:(?:https?://|www\\.)${URL_CHARS}{1,2000}|(?:[A-Za-z0-9-]{1,63}\\.){1,6}(?:com|net|org|jp|io|me|ly|gl|be|tv|app|info|biz)(?:/${URL_CHARS}{0,2000})?(?!${URL_CHARS}))`,
  'g',
);
/** Public sources: the national government and the prefectures. */
const PUBLIC_HOST = /^(?:[a-z0-9-]{1,63}\.){0,6}(?:go\.jp|pref\.[a-z-]{1,20}\.lg\.jp|metro\.tokyo\.lg\.jp)$/;

/** @handle: ASCII, at least one letter, not the middle of an e-mail address. */
const HANDLE = /(?<![A-Za-z0-9._%+-])@(?=[A-Za-z0-9_.]{0,29}[A-Za-z])[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?(?![A-Za-z0-9_@])/g;
/** A handle named as an account id without the @: 「LINE ID は sato_0101」「インスタのアカウント名: hana_88」. */
const LABELLED_HANDLE =
  /(?:LINE|Line|ライン|Instagram|インスタ(?:グラム)?|Twitter|ツイッター|TikTok|Threads|Facebook|X)\s{0,2}の?\s{0,2}(?:ID|アカウント名?|ユーザー名|ユーザーネーム|username|handle)\s{0,2}(?:は|が|:|=)?\s{0,2}([A-Za-z0-9_.]{3,30})(?![A-Za-z0-9_.])/g;

/** Numbers that belong to a person because of what they are called. */
const MEMBER_LABEL_JA =
  '(?:会員|お客様|お客さま|顧客|患者|診察券|カルテ|社員|職員|従業員|学籍|契約|証券|保険証|被保険者|利用者|受給者|ポイントカード|会員カード|口座|メンバー|登録)の?(?:番号|ID|No\\.?|NO\\.?|№|コード|ナンバー)';
const MEMBER_LABEL_EN =
  '(?:[Mm]ember(?:ship)?|[Cc]ustomer|[Cc]lient|[Aa]ccount|[Pp]atient|[Ee]mployee|[Ss]taff|[Pp]olicy|[Cc]ontract|[Cc]ard ?holder)\\s(?:[Nn]umber|[Nn]o\\.?|ID|#|[Cc]ode)';
const MEMBER_VALUE = '((?:[A-Za-z]{1,3}-?)?\\d(?:[- ]?\\d){1,19})';
const MEMBER_NUMBER = new RegExp(
  `(?:${MEMBER_LABEL_JA}|${MEMBER_LABEL_EN})(?:\\s{0,2}(?:は|が|:|=|#|is)){0,2}\\s{0,2}${MEMBER_VALUE}(?![\\dA-Za-z]|\\s?(?:桁|件|回|人|円|歳|分|時|日|番目|digits))`,
  'g',
);

const ERA = '(?:昭和|平成|令和|大正|[SHRT])';
const MONTH_EN = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** A full or month-and-day date in the forms people write. */
const DATE = new RegExp(
  [
    `(?:(?:19|20)\\d{2}|${ERA}\\s?(?:\\d{1,2}|元))\\s?年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日`,
    `\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日`,
    `(?:19|20)\\d{2}[/.-]\\d{1,2}[/.-]\\d{1,2}`,
    `${ERA}\\d{1,2}[/.]\\d{1,2}[/.]\\d{1,2}`,
    `\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2}`,
    `${MONTH_EN}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s(?:19|20)\\d{2}`,
    `\\d{1,2}\\s${MONTH_EN}\\.?,?\\s(?:19|20)\\d{2}`,
  ].map((p) => `(?<![\\d/.-])(?:${p})(?![\\d/])`).join('|'),
  'g',
);
/** Words right before a date that make it a birth date (the 20 characters before the date are read). */
const BIRTH_BEFORE = /(?:生年月日|誕生日|生まれ|DOB|D\.O\.B\.?|[Dd]ate of birth|[Bb]irth ?date|[Bb]irthday|[Bb]orn)\s?(?:は|が|:|=|（|\(|is|was|on)?\s?(?:is|on)?\s?$/;
/** …and right after it: 「1985年3月12日生まれ」「S55.2.14生」. */
const BIRTH_AFTER = /^\s?(?:生まれ|生|産まれ|誕生)/;

/** `s` without the trailing characters listed in `chars` (a loop: a `[…]+$` regex rescans from every position). */
export function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end -= 1;
  return s.slice(0, end);
}

function hostOf(url: string): string {
  return url.replace(/^https?:\/\//, '').split(/[/?#:]/, 1)[0]!.toLowerCase();
}

/** Web addresses, handles, member numbers and birth dates in `folded` (see the file's comment). */
export function recordSpans(folded: string, ja: boolean): RecordSpan[] {
  const l = labels(ja);
  const spans: RecordSpan[] = [];
  for (const m of folded.matchAll(URL)) {
    const text = trimEnd(m[0], ".,;:!?'*");
    if (PUBLIC_HOST.test(hostOf(text))) continue;
    spans.push({ kind: 'url', start: m.index, end: m.index + text.length, replacement: l.url });
  }
  for (const m of folded.matchAll(HANDLE)) {
    spans.push({ kind: 'sns_handle', start: m.index, end: m.index + m[0].length, replacement: l.handle });
  }
  for (const m of folded.matchAll(LABELLED_HANDLE)) {
    const value = trimEnd(m[1]!, '.');
    if (!/[A-Za-z]/.test(value)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ kind: 'sns_handle', start, end: start + value.length, replacement: l.handle });
  }
  for (const m of folded.matchAll(MEMBER_NUMBER)) {
    const value = trimEnd(m[1]!, ' ');
    if (value.replace(/\D/g, '').length < 3) continue;
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ kind: 'member_number', start, end: start + value.length, replacement: l.number });
  }
  for (const m of folded.matchAll(DATE)) {
    const end = m.index + m[0].length;
    const before = folded.slice(Math.max(0, m.index - 20), m.index);
    const after = folded.slice(end, end + 4);
    if (BIRTH_BEFORE.test(before) || BIRTH_AFTER.test(after)) {
      spans.push({ kind: 'birth_date', start: m.index, end, replacement: l.birth });
    }
  }
  return spans;
}
