// Japanese normal conversations (ordinary, several with alarming-looking words)
export default [
{
  id: 'counter-rough-ja-033', lang: 'ja', setting: 'store', verdict: 'normal', severity: 0, borderline: false, format: 'txt',
  notes: 'Kitchenware counter in a department-store basement: a home cook buys a deba and a yanagiba knife and asks which cuts best and how to keep them sharp. Knife and cutting vocabulary in an ordinary purchase.',
  speakers: { C: { role: 'customer', name: '客', tag: 'お客様' }, S: { role: 'staff', name: '店員', tag: '店員' } },
  script: `
C: すみません、包丁を見たいんですけど。魚をさばく用の。
S: いらっしゃいませ。出刃包丁ですね。普段はどれくらいの大きさの魚をさばかれますか。
C: 釣りが趣味で、アジとかサバとか、たまにタイくらいですかね。
S: でしたら、こちらの十五センチの出刃がちょうどいいと思います。頭を落とすのも、骨を断つのも、これ一本でいけます。
C: 持ってみてもいいですか。
S: どうぞ。刃先は上に向けないようにお気をつけください。
C: おお、結構重いですね。これなら頭もバッサリいけそうだ。
S: 重さで切る包丁なので、力はいりません。刺身も引かれますか。
C: そうなんです。今、普通の三徳でやってて、身がぐちゃっとなっちゃうんですよ。
S: 刺身なら柳刃をおすすめします。長さがあるので、一回引くだけで切れて、断面がきれいになります。
C: 一番よく切れるのはどれですか。
S: こちらの白紙鋼の柳刃ですね。ただ、鋼なので、使った後すぐ拭かないと錆びます。
C: 錆びるのは困るなあ。ずぼらなんで。
S: でしたら、ステンレスの複合材のこちらが扱いやすいです。切れ味も十分です。
C: じゃあ、出刃とその柳刃で。研ぐのはどうすればいいですか。
S: 砥石ですと、まずは千番の中砥が一つあれば十分です。当店でも研ぎ直しを承っておりまして、一本千円です。
C: 砥石もください。
S: かしこまりました。お名入れもできますが、いかがなさいますか。
C: あ、じゃあ名字だけ。
S: 十五分ほどお時間いただきます。包丁は箱に入れて、お持ち帰り用に紙で巻いておきますね。
C: 助かります。
`},
{
  id: 'counter-rough-ja-034', lang: 'ja', setting: 'store', verdict: 'normal', severity: 0, borderline: false, format: 'teams',
  notes: 'Outdoor shop, hunting section: a licensed hunter buys a skinning knife and talks about killing and butchering deer. Violent-sounding words about game animals in a lawful purchase.',
  speakers: { C: { role: 'customer', name: '来店客' }, S: { role: 'staff', name: '佐伯 健' } },
  script: `
C: こんにちは。狩猟用のナイフを探してるんですけど。
S: いらっしゃいませ。解体用ですか、それとも止め刺し用ですか。
C: 両方できるのがいいんです。罠で鹿を獲ってるんで、止め刺しして、そのまま現場で皮を剥いで。
S: でしたら、刃渡り十二センチくらいのシースナイフが使いやすいです。こちらは先が少し尖っていて、心臓を一突きしやすい形です。
C: 今使ってるのは刃が短くて、でかい雄鹿だとなかなか致命傷にならないんですよ。
S: 大きい個体だと、確かに短い刃では届きにくいですね。こちらは十三センチあります。
C: 皮剥ぎはどうですか。
S: 背の部分が丸くなっているので、皮を裂くときに肉を傷つけにくいです。骨の関節を外すのにも使えます。
C: いいですね。ケースはついてますか。
S: 革のシースが付いています。持ち運びの際は、狩猟の目的以外では携帯できませんので、その点だけご注意ください。
C: はい、狩猟者登録証も持ってます。見せましょうか。
S: ありがとうございます。念のため、お名前とご住所を購入記録に書いていただいております。
C: わかりました。
S: 砥石とセットにされますか。鹿の皮は刃がすぐ鈍りますので。
C: じゃあ、セットで。この前、イノシシを一頭バラしたら、途中で全然切れなくなって。
S: イノシシは脂が多いですからね。こまめに拭いて、研いでいただくと長持ちします。
C: 了解です。あと、解体用の手袋もください。
S: はい、こちらの耐切創の手袋が人気です。
C: それもお願いします。
S: 合計で二万四千二百円です。
`},
{
  id: 'counter-rough-ja-035', lang: 'ja', setting: 'restaurant', verdict: 'normal', severity: 0, borderline: false, format: 'zoom',
  notes: 'Neighbourhood izakaya: a long-time regular and the owner trade rough, affectionate banter (「まだ生きとったんか」「ぼったくり」「張り倒すぞ」 as a joke) in Hiroshima-flavoured speech. Friendly banter between regulars, no target: normal.',
  speakers: { C: { role: 'customer', name: '常連 ゲンさん' }, S: { role: 'staff', name: '大将' }, S2: { role: 'staff', name: 'おかみさん' } },
  script: `
S: おう、ゲンさん。まだ生きとったんか。
C: 勝手に殺すなや。お前より先には死なんわ。
S: ほうか。いつものでええか。
C: おう、瓶ビールと、今日は何がうまいんや。
S: カワハギのええのが入っとる。肝和えにしちゃろうか。
C: ええのう。高いんじゃろ、どうせ。このぼったくり屋が。
S: 嫌なら帰れや。ほかに行くとこ無いくせに。
C: ほんまじゃ。行くとこあったら、こんな汚い店来んわ。
S2: ゲンさん、汚いは余計よ。先週、床張り替えたんじゃけえ。
C: おかみさんは別よ。おかみさんがおるけえ来よるんじゃ。
S: 人の嫁さん口説くな、張り倒すぞ。
C: やれるもんならやってみい。腰痛めとるくせに。
S2: ほら、二人ともええ加減にしんさい。はい、ビール。
C: ありがとう。……大将、腰どうなんや、ほんまに。
S: 整骨院通いよる。だいぶマシになったわ。
C: 無理すなよ。この店潰れたら、わし困るんじゃけえ。
S: 潰すかいや。ゲンさんのツケ回収するまではの。
C: ツケなんか無いわ、人聞きの悪い。
+300 S: はい、カワハギの肝和え。
C: おお、これこれ。やっぱここのは最高じゃの。
S: じゃろうが。
`},
{
  id: 'counter-rough-ja-036', lang: 'ja', setting: 'store', verdict: 'normal', severity: 0, borderline: false, format: 'srt-noprefix',
  notes: 'Convenience store counter, SRT without speaker labels: paying a utility bill, sending a parcel and collecting an online order. Ordinary counter business with recogniser noise.',
  speakers: { C: { role: 'customer', name: '客' }, S: { role: 'staff', name: '店員' } },
  script: `
S: いらっしゃいませ
C: すいません これ 払込みお願いします 電気代の
S: はい お預かりします 一点で 八千四百二十円です
C: あと これ 宅急便で送りたいんですけど
S: はい 伝票は もうお書きですか
C: まだです
S: こちらの伝票に ご記入お願いします サイズ測りますね
+40 S: 六十サイズで 千三十円です 明日の午前中の お届けになります
C: お願いします あと ネットで頼んだ荷物 ここで受け取りになってて
S: 番号 ございますか
C: えーと このバーコードです
S: 読み取りますので 少々お待ちください
+20 S: お待たせしました こちらのお荷物ですね お名前 ご確認ください
C: はい 合ってます
S: 電気代と 宅急便で 合計 九千四百五十円です
C: カードで あ 払込みは 現金だけでしたっけ
S: はい 払込みは 現金でお願いしております
C: じゃあ 一万円で
S: 一万円お預かりします 五百五十円の お返しです 控えと レシートです
C: ありがとうございます
S: ありがとうございました
~ ご視聴ありがとうございました
`},
{
  id: 'counter-rough-ja-037', lang: 'ja', setting: 'other', verdict: 'normal', severity: 0, borderline: false, format: 'txt',
  notes: 'Station lost-and-found window: an elderly man asks about an umbrella left on a train and the way to the bus terminal. Ordinary inquiry.',
  speakers: { C: { role: 'customer', name: '客', tag: 'お客様' }, S: { role: 'staff', name: '駅員', tag: '駅員' } },
  script: `
C: すみません、電車に傘を忘れちまって。
S: はい、お忘れ物ですね。何時頃の電車で、何両目あたりでしたか。
C: 十時ちょっと前に着いた、上りの各駅だったかな。真ん中くらいの車両。
S: 傘の色や特徴を教えていただけますか。
C: 紺色の長い傘で、持ち手が木でね。女房にもらったもんなんだよ。
S: 大切なものですね。今、終点の駅に問い合わせますので、少々お待ちください。
+60 S: お待たせしました。終点の駅で、紺色で木の持ち手の傘が一本届いているそうです。
C: おお、それだ、たぶん。
S: こちらの駅に送ってもらうこともできますが、明日の昼以降になります。終点の駅まで取りに行かれると、今日お受け取りいただけます。
C: 明日でいいよ。年寄りは暇だから。
S: では、こちらの用紙にお名前とお電話番号をお願いします。届きましたらご連絡します。
C: はいよ。……字が小さいねえ、これ。
S: 代わりに書きましょうか。お名前をおっしゃっていただければ。
C: 悪いね。中川、中川と申します。電話は、〇四五の。
S: はい、控えました。明日、届きましたらお電話いたします。
C: ありがとう。ついでに聞くけど、市役所行きのバスはどこから出るんだい。
S: 東口を出て、左手の三番乗り場です。十五分おきに出ています。
C: 東口の三番ね。助かったよ、兄ちゃん。
S: お気をつけて。
`},
{
  id: 'counter-rough-ja-038', lang: 'ja', setting: 'other', verdict: 'normal', severity: 0, borderline: false, format: 'json',
  notes: 'Taxi late at night: a young passenger chats with the driver about an online game where he "killed everyone" and "got killed in one shot", and about his grandmother\'s funeral. Violent words about a game and a death in the family, no target: normal.',
  speakers: { C: { role: 'customer', name: '乗客' }, S: { role: 'staff', name: '運転手' } },
  script: `
S: どちらまで
C: 中野の 駅の北口まで お願いします
S: はい 北口ですね
C: すいません ちょっと電話 終わらせちゃいます
C: うん もう乗った いや マジでさっきのラウンド 俺一人で五人全員殺したからね 全員 ヘッドショット
C: そうそう 最後 お前 一発で殺されてたじゃん 草 じゃあ帰ったら またやろ
S: ゲームですか
C: あ すいません うるさくて オンラインのシューティングです
S: うちの息子も 夜中までやってますよ 銃撃ったり 爆破したり
C: あー ハマりますよね 今日 大会の予選だったんすよ
S: 勝ったんですか
C: 一応 本選いけました
S: おー すごいじゃないですか
C: いやいや あ 明日は 朝から ばあちゃんの葬式なんで 早く寝なきゃ
S: それは ご愁傷さまです
C: 九十六で 大往生だったんで みんな わりと明るいんすけどね 死ぬ前の日まで 元気にしゃべってて
S: それは 何よりでしたね
+180 S: 北口 着きました 二千八百六十円です
C: ペイペイで お願いします
S: はい どうぞ
C: ありがとうございました
S: お気をつけて
~ ご視聴ありがとうございました
`},
{
  id: 'counter-rough-ja-039', lang: 'ja', setting: 'store', verdict: 'normal', severity: 0, borderline: false, format: 'teams',
  notes: 'Car dealer showroom: a couple ask about a compact SUV, book a test drive and get a trade-in estimate. Ordinary sales conversation.',
  speakers: { C: { role: 'customer', name: '森 大輔' }, C2: { role: 'customer', name: '森 香織' }, S: { role: 'staff', name: '営業 北村' } },
  script: `
S: いらっしゃいませ。本日はどのようなお車をお探しですか。
C: 子どもが生まれるんで、今の軽から、もう少し大きいのにしたくて。コンパクトなSUVを見に来ました。
S: おめでとうございます。でしたら、こちらのモデルが人気です。後ろのドアが大きく開くので、チャイルドシートの乗せ降ろしが楽です。
C2: 荷室はどれくらい入りますか。ベビーカー乗せたいんですけど。
S: 後ろを開けてみますね。……このくらいです。ベビーカーを畳んで入れても、買い物袋が横に置けます。
C2: あ、思ったより広い。
C: 燃費はどうですか。
S: ハイブリッドで、街乗りですとリッター二十キロ前後です。
C: 試乗ってできますか。
S: はい、今ちょうど空いておりますので、よろしければこのあとすぐ。免許証を拝見してもよろしいですか。
C: はい、これです。
S: ありがとうございます。コピーを取らせていただきます。あと、今お乗りのお車の下取りもお考えでしたら、試乗の間に査定いたします。
C: お願いします。八年乗ってて、走行距離は六万キロくらいです。
S: かしこまりました。お車の鍵をお預かりします。
+480 S: お疲れさまでした。乗り心地はいかがでしたか。
C: 静かでびっくりしました。高速の合流も楽そう。
C2: 後ろの席、思ったより揺れなかったです。
S: 査定ですが、今の状態ですと、下取り二十八万円になります。
C: あ、思ったよりつきましたね。
S: 見積書をお作りしますので、少々お待ちください。
`},
{
  id: 'counter-rough-ja-040', lang: 'ja', setting: 'restaurant', verdict: 'normal', severity: 0, borderline: false, format: 'zoom',
  notes: 'Restaurant reception: a customer books a table for a family dinner and asks about nut and wheat allergies and a birthday plate. Ordinary inquiry.',
  speakers: { C: { role: 'customer', name: '来店客' }, S: { role: 'staff', name: '受付 三浦' } },
  script: `
C: すみません、予約ってここでできますか。
S: はい、承ります。ご希望の日時をお伺いできますか。
C: 来週の土曜日、十八時から、大人四人と子ども二人です。
S: 来週土曜の十八時、六名様ですね。……はい、個室がご用意できます。
C: よかった。あの、子どもの一人がナッツと小麦のアレルギーで。
S: かしこまりました。コースの中でナッツと小麦を使わないメニューに差し替えができます。調味料の醤油にも小麦が入っておりますので、そちらも小麦不使用のものに替えます。
C: そこまでやってもらえると助かります。
S: 念のため、アレルギーの程度を伺ってもよろしいですか。少量でも症状が出られますか。
C: 少しでも出ます。なので、揚げ油とかも気になってて。
S: 揚げ物は、専用の鍋と油で別に調理いたします。ご心配でしたら、当日、料理長からご説明させていただきます。
C: お願いします。あと、祖母の誕生日なんです。八十歳で。
S: おめでとうございます。デザートのプレートにお名前とメッセージをお入れできます。
C: 「ばあば、八十歳おめでとう」でお願いします。
S: 承知しました。お名前とお電話番号をお願いいたします。
C: 石川です。番号は〇八〇の。
S: 石川様、来週土曜十八時、六名様、個室で承りました。前日にお電話でご確認いたします。
C: ありがとうございます。
`},
{
  id: 'counter-rough-ja-041', lang: 'ja', setting: 'store', verdict: 'normal', severity: 0, borderline: false, format: 'srt',
  notes: 'Drugstore pharmacy counter: a daughter asks whether taking her elderly mother\'s sleeping pills twice could be an overdose and whether it can kill, out of worry. Alarming words in a caring, ordinary question.',
  speakers: { C: { role: 'customer', name: '客' }, S: { role: 'staff', name: '薬剤師' } },
  script: `
C: すみません ちょっと 薬のことで 聞きたいんですけど
S: はい どうぞ
C: 母が 八十二なんですけど 睡眠薬 飲んでて 昨日 飲んだの忘れて もう一回 飲んじゃったみたいで
S: はい お薬の名前は わかりますか
C: これです 袋 持ってきました
S: 拝見します こちらのお薬ですね お母様 今 どんなご様子ですか
C: 朝 なかなか起きなくて ふらふらしてて 二回飲んで 過剰摂取で 死んじゃったりしないかって 心配で
S: ご心配ですよね この量でしたら 二回分で 命に関わることは まず考えにくいです ただ ふらつきで 転ぶ危険がありますので 今日は一人で 歩かせないでください
C: わかりました
S: 呼んでも 起きない 呼吸がおかしい などがあれば すぐに救急車を呼んでください
C: はい 飲み忘れとか 二度飲み 防ぐ方法って ありますか
S: 曜日ごとの お薬カレンダーが便利です こちらで 売っております あと 主治医の先生に 一包化を頼むと 一回分ずつ 袋にまとめてもらえます
C: あ それ いいですね カレンダー ください
S: 千二百円です かかりつけの薬局にも 今日のこと 伝えておいてください
C: ありがとうございます ほんと 死ぬんじゃないかって 焦っちゃって
S: 聞きに来ていただいて よかったです お大事に
~ ご視聴ありがとうございました
`},
{
  id: 'counter-rough-ja-042', lang: 'ja', setting: 'other', verdict: 'normal', severity: 0, borderline: false, format: 'json',
  notes: 'Community bus: an elderly passenger tells the driver she "thought she would die" waiting in the heat and asks about the numbered ticket and the stop for the hospital. Ordinary.',
  speakers: { C: { role: 'customer', name: '乗客' }, S: { role: 'staff', name: '運転士' } },
  script: `
S: ご乗車ありがとうございます 整理券をお取りください
C: はいはい よいしょ いやー 今日は暑いねえ 運転手さん
S: 暑いですねえ 三十五度超えるみたいですよ
C: バス停で待ってる間 死ぬかと思ったわ 日陰がないんだもの
S: あそこは屋根がないですからね 車内 冷房効いてますんで 前の方の席 どうぞ
C: ありがとう このバス 中央病院の前 止まるわよね
S: はい 止まります 六つ目の停留所です 近くなったら お声がけしますね
C: 助かるわ 整理券って 降りるときに出すの
S: はい 運賃と一緒に 運賃箱に入れてください 整理券の番号 三番ですね 三番は 二百十円です
C: 二百十円ね 細かいの あったかしら
S: 両替も できますので ゆっくりで大丈夫ですよ
+240 S: 次は 中央病院前です お客様 こちらですよ
C: あら ありがとう ボタン押さなきゃ
S: 押さなくても 大丈夫です 止まりますので
+40 S: 中央病院前です
C: はい 二百十円と 整理券 どうも ありがとうね
S: お大事に 足元 お気をつけて
~ ご視聴ありがとうございました
`},
];
