/**
 * What the trainee reads about each habit — what was good, what to change — and the pieces of a better
 * reply, in the trainee's language. The phrases are our drafts on domain.md §4's guidance (限定謝罪, no
 * promise before checking, one clear answer, warn then end, hand over, record), one per category as the
 * §4 table gives them, so the better reply fits what the customer is doing.
 */
import type { Category, Language } from '../result.js';
import type { Habit, Medium } from './habits.js';

interface HabitWords {
  good: string;
  change: string;
}

export const HABIT_NAMES: Record<Language, Record<Habit, string>> = {
  ja: {
    acknowledge: '気持ちへの配慮（限定謝罪）',
    no_overpromise: 'できない約束をしない',
    refuse_clearly: 'はっきり断る',
    name_conduct: '言動を指摘して予告する',
    escalate: '上長・組織につなぐ',
    keep_record: '記録を残す',
    stay_respectful: '敬意を保つ',
  },
  en: {
    acknowledge: 'acknowledge the feeling',
    no_overpromise: 'promise only what can be given',
    refuse_clearly: 'refuse clearly',
    name_conduct: 'name the conduct and warn',
    escalate: 'hand over at the right moment',
    keep_record: 'keep the record',
    stay_respectful: 'stay respectful',
  },
};

export const HABIT_WORDS: Record<Language, Record<Habit, HabitWords>> = {
  ja: {
    acknowledge: { good: 'ご不便やお気持ちには寄り添い、要求は認めていません。', change: '最初に、ご不便やお気持ちへのお詫び（限定謝罪）を一言添えましょう。非を認める謝罪とは分けます。' },
    no_overpromise: { good: '確認前に約束や非の承認をしていません。', change: '返金・補償・訪問・処分・「二度とない」は、事実確認と権限の範囲を超えて約束しないでください。「確認いたします」と伝えます。' },
    refuse_clearly: { good: '応じられないことを、落ち着いてはっきり伝えています。', change: '不当な要求には「検討します」ではなく「お受けいたしかねます」とはっきり、繰り返されても同じ答えを。正当な要求は断らないこと。' },
    name_conduct: { good: '問題の言動を具体的に指摘し、続いた場合どうなるかを予告しています。', change: '大声・暴言・撮影などの言動を具体的に指摘し、「続くようでしたら対応を終了します」と予告してから終えます。正当な苦情に打ち切りを告げるのは逆効果です。' },
    escalate: { good: '適切な場面で上長・組織につないでいます。', change: '脅迫・執拗な要求・権限を超える要求・身の危険があるときは一人で抱えず、責任者につなぎましょう。単純な質問を上長に回して逃げないこと。' },
    keep_record: { good: '事実の確認や記録（録音の告知など）ができています。', change: '日時・発言・要求を確認して記録し、電話なら録音していることを伝えましょう。' },
    stay_respectful: { good: '言い返さず、敬意を保っています。', change: '言い返し・皮肉・相手を責める言い方・説教は、状況を悪化させます。言動には事実で対応しましょう。' },
  },
  en: {
    acknowledge: { good: 'You acknowledged the feeling or the inconvenience without accepting the demand.', change: 'Start by acknowledging the inconvenience or the feeling — sorry for the trouble, not an admission of fault.' },
    no_overpromise: { good: 'You promised nothing before the facts were checked.', change: "Don't promise refunds, compensation, visits, someone's dismissal or \"never again\" before checking what is possible; say you will check." },
    refuse_clearly: { good: 'You refused the unreasonable demand calmly and clearly.', change: "Refuse an unreasonable demand plainly (\"we can't do that\") and give the same answer if pressed — not \"I'll see\". Don't refuse a fair request." },
    name_conduct: { good: 'You named the conduct and said what happens if it continues.', change: 'Name the conduct (shouting, insults, filming) and warn what will happen if it continues before you end; never threaten to hang up on a fair complaint.' },
    escalate: { good: 'You brought in a supervisor at the right moment.', change: "With threats, repeated demands, requests beyond your authority or your safety at stake, hand over to a supervisor; don't pass on a simple question." },
    keep_record: { good: 'You confirmed the facts or kept the record.', change: 'Confirm the facts (date, order, what was said) and, on the phone, mention the call is recorded.' },
    stay_respectful: { good: 'You stayed respectful and did not answer back.', change: 'No insults, sarcasm, blame or lectures back: answer the conduct with facts, calmly.' },
  },
};

