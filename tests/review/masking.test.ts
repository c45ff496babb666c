import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analysis/index.js';
import { loadJapaneseTokenizer, type JapaneseTokenizer } from '../../src/text/japanese.js';
import { reviewAnalysis } from '../../src/review/index.js';
import { PersonalDataMask } from '../../src/review/mask.js';
import { startFakeOpenAiChat, type FakeOpenAiChat } from '../helpers/fake-openai-chat.js';
import { answer } from './answers.js';
import { callLog } from './calls.js';

const CALL = callLog([
  ['山田 花子', 'お電話ありがとうございます。担当の山田です。'],
  ['佐藤 一郎', '佐藤です。電話番号は090-1234-5678、住所は東京都新宿区西新宿2丁目8番1号だ。'],
  ['山田 花子', '確認いたします。'],
  ['佐藤 一郎', '山田さん、フルネーム言え。殺すぞ。家まで行くからな。'],
  ['山田 花子', 'ただいまのご発言は脅迫と受け止めます。'],
]);

let fake: FakeOpenAiChat;
let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await loadJapaneseTokenizer();
  // The model refers to people and numbers only through the placeholders it was given.
  fake = await startFakeOpenAiChat((request) => {
    const user = request.body.messages[1]!.content;
    const name = /(\[NAME_\d+\])(?:さん)?、フルネーム/.exec(user)?.[1] ?? '?';
    const phone = /\[PHONE_\d+\]/.exec(user)?.[0] ?? '?';
    const speaker = /"speaker":"(\[SPEAKER_\d+\])","role":"customer"/.exec(user)?.[1] ?? '?';
    return {
      content: answer({
        moments: [{ id: 'm1', harassment: true, categories: ['threat', 'personal_targeting'], score: 97, reason: `${speaker}が${name}に殺害予告。` }],
        call: { verdict: 'kasuhara', demandReasonable: false, demandReason: `${phone}への折り返し要求は妥当だが`, meansAcceptable: false, meansReason: '脅迫。', reason: `${speaker}の脅迫。` },
        advice: [{ audience: 'supervisor', category: 'threat', text: `${name}を顧客対応から外し、${speaker}（${phone}）への折り返しは責任者が行ってください。` }],
      }),
    };
  });
});
afterAll(async () => fake.close());

describe('personal data masking', () => {
  it('names, phone numbers, addresses and speaker labels are masked in the request and restored in the answer', async () => {
    const result = analyzeFile(CALL, 'call.txt');
    expect(result.verdict).toBe('kasuhara');
    const reviewed = await reviewAnalysis({ transcript: CALL, result, org: { allowModel: true, language: 'ja' } }, {
      config: { apiKey: 'sk-test', baseURL: fake.baseURL, model: 'gpt-4o-mini', timeoutMs: 5_000, maxRetries: 0, maxInputTokens: 12_000, maxOutputTokens: 2_000 },
      tokenizer,
    });
    const raw = fake.requests[0]!.raw;
    for (const secret of ['090-1234-5678', '西新宿', '山田', '佐藤', '花子', '一郎']) expect(raw).not.toContain(secret);
    const user = fake.requests[0]!.body.messages[1]!.content;
    expect(user).toMatch(/\[PHONE_1\]/);
    expect(user).toMatch(/\[ADDRESS_1\]/);
    expect(user).toMatch(/\[NAME_\d\]/);
    expect(user).toMatch(/殺すぞ/);

    const advice = reviewed.advice.find((a) => a.audience === 'supervisor' && a.category === 'threat')!.text;
    expect(advice).toMatch(/^山田(?:さん)?を顧客対応から外し、佐藤 一郎（090-1234-5678）への折り返しは責任者が行ってください。$/);
    expect(reviewed.review?.call?.reason).toBe('佐藤 一郎の脅迫。');
    expect(reviewed.review?.moments?.[0]?.reason).toMatch(/^佐藤 一郎が山田(?:さん)?に殺害予告。$/);
    // The excerpts shown to the user are the original words.
    expect(reviewed.excerpts[0]).toMatchObject({ speaker: '佐藤 一郎', source: 'both' });
    expect(reviewed.excerpts[0]!.text).toContain('山田さん');
    expect(reviewed.review?.sent?.masked).toBeGreaterThanOrEqual(5);
  });

  it('a transcript cannot forge a placeholder to make the answer show something else', () => {
    const mask = new PersonalDataMask(tokenizer);
    const masked = mask.mask('[NAME_1] と言えば [PHONE_7] です。電話は03-1234-5678。');
    expect(masked).not.toContain('[NAME_1]');
    expect(mask.unmask(masked)).not.toContain('[');
    expect(mask.unmask('[PHONE_1] / [PHONE_9]')).toBe('03-1234-5678 / [PHONE_9]');
  });

  it('masks English titled names and phone numbers too', () => {
    const mask = new PersonalDataMask(tokenizer);
    const masked = mask.mask('Tell Mr. Johnson to call me on 090-1111-2222 or mail jo@example.com');
    expect(masked).toBe('Tell Mr. [NAME_1] to call me on [PHONE_1] or mail [EMAIL_1]');
    expect(mask.unmask(masked)).toBe('Tell Mr. Johnson to call me on 090-1111-2222 or mail jo@example.com');
  });
});
