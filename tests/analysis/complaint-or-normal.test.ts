/**
 * Complaint or ordinary call (src/analysis/signals.ts complaintStrength, verdict.ts): a customer who is
 * unhappy with the service is a complaint even when calm and polite; a question about a bill, a strange
 * noise or "why" alone is an ordinary inquiry. Calls written for this test, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyzeConversation, type Turn } from './helpers/conversation.js';

const COMPLAINTS: Array<[string, Turn[]]> = [
  ['a parcel that never came, asked calmly', [
    ['staff', 'お電話ありがとうございます。みなと運輸でございます。'],
    ['customer', 'すみません、先週頼んだ荷物がまだ届いてないんですけど。'],
    ['staff', '大変申し訳ございません。お問い合わせ番号を伺えますか。'],
    ['customer', '番号は1234です。配達予定日は三日前だったんですよ。'],
    ['staff', '確認いたします。配送センターで止まっているようです。'],
    ['customer', '正直困ります。どうしてこうなったのか説明してもらえますか。'],
  ]],
  ['an overcharge on a water bill, polite throughout', [
    ['staff', '水道局お客様センターの佐藤でございます。'],
    ['customer', 'あの、今月の請求額がいつもの倍くらいになってて、おかしいと思うんです。'],
    ['staff', 'ご迷惑をおかけしております。検針の記録をお調べします。'],
    ['customer', '漏れてるところもないですし、納得いかないので調べてほしいです。'],
  ]],
  ['a carer who did not come, with a request for a written account', [
    ['staff', 'はい、ひまわり介護ステーションです。'],
    ['customer', '父のところに昨日ヘルパーさんが来なかったんですけど。'],
    ['staff', '申し訳ございません。すぐに確認いたします。'],
    ['customer', '経緯と再発防止のことを書面でいただけますか。'],
  ]],
  ['a hotel guest kept awake, asking for something in return', [
    ['staff', 'フロントでございます。'],
    ['customer', '隣の部屋がうるさくて、昨夜はほとんど寝られなかったんです。'],
    ['staff', '大変失礼いたしました。'],
    ['customer', '苦情を言いたいわけじゃないんですけど、部屋を変えてもらえますか。'],
  ]],
  ['an English caller whose repair never showed up', [
    ['staff', 'Thanks for calling Harbor Internet, this is Priya.'],
    ['customer', 'Hi, the technician never showed up yesterday. I took the day off for this.'],
    ['staff', 'I am so sorry about that. Let me look into it.'],
    ['customer', "That's really not okay. I'd like you to make this right."],
  ]],
  ['an English caller double charged, calm', [
    ['staff', 'Good morning, Cedar Bank, this is Tom speaking.'],
    ['customer', 'I was charged twice for the same purchase and I have been waiting a week for it to go back.'],
    ['staff', 'I apologise for that. I can see both charges.'],
    ['customer', 'Why was it not fixed when I called last time? This is frustrating.'],
  ]],
  ['damages claimed through a lawyer, twice (a right, not an unfounded demand)', [
    ['staff', 'お電話ありがとうございます。さくら歯科でございます。'],
    ['customer', '先週の治療のあと、歯が割れてしまったんです。'],
    ['staff', '大変申し訳ございません。院長に確認いたします。'],
    ['customer', 'こちらとしては、弁護士に相談して慰謝料を請求することも考えています。'],
    ['staff', '承知いたしました。担当の者から改めてご連絡いたします。'],
    ['customer', '慰謝料の件も含めて、きちんと書面でお返事ください。'],
  ]],
  ['an English claim for compensation through a lawyer, twice', [
    ['staff', 'Thank you for calling Oak Dental, this is Mia.'],
    ['customer', 'My crown cracked two days after the work.'],
    ['staff', 'I am very sorry. I will ask the dentist.'],
    ['customer', 'My lawyer says I can claim compensation for the pain and suffering.'],
    ['staff', 'I understand. Our office manager will call you.'],
    ['customer', 'Please tell her the compensation claim is serious, I will go to court if needed.'],
  ]],
];

const ORDINARY: Array<[string, Turn[]]> = [
  ['a question about a bill', [
    ['staff', 'お電話ありがとうございます。さくら電力の山田です。'],
    ['customer', '請求書の見方を教えてほしいんですけど、この基本料金って何ですか。'],
    ['staff', '契約容量に応じた料金でございます。'],
    ['customer', 'なるほど、わかりました。ありがとうございます。'],
  ]],
  ['a repair request for a strange noise', [
    ['staff', 'はい、こもれびハウジングです。'],
    ['customer', 'エアコンから変な音がするので、点検をお願いしたいんです。'],
    ['staff', '承知しました。ご都合のよい日はございますか。'],
    ['customer', '土曜日の午前中なんですけど、空いてますか。'],
    ['staff', '空いております。10時に伺います。'],
    ['customer', 'よかった。お願いします。'],
  ]],
  ['a booking with small talk', [
    ['staff', 'お電話ありがとうございます。料理処みやびでございます。'],
    ['customer', '来週の土曜日に4人で予約したいんですけど。子どもが一人いるんですけど大丈夫ですか。'],
    ['staff', 'もちろんでございます。お子様用の椅子もご用意できます。'],
    ['customer', 'じゃあお願いします。'],
  ]],
  ['an English fee question', [
    ['staff', 'Thanks for calling Skyline Air, this is Ana.'],
    ['customer', 'Hi, is there a fee to change my flight to the next day?'],
    ['staff', 'On your fare the change is free.'],
    ['customer', 'Great, thanks. Can you change it then?'],
  ]],
];

describe('complaint or ordinary call', () => {
  for (const [name, turns] of COMPLAINTS) {
    it(`complaint: ${name}`, () => {
      const r = analyzeConversation(turns);
      expect(r.verdict).toBe('complaint');
      expect(r.excerpts).toEqual([]);
    });
  }
  for (const [name, turns] of ORDINARY) {
    it(`normal: ${name}`, () => expect(analyzeConversation(turns).verdict).toBe('normal'));
  }
});

describe('an unfounded demand pressed in two turns', () => {
  it('is harassment even before staff refuse it (both axes: the demand and the pressing)', () => {
    const r = analyzeConversation([
      ['staff', 'お電話ありがとうございます。あおば家電でございます。'],
      ['customer', '届いた掃除機、スイッチが入らないんだけど。'],
      ['staff', '申し訳ございません。すぐに新品と交換いたします。'],
      ['customer', '交換は当然として、迷惑料も出してもらわないとね。'],
      ['staff', '迷惑料というのは、どのようなことでしょうか。'],
      ['customer', 'わざわざ電話させられてるんだから、商品券くらい用意しなよ。'],
    ]);
    expect(r.verdict).toBe('kasuhara');
    expect(r.categories).toContain('unreasonable_demand');
    expect(r.excerpts).toHaveLength(2);
  });
});
