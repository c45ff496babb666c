/**
 * Calls that must NOT be called kasuhara (domain.md §2 "Not it" and §3): legitimate complaints, rights,
 * emotion without abuse, reported or negated words, staff quoting the policy, slow but honest calls.
 * Each may be a complaint or a normal call, but never kasuhara, and nothing is excerpted.
 */
import { describe, expect, it } from 'vitest';
import { analyzeConversation, type Turn } from '../helpers/conversation.js';

interface NegativeCase {
  name: string;
  turns: Turn[];
}

const BANK = 'お電話ありがとうございます。さくら銀行の田中でございます。';
const SHOP = 'お電話ありがとうございます。みどり家電サポートセンターの佐藤でございます。';
const NET = 'お待たせいたしました。あおぞら光サポートデスクの鈴木でございます。';
const CARE = 'お電話ありがとうございます。ひだまり訪問介護事業所の井上でございます。';
const STORE = 'いらっしゃいませ。サービスカウンターの山口でございます。';
const EN_SHOP = 'Thank you for calling Maple Home Appliances support, this is Daniel speaking.';
const EN_TELCO = 'Thanks for calling Bright Mobile, my name is Sam. How may I help you?';
const EN_STORE = 'Hi, welcome to the service desk. How can I help you today?';

const JA: NegativeCase[] = [
  {
    name: 'threat, negated: 訴えるつもりはない',
    turns: [
      ['staff', SHOP],
      ['customer', '修理に三回出しても直らないんです。'],
      ['staff', '大変申し訳ございません。'],
      ['customer', '別に訴えるつもりはないんですけど、きちんと原因を説明してほしいんです。'],
      ['staff', 'かしこまりました。技術部門に確認して、原因をご説明いたします。'],
    ],
  },
  {
    name: 'threat, quoting someone else: 隣の客に「殺すぞ」って言われた',
    turns: [
      ['staff', STORE],
      ['customer', 'さっき駐車場で、隣の客に「殺すぞ」って言われたんですよ。'],
      ['staff', 'それは大変でしたね。お怪我はございませんか。'],
      ['customer', '怖かったです。防犯カメラ、確認してもらえますか。'],
      ['staff', 'かしこまりました。すぐに警備担当に確認いたします。'],
    ],
  },
  {
    name: 'threat, not it: 消費生活センターに相談します',
    turns: [
      ['staff', NET],
      ['customer', '解約したのに、まだ料金が引き落とされているんです。'],
      ['staff', '申し訳ございません。確認したところ、解約の処理が翌月になっておりまして。'],
      ['customer', 'そんな説明は受けていません。納得できないので、消費生活センターに相談します。'],
      ['staff', 'かしこまりました。ご判断はお客様にお任せいたします。こちらでも経緯を確認いたします。'],
    ],
  },
  {
    name: 'threat, not it: 弁護士に相談します、訴訟も考えます',
    turns: [
      ['staff', BANK],
      ['customer', '身に覚えのない引き落としがあって、三週間も調査中のままなんですけど。'],
      ['staff', 'ご不安をおかけして申し訳ございません。現在も調査を進めております。'],
      ['customer', 'このままなら弁護士に相談します。訴訟も考えています。'],
      ['staff', '承知いたしました。調査の状況を書面でお送りいたします。'],
    ],
  },
  {
    name: 'sns_exposure, not it: honest review, もう利用しません',
    turns: [
      ['staff', STORE],
      ['customer', '予約していたケーキが用意されていなかったんです。誕生日だったのに。'],
      ['staff', '大変申し訳ございません。代金は全額お返しいたします。'],
      ['customer', 'がっかりしました。正直な口コミを書かせてもらいます。もう利用しません。'],
      ['staff', 'ご期待に沿えず、申し訳ございませんでした。'],
    ],
  },
  {
    name: 'unreasonable_demand, not it: 責任者を出してください',
    turns: [
      ['staff', SHOP],
      ['customer', '先週から同じ説明を三回聞いてるんですけど、全然直らないんです。'],
      ['staff', 'ご不便をおかけして申し訳ございません。'],
      ['customer', '責任者を出してください。責任者の方と話したいです。'],
      ['staff', 'かしこまりました。ただいま責任者に代わりますので、少々お待ちください。'],
    ],
  },
  {
    name: 'unreasonable_demand, not it: refund for a defect',
    turns: [
      ['staff', SHOP],
      ['customer', '昨日届いた電子レンジ、初期不良で電源が入らないんです。'],
      ['staff', '大変申し訳ございません。'],
      ['customer', '不良品なので返金してください。送料もこちらで払った分を返してほしいです。'],
      ['staff', 'かしこまりました。代金と送料を返金いたします。回収の手配もいたします。'],
    ],
  },
  {
    name: 'intimidation, not it: one raised voice, then an apology',
    turns: [
      ['staff', NET],
      ['customer', 'また繋がらないんですよ、今日大事な会議があるのに!'],
      ['staff', 'ご不便をおかけして申し訳ございません。'],
      ['customer', 'ふざけるな!…あ、すみません、大きな声出して。ちょっと焦ってて。'],
      ['staff', 'いえ、お困りのところ申し訳ございません。すぐに確認いたします。'],
    ],
  },
  {
    name: 'abuse, not it: swearing at the situation, not at the worker',
    turns: [
      ['staff', SHOP],
      ['customer', 'プリンターの紙詰まりが直らなくて。'],
      ['staff', 'かしこまりました。背面のカバーを開けていただけますでしょうか。'],
      ['customer', 'くそ、また詰まった。もう三回目だよ、この機械。'],
      ['staff', 'お手数をおかけします。ローラーの清掃をご案内いたします。'],
    ],
  },
  {
    name: 'abuse, not it: criticism of the service and process',
    turns: [
      ['staff', BANK],
      ['customer', 'この前の手続きの説明、分かりにくかったです。'],
      ['staff', '大変失礼いたしました。'],
      ['customer', 'この説明は分かりにくいし、正直、対応がひどいと思います。'],
      ['staff', 'ご指摘ありがとうございます。改めて分かりやすくご案内いたします。'],
    ],
  },
  {
    name: 'physical, not it: a customer describing an injury from the product',
    turns: [
      ['staff', SHOP],
      ['customer', '電気ケトルの取っ手が急に外れて、熱湯で手をやけどしたんです。'],
      ['staff', '大変申し訳ございません。お怪我の具合はいかがでしょうか。'],
      ['customer', '病院で診てもらって、今は包帯を巻いています。同じ製品は危ないと思います。'],
      ['staff', '製品を回収して調査いたします。治療費についても担当からご連絡いたします。'],
    ],
  },
  {
    name: 'personal_targeting, not it: 担当の方のお名前を伺えますか',
    turns: [
      ['staff', BANK],
      ['customer', '住所変更の手続きをお願いしたいんですが。'],
      ['staff', 'かしこまりました。手続きを承りました。'],
      ['customer', 'ありがとうございます。念のため、担当の方のお名前を伺えますか。'],
      ['staff', '田中と申します。'],
    ],
  },
  {
    name: 'personal_targeting, not it: politely asking for another handler',
    turns: [
      ['staff', NET],
      ['customer', 'ちょっと説明が早くて、ついていけなくて。'],
      ['staff', '失礼いたしました。'],
      ['customer', '申し訳ないんですが、もう少しゆっくり説明できる別の担当の方に代わっていただけますか。'],
      ['staff', 'かしこまりました。担当を代わりますので、少々お待ちください。'],
    ],
  },
  {
    name: 'discrimination, not it: reasoned request for a same-sex carer',
    turns: [
      ['staff', CARE],
      ['customer', '来週からの入浴介助のことでご相談なんですが。'],
      ['staff', 'はい、どのようなことでしょうか。'],
      ['customer', '母は男性に入浴を手伝われるのをとても嫌がるので、できれば女性のヘルパーさんにお願いできますか。'],
      ['staff', 'かしこまりました。女性の職員で調整いたします。'],
    ],
  },
  {
    name: 'discrimination, not it: courteous language request',
    turns: [
      ['staff', BANK],
      ['customer', 'すみません、わたし、日本語があまり上手じゃないです。'],
      ['staff', 'かしこまりました。ゆっくりお話しいたします。'],
      ['customer', 'ありがとうございます。英語を話せる方はいますか。'],
      ['staff', '英語対応の窓口におつなぎいたします。'],
    ],
  },
  {
    name: 'staff explaining the policy against 土下座 and SNS posting',
    turns: [
      ['staff', STORE],
      ['customer', '入口の貼り紙、あれは何ですか。'],
      [
        'staff',
        '当店では、土下座の強要や、従業員を撮影してSNSに投稿する行為、暴言や脅迫はお断りしております、というお知らせでございます。',
      ],
      ['customer', 'なるほど、そういうことなんですね。最近多いって聞きますもんね。'],
      ['staff', 'ご理解いただきありがとうございます。'],
    ],
  },
  {
    name: 'apology_coercion, not it: まず一言謝ってほしい',
    turns: [
      ['staff', STORE],
      ['customer', '注文と違う品物が届いたんですけど、電話したら逆に私が間違えたって言われて。'],
      ['staff', '大変失礼いたしました。'],
      ['customer', 'まず一言謝ってほしいんです。それから正しい品物を送ってください。'],
      ['staff', '大変申し訳ございませんでした。すぐに正しい品物をお送りいたします。'],
    ],
  },
  {
    name: 'apology_coercion, not it: B2B written report of the cause',
    turns: [
      ['staff', 'お世話になっております。ひかり物流の営業担当、村上でございます。'],
      ['customer', '先週の出荷遅延の件で、弊社の取引先にも影響が出ています。'],
      ['staff', '大変申し訳ございません。'],
      ['customer', '原因と再発防止策について、書面で報告書をいただけますか。社内で共有したいので。'],
      ['staff', '承知いたしました。今週中に報告書をお送りいたします。'],
    ],
  },
  {
    name: 'strong emotion without abuse: 本当に困っているんです、がっかりしました',
    turns: [
      ['staff', NET],
      ['customer', '在宅勤務なのに、もう三日もネットが使えないんです。'],
      ['staff', 'ご迷惑をおかけして、大変申し訳ございません。'],
      ['customer', '本当に困っているんです。正直、がっかりしました。'],
      ['staff', '本日中に技術者を手配いたします。'],
    ],
  },
  {
    name: 'persistence, not it: follow-up when the promised callback never came',
    turns: [
      ['staff', SHOP],
      ['customer', '先週、折り返しのお電話をいただけるとのことだったんですが、まだ連絡がなくて。'],
      ['staff', '大変申し訳ございません。確認いたします。'],
      ['customer', 'これで三回目の問い合わせです。いつ頃わかりますか。'],
      ['staff', '本日十七時までに必ずご連絡いたします。'],
    ],
  },
  {
    name: 'elderly customer repeating the same question',
    turns: [
      ['staff', BANK],
      ['customer', 'もしもし、ATMでお金をおろしたいんだけどね、やり方がわからなくて。'],
      ['staff', 'かしこまりました。まず、カードを入れていただけますでしょうか。'],
      ['customer', 'カードを入れるのね。それで、次はどうするんだったかしら。'],
      ['staff', '次に「お引き出し」のボタンを押してください。'],
      ['customer', 'ごめんなさいね、もう一回教えてくれる?どのボタンを押すんだったかしら。'],
      ['staff', 'はい、画面の左側にある「お引き出し」のボタンでございます。'],
      ['customer', 'ごめんなさいね、年を取ると覚えられなくて。もう一回だけ教えてくれる?'],
      ['staff', 'もちろんでございます。左側の「お引き出し」でございます。ゆっくりで大丈夫ですよ。'],
      ['customer', 'あ、できたわ。ありがとうね、助かったわ。'],
    ],
  },
  {
    name: 'long productive troubleshooting call',
    turns: [
      ['staff', NET],
      ['customer', 'Wi-Fiがさっきから繋がったり切れたりするんです。'],
      ['staff', 'ご不便をおかけしております。ルーターのランプは何色でしょうか。'],
      ['customer', '緑と、一つだけオレンジが点滅してます。'],
      ['staff', 'ありがとうございます。一度ルーターの電源を抜いて、三十秒ほどお待ちいただけますでしょうか。'],
      ['customer', '抜きました。……入れ直しました。'],
      ['staff', 'ありがとうございます。ランプがすべて緑になるまでお待ちください。'],
      ['customer', 'まだオレンジが点滅してますね。'],
      ['staff', 'かしこまりました。では、ケーブルが奥までしっかり差さっているかご確認いただけますでしょうか。'],
      ['customer', 'あ、少し抜けかけてました。差し直しました。'],
      ['staff', 'ランプの色はいかがでしょうか。'],
      ['customer', '全部緑になりました。繋がりました、ありがとうございます。'],
      ['staff', 'よかったです。ほかにご不明な点はございますでしょうか。'],
      ['customer', '大丈夫です。丁寧な対応ありがとうございました。'],
    ],
  },
  {
    name: 'accidental contact: ぶつかってすみません',
    turns: [
      ['staff', STORE],
      ['customer', 'あ、ぶつかってすみません。カゴが当たっちゃいましたね。'],
      ['staff', 'いえ、大丈夫でございます。'],
      ['customer', 'この商品の返品をお願いしたいんですが、未開封です。'],
      ['staff', 'かしこまりました。レシートをお預かりいたします。'],
    ],
  },
  {
    name: 'disability accommodation request',
    turns: [
      ['staff', BANK],
      ['customer', '耳が聞こえにくいので、お電話だと聞き取れないことがあるんです。'],
      ['staff', 'かしこまりました。'],
      ['customer', 'これからはメールでやり取りさせてもらえませんか。'],
      ['staff', 'はい、メールでのご連絡に切り替えさせていただきます。'],
    ],
  },
  {
    name: 'sns_exposure, negated: SNSに書くつもりはない',
    turns: [
      ['staff', STORE],
      ['customer', '昨日買ったお惣菜、賞味期限が切れていたんです。'],
      ['staff', '大変申し訳ございません。返金と、店内の確認をいたします。'],
      ['customer', 'SNSに書いたりするつもりはないので安心してください。ただ、気をつけてほしいんです。'],
      ['staff', 'ご指摘ありがとうございます。再発防止に努めます。'],
    ],
  },
  {
    name: 'sns_exposure, reported: 「ネットに晒すぞ」って言う客がいるってニュースで見た',
    turns: [
      ['staff', STORE],
      ['customer', '最近、「ネットに晒すぞ」って店員さんに言う客がいるってニュースで見ましたよ。大変ですね。'],
      ['staff', 'お気遣いありがとうございます。'],
      ['customer', 'いえいえ。それで、このお米の配達をお願いしたいんですけど。'],
      ['staff', 'かしこまりました。ご住所を伺えますでしょうか。'],
    ],
  },
  {
    name: 'intimidation, not it: raised voice from hearing difficulty',
    turns: [
      ['staff', BANK],
      ['customer', 'え?なに?聞こえないよ!もっと大きい声で言ってくれる?'],
      ['staff', 'はい、大きな声でお話しいたします。口座の残高のご確認でございますね。'],
      ['customer', 'ごめんなさいね、耳が遠くて。そうそう、残高が知りたいの。'],
      ['staff', 'かしこまりました。ただいまお調べいたします。'],
    ],
  },
  {
    name: 'restraint, not it: a customer-requested home visit appointment',
    turns: [
      ['staff', SHOP],
      ['customer', 'エアコンから水が垂れてきて困ってるんです。'],
      ['staff', 'ご不便をおかけしております。'],
      ['customer', '家まで見に来てもらうことってできますか。修理の予約をお願いしたいです。'],
      ['staff', 'かしこまりました。最短で明後日の午前に伺えます。'],
    ],
  },
  {
    name: 'sexual, not it: body talk in a care setting',
    turns: [
      ['staff', CARE],
      ['customer', '母のことでご相談なんですが。'],
      ['staff', 'はい、どのようなことでしょうか。'],
      ['customer', '最近、足のむくみがひどくて、お風呂のときに太ももの内側が赤くなっているのを見てもらえますか。'],
      ['staff', 'かしこまりました。次回の訪問で看護師が皮膚の状態を確認いたします。'],
    ],
  },
];

