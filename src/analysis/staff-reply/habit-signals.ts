/**
 * Surface signals of the seven habits in a staff member's reply, written from domain.md §4 and spoken
 * service Japanese and English before any labelled reply was read (so the evaluation of the trained model,
 * which uses them as features, is not a test of rules fitted to it). A signal is evidence, not a verdict:
 * 「返金いたします」 is a concession on an unreasonable demand and the right answer to a defective item;
 * the model learns which, from the signal crossed with the moment (reply-features.ts).
 * Patterns are matched in the normalised alphabet (hiragana, NFKC, lower case), like the lexicon's.
 */
import { toHiragana } from '../normalize.js';
import type { Language } from '../result.js';
import type { Habit } from './habits.js';

export interface HabitSignal {
  /** Stable, readable name: `ja.refuse_clearly+.dekikane` (+ leans good, − leans bad). */
  id: string;
  habit: Habit;
  leans: 'good' | 'bad';
  re: RegExp;
}

interface Spec {
  name: string;
  habit: Habit;
  leans: 'good' | 'bad';
  patterns: string[];
}

function compile(lang: Language, specs: Spec[]): HabitSignal[] {
  return specs.map((s) => ({
    id: `${lang}.${s.habit}${s.leans === 'good' ? '+' : '-'}.${s.name}`,
    habit: s.habit,
    leans: s.leans,
    re: new RegExp(s.patterns.map((p) => `(?:${toHiragana(p.normalize('NFKC').toLowerCase())})`).join('|'), 'u'),
  }));
}

