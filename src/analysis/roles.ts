/**
 * Who is staff and who is the customer. Staff greet, name their company and speak keigo; customers
 * explain their situation and make the demands. A role word in the label (オペレーター, Caller) settles
 * it; `--staff NAME` overrides everything. Files with no speaker labels are decided utterance by
 * utterance with a two-state Viterbi pass, since turns mostly alternate.
 */
import type { Language, SpeakerRole } from './result.js';

export interface RoleInput {
  speaker: string | null;
  norm: string;
}

const STAFF_LABEL =
  /(?:オペレーター|おぺれーたー|担当|受付|職員|看護|配車|責任者|店員|スタッフ|すたっふ|係|教頭|校長|担任|先生|医師|フロント|窓口|agent|dispatch|staff|manager|clerk|nurse|reception|operator|representative|\brep\b|associate|cashier|teller|doctor|supervisor|front desk|teacher|principal|support)/iu;
const CUSTOMER_LABEL =
  /(?:顧客|お客|客|患者|家族|入居者|利用者|保護者|父|母|相談者|caller|customer|tenant|patient|guest|client|parent|resident|visitor|member)/iu;

const JA_STAFF =
  /(?:ございます|ございません|かしこまりました|承知(?:いた)?しました|恐れ入り|少々お待ち|お待たせ(?:いた)?しました|いたします|いたしかね|させていただ|しております|おります|お客様|お客さま|失礼いたし|いただけますでしょうか|お手数|ご了承|ご案内|ご確認|ご不便|ご迷惑|でしょうか|お電話ありがとう|次の方|どうぞ|お大事に)/gu;
const JA_CUSTOMER =
  /(?:しろ|しろよ|してよ|出せ|だろ|ねえ|お前|あんた|おたく|そっち|もしもし|なんですけど|んですけど|んだけど|したいんですが|したいんだけど|どうなって|困って|じゃん|って言って|かよ|てめ|わけ\?|ふざけ|なんで)/gu;
const EN_STAFF =
  /\b(?:thank you for (?:calling|waiting|your patience)|how (?:can|may) i help|my name is|this is \w+(?: speaking)?|i apologi[sz]e|i understand|let me (?:check|see|pull|look)|i'?m (?:so )?sorry (?:for|about|to hear)|sir|ma'?am|our policy|i can (?:offer|help|set|see|arrange)|we (?:can'?t|cannot|are unable|aren'?t able)|is there anything else|have a (?:good|nice|great) (?:day|evening|night)|please hold|next,? please|i'?ll (?:transfer|connect|note)|i'?m (?:not able|unable)|as i mentioned)\b/gu;
const EN_CUSTOMER =
  /\b(?:i want|i need|i'?m calling (?:about|because)|my (?:bill|account|order|son|daughter|mother|husband|wife|card|appointment|package)|you guys|your company|i (?:called|bought|paid|ordered|booked)|what the hell|are you kidding|this is ridiculous|unbelievable|i demand)\b/gu;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  return (text.match(re) ?? []).length;
}

/** Positive when an utterance sounds like staff, negative when like a customer. */
export function staffLeaning(norm: string, lang: Language): number {
  return lang === 'ja'
    ? count(JA_STAFF, norm) - count(JA_CUSTOMER, norm)
    : count(EN_STAFF, norm) - count(EN_CUSTOMER, norm);
}

function labelRole(label: string): SpeakerRole {
  if (STAFF_LABEL.test(label)) return 'staff';
  if (CUSTOMER_LABEL.test(label)) return 'customer';
  return 'unknown';
}

/** Role per speaker label; `roleOf` also answers for unlabelled utterances (by index). */
export interface RoleAssignment {
  bySpeaker: Map<string, SpeakerRole>;
  byUtterance: SpeakerRole[];
}

/**
 * `monologue`: the utterances are the sentences of one speakerless paragraph (monologue.ts), so turns
 * do not alternate: a sentence is staff only when it clearly sounds like staff, and otherwise the
 * unknown party, whose words are judged.
 */
