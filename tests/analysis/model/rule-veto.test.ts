/**
 * The rule veto (src/analysis/model/apply.ts scoreAndVeto): a rule's hit on a turn the model finds ordinary
 * in context is set aside; a plain threat is not; anger set aside still makes the call a complaint.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../src/analysis/index.js';
import { defaultModel } from '../../../src/analysis/model/default-model.js';
import { callLog, type Turn } from '../helpers/conversation.js';

const model = defaultModel()!;
const analyse = (turns: readonly Turn[], ruleVeto: number | undefined) =>
  analyzeFile(new TextEncoder().encode(callLog(turns)), 'call.txt', { model: { ...model, ruleVeto } });

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
    expect(analyse(parcel, undefined).verdict).toBe('kasuhara');
    const vetoed = analyse(parcel, model.ruleVeto);
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
