import { beforeAll, describe, expect, it } from 'vitest';
import { checkConfidential, findConfidential, luhnValid, type FindingKind } from '../../src/text/guard.js';
import { loadJapaneseTokenizer, type JapaneseTokenizer } from '../../src/text/japanese.js';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await loadJapaneseTokenizer();
});

interface Case {
  text: string;
  /** Every finding expected, in order: [kind, text found]. */
  found: Array<[FindingKind, string]>;
  /** The masked text, when worth pinning down. */
  masked?: string;
}

const mustCatch: Case[] = [
  { text: '詳細は yamada.taro@example.co.jp までご連絡ください。', found: [['email', 'yamada.taro@example.co.jp']], masked: '詳細は 〔メールアドレス〕 までご連絡ください。' },
  { text: 'お客様の携帯は090-1234-5678でした。', found: [['phone', '090-1234-5678']], masked: 'お客様の携帯は〔電話番号〕でした。' },
  { text: '店舗の代表番号 03-1234-5678 に何度もかかってきます', found: [['phone', '03-1234-5678']] },
  { text: '全角でも０９０－１２３４－５６７８と書かれていました', found: [['phone', '０９０－１２３４－５６７８']] },
  { text: 'ハイフンなしの09012345678から着信', found: [['phone', '09012345678']] },
  { text: 'フリーダイヤル0120-123-456にクレーム', found: [['phone', '0120-123-456']] },
  { text: 'Call back on +81 90 1234 5678 please', found: [['phone', '+81 90 1234 5678']] },
  { text: '送り先は〒160-0023です', found: [['postal_code', '〒160-0023']], masked: '送り先は〒〇〇〇-〇〇〇〇です' },
  { text: '郵便番号 530-0001 の地域', found: [['postal_code', '530-0001']] },
  { text: '自宅は東京都新宿区西新宿2丁目8番1号だそうです', found: [['address', '東京都新宿区西新宿2丁目8番1号']], masked: '自宅は〔住所〕だそうです' },
  { text: '大阪市北区梅田1-2-3に住むお客様', found: [['address', '大阪市北区梅田1-2-3']] },
  { text: 'カード番号 4111 1111 1111 1111 を読み上げられた', found: [['card_number', '4111 1111 1111 1111']], masked: 'カード番号 〔カード番号〕 を読み上げられた' },
  { text: 'マイナンバー 1234-5678-9012 を控えてしまった', found: [['my_number', '1234-5678-9012']] },
  { text: '123456789012という番号を言われた', found: [['my_number', '123456789012']] },
  { text: '昨日、山田太郎さんから電話があった', found: [['person_name', '山田太郎さん']], masked: '昨日、〇〇様から電話があった' },
  { text: '佐藤様が窓口で大声を出しました', found: [['person_name', '佐藤様']], masked: '〇〇様が窓口で大声を出しました' },
  { text: '中村に会ったときに言われた', found: [['person_name', '中村']], masked: '〇〇様に会ったときに言われた' },
  { text: '田中部長が土下座を要求された', found: [['person_name', '田中']], masked: '〇〇部長が土下座を要求された' },
  { text: 'ジョンソンさんが毎日来店します', found: [['person_name', 'ジョンソンさん']] },
  { text: '株式会社サンプル商会の担当者から', found: [['company_name', '株式会社サンプル商会']], masked: '〇〇社の担当者から' },
  { text: 'テスト物流株式会社との取引で', found: [['company_name', 'テスト物流株式会社']], masked: '〇〇社との取引で' },
  { text: 'ABC商事(株)の部長に怒鳴られた', found: [['company_name', 'ABC商事(株)']], masked: '〇〇社の部長に怒鳴られた' },
  { text: 'みずほ銀行の窓口で起きたことです', found: [['company_name', 'みずほ銀行']], masked: '〇〇銀行の窓口で起きたことです' },
  { text: '横浜信用金庫のお客様対応', found: [['company_name', '横浜信用金庫']], masked: '〇〇信用金庫のお客様対応' },
  { text: 'Mr. Smith from Acme Inc. kept shouting', found: [['person_name', 'Smith'], ['company_name', 'Acme Inc.']], masked: 'Mr. [name] from [company] kept shouting' },
  { text: 'Write to jane@example.com', found: [['email', 'jane@example.com']], masked: 'Write to [email]' },
  {
    text: '株式会社サンプルの鈴木様（090-1111-2222）から',
    found: [['company_name', '株式会社サンプル'], ['person_name', '鈴木様'], ['phone', '090-1111-2222']],
    masked: '〇〇社の〇〇様（〔電話番号〕）から',
  },
  // Places of work, accounts and records (issue 14): each alone is enough to find the member or the customer.
  { text: 'ローソン横浜西口店の夜勤で、酔ったお客様に絡まれました', found: [['store_name', 'ローソン横浜西口店']], masked: '〇〇店の夜勤で、酔ったお客様に絡まれました' },
  { text: '渋谷支店の窓口で2時間拘束されました', found: [['store_name', '渋谷支店']] },
  { text: 'At the Lawson Shibuya store a man threw coins at me', found: [['store_name', 'Lawson Shibuya store']], masked: 'At the [store] a man threw coins at me' },
  { text: '世田谷中央病院の受付で怒鳴られました', found: [['facility_name', '世田谷中央病院']], masked: '〔施設名〕の受付で怒鳴られました' },
  { text: '町田市役所の市民課で働いています', found: [['facility_name', '町田市役所']] },
  { text: 'あさひ整形外科で受付をしています', found: [['facility_name', 'あさひ整形外科']] },
  { text: '取引先の田村運輸から毎日電話があります', found: [['company_name', '田村運輸']], masked: '取引先の〇〇社から毎日電話があります' },
  { text: 'ブルースカイ不動産の営業さんに怒鳴られました', found: [['company_name', 'ブルースカイ不動産']] },
  { text: 'Someone from Sunrise Logistics shouted at our driver', found: [['company_name', 'Sunrise Logistics']] },
  { text: 'Xの @angry_tanaka99 に晒されました', found: [['sns_handle', '@angry_tanaka99']], masked: 'Xの 〔アカウント〕 に晒されました' },
  { text: '動画は https://www.tiktok.com/@someone/video/7345 です', found: [['url', 'https://www.tiktok.com/@someone/video/7345']], masked: '動画は 〔URL〕 です' },
  { text: 'example-shop.jp/review/12 に書かれました', found: [['url', 'example-shop.jp/review/12']] },
  { text: '会員番号：88123401 の方から苦情', found: [['member_number', '88123401']], masked: '会員番号：〔番号〕 の方から苦情' },
  { text: '患者ID A-55012 のご家族が怒っています', found: [['member_number', 'A-55012']] },
  { text: 'A caller with member ID 7731-0042 rang again', found: [['member_number', '7731-0042']], masked: 'A caller with member ID [number] rang again' },
  { text: '生年月日は昭和61年2月5日と言っていました', found: [['birth_date', '昭和61年2月5日']], masked: '生年月日は〔生年月日〕と言っていました' },
  { text: '1992年11月30日生まれの男性客です', found: [['birth_date', '1992年11月30日']] },
  { text: 'DOB: 1979-04-18, calls every day', found: [['birth_date', '1979-04-18']] },
];