export function assignRoles(items: RoleInput[], lang: Language, forcedStaff: string[] = [], monologue = false): RoleAssignment {
  const leaning = items.map((u) => staffLeaning(u.norm, lang));
  const labelled = items.some((u) => u.speaker !== null);
  const bySpeaker = new Map<string, SpeakerRole>();
  if (monologue && !labelled) return { bySpeaker, byUtterance: leaning.map((l) => (l > 0 ? 'staff' : 'unknown')) };

  if (!labelled) {
    const byUtterance = viterbiRoles(leaning);
    return { bySpeaker, byUtterance };
  }

  const forced = new Set(forcedStaff.map((s) => s.trim()));
  const stats = new Map<string, { sum: number; n: number; first: number }>();
  items.forEach((u, i) => {
    if (u.speaker === null) return;
    const s = stats.get(u.speaker) ?? { sum: 0, n: 0, first: i };
    s.sum += leaning[i]!;
    s.n++;
    stats.set(u.speaker, s);
  });

  if (forced.size > 0) {
    for (const label of stats.keys()) bySpeaker.set(label, forced.has(label) ? 'staff' : 'customer');
  } else {
    const fromLabels = [...stats.keys()].map((l) => [l, labelRole(l)] as const);
    const decided = fromLabels.filter(([, r]) => r !== 'unknown');
    if (decided.length === stats.size || (decided.some(([, r]) => r === 'staff') && decided.some(([, r]) => r === 'customer'))) {
      for (const [label, role] of fromLabels) bySpeaker.set(label, role === 'unknown' ? byContent(stats.get(label)!) : role);
    } else {
      assignByContent(stats, bySpeaker);
    }
  }
  const byUtterance = items.map((u, i) => (u.speaker === null ? (leaning[i]! > 0 ? 'staff' : 'customer') : bySpeaker.get(u.speaker)!));
  return { bySpeaker, byUtterance };
}

function density(s: { sum: number; n: number; first: number }): number {
  // The speaker who opens a call is usually the one answering it.
  return (s.sum + (s.first === 0 ? 1 : 0)) / Math.max(1, s.n);
}

function byContent(s: { sum: number; n: number; first: number }): SpeakerRole {
  return density(s) > 0.15 ? 'staff' : 'customer';
}

function assignByContent(stats: Map<string, { sum: number; n: number; first: number }>, out: Map<string, SpeakerRole>): void {
  const ranked = [...stats.entries()].sort((a, b) => density(b[1]) - density(a[1]));
  if (ranked.length === 1) {
    out.set(ranked[0]![0], 'unknown');
    return;
  }
  // Two speakers: the more staff-like one answers the call. More (a school meeting, a manager joining):
  // each speaker on their own evidence, keeping at least one on each side.
  ranked.forEach(([label, s], i) => {
    const role = ranked.length === 2 ? (i === 0 ? 'staff' : 'customer') : density(s) >= 0.1 ? 'staff' : 'customer';
    out.set(label, role);
  });
  out.set(ranked[0]![0], 'staff');
  out.set(ranked[ranked.length - 1]![0], 'customer');
}

/** Two states, staff and customer; turns usually alternate, and the evidence of each line's wording. */
function viterbiRoles(leaning: number[]): SpeakerRole[] {
  if (leaning.length === 0) return [];
  const SWITCH = Math.log(0.7);
  const STAY = Math.log(0.3);
  const emit = (l: number, staff: boolean): number => (staff ? 0.9 : -0.9) * Math.max(-3, Math.min(3, l));
  let score: [number, number] = [emit(leaning[0]!, true) + 0.5, emit(leaning[0]!, false)];
  const back: Array<[number, number]> = [];
  for (let i = 1; i < leaning.length; i++) {
    const l = leaning[i]!;
    const fromStaff: [number, number] = [score[0] + STAY, score[0] + SWITCH];
    const fromCust: [number, number] = [score[1] + SWITCH, score[1] + STAY];
    const prevForStaff = fromStaff[0] >= fromCust[0] ? 0 : 1;
    const prevForCust = fromStaff[1] >= fromCust[1] ? 0 : 1;
    back.push([prevForStaff, prevForCust]);
    score = [Math.max(fromStaff[0], fromCust[0]) + emit(l, true), Math.max(fromStaff[1], fromCust[1]) + emit(l, false)];
  }
  let state = score[0] >= score[1] ? 0 : 1;
  const out: SpeakerRole[] = new Array(leaning.length);
  for (let i = leaning.length - 1; i >= 0; i--) {
    out[i] = state === 0 ? 'staff' : 'customer';
    if (i > 0) state = back[i - 1]![state]!;
  }
  return out;
}
