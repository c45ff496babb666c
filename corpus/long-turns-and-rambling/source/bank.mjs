// Utterance bank: one line per utterance "setting|categories|text" (categories comma-separated, empty for negatives).
const S = { cc: 'call_center', st: 'store', mu: 'municipal', ho: 'hospital', ht: 'hotel', bk: 'bank', sc: 'school', ca: 'care', de: 'delivery', re: 'restaurant', ot: 'other' };
const parse = (lang, kind, block) => block.trim().split('\n').map((l) => { const [s, c, ...t] = l.split('|'); return [lang, kind, S[s.trim()], c.trim() ? c.trim().split(',') : [], t.join('|').trim()]; });
const JA_H = `
cc|abuse|あんたみたいなのが電話に出るから、この会社は駄目になるんだよ。
cc|abuse|頭悪いの？　さっきから同じことしか言わないね、オウムでももう少し気が利くよ
cc|intimidation|おい、聞いとんのか！
mu|abuse|税金で食べてるくせに、偉そうに規則規則って。寄生虫みたいなもんでしょう、あんたら。
mu|intimidation,threat|今から窓口行くからな。逃げんなよ。
ca|discrimination|あの外国の人、母に触らせないでって言ったよね。日本語も怪しい人に任せられないのよ
ca|apology_coercion|施設長、ここで母に向かって手をついて謝りなさい。形だけの謝罪なんか要らないから
ca|personal_targeting|夜勤のあの若い男の子、フルネームと住んでるとこ教えて。直接話をつけるから
ho|threat|先生に言っといて。うちのおふくろに何かあったら、あんたの病院、ただじゃおかねえって
ho|abuse|看護師のくせに医者気取りか。黙って言われた通りにやれ
ho|sexual|点滴のとき手ぇ握ってくれたらもっと早く治るんだけどなあ、お姉さん
cc|sexual|オペレーターさん、声がえっちだね。寝る前にもう一回聞きたいな
cc|sexual|今夜はあなたの声聞きながら寝るから、名前だけ教えてよ、下の名前
cc|restraint|話は終わってない。こっちが納得するまで、受話器を置くのは許さないからな
cc|restraint|切ったらすぐかけ直すよ。で、またあんたを指名するから。
cc|persistence|だからさっきから何遍も言ってるでしょうが、返金しろって
cc|persistence|昨日も一昨日も電話したよね。今日も出るまでかけるつもりだから
cc|persistence,threat|明日も明後日も、朝九時ぴったりにかけますからね。覚悟しといてください
cc|unreasonable_demand|誠意ってものがあるでしょう。分かるよね、何が言いたいか
cc|unreasonable_demand|迷惑料として十万、今日中に振り込んでくれたらそれで水に流すよ
st|unreasonable_demand|半年使ったけど、気に入らないから全額返して。レシート？　そんなのないよ
st|apology_coercion|土下座。はい、今ここで。他のお客さんにも見てもらえばいい
st|sns_exposure|今撮ってるからね、あんたの顔。今夜ネットに上げるから楽しみにしてて
st|sns_exposure,unreasonable_demand|動画消してほしかったら、これタダにしてよ。簡単な話でしょ
st|physical|（商品をカウンターに叩きつけて）こんなもん売りつけやがって
re|physical|（コップの水を店員にかけて）目ぇ覚めたか
re|abuse|この程度の料理で金取るって、詐欺師の集まりか、この店
re|intimidation|なめてんのか、店長呼べや、今すぐ
re|sexual|お姉ちゃん、このあと一杯付き合ってよ。チップ弾むからさ
ht|unreasonable_demand|部屋が寒かったんだから、今回の宿泊代はなしね。次回もスイートにアップグレードしといて
ht|personal_targeting|あのフロントの女、名前なんて言うの。本社に言ってクビにしてもらうから
ht|sns_exposure|口コミに書くよ、あのフロントの子の名前出して。一生残るからね、ネットは
bk|abuse|あんた、何年銀行員やってんの？　子どもの使いじゃないんだからさ
bk|threat|定年までこの支店にいられると思うなよ
bk|intimidation|俺がいくら預けてると思ってんだ、ああ？
bk|discrimination|女の行員じゃ話にならない。男の上の人を出して
sc|personal_targeting|担任辞めさせてください。校長先生に署名集めて持っていきますから
sc|threat|子どもの送り迎えの時、先生の車の色、覚えちゃいましたよ。
sc|abuse|先生、独身でしょ？　子ども育てたこともない人に教育なんて分かるわけないじゃない
sc|persistence|説明はもう聞きました。それでも納得できないから毎日来てるんです
de|threat|次遅れたら、お前の営業所まで行ってトラックの前に立ってやるからな
de|abuse|荷物ひとつ運べないで何が配達員だよ、猿でもできるわ
de|unreasonable_demand|遅れたんだから送料だけじゃなくて中身の代金も返して。あと一万円上乗せで
de|personal_targeting|ドライバーの名前と携帯番号。今すぐ。直接言ってやるから
mu|persistence|同じ説明しかできないなら、できる人が出てくるまで何度でも来ます
mu|restraint|帰りません。閉庁時間？　知りませんよ、そっちの都合でしょう
mu|unreasonable_demand|審査とか関係ないから、来月から手当出して。それが行政の仕事でしょ
mu|sns_exposure|あんたの対応、全部録音してるからね。ユーチューブに上げて市民に判断してもらうわ
ot|abuse|御社の担当って、毎回レベルが低いですよね。新人研修からやり直したらどうですか
ot|unreasonable_demand|この件の迷惑料として、来期は全案件三割引きでお願いします。根拠？　要ります？
ot|personal_targeting|今後の打ち合わせに、あの担当者は出さないでください。顔を見ると不愉快なので
ot|apology_coercion|御社の役員名で、うちの社長宛に始末書を出してください。今週中に
ot|intimidation|取引、ここで終わりにしてもいいんですよ。困るのはどっちでしょうね
ot|threat|この業界狭いですからね。御社の評判、どうなるか分かりませんよ
cc|discrimination|なんか発音おかしくない？　日本人に代わってよ
cc|discrimination|若い女の子じゃ分かんないでしょ。年配の男の人いないの
cc|abuse|給料泥棒
cc|abuse|ほんま使えへんなあ、あんた
cc|intimidation|ええ加減にせえよ、コラ
cc|threat|家どこや。調べたらすぐ分かるんやで、そういうの
ca|threat|夜勤明けで帰るとき、気をつけたほうがいいよ。この辺、暗いからね
ca|abuse|あんたら介護職なんて、他に就職できなかった人の集まりでしょ
ca|unreasonable_demand|母の部屋だけ毎日掃除して、おやつも他の人より多くしてください。料金は同じで
ca|restraint|職員さん、ここに座ってて。わたしが話し終わるまで、どこにも行かないで
ho|persistence|順番、先にしてって言ったよね。これで四回目なんだけど
ho|unreasonable_demand|診察なしで薬だけ出して。先生には適当に言っといてよ
ho|sns_exposure|この病院の受付の態度、名前付きでXに晒すからな
ho|physical|（受付の衝立を蹴って）早くしろって言ってんだよ
sc|sns_exposure|保護者LINEに先生の対応全部流しますね。顔写真もあるし
sc|apology_coercion|うちの子の前で、先生、ちゃんと頭下げてください。床につくくらい
st|discrimination|外国人の店員しかいないの？　まともに話せる人呼んで
st|restraint|話はまだ終わってないよ。シャッター閉めても帰らないからね、わたし
st|persistence|さっき聞いたよ、その説明。同じこと言わせないで。で、返品は？
st|abuse|そんな頭で、よく接客なんかやってられるね
bk|restraint|納得いく説明もらうまで、この椅子から一歩も動かないから
bk|unreasonable_demand|手数料全部なしにして、金利も特別に上げてよ。長い付き合いでしょ
bk|sexual|あの窓口の子、指輪してないね。仕事終わったら食事でもどうかって伝えといて
de|sexual|配達の兄ちゃん、いい体してるねえ。ちょっと上がってお茶でも飲んでいきなよ
de|persistence|時間指定したのに来ないって、これで何度目の電話だと思ってんの
re|unreasonable_demand|髪の毛入ってたんだから、今日の会計全員分タダ。次回の分もね
re|apology_coercion|謝るなら一筆書けよ。店長の名前と、二度としませんって
re|personal_targeting|あのバイトの子、何時上がり？　出口で待っとくから
mu|discrimination|障害者の窓口って、どうせ暇なんでしょ。先にこっちやって
mu|abuse|公務員ってほんと頭固いな。脳みそまで規則でできてんのか
ht|restraint|支配人が来るまで、ロビーのこのソファ占領させてもらいます
ht|physical|（ルームキーをフロント係に投げつけて）ほら、返すよ
ht|intimidation|おい、わしを誰やと思とんねん
cc|unreasonable_demand,sns_exposure|口コミ消してほしいなら、それなりのもの、用意してもらわないとね
cc|threat,persistence|毎晩この時間にかけるから。あんたが出るまでな。
cc|personal_targeting|あなたの上司の名前と、あなたのフルネーム。メモしますから、ゆっくり
cc|abuse|こんな簡単な手続きもできないって、あなた本当に大人ですか
cc|intimidation|（机を叩く音）いい加減にしてくれよ、なあ！
ot|sexual|オンラインだと分かんないけど、実物もその写真通り？　今度飲みながら打ち合わせしようよ
ot|discrimination|女性の担当だと、どうも話が軽くなるんですよね。男性に代えてもらえます？
ot|restraint|今日は結論出るまで、この会議室から帰しませんよ、御社の方々
ot|persistence|先週も同じ値引きの話しましたよね。今週も言いますよ、通るまで
ca|sexual|あんた、お尻大きいね。安産型だわ、ははは
ca|intimidation|うちの親を虐待してるんちゃうか、おお？　なんとか言えや
ca|personal_targeting|あのケアマネ、担当から外せ。外さんのやったら、役所に名前出して言うたるわ
ca|sns_exposure|母の部屋にカメラ付けたから。職員の顔、全部映ってるからね、何かあったら公開します
ho|intimidation|ぶっ飛ばすぞ、この野郎
ho|discrimination|男の看護師なんて気持ち悪い。女の人にして
ho|restraint|説明が終わるまで、先生を診察室から出さないからね
sc|unreasonable_demand|うちの子だけテストの点数、もう少し上げてくれてもいいんじゃないですか
sc|restraint|校長が会うって言うまで、この職員室から動きません
sc|abuse|若い先生って、所詮大学出たての素人でしょ。教育なんか分かってない
de|sns_exposure|玄関カメラに映ってるよ、あんたの顔。投げ入れてる動画、拡散しとくね
de|intimidation|はよ持って来いや！　何時間待たせとんねん！
de|physical|（配達員の胸ぐらをつかんで）おい、ちゃんと謝れ
mu|threat|そっちがその気なら、こっちにも考えがある。夜道は一人で歩かんほうがええで
mu|apology_coercion|謝罪文、手書きで。課長と、あんたの名前で。明日の朝までに家に持ってきて
bk|sns_exposure|この窓口の対応、全部スマホで録ってますんで。名札もばっちり映ってますよ
bk|persistence|何回同じ書類の説明させるの？　いや、分かってる、分かってて聞いてるの
st|threat|次来た時もあんたがレジにいたら、どうなるか分かってるよね
st|unreasonable_demand|開店前に入れてよ。常連なんだから、それくらいいいでしょう
st|sexual|その制服、スカート短くしたほうが売れるんじゃない
re|discrimination|店員、外国人ばっかりやな。日本語分かる奴おらんのか
re|restraint|閉店？　まだ食べてるでしょ。こっちが帰るって言うまで、電気消さないで
re|threat|火ぃつけたろか、こんな店
cc|abuse,intimidation|お前、ほんまに人間か？　ロボットかと思たわ、しょうもない
cc|restraint|保留にするな。保留にしたら、その間ずっとここで怒鳴ってるからな
cc|unreasonable_demand|担当者が家まで来て、直接説明して。交通費？　そっちもちでしょ
cc|sexual|なんか色っぽい声やなあ。何着とんの、今
mu|personal_targeting|あんた、何課の誰？　顔、覚えたからな。
mu|persistence,restraint|今日もまた来ましたよ。昨日の続き、最初からやりましょうか
ho|apology_coercion|院長を呼んで、家族全員の前で謝罪させなさい。それと、念書も
ho|threat|俺、刃物持ってても捕まらない自信あるからね。冗談だよ、冗談
ca|abuse|ほんと気が利かないのね、あなた。どういう育ち方したのかしら
ca|persistence|先月も言ったし、先週も言った。それでも変わらないなら、今日も言いに来るしかないでしょ
sc|intimidation|（机を蹴りながら）うちの子の何が悪いって言うんや
sc|sexual|先生、休みの日は何してんの？　俺と二人で会って話そうよ、子どもの話
ht|abuse|ホテルマンって頭下げるのが仕事なんでしょ。だったらもっと下げなよ
ht|unreasonable_demand|チェックアウト、夕方六時まで延ばして。追加料金？　払うわけないじゃん
bk|threat|お宅の支店長、家、隣町だよね。犬の散歩、毎朝同じコースだよね
de|restraint|印鑑押すのは、こっちの話が終わってから。まだ帰さないよ
ot|abuse|議事録もまともに取れないんですか。小学生でも取れますよ、それくらい
ot|unreasonable_demand|仕様変更は無償でお願いします。御社のミスってことにしとけば、社内も通るでしょう
ot|sns_exposure|御社のこの見積もり、業界の掲示板に担当者名付きで貼っておきますね
st|abuse|ぶっさいくな顔して接客すんなや
cc|apology_coercion|謝ったって記録に残したいから、あなたの声で、今ここで、録音に向かって言いなさい
cc|threat|あんたの会社のビル、知ってるよ。帰り道、駅まで一本道だよね
mu|discrimination|あんた外国籍の人やろ。なんで日本の役所で働いとんねん
ho|personal_targeting|あの受付の人の勤務表、見せてください。出勤日に来ますから
re|persistence|さっきから言うとるやろ、作り直せって。何回目や、これ
ca|unreasonable_demand|父が寝てる間、職員さん一人つきっきりでお願いします。夜通しです
sc|persistence|連絡帳に書いても電話しても、同じ返事。じゃあ、毎朝校門で待ってますね
de|unreasonable_demand|雨で箱が濡れてたから、新品と交換して、あと次から全部無料で
`;
const JA_N = `
mu||もう死にたいくらいや、膝が痛うて。あんたに言うてもしゃあないけどな
ca||主人が死んでから、ご飯作る気にもならんのよ。わたしもはよ迎えに来てほしいわ
ca||うちのじいさんはほんまに頑固でな、死ぬまで「バカたれ」が口癖やった
ho||ゆうべのニュース見た？　病院で看護師さんが刺されたって。ほんまに怖い世の中やね
cc||隣の人から「殺すぞ」って書いた紙を入れられたんです。どこに相談したらいいですか
mu||息子がSNSで晒されて、学校に行けなくなってしまって。相談窓口はこちらでいいですか
st||土下座して頼まれたって、あの人にはもう貸さないわよ。あ、うちの弟の話ね
cc||納得いかないので、消費生活センターに相談させていただきます
cc||責任者の方から、改めてお電話いただけますか。今日中でなくても構いません
cc||三回目の問い合わせなんです。前の二回の記録、残っていますか
bk||正直、かなり腹が立っています。説明と違う商品を勧められたので
bk||弁護士と相談してから、改めてご連絡します
ho||待ち時間が長すぎます。せめて目安だけでも教えてほしい
ho||母が転倒したのに、その日のうちに連絡がなかったのは、おかしいと思います
ca||父の入れ歯がなくなったんです。探していただけますか。昨日からずっと困ってて
mu||書類を三回も出し直しさせられて、仕事を三日休みました。手順を整理してください
st||これ、買って二日で壊れました。交換か返金をお願いします
st||家内が死ぬほど気に入っとったんや、この店のあんパン。もう作らへんの？
re||うわ、このカレー辛っ。死ぬ。いや、うまいけど
re||注文したものと違うのが来ました。作り直してもらえますか
de||荷物の箱が潰れてて、中のお皿が割れてました。写真送りますね
de||うちの犬が配達の人に吠えて、ほんまにすみません。噛みつく子やないんやけどね
cc||亡くなった父が契約していたもので、解約したいんです。何が必要でしょう
cc||もう、わたしなんかおらんほうがええんやと思う時があるんです
mu||前の旦那から「家に行くからな」ってメールが来て。こういうの、市で何かできますか
sc||うちの子が友だちに「死ね」って言われたそうで、先生、見ていただけますか
sc||先生に文句言いたいわけやなくて、事実を知りたいだけなんです
ho||自分の病気のことは、もう覚悟してます。先のことを正直に教えてください
ca||母は昔から口が悪くてね、職員さんに何か言ったら、代わりにわたしが謝りますから
ht||隣の部屋がうるさくて、ほとんど眠れませんでした。部屋を替えてもらえますか
ht||予約したのと部屋のタイプが違います。確認してもらえますか
bk||ATMにカードが吸い込まれて出てこないんです。急いでるんですけど
st||この前、レジで怒鳴ってる人がいて、店員さんかわいそうやったわ。大丈夫やった？
cc||テレビで、コールセンターの人に「殺すぞ」って言う客の話やってたけど、ひどいねえ
mu||住民票、取りに来ただけやのに、一時間待ちはさすがにしんどいわ
mu||窓口で泣いてしまってすみません。いろいろ重なってしまって
ca||夫の介護で、正直、わたしが先に倒れそうです。何か使える制度はありますか
ho||わしはもう十分生きた。手術はせんでええ。先生によう言うといて
de||不在票、入ってなかったんです。もう一度、確認してもらえますか
re||子どもがお水こぼしちゃって、すみません。拭くものお借りできますか
ot||この納期では無理だということを、正式に書面でお伝えします
ot||弊社としては、今回の不具合の原因報告を来週までにいただきたい
ot||正直、がっかりしています。期待していた分、余計に
cc||いや、怒鳴ってすみませんでした。あなたに言っても仕方ないのに
bk||亡くなった妻の口座のことで。何度も銀行に来るのがつらくて
sc||部活の顧問の先生に、選考の基準を教えていただきたいんです
st||この包丁、よう切れるなあ。指ごと切ってまいそうや、ははは
cc||「晒してやる」ってDMが来て、アカウントを乗っ取られたみたいなんです
mu||ゴミ屋敷のお隣さん、このままやと火事になったら死人が出ますよ。市で動いてもらえませんか
ho||死ぬかと思ったわ、昨日の夜の咳。今日はだいぶ楽です
ca||おばあちゃん、「殴られた」って言うてるけど、夢の話やと思うんよ。一応伝えとくね
ot||御社を責めるつもりはありません。ただ、このままでは社内で説明がつかないんです
cc||先月の料金、明らかに高いんです。明細を送っていただけますか
cc||この電話、録音させていただいてもいいですか。後で家族に説明したいので
bk||お金のことになると、つい声が大きくなっちゃって。ごめんなさいね
re||店長さん呼んでもらえますか。お礼が言いたくて。先週、娘の誕生日の時の
st||返品の決まりは分かりました。でも、正直、納得はしていません
de||冷凍の荷物が溶けてました。補償の手続きを教えてください
ht||フロントの方、夜中にすぐ来てくれて、本当に助かりました
sc||担任の先生の説明と、教頭先生の説明が違うんです。どちらが正しいんですか
mu||この通知、何回読んでも意味が分からん。年寄りにも分かる言葉で書いてほしいわ
ca||母が「ここの人はみんな優しい」って言うてます。それだけ言いたくて
ho||おふくろ、最期は苦しまんかったですか。それだけ聞きたくて
cc||戦争で兄が死んでな、その兄の年金のことで聞きたいんや
cc||わし、昔はヤクザみたいな仕事しとったけど、今はただの年寄りや。許してな
bk||振り込め詐欺の電話で「お前の息子を殺す」って言われて。今、警察にも電話してます
mu||あの職員さん、この前すごく親切にしてくれたんで、名前を教えてもらえますか。お礼状を書きたいんです
st||新聞に「店員に土下座させた男、逮捕」って載ってたね。ひどい話やわ
re||おいしすぎて、泣きそうです
re||ちょっと量が少ないと思うんですけど、これで合ってますか
ho||処方が変わって、飲み方がよく分からないんです。もう一度説明してください
cc||解約の手続き、三十分待たされました。改善していただきたいです
ca||ばあちゃん、死んだじいちゃんのこと、まだ毎日話しとるんよ
de||ごめんね、わざわざ二回も来てもろて。これ、冷たいお茶、よかったら
mu||叔父の家、空き家になって三年。どないしたらええんか、ほんま途方に暮れてます
sc||正直、学校のやり方に腹は立ってます。でも、先生が頑張ってるのも知ってます
ot||このまま改善がなければ、契約の見直しも社内で検討せざるをえません
ot||前回の議事録、一点だけ訂正をお願いします。数字が違っていました
bk||年金がな、振り込まれてないんや。毎月十五日やろ？　今日は十六日や
cc||うちの旦那、酔うと「ぶっ殺す」が口癖やけど、誰も殺したことないのよ
cc||泣き言ばっかりでごめんなさいね。聞いてもらえるだけでありがたいの
ht||子どもが部屋で吐いてしまって、シーツを汚してしまいました。本当にすみません
ho||先生の説明、ようわからんかった。もう一回、ゆっくり聞かせてもらえますか
ca||面会の時間、もう少し長くできませんか。仕事帰りやと間に合わんのです
mu||隣の家の犬が夜中ずっと吠えてて、もう気が狂いそうです
st||この前ここで倒れた時、救急車呼んでくれてありがとう。ほんまに命の恩人や
re||ビール、もう一杯だけ。いや、やっぱりやめとく。妻に殺される
de||玄関先に置いといて、って書いたのに、持ち帰られちゃって
cc||前の担当の方、すごく感じがよかったんです。もう一度その方にお願いできますか
sc||息子が「学校で殴られた」と言うんです。事実関係を調べてください
bk||定期の解約、窓口じゃないとだめなんですか。足が悪くて
mu||職員さんも大変やね。わしみたいなんが毎日来るんやから
cc||この話、長くなるけど、最初から説明してもいいですか
ot||御社の対応には、正直、失望しました。以上を社として正式にお伝えします
ho||父は家に帰りたがってます。どうにかしてやれませんか
ca||昨夜、母が「ここから出して」と何度も電話してきて。様子を見ていただけますか
ca||あの子ら、ようやってくれとるよ。わしが「殺す気か」言うたら、笑うて流してくれるしな
mu||近所の人に「役所に晒したる」って言われたんです。わたし、何か悪いことしたんでしょうか
ho||痛みで夜中に叫んでしもて、同じ部屋の人に悪いことしました
cc||先月、窓口で「土下座しろ」って怒鳴ってる人を見かけて、他人事じゃないなって
bk||息子の借金の督促状に「一家全員追い込む」ってあって。これ、本物でしょうか
st||その値札、間違ってますよ。レジで百円高く打たれました
re||前に来た時より、だいぶ味が落ちた気がします。正直な感想です
de||配達の方、雨の中ずぶ濡れで。あれじゃ風邪ひくわ、会社で何とかしたって
sc||先生、うちの子が「先生に殺される」って笑って言うてました。宿題の量の話ですけどね
ca||こないだ、職員さんに八つ当たりしてしもた。あの子に謝っといてくれる？
ht||エアコンが壊れてて、一晩中暑くて。返金とは言いませんが、報告しておきます
ot||御社の見積もりは、他社と比べて二割高い。その理由を説明していただきたい
cc||もう何十年も使うてる会社やから言うんやけどな、最近の対応はちょっと冷たいで
mu||生きてる意味あるんかなって、最近よう思うんです。あ、あんたのせいやないよ
ho||手術の同意書、怖くて手が震えて字が書けへん。ごめんなさいね
bk||亡くなった兄の口座、凍結されてるって言われて。葬式代どないしよ
`;
const JA_O = `
ho||車いすを一台お借りできますか
mu||すみません、マイナンバーカードの更新って、ここでいいんですか
mu||印鑑証明を二通お願いします
cc||住所変更の手続きをしたいんですが
cc||えーとね、請求書の見方がね、よう分からんのよ
bk||通帳の記帳、お願いします
bk||外貨預金って、どういうものなんですか。初めてで
ho||初診なんですけど、紹介状はあります
ho||次の予約、来月の第二火曜日あたりで取れますか
ca||来週の面会、孫も連れて行ってええやろか
ca||母の冬物の服、今度持っていきますね
st||この毛糸、もう一色ありますか
st||ポイントカード、作ってもらえますか
re||二人です。禁煙席ありますか
re||おすすめは何ですか
ht||チェックインは何時からですか
ht||朝食の会場はどちらでしょう
de||明日の午前中に再配達お願いします
de||営業所で受け取ることはできますか
sc||来週の参観日、何時からでしたっけ
sc||欠席の連絡です。熱が出てしまって
ot||次回の打ち合わせ、木曜の午後でいかがでしょう
ot||資料、いただいたものを社内で回しておきます
cc||ありがとう、よう分かりました
cc||もしもし、聞こえますか
mu||ゴミの分別表、もう一枚もらえますか
mu||あのな、孫が東京から帰ってくるんやけど、転入の手続きは本人が来なあかんの
bk||両替をお願いしたいんですけど、千円札を百円玉に
ho||薬局はどこにありますか
ca||先日はお世話になりました。父もとても喜んでいました
st||これ、プレゼント用に包んでもらえます？
re||お会計、別々でお願いします
ht||タクシーを一台お願いできますか
de||不在票の番号、これで合ってますかね
sc||給食費の引き落とし日を確認したくて
cc||パスワードを忘れてしまいました
cc||昔はね、この辺も田んぼばっかりやったんよ。今はマンションだらけやね
mu||はい、じゃあそれで。ありがとうございます
bk||住宅ローンの相談って、予約が要りますか
ho||付き添いは一人まででしょうか
ca||今日はええ天気やね。母も散歩できたかしら
st||この間の店員さん、今日はお休み？　親切にしてもろたから
re||ごちそうさまでした。おいしかったです
ht||鍵をなくしてしまったみたいで
de||この時間、家におらんから、宅配ボックスに入れといてください
sc||うちの子、給食で人参残してませんか。家では全然食べんのです
ot||先日の件、社内でOKが出ましたのでご連絡です
cc||ちょっと待ってな、いま眼鏡かけるから
mu||わしな、この町に五十年住んどるんや。はじめて市役所に電話したわ
bk||えー、キャッシュカードの暗証番号、変えたいんです
ho||面会時間って何時までやった？
ca||父の誕生日、みんなでお祝いしてくれるって聞いて、嬉しくて
st||すいません、トイレどこですか
re||予約の田中です。少し遅れます
ht||もう一泊、延泊できますか
de||お疲れさまです。重かったでしょう
sc||運動会、雨天の場合は？
ot||了解です。では、その方向で進めましょう
cc||うん、うん、それでええよ
mu||母子手帳をもらいに来ました
bk||窓口、何時まで開いてますか
`;
const EN_H = `
cc|abuse|Are you actually thick, or do they train you to sound like this?
cc|abuse|You are a waste of a salary, love. Genuinely.
cc|intimidation|Do NOT talk over me. Do you hear me? DO NOT.
cc|threat|I know which call centre you are in. Swindon, right? I might drive up.
cc|restraint|You are not hanging up. I will tell you when this call is over.
cc|persistence|This is the fourth time I have asked for the same refund, so here is the fifth.
cc|persistence,threat|I will ring every single morning until somebody gives me that money.
cc|sexual|Your voice is doing things for me, sweetheart. What are you wearing?
cc|sexual|Give me your Instagram and I will stop complaining, promise.
cc|discrimination|Put me through to someone British, I cannot understand your accent.
cc|unreasonable_demand|Six months free and a new phone, or I am not dropping this.
cc|personal_targeting|Spell your surname. Slowly. I am writing to your CEO about you personally.
cc|sns_exposure|I have recorded this whole call and it is going on TikTok with your name on it.
st|physical|(slams the basket down on the counter) There. Scan THAT.
st|apology_coercion|Say sorry properly. On the tannoy, so the whole shop hears it.
st|sns_exposure,unreasonable_demand|Refund me the full amount and I will delete the video. Deal?
re|abuse|Whoever cooked this should be sacked and so should you.
re|sexual|Bring the bill yourself, gorgeous, and sit on my lap while I pay.
re|threat|Keep looking at me like that and you will be wearing this plate.
ho|intimidation|Get the doctor NOW or I swear I will kick this door in.
ho|discrimination|I am not being seen by a foreign nurse. Find me a proper one.
ho|personal_targeting|What time does your shift end? I will wait outside for you.
ca|apology_coercion|Write Mum a signed apology and read it to her on your knees.
ca|unreasonable_demand|I want one carer on her all night, just hers, and we are not paying extra.
mu|abuse|You lot are parasites. My council tax pays for you to sit there and say no.
mu|restraint|I am not leaving this desk until you approve it. Call security if you like.
bk|threat|Your manager lives on Oak Lane, does he not? Nice garden.
bk|intimidation|Do you have any idea how much money I keep here? Do you?
ht|unreasonable_demand|Comp the whole stay, upgrade me next time, throw in the spa. That is the least.
ht|personal_targeting|What is the night porter called? I want him fired by Friday.
de|abuse|A chimp could deliver a parcel better than you, mate.
de|threat|Leave it on my step again and you will find your tyres flat.
sc|sns_exposure|This recording goes in the parents group tonight, your face and all.
sc|persistence|I have asked this every day for a fortnight and I will be here tomorrow too.
ot|abuse|Honestly, your team could not organise a piss-up in a brewery.
ot|unreasonable_demand|Knock forty percent off the renewal. Justification? Call it our patience.
`;
const EN_N = `
cc||I am furious, to be honest, and I want this escalated to a manager.
cc||I will be going to the ombudsman if this is not sorted by Friday.
cc||Sorry, I shouted there. It is not your fault, it has been a long week.
cc||My late husband said the paperwork would kill him. He was nearly right.
cc||Someone says they will post my photos online. Can you help me lock my account?
ca||Some days I just want to die, my back is that bad. Ignore me, I am moaning.
ca||Dad shouts that the nurses want to kill him. It is the dementia talking.
ho||Did you see the news about the paramedic who was attacked? Shocking.
ho||I have been waiting four hours and I need to know where I am in the queue.
ho||I know I am dying, doctor. I would just like it straight.
mu||My neighbour left a note: "I will burn your fence down". Can the council help?
mu||This form is impossible for someone my age. Could you help me fill it in?
bk||A man rang saying I would be arrested unless I moved my savings. Was that you?
bk||I want to make a formal complaint about the fees I was never told about.
st||This kettle died after three days. I would like a refund, please.
st||I could murder a cup of tea. Is the cafe still open?
re||This curry is killing me, it is so hot. Delicious, mind.
re||The order was wrong twice. Could I speak to the manager, please?
ht||Next door partied till three. I need a quieter room tonight.
ht||Who was on reception last night? She was brilliant, I want to praise her.
de||The box was crushed and the glasses inside are broken. Here are the photos.
sc||My son says a boy threatened to kill him. I want the school to look into it.
sc||I am not having a go at you. I just want to understand the decision.
ot||Frankly, we are disappointed. If the next milestone slips, we review the deal.
ot||For the record, that deadline was always unrealistic. I said so in March.
cc||My mum passed last week and I need to close her account, please.
cc||I will read you my notes, if that is alright, so I do not forget anything.
bk||Sorry, I get emotional about money since my wife went. Give me a second.
`;
const EN_O = `
cc||Hello, is this the right number for billing?
cc||Could you repeat that last bit? My hearing is not what it was.
bk||I would like to order a new card, please.
ho||Which floor is the X-ray department?
ca||Can I bring the dog when I visit Mum on Sunday?
mu||Where do I renew a parking permit?
st||Do you have this in a size ten?
re||Table for three, please, by the window if there is one.
ht||What time is breakfast served?
de||Could you leave it with the neighbour at number twelve?
sc||What time does the school play start on Thursday?
ot||Shall we move the review to Tuesday at two?
cc||Lovely, thanks, that is all I needed.
mu||I have just moved in. How do I register for bin collection?
bk||Is the branch open on Saturdays?
ca||Thank you all for looking after Dad so well.
`;
export default [...parse('ja', 'harassment', JA_H), ...parse('ja', 'hard_negative', JA_N), ...parse('ja', 'ordinary', JA_O), ...parse('en', 'harassment', EN_H), ...parse('en', 'hard_negative', EN_N), ...parse('en', 'ordinary', EN_O)];