export const JA_SIGNALS = compile('ja', [
  // 限定謝罪: sorry for the inconvenience or the feeling, not for a fault not yet checked.
  { name: 'inconvenience', habit: 'acknowledge', leans: 'good', patterns: ['ご(?:不便|不快|迷惑|心配|足労)', 'お手数', 'お待たせ'] },
  { name: 'feeling', habit: 'acknowledge', leans: 'good', patterns: ['お気持ち', 'お困り', 'ご立腹', '(?:大変|ご不安|残念)でした', 'ごもっとも', 'おっしゃる(?:通り|とおり)', 'お怒り'] },
  { name: 'apology', habit: 'acknowledge', leans: 'good', patterns: ['申し訳(?:ござ|あり)', 'お詫び', 'すみません', '失礼(?:いた)?しました'] },
  // Conceding before the facts are checked, or giving what the business cannot.
  { name: 'admission', habit: 'no_overpromise', leans: 'bad', patterns: ['(?:当社|弊社|こちら|私ども|わたくしども|私)の(?:ミス|責任|落ち度|過失|せい)(?:です|でした|で)', 'すべて(?:当社|弊社|こちら)', '全部(?:こちら|うち)が悪'] },
  { name: 'money', habit: 'no_overpromise', leans: 'bad', patterns: ['全額', '慰謝料', '(?:返金|お返し|お支払い|補償|弁償)(?:いたし|させていただき|し)ます', '商品券', '(?:無料|ただ|タダ)に(?:いたし|し)ます', '割引(?:いたし|し)ます', '半額'] },
  { name: 'special', habit: 'no_overpromise', leans: 'bad', patterns: ['今回(?:だけ|に限り)', '特別に', '例外的に', 'なんとかします', '何とかします', 'すぐに(?:対応|何とか|なんとか|お伺い|伺)', '(?:ご自宅|お宅)(?:まで|に|へ)(?:伺|お伺い|参)', '(?:直接|今から)(?:伺|お伺い|参り)'] },
  { name: 'never-again', habit: 'no_overpromise', leans: 'bad', patterns: ['二度と(?:ない|起こ|いたしません|ございません)', '絶対に', '必ず(?:お約束|いたします|します)', 'お約束(?:いたし|し)ます'] },
  { name: 'sacrifice', habit: 'no_overpromise', leans: 'bad', patterns: ['(?:担当|その者|彼|彼女|あの者)(?:を|は)(?:クビ|くび|辞めさせ|処分|外し)', '(?:クビ|くび)に(?:いたし|し)ます', '土下座(?:いたし|し)ます', '謝罪文を(?:お送り|書き|出し)'] },
  { name: 'check-first', habit: 'no_overpromise', leans: 'good', patterns: ['(?:確認|調査|お調べ)(?:いたし|し|させていただき)(?:ます|たうえで|た上で)', '事実(?:関係)?を確認', '(?:規定|決まり|ルール)(?:上|で|により)', 'お約束(?:は|が)?でき'] },
  // A clear refusal, and its opposite: stalling.
  { name: 'dekikane', habit: 'refuse_clearly', leans: 'good', patterns: ['(?:いたし|致し|でき|し)かね', '応じ(?:られ|かね)', 'お受け(?:でき|いたし)', 'お断り', 'できません', 'いたしません'] },
  { name: 'same-answer', habit: 'refuse_clearly', leans: 'good', patterns: ['(?:ご)?回答(?:済|は変わ|いたしました)', '(?:同じ|先ほどと同じ|繰り返し)(?:お答え|回答|ご案内)', '変わりません', '以上(?:です|となります|でございます)'] },
  { name: 'stalling', habit: 'refuse_clearly', leans: 'bad', patterns: ['検討(?:いた|し|させ)', '考えて(?:み|お)', '善処', '前向きに', 'なんとか(?:でき|なら)', '何とか(?:でき|なら)', 'かもしれ', '(?:たぶん|多分)', 'ちょっと(?:わから|分から)', '(?:^|[、。\\s])はあ(?:[、。…\\.]|$)'] },
  // Naming the conduct and what follows if it continues (警告→打ち切り).
  { name: 'conduct', habit: 'name_conduct', leans: 'good', patterns: ['大きな(?:お)?声', '(?:そのような|その|乱暴な|強い)(?:お)?言葉', 'ご発言', '暴言', '脅迫', '撮影', '(?:長時間|時間が(?:経|た))', '(?:お)?怒鳴'] },
  { name: 'consequence', habit: 'name_conduct', leans: 'good', patterns: ['続く(?:場合|ようでしたら|ようであれば|のであれば)', '(?:通話|対応|お電話|お話)を?(?:終了|終わら|打ち切|中止|切らせ)', 'お引き取り', '警察', '110番'] },
  { name: 'hang-up', habit: 'name_conduct', leans: 'bad', patterns: ['(?:切ります|切りますね|失礼します)$', 'もう(?:切|終わ)り'] },
  // Handing over to the organisation.
  { name: 'supervisor', habit: 'escalate', leans: 'good', patterns: ['責任者', '上(?:長|席|司)', '管理者', '(?:担当部署|本部|専門の部署)', '(?:代わり|かわり|替わり|おつなぎ|お繋ぎ|引き継)(?:ます|いたし|を)'] },
  // The record: recording announced, facts confirmed, times and words noted.
  { name: 'recording', habit: 'keep_record', leans: 'good', patterns: ['録音', '録画', '記録', '控え', 'メモ'] },
  { name: 'facts', habit: 'keep_record', leans: 'good', patterns: ['(?:ご)?(?:注文|ご購入|お買い上げ|ご来店|ご利用)(?:番号|日|の日)', '(?:日時|日付|お名前|ご住所|お電話番号|番号)を', '確認させて', '(?:お伺い|伺っ)た内容', '経緯'] },
  // Never insulting, mocking, blaming or lecturing back.
  { name: 'insult', habit: 'stay_respectful', leans: 'bad', patterns: ['ばか', '馬鹿', 'あほ', 'お前', 'てめ', 'うるさ', 'しつこ', 'いい加減に', 'ふざけ', '頭(?:が)?おかし', '黙(?:れ|って)', '知らな(?:いよ|いわ|いって)', 'ちっ'] },
  { name: 'blame', habit: 'stay_respectful', leans: 'bad', patterns: ['(?:お客様|あなた|そちら|そっち)(?:の(?:せい|責任|ミス)|が悪)', 'ご自分で', '自分で(?:やれ|しろ|やって)', '常識', '普通は', '何度(?:も)?言(?:わせ|って)', 'だから言っ', 'わかりませんか', '分かりませんか', 'ちゃんと(?:読|聞)'] },
  { name: 'threat-back', habit: 'stay_respectful', leans: 'bad', patterns: ['訴えますよ', '覚えて(?:おけ|ろ)', '出禁', '二度と来(?:るな|ないで)'] },
]);

