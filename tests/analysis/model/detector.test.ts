/**
 * The trained model inside the engine (src/analysis/model): it finds what the hand-written rules miss,
 * says why in words, names itself in the result, and stays out when asked for the rules alone. The
 * sentences here were written for this test, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyzeConversation, type Turn } from '../helpers/conversation.js';

const repeatedRefund: Turn[] = [
  ['staff', 'お電話ありがとうございます。みどり通販でございます。'],
  ['customer', '先週買った加湿器、やっぱりいらないから返金して。'],
  ['staff', '恐れ入りますが、開封後の返品はお受けしておりません。'],
  ['customer', 'だから返金してって言ってるの。何回同じこと言わせるの。'],
  ['staff', '申し訳ございませんが、規約で決まっておりまして。'],
  ['customer', '規約とか知らない。返金するまで毎日かけるからね、覚えといて。'],
];

describe('the trained model in the engine', () => {
  it('names the model and the corpus it learned from in the result', () => {
    const r = analyzeConversation(repeatedRefund);
    expect(r.engine?.model).toMatch(/^lr-/);
    expect(r.engine?.corpus).toMatch(/^[0-9a-f]{12}$/);
  });

  it('gives each excerpt its evidence in words', () => {
    const r = analyzeConversation(repeatedRefund);
    expect(r.verdict).toBe('kasuhara');
    expect(r.excerpts.length).toBeGreaterThan(0);
    for (const e of r.excerpts) expect(e.evidence?.length).toBeGreaterThan(0);
  });

  it('stays out with model: null (the hand-written rules alone)', () => {
    const r = analyzeConversation(repeatedRefund, { model: null });
    expect(r.engine).toBeUndefined();
    // The rules alone do not call this refused, repeated refund demand harassment; the model does.
    expect(r.verdict).not.toBe('kasuhara');
    expect(r.excerpts).toEqual([]);
  });
});

describe('hard negatives: harsh words that are not harassment of the staff member', () => {
  const calls: Array<[string, Turn[]]> = [
    ['a customer quoting a threat someone else sent them', [
      ['staff', 'はい、さくら市消費生活センターです。'],
      ['customer', '業者から「払わないなら家まで行くぞ」ってメールが来たんです。怖くて、どうしたらいいですか。'],
      ['staff', 'それは怖かったですね。まずそのメールは消さずに保存しておいてください。'],
      ['customer', 'はい、わかりました。ありがとうございます。'],
    ]],
    ['an honest bad review, said calmly', [
      ['staff', 'Thank you for calling Harbor Hotel, this is Mia.'],
      ['customer', 'I stayed last weekend. The room was dirty and the shower was cold, and I plan to write that in my review.'],
      ['staff', "I'm very sorry about that. May I offer a partial refund for the night?"],
      ['customer', "That's fair, thank you. I'll mention that you fixed it."],
    ]],
    ['a training role-play the staff announce as such', [
      ['staff', 'では研修のロールプレイを始めます。田中さんはお客様役でお願いします。'],
      ['customer', 'はい。えー、商品が届いてないんですけど、どうなってますか。'],
      ['staff', '大変申し訳ございません。お調べいたします。'],
      ['customer', 'お願いします。…はい、ここまでで一回止めましょうか。'],
    ]],
  ];
  it.each(calls)('%s', (_name, turns) => {
    const r = analyzeConversation(turns);
    expect(r.verdict).not.toBe('kasuhara');
  });
});

describe('a transcript with no speakers and no turns', () => {
  it('is split into sentences and judged, not silenced as staff speech', async () => {
    const { analyzeFile } = await import('../../../src/analysis/index.js');
    const paragraph = JSON.stringify({
      text: 'お電話ありがとうございます。みどり通販でございます。先週届いた椅子、脚が折れてたんだけど。大変申し訳ございません。すぐに交換品をお送りいたします。交換とかいいから、今から店に行ってお前を殴ってやるからな。',
    });
    const r = analyzeFile(new TextEncoder().encode(paragraph), 'whisper.json');
    expect(r.verdict).toBe('kasuhara');
    expect(r.excerpts.map((e) => e.text).join(' ')).toContain('殴ってやる');
    expect(r.excerpts.map((e) => e.text).join(' ')).not.toContain('ございます');
    expect(r.warnings.join(' ')).toMatch(/split into sentences/);
  });
});
