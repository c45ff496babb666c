/**
 * Deterministic generator of long, realistic-looking call-centre transcripts for benchmarks.
 *
 *   tsx bench/generate-transcript.ts [--seed 1] [--lang ja|en] [--format teams|zoom|srt|txt|json]
 *                                    [--minutes 60] [--utterances 900] > call.vtt
 *
 * A seeded PRNG picks from many phrase templates: ordinary inquiries, identity checks, holds, a
 * legitimate complaint, and harassing moments of several kinds, with backchannel fillers between,
 * so the detector does the same work it does on a real call. Same options, same bytes.
 */
import { pathToFileURL } from 'node:url';

export type BenchLanguage = 'ja' | 'en';
export type BenchFormat = 'teams' | 'zoom' | 'srt' | 'txt' | 'json';
export const BENCH_FORMATS: readonly BenchFormat[] = ['teams', 'zoom', 'srt', 'txt', 'json'];

export interface GenerateOptions {
  seed?: number;
  language?: BenchLanguage;
  format?: BenchFormat;
  /** Target length of the call in minutes (default 60). */
  minutes?: number;
  /** Number of utterances (default 900). */
  utterances?: number;
  /** SRT only: write `SPEAKER_00:` prefixes (default true; diarizers sometimes give none). */
  srtSpeakers?: boolean;
}

export interface GeneratedUtterance {
  role: 'staff' | 'customer';
  speaker: string;
  text: string;
  /** Milliseconds from the start. */
  startMs: number;
  endMs: number;
}

export interface GeneratedTranscript {
  text: string;
  /** File extension with the dot, as the analysis sniffs formats partly by name. */
  ext: '.vtt' | '.srt' | '.txt' | '.json';
  format: BenchFormat;
  language: BenchLanguage;
  utterances: GeneratedUtterance[];
  durationSec: number;
}

/** mulberry32: tiny, fast, and good enough for picking phrases. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Slots = Record<string, readonly string[]>;

interface Lexicon {
  staffNames: readonly string[];
  customerNames: readonly string[];
  companies: readonly string[];
  slots: Slots;
  opening: readonly (readonly ['staff' | 'customer', string])[];
  staffInquiry: readonly string[];
  customerInquiry: readonly string[];
  staffVerify: readonly string[];
  customerVerify: readonly string[];
  complaint: readonly string[];
  staffComplaint: readonly string[];
  harassment: Readonly<Record<string, readonly string[]>>;
  staffDeescalate: readonly string[];
  hold: readonly string[];
  holdBack: readonly string[];
  fillers: readonly string[];
  closing: readonly (readonly ['staff' | 'customer', string])[];
  /** Characters per second of speech, to give cues plausible lengths. */
  charsPerSec: number;
  roleWords: { staff: string; customer: string };
  asrFillers: readonly string[];
}

