/**
 * Context that changes what a matched phrase means: negation (訴えるつもりはない), quoting or reporting
 * someone else (隣の客が「殺すぞ」と…), and politeness. All checks look only near the match, so one
 * sentence's negation never cancels another's threat.
 */
const JA_NEGATION_AFTER =
  /^[ぞよね]?(?:って|とか|なんて|とは|とまでは)?(?:つもり(?:は|も)?|わけ(?:じゃ|では)|気(?:は|も)|(?:言|い)う?気は)?(?:ない|ありません|ねえ|ないです|ないけど|ないので)|^[^。、]{0,5}?(?:とは|なんて|とまでは|って)(?:言|い|思|おも)(?:わ|って|い)(?:ない|ねえ|ません|ないです)|^[ろれ]?[ぞよね]?(?:とか|なんて|って)(?:じゃ|では)(?:ない|ありません)|^[ろれ]?[ぞよね]?(?:とか|なんて|って)、?(?:(?:そういう|そんな)こと(?:を|は)?)?(?:言|い)(?:う|いたい|って(?:る)?)(?:つもり|わけ|気)(?:は|も|じゃ|では)?(?:ない|ありません|ねえ)/u;
// The negation's clause ends where another begins: "you're not helping you're useless" (ASR drops the
// punctuation) insults; "I'm not saying you're useless" does not.
const EN_NEGATION_BEFORE =
  /\b(?:not|never|didn'?t|don'?t|doesn'?t|won'?t|wouldn'?t|isn'?t|wasn'?t|no one|nobody)\b(?:(?!\b(?:you'?re|you are|i'?m|and|but|so)\b)[^.!?,]){0,18}$/u;
const EN_SAYING_NEGATION = /\b(?:not|never|didn'?t|don'?t)\b (?:\w+ )?(?:saying|calling|say|mean|think)\b[^.!?,]{0,14}$/u;

const JA_REPORT_AFTER = /^[^。!?]{0,10}?(?:」|』|")?(?:と|って|とか)[、]?(?:[^。]{0,6})?(?:言|い|怒鳴|どな|叫|さけ|脅|書|かかれ)(?:われ|った|って|っていた|ってき|いま|われた|らせ|ん|かれ|きこま|れ)/u;
const JA_PASSIVE_AFTER = /^(?:を)?[ぁ-ん]{0,3}?(?:まれ|られ|かれ|され|たれ|ばれ)(?:そう|た|て|まし|ます)/u;
const JA_THIRD_PARTY = /(?:隣|となり|他|ほか|前|別|うしろ|後ろ)の(?:客|お客|人|方|男|女)|(?:同級生|クラスの子|子ども|子供|息子|娘|相手|上司|旦那|夫|妻|知り合い)(?:が|に|から)|(?:言われ|いわれ)(?:た|まし|て)/u;
const EN_REPORT_BEFORE =
  /\b(?:he|she|they|someone|somebody|a guy|a man|a woman|another (?:customer|guy|man|woman|kid|boy|girl)|the other (?:customer|guy|man|woman|kid|boy|girl)|kids?|boys?|girls?|my (?:son|daughter|neighbou?r))\b[^.!?]{0,40}\b(?:said|says|told|yelled|shouted|screamed|wrote|texted|was saying|keeps saying|threatened)\b[^.!?]{0,30}$/u;

export function isNegated(text: string, start: number, end: number, lang: 'ja' | 'en'): boolean {
  if (lang === 'ja') return JA_NEGATION_AFTER.test(text.slice(end, end + 24));
  const before = text.slice(Math.max(0, start - 30), start);
  // A match that opens with its own subject ("you're useless") starts a new clause: only "not saying" reaches it.
  if (/^(?:you|i|he|she|they|we)\b/u.test(text.slice(start, start + 8))) return EN_SAYING_NEGATION.test(before);
  return EN_NEGATION_BEFORE.test(before);
}

/**
 * What is known about one utterance before any match is looked at: the quote marks before each
 * position, and the words that say a quote is being reported. Built once per utterance (lazily, as
 * most utterances match nothing), so each match asks in constant time: asking by rescanning the text
 * before every match made a line of 「殺すぞ」 repeated quadratic.
 */
export class UtteranceContext {
  private quotes: { open: Int32Array; double: Int32Array; single: Int32Array } | null = null;
  private said: boolean | null = null;
  private thirdParty: boolean | null = null;

  constructor(
    readonly text: string,
    readonly lang: 'ja' | 'en',
  ) {}

  /** Inside 「」『』“” or "…" at this position (marks before it, as in text.slice(0, start)). */
  insideQuotes(start: number): boolean {
    const q = this.quoteCounts();
    return q.open[start]! > 0 || q.double[start]! % 2 === 1;
  }

  /** 'I'll kill you' in single quotes; an apostrophe inside a word (I'll) is not a quote mark. */
  insideSingleQuotes(start: number): boolean {
    const q = this.quoteCounts();
    // A mark right before the position has no letter after it within text.slice(0, start): it counts.
    const last = start > 0 && this.text.charCodeAt(start - 1) === 0x27 ? 1 : 0;
    return (q.single[Math.max(0, start - 1)]! + last) % 2 === 1;
  }

  /** A verb of saying anywhere in the utterance (English). */
  hasSayingVerb(): boolean {
    this.said ??= /\b(?:said|says|told|yelled|shouted|screamed|wrote|texted)\b/u.test(this.text);
    return this.said;
  }

  /** Someone else (隣の客, 相手が, 言われた) anywhere in the utterance (Japanese). */
  mentionsThirdParty(): boolean {
    this.thirdParty ??= JA_THIRD_PARTY.test(this.text);
    return this.thirdParty;
  }

  /**
   * Prefix counts in one pass: open[i] = 「『“ minus 」』” in text[0, i), double[i] = " in text[0, i),
   * single[i] = ' in text[0, i) that are quote marks, judged with the letter after them (text[i]).
   */
  private quoteCounts(): { open: Int32Array; double: Int32Array; single: Int32Array } {
    if (this.quotes !== null) return this.quotes;
    const t = this.text;
    const n = t.length;
    const open = new Int32Array(n + 1);
    const double = new Int32Array(n + 1);
    const single = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const c = t.charCodeAt(i);
      open[i + 1] = open[i]! + (c === 0x300c || c === 0x300e || c === 0x201c ? 1 : c === 0x300d || c === 0x300f || c === 0x201d ? -1 : 0);
      double[i + 1] = double[i]! + (c === 0x22 ? 1 : 0);
      const quoteMark = c === 0x27 && !(i > 0 && isLowerLatin(t.charCodeAt(i - 1)) && i + 1 < n && isLowerLatin(t.charCodeAt(i + 1)));
      single[i + 1] = single[i]! + (quoteMark ? 1 : 0);
    }
    this.quotes = { open, double, single };
    return this.quotes;
  }
}

function isLowerLatin(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** The words are someone else's, told to the staff member, not said to them. */
export function isReported(ctx: UtteranceContext, start: number, end: number): boolean {
  const text = ctx.text;
  if (ctx.lang === 'ja') {
    const after = text.slice(end, end + 24);
    // A customer who puts words in 「」 is quoting someone, not saying them to the staff member.
    if (ctx.insideQuotes(start)) return true;
    // A passive form right after the act (胸ぐらをつかまれ, 殴られた): it was done to the speaker, by someone else.
    if (JA_PASSIVE_AFTER.test(after)) return true;
    return JA_REPORT_AFTER.test(after) && ctx.mentionsThirdParty();
  }
  if ((ctx.insideQuotes(start) || ctx.insideSingleQuotes(start)) && ctx.hasSayingVerb()) return true;
  return EN_REPORT_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/** Talking about a word rather than using it: 「土下座って、本当にそんな人いるんですか」. */
const JA_MENTION_AFTER = /^(?:って|とか|なんて|という|といった|の(?:強要|こと|話|件))/u;
const EN_MENTION_AFTER = /^(?:\s(?:thing|stuff|policy|rule|notice|sign)|["”'])/u;

export function isMention(text: string, end: number, lang: 'ja' | 'en'): boolean {
  return (lang === 'ja' ? JA_MENTION_AFTER : EN_MENTION_AFTER).test(text.slice(end, end + 8));
}

const JA_POLITE = /(?:です|ます|ください|ございます|でしょうか|いただけ|いただき|お願いし)/u;
const JA_ROUGH = /(?:ねえ|ねー|だろ|しろ|お前|おまえ|あんた|てめ|ぞ(?:$|[。!])|よ!|かよ|やがれ|っつ)/u;

export function isPolite(text: string, lang: 'ja' | 'en'): boolean {
  if (lang === 'ja') return JA_POLITE.test(text) && !JA_ROUGH.test(text);
  return /\b(?:please|could you|would you|may i|thank you)\b/u.test(text) && !/\b(?:damn|hell|fuck|shit|stupid)\b/u.test(text);
}

/**
 * An honest review of the business is the customer's right (domain.md: 「正直な口コミを書きます」); it
 * becomes exposure only with the staff member's name, face or footage, or the language of shaming.
 */
// In the normalised alphabet the text is matched in: katakana is already hiragana (口コミ → 口こみ).
const REVIEW = /(?:口こみ|くちこみ|れびゅー|評価|星ひとつ|星1|\b(?:review|rating|yelp|google maps|one star|1 star|stars?)\b)/u;
const PERSONAL_EXPOSURE = /(?:名前|なまえ|顔|写真|動画|実名|晒|さらす|さらし|さらして|拡散|特定|\b(?:name|face|photo|picture|video|footage|viral|expose)\b)/u;

export function isHonestReview(text: string): boolean {
  return REVIEW.test(text) && !PERSONAL_EXPOSURE.test(text);
}
