/**
 * Everyday sentences that share words with harassment stems: a car that won't move (動かない), a
 * request to explain until the customer understands (納得できるまで), someone's own body in a shop,
 * dementia (ぼけ), a trash can (ごみ箱). None of them is an offence; each sits in an ordinary polite call.
 */
import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../helpers/conversation.js';
import { KNOWN_FALSE_ALARMS } from './known-gaps.js';

const JA = [
  '車が動かないから、すぐ来てもらえますか。',
  '納得できるまで説明してください。',
  'ずっと待ってるんですけど、まだですか。',
  'ポイントを使いきったら、どうなりますか。',
  'すみません、担当の方を変えてもらえますか。',
  '住所はどこに送ればいいですか。',
  '契約をやめさせてください。',
  '駅のところすぐ近くに住んでいます。',
  '入院中の母の食事どうなってるのか知りたいです。',
  'スタイルがいい服ってありますか。',
  '荷物が出てくるまで待ちます。',
  '事故のあと、家族は無事でした。',
  '前に別の店で痛い目にあったので心配なんです。',
  'このごみ箱はどこに置けばいいですか。',
  '母にぼけが始まってしまって、相談したいんです。',
  'この地域は日本人の方が多いですね。',
  '男性の担当者に代わってもらえますか。',
  'LINEで問い合わせはできますか。',
  '私、頭が悪いのでよく分からなくて。',
  '話はまだ終わってないです、もう少し聞いてください。',
  'さっきの件、どうなりましたか。折り返しをお待ちしていたんですが。',
  // A demand named only to say it is not being made.
  '担当を替えろとかじゃないんです。ただ一言伝えてほしいだけで。',
  '店員さんを辞めさせろとか、そういうことを言いたいわけじゃないんです。',
  // とっ in ordinary verbs (やっとった, 取っとく) is not 撮っ (filming).
  '昔タクシーの運転手やっとったから、道は詳しいよ。',
  // Age spoken of oneself.
  '年寄りは朝が早いからね、開店前から並んじゃって。',
];
const EN = [
  'Please don\'t hang up, I have been on hold for an hour.',
  'Here\'s your pen back, thanks.',
  'I felt like an idiot standing at the register.',
  'Do you speak English? My Japanese is not good.',
  'Where are you from? Your shop is lovely.',
  'Thank you for your kind help.',
  'Should I wait outside for the taxi?',
  'Which store do you recommend for repairs?',
  'Can I pay with a gift card?',
  'A girl with a red jacket took my umbrella by mistake.',
  'I had to go back to your store twice.',
  'Do I have to beg for a refund? It is broken.',
  'Can you wipe the late fee? The bill was wrong because of your error.',
];

function ordinary(opening: string, say: string, answer: string): void {
  const r = analyzeConversation([
    ['staff', opening],
    ['customer', say],
    ['staff', answer],
  ]);
  expect(r.verdict).not.toBe('kasuhara');
  expect(r.excerpts).toEqual([]);
}

/** A known false alarm is expected to fail (known-gaps.ts); when one passes, it leaves the list. */
function each(sentences: readonly string[], check: (say: string) => void): void {
  for (const say of sentences) {
    if (KNOWN_FALSE_ALARMS.has(say)) it.fails(`(known false alarm) ${say}`, () => check(say));
    else it(say, () => check(say));
  }
}

describe('everyday words are not harassment', () => {
  each(JA, (say) => ordinary('お電話ありがとうございます。さくらサービスの田中でございます。', say, 'かしこまりました。確認いたします。'));
  each(EN, (say) => ordinary('Thank you for calling Sunrise Services, this is Ana. How can I help?', say, 'Of course, let me check that for you.'));
});