const mustNotMask: Array<{ text: string; why: string }> = [
  { text: 'お客様が怒鳴って、店長さんに代われと言われました', why: 'role words with honorifics' },
  { text: '担当者様へ、皆様にお伝えください', why: 'role words with honorifics' },
  { text: 'Aさんが店長に相談し、Bさんも同席しました', why: 'already anonymous placeholders' },
  { text: '〇〇様という常連客が', why: 'already masked' },
  { text: '株式会社ユニクロのような大手でもカスハラ対策を公表しています', why: 'a company as an example (のような)' },
  { text: '例えばトヨタ自動車株式会社では方針を定めています', why: 'a company as an example (例えば)' },
  { text: 'ANA株式会社の方針を参考にしました', why: "a company's published policy" },
  { text: 'トヨタやセブンイレブンでも同じ問題があるそうです', why: 'bare brand names' },
  { text: '厚生労働省のマニュアルと日本銀行の発表を読みました', why: 'public bodies' },
  { text: '地方銀行に勤めています', why: 'a kind of bank, not a bank' },
  { text: '東京都内の店舗で、横浜市の窓口でも同じでした', why: 'a city is not an address' },
  { text: '2024年4月1日の10時30分から90分間、3回も電話がありました', why: 'dates, times and counts' },
  { text: '電話は30分、1日に5回、合計120分でした', why: 'small numbers' },
  { text: 'Companies such as Toyota Motor Corp. publish their policies', why: 'an example in English' },
  { text: 'The customer asked for the manager three times', why: 'no details at all' },
  { text: '東京都カスハラ防止条例と労働施策総合推進法の違いを教えてください', why: 'the law' },
  { text: '市役所の窓口で働いています', why: 'a generic workplace' },
  { text: '総合病院の看護師として夜勤をしています', why: 'a generic hospital and a role' },
  { text: '他店では返品できたと言われました', why: 'another store, unnamed' },
  { text: 'コンビニでバイトをしています', why: 'a kind of store' },
  { text: '2025年4月1日に施行された条例について', why: 'a date that is not a birth date' },
  { text: '整理番号12番のお客様が怒鳴りました', why: 'a queue ticket, not a member number' },
  { text: '会員番号は10桁です', why: 'talks about member numbers, gives none' },
  { text: '単価@150円の商品を値切られました', why: 'an @ that is not a handle' },
  { text: '厚生労働省のマニュアル https://www.mhlw.go.jp/content/11900000/000915233.pdf を読みました', why: 'a public source on go.jp' },
  { text: '例えば聖路加国際病院では掲示をしているそうです', why: 'a hospital as an example' },
  { text: 'The city office counter is busy on Mondays', why: 'a generic office in English' },
  { text: 'Our branch manager asked me to apologise', why: 'a role in English' },
];

describe('the confidentiality guard catches', () => {
  it.each(mustCatch)('$text', ({ text, found, masked }) => {
    const result = checkConfidential(text, tokenizer);
    expect(result.findings.map((f) => [f.kind, f.text])).toEqual(found);
    for (const f of result.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    if (masked !== undefined) expect(result.masked).toBe(masked);
  });
});

describe('the confidentiality guard leaves alone', () => {
  it.each(mustNotMask)('$text ($why)', ({ text }) => {
    const result = checkConfidential(text, tokenizer);
    expect(result.findings.map((f) => [f.kind, f.text])).toEqual([]);
    expect(result.masked).toBe(text);
  });
});

describe('guard details', () => {
  it('checks card numbers with Luhn, so a random 16-digit number is not a card', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(findConfidential('注文番号 4111 1111 1111 1112', tokenizer).map((f) => f.kind)).not.toContain('card_number');
  });

  it('masking twice changes nothing more', () => {
    for (const { text } of mustCatch) {
      const once = checkConfidential(text, tokenizer).masked;
      expect(checkConfidential(once, tokenizer).masked).toBe(once);
    }
  });

  it('loads the dictionary once and reuses it', async () => {
    const again = await loadJapaneseTokenizer();
    expect(again).toBe(tokenizer);
  });
});