const JA: Lexicon = {
  staffNames: ['山田 花子', '佐々木 美咲', '高橋 翔太', '小林 彩', '中村 健太', '伊藤 真由美', '渡辺 直樹', '坂本 千尋'],
  customerNames: ['田中 一郎', '鈴木 健二', '松本 隆', '井上 正樹', '木村 浩', '林 和夫', '清水 剛', '山口 誠'],
  companies: ['みらいモバイル', 'ひかり電力', 'あおぞら通販', 'さくら航空', 'つばさ銀行'],
  slots: {
    product: ['ドライヤー', '電気ケトル', 'ワイヤレスイヤホン', 'スマートフォン', '炊飯器', 'ノートパソコン', '加湿器', '掃除機'],
    plan: ['ギガライトプラン', 'かけ放題オプション', '家族割', 'スタンダードプラン', 'シニア向けプラン'],
    month: ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月'],
    day: ['3日', '10日', '15日', '21日', '28日'],
    amount: ['3,240円', '5,980円', '12,800円', '8,400円', '1,100円', '24,600円'],
    big: ['10万円', '30万円', '50万円', '100万円'],
    order: ['A-20931', 'B-55120', 'C-10448', 'D-98211', 'E-33017'],
    place: ['自宅', '実家', '会社', '駅前の店舗'],
  },
  opening: [
    ['staff', 'お電話ありがとうございます。{company}お客さまセンターの{staffFamily}でございます。'],
    ['customer', 'もしもし、ちょっと聞きたいことがあって電話したんですけど。'],
    ['staff', 'はい、どのようなご用件でしょうか。'],
    ['customer', '先月買った{product}のことなんですけどね。'],
  ],
  staffInquiry: [
    'ご注文番号をお伺いしてもよろしいでしょうか。',
    '確認いたしますので、少々お待ちください。',
    '{month}{day}のご注文で、{product}がお一つですね。',
    'お支払いは{amount}で、クレジットカード決済となっております。',
    '現在ご契約の{plan}ですと、月額{amount}になります。',
    'お届け先のご住所に変更はございませんか。',
    '恐れ入りますが、ご登録のお電話番号をお願いいたします。',
    'こちらの商品は保証期間内でございますので、無償で修理を承ることができます。',
    '交換の場合、お届けまで三日から五日ほどお時間をいただいております。',
    '返品をご希望の場合は、着払いでお送りいただければ結構です。',
    '{plan}への変更は、翌月一日からの適用となります。',
    'ご請求の内訳をご説明してもよろしいでしょうか。',
    '解約手数料は、契約更新月でしたらかかりません。',
    'ご不便をおかけしており、申し訳ございません。',
    'おっしゃる通りでございます。',
    'ほかに何かご不明な点はございますか。',
    '只今の内容は記録に残しておきますね。',
    'メールでもご案内をお送りいたします。',
    '承知いたしました。手配いたします。',
    'ポイントの有効期限は{month}末までとなっております。',
    'お手元に保証書はございますでしょうか。',
    'ご契約者さまご本人でいらっしゃいますね。',
  ],
  customerInquiry: [
    '注文番号は{order}です。',
    '{month}{day}に注文したはずなんですけど。',
    'それで、いつ届くんですか。',
    'プランを変えたら安くなるんですか。',
    '請求が{amount}になってるんだけど、これ何の料金ですか。',
    'ポイントって使えるんでしたっけ。',
    'あー、そうなんですね。わかりました。',
    '住所は変わってないです。',
    'メールは来てないと思うんですけど。',
    '{plan}って、家族も入れるんですか。',
    '解約したらいくらかかります？',
    '保証書はたぶん箱の中にあります。',
    '交換ってできるんですかね。',
    'じゃあ、それでお願いします。',
    '電話番号は登録のままです。',
    'ちょっと待ってください、今メモしますから。',
    'もう一回言ってもらえます？',
    'それって今日中に手続きできますか。',
    'なるほど、じゃあ来月からですね。',
    '前にも一度問い合わせたんですよ。',
  ],
  staffVerify: [
    'ご本人確認のため、お名前をフルネームでお願いいたします。',
    '生年月日をお伺いしてもよろしいでしょうか。',
    'ありがとうございます。確認が取れました。',
    'ご登録のご住所を、都道府県からお願いいたします。',
  ],
  customerVerify: ['{customerName}です。', '昭和五十二年の{month}{day}です。', '東京都世田谷区の……はい、そうです。', 'はい、本人です。'],
  complaint: [
    '届いた{product}、電源を入れても動かないんですよ。初期不良ですよね。',
    '説明と全然違うじゃないですか。返金してもらえますか。',
    '正直、ちょっとがっかりしてます。',
    '前回の電話でも同じこと言われたんですけど、結局直ってないんです。',
    '責任者の方と話をさせてもらえますか。',
    'これで直らなかったら、消費生活センターに相談しようと思ってます。',
    '請求が二重になってるみたいなんです。確認してください。',
    'すみません、さっきはちょっと言い過ぎました。',
  ],
  staffComplaint: [
    'ご迷惑をおかけして大変申し訳ございません。',
    '初期不良として、新しい商品とお取り替えいたします。',
    '返金の手続きを進めさせていただきます。',
    '責任者に確認のうえ、折り返しご連絡いたします。',
    '二重請求については、次回のご請求で相殺いたします。',
    'ご指摘ありがとうございます。改善に努めてまいります。',
  ],
  harassment: {
    threat: ['お前の家まで行ってやるからな。', '夜道には気をつけろよ。', 'どうなっても知らねえぞ。'],
    abuse: ['バカじゃねえの。', 'お前みたいな無能がいるから会社が潰れるんだよ。', 'この給料泥棒が。'],
    intimidation: ['ふざけんな！', 'なめてんのか、おい！', 'ああ？もう一回言ってみろ！'],
    apology_coercion: ['土下座して謝れよ。', '謝罪文を書いて持ってこい。', '念書を書け、二度としませんって。'],
    unreasonable_demand: ['誠意を見せろって言ってんだよ。わかるだろ。', '慰謝料として{big}払え。', '全額返金して、商品もそのままもらうからな。'],
    persistence: ['だから、さっきから言ってるだろ。返金しろって。', '何回言わせるんだよ。同じことだよ。', 'また電話したぞ。今日これで五回目だ。'],
    restraint: ['納得するまで絶対に切らないからな。', '認めるまで帰らねえぞ。', 'まだ話は終わってねえ。切ったらどうなるかわかってんだろうな。'],
    sexual: ['いい声してるね、今度飲みに行こうよ。', '彼氏いるの？仕事終わったら会おうよ。', '声がかわいいね。何歳？'],
    discrimination: ['女じゃ話にならない、男を出せ。', '外国人じゃわからないだろ、日本人に代われ。', '年寄りの言うことは聞けないってのか。'],
    personal_targeting: ['お前のフルネームを言え。覚えておくからな。', 'お前をクビにしてやる。', 'その担当を辞めさせろ。'],
    sns_exposure: ['この会話、全部ネットに晒してやるからな。', 'お前の名前、SNSに書いてやる。', '動画撮ってYouTubeに上げるぞ。'],
    physical: ['（机を叩く音）ふざけるなって言ってんだよ！', '（物を投げる音）こんなもんいらねえよ！'],
  },
  staffDeescalate: [
    'そのようなご発言はお控えください。',
    'これ以上は対応いたしかねます。',
    '大きな声を出されると、お話を伺うことができません。',
    '金銭でのご対応はいたしかねます。',
    'この通話は録音されております。',
    '先ほどご説明した通り、返金は初期不良の場合に限られます。',
    '個人の氏名はお伝えできかねます。',
    'これ以上続くようでしたら、通話を終了させていただきます。',
    '恐れ入りますが、落ち着いてお話しいただけますか。',
  ],
  hold: ['確認いたしますので、少々お待ちいただけますか。', '上の者に確認してまいります。保留にいたします。'],
  holdBack: ['大変お待たせいたしました。', 'お待たせして申し訳ございません。'],
  fillers: ['はい。', 'ええ。', 'はい、はい。', 'えーと。', 'そうですね。', 'なるほど。', 'あの……', 'うん。', 'はい、承知しました。', 'ええ、ええ。'],
  closing: [
    ['staff', '本日は{company}、{staffFamily}が承りました。'],
    ['customer', 'はい、じゃあ。'],
    ['staff', 'お電話ありがとうございました。失礼いたします。'],
  ],
  charsPerSec: 7,
  roleWords: { staff: 'オペレーター', customer: '顧客' },
  asrFillers: ['えー', 'あの', 'えっと', 'まあ'],
};

