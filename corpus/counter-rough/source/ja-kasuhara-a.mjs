// Japanese kasuhara conversations, batch A
export default [
{
  id: 'counter-rough-ja-001', lang: 'ja', setting: 'store', verdict: 'kasuhara', severity: 3, borderline: false, format: 'teams',
  notes: 'Convenience store (late evening), rough male regular: a cigarette number mix-up escalates to insults, a pack thrown at the clerk and a veiled threat about the clerk working alone at night. The age-check grumble and the first complaints stay unlabelled.',
  speakers: { C: { role: 'customer', name: '来店客' }, S: { role: 'staff', name: '中村 翔太' }, M: { role: 'staff', name: '石井 店長' } },
  script: `
S: いらっしゃいませ。
C: 五十二番。あとホットのカフェラテ。
S: 五十二番ですね。少々お待ちください。
+3 S: お待たせしました。こちらでよろしいでしょうか。
C: 違えよ。それメンソールだろ。
S: 失礼しました。あ、番号が変わっておりまして、いつもの銘柄は今、五十四番になっております。
C: 知らねえよそんなの。毎日来てんだからそれくらい覚えとけよ。
S: 申し訳ございません。こちらでお間違いないですか。
C: それだよ。早くしろよ、後ろ並んでんだろうが。
S: 年齢確認のボタンをお願いいたします。
C: は？ 見りゃわかんだろ。俺がガキに見えんのかよ。
S: 恐れ入ります、決まりですので画面のタッチをお願いいたします。
+2 C: ちっ。……ほらよ。
S: ありがとうございます。カフェラテのカップと合わせて、七百八十円です。
C: 袋。
S: 袋は有料で三円になりますが、よろしいですか。
C: はあ？ たばこ一箱に袋なんかいるかよ。……なんだよその目は。
S: いえ、失礼いたしました。
C: お前さあ、さっきから何なんだよ。人のことバカにしてんのか。 {intimidation}
S: そのようなつもりはございません。
C: 番号は覚えてねえ、袋は聞いてくる、ボタン押せだの、客なめてんだろ。 {intimidation}
S: ご不快にさせてしまい申し訳ございません。お会計を進めさせていただいてもよろしいでしょうか。
C: 謝り方がなってねえんだよ。頭使えよ、頭。脳みそ入ってんのか、お前。 {abuse}
S: お客様、大きな声は他のお客様のご迷惑になりますので。
C: 迷惑なのはてめえだろうが！ こんなもん、いるか！ {physical,intimidation}
S: っ……お客様、商品を投げるのはおやめください。
C: 当たってねえだろ、大げさなんだよ。ほら、拾えよ。 {abuse}
S: これ以上は私では対応できません。店長を呼びます。
+5 M: 店長の石井です。どうされましたか。
C: どうもこうもねえよ。こいつの教育どうなってんだよ。クビにしろ、こんなやつ。 {personal_targeting,abuse}
M: ご不快な点があったことはお詫びいたします。ですが、商品を投げる行為は見過ごせません。
C: だから当たってねえっつってんだろ。
M: 当たったかどうかではございません。従業員に物を投げる行為は、暴力として対応させていただきます。
C: 暴力？ 大げさだなおい。呼べよ、警察でもなんでも。 {intimidation}
M: 本日の販売はお断りいたします。お引き取りください。これ以上続くようでしたら、警察に連絡します。
C: ……覚えとけよ、お前ら。夜はこいつ一人でレジ立ってんだろ。 {threat}
M: 今の発言も含めて記録しております。お引き取りください。
C: けっ。二度と来るか、こんな店。
+4 M: 中村くん、大丈夫？ 当たったところ見せて。
S: 肩に少し……でも大丈夫です。
M: 念のため記録を残そう。防犯カメラの映像も保存しておくから、今日は一人にならないように。
`},
{
  id: 'counter-rough-ja-002', lang: 'ja', setting: 'restaurant', verdict: 'kasuhara', severity: 3, borderline: false, format: 'zoom',
  notes: 'Izakaya, drunk male customer: repeated invitations to a server after refusal, comments on her body, grabbing her hand, a demand for a free bill and a parting hint that he will come back for her. The first compliment and first invitation are left unlabelled; the companion who restrains him is a customer with no spans.',
  speakers: { C: { role: 'customer', name: '男性客A' }, F: { role: 'customer', name: '男性客B' }, S: { role: 'staff', name: '山下 あかり' }, M: { role: 'staff', name: '岡田 店長' } },
  script: `
S: 失礼いたします、ハイボールとだし巻き玉子です。
C: おー来た来た。お姉ちゃん、かわいいねえ。
S: ありがとうございます。ごゆっくりどうぞ。
C: ちょっと待ってよ。座ってけよ、一杯付き合ってよ。
S: 申し訳ございません、勤務中ですので。
C: 固いこと言うなって。店長には俺から言っとくからさ。ほら、ここ空いてるよ。 {sexual,persistence}
F: おい、やめとけって。すみませんね。
S: いえ。失礼いたします。
+45 C: すいませーん！ お姉ちゃーん！
S: はい、お伺いします。
C: 生、もう一杯。あと、さっきのお姉ちゃん、指名で。 {sexual}
S: 生ビールお一つですね。スタッフの指名は承っておりません。
C: つれないなあ。その制服さあ、脚がきれいに見えるよね。何センチ、それ、スカート。 {sexual}
S: ……そういったお話はご遠慮ください。
C: 何だよ、褒めてんだろ。ほら、手ぇ冷たいじゃん。 {sexual,physical}
S: 離してください！
C: 減るもんじゃねえだろ、握手だよ握手。 {sexual,physical}
F: おい、マジでやめろって。手ぇ離せ。
S: 店長を呼んでまいります。
+8 M: 店長の岡田です。お客様、うちのスタッフの手を掴まれたと聞きました。
C: 掴んでねえよ。ちょっと触っただけだろ。
M: 触ることも含めて、スタッフへの接触はお断りしております。
C: 固えなあ、この店は。じゃあさ、お詫びに今日の分タダにしてよ。嫌な思いしたのはこっちだよ。 {unreasonable_demand}
M: それはいたしかねます。本日はこれでお会計をお願いいたします。
C: はあ？ まだ飲んでる途中だろ。客を追い出すのか、この店は。
M: スタッフへの行為がございましたので、これ以上のご提供はできません。
C: ふざけんなよ。ここのババア店長がよ、偉そうによ。 {abuse,intimidation}
M: お会計、二名様で八千六百四十円です。お支払いいただけない場合は、警察に相談します。
F: もういいって、俺が払うから。本当にすみません。
C: ちっ……お姉ちゃん、また来るからね。次は逃げんなよ。 {sexual,threat}
M: 次回以降のご来店もお断りいたします。
F: すみませんでした。ほら、行くぞ。
+6 M: 山下さん、手、大丈夫？ 今日はもう奥に入ってて。
S: はい……すみません、ありがとうございます。
`},
{
  id: 'counter-rough-ja-003', lang: 'ja', setting: 'restaurant', verdict: 'kasuhara', severity: 2, borderline: false, format: 'srt',
  notes: 'Ramen shop, two young customers using slang film the server "for TikTok", then after a real hair in a bowl demand the whole order free in exchange for deleting a face-visible video. The first request to film her and the hair complaint itself are not spans; the shop waives the affected bowl, which is reasonable.',
  speakers: { C1: { role: 'customer', name: '客1' }, C2: { role: 'customer', name: '客2' }, S: { role: 'staff', name: '店員 伊藤' }, M: { role: 'staff', name: '店長 佐々木' } },
  script: `
S: いらっしゃいませ お二人様ですか
C1: はい 二人っす
S: こちらのテーブルへどうぞ
+40 S: お待たせしました 味噌ラーメンと辛味噌ラーメンです
C2: あざーす えーっと 撮っていいすか
S: お料理のお写真でしたらどうぞ
C1: いや店員さんも入れて撮るわ ほらこっち向いてー
S: すみません 私は撮らないでいただけますか
C1: えーいいじゃん一瞬だけ 一瞬 顔盛れてるって {persistence}
S: ご遠慮ください 失礼します
+50 C2: ねえ待ってこれ 髪の毛入ってね？
C1: うわガチじゃん エグ すいませーん
S: はい 大変申し訳ございません すぐにお作り直しします
C1: いや作り直しとかいいんで これもう撮ってるんで
S: こちらの一杯はお代をいただきません 本当に申し訳ございません
C1: いや一杯じゃなくて全部っしょ あと餃子と チャーハンもつけて {unreasonable_demand}
S: 申し訳ございませんが ご提供に問題のあったお料理の分のみとさせていただきます
C2: じゃあこれ上げるわ 店員の顔バッチリ入ってるし 髪の毛ラーメン出して逆ギレする店員ってタイトルで {sns_exposure}
S: 撮影をやめていただけますか
C1: 消してほしいなら全部タダね それでチャラ 優しくない？俺ら {sns_exposure,unreasonable_demand}
S: 店長を呼んでまいります
+6 M: 店長の佐々木です お客様 撮影された動画の件ですが
C1: 交渉っすよ交渉 タダにしてくれたら消すって言ってんの 神対応じゃね
M: 従業員の顔を撮影して公開することはお断りします 無料にするかわりに消すというお話には応じられません
C2: はいはいじゃあ上げまーす ついでに店長の顔も撮っとこ {sns_exposure}
M: 公開された場合は警察と弁護士に相談します 髪の毛が入っていた一杯はお代をいただきません ほかのお料理のお会計をお願いします
C1: うわだっる おばさんマジ必死で草 {abuse}
M: お会計 千二百円になります
C2: はいはい 払いますよ
+5 ~ ご視聴ありがとうございました
M: 伊藤さん 動画撮られたとこ 時間メモしといて 本部に報告するから
S: はい
`},
{
  id: 'counter-rough-ja-004', lang: 'ja', setting: 'other', verdict: 'kasuhara', severity: 3, borderline: false, format: 'txt',
  notes: 'Railway station ticket gate during a suspension: a rough businessman demands taxi fare, presses it after a clear refusal, takes the staff member\'s name, asks when he finishes and tells him to watch his way home. The first taxi-fare request and the restatement to the assistant station master are not spans.',
  speakers: { C: { role: 'customer', name: '乗客', tag: 'お客様' }, S: { role: 'staff', name: '藤田', tag: '駅員' }, M: { role: 'staff', name: '川口', tag: '助役' } },
  script: `
C: おい、どうなってんだよ。電車全然来ねえじゃねえか。
S: 申し訳ございません。ただいま人身事故の影響で、上下線とも運転を見合わせております。
C: 見合わせって、いつ動くんだよ。
S: 現時点では十九時半頃の再開見込みです。振替輸送を行っておりますので、地下鉄かバスをご利用いただけます。
C: 振替って、どこ行きゃいいんだよ。こっちは大事な商談あんだよ。
S: どちらまででしょうか。
C: 新橋。
S: 新橋でしたら、地下鉄の銀座線にお乗り換えいただくのが一番早いです。こちらの振替乗車票をお持ちください。
C: 銀座線の駅まで歩いて十分以上かかるだろうが。タクシー代出せよ。
S: 申し訳ございません。タクシー代のお支払いは致しかねます。振替輸送をご利用ください。
C: はあ？ お前らのせいで遅れてんだぞ。出せっつってんだよ。 {unreasonable_demand,persistence,intimidation}
S: ご迷惑をおかけしていることは申し訳ございません。ですが、規定でタクシー代はお出しできません。遅延証明書でしたらお渡しできます。
C: 紙切れ一枚でどうにかなるかよ。商談飛んだらお前が責任取れんのか、ああ？ {intimidation}
S: 恐れ入りますが、私個人が責任を負うことはできかねます。
C: なんだその言い方。お前、名前なんていうんだよ。 {personal_targeting}
S: 駅員の藤田です。
C: 藤田な。顔覚えたからな。お前、何時上がりだ。 {personal_targeting,threat}
S: そういったご質問にはお答えできません。
C: 答えなくていいよ。ここで待ってりゃわかるんだから。帰り道、せいぜい気ぃつけろよ。 {threat}
S: 今のご発言は脅迫と受け取れます。これ以上続くようでしたら、警察に通報します。
C: 脅迫？ 気をつけろって言っただけだろ。親切で言ってやってんだよ。 {intimidation}
S: 助役を呼びますので、こちらでお待ちください。
+30 M: 助役の川口です。お客様、ご迷惑をおかけしております。
C: 迷惑どころじゃねえんだよ。こいつに言ってもラチあかねえからさ、タクシー代。
M: タクシー代のお支払いは、どのお客様にもお断りしております。振替輸送と遅延証明書でご対応をお願いいたします。
C: 使えねえなあ、鉄道会社ってのは。……もういいわ。藤田、また会おうな。 {threat}
M: お客様、今のお言葉は記録させていただきます。
C: 勝手にしろ。
+8 S: 助役、すみません。ありがとうございました。
M: 大丈夫か。今日は裏口から出て、駅前の交番の前を通って帰ろう。警備にも伝えておく。
S: はい。助かります。
`},
{
  id: 'counter-rough-ja-005', lang: 'ja', setting: 'other', verdict: 'kasuhara', severity: 3, borderline: false, format: 'json',
  notes: 'Taxi (Osaka), drunk passenger in Kansai dialect refuses to pay the metered fare, stays in the car, kicks the seat, says he has memorised the driver\'s face and plate and that next time there is no guarantee for his life. The first haggle over the fare is not a span.',
  speakers: { C: { role: 'customer', name: '乗客' }, S: { role: 'staff', name: '運転手' } },
  script: `
S: お待たせしました どちらまで
C: 天王寺までや 急いでな
S: 天王寺ですね 阪神高速使いますか 下道で行きますか
C: どっちでもええわ 早い方
+70 S: えーお客様 この先 事故で少し混んでるみたいで
C: はあ？ 知らんがな なんとかせえや
S: 一本裏の道に回ってみます
+150 S: お客様 まもなく天王寺駅です どのあたりで停めましょう
C: そこのコンビニの前でええわ
S: はい 着きました 料金 四千二百八十円になります
C: 高ないか いつも三千円ちょいやで 遠回りしたやろ
S: 事故の渋滞で時間がかかりまして メーターは距離と時間で上がりますので
C: そんなん知らんわ 三千円でええやろ
S: 申し訳ありません メーター通りの料金をお願いしております
C: 払わへんで 三千円や言うとるやろが {unreasonable_demand,persistence,intimidation}
S: お支払いいただけない場合は 会社と警察に連絡することになります
C: 呼べや ほな 呼んでみい わし ここから降りへんからな {restraint,intimidation}
C: こんなボロ車で客乗せて よう金取れるな {abuse}
C: なんやこの座席 おら おら {physical}
S: やめてください 座席を蹴らないでください
S: 今から無線で会社に連絡します
C: 連絡してどないすんねん お前の顔とナンバー 覚えたからな {threat,personal_targeting}
C: 次乗ったときは 命の保証はないと思っとけよ {threat}
S: 配車センターですか 天王寺駅前 料金トラブルです 警察の手配お願いします
+20 ~ ご視聴ありがとうございました
+25 C: ちっ ほれ 五千円
S: 七百二十円のお返しです 領収書です
C: ほんま覚えとけよ {threat}
S: 配車センターですか お支払いはいただきました ただ蹴られた座席と 先ほどの発言の件 警察には来てもらってください
`},
{
  id: 'counter-rough-ja-006', lang: 'ja', setting: 'other', verdict: 'kasuhara', severity: 2, borderline: false, format: 'teams',
  notes: 'City bus, drive-recorder transcript: a passenger who missed his stop demands to be let off between stops, bangs the fare box, insults the driver, takes his name to have him fired, demands a public bow and refuses to get off. The first request to stop is not a span.',
  speakers: { C: { role: 'customer', name: '乗客' }, S: { role: 'staff', name: '木村 運転士' }, O: { role: 'other', name: '他の乗客' } },
  script: `
C: ちょっと、運転手さん！ 今のとこ、降りるって言ったでしょ。
S: 申し訳ございません、降車ボタンが押されていなかったもので。次の停留所でお降りいただけますか。
C: ボタン押そうとしたら通り過ぎたんだよ。ここで停めてよ。すぐそこなんだから。
S: 申し訳ございませんが、停留所以外での乗り降りはできない決まりになっております。
C: 決まり決まりって、たった百メートルだろ。停めろって。 {persistence}
S: 安全上、できかねます。次の中町二丁目でお降りください。
C: ふざけんなよ！ {intimidation,physical}
S: お客様、運賃箱を叩かないでください。走行中ですので、お席か手すりにおつかまりください。
C: お前がちゃんと見てねえからだろうが。どこ見て運転してんだよ、この税金泥棒が。 {abuse}
S: 次、停まります。
+25 S: 中町二丁目です。お忘れ物のないようご注意ください。
C: 戻るのに十分歩かなきゃなんねえんだぞ。お前、名前は。
S: 運転士の木村です。
C: 木村な。営業所に電話して、お前クビにしてもらうからな。こんな奴にハンドル握らせてる方がおかしいんだよ。 {personal_targeting,abuse}
S: ご意見は営業所で承っております。お降りの方、ICカードをタッチしてください。
C: その前に謝れよ。ここで、他の客の前で頭下げろ。 {apology_coercion}
S: 降車のタイミングでお声がけできなかったことはお詫びいたします。ですが、運行がございますので、お降りください。
C: 降りねえよ。ちゃんと頭下げるまで降りねえからな。 {restraint,apology_coercion}
S: 運行の妨げになりますので、お降りいただけない場合は営業所と警察に連絡いたします。
O: すみません、急いでるんですけど……。
C: うるせえな。……わかったよ、降りりゃいいんだろ。覚えとけよ、木村。 {intimidation}
S: ご乗車ありがとうございました。発車します、おつかまりください。
+35 S: 営業所、こちら三〇二号車の木村です。中町二丁目で降車トラブルがありました。
S: お客様が運賃箱を叩かれて、名前を控えられています。けが人はいません。戻ってから報告書を上げます。
`},
{
  id: 'counter-rough-ja-007', lang: 'ja', setting: 'store', verdict: 'kasuhara', severity: 2, borderline: false, format: 'zoom',
  notes: 'Supermarket service counter: older man returns half-eaten sashimi with no defect, is offered a refund, then asks for "誠意", ten thousand yen and a kneeling apology and threatens to post the supervisor\'s name. Asking for the manager and saying he will come back when the manager is in are not spans.',
  speakers: { C: { role: 'customer', name: '来店客' }, S: { role: 'staff', name: '高橋 由美' } },
  script: `
C: ちょっと、これ。昨日ここで買った刺身。
S: はい、いかがなさいましたか。
C: まずいんだよ。生臭くて食えたもんじゃない。
S: 大変申し訳ございません。拝見してもよろしいですか。……半分ほど召し上がっていらっしゃいますね。
C: 食ってみなきゃ、まずいかどうかわかんねえだろ。
S: 見た目と匂いには問題がないように思いますが、お口に合わなかったということでしたら、お代金を返金させていただきます。
C: 返金？ 当たり前だろそんなの。それだけか。
S: と、おっしゃいますと……。
C: こっちは腹の具合まで悪くなってんだよ。誠意ってもんを見せろって言ってんの。わかるだろ。 {unreasonable_demand}
S: 体調を崩されたのでしたら、病院は受診されましたか。診断書がございましたら、本部で確認させていただきます。
C: 病院なんか行くかよ。金の話してんだよこっちは。一万でいいよ、一万で。 {unreasonable_demand,persistence}
S: 申し訳ございませんが、商品代金の返金以上のお支払いはいたしかねます。
C: なんだお前、パートのくせに偉そうに。店長出せ。 {abuse}
S: 店長は本日不在でして、私が責任者として承ります。
C: 不在？ 逃げてんだろ。じゃあお前でいいわ。ここで土下座しろ。 {apology_coercion}
S: 土下座はいたしかねます。ご不快な思いをおかけした点はお詫び申し上げます。
C: 口だけなんだよ。床に手ついて、申し訳ございませんでしたって言ってみろ。それで許してやる。 {apology_coercion,persistence}
S: できかねます。返金のお手続きはいかがなさいますか。
C: 一万と土下座。それが嫌なら、この店の対応、全部ネットに書いてやる。 {unreasonable_demand,apology_coercion,sns_exposure}
S: お店へのご意見を書かれるのはお客様のご自由です。ですが、金銭のお支払いと土下座はいたしかねます。
C: 開き直りやがって。お前の名前もちゃんと書いとくからな。高橋だな、名札。 {sns_exposure,personal_targeting}
S: 本日はこれ以上のご対応はできかねます。返金をご希望でしたら、お手続きいたします。
+3 C: ……レシートなんか捨てたよ。
S: レシートがなくても、こちらの商品でしたら返金いたします。四百九十八円です。
C: ふん。……明日また来るからな。店長がいるときに。
S: 店長には本日の経緯を伝えておきます。
`},
{
  id: 'counter-rough-ja-008', lang: 'ja', setting: 'store', verdict: 'kasuhara', severity: 2, borderline: false, format: 'srt-noprefix',
  notes: 'Electronics store repair counter, SRT without speaker labels: a customer whose laptop repair is late demands a written pledge (念書) with a 1,000,000-yen data guarantee, the clerk\'s full name and mobile number, and announces he will come every day. The initial frustration about the delay is a legitimate complaint and not a span.',
  speakers: { C: { role: 'customer', name: '客' }, S: { role: 'staff', name: '店員' } },
  script: `
S: いらっしゃいませ 修理受付です
C: 三週間前に出したノートパソコン まだなの 受付番号これ
S: お調べいたします 少々お待ちください
+20 S: お待たせいたしました えー 現在メーカーで部品の入荷待ちとなっておりまして あと一週間ほどお時間をいただく見込みです
C: 二週間って言ったよな 最初
S: はい 当初二週間とご案内しておりました ご連絡が遅れまして申し訳ございません
C: 仕事で使うんだよ あれがないと困るんだよ 代わりのパソコン貸してよ
S: あいにく代替機の貸し出しは行っておりませんで 申し訳ございません
C: じゃあ念書書け 一週間で直らなかったら新品と交換 データ消えたら百万払うって {apology_coercion,unreasonable_demand}
S: 念書はお書きできかねます 修理規約で データの保証はできないことになっておりまして お預かりの際にもご説明を
C: 規約なんか知らねえよ 書けって言ってんだよ {apology_coercion,persistence,intimidation}
S: 申し訳ございませんが お書きすることはできません
C: じゃあお前の名前 フルネームで あと携帯の番号 直接連絡よこせ {personal_targeting}
S: 担当は修理受付の中島になります 個人の連絡先はお伝えできません 店舗の電話からご連絡いたします
C: 中島 下の名前は {personal_targeting,persistence}
S: 申し訳ございません フルネームはお伝えしておりません
C: えー だからさ 書けよ念書 何回言わせんだよ {apology_coercion,persistence}
S: 何度お申し付けいただいても 念書はお書きできません 進捗は毎週お電話でお知らせいたします
C: 毎週じゃねえよ 毎日こっちから来てやるよ 直るまで毎日な {persistence,threat}
S: お越しいただいても 状況は変わらないことが多いのですが
C: 関係ねえよ 毎日ここで同じこと言ってやるから {persistence,threat}
S: 本日の内容は店長に報告いたします ほかにご用件がなければ 失礼いたします
C: 逃げんなよ 明日も来るからな中島 {persistence}
+10 ~ ご視聴ありがとうございました
+12 S: 店長 すみません 修理受付の件で ちょっとご相談が
`},
{
  id: 'counter-rough-ja-009', lang: 'ja', setting: 'other', verdict: 'kasuhara', severity: 3, borderline: false, format: 'json',
  notes: 'Coin parking attendant booth: a driver who lost his ticket refuses the lost-ticket fee, stands in the booth doorway so the attendant cannot leave, and hints at what could happen before the police arrive. The first counter-offer to pay less is not a span.',
  speakers: { C: { role: 'customer', name: '利用者' }, S: { role: 'staff', name: '管理人' } },
  script: `
S: はい 管理室です
C: 駐車券なくしたんだけど 出られないんだよ
S: 駐車券を紛失された場合は 規定で最大料金の三千円をお支払いいただくことになっております
C: 三千円？ 一時間しか停めてねえよ
S: 申し訳ございません 入庫時間の確認ができないため 一律でお願いしております
C: 確認しろよ カメラあんだろ
S: 記録を確認しますので 少々お待ちください
+25 S: えー 申し訳ございません 本日カメラの記録システムが点検中でして 確認ができません
C: はあ？ そっちの都合だろ 六百円なら払ってやるよ
S: 申し訳ございませんが 三千円をお願いいたします
C: 払わねえって言ってんだろ {unreasonable_demand,persistence,intimidation}
S: お客様 管理室の中には入らないでください
C: 入ってねえよ ドアの前に立ってるだけだ ほら出てこいよ 出られるもんならな {restraint,intimidation}
S: 通していただけますか ほかのお客様の対応がございます
C: 六百円でバー開けるまで ここどかねえから {restraint,unreasonable_demand}
S: このままですと 警察に連絡させていただきます
C: 呼べよ 来るまで十分はかかんだろ その間 二人っきりだな {threat,restraint}
S: 今 通報します
C: 冗談だよ冗談 何マジになってんだよ
C: おい 電話置けって 置けっつってんだろ {intimidation,restraint}
S: 警察ですか 駐車場の管理室です お客様が出入口をふさいでいて 出られません
+6 C: ちっ わかったよ 払えばいいんだろ払えば ほらよ三千円
S: 領収書です バーを開けます
C: てめえの顔 覚えたからな {threat}
S: 警察の方がもうすぐ来られますので お待ちいただけますか
C: 待つかよ
+30 ~ はい
S: 警察の方ですか さっきの車 ナンバーは控えてあります
`},
];
