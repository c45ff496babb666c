/**
 * Utterance-level signals: the category phrases a customer says (after negation, quoting and politeness),
 * and the cues in staff speech that reveal what the transcript cannot show (an object thrown, a shout),
 * refusals, and the customer's own apology or legitimate recourse.
 */
import type { Category, Language } from './result.js';
import type { Rule } from './lexicon/rule.js';
import { JA_RULES } from './lexicon/ja.js';
import { EN_RULES } from './lexicon/en.js';
import { isHonestReview, isMention, isNegated, isPolite, isReported, UtteranceContext } from './context.js';
import { foldedRegExp } from './normalize.js';

export interface Hit {
  category: Category;
  weight: number;
  rule: string;
}

const RULES: Record<Language, Rule[]> = { ja: JA_RULES, en: EN_RULES };

const CLAIM_BASIS = foldedRegExp(/(?:保証(?:期間|書|の範囲|で|対象)|保障期間|約款|規約(?:で|に|上)|契約(?:書)?(?:で|に|上|どおり|通り)|リコール|\b(?:warranty|guarantee[ds]?|under (?:the |my )?(?:contract|lease|policy)|recall)\b)/u);

export function detectCustomerSignals(norm: string, raw: string, lang: Language): Hit[] {
  const hits: Hit[] = [];
  const polite = isPolite(norm, lang);
  const honestReview = isHonestReview(norm);
  const basis = CLAIM_BASIS.test(norm);
  // Every context check of every match looks only near it, or at what this holds, computed once.
  const context = new UtteranceContext(norm, lang);
  for (const rule of RULES[lang]) {
    if (rule.category === 'sns_exposure' && honestReview) continue;
    // Most rules match nothing: one test skips building an iterator. matchAll copies lastIndex, so reset it.
    rule.re.lastIndex = 0;
    const any = rule.re.test(norm);
    rule.re.lastIndex = 0;
    if (!any) continue;
    for (const m of norm.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (isNegated(norm, start, end, lang) || isReported(context, start, end) || (polite && isMention(norm, end, lang))) continue;
      let weight = polite && !rule.keepsWhenPolite ? rule.weight * 0.5 : rule.weight;
      // A demand grounded in the warranty or the contract is a claim, not an unfounded demand.
      if (rule.category === 'unreasonable_demand' && basis) weight *= 0.5;
      hits.push({ category: rule.category, weight, rule: rule.id });
      break;
    }
  }
  if (lang === 'en' && shouts(raw)) hits.push({ category: 'intimidation', weight: 55, rule: 'en.intimidation.caps' });
  return hits;
}

/** Two or more words in capitals (not acronyms alone) read as shouting in English transcripts. */
function shouts(raw: string): boolean {
  const caps = raw.match(/\b[A-Z]{3,}\b/g) ?? [];
  return caps.filter((w) => !/^(?:ID|USA|ATM|PIN|FAQ|CEO|CFPB|FCC|BBB|SSN|TV|PDF|URL|OK|ASAP|DMV|IRS|ER|CC)$/.test(w)).length >= 2;
}