export const EN_SIGNALS = compile('en', [
  { name: 'inconvenience', habit: 'acknowledge', leans: 'good', patterns: ['\\binconvenien', '\\bfrustrat', '\\bupsetting\\b', '\\bthe trouble\\b', '\\bthe wait\\b'] },
  { name: 'feeling', habit: 'acknowledge', leans: 'good', patterns: ['\\bi (?:can )?(?:understand|see|hear) (?:why|that|how|you)', "\\bi(?: ca|')n'?t imagine\\b", "\\bthat(?:'s| is| must be) (?:awful|annoying|stressful|frustrating|hard)", '\\bi hear you\\b', '\\byou(?:\'re| are) right to\\b'] },
  { name: 'apology', habit: 'acknowledge', leans: 'good', patterns: ['\\b(?:i\'m|i am|we\'re|we are) (?:so |very |really |truly )?sorry\\b', '\\bapologi[sz]e\\b', '\\bmy apologies\\b'] },
  { name: 'admission', habit: 'no_overpromise', leans: 'bad', patterns: ["\\b(?:it's|it is|this is|that's|that is|it was) (?:all |entirely |completely )?(?:our|my) (?:fault|mistake)", '\\bwe (?:messed|screwed) up\\b', '\\bwe were wrong\\b'] },
  { name: 'money', habit: 'no_overpromise', leans: 'bad', patterns: ['\\bfull refund\\b', "\\b(?:i'll|i will|we'll|we will) (?:refund|reimburse|compensate|pay)", '\\bcompensation\\b', '\\bfree of charge\\b', '\\bfor free\\b', '\\bon the house\\b', '\\bvoucher\\b', '\\bhalf price\\b'] },
  { name: 'special', habit: 'no_overpromise', leans: 'bad', patterns: ['\\bjust this once\\b', '\\bas a (?:special )?exception\\b', "\\bi'll (?:sort|fix) (?:it|this|everything)\\b", '\\bright away\\b', '\\bcome (?:to|round to|over to) your (?:home|house|place)\\b', "\\bwhatever you (?:want|need)\\b"] },
  { name: 'never-again', habit: 'no_overpromise', leans: 'bad', patterns: ['\\bnever happen again\\b', '\\bi (?:promise|guarantee)\\b', '\\bi give you my word\\b', '\\bi swear\\b'] },
  { name: 'sacrifice', habit: 'no_overpromise', leans: 'bad', patterns: ['\\b(?:get|have) (?:him|her|them) fired\\b', '\\bwill be fired\\b', '\\bfire (?:him|her|them)\\b', '\\b(?:kneel|write you an apology letter)\\b'] },
  { name: 'check-first', habit: 'no_overpromise', leans: 'good', patterns: ["\\b(?:i'll|i will|let me|we'll|we will) (?:check|look into|investigate|find out)\\b", '\\bonce (?:i|we) have checked\\b', '\\bour (?:policy|rules?) (?:is|are|allow|limit)', "\\bi can(?:'t|not) promise\\b"] },
  { name: 'cannot', habit: 'refuse_clearly', leans: 'good', patterns: ["\\b(?:i|we) (?:can't|cannot|can not|won't|will not|am not able to|are not able to|are unable to|am unable to)\\b", '\\bnot (?:something|able) (?:we|i) can\\b', '\\bi (?:have to|must) (?:decline|say no)\\b', '\\bthe answer is no\\b'] },
  { name: 'same-answer', habit: 'refuse_clearly', leans: 'good', patterns: ['\\b(?:our|my) answer (?:is|remains|stays|won\'t change|will not change|is still)\\b', '\\bas (?:i|we) (?:said|explained) (?:before|earlier)\\b', "\\bthat(?:'s| is) (?:our|the) final\\b", '\\balready (?:answered|given you)'] },
  { name: 'stalling', habit: 'refuse_clearly', leans: 'bad', patterns: ["\\b(?:i'll|we'll|i will|we will|let me) (?:see what (?:i|we) can do|think about|consider|try)\\b", '\\bmaybe\\b', '\\bperhaps\\b', '\\bi (?:guess|suppose)\\b', "\\bi(?:'m| am) not sure\\b", '\\bum+\\b', '\\buh+\\b', '\\bwell\\.\\.\\.'] },
  { name: 'conduct', habit: 'name_conduct', leans: 'good', patterns: ['\\bshout', '\\braise your voice\\b', '\\b(?:that|this|such|your) (?:language|remark|comment|tone)\\b', '\\bswear(?:ing)?\\b', '\\bthreat', '\\bfilm(?:ing)?\\b', '\\brecord(?:ing)? (?:me|our staff|staff)\\b', '\\bfor (?:over )?an hour\\b'] },
  { name: 'consequence', habit: 'name_conduct', leans: 'good', patterns: ['\\bif (?:this|that|it|the \\w+) (?:continues|goes on|happens again)\\b', '\\b(?:end|stop|close) (?:this|the|our) (?:call|conversation|chat)\\b', '\\bask you to leave\\b', '\\bplease leave\\b', '\\bpolice\\b', '\\bsecurity\\b'] },
  { name: 'hang-up', habit: 'name_conduct', leans: 'bad', patterns: ["\\bi'm hanging up\\b", '\\bgoodbye\\.?$', "\\bi'm done\\b"] },
  { name: 'supervisor', habit: 'escalate', leans: 'good', patterns: ['\\bsupervisor\\b', '\\bmanager\\b', '\\bteam lead', '\\bsenior (?:colleague|staff)\\b', '\\b(?:transfer|put you through|hand (?:this|you) over|pass (?:this|you) to)\\b', '\\bescalat'] },
  { name: 'recording', habit: 'keep_record', leans: 'good', patterns: ['\\b(?:is|being) recorded\\b', '\\brecording\\b', '\\b(?:note|write) (?:this|that|it)? ?down\\b', '\\bnoted\\b', '\\bfor the record\\b', '\\blog(?:ged|ging)?\\b'] },
  { name: 'facts', habit: 'keep_record', leans: 'good', patterns: ['\\b(?:order|booking|reference|case|account) number\\b', '\\b(?:can|may|could) i (?:confirm|check|have your)\\b', '\\blet me confirm\\b', '\\bthe date\\b', '\\bwhat (?:time|day) (?:was|did)\\b'] },
  { name: 'insult', habit: 'stay_respectful', leans: 'bad', patterns: ['\\bidiot', '\\bstupid\\b', '\\bshut up\\b', '\\bcalm down\\b', '\\bridiculous\\b', '\\bwhatever\\b', '\\bpathetic\\b', '\\bget a life\\b', '\\bnot my problem\\b', '\\bseriously\\?'] },
  { name: 'blame', habit: 'stay_respectful', leans: 'bad', patterns: ['\\byour (?:own )?fault\\b', '\\byou should have\\b', '\\bif you had (?:read|listened)\\b', '\\byou people\\b', "\\bas i(?:'ve| have)? (?:already )?(?:said|told you)\\b", '\\bdeal with it\\b', "\\bdon't you understand\\b", '\\bobviously\\b', '\\blisten to me\\b'] },
  { name: 'threat-back', habit: 'stay_respectful', leans: 'bad', patterns: ["\\bi'll sue\\b", '\\byou(?:\'ll| will) regret\\b', '\\bbanned for life\\b', "\\bdon't (?:ever )?come back\\b"] },
]);

/**
 * The signals that fire in a normalised reply. A concession said in a sentence that also refuses
 * (「慰謝料のお支払いには応じかねます」, "we can't offer a full refund") names the demand to refuse it:
 * the promise signals are looked for only in sentences without a refusal.
 */
export function signalsIn(norm: string, lang: Language): HabitSignal[] {
  const all = lang === 'ja' ? JA_SIGNALS : EN_SIGNALS;
  const refusal = all.filter((s) => s.habit === 'refuse_clearly' && s.leans === 'good');
  const unrefused = norm.split(/(?<=[。.!?！？\n])/u).filter((sentence) => !refusal.some((r) => r.re.test(sentence))).join(' ');
  return all.filter((s) => (s.habit === 'no_overpromise' && s.leans === 'bad' ? s.re.test(unrefused) : s.re.test(norm)));
}
