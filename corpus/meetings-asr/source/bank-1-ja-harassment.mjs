// meetings-asr utterance bank — Japanese harassment (setting|categories|text)
export default `
@ja harassment
other|threat|同業の会合で御社の名前出したら、もう次はないと思っといてくださいね。
other|threat,intimidation|この案件こけたら、あんたの会社ごと業界から消えてもらうから。
call_center|threat,personal_targeting|そっちのコールセンター、住所調べたらすぐ出てくるんだよね。で、何時に上がり？
delivery|threat|次また遅れたら、あの運転手、無事に帰れると思うなよ。
other|threat|命の保証はできんぞ、ってそっちの社長に伝えとけ。
other|threat,intimidation|ぶっ殺すぞお前。こんなふざけた工程表持ってきやがって。
call_center|threat,intimidation|殺されたいんか、あ？ 何回同じこと言わすねん。
other|threat|家族もおるんやろ。あんまり人の恨み買わん方がええで。
call_center|threat,personal_targeting|あんたの名前で検索したら顔写真出てきたよ。今度、会いに行ってもいいかな。
delivery|threat|倉庫に火ぃついても知らんで。管理が甘いんやから、何が起きても不思議やないわな。
other|threat,intimidation|いっぺん現場来てみ。どうなるか、身をもって教えたるわ。
other|threat,restraint|この打ち合わせの後、御社のビルの前で待ってますんで。逃げないでくださいね。
other|threat|知り合いの役人に言って、監査入れてもらおうかな。叩けばほこりくらい出るでしょ、おたくも。
call_center|threat|お宅のような会社が、この先も平穏無事に続くとよろしいですね。心から願っておりますよ。
other|threat|ご担当の方、通勤は電車ですか。最近は物騒ですから、くれぐれもお気をつけて。
delivery|threat,intimidation|そのトラック、うちの敷地に二度と入れんなよ。入れたらタイヤ切っとくからな。
other|threat|殺したろか、ほんま。冗談ちゃうで、これ。
call_center|threat|明日、そっちの本社に乗り込むから。受付で大騒ぎしてやるよ。
other|abuse|PMってこんな素人でも務まるんですね。うちの新人の方がよっぽどましですよ。
other|abuse|おたくのエンジニア、脳みそ入ってんの？ 言われたこともできないなら辞めたら。
call_center|abuse|税金泥棒ならぬ保守料泥棒だね。よくそれで給料もらえるわ。
call_center|abuse|あんた、ほんまにアホちゃうか。マニュアル読むだけならサルでもできるわ。
other|abuse|こんな資料しか作れないなら、社会人やめた方がいいですよ。本気で言ってます。
delivery|abuse|配車も満足にできんのか、このポンコツが。
other|abuse|正直、あなたの存在が会議の邪魔なんですよ。いない方が話が進むんで。
other|abuse|あのデザイナー、センスゼロですよね。才能ない人に仕事回さないでもらえます？
delivery|abuse|お前んとこのドライバー、どいつもこいつもクズばっかりやな。
call_center|abuse|はあ、バカと話してると疲れるわ。もうちょっとマシな人いないの？
other|abuse|その見積もり出してきて、生きてて恥ずかしくないんですか。
other|abuse,intimidation|無能は黙っとけって言ってんだよ。口開くな。
call_center|abuse|日本語通じてます？ 小学校からやり直した方がいいんじゃないですか。
other|abuse|いやあ、ここまで期待を裏切れるのも一種の才能ですよね。褒めてるんですよ、これ。
call_center|abuse|お宅のサポート、AI以下ですね。いや、それじゃAIに失礼か。
other|abuse|こげな仕事でよう金取るのう。恥ずかしゅうないんか、あんた。
delivery|abuse|運転もできん、敬語も使えん、お前何ならできんねん。
other|intimidation|なめとんのか、おい。こっちは発注元やぞ。
other|intimidation|ふざけんな！ 何様のつもりだ、お前ら！
other|intimidation|いい加減にせえよ。こっちの我慢にも限度ってもんがあるんやぞ。
call_center|intimidation|はぁ？ もういっぺん言うてみい。
delivery|intimidation|なめとるんか、われ。じゃけえ言うたじゃろうが、午前着じゃ言うて。
call_center|intimidation,threat|舐めた口きいてると、ただじゃおかねえぞ。
other|intimidation|大きい声出させないでくださいよ！ こっちだって出したくて出してるんじゃないんだ！
other|apology_coercion|誠意があるなら、うちの役員の前で土下座くらいできますよね。
other|apology_coercion|謝罪文、手書きで。社長の実印押して、明日の朝までに持ってきてください。
delivery|apology_coercion|ドライバー本人に、うちの店の前で頭下げさせろや。お客さんの見てる前でな。
call_center|apology_coercion|念書書いてよ。二度とミスしませんって。書かないなら許さないから。
other|apology_coercion,unreasonable_demand|PMさんに始末書書かせて、うちに提出してください。それが最低条件です。
call_center|apology_coercion,unreasonable_demand|電話で謝って済ますんじゃなくて、今から家まで来て謝れって言ってんの。
other|apology_coercion|土下座の動画撮って送ってくれたら、考えてあげてもいいよ。
delivery|apology_coercion|営業所長と運転手と、二人揃って菓子折り持って来い。話はそれからや。
other|unreasonable_demand|迷惑料として、来期の開発費、全部タダにしてください。それで手を打ちます。
call_center|unreasonable_demand|三時間止まったんだから、慰謝料三百万ね。払えないなら社長の給料から出せばいいじゃない。
delivery|unreasonable_demand|誠意見せてや、誠意。わかるやろ。包むもん包んでもろたら、黙っとくから。
other|unreasonable_demand|できないって言われても困るんですよ。できるまで、そっちの人件費で常駐してください。
call_center|unreasonable_demand|ついでにうちの会社のパソコン、全部見に来てよ。契約？ 知らないよ、ついででしょ。
delivery|unreasonable_demand|他のお客さんの荷物は後回しでええから、うちのを一番に持ってきて。当然やろ。
other|unreasonable_demand|今回の件で部下のボーナスが減ったんだから、その分そっちで補填してよ。
call_center|unreasonable_demand|使ってないけど一年分返金して。あと、迷惑かけたお詫びに五年間無料ね。
other|unreasonable_demand|うちの娘の就職、御社で面倒見てもらえません？ それくらいの関係でしょ、うちら。
delivery|unreasonable_demand,persistence|無理って三回聞いたよ。でも四回目はいけるかもしれないでしょ。やってよ。
other|unreasonable_demand|納期は変えない、予算も増やさない、機能は倍。それでやるのがプロでしょ。
other|unreasonable_demand|飲み会の幹事も二次会の店の予約も、ベンダーさんの仕事でしょ。よろしくね。
delivery|unreasonable_demand|中身は何ともないけど、箱がちょっと凹んでたから全品交換して。送料もそっち持ちで。
call_center|unreasonable_demand|うちの担当者だけ、二十四時間いつでも携帯に出られるようにしといてよ。
call_center|unreasonable_demand|ほんなら今月の料金、ただにしてちょーでゃあ。こんだけ待たされたんだで。
call_center|persistence|何回言わせんねん。返金や言うとるやろ。これで五回目やぞ。
other|persistence,unreasonable_demand|さっきから同じこと言ってますけど、もう一回言いますね。無償でやってください。
delivery|persistence,threat|いいって言うまで、毎日営業所に電話するからね。朝一番に。
call_center|persistence|断られたのはわかってる。だからもう一回聞いてんの。返金して。
call_center|persistence,threat|明日も明後日も、この時間にかけるから。私の声、覚えといてね。
delivery|persistence,threat|昨日も一昨日も電話したよな。答えは同じ？ ほな明日もかけるわ。その次の日もな。
call_center|restraint|話まだ終わってないから。切ったら、またすぐかけ直すからね。
other|restraint|この会議、結論出るまで誰も退出させないから。トイレも我慢してください。
delivery|restraint|サインするまで、この営業所から一歩も出さへんで。
other|restraint|カメラ切ったら逃げたとみなすからね。映したまま座っててください。
call_center|restraint|勝手に保留にすんな。ずっとそこで聞いてろ。
other|restraint|ドアの前に立っとくからな。話が終わるまで帰れると思うなよ。
call_center|sexual|声かわいいね。顔も見てみたいな、ビデオ通話にしない？
other|sexual|今日のスーツ、体のラインがよく出てていいね。会議の中身が入ってこないわ。
call_center|sexual|彼氏いるの？ いないなら、仕事終わったら電話してよ。
delivery|sexual|配達のお姉ちゃん、今度は制服じゃなくて私服で来てよ。もっとよく見たいから。
call_center|sexual|その声で「かしこまりました」って言われると、ゾクッとするんだよね。
other|sexual|スカートの方がうちの役員ウケいいよ。次の会議からそうしてね。
call_center|sexual,personal_targeting|LINE教えてよ。個人的に相談したいことあるんだ、仕事以外で。
call_center|discrimination|外国人のオペレーターじゃ話にならん。日本人に代われ。
other|discrimination|女の人がPMだと、正直不安なんだよね。男の人いないの？
other|discrimination|もういいお歳なんだから、新しい技術とか無理でしょう。若い人出してくださいよ。
delivery|discrimination|あんたの訛り、何言ってるかわかんないよ。どこの国の人？ 代わって。
call_center|discrimination|障害者雇用の人？ だから要領悪いんだ。
other|discrimination|子育て中の人に大事な案件なんて任せられないでしょ。すぐ休むんだから。
other|personal_targeting|あの新人、クビにしてもらえます？ 顔見るのも嫌なんで。
call_center|personal_targeting|フルネームと所属と、上司の名前。全部言って。本社に名指しでクレーム入れるから。
delivery|personal_targeting|あのドライバー、何時にどこの営業所に戻るん？ 待ってて直接言うたるから。
other|personal_targeting|佐々木さんを担当から外さないなら、取引やめますから。個人的に嫌いなんで。
call_center|personal_targeting,threat|あんたの声、覚えたから。次にかけたとき、あんたが出たら覚悟しといて。
other|personal_targeting|御社の人事の番号教えてください。あの人の評価、私から下げてもらうように言いますんで。
delivery|personal_targeting,threat|運転手の自宅の住所教えろや。菓子折り持ってお礼に行ったるわ。
other|sns_exposure|この会議の録画、切り抜いてTikTokに上げるからね。担当者の顔はモザイクなしで。
call_center|sns_exposure|今の会話、全部録音してるから。あなたの名前と一緒にXに晒しとくね。
delivery|sns_exposure|配達員の顔、うちのドラレコに映ってるから。ネットに上げたら一発で特定されるよ。
call_center|sns_exposure|口コミサイトに、あなたの実名出して書くから。「最低の担当者」って。
other|sns_exposure,threat|うちのフォロワー十万人いるの知ってる？ あんたの会社、明日には炎上してるよ。
delivery|sns_exposure|今スマホで撮ってるからね、あんたの対応。ほら、カメラの方見て。
other|sns_exposure,unreasonable_demand|動画を上げないでほしいなら、追加の改修、タダでやってもらえます？
other|physical,intimidation|おら、受け取れや、この見積書！ 顔で受け止めんかい！
delivery|physical,restraint|離せって？ 離さんよ。腕つかんだまま事務所まで来てもらうからな。
other|physical,threat|机叩いたくらいでビビんなや。次はお前の顔やぞ。
other|physical,restraint|ほら座れ。この手離してほしかったら、最後まで話聞け。
call_center|personal_targeting|ご担当の方のお名前、フルネームで頂戴できます？ 上の方に、個人名で、しっかりご報告させていただきますので。
`;