/** What staff speech says the customer just did: 「カウンターを叩くのはおやめください」, "please don't throw". */
const STAFF_REACTIONS: Array<{ category: Category; weight: number; re: RegExp }> = [
  {
    category: 'physical',
    weight: 75,
    re: /(?:(?:叩|たた|殴|なぐ|蹴|け|押|お)(?:かれ|られ)(?:まし|た)|(?:物|もの|お金|小銭|商品|箱)を?投げ(?:られ|つけられ)|(?:唾|つば)を?(?:吐|は)(?:かれ|きかけ)|(?:叩|たた)(?:く|か|い)|投げ|(?:蹴|け)(?:る|ら|ら)|殴|(?:手|腕|肩|服)を?(?:離|放|はな)|(?:つか|掴)(?:ま|む)|押さ|(?:物|もの)を|小銭|お金を)[^。]{0,14}(?:おやめ|やめて|ないでください|ください|られ|ないで|危な|痛)|(?:痛|いた)(?:い|っ)(?:です|!|、)|危ないです|当たり(?:まし|ました)|\b(?:please (?:don'?t|stop) (?:throw|hit|slam|bang|kick|grab|push|touch|spit)|let go of|(?:you|he|she|they) (?:just )?(?:threw|hit|slammed|grabbed|pushed|shoved|spat|spit)|spat (?:on|at)|that (?:hit|almost hit) me|put (?:that|it) down|ow\b)/u,
  },
  {
    category: 'intimidation',
    weight: 55,
    re: /(?:大きな声|大声|怒鳴)[^。]{0,10}(?:おやめ|やめ|出さ|では|ないで)|\b(?:please (?:don'?t|stop) (?:shout|yell|scream)|lower your voice|no need to (?:shout|yell)|stop (?:shouting|yelling))/u,
  },
  {
    category: 'sns_exposure',
    weight: 55,
    re: /(?:撮影|録画|動画)[^。]{0,8}(?:ご遠慮|おやめ|やめて|お断り)|\bplease (?:don'?t|stop) (?:film|record)ing/u,
  },
];

export function detectStaffReactions(norm: string): Hit[] {
  return STAFF_REACTIONS.filter((r) => r.re.test(norm)).map((r) => ({ category: r.category, weight: r.weight, rule: `staff-reaction.${r.category}` }));
}

/** The staff member draws a line: a clear answer that the request cannot be met. */
const REFUSAL =
  foldedRegExp(/(?:いたしかね|いたし兼ね|できかね|致しかね|出来かね|お受けでき|応じられ|応じかね|お応えでき|ご対応でき|お約束でき|できません|できないんです|できないことに|対応しておりません|対象外|対象と(?:なりません|なっておりません)|(?:ご)?回答済み|(?:回答|お答え|内容|結論)(?:は|も)?変わり(?:ません|かね)|規定(?:上|により|で)|決まりで|ご容赦|難しい(?:です|状況|かと)|\b(?:i'?m (?:not able|unable)|we(?:'re| are) (?:not able|unable)|we can(?:'?t|not)|i can(?:'?t|not) (?:do|offer|give|waive|remove|provide|change|promise|remove|make)|that(?:'s| is) not (?:something|possible)|(?:not|isn'?t) eligible|(?:already|have) answered|(?:answer|decision) (?:won'?t|will not|is not going to) change|not (?:able|possible)|our policy)\b)/u);

export function isRefusal(norm: string): boolean {
  return REFUSAL.test(norm);
}

/** The customer takes back their own outburst: 「大きな声を出してすみません」, "sorry for yelling". */
const SELF_APOLOGY =
  foldedRegExp(/(?:大きな声|大声|怒鳴って|言い過ぎ|いいすぎ|取り乱|感情的に|失礼なこと|口が悪|カッとなって)|\b(?:sorry (?:for|about) (?:shouting|yelling|raising|snapping|losing|the language|my language|that outburst|swearing|that)|didn'?t mean to (?:shout|yell|snap|swear)|not (?:at|directed at|aimed at) you|not your fault|i shouldn'?t have (?:yelled|shouted|sworn))\b/u);
const PLAIN_APOLOGY = foldedRegExp(/(?:すみません|すいません|ごめんなさい|申し訳ない|失礼しました)|\b(?:sorry|i apologi[sz]e)\b/u);

export function apologyStrength(norm: string): 'explicit' | 'plain' | 'none' {
  if (SELF_APOLOGY.test(norm)) return 'explicit';
  return PLAIN_APOLOGY.test(norm) ? 'plain' : 'none';
}

/**
 * Complaint evidence (domain.md §3: a legitimate complaint, however emotional, is `complaint`, not harassment).
 * In two strengths:
 * recourse and plain dissatisfaction with the service count fully; words an ordinary inquiry also uses
 * (a strange noise, "why", a bill) count half, so a question about a bill stays `normal`.
 */
const COMPLAINT_STRONG = foldedRegExp(
  /(?:消費生活センター|消費者センター|国民生活センター|188|弁護士|訴(?:え|訟)|裁判|教育委員会|監督官庁|金融庁|保健所|労働基準監督署|国土交通省|役所に相談|本社に|責任者|上司の方|上の方|店長さん|口コミ|レビュー|返金|不良|壊れ|故障|納得(?:でき|いか|いき)|説明(?:して|を|し)(?:ほし|くださ|もらえ|てもらい)|ちゃんと(?:説明|調べ|して)|どういうこと|困ります|不満|ひどい|二重|苦情|クレーム|文句|請求(?:が|額)[^。]{0,10}(?:高|多|違|おかし|倍)|(?:高|多)く(?:取られ|請求され)|来なかった|(?:寝|ね)(?:られ|れ)な|来てな|届かな|届いてな|不安で|がっかり|最悪|信じられな|ありえな|あり得な|再発防止|経緯|書面で|謝って(?:ほし|くださ|もらえ)|謝罪(?:して|を)(?:ほし|くださ|もらえ)|待たされ|対応が(?:悪|遅|ひど)|腹が立|頭にき|\b(?:lawyer|attorney|sue|court|cfpb|fcc|better business bureau|bbb|consumer (?:protection|affairs)|regulator|ombudsman|supervisor|manager|review|refund|replacement|defective|broken|complaint|complain|unacceptable|disappoint\w*|frustrat\w*|annoy\w*|ridiculous|absurd|overcharged|charged twice|double charged|mistake|not happy|upset|shouldn'?t (?:happen|have)|never (?:arrived|came|showed)|didn'?t (?:arrive|show up|come|work)|(?:doesn'?t|isn'?t|not) working|been waiting|on hold for|terrible|awful|worst|waste of|make (?:this|it) right|not (?:okay|ok|acceptable|fair)|not my fault|your fault)\b)/u,
);
const COMPLAINT_WEAK = foldedRegExp(
  /(?:困(?:って|った|る)|交換|間違|ミス|おかしい|変な|違う|全然[^。]{0,10}(?:ない|なかった|なくて)|(?:どうして|なんで(?!す))[^。]{0,16}(?:の|んですか|か)|また同じ|高すぎ|遅い|遅れ|\b(?:bill|charged|charge|fee|wrong|failed|why (?:did|was|is|would|were)|what happened|fix (?:this|it)|again\?|still (?:not|haven'?t|no))\b)/u,
);

/** How much one customer turn says "this is a complaint": 1, 0.5 or 0. */
export function complaintStrength(norm: string): number {
  if (COMPLAINT_STRONG.test(norm)) return 1;
  return COMPLAINT_WEAK.test(norm) ? 0.5 : 0;
}

/** A demand in the customer's words: what persistence is counted on. */
const DEMAND =
  foldedRegExp(/(?:しろ|して(?:よ|って|くれ|ください|ほしい|もらえ|$|[。!])|出せ|返せ|払え|やれ|よこせ|替えて|代えて|なしに|言ってん|って(?:言|い)ってる|にして|でいい(?:よ|から)|じゃなくて|\b(?:i want|give me|i need you to|you (?:will|need to|have to)|wipe|refund me|send (?:me|the)|just (?:do|give|fix)|then (?:give|wipe|help))\b)/u);

export function isDemand(norm: string): boolean {
  return DEMAND.test(norm);
}
