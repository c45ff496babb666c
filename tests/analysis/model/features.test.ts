/**
 * What the utterance model sees of a customer turn besides its words (src/analysis/model/features.ts):
 * context that changes whose words they are — a rehearsal, a message read out, words in quotation marks.
 * The model learns each one's weight from the corpus; these tests only pin down when each is present.
 */
import { describe, expect, it } from 'vitest';
import { prepareTurns } from '../../../src/analysis/analyze.js';
import { turnFeatures } from '../../../src/analysis/model/features.js';
import { readTranscript } from '../../../src/analysis/read.js';
import { callLog, type Turn } from '../helpers/conversation.js';

function customerFeatures(turns: readonly Turn[]): string[][] {
  const transcript = readTranscript(new TextEncoder().encode(callLog(turns)), 'call.txt');
  const { turns: prepared, spoken } = prepareTurns(transcript);
  const features = turnFeatures(prepared, spoken);
  return prepared.flatMap((t, i) => (t.role === 'customer' ? [features[i]!] : []));
}

describe('context features of a customer turn', () => {
  it('marks every customer turn of a rehearsal, wherever the role-play is announced', () => {
    const f = customerFeatures([
      ['staff', 'お電話ありがとうございます。みどり通販でございます。'],
      ['customer', 'おい、返金しろって言ってんだよ。'],
      ['staff', 'はい、ここまでにしましょう。今のロールプレイ、断り方がとても良かったです。'],
      ['customer', 'ありがとうございます。次は逆の役でやってみます。'],
    ]);
    for (const turn of f) expect(turn).toContain('ctx:role-play');
  });

  it('does not mark an ordinary call, nor a trainee who is simply new', () => {
    const f = customerFeatures([
      ['staff', 'いらっしゃいませ。研修中の鈴木です。'],
      ['customer', 'このコート、もう一つ大きいサイズありますか。'],
      ['staff', '確認してまいります。'],
    ]);
    expect(f.flat()).not.toContain('ctx:role-play');
  });

  it('marks words in quotation marks and a message read out or played back', () => {
    const [quoted, played, said] = customerFeatures([
      ['staff', 'はい、警察署の生活安全課です。'],
      ['customer', '「お前の家は分かってる、覚えとけよ」'],
      ['staff', 'そのメッセージはいつ届きましたか。'],
      ['customer', 'I kept his voicemail, the message says he knows where I park.'],
      ['staff', 'Thank you, we will keep a copy.'],
      ['customer', 'お前の家は分かってるからな。'],
    ]);
    expect(quoted).toContain('ctx:in-quotes');
    expect(played).toContain('ctx:reads-out');
    expect(said).not.toContain('ctx:in-quotes');
    expect(said).not.toContain('ctx:reads-out');
  });
});