const EN: Lexicon = {
  staffNames: ['Emily Carter', 'James Ortiz', 'Priya Shah', 'Daniel Kim', 'Sarah Miller', 'Tom Becker'],
  customerNames: ['Robert Hayes', 'Linda Moore', 'Greg Turner', 'Karen Walsh', 'Mike Dunn', 'Paul Grant'],
  companies: ['Brightline Energy', 'Northstar Mobile', 'ShopRight', 'Bluewing Air', 'Harbor Bank'],
  slots: {
    product: ['hair dryer', 'kettle', 'wireless earbuds', 'phone', 'rice cooker', 'laptop', 'humidifier', 'vacuum'],
    plan: ['Unlimited Plus', 'Basic Talk', 'Family Share', 'Saver 10', 'Senior Plan'],
    month: ['April', 'May', 'June', 'July', 'August', 'September', 'October'],
    day: ['3rd', '10th', '15th', '21st', '28th'],
    amount: ['$32.40', '$59.80', '$128.00', '$84.00', '$11.00', '$246.00'],
    big: ['$1,000', '$5,000', '$10,000'],
    order: ['A-20931', 'B-55120', 'C-10448', 'D-98211', 'E-33017'],
    place: ['home', 'office', 'the store downtown'],
  },
  opening: [
    ['staff', 'Thank you for calling {company}, this is {staffGiven}, how can I help you today?'],
    ['customer', "Hi, yeah, I've got a question about my account."],
    ['staff', "Sure, I'd be happy to help with that."],
    ['customer', 'It is about the {product} I ordered last month.'],
  ],
  staffInquiry: [
    'Could I have your order number, please?',
    'Let me pull that up for you, one moment.',
    'I see an order from {month} {day} for one {product}.',
    'The charge was {amount} to the card ending in 4471.',
    'On the {plan} plan your monthly rate is {amount}.',
    'Is the shipping address still the same?',
    'Could you confirm the phone number on the account?',
    'That item is still under warranty, so the repair is free.',
    'A replacement usually arrives in three to five business days.',
    "If you'd like to return it, we'll send you a prepaid label.",
    'The change to {plan} takes effect on the first of next month.',
    'Would you like me to walk you through the bill?',
    "There's no early termination fee if you're in your renewal month.",
    "I'm sorry for the inconvenience.",
    "You're absolutely right.",
    'Is there anything else I can help you with?',
    "I've added a note to your account.",
    "I'll send you a confirmation email as well.",
    "Understood, I'll take care of that now.",
    'Your reward points expire at the end of {month}.',
    'Do you still have the receipt?',
  ],
  customerInquiry: [
    'The order number is {order}.',
    'I ordered it on {month} {day}, I think.',
    'So when is it going to get here?',
    'Would switching plans make it cheaper?',
    "My bill says {amount}, what's that for?",
    'Can I use my points on that?',
    'Oh, okay, got it.',
    'Yeah, the address is the same.',
    "I don't think I got any email.",
    'Can my family join the {plan} plan?',
    'How much would it cost to cancel?',
    "The receipt's probably in the box.",
    'Can I get it exchanged?',
    "Okay, let's do that.",
    'Hang on, let me write this down.',
    'Sorry, could you say that again?',
    'Can that be done today?',
    "I called about this once before, actually.",
  ],
  staffVerify: [
    'For security, could you give me your full name?',
    'And your date of birth, please?',
    "Thank you, you're verified.",
    'Could you confirm the billing address?',
  ],
  customerVerify: ["It's {customerName}.", 'March 4th, 1977.', "It's 12 Oak Street, yes.", "Yes, I'm the account holder."],
  complaint: [
    "The {product} you sent doesn't even turn on. It's defective.",
    "This isn't what was advertised at all. I want a refund.",
    "Honestly, I'm pretty disappointed.",
    "I was told the same thing last time and it still isn't fixed.",
    'Can I speak to a supervisor, please?',
    "If this isn't sorted out I'll be filing a complaint with the consumer protection office.",
    'I think I was charged twice. Please check.',
    'Sorry, I got a bit heated there.',
  ],
  staffComplaint: [
    "I'm very sorry about that.",
    "We'll send you a replacement right away.",
    "I'll process the refund for you now.",
    "I'll check with my supervisor and call you back.",
    "The duplicate charge will be credited on your next bill.",
    'Thank you for letting us know.',
  ],
  harassment: {
    threat: ["I know where your office is. I'll be waiting outside.", "It'd be a shame if something happened to you.", "You'll regret this, I promise you."],
    abuse: ['Are you stupid or something?', 'You are completely useless.', 'What a pathetic excuse for a company.'],
    intimidation: ['Do NOT hang up on me!', "Don't you dare talk back to me!", 'Are you messing with me?'],
    apology_coercion: ['I want a written apology, signed by your CEO.', 'Get on your knees and apologize.', "You'll sign a statement admitting it."],
    unreasonable_demand: ['I want {big} for my trouble, or else.', 'Refund everything and I keep the product.', 'Give me a year of free service.'],
    persistence: ["I'll say it again: refund me.", "How many times do I have to repeat myself?", "This is the fifth time I've called today."],
    restraint: ["I'm not hanging up until you give me what I want.", "I'm staying on this line all night if I have to.", "You don't end this call, I do."],
    sexual: ['You have a sexy voice. Are you single?', 'What are you doing after your shift, sweetheart?', 'Bet you look as good as you sound.'],
    discrimination: ['Put someone on who speaks proper English.', 'I want to talk to a man.', "You're too old to understand this."],
    personal_targeting: ["What's your full name? I'm going to make sure you get fired.", "I'll have your job for this.", 'Give me your personal number.'],
    sns_exposure: ["I'm recording this and it's going on TikTok.", "I'll post your name all over Twitter.", "Everyone's going to see this review with your name in it."],
    physical: ['(bangs on the desk) Listen to me!', '(throws something) I am done with this junk!'],
  },
  staffDeescalate: [
    'Please do not use that language with me.',
    "I'm not able to continue if you keep shouting.",
    "We can't offer cash compensation.",
    'This call is being recorded.',
    'As I explained, refunds are only for defective items.',
    "I can't give out personal information about staff.",
    "If this continues, I'll have to end the call.",
    "Could we please keep this calm?",
  ],
  hold: ['Let me check on that, may I place you on a brief hold?', "I'm going to check with my supervisor, please hold."],
  holdBack: ['Thank you for holding.', 'Sorry for the wait.'],
  fillers: ['Okay.', 'Mm-hmm.', 'Right.', 'Uh, yeah.', 'Sure.', 'I see.', 'Um...', 'Yes.', 'Got it.', 'Alright.'],
  closing: [
    ['staff', 'Thank you for calling {company}, this was {staffGiven}.'],
    ['customer', 'Yeah, bye.'],
    ['staff', 'Have a good day.'],
  ],
  charsPerSec: 14,
  roleWords: { staff: 'Agent', customer: 'Caller' },
  asrFillers: ['uh', 'um', 'so', 'like'],
};

