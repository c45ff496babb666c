/**
 * The rule veto (src/analysis/model/apply.ts scoreAndVeto): a rule's hit on a turn the model finds ordinary
 * in context is set aside; a plain threat is not; anger set aside still makes the call a complaint. And
 * its call-level sibling, the floor under the rules' verdict (modelSaysKasuhara, `call.ruleFloor`).
 */
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../src/analysis/index.js';
import { defaultModel } from '../../../src/analysis/model/default-model.js';
import { callLog, type Turn } from '../helpers/conversation.js';

const model = defaultModel()!;
const analyse = (turns: readonly Turn[], ruleVeto: number | undefined, ruleFloor = model.call.ruleFloor) =>
  analyzeFile(new TextEncoder().encode(callLog(turns)), 'call.txt', { model: { ...model, ruleVeto, call: { ...model.call, ruleFloor } } });

const parcel: Turn[] = [
  ['staff', 'お電話ありがとうございます。さくら運輸の田中でございます。'],
  ['customer', '届いた箱、二十キロ近いんですよ。玄関まで運ぶの大変で、殺す気かって思いましたよ、ははは。'],
  ['staff', '大変失礼いたしました。次回から分けてお送りできるか確認いたします。'],
  ['customer', 'ぜひお願いします。助かります。'],
];

describe('the rule veto', () => {
  it('is fitted and stored with the committed model', () => {
    expect(model.ruleVeto).toBeGreaterThan(0);
    expect(model.ruleVeto).toBeLessThanOrEqual(0.3);
  });

  it('sets aside a word list hit the model finds ordinary in context; without the veto the rule flags it', () => {
    expect(analyse(parcel, undefined, 0).verdict).toBe('kasuhara');
    const vetoed = analyse(parcel, model.ruleVeto, 0);
    expect(vetoed.verdict).not.toBe('kasuhara');
    expect(vetoed.excerpts).toEqual([]);
  });

  it('never sets aside a plain threat', () => {
    const r = analyse([
      ['staff', 'お電話ありがとうございます。さくら運輸の田中でございます。'],
      ['customer', '荷物まだ来ねえぞ。お前ぶっ殺すぞ。'],
      ['staff', '申し訳ございません。お調べいたします。'],
    ], model.ruleVeto);
    expect(r.verdict).toBe('kasuhara');
    expect(r.categories).toContain('threat');
  });
});

const rehearsal: Turn[] = [
  ['staff', 'では研修を始めます。私が客役をやりますので、佐藤さんは窓口の担当として対応してください。'],
  ['customer', 'おい、いつまで待たせるんだ。ふざけんなよ、土下座しろ。'],
  ['staff', 'お待たせして申し訳ございません。ご用件を伺います。'],
  ['customer', 'だから土下座しろって言ってんだよ。'],
  ['staff', 'そのようなご要望にはお応えできません。'],
  ['customer', 'はい、いったん止めます。今の断り方、とても良かったですよ。'],
];

describe('the floor under the rules\' verdict', () => {
  it('is fitted with the committed model, below the call threshold', () => {
    expect(model.call.ruleFloor).toBeGreaterThan(0);
    expect(model.call.ruleFloor).toBeLessThanOrEqual(model.call.threshold);
  });

  it('a call the model overrules loses every hit; the anger in it still makes it a complaint', () => {
    expect(analyse(rehearsal, 0, 0).verdict).toBe('kasuhara');
    const overruled = analyse(rehearsal, 0, 1);
    expect(overruled.verdict).toBe('complaint');
    expect(overruled.excerpts).toEqual([]);
  });

  it('never overrules a threat the rules and the model both find, whatever the floor, even after calm turns', () => {
    const r = analyse([
      ['staff', 'お電話ありがとうございます。さくら運輸の田中でございます。'],
      ['customer', '先週頼んだ荷物の件なんですけど。'],
      ['staff', 'はい、お調べいたします。'],
      ['customer', '届いたら箱が潰れてたんですよ。'],
      ['staff', '大変申し訳ございません。'],
      ['customer', '次またやったら、お前ぶっ殺すぞ。'],
      ['staff', 'ただいまのご発言は脅迫と受け止めます。'],
    ], model.ruleVeto, 1);
    expect(r.verdict).toBe('kasuhara');
    expect(r.categories).toContain('threat');
  });

  it('never overrules a one-line call, whatever the floor: there is no context to overrule it on', () => {
    const r = analyse([
      ['staff', 'いらっしゃいませ。'],
      ['customer', 'てめえ、明日また来るからな。覚悟しとけよ、刺してやる。'],
      ['staff', '店長を呼びます。'],
    ], model.ruleVeto, 1);
    expect(r.verdict).toBe('kasuhara');
    expect(r.categories).toContain('threat');
  });
});