/** The §4 phrase for each category: the core of a better reply to that conduct. */
const CATEGORY_PHRASES: Record<Language, Record<Category, string>> = {
  ja: {
    physical: '危険ですので対応を中止し、警察に通報します。',
    threat: 'ただいまのご発言は脅迫と受け止めます。これ以上の対応はできかねます。',
    abuse: 'そのようなお言葉が続く場合は、対応を終了させていただきます。',
    intimidation: '大きなお声ではお話を伺えません。落ち着いてお話しいただけますか。',
    apology_coercion: 'ご不快の点はお詫びいたしますが、土下座や謝罪文には応じかねます。',
    unreasonable_demand: '規定上、ご返金は代金の範囲となります。それ以上はお受けいたしかねます。',
    persistence: '本件はすでにご回答しており、内容は変わりません。',
    restraint: '本日はここまでとさせていただきます。お引き取りください。',
    sexual: '業務に関係のないご質問にはお答えできません。',
    discrimination: '担当者の属性に関するご発言はお控えください。',
    personal_targeting: '個人の連絡先はお伝えできません。窓口は代表番号となります。',
    sns_exposure: '従業員の撮影や公開はお断りしております。撮影をおやめください。',
  },
  en: {
    physical: 'For safety I am stopping here and calling the police.',
    threat: "I take that as a threat. I can't continue this conversation.",
    abuse: "If that language continues, I'll end this call.",
    intimidation: "I can't follow when you shout. Could we talk calmly?",
    apology_coercion: "I'm sorry for the trouble, but we can't do a kneeling or written apology.",
    unreasonable_demand: 'Refunds are limited to the price paid; we cannot offer more than that.',
    persistence: "We've already answered, and our answer won't change.",
    restraint: 'We have to end here for today. Please leave now.',
    sexual: "I can't answer questions unrelated to our service.",
    discrimination: "Please don't comment on our staff's personal attributes.",
    personal_targeting: "I can't share personal contacts; please use our main line.",
    sns_exposure: "Please don't film or post our staff. Please stop filming.",
  },
};

const PIECES: Record<Language, { ackHarass: string; ackLegit: string; check: string; escalate: string; record: Record<Medium, string> }> = {
  ja: {
    ackHarass: 'ご不快な思いをおかけした点はお詫びいたします。',
    ackLegit: 'ご不便をおかけして申し訳ございません。',
    check: '事実を確認のうえ、対応をご案内いたします。',
    escalate: '本件は責任者に代わります。',
    record: {
      phone: '正確を期すため、この通話は録音させていただいております。',
      counter: '記録のため、お話の内容を控えさせていただきます。',
      online: '記録のため、やり取りは保存させていただきます。',
      meeting: '記録のため、お話の内容を控えさせていただきます。',
    },
  },
  en: {
    ackHarass: "I'm sorry for the trouble this has caused you.",
    ackLegit: "I'm sorry for the inconvenience — let's sort this out.",
    check: "I'll check the facts and come back to you with what we can do.",
    escalate: "I'm bringing in my supervisor for this.",
    record: {
      phone: 'For accuracy, this call is being recorded.',
      counter: "I'm noting down what was said, for our records.",
      online: 'This conversation is kept for our records.',
      meeting: "I'm noting down what was said, for our records.",
    },
  },
};

/**
 * A better reply for the moment: the acknowledgement, what the customer's conduct calls for (§4), and the
 * hand-over or the record when those were missed. At most three sentences, as a reply should be.
 */
export function betterReply(lang: Language, medium: Medium, categories: readonly Category[], legit: boolean, toChange: ReadonlySet<Habit>): string {
  const p = PIECES[lang];
  const parts: string[] = [];
  if (legit) {
    parts.push(p.ackLegit, p.check);
    if (toChange.has('keep_record')) parts.push(p.record[medium]);
  } else {
    if (!categories.some((c) => c === 'physical' || c === 'threat')) parts.push(p.ackHarass);
    const first = categories[0];
    if (first) parts.push(CATEGORY_PHRASES[lang][first]);
    if (toChange.has('escalate')) parts.push(p.escalate);
    else if (toChange.has('keep_record')) parts.push(p.record[medium]);
  }
  return parts.slice(0, 3).join(lang === 'ja' ? '' : ' ');
}
