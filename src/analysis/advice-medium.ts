/**
 * Where the contact happened, so the advice fits it: on the phone you hang up, at a counter you ask
 * the customer to leave, in an online meeting you end the meeting. Told from the transcript, in order:
 *
 * 1. Words: the utterances that say it (お電話・もしもし / いらっしゃいませ・来店・レジ / 会議・画面共有, and
 *    the English equivalents). The greeting names the medium best, so the first three utterances count
 *    three times. The medium with the most wins; a tie is no answer. 窓口 is not a word for a counter:
 *    「窓口は代表番号です」 is said on the phone as often.
 * 2. Speaker labels: オペレーター・Agent・Caller mean a phone line; 店員・Clerk・Cashier a counter.
 * 3. Format: a timestamped call-centre log (`[00:01:02] 客: …`) is a phone call.
 *
 * Otherwise 'unknown', and the advice fits any medium. A Teams transcript alone is not a meeting: call
 * recordings are transcribed to the same WebVTT, so the format says nothing there.
 */
import type { Transcript } from './transcript.js';

export type Medium = 'phone' | 'counter' | 'meeting' | 'unknown';

const WORDS: Record<Exclude<Medium, 'unknown'>, RegExp> = {
  phone: /お電話|もしもし|(?:カスタマー|コール|サポート)センター|通話|電話口|折り返し(?:の)?(?:お)?電話|電話を切|受話器|\bon the phone\b|\bphone call\b|\bthis call\b|\bthanks for calling\b|\bthank you for calling\b|\bhang up\b|\bhold the line\b|\bcall(?:ing)? back\b/i,
  counter: /いらっしゃいませ|ご来店|来店|店頭|カウンター|レジ|店内|お引き取り|\bcounter\b|\bin the store\b|\bin the shop\b|\bcheckout\b|\bthe till\b|\bleave the (?:store|shop|premises)\b|\bcame in\b|\bwalk(?:ed)? in\b/i,
  meeting: /会議|ミーティング|画面共有|ミュート|カメラをオン|\bmeeting\b|\bshare (?:my|your) screen\b|\bon mute\b|\bunmute\b|\bturn on (?:my|your) camera\b/i,
};

const LABELS: Array<[Exclude<Medium, 'unknown'>, RegExp]> = [
  ['phone', /オペレーター|オペレータ|コールセンター|発信者|着信|\b(?:agent|caller|operator)\b/i],
  ['counter', /店員|店長|レジ係|来店客|\b(?:clerk|cashier|shop ?assistant)\b/i],
];

/** How many opening utterances count as the greeting. */
const GREETING = 3;

export function inferMedium(t: Transcript): Medium {
  const count = { phone: 0, counter: 0, meeting: 0 };
  t.utterances.forEach((u, i) => {
    for (const m of Object.keys(WORDS) as Array<keyof typeof WORDS>) if (WORDS[m].test(u.text)) count[m] += i < GREETING ? 3 : 1;
  });
  const ranked = (Object.entries(count) as Array<[keyof typeof count, number]>).sort((a, b) => b[1] - a[1]);
  if (ranked[0]![1] > 0 && ranked[0]![1] > ranked[1]![1]) return ranked[0]![0];
  if (ranked[0]![1] > 0) return 'unknown';
  const speakers = new Set(t.utterances.map((u) => u.speaker).filter((s): s is string => s !== null));
  for (const [m, re] of LABELS) if ([...speakers].some((s) => re.test(s))) return m;
  if (t.format === 'call-log') return 'phone';
  return 'unknown';
}
