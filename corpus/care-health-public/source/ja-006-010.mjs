export const conversations = [
{
  id: 'care-health-public-ja-006', lang: 'ja', setting: 'school', format: 'teams',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Online meeting of a father with a young homeroom teacher and the vice principal after his son was told off in class. His first question and first request are not spans; he then forces a handwritten, sealed apology to be read to the class and a kneeling apology, demands the teacher be removed, belittles her as a young woman and repeats after clear refusals. Finer setting: public elementary school.',
  speakers: { T: ['staff', '小林 結衣', ''], V: ['staff', '松本 修', ''], C: ['customer', '岡田 浩一', ''] },
  script: `
V: 岡田さん、本日はお忙しいところありがとうございます。教頭の松本です。担任の小林も入っております。
T: 小林です。よろしくお願いいたします。
C: どうも。で、単刀直入に聞きますけど、火曜日の三時間目、うちの蓮に何したんですか。
T: はい。授業中に蓮さんがスマートフォンを机の下で操作していたので、しまうように声をかけました。二度目も続いていたので、授業の後まで預かると伝えました。
C: それをクラス全員の前でやったんですよね。名前呼んで、立たせて。
T: 立たせてはいないのですが、みんなの前で名前を呼んで注意したのは事実です。
C: 本人、みんなに笑われて、次の日学校行きたくないって言ったんですよ。
V: それはご心配をおかけしました。注意の仕方について、配慮が足りなかった点は学校としてお詫びいたします。
C: だったら、先生から本人とクラスにちゃんと謝ってもらえますか。
T: 蓮さんには、私から直接、言い方がきつかったことは伝えたいと思っています。ただ、スマートフォンをしまうように言ったこと自体は、学校のきまりですので。
C [apology_coercion]: 口で言うだけじゃ軽いんですよ。謝罪文書いてください。手書きで、印鑑押して。それをクラスの前で読み上げてもらう。
V: 蓮さんへのお詫びはいたします。ただ、クラス全体の前で謝罪文を読み上げるということは、他の子どもたちへの影響もありますので、お受けできません。
C [apology_coercion,persistence]: 影響？ 全員の前で恥かかせたのはそっちでしょう。同じ場所で、同じだけ恥かいて謝るのが筋じゃないですか。
V: お気持ちは分かります。ですが、お答えは変わりません。蓮さんとご家庭に対しては、担任と私とでお詫びに伺うことも考えております。
C [discrimination]: だいたい、こんな若い女の先生に担任やらせるから、子どもになめられてスマホいじられるんですよ。
T: …
V: 担任の年齢や性別についてのお話は、今回の件とは関係がございませんので、ご遠慮ください。
C [personal_targeting]: じゃあはっきり言いますよ。小林先生、担任から外してください。うちの子の担任、この人じゃ無理です。
V: 担任の配置は学校の判断で決めるものですので、今回の件を理由に変更することはありません。
C [intimidation]: なめてんのか、おい。こっちは子どもが学校行けなくなるかもしれないって話してんだよ。
V: 岡田さん、大きな声は控えていただけますか。蓮さんが安心して登校できるように、何ができるかを一緒に考えたいと思っています。
C [apology_coercion]: だったら明日うちに来て、玄関で手ついて謝ってくださいよ。小林先生が。それくらいしてもらわないと、うちの子も納得しないんで。
V: 床に手をついてのお詫びといったことは、どのような事情でもお受けできません。
C [personal_targeting,persistence]: 謝罪文も駄目、土下座も駄目、担任も替えない。何回言ったら分かるんですか。教育委員会にこの先生の名前出して、辞めさせてもらいますよ。
V: 教育委員会へのご相談は、もちろん保護者の方の自由です。学校としても今日の内容は報告いたします。
T: 岡田さん、蓮さんには明日の朝、私から直接話します。言い方がきつかったことは謝ります。
C: …それで本人が納得しなかったら、また連絡しますから。
V: はい、いつでもご連絡ください。本日はここで終わらせていただきます。ありがとうございました。
`},
{
  id: 'care-health-public-ja-007', lang: 'ja', setting: 'hospital', format: 'json',
  verdict: 'kasuhara', severity: 3, borderline: false,
  notes: 'Call to a ward nurse station from the son of a patient who died last week. His grief, his request to speak to the doctor and his accusation are not spans; veiled threats against the doctor, a ten-million-yen "誠意" demand, asking where the doctor lives and an arson hint are. ASR noise: fillers, 医療安全 misheard as 衣料安全.',
  speakers: { N: ['staff', '', ''], C: ['customer', '', ''] },
  script: `
N: はい 五階東病棟 看護師の藤井です
C: あの 先週までそっちに入院してた 小西正男の息子ですけど
N: はい 小西さんの この度は ご愁傷様でした
C: 山本先生いますか 話したいんですけど
N: 申し訳ありません 山本は今 手術に入っておりまして 夕方まで出られないんです
C: またそれか 先週からずっとそうですよね
N: ご連絡いただいてたのに お繋ぎできていなくて 申し訳ありません
C: 親父ね 手術は成功しましたって言われたんですよ そしたら三日後に死んだんですよ どういうことですか
N: はい お辛いと思います あの 経過についてのご説明は 改めて山本から時間をとってさせていただきたいと思っておりまして
C: 説明なんかいらないですよ 親父はあの医者に殺されたようなもんなんだから
N: そう感じていらっしゃるということは 先生にも必ずお伝えします
C [threat]: 伝えといてくださいよ 山本先生に 夜道歩くときは後ろ気をつけたほうがいいですよって
N: 小西さん 今のは 先生に危害を加えるという意味でしょうか
C [threat,intimidation]: さあ どうでしょうね 親父と同じ目にあうかもしれないですよね 人間いつ死ぬか分かんないんだから
N: そういったお話は 職員の安全に関わりますので おやめください
C [unreasonable_demand]: じゃあ誠意見せてくださいよ 一千万 それで黙りますよ
N: 金銭のお話は こちらではお受けできません 病院には衣料安全管理室という窓口がありまして ご説明の場や ご意見の受付はそちらで正式に行っています
C [personal_targeting]: 窓口とかどうでもいいんですよ あの医者 家どこなんですか 自分で行って聞きますから
N: 医師の住所などの個人情報は お伝えできません
C [threat]: 別にいいですよ 調べりゃ分かるし 病院が燃えたって誰も困らないですよね あんな医者しかいないなら
N: 小西さん 今のご発言は 記録させていただきます このままですと警察に相談することになります
C [intimidation]: 勝手にすりゃいいだろ
N: ご説明の場は 病院として責任を持って設けます 弁護士さんに相談されることもできます ただ 今のようなお話にはお答えできませんので 一度お電話を終わらせていただきます
C: …
N: 失礼いたします
`},
{
  id: 'care-health-public-ja-008', lang: 'ja', setting: 'hospital', format: 'txt',
  verdict: 'normal', severity: 0, borderline: false,
  notes: 'Orthopaedic clinic reception phone: an elderly patient moves her rehab appointment and mentions cutting her finger with a kitchen knife. Alarming words (包丁, 血) in an ordinary call. Finer setting: clinic appointments.',
  speakers: { S: ['staff', '受付', '受付'], C: ['customer', '患者', '患者'] },
  script: `
S: はい、さくら整形外科クリニックでございます。
C: あ、もしもし、すんません。リハビリに通っとる吉岡ですけども。
S: 吉岡様、いつもありがとうございます。
C: あのね、あさっての十時のリハビリね、ちょっと都合悪くなってしもうて、変えてもらえんやろか。
S: はい、変更ですね。診察券の番号はお分かりになりますか。
C: ええと、ちょっと待ってね。…〇三四五二、やね。
+4 S: 吉岡ミツ子様ですね。木曜十時のリハビリのご予約、確認できました。いつ頃がよろしいですか。
C: 来週の月曜か火曜の午前中は空いとるかね。
+3 S: 月曜日の十時半でしたらお取りできます。
C: ほんならそれで。すみませんねえ。
S: いえいえ。月曜十時半に変更いたしました。
C: それとね、ついでに聞きたいんやけど、昨日晩ご飯作っとって、包丁で左の人差し指ざっくりいってしもうてね。
S: あら、大丈夫ですか。
C: 血はもう止まったんやけど、ちょっと腫れとってね。これ、そっちで診てもらえるんやろか。
S: はい、切り傷でしたら当院でも診られます。指が曲げにくいとか、しびれがあるということはありませんか。
C: 曲げたら、ちょっと突っ張る感じはあるねえ。しびれはないわ。
S: でしたら、念のため今日か明日のうちに先生に診ていただいた方がいいと思います。今日の午後は三時から受付しております。
C: 今日ね、ほんなら娘に乗せてきてもらうわ。予約はいらんの。
S: はい、ご予約なしで大丈夫です。保険証と診察券をお持ちください。傷は清潔なガーゼで覆ってきてくださいね。
C: はいはい、分かりました。ありがとうね。
S: お大事になさってください。失礼いたします。
`},
{
  id: 'care-health-public-ja-009', lang: 'ja', setting: 'municipal', format: 'srt-plain',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'City hall tax counter: a resident shocked by his residence-tax bill shouts once at the situation, then apologises and takes an instalment consultation. One outburst plus apology is a complaint. SRT without speaker prefixes; ASR fillers and missing punctuation.',
  speakers: { S: ['staff', '', ''], C: ['customer', '', ''] },
  script: `
S: お待たせいたしました 市民税課です どうされました
C: これ 届いた通知なんですけど 住民税 去年の倍近くになってるんですよ
S: 拝見しますね えー 令和六年度の 普通徴収の通知書ですね
C: 六月に会社辞めて 今 収入ほとんどないんですよ それでなんでこの金額なんですか
S: はい 住民税はですね 前の年 一月から十二月までの所得をもとに計算してまして
S: 今年度の税額は 去年お勤めされていた時の収入で決まっているんです
C: いや だから 今払えないって言ってるんですよ
S: はい
C: なんで無職になった途端に倍になるんだよ ふざけんなよほんとに
+2 C: …あ すいません 大きい声出して あなたに言ってもしょうがないですよね
S: いえ 大丈夫です 急に来るとびっくりされますよね
S: 倍になったように見えるのは 今まで会社の給与から天引きされてたのが 退職で ご自分で払う普通徴収に切り替わったからなんです
S: 年間の総額が倍になったわけではなくて 残りの分を 四回に分けてお支払いいただく形になってます
C: あー そういうことか 一回あたりが大きく見えてたってことですか
S: はい そうです
C: それでも 今この額は ちょっと厳しいです
S: でしたら 分納のご相談ができます 納期を分けて 月々払える額にしていくものです
S: それと 失業による収入の減少が大きい場合は 減免の対象になるかどうかも確認できます
C: 減免 そんなのあるんですか
S: 条件がありますので 離職票か 雇用保険の受給資格者証をお持ちいただければ 確認します
C: 受給資格者証 今日持ってないです
S: では 今日は分納の相談だけ先にして 減免は書類をお持ちいただいてからにしましょう
C: はい お願いします さっきはほんとにすみませんでした
S: いえいえ こちらの用紙に 毎月払えそうな金額を書いていただけますか
`},
{
  id: 'care-health-public-ja-010', lang: 'ja', setting: 'school', format: 'json',
  verdict: 'complaint', severity: 0, borderline: true,
  notes: 'Nursery school: a mother calls the director because her two-year-old was bitten and she was told only at pickup. She firmly asks for a written incident report including the nursery\'s apology, and accepts the refusal to name the other child. Borderline: a written apology is requested, but once, for an admitted failure, and the nursery agrees; no pressure, so not apology_coercion. Finer setting: public nursery.',
  speakers: { S: ['staff', '', ''], C: ['customer', '', ''] },
  script: `
S: はい ひまわり保育園です
C: あの すみません ひよこ組の 井上はるとの母ですけど 園長先生いらっしゃいますか
S: はい 園長の川村です お電話代わりました
C: 昨日のお迎えのときなんですけど はるとのほっぺたに 歯形がくっきりついてて
C: 担任の先生に聞いたら あ お友達に噛まれちゃって って それだけで
S: はい 報告を受けております 本当に申し訳ございませんでした
C: 何時頃だったのかも 誰が見てたのかも 分からないって言われたんですよ それってどういうことなんですか
S: おっしゃる通りです 噛まれた瞬間を保育士が見ておらず 気づいたのがお昼寝明けでした 見守りが足りなかったのは園の責任です
C: 夜 痛がって泣いてて 今朝 小児科にも連れて行ったんです
S: そうでしたか 受診の結果はいかがでしたか
C: 跡は残らないだろうって 化膿止めの塗り薬もらいました
S: ありがとうございます 受診の費用は 保育園で入っている保険で対応いたしますので 領収書をお持ちいただけますか
C: はい それはわかりました で 一つお願いがあって
C: 何があったのか ちゃんと紙に書いてもらえますか 時間とか その時の先生の人数とか 今後どうするのかとか
S: はい 事故報告書として まとめてお渡しいたします
C: そこに 園としてのお詫びも 一言入れてほしいんです 口で謝られるだけだと 主人にも説明できないので
S: はい 園の対応に不十分な点がございましたので お詫びも含めて 園長名で書かせていただきます
C: お願いします あと 噛んだのは どの子なんですか
S: 申し訳ありません 相手のお子さんのお名前は 保育園の方針で お伝えしておりません 二歳児さんの噛みつきは 発達の過程でどうしても起きてしまうことがありまして
C: …まあ そうですよね わかりました
S: 相手の保護者の方には 園からきちんとお伝えして 対応を一緒に考えていきます
C: 同じことがまた起きたら 市の保育課にも相談しようと思ってますので
S: はい もちろんです こちらからも今回の件は市に報告いたします
C: 報告書はいつ頃いただけますか
S: 金曜日のお迎えの時に お渡しします その際に 少しお時間いただいて ご説明させてください
C: はい わかりました よろしくお願いします
S: はるとくん お大事になさってください 失礼いたします
`},
];