const HARASSMENT_KINDS = Object.keys(JA.harassment);

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function clock(ms: number, sep: '.' | ','): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${pad2(h)}:${pad2(m)}:${pad2(s)}${sep}${String(ms % 1000).padStart(3, '0')}`;
}

function wholeSeconds(ms: number): string {
  const t = Math.floor(ms / 1000);
  return `${pad2(Math.floor(t / 3600))}:${pad2(Math.floor((t % 3600) / 60))}:${pad2(t % 60)}`;
}

/** Lines of the conversation, in order, before timing and formatting. */
function script(
  rnd: () => number,
  lex: Lexicon,
  count: number,
  staffName: string,
  customerName: string,
): { role: 'staff' | 'customer'; text: string; pauseAfterMs: number }[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const company = pick(lex.companies);
  const fill = (t: string): string =>
    t.replace(/\{(\w+)\}/g, (_m, key: string) => {
      if (key === 'company') return company;
      if (key === 'staffFamily') return staffName.split(' ')[0]!;
      if (key === 'staffGiven') return staffName.split(' ')[0]!;
      if (key === 'customerName') return customerName;
      return pick(lex.slots[key] ?? [key]);
    });

  const lines: { role: 'staff' | 'customer'; text: string; pauseAfterMs: number }[] = [];
  const say = (role: 'staff' | 'customer', t: string, pauseAfterMs = 0) => lines.push({ role, text: fill(t), pauseAfterMs });

  for (const [role, t] of lex.opening) say(role, t);
  for (let i = 0; i < lex.staffVerify.length; i += 1) {
    say('staff', lex.staffVerify[i]!);
    if (i < lex.customerVerify.length) say('customer', lex.customerVerify[i]!);
  }

  // Schedule the harassing moments: every kind at least twice, placed in the later 80% of the call.
  const body = count - lines.length - lex.closing.length;
  const moments = new Map<number, string>();
  const kinds = [...HARASSMENT_KINDS, ...HARASSMENT_KINDS, ...HARASSMENT_KINDS.slice(0, 6)];
  for (const kind of kinds) {
    let at = 0;
    do at = Math.floor(body * (0.2 + 0.78 * rnd()));
    while (moments.has(at) || moments.has(at - 1) || moments.has(at + 1));
    moments.set(at, kind);
  }
  const complaintAt = Math.floor(body * 0.1);

  let step = 0;
  while (lines.length < count - lex.closing.length) {
    const kind = moments.get(step);
    step += 1;
    if (kind) {
      say('customer', pick(lex.harassment[kind]!));
      if (rnd() < 0.7) say('staff', pick(lex.staffDeescalate));
      continue;
    }
    if (step >= complaintAt && step < complaintAt + 12) {
      say(step % 2 ? 'customer' : 'staff', step % 2 ? pick(lex.complaint) : pick(lex.staffComplaint));
      continue;
    }
    const r = rnd();
    if (r < 0.03) {
      say('staff', pick(lex.hold), 20_000 + Math.floor(rnd() * 100_000)); // on hold for 20–120 s
      say('staff', pick(lex.holdBack));
    } else if (r < 0.25) {
      say(rnd() < 0.5 ? 'staff' : 'customer', pick(lex.fillers));
    } else if (r < 0.6) {
      say('staff', pick(lex.staffInquiry));
    } else if (r < 0.9) {
      say('customer', pick(lex.customerInquiry));
    } else if (r < 0.95) {
      say('customer', pick(lex.complaint));
    } else {
      say('staff', pick(lex.staffComplaint));
    }
  }
  for (const [role, t] of lex.closing) say(role, t);
  return lines.slice(0, count);
}

/** Speech-recogniser look for SRT and JSON: fillers and missing punctuation, as real ASR writes them. */
function asr(text: string, rnd: () => number, lex: Lexicon, language: BenchLanguage): string {
  let t = text;
  if (rnd() < 0.25) t = `${lex.asrFillers[Math.floor(rnd() * lex.asrFillers.length)]!} ${t}`;
  if (language === 'ja') t = t.replace(/[。、！？]/g, (m) => (m === '、' ? ' ' : '')).trim();
  else t = t.replace(/[.,!?]/g, '').toLowerCase();
  return t;
}

export function generateTranscript(options: GenerateOptions = {}): GeneratedTranscript {
  const seed = options.seed ?? 1;
  const language = options.language ?? 'ja';
  const format = options.format ?? 'teams';
  const minutes = options.minutes ?? 60;
  const count = options.utterances ?? 900;
  const lex = language === 'ja' ? JA : EN;
  const rnd = mulberry32(seed * 2654435761 + (language === 'ja' ? 0 : 7) + BENCH_FORMATS.indexOf(format));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

  const staff = pick(lex.staffNames);
  let customer = pick(lex.customerNames);
  if (customer === staff) customer = lex.customerNames[0]!;
  const lines = script(rnd, lex, count, staff, customer);

  // Natural timing: length-based speech time, short gaps, holds; then stretched to the target length.
  const natural = lines.map((l) => ({
    dur: Math.max(800, (l.text.length / lex.charsPerSec) * 1000 * (0.8 + 0.4 * rnd())),
    gap: 200 + rnd() * 1200 + l.pauseAfterMs,
  }));
  const target = minutes * 60_000;
  const offset = 300 + Math.floor(rnd() * 1500);
  // Cues last at least 1 s (so whole-second TXT stamps stay increasing); refit the scale around that.
  const layout = (scale: number): GeneratedUtterance[] => {
    let t = offset;
    return lines.map((l, i) => {
      const n = natural[i]!;
      const startMs = t;
      const endMs = startMs + Math.max(1000, Math.round(n.dur * scale));
      t = endMs + Math.max(10, Math.round(n.gap * scale));
      return { role: l.role, speaker: l.role === 'staff' ? staff : customer, text: l.text, startMs, endMs };
    });
  };
  let scale = target / natural.reduce((s, n) => s + n.dur + n.gap, 0);
  let utterances = layout(scale);
  for (let i = 0; i < 4; i += 1) {
    const end = utterances[utterances.length - 1]!.endMs;
    if (Math.abs(end - target) < 5_000) break;
    scale *= target / end;
    utterances = layout(scale);
  }
  const last = utterances[utterances.length - 1]!;
  const durationSec = last.endMs / 1000;

  let text: string;
  let ext: GeneratedTranscript['ext'];
  switch (format) {
    case 'teams': {
      const guid = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16)).join('');
      const id = `${guid.slice(0, 8)}-${guid.slice(8, 12)}-${guid.slice(12, 16)}-${guid.slice(16, 20)}-${guid.slice(20)}`;
      let turn = 0;
      let part = 0;
      text =
        'WEBVTT\n\n' +
        utterances
          .map((u, i) => {
            if (i > 0 && utterances[i - 1]!.speaker === u.speaker) part += 1;
            else {
              turn += 1;
              part = 0;
            }
            return `${id}/${turn}-${part}\n${clock(u.startMs, '.')} --> ${clock(u.endMs, '.')}\n<v ${u.speaker}>${u.text}</v>\n`;
          })
          .join('\n');
      ext = '.vtt';
      break;
    }
    case 'zoom':
      text = 'WEBVTT\n\n' + utterances.map((u, i) => `${i + 1}\n${clock(u.startMs, '.')} --> ${clock(u.endMs, '.')}\n${u.speaker}: ${u.text}\n`).join('\n');
      ext = '.vtt';
      break;
    case 'srt': {
      const withSpeakers = options.srtSpeakers ?? true;
      const labels = new Map<string, string>();
      text = utterances
        .map((u, i) => {
          if (!labels.has(u.speaker)) labels.set(u.speaker, `SPEAKER_${pad2(labels.size)}`);
          const body = asr(u.text, rnd, lex, language);
          return `${i + 1}\n${clock(u.startMs, ',')} --> ${clock(u.endMs, ',')}\n${withSpeakers ? `${labels.get(u.speaker)}: ` : ''}${body}\n`;
        })
        .join('\n');
      ext = '.srt';
      break;
    }
    case 'txt':
      text = utterances.map((u) => `[${wholeSeconds(u.startMs)}] ${lex.roleWords[u.role]}: ${u.text}`).join('\n') + '\n';
      ext = '.txt';
      break;
    case 'json': {
      const letters = new Map<string, string>();
      const segments = utterances.map((u, i) => {
        if (!letters.has(u.speaker)) letters.set(u.speaker, String.fromCharCode(65 + letters.size));
        return {
          type: 'transcript.text.segment',
          id: `seg_${i}`,
          start: u.startMs / 1000,
          end: u.endMs / 1000,
          speaker: letters.get(u.speaker)!,
          text: asr(u.text, rnd, lex, language),
        };
      });
      text = JSON.stringify({ task: 'transcribe', duration: durationSec, text: segments.map((s) => s.text).join(' '), segments });
      ext = '.json';
      break;
    }
  }
  return { text, ext, format, language, utterances, durationSec };
}

async function cli(): Promise<void> {
  const { Command } = await import('commander');
  const program = new Command()
    .name('tsx bench/generate-transcript.ts')
    .description('Print a deterministic synthetic call transcript (default: 60-minute Japanese Teams WebVTT).')
    .option('--seed <n>', 'PRNG seed', '1')
    .option('--lang <ja|en>', 'language', 'ja')
    .option('--format <fmt>', `one of ${BENCH_FORMATS.join(', ')}`, 'teams')
    .option('--minutes <n>', 'length of the call', '60')
    .option('--utterances <n>', 'number of cues', '900')
    .option('--no-srt-speakers', 'SRT without speaker prefixes')
    .parse();
  const o = program.opts<{ seed: string; lang: string; format: string; minutes: string; utterances: string; srtSpeakers: boolean }>();
  if (o.lang !== 'ja' && o.lang !== 'en') program.error(`--lang must be ja or en, not ${o.lang}`);
  if (!BENCH_FORMATS.includes(o.format as BenchFormat)) program.error(`--format must be one of ${BENCH_FORMATS.join(', ')}`);
  const g = generateTranscript({
    seed: Number(o.seed),
    language: o.lang as BenchLanguage,
    format: o.format as BenchFormat,
    minutes: Number(o.minutes),
    utterances: Number(o.utterances),
    srtSpeakers: o.srtSpeakers,
  });
  process.stdout.write(g.text);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await cli();
}
