import { conv } from './_dsl.mjs';

export default [
conv({
  id: 'sexual-discrimination-ja-022', lang: 'ja', setting: 'other', format: 'txt',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Gym, phone to the manager. A female member complains that another member stares, photographed her and said lewd things, and that staff did nothing. She quotes his words (never a span) and asks for action and the CCTV to be checked: legitimate complaint.',
  speakers: { c: { role: 'customer', name: 'member', txt: '会員' }, s: { role: 'staff', name: 'front', txt: '受付' }, m: { role: 'staff', name: 'manager', txt: '店長' } },
}, `
s| お電話ありがとうございます。フィットネスクラブ・アクティオ川口店、受付の中島です。
c| 会員の小林です。店長さんいらっしゃいますか。ちょっと、相談というか、苦情で。
s| 小林様、いつもありがとうございます。店長の三浦に代わりますので、少々お待ちください。
m| お電話代わりました。店長の三浦です。小林様、どうされましたか。 @15
c| 昨日の夜のことなんですけど。フリーウエイトのところにいる、いつも黒いキャップかぶってる男の人、わかりますか。
m| はい、何となく心当たりはあります。
c| あの人、前から私のことじろじろ見てて。昨日はスクワットしてたら、後ろにしゃがんでスマホ向けてたんです。
m| スマホを向けていた、ということですね。
c| で、やめてくださいって言ったら、「いい尻してんだから見られて嬉しいだろ」って言われて。
m| それは……大変怖い思いをされましたね。申し訳ございません。
c| そのあとすぐ受付に言ったんですよ。でも、その時いたスタッフさん、「注意しておきますね」って言っただけで、何もしてくれなくて。
c| その人、私が帰るまでずっといたんです。正直、もう行くのが怖いです。
m| 受付で適切な対応ができなかったこと、本当に申し訳ございません。昨日の夜、何時ごろでしたか。
c| 九時過ぎです。
m| 承知しました。館内の防犯カメラの映像を確認します。撮影していたことが確認できれば、規約に基づいて、その会員の利用停止を含めて対応いたします。
c| 写真、消させてもらえるんですか。
m| 本人に削除を求めます。応じない場合や、悪質な場合は、警察に相談いたします。小林様がご自身で相談されることも、もちろんできます。
c| ……警察は、まだ考えてないです。まず、ジムでどうにかしてほしいです。
m| はい。確認が済むまでの間、その会員が来館した際はスタッフがフロアに常駐するようにいたします。また、小林様が来館される時間に、女性スタッフが付き添うこともできます。
c| それなら、少し安心かも。
m| 昨日受付にいたスタッフにも、事情を確認して指導いたします。結果は、改めてお電話でお伝えしてもよろしいでしょうか。
c| はい、お願いします。この番号で大丈夫です。
m| ありがとうございます。三日以内にご連絡いたします。それまで、お休みされた分の会費については、ご相談ください。
c| わかりました。ちゃんと対応してくれそうで、よかったです。
m| 勇気を出してご連絡いただき、ありがとうございました。失礼いたします。
c| 失礼します。
`),

conv({
  id: 'sexual-discrimination-ja-023', lang: 'ja', setting: 'restaurant', format: 'json',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Restaurant table (ASR). A customer complains that a server joked about how much she eats and asked whether she is pregnant; she calls the manager and declines dessert on the house but accepts an apology. Sexual words are the staff member\'s, quoted by the customer: complaint.',
  speakers: { c: { role: 'customer', name: 'woman' }, f: { role: 'customer', name: 'friend' }, m: { role: 'staff', name: 'manager' }, x: { role: 'other', name: 'asr' } },
}, `
m| 失礼いたします 店長の 三宅でございます お呼びと伺いまして
c| あ すみません お食事中に 呼んじゃって ちょっと 言っておきたくて
m| はい どのようなことでしょうか
c| さっき パスタ 二皿目を頼んだときに 男性の店員さんが あの 背の高い
m| はい
c| よく食べますねー もしかして お腹に赤ちゃんいるんですか って 笑いながら 言ったんです
f| わたしも 聞いてました 隣のテーブルにも 聞こえてたと思う
m| … それは 大変失礼なことを 申し上げました 本当に 申し訳ございません @1
c| 冗談のつもりかもしれないけど 太ってるって 言われてるみたいで すごく 嫌でした 妊娠とかも 関係ないし
m| おっしゃるとおりです お客様の 体型や 妊娠について 口にするのは あってはならないことです
c| それに 本当に 妊娠してる人とか 逆に できなくて悩んでる人だったら どうするんですか
m| はい ごもっともです 本人には 私から しっかり 話をします
f| 本人は 謝りに来ないんですか
m| 本人が 直接 お詫びに伺うことも できます お客様が お望みでなければ 私から お伝えいたします
c| … 本人は いいです 顔 見たくないので 店長さんから 言ってもらえれば
m| かしこまりました お詫びとして 本日の デザートを ご用意させていただきたいのですが
c| デザートとかは いいです そういうことじゃないので
m| 失礼いたしました では お詫びだけ 申し上げます 本当に 申し訳ございませんでした
c| ちゃんと 伝えてくれたら それでいいです 料理は おいしかったし
f| うん パスタは おいしかった
m| ありがとうございます スタッフ全員に 改めて 共有いたします お会計の際に もう一度 お声がけさせてください
c| はい
x| チャンネル登録 お願いします @8
`),

conv({
  id: 'sexual-discrimination-ja-024', lang: 'ja', setting: 'call_center', format: 'teams',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Taxi company dispatch/customer line. A customer says last night\'s driver took a longer route while on the phone, wants the fare difference back and says she will post an honest review. Reasonable demand and a right; firm but within bounds.',
  speakers: { c: { role: 'customer', name: '+81 80-3xxx-5512' }, s: { role: 'staff', name: '配車センター 宮本' } },
}, `
s| お電話ありがとうございます。みやこ交通、お客様センターの宮本でございます。
c| もしもし。昨日の夜、そちらのタクシーに乗ったんですけど、ちょっと納得いかなくて。
s| ご不便をおかけして申し訳ございません。詳しくお伺いしてもよろしいでしょうか。
c| 夜の十一時ごろ、京都駅の八条口から乗って、北大路まで行ったんです。いつもは二千八百円くらいなのに、四千円超えてて。
s| 普段より千二百円ほど高かったということですね。
c| そうです。運転手さん、ずっとイヤホンで誰かと電話してて、気づいたら西のほうを大回りしてて。
c| 堀川通でいいですって言ったのに、聞こえてなかったのか、返事もなくて。
s| 運転中の私用電話は、社内規定で禁止しております。大変失礼いたしました。領収書はお手元にございますか。
c| あります。車両番号、四一二って書いてあります。
s| 四一二号車ですね。乗車時刻と料金をお願いできますか。
c| 二十三時八分乗車、四千百六十円です。
s| ありがとうございます。こちらで運行記録と、ドライブレコーダーの映像を確認いたします。
c| 差額は返してもらえるんですか。
s| 確認の上、通常の経路との差額が確認できましたら、ご返金いたします。お振込か、次回ご利用のチケットか、お選びいただけます。
c| 振込でお願いします。
s| かしこまりました。確認に二、三日いただきます。結果は、このお電話番号にご連絡してよろしいでしょうか。
c| はい。……あと、正直、怖かったんですよ。夜中で、女ひとりで、知らない道に連れていかれて。
s| ご不安な思いをさせてしまい、申し訳ございません。その点も、乗務員に必ず伝えて指導いたします。
c| 口コミにも、あったことはそのまま書こうと思ってます。
s| はい、お客様のお考えでお書きいただいて構いません。私どもも、改善に努めます。
c| 言い方きつかったらごめんなさい。ちゃんと聞いてもらえて、少し落ち着きました。
s| とんでもございません。お知らせいただきありがとうございます。お名前をお伺いしてもよろしいですか。
c| 岡本です。
s| 岡本様、確認が取れ次第ご連絡いたします。お電話ありがとうございました。
`),

conv({
  id: 'sexual-discrimination-ja-025', lang: 'ja', setting: 'other', format: 'zoom',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Beauty salon, online follow-up. A customer is upset about a colour that came out orange before her wedding photos, asks for a redo by a different stylist and a partial refund. Asking for another stylist because of the result is a legitimate preference, not discrimination.',
  speakers: { c: { role: 'customer', name: '吉田 彩' }, s: { role: 'staff', name: 'salon 店長 木下' } },
}, `
s| 吉田様、お時間いただいてありがとうございます。店長の木下です。画面、つながっていますか。
c| はい、大丈夫です。写真も送りましたけど、見てもらえました？
s| 拝見しました。ご希望はアッシュベージュとのことでしたが、だいぶオレンジが出てしまっていますね。申し訳ございません。
c| 見てのとおりです。来週、前撮りなんですよ。ドレスの。これじゃ、写真残せないです。
s| 大切なご予定の前に、本当に申し訳ございません。
c| 施術の時も、明るすぎないですかって二回聞いたんです。大丈夫です、乾いたら落ち着きますって言われて。
c| 全然落ち着いてないし。……すみません、ちょっと泣きそうで。
s| いえ、当然のお気持ちです。お話しくださってありがとうございます。
c| 直してもらいたいんですけど、同じ人はちょっと……。不安なので、別の方にお願いできますか。
s| もちろんです。私か、カラー専門の者が担当いたします。前撮りは何日ですか。
c| 来週の土曜です。
s| それでしたら、今週の木曜か金曜に、染め直しのお時間を取らせてください。明るさを少し落として、オレンジを打ち消す色を入れます。
c| 傷みは大丈夫ですか。ブリーチとかするんですか。
s| ブリーチはしません。トリートメントも一緒に行いますので、仕上がりの手触りも確認しながら進めます。
c| それと、この前のお代なんですけど。一万四千円払ってて。このままじゃ、ちょっと納得できなくて。
s| 前回の施術料金は、半額をご返金いたします。染め直しとトリートメントの料金は、いただきません。
c| ……ありがとうございます。そこまでしてもらえるなら。
s| 木曜日ですと、十一時と十五時、金曜日は十時がお取りできます。
c| 金曜の十時で。
s| かしこまりました。金曜日十時、私、木下が担当いたします。前回担当の者には、今回のことをきちんと伝えて、カウンセリングのやり方を見直します。
c| お願いします。あ、あと、前撮りのドレスの写真、当日持っていってもいいですか。色、合わせたくて。
s| ぜひお持ちください。ドレスの色に合わせて、トーンを一緒に決めましょう。
c| よかった。少し安心しました。
s| 当日お待ちしております。本当に申し訳ございませんでした。
c| いえ、ありがとうございました。
`),

conv({
  id: 'sexual-discrimination-ja-026', lang: 'ja', setting: 'hospital', format: 'srt-np',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Ward nurse station (ASR, no speaker labels). A daughter is angry that her mother\'s nurse call went unanswered for twenty minutes, swears at the situation and apologises for her tone; the nurse explains and the head nurse promises a review. Legitimate complaint.',
  speakers: { c: { role: 'customer', name: 'daughter' }, s: { role: 'staff', name: 'nurse' }, m: { role: 'staff', name: 'head' }, x: { role: 'other', name: 'asr' } },
}, `
c| すみません 三〇五号室の 坂本の 娘なんですけど
s| はい 坂本さんの 娘さんですね どうされました
c| 母がナースコール押しても 二十分 誰も来なかったって 今 見たら シーツも汚れてて
s| 申し訳ありません すぐ 確認に行きます
c| もう最悪 なんなのこれ ほんと どうなってんの @0.3
c| … あ ごめんなさい あなたに怒ってるわけじゃないの 母が泣いてたから つい @1.4
s| いえ お母様に つらい思いをさせてしまって 本当に 申し訳ありません 先に シーツと お着替えを させていただきます
c| お願いします
s| 少し 廊下で お待ちいただけますか 十分ほどで 終わります
x| ありがとうございました @60
s| お待たせしました 終わりました 今は 落ち着いて 横になっておられます @300
c| ありがとうございます で 二十分って どういうことなんですか
s| その時間 ちょうど 別の患者さんの 急変があって 夜勤の看護師が そちらに集まっていました
c| それは 仕方ないのかもしれないけど 誰も来ないのは おかしくないですか 一言 あとで行きますって 言ってくれれば
s| おっしゃる通りです 応答だけでも できる体制に するべきでした
c| 母 認知症が少しあって 不安になると パニックになるんです 前にも お伝えしてますよね
s| はい 申し送りにも 入っております 主任に 今の件 お伝えしてもよろしいですか
c| はい 話させてください
m| 主任の 池田です この度は 申し訳ありません 状況は 聞きました @40
c| 二十分ですよ 二十分
m| はい 急変対応で 手が回らなかったとはいえ お母様を 待たせてしまったことは こちらの体制の問題です
m| 今夜から 坂本さんの お部屋は ナースステーションに 近い 三〇一に 移っていただくこと ご提案できますが いかがでしょうか
c| 近いほうが 安心です お願いします
m| それと ナースコールが 一定時間 応答されない場合の 呼び出し方法も 見直します 結果は 改めて ご説明します
c| わかりました さっきは 大きな声出して すみませんでした
m| いえ 言っていただいて よかったです お母様 明日の朝も 様子を お電話で お伝えしましょうか
c| お願いします
`),

conv({
  id: 'sexual-discrimination-ja-027', lang: 'ja', setting: 'other', format: 'json',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Airport transfer desk (ASR). A passenger who missed his connection after a delay swears ("ふざけんなよ") at the situation, immediately says it is not aimed at the agent, and asks for a hotel and the next flight: both reasonable. Complaint, no span.',
  speakers: { c: { role: 'customer', name: 'passenger' }, s: { role: 'staff', name: 'agent' } },
}, `
s| お待たせいたしました 乗り継ぎのご案内カウンターです
c| すいません 札幌からの便が 一時間遅れて 那覇行き 乗れなかったんですけど
s| ご迷惑をおかけして 申し訳ございません 搭乗券 拝見できますか
c| これ えー 十八時五十分の
s| はい 確認いたします
s| お待たせいたしました 那覇行きの 最終便は すでに 出発しております 明日の 始発 七時二十分の便に お振り替えいたします @24
c| は 明日 ふざけんなよ ほんとに 明日の朝 会議あんのに @0.3
c| … あ いや あなたに言ってんじゃなくて すいません @0.8
s| いえ 大切なご予定があったのに 本当に 申し訳ございません
c| 今夜は どうすればいいんですか 空港で寝ろってこと
s| いえ 今回は 弊社の 機材繰りによる遅延ですので ホテルと お食事の クーポンを ご用意いたします
c| ああ それは 助かります
s| 少々 お待ちください ホテルの 空室を 確認します
s| お待たせいたしました 空港の 連絡通路の先の ホテルに お部屋を お取りしました 朝食付きで 明日は 六時半に チェックイン カウンターへ お越しください @35
c| 六時半ね 会社に 遅延の証明 出さなきゃいけないんだけど
s| 遅延証明書も お出しいたします 便名と 遅延時間が 記載されております
c| お願いします あと お預けの荷物 どうなるの
s| お預けのお荷物は 明日の便に そのまま 載せ替えます 今夜 必要なものが 入っておりましたら お出しすることも できます
c| あ 充電器 入ってる かも いや 大丈夫 コンビニで 買うわ
s| 申し訳ございません こちらが ホテルの 予約票と 食事券 遅延証明書です
c| ありがとう さっき 怒鳴って すいません 疲れてて
s| とんでもございません 明日は 座席 前の方で お取りしましたので 降りるのも スムーズかと思います
c| あ 助かる どうも
s| お気をつけて ごゆっくりお休みくださいませ
`),
];
