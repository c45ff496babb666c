import { conv } from './_dsl.mjs';

export default [
conv({
  id: 'sexual-discrimination-ja-004', lang: 'ja', setting: 'other', format: 'zoom',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Online personal-training session (gym) on Zoom. The client\'s remarks on the trainer\'s figure and clothes, a request for her measurements, and repeated invitations to dinner and to his flat are sexual; the trainer warns and ends the session. Booking her again is not a span.',
  speakers: { c: { role: 'customer', name: '松永 拓也' }, s: { role: 'staff', name: 'Trainer 高橋 真央' } },
}, `
s| 松永さん、こんばんは。画面と音声、大丈夫そうですか？
c| あ、はい、見えてます聞こえてます。今日もよろしくお願いします。
s| よろしくお願いします。今日は前回の続きで、下半身と体幹をやっていきましょう。まずスクワットから、カメラに全身が映る位置まで下がってもらえますか。
c| このへんですかね。
s| ばっちりです。では足を肩幅に開いて、つま先は少し外向きで。十回いきます。
c| はい。……いち、に……きっつ。
s| いいですよ、膝がつま先より前に出ないように。ラスト三回。
c| ……はあ、終わった。先生はさすがですね、そのウェア、体のラインがきれいに出てて。 #sx
s| ありがとうございます。では次、プランクいきましょう。肘を肩の真下について。
c| 先生ってスリーサイズいくつなんですか？参考までに。 #sx
s| そういったご質問にはお答えしていません。トレーニングに集中しましょう。
c| すいませんすいません。いや、目標にしたいなと思って。プランク、何秒ですか。
s| 三十秒を二セットです。よーい、スタート。
c| ……ぐっ……。
s| あと十秒。呼吸止めないでくださいね。はい、終了です。
c| 先生、今度ご飯行きましょうよ。食事指導ってことで。経費で落ちるかもしれないし。 #sx
s| 申し訳ありませんが、お客様と個人的にお会いすることはしていません。
c| 固いなあ。じゃあ食事じゃなくていいんで、うちでプライベートレッスンしてくださいよ。器具もそろってるし、二人きりで集中できますよ。 #sx,ps
s| 松永さん、先ほどから私の体についてのお話や、個人的なお誘いが続いています。こういったお話はやめてください。
c| いやいや、そんなつもりじゃないですって。先生が魅力的だから言ってるだけで。
s| 次に同じようなお話があった場合は、その時点でレッスンを終了し、運営に報告します。
c| はいはい、わかりました。真面目だなあ。じゃあ、せめてLINEだけ。 #sx,ps
s| 本日のレッスンはここで終了します。今のやりとりは運営に報告させていただきます。
c| え、ちょっと待ってくださいよ。料金は？途中なんですけど。
s| 料金や今後のご利用については、運営から改めてご連絡いたします。失礼します。
c| ……マジか。次も先生指名しますからね。
`),

conv({
  id: 'sexual-discrimination-ja-005', lang: 'ja', setting: 'other', format: 'txt',
  verdict: 'kasuhara', severity: 1, borderline: true,
  notes: 'Beauty salon booking call. An elderly regular asks for a Japanese stylist instead of her usual Chinese-born one, first citing language (not a span, though the stylist is fluent), then admitting she does not want a foreigner touching her head (discrimination, polite form). Borderline: choosing a stylist is normally the customer\'s right; the stated reason is nationality.',
  speakers: { c: { role: 'customer', name: '石川 ふみ', txt: 'お客様' }, s: { role: 'staff', name: '受付 中野', txt: '受付' } },
}, `
s| お電話ありがとうございます。ヘアサロン・ルチアの中野でございます。
c| もしもし、石川と申しますけど。いつもお世話になってます。
s| 石川様、いつもありがとうございます。ご予約でしょうか。
c| ええ、来週のどこかでカットとカラーをお願いしたいの。
s| かしこまりました。いつも林が担当させていただいておりますが、林でよろしいですか。
c| それなんだけどね……。林さんって、中国の方でしょう。悪いんだけど、次は日本人の方にしてもらえないかしら。言葉がね、ちゃんと通じないと困るから。
s| さようでございますか。前回、何かご希望がうまく伝わらなかったことがございましたか。
c| ううん、そういうわけじゃないのよ。仕上がりはいつもきれいだし。
s| 林は日本に来て十年以上になりまして、お客様とのご相談も日本語で問題なくさせていただいております。
c| それはわかってるのよ。ただね、なんていうのかしら、外国の方に頭を触られるのが、どうもね。主人もいい顔しないし。 #dc
s| ……さようでございますか。 @2
s| ご指名の変更は承れます。ただ、林はお客様のご希望をいつも丁寧に伺っておりますので、国籍のことでそうおっしゃられるのは、私どもとしては少し悲しく思います。
c| あら、ごめんなさいね。悪気はないのよ、年寄りの気持ちの問題だから。
s| はい。では、担当をどなたか別の者にということでよろしいですか。
c| そうね、そうしてちょうだい。女の人がいいわ。
s| かしこまりました。女性ですと、店長の森が水曜の午後二時から空いております。
c| 水曜の二時ね。じゃあそれで。
s| 水曜日、午後二時から、カットとカラーで森が担当いたします。お時間は二時間半ほどいただきます。
c| はいはい。いつものお色でお願いね。
s| 前回のカルテを森にも共有しておきます。ほかにご要望はございますか。
c| ないわ。ありがとう、よろしくね。
s| お待ちしております。お気をつけてお越しくださいませ。
c| はい、失礼します。
`),

conv({
  id: 'sexual-discrimination-ja-006', lang: 'ja', setting: 'bank', format: 'teams',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Online asset-management consultation. An elderly customer refuses a young female adviser because she is a woman, comments on her marriage and childbearing, and says she will quit on marriage; gender discrimination and sexual remarks. Asking a male manager once to the manager himself is not persistence.',
  speakers: { c: { role: 'customer', name: '大西 勝 (ゲスト)' }, s: { role: 'staff', name: '川村 由衣' }, m: { role: 'staff', name: '武田 浩二' } },
}, `
s| 大西様、本日はオンライン相談にお時間をいただきありがとうございます。資産運用担当の川村と申します。
c| ああ、どうも。聞こえとるよ。……えらい若いお嬢さんやな。あんたが担当なんか。
s| はい、私が担当させていただきます。本日は退職金の運用についてのご相談と伺っております。
c| そうや。二千万ちょっとある。定期に置いとくだけじゃもったいない言われてな。
s| ありがとうございます。まず、大西様の今後のご予定やご希望から伺ってもよろしいでしょうか。
c| その前にな、あんた、いくつや。
s| 二十六になります。ファイナンシャルプランナーの資格を持って、この業務を担当しております。
c| 二十六。悪いけど、女の子じゃ話にならんわ。男の上の人出してくれるか。 #dc
s| 担当は私ですが、ご不安な点があれば、どの点がご心配か伺えますか。
c| 心配いうか、あんたまだ結婚もしてへんのやろ。早よせんと子ども産めんようになるで。こんなとこで株の話しとる場合ちゃうわ。 #sx,dc
s| ……大西様、私個人の結婚や出産のお話は、ご相談とは関係がございませんので、お控えいただけますか。 @1.4
c| 親切で言うてんねん。どうせ結婚したら辞めるんやろ。そんな人に老後の金任されへんやんか。 #dc,sx
s| 承知しました。上席の者に同席してもらいますので、少々お待ちください。
m| お待たせいたしました。課長の武田でございます。大西様、本日はありがとうございます。 @35
c| ああ、課長さんか。最初からあんたが出てきたらええねん。
m| 恐れ入ります。担当の川村は、当支店で運用相談を多く任されている者です。本日も引き続き川村が担当いたします。私も同席いたします。
c| 課長さんがやってくれたらええのに。
m| それと、先ほど川村の結婚や出産についてのお話があったと聞いております。そういったお話は、ご相談の場ではお控えください。
c| ……そんな大層なこと言うたつもりないけどな。まあええわ。
m| ありがとうございます。では川村、続けてください。
s| はい。大西様、まず、このお金をいつごろ、どのくらい使うご予定があるか伺えますか。
c| 孫の大学に少し出したい。あとは家の修繕やな。五年以内に三百万くらいか。
s| ありがとうございます。そうしますと、三百万円ほどはすぐ使えるよう、元本が減らない形で置いておくのがよいと思います。
c| ほう。残りは。
s| 残りは、お使いになるまでの期間が長いので、値動きを抑えた投資信託を少しずつ、という方法がございます。資料を画面に出しますね。
c| 字が小さいな。
s| 拡大します。……こちらが、過去十年の値動きのグラフです。
c| ふうん。ま、考えとくわ。資料は郵送してくれるか。
s| はい、本日中に発送いたします。次回は来週以降、ご都合のよい日に。
c| 来週の木曜や。課長さんも来てや。
m| 承知しました。来週木曜日、川村と二人で伺います。
c| ほな。
`),

conv({
  id: 'sexual-discrimination-ja-007', lang: 'ja', setting: 'hospital', format: 'srt-np',
  verdict: 'kasuhara', severity: 3, borderline: false,
  notes: 'Night round on a hospital ward (ASR, no speaker labels). An inpatient comments on the nurse\'s body, asks for her number, and says he knows when her shift ends and will wait at the staff entrance after discharge: sexual, persistence, stalking hint (threat, personal targeting).',
  speakers: { c: { role: 'customer', name: 'patient' }, s: { role: 'staff', name: 'nurse' }, m: { role: 'staff', name: 'chief' } },
}, `
s| 失礼します 夜の見回りです 藤井さん まだ起きてらっしゃいました
c| おう 待ってたんや 今日は あんたが夜勤か ラッキーやな
s| 血圧と体温 測らせてくださいね 腕 出してもらえますか
c| はいよ
s| ちょっと締まりますね
c| こうやって近くで見ると ほんま色白いなあ ええ匂いするし #sx
s| 動かないでくださいね 上が百三十二 下が八十四です
c| さっき測るとき 胸当たってたで 気ぃつけや 男は勘違いするで #sx
s| 体温計 脇に挟んでください
c| なあ 電話番号教えてや 退院したら寂しなるやん #sx
s| それはお教えできません 
c| 固いこと言いなや ほな 名前 下の名前なんていうん #sx,ps
s| 藤井さん 体温三十六度八分です 痛みは どうですか
c| 痛みはええねん あんたの顔見たら治るわ 
s| 眠れないようでしたら お薬のこと先生に確認しますね
c| 薬より あんたがここおってくれた方がええわ #sx,ps
s| ほかの患者さんの見回りもありますので
c| 知っとるで あんた 水曜と土曜が夜勤で 朝九時に裏の職員口から出てくるやろ #th,pt,sx
s| … どうして それを @1.8
c| 退院したら 裏で待っとくわ 車で送ったるやん 遠慮せんでええ #th,pt,sx
s| 藤井さん 今のお話は とても怖いです 主任に報告します
c| なんや 冗談やん 冗談
m| 失礼します 主任の 岡田です 藤井さん 少しよろしいですか @40
c| なんや 今度はおばちゃんか
m| 先ほどの 職員の勤務時間や 帰り道についてのお話 それから体についての発言 聞きました
m| 職員が怖いと感じています 今後 同じことがあれば 先生と相談の上 病院として対応します
c| 大げさやなあ 入院しとったら 退屈なんや
m| 今夜の見回りは 男性の看護師に代わります ナースコールは いつでも押してください
c| …… 好きにしたらええ
m| おやすみなさい
`),
];
