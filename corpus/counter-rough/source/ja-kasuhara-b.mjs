// Japanese kasuhara conversations, batch B
export default [
{
  id: 'counter-rough-ja-011', lang: 'ja', setting: 'restaurant', verdict: 'kasuhara', severity: 2, borderline: false, format: 'json',
  notes: 'Family restaurant: an older male customer mocks a Vietnamese server\'s Japanese, demands "a Japanese" instead and insults her; the manager refuses to swap staff on that ground. The original complaint (wrong side dish) is legitimate and not a span.',
  speakers: { C: { role: 'customer', name: '客' }, S: { role: 'staff', name: 'グエン' }, M: { role: 'staff', name: '店長' } },
  script: `
S: お待たせしました ハンバーグセットです ライスと スープです
C: おい サラダって頼んだだろ スープじゃなくて
S: あ 申し訳ございません すぐ サラダにお取り替えします
C: ちゃんと聞いてんのかよ
S: 申し訳ございません お取り替えします
+30 S: お待たせしました サラダです
C: ドレッシングは 和風って言ったよな これゴマだろ
S: えっと すみません 和風ドレッシング お持ちします
C: あんた日本語わかってる？ さっきから全然通じてねえじゃん {discrimination}
S: すみません 確認が足りませんでした
C: どこの国の人 中国？ {discrimination}
S: ベトナムです
C: だろうな もういいよ 日本人の店員に代わって 日本人に {discrimination}
S: あの 店長を呼びます
+10 M: 店長の森です 大変失礼いたしました ご注文と違うものをお出ししてしまいまして
C: 店長さんさ 外国人に接客させんなよ 言葉通じないんだから {discrimination}
M: ご注文の間違いは店としてお詫びいたします ただ グエンは当店の大切なスタッフです 国籍を理由に担当を替えることはいたしません
C: はあ？ 客が嫌だって言ってんだよ 日本人出せって言ってんの {discrimination,persistence}
M: ご注文の確認は私が責任を持ってさせていただきます ですが 国籍で担当を選ぶご要望にはお応えできません
C: なんだよそれ 外人かばって客を怒らせんのかよ この店 頭おかしいんじゃねえの {abuse}
M: お客様 スタッフへのそういったお言葉はおやめください
C: 本当のこと言ってんだろ 日本語もできねえのに 人の国来て働くなっつうの {discrimination,abuse}
M: これ以上続くようでしたら ご退店をお願いすることになります
+3 C: ちっ もういい 会計
M: お会計は私が承ります 和風ドレッシングは今お持ちしました
~ ご視聴ありがとうございました
C: いらねえよ
M: 千三百八十円です ありがとうございました
M: グエンさん 大丈夫？ 今日のことは私から本部に報告しておくから 少し休憩入って
S: はい ありがとうございます
`},
{
  id: 'counter-rough-ja-012', lang: 'ja', setting: 'store', verdict: 'kasuhara', severity: 3, borderline: false, format: 'teams',
  notes: 'Convenience store, a regular in his forties keeps asking a young female clerk out, presses for her LINE after refusal, asks what time she finishes and says he will wait at the back door: sexual harassment with a stalking hint. The first small talk and first invitation are not spans.',
  speakers: { C: { role: 'customer', name: '常連客' }, S: { role: 'staff', name: '小林 ひな' }, M: { role: 'staff', name: '遠藤 オーナー' } },
  script: `
S: いらっしゃいませ。
C: こんばんは。今日もひなちゃんか。
S: ……いらっしゃいませ。温めますか。
C: うん、お願い。ひなちゃんさ、大学生だっけ。
S: はい、まあ。
C: 今度さ、ご飯行こうよ。駅前にうまい焼き鳥屋あるんだよ。
S: すみません、そういうのはちょっと。
+2 C: そっか。じゃあLINEだけでも教えてよ。ほら、これ俺のQR。 {sexual,persistence}
S: お客様とは連絡先の交換はしておりませんので。
C: 固いなあ。バイト中だから言えないんでしょ。本当は嫌じゃないでしょ。 {sexual,persistence}
S: 嫌です。お弁当、温まりました。六百二十円です。
C: 千円で。……ひなちゃん、最近ちょっと痩せた？ 前のほうが胸あったよね。 {sexual}
S: そういうことを言うのはやめてください。
C: 冗談だって。褒めてるんだよ。で、今日何時上がり？ {sexual,personal_targeting}
S: お答えできません。
C: いいよ、だいたいわかるから。十時でしょ。裏口のとこで待ってるね。 {threat,sexual,personal_targeting}
S: オーナー、ちょっと来てもらえますか。
+6 M: オーナーの遠藤です。お客様、うちのスタッフに何か。
C: 何もしてないよ。世間話してただけ。
M: 防犯カメラと音声で確認しています。スタッフへの食事の誘いと連絡先の要求、それから体についての発言は、やめてください。
C: 大げさだなあ。常連だよ、俺。毎日買いに来てやってんのに。
M: 常連のお客様でも同じです。今後、小林への声かけはお断りします。退勤時間を聞いたり、待ち伏せするようなことがあれば、警察に相談します。
C: 待ち伏せなんて言ってないでしょ。待ってるって言っただけで。
M: 同じことです。本日はお会計を済ませて、お帰りください。
C: ……はいはい。また明日ね、ひなちゃん。 {persistence}
M: 小林さん、今日は上がりの時間、僕が車で駅まで送るから。シフトの時間も、当面は表に貼らないようにしよう。
S: ありがとうございます……ちょっと怖かったです。
M: 本部にも報告して、記録残しておくからね。
`},
{
  id: 'counter-rough-ja-013', lang: 'ja', setting: 'restaurant', verdict: 'kasuhara', severity: 1, borderline: true, format: 'zoom',
  notes: 'Izakaya, tipsy customer grumbles about slow drinks (legitimate), then twice calls the young part-timer useless to his face and does not take it back. Borderline: one could read it as a heated complaint, but the insult targets the person and is repeated, so low-severity abuse.',
  speakers: { C: { role: 'customer', name: '客' }, S: { role: 'staff', name: '斉藤 蓮' }, M: { role: 'staff', name: '大将' } },
  script: `
C: すいません、レモンサワー頼んでから二十分来てないんだけど。
S: 申し訳ございません、すぐに確認いたします。
+40 S: お待たせしました、レモンサワーです。大変お待たせいたしました。
C: 遅えよ。氷溶けちゃうだろ、そんなに待たされたら。
S: 申し訳ございません。
C: あと、唐揚げもまだなんだけど。
S: 唐揚げ……あっ、すみません、伝票に入っていませんでした。今すぐお作りします。
C: はあ？ 入ってない？ お前、使えねえなあ。 {abuse}
S: 申し訳ございません。
C: 学生バイト？ 頭使って仕事しろよ、頭。 {abuse}
S: はい……。
C: 唐揚げ、十分以内な。
+60 M: お待たせしました、唐揚げです。今日は混んでまして、ご迷惑をおかけしました。こちらの一品はサービスさせていただきます。
C: おう、大将。そういうことなんだよ。大将はわかってるね。
M: 伝票の入れ忘れは店の仕組みの問題ですので、ご容赦ください。
C: いや、あの兄ちゃんが使えないんだって。ほんとに使えない。 {abuse}
M: 斉藤は一生懸命やっておりますので、そういったお言葉はご勘弁いただけますか。
C: ……まあいいけどさ。
+3 C: 大将、熱燗一合ね。
M: はい、熱燗一合。
+120 C: お会計。
S: はい、お会計、四千百円になります。
C: ごちそうさん。
S: ありがとうございました。
`},
{
  id: 'counter-rough-ja-014', lang: 'ja', setting: 'other', verdict: 'kasuhara', severity: 1, borderline: false, format: 'srt',
  notes: 'Station ticket office: a traveller who missed his reserved shinkansen through his own lateness wants a full refund and a new seat free; after a clear, reasoned refusal he switches to a full refund (first ask not a span), repeats it in new words and says he will stand there until he gets it. No threat or insult, hence low severity.',
  speakers: { C: { role: 'customer', name: '客' }, S: { role: 'staff', name: '窓口係員' } },
  script: `
S: お次のお客様どうぞ
C: あの すいません 新幹線 乗り遅れちゃって これ 十四時三分のやつなんですけど
S: 拝見します はい こちら 指定席特急券ですね 乗り遅れた場合は 当日の後続列車の自由席にご乗車いただけます
C: 自由席って 座れないでしょ 今の時間 指定取り直してもらえます？ タダで
S: 申し訳ございません 乗り遅れの場合 指定席への無料の変更はできません 新たに指定席をお求めいただくことになります
C: いや 改札が混んでたんですよ それで間に合わなかったんで
S: ご不便をおかけしました ただ 規則で乗り遅れの扱いは変えられないんです
C: じゃあ払い戻しで 全額
S: 発車時刻を過ぎた指定席特急券は 払い戻しができないんです 自由席でしたら そのままご利用いただけます
C: いや おかしいでしょ 乗ってないのにお金取られるの 全額返してよ {persistence,unreasonable_demand}
S: お気持ちはわかります 規則でできかねます
C: 規則規則ってさ 融通きかせてよ 一回くらい {persistence}
S: どなたにも同じ扱いをしております 申し訳ございません
C: じゃあ上の人呼んで
+15 S: 駅長助役を呼びましたので 少々お待ちください
+40 S: 助役の方から同じご説明になりますが 乗り遅れの場合は 自由席のご利用か 新しく指定席のご購入となります
C: えー じゃあ 返金してくれるまで ここどかないですよ 後ろ並んでても {restraint,persistence}
S: ほかのお客様がお待ちですので 横のカウンターでお話を伺います 返金のお答えは変わりません
C: はあ まじか わかりましたよ 自由席で行きます
S: 次の十四時二十三分ののぞみの 自由席は一号車から三号車です
C: はいはい
~ ありがとうございました
`},
{
  id: 'counter-rough-ja-015', lang: 'ja', setting: 'store', verdict: 'kasuhara', severity: 3, borderline: false, format: 'txt',
  notes: 'Drugstore counter: a customer refused a second box of a sale-restricted cough medicine slams the counter repeatedly and asks the pharmacist if she wants to get hit. The first request for two boxes is not a span.',
  speakers: { C: { role: 'customer', name: '客', tag: 'お客様' }, S: { role: 'staff', name: '登録販売者 森', tag: '店員' }, M: { role: 'staff', name: '薬剤師 金子', tag: '薬剤師' } },
  script: `
S: お待たせいたしました。こちらのお薬ですね。
C: それ、二箱ちょうだい。
S: 申し訳ございません。こちらは乱用のおそれがあるお薬でして、お一人様一箱までとさせていただいております。
C: 家族の分だよ。二箱。
S: 申し訳ございません、ご家族の分でも、お一人様一箱までなんです。ご家族の方に直接ご来店いただければ。
C: いちいち来させんのかよ。いいから二箱出せって。 {persistence}
S: できかねます。お一箱でよろしいでしょうか。
C: ふざけんなよ、おい。 {physical,intimidation}
S: お客様、カウンターを叩かないでください。
C: お前が出さねえからだろ。客の言うこと聞けねえのかよ。ああ？ {physical,intimidation}
S: 薬剤師を呼びますので、お待ちください。
+18 M: 薬剤師の金子です。こちらのお薬は、法律で販売の個数を確認することになっておりまして、お一人一箱までとさせていただいています。
C: 法律とか知らねえよ。咳止め二箱買うのに、なんで説教されなきゃなんねえんだ。
M: ご家族の咳の症状が続いているようでしたら、受診をおすすめします。別のお薬もご案内できますよ。
C: うるせえな。出すのか出さねえのか。 {persistence,intimidation}
M: 一箱まででしたらお出しします。二箱目はお出しできません。
C: ……姉ちゃんさ、殴られたいんか。 {threat}
M: 今のお言葉は脅迫です。これ以上続けば警察を呼びます。森さん、防犯ボタンお願い。
C: 冗談も通じねえのか、ここは。 {intimidation}
M: 冗談でも受け止められません。本日の販売はお断りします。お帰りください。
C: 二度と来るかよ、こんな店。 {physical}
+12 S: ……今、レジの横の棚、蹴って行かれました。
M: 大丈夫？ けがはない？ 商品落ちたの、写真撮っておいて。警察には一応届けを出そう。
S: はい。手が震えちゃって……すみません。
M: 謝らなくていいよ。奥で少し座ってて。
`},
{
  id: 'counter-rough-ja-016', lang: 'ja', setting: 'restaurant', verdict: 'kasuhara', severity: 2, borderline: false, format: 'json',
  notes: 'Yakiniku restaurant: a group leader finds a hair in a dish (possibly real), then demands the whole group\'s bill free plus 50,000 yen compensation and threatens to post the server\'s name and photo. Reporting the hair and asking for the dish to be remade are legitimate and not spans.',
  speakers: { C: { role: 'customer', name: '客' }, S: { role: 'staff', name: '店員 吉田' }, M: { role: 'staff', name: '店長' } },
  script: `
C: すいません ちょっと これ見て
S: はい どうされましたか
C: ユッケジャンに 髪の毛入ってんだけど
S: 大変申し訳ございません すぐにお取り替えいたします
C: 取り替えるのは当たり前でしょ 五人で来てんのに 気分悪いわ
S: 申し訳ございません こちらのお代はいただきません
C: これだけ？ 全員分タダでしょ普通 {unreasonable_demand}
S: 申し訳ございません 店長に確認してまいります
+20 M: 店長の上田です このたびは大変失礼いたしました 髪の毛が入っていたスープは お代をいただきません 作り直しもさせていただきます
C: それはわかったから 全員分と あと慰謝料ね 五万 みんな気分悪くなってんだから {unreasonable_demand,persistence}
M: 申し訳ございませんが 慰謝料や 他のお料理のお代までは いたしかねます
C: は？ 異物混入だよ 保健所案件だよこれ
M: 保健所へのご連絡は お客様のご判断です 私どもも衛生管理を見直します
C: そうじゃなくてさ 五万で済ませてやるって言ってんの 安いもんでしょ {unreasonable_demand,persistence}
M: 金銭のお支払いはできません
C: じゃあいいよ ネットに上げるから さっき持ってきた吉田って子 名札と顔写真付きで {sns_exposure,personal_targeting}
C: 髪の毛入れたのこいつですって 撮っとこ ほら こっち向いて {sns_exposure}
S: 撮らないでください
M: スタッフの撮影と 名前を出しての投稿はおやめください 入れたのが誰かは分かっておりません 投稿された場合は 弁護士に相談いたします
C: 消してほしけりゃ 五万な {sns_exposure,unreasonable_demand,persistence}
M: お支払いはいたしません 本日のお会計は スープの分を除いて 二万三千四百円です
C: えー ケチくさ まあいいや 払うよ 投稿はするけどな
M: 料理についてのご感想でしたら ご自由です スタッフの写真は削除をお願いします
~ ご視聴ありがとうございました
C: はいはい 消しましたよ ほら
M: ご確認させていただきました ありがとうございます
`},
{
  id: 'counter-rough-ja-017', lang: 'ja', setting: 'store', verdict: 'kasuhara', severity: 2, borderline: false, format: 'teams',
  notes: 'Electronics store, TV section: an elderly man refuses to be served by a young female clerk because she is a woman, belittles her and demands a male staff member; the male floor leader backs her and keeps her on the case. Questions about the TV itself are ordinary.',
  speakers: { C: { role: 'customer', name: '来店客' }, S: { role: 'staff', name: '西村 彩花' }, M: { role: 'staff', name: '原田 フロア長' } },
  script: `
S: いらっしゃいませ。テレビをお探しですか。
C: ああ。五十インチくらいのやつ。録画ができるのがいい。
S: それでしたら、こちらの二機種が人気です。どちらもダブル録画に対応していて。
C: ダブルってのは何だ。
S: 番組を見ながら、別のチャンネルを二つ同時に録画できる機能です。
C: ふうん。で、こっちとこっちは何が違うんだ。
S: 画面の方式が違いまして、こちらは有機ELで、黒がくっきり見えます。こちらは液晶で、明るいお部屋向きです。
C: 有機……何だって？ あんた、ちゃんとわかって言ってんのか。
S: はい。実際に見比べていただくと違いがわかりやすいです。
C: いや、いい。女の子じゃ話にならん。男の店員いないのか。 {discrimination}
S: 私が担当させていただいておりますので、ご不明な点は何でも。
C: 女にテレビの何がわかるんだ。化粧品売り場にでも行っとけ。 {discrimination,abuse}
S: ……フロア長を呼んでまいります。
+15 M: フロア長の原田です。いかがなさいましたか。
C: おお、あんたでいい。この子じゃ話が通じなくてな。
M: 西村はテレビ担当の中でも詳しいスタッフです。説明に不足があれば、私も一緒に伺います。
C: 男の方が安心だって言ってんだよ。若い女の説明なんか聞いてられるか。 {discrimination,persistence}
M: 性別でご案内の担当を替えることはしておりません。ご案内は西村がいたします。私も横におりますので。
C: 頭の固い店だな。こんな小娘に売らせて、客に恥かかせて。 {abuse,discrimination}
M: お客様、スタッフを侮辱する言葉はおやめください。
C: ……ふん。で、有機なんとかは、いくらだ。
S: こちらは税込みで十九万八千円です。液晶の方は十二万九千八百円になります。
C: 高いな。もういい、よそで買う。
M: かしこまりました。カタログをお持ちください。
+5 M: 西村さん、説明はちゃんとできてたから、気にしないで。今の件は報告書に残しておくね。
S: はい、ありがとうございます。
`},
{
  id: 'counter-rough-ja-018', lang: 'ja', setting: 'other', verdict: 'kasuhara', severity: 3, borderline: false, format: 'zoom',
  notes: 'Taxi, drive-recorder transcript: a passenger in a hurry calls the elderly driver senile and an old wreck, grabs his shoulder while he is driving, and demands a free ride for being late. Giving directions and complaining about a missed turn are not spans.',
  speakers: { C: { role: 'customer', name: '乗客' }, S: { role: 'staff', name: '乗務員 松本' } },
  script: `
S: ご乗車ありがとうございます。どちらまで参りましょうか。
C: 品川のプリンスホテル。急いでるから。
S: かしこまりました。桜田通りから参ります。
+50 C: ちょっと、今の右じゃないの？ 右だろ。
S: 失礼しました。この先でUターンできるところがございますので、戻ります。
C: 勘弁してくれよ。ちゃんと道わかってんの？
S: 申し訳ございません。メーターは、今の分は差し引かせていただきます。
C: 当たり前だろ。……おい、そこ左。左だって。ボケてんのか、じいさん。 {abuse,discrimination}
S: 左折します。
C: 年寄りがいつまでも運転してんなよ。免許返せよ、老いぼれが。 {discrimination,abuse}
S: お客様、運転中ですので、落ち着いてお話しいただけますか。
C: 落ち着けるかよ。おい、聞いてんのか。 {physical,intimidation}
S: 肩を掴まないでください！ 危ないです。一度停めます。
+6 S: お客様、走行中に運転手の体に触れるのは大変危険です。おやめください。
C: 急いでるっつってんのに停めてどうすんだよ。遅れたら責任取れよ。今日の分はタダな。 {unreasonable_demand}
S: 道を間違えた分は差し引きますが、料金をいただかないことはできません。
C: 遅刻したらこっちは損するんだよ。タダにしろ。できねえなら会社に電話してお前クビにさせるぞ。 {unreasonable_demand,persistence,personal_targeting}
S: 会社へのご連絡はこちらにございます。ご意見はそちらでお受けします。このまま向かいますか、ここでお降りになりますか。
C: 行けよ、早く。
+200 S: 到着いたしました。道を間違えた分を差し引いて、二千九百八十円です。
C: ほら。
S: 三千円お預かりします。二十円のお返しです。
C: 次はもっとまともな運転手に当たりたいわ。
S: ありがとうございました。
+10 S: 無線センター、松本です。品川で降車のお客様に、走行中に肩を掴まれました。ドラレコ保存をお願いします。
`},
{
  id: 'counter-rough-ja-019', lang: 'ja', setting: 'store', verdict: 'kasuhara', severity: 1, borderline: true, format: 'srt',
  notes: 'Convenience store, a young customer annoyed by a slow queue holds up his phone at the clerk and says he is "uploading this" while complaining, then drops it. Borderline: filming staff with an announced upload is sns_exposure by the conventions, but it is a single remark with no demand and no follow-up.',
  speakers: { C: { role: 'customer', name: '客' }, S: { role: 'staff', name: '店員' }, S2: { role: 'staff', name: '店員2' } },
  script: `
S: お次でお待ちのお客様 どうぞ
C: やっとかよ 十分くらい並んでんだけど
S: 大変お待たせいたしました
C: レジ一個しか開いてないの ありえなくね
S: 申し訳ございません ただいま一人が休憩中でして
+4 C: ふーん これ 記念に撮っとくわ 店員一人で行列エグいって 上げとこ {sns_exposure}
S: あの 私のことは撮らないでいただけますか
C: いや 行列撮ってるだけだし まあいいや
+12 S: こちら 温めますか
C: いいっす あとファミチキ一個
S: ファミチキお一つ お会計 九百四十六円です
C: ペイペイで
S: はい こちらにどうぞ
C: はい
S: レシートはご利用ですか
C: いらないっす
+20 S2: お待たせしました 隣のレジ 開けます こちらへどうぞ
C: 最初から開けろよな まじで
S: ありがとうございました
~ ご視聴ありがとうございました
+40 S: 先輩 すいません さっきの人 スマホこっちに向けてて
S2: 撮られてた？ 一応店長に言っとこう 時間メモしといて
`},
];