const EN: NegativeCase[] = [
  {
    name: "threat, negated: I'm not going to sue anyone",
    turns: [
      ['staff', EN_SHOP],
      ['customer', 'My dishwasher has been repaired three times and it still leaks.'],
      ['staff', "I'm so sorry about that."],
      ['customer', "Look, I'm not going to sue anyone, I just want it fixed properly."],
      ['staff', 'I understand. I can arrange a replacement unit for you.'],
    ],
  },
  {
    name: 'threat, not it: I will talk to my lawyer / consumer protection',
    turns: [
      ['staff', EN_TELCO],
      ['customer', "I cancelled three months ago and you're still charging me."],
      ['staff', "I'm sorry, I can see the cancellation wasn't processed."],
      ['customer', "If this isn't refunded, I'm going to talk to my lawyer and file a complaint with consumer protection."],
      ['staff', "That's your decision to make. I'll escalate the refund today."],
    ],
  },
  {
    name: 'sns_exposure, not it: an honest review',
    turns: [
      ['staff', EN_STORE],
      ['customer', 'My order was two weeks late and nobody told me.'],
      ['staff', "I'm sorry about that. I've refunded the shipping."],
      ['customer', "Thanks, but I'm disappointed. I'll be leaving an honest review, and I won't be ordering again."],
      ['staff', 'I understand. Thank you for letting us know.'],
    ],
  },
  {
    name: 'unreasonable_demand, not it: asking for a manager, refund for a defect',
    turns: [
      ['staff', EN_SHOP],
      ['customer', 'The heater I bought arrived broken. It won’t turn on at all.'],
      ['staff', "I'm so sorry. Let me check the order."],
      ['customer', "I'd like a refund please, and can I speak to a manager about the packaging?"],
      ['staff', "Of course. I'll process the refund and transfer you to my manager."],
    ],
  },
  {
    name: 'intimidation, not it: one raised voice, then an apology',
    turns: [
      ['staff', EN_TELCO],
      ['customer', 'My phone has been dead since Monday.'],
      ['staff', "I'm sorry to hear that. Let me check the line."],
      ['customer', "Are you kidding me?! ... Sorry. Sorry, I didn't mean to yell, it's been a long day."],
      ['staff', "No problem at all. I can see a network issue, and I'll fix it now."],
    ],
  },
  {
    name: 'intimidation, not it: a raised voice from a bad line',
    turns: [
      ['staff', EN_TELCO],
      ['customer', "Hello? HELLO? The line is really bad, I can barely hear you. CAN YOU HEAR ME NOW?"],
      ['staff', 'Yes, I can hear you now.'],
      ['customer', 'Oh good, sorry for shouting. I wanted to ask about my data plan.'],
      ['staff', 'Sure, let me pull up your account.'],
    ],
  },
  {
    name: 'abuse, not it: swearing at the situation',
    turns: [
      ['staff', EN_SHOP],
      ['customer', 'My laptop keeps freezing.'],
      ['staff', "Let's restart it. Hold the power button for ten seconds."],
      ['customer', 'Damn it, the stupid thing crashed again.'],
      ['staff', 'No worries, let me walk you through a reset.'],
    ],
  },
  {
    name: 'physical, not it: a customer describing an injury from the product',
    turns: [
      ['staff', EN_SHOP],
      ['customer', 'The blade on your blender came loose and cut my hand. I needed four stitches.'],
      ['staff', "I'm so sorry. Are you okay now?"],
      ['customer', "I'm okay, but I think the product is dangerous."],
      ['staff', "I'll open a safety report and arrange a refund and a pickup."],
    ],
  },
  {
    name: 'personal_targeting, not it: asking for the handler’s name',
    turns: [
      ['staff', EN_TELCO],
      ['customer', 'Thanks for fixing my plan.'],
      ['staff', 'My pleasure.'],
      ['customer', 'Could I get your name for my records, please?'],
      ['staff', "Sure, it's Sam."],
    ],
  },
  {
    name: 'staff explaining the policy against filming and posting',
    turns: [
      ['staff', EN_STORE],
      ['customer', 'Why is there a sign about cameras at the desk?'],
      [
        'staff',
        "It's our policy: we don't allow customers to film our staff or post them on social media, and we don't accept threats or abuse.",
      ],
      ['customer', 'Oh, that makes sense. I can imagine people do that.'],
      ['staff', 'Thank you for understanding.'],
    ],
  },
  {
    name: 'elderly caller repeating the same question',
    turns: [
      ['staff', EN_TELCO],
      ['customer', "Hello dear, I can't find how to turn up the volume on this phone."],
      ['staff', "Of course. There's a button on the left side of the phone."],
      ['customer', 'The left side. And then what do I do?'],
      ['staff', 'Press the top button a few times.'],
      ['customer', "I'm sorry, could you say that again? Which button was it?"],
      ['staff', 'No problem at all. The top button on the left side.'],
      ['customer', "Sorry, my memory isn't what it used to be. One more time?"],
      ['staff', 'Sure. The left side, the top button. Take your time.'],
      ['customer', 'Oh, there it is. Thank you so much, dear.'],
    ],
  },
  {
    name: 'long productive troubleshooting call',
    turns: [
      ['staff', EN_SHOP],
      ['customer', "My washing machine shows error E21 and won't drain."],
      ['staff', "I'm sorry about that. Could you check the drain filter at the bottom front?"],
      ['customer', "Okay, I'm opening the little door now."],
      ['staff', 'Put a towel down, then turn the filter cap counterclockwise.'],
      ['customer', 'Lots of water. And there is a sock in there!'],
      ['staff', 'That will be it. Please remove it and screw the cap back in.'],
      ['customer', 'Done. Should I run it again?'],
      ['staff', 'Yes, please start a rinse and spin cycle.'],
      ['customer', 'It is draining now. The error is gone.'],
      ['staff', 'Great. Is there anything else I can help with?'],
      ['customer', 'No, that is all. Thank you for your patience.'],
    ],
  },
  {
    name: 'sexual, not it: polite thanks',
    turns: [
      ['staff', EN_TELCO],
      ['customer', 'I was worried I had lost all my photos.'],
      ['staff', "They're all backed up in the cloud. I've restored them for you."],
      ['customer', 'You were so kind and patient. Thank you for the lovely service.'],
      ['staff', "You're welcome. Have a great day."],
    ],
  },
  {
    name: "sns_exposure, negated: I'm not going to post anything online",
    turns: [
      ['staff', EN_STORE],
      ['customer', 'The milk I bought yesterday was already sour.'],
      ['staff', "I'm so sorry. I'll refund it right away."],
      ['customer', "Thanks. Don't worry, I'm not going to post anything online, I just wanted you to know."],
      ['staff', 'We appreciate that. I will let the dairy team know.'],
    ],
  },
  {
    name: 'discrimination, not it: reasoned request for a female carer',
    turns: [
      ['staff', 'Good morning, Sunrise Home Care, this is Olivia speaking.'],
      ['customer', "I'm calling about my mother's bath visits."],
      ['staff', 'Of course, how can I help?'],
      ['customer', "She's very modest and gets upset when a male aide helps her bathe. Could you send a female carer, please?"],
      ['staff', 'Absolutely, I will arrange a female carer for her visits.'],
    ],
  },
  {
    name: 'discrimination, not it: courteous interpreter request',
    turns: [
      ['staff', EN_TELCO],
      ['customer', 'Hello, my English is not so good.'],
      ['staff', 'No problem, take your time.'],
      ['customer', 'Could I please speak with someone who speaks Spanish? Thank you.'],
      ['staff', 'Of course, I will transfer you to our Spanish line.'],
    ],
  },
  {
    name: 'strong emotion, not at the worker',
    turns: [
      ['staff', EN_SHOP],
      ['customer', 'This is the fourth time the fridge has stopped cooling. All my food is spoiled.'],
      ['staff', "I'm so sorry. That's really frustrating."],
      ['customer', "Honestly, I'm so frustrated I could scream. But I know it's not your fault."],
      ['staff', "I understand. I'll book a technician and open a claim for the spoiled food."],
    ],
  },
  {
    name: 'restraint, not it: a customer-requested home appointment',
    turns: [
      ['staff', EN_SHOP],
      ['customer', "My oven won't heat up."],
      ['staff', "I'm sorry to hear that. Have you checked the breaker?"],
      ['customer', "Yes, it's fine. Can someone come to my house to look at it? When's the earliest appointment?"],
      ['staff', 'I can book a technician for Thursday morning.'],
    ],
  },
  {
    name: 'persistence, not it: a follow-up on an unresolved issue',
    turns: [
      ['staff', EN_TELCO],
      ['customer', "I'm calling again because the callback I was promised on Monday never came."],
      ['staff', "I'm sorry about that. Let me check the ticket."],
      ['customer', "This is my third call about it. I just need to know when it'll be fixed."],
      ['staff', 'I understand. A technician will call you before five today.'],
    ],
  },
];

describe('hard negatives: never kasuhara, nothing excerpted', () => {
  it('covers at least 25 calls', () => {
    expect(JA.length + EN.length).toBeGreaterThanOrEqual(25);
  });

  describe.each([
    ['Japanese', 'ja', JA],
    ['English', 'en', EN],
  ] as const)('%s', (_label, language, cases) => {
    it.each(cases)('$name', ({ turns }) => {
      const result = analyzeConversation(turns);

      expect(result.language).toBe(language);
      expect(result.verdict).not.toBe('kasuhara');
      expect(['complaint', 'normal']).toContain(result.verdict);
      expect(result.categories).toEqual([]);
      expect(result.excerpts).toEqual([]);
    });
  });
});
