/**
 * How the verdict weighs a whole call (src/analysis/verdict.ts), on calls written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeConversation } from './helpers/conversation.js';

describe('the verdict', () => {
  it('keeps one outburst that the customer takes back a complaint', () => {
    const r = analyzeConversation([
      ['staff', 'いらっしゃいませ。ご注文はお決まりでしょうか。'],
      ['customer', 'さっき頼んだパスタ、髪の毛入ってたんだけど。どうなってんの、この店。'],
      ['staff', '大変申し訳ございません。すぐにお作り直しいたします。'],
      ['customer', '作り直しとかいいよ、もう食べる気しないし。ふざけんなよほんと！'],
      ['staff', '誠に申し訳ございません。お代は頂戴いたしませんので。'],
      ['customer', 'まあ、そうしてくれるならいいけど。大きい声出してごめんね。'],
    ]);
    expect(r.verdict).toBe('complaint');
    expect(r.excerpts).toEqual([]);
  });

  it('rates any threat of harm high, even in a short call', () => {
    const r = analyzeConversation([
      ['staff', 'Thanks for calling Metro Water, this is Luis.'],
      ['customer', "You shut off my water. Turn it back on now or I swear I'll burn your office down."],
      ['staff', "I take that as a threat. I can't continue this call."],
    ]);
    expect(r.verdict).toBe('kasuhara');
    expect(r.categories).toContain('threat');
    expect(r.level).toBe('high');
  });

  it('treats waiting for a staff member outside as going after them personally', () => {
    const r = analyzeConversation([
      ['staff', 'はい、あさひ病院受付です。'],
      ['customer', 'あの看護師の名前を教えろって言ってんの。'],
      ['staff', '職員の個人情報はお伝えできかねます。'],
      ['customer', 'じゃあ病院の前で待ってるからな。顔はわかってるんだから。'],
    ]);
    expect(r.verdict).toBe('kasuhara');
    expect(r.categories).toContain('personal_targeting');
    expect(r.excerpts.at(-1)?.text).toContain('病院の前で待ってる');
  });

  it('calls an angry but civil billing dispute a complaint, not ordinary', () => {
    const r = analyzeConversation([
      ['staff', 'Thank you for calling Bright Mobile, this is Sam. How can I help?'],
      ['customer', 'My bill says I owe two hundred dollars in roaming. I never left the state!'],
      ['staff', 'I am sorry about that. They look like a system error. I can remove them.'],
      ['customer', 'Damn right you can. This is ridiculous.'],
      ['customer', 'And I want to talk to a supervisor about this, it should not happen.'],
    ]);
    expect(r.verdict).toBe('complaint');
    expect(r.risk).toBeLessThan(30);
  });

  it('finds demands and exposure in recogniser-style hiragana without punctuation', () => {
    const r = analyzeConversation([
      ['staff', 'はい はやぶさ急便 お客様センターでございます'],
      ['customer', 'あのさ 荷物 時間指定したのに こなかったんだけど'],
      ['staff', '大変申し訳ございません 配達状況を お調べいたします'],
      ['customer', '調べるとかいいから 今すぐ もってこいよ おまえが もってこい'],
      ['staff', '申し訳ございません 本日の 再配達は 夜の便となります'],
      ['customer', 'じゃあ ドライバーの 名前 おしえろ ネットに さらして やるから'],
    ]);
    expect(r.verdict).toBe('kasuhara');
    expect(r.categories).toEqual(expect.arrayContaining(['unreasonable_demand', 'personal_targeting', 'sns_exposure']));
  });

  it('reads a later plain phrase even when an earlier match in the same turn is negated', () => {
    const r = analyzeConversation([
      ['staff', 'はい、配車センターでございます。'],
      ['customer', 'さっきの運転手の名前を教えて。'],
      ['staff', '乗務員の氏名はお伝えしておりません。'],
      ['customer', 'なんでだよ 客に名前言えねえのかよ あいつの家どこだよ'],
    ]);
    expect(r.excerpts.at(-1)?.categories).toContain('personal_targeting');
  });

  it('hears contempt for age and remarks on looks in a care request', () => {
    const r = analyzeConversation([
      ['staff', 'はい、ひだまり介護サービスの中村でございます。'],
      ['customer', '母のところに来てるヘルパーさん、若い子に変えてよ。今の人、おばさんでさ、見てて気分悪いんだよね。'],
      ['staff', '担当の変更については、ご事情を伺ったうえで検討いたします。'],
      ['customer', 'それとさ、ついでに俺の部屋の掃除もしてもらえるでしょ。可愛い子がいいな。'],
    ]);
    expect(r.verdict).toBe('kasuhara');
    expect(r.categories).toEqual(expect.arrayContaining(['discrimination', 'unreasonable_demand']));
  });

  // Known gap (2026-12-08, the 46-group model): 「可愛い子がいいな」 asked of a cleaning visit is no longer read as
  // sexual; the fifth round added welcome compliments from regulars as hard negatives, the likely cause. More
  // labelled sexual remarks dressed as preference, not a rule, are the fix.
  it.fails('(known gap) hears the sexual remark in 「可愛い子がいいな」 beside the age contempt', () => {
    const r = analyzeConversation([
      ['staff', 'はい、ひだまり介護サービスの中村でございます。'],
      ['customer', '母のところに来てるヘルパーさん、若い子に変えてよ。今の人、おばさんでさ、見てて気分悪いんだよね。'],
      ['staff', '担当の変更については、ご事情を伺ったうえで検討いたします。'],
      ['customer', 'それとさ、ついでに俺の部屋の掃除もしてもらえるでしょ。可愛い子がいいな。'],
    ]);
    expect(r.categories).toContain('sexual');
  });

  it('leaves an honest review online to the customer, and flags posting the staff member', () => {
    const review = analyzeConversation([
      ['staff', 'Front desk, this is Sam.'],
      ['customer', 'The room was dirty and nobody came. I will post an honest review online about this hotel.'],
      ['staff', 'I am sorry. I will let the manager know.'],
    ]);
    expect(review.verdict).not.toBe('kasuhara');
    const ja = analyzeConversation([
      ['staff', 'お電話ありがとうございます。'],
      ['customer', '対応がひどかったので、正直な口コミをネットに書きます。'],
    ]);
    expect(ja.verdict).not.toBe('kasuhara');
    const exposure = analyzeConversation([
      ['staff', 'Front desk, this is Sam.'],
      ['customer', 'I will post a review online with your name and your photo, Sam.'],
    ]);
    expect(exposure.categories).toContain('sns_exposure');
  });

  it('does not hear a threat or restraint in a forgiving or worried caller', () => {
    const r = analyzeConversation([
      ['staff', 'Thanks for calling City Gas, this is Ana. How can I help?'],
      ['customer', 'Hi, please don\'t hang up, I was on hold for an hour. Your store is on Main Street, right?'],
      ['staff', 'Yes, it is. I am sorry about the wait.'],
      ['customer', 'Things happen, I understand. Please remember that my meter reading is wrong.'],
    ]);
    expect(r.verdict).not.toBe('kasuhara');
    expect(r.excerpts).toEqual([]);
  });
});
