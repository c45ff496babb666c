/**
 * Advice for this call only: one staff line and one supervisor action per category that occurred,
 * anchored to the first moment it happened, plus what the call's shape calls for (length, aftercare),
 * most important first (advice-order.ts). The plays fit the medium (advice-medium.ts); the explanation
 * is in the reader's language and the lines to say in the call's, since they are said to this customer.
 * A legitimate complaint gets complaint-handling advice; an ordinary call gets none.
 */
import type { Advice, Category, Excerpt, Language } from './result.js';
import type { Judgment } from './verdict.js';
import { playFor } from './advice-catalog.js';
import type { Medium } from './advice-medium.js';
import { adviceByImportance } from './advice-order.js';
import { formatTime } from './excerpts.js';

/** Who reads the advice, who is spoken to, and where. */
export interface AdviceSetting {
  /** The reader's language: the explanation and the supervisor's advice. */
  reader: Language;
  /** The call's language: the lines to say to the customer. */
  spoken: Language;
  medium: Medium;
}

const NAMES: Record<Language, Record<Category, string>> = {
  ja: {
    physical: '身体的な攻撃', threat: '脅迫', abuse: '暴言・侮辱', intimidation: '威圧的な言動', apology_coercion: '土下座・謝罪文の強要',
    unreasonable_demand: '不当な要求', persistence: '執拗な繰り返し', restraint: '長時間の拘束', sexual: '性的な言動', discrimination: '差別的な言動',
    personal_targeting: '従業員個人への攻撃', sns_exposure: 'SNS等での晒し',
  },
  en: {
    physical: 'physical aggression', threat: 'threat', abuse: 'verbal abuse', intimidation: 'intimidation', apology_coercion: 'forced apology',
    unreasonable_demand: 'unreasonable demand', persistence: 'persistence', restraint: 'holding staff', sexual: 'sexual harassment', discrimination: 'discrimination',
    personal_targeting: 'targeting the staff member', sns_exposure: 'online exposure',
  },
};

export function categoryName(c: Category, lang: Language): string {
  return NAMES[lang][c];
}

/** A line to say, quoted the way its own language quotes. */
function quoteLine(line: string, spoken: Language): string {
  return spoken === 'ja' ? `「${line}」` : `"${line}"`;
}

export function buildAdvice(j: Judgment, excerpts: Excerpt[], setting: AdviceSetting, minutes: number, longCall: { warn: number; high: number }): Advice[] {
  const { reader: lang, spoken, medium } = setting;
  if (j.verdict === 'normal') return [];
  if (j.verdict === 'complaint') return complaintAdvice(lang);
  const advice: Advice[] = [];
  for (const c of j.categories) {
    const first = excerpts.find((e) => e.categories.includes(c));
    const at = first ? formatTime(first.start, first.line) : null;
    const where = at === null ? '' : lang === 'ja' ? `${at}の${categoryName(c, lang)}に対して: ` : `For the ${categoryName(c, lang)} at ${at}: `;
    const play = playFor(lang, c, medium);
    const say = playFor(spoken, c, medium).say.map((l) => quoteLine(l, spoken)).join(spoken === 'ja' ? '' : ' ');
    advice.push({ audience: 'staff', category: c, text: `${where}${play.staff}${lang === 'ja' ? '' : ' '}${say}` });
    advice.push({ audience: 'supervisor', category: c, text: play.supervisor });
  }
  if (minutes >= longCall.warn) {
    advice.push({
      audience: 'supervisor',
      category: j.categories.includes('restraint') ? 'restraint' : null,
      text:
        lang === 'ja'
          ? `通話が${Math.round(minutes)}分に及んでいます（目安: ${longCall.warn}分で注意、${longCall.high}分で打ち切り）。時間の上限と終了の言い方を決め、担当者が一人で抱えないようにしてください。`
          : `The call lasted ${Math.round(minutes)} minutes (marks: ${longCall.warn} min warn, ${longCall.high} min end). Set a time limit and the words to end a call, and do not leave the staff member alone with it.`,
    });
  }
  advice.push({
    audience: 'supervisor',
    category: null,
    text:
      lang === 'ja'
        ? (j.level === 'high' ? '今日中に' : '近いうちに') + '本人と短い面談をし、休憩を取らせ、責めずに感謝を伝えてください。録音と記録（日時・発言・要求・時間）を保存してください。'
        : `${j.level === 'high' ? 'Today' : 'Soon'}, have a short one-to-one with the staff member, give them a break, thank them and do not blame them. Keep the recording and a record of when, what was said, what was demanded and for how long.`,
  });
  return adviceByImportance(advice, excerpts);
}

function complaintAdvice(lang: Language): Advice[] {
  return lang === 'ja'
    ? [
        { audience: 'staff', category: null, text: '正当な苦情として扱ってください。事実を確認する前に非を認めず、「確認のうえご連絡します」と調査を約束し、責任者への交代の求めには方針どおり応じてください。' },
        { audience: 'supervisor', category: null, text: 'ハラスメントには当たりません。原因を確認して回答を一本化し、約束した折り返しを確実に行ってください。' },
      ]
    : [
        { audience: 'staff', category: null, text: 'Treat this as a legitimate complaint: do not concede facts before checking, promise to look into it, and hand over to a manager if asked, as policy allows.' },
        { audience: 'supervisor', category: null, text: 'Not harassment. Find the cause, give one consistent answer, and make sure the promised follow-up happens.' },
      ];
}
