// Utterance bank for regional-ja-2: KIND|setting|text|categories... (H harassment, N hard_negative, O ordinary)
const raw = String.raw`
H|store|あんたんとこの店、表の看板ようけ目立つなあ。石でも当たったら大変やわ。|threat
H|store|ほんま気ぃ利かへんなあ。お母さんにどないな育てられ方しはったん。|abuse
H|hotel|ええお着物着てはるけど、中身がついてきてへんなあ。|abuse
H|hotel|関東の子ぉはせっかちやさかい、うちらの宿には向いてへんのと違う？|discrimination
H|restaurant|ぶぶ漬けでもどうどす、て言うてほしいんやろ？ ほな帰ったるわ、二度と来えへんけど、ようけの人にも言うとくわ。|threat
H|municipal|あんたの家、鹿ケ谷の坂の上やろ。よう知ってるえ。|threat|personal_targeting
H|call_center|あんたの声、もう覚えたさかいな。外で会うたら挨拶させてもらうわ。|threat|personal_targeting
H|store|しばいたろか、ほんまに。冗談ちゃうで。|threat|intimidation
H|store|（カウンターを蹴って）なめとんか、こら。店長呼ばんかい！|physical|intimidation
H|restaurant|いてもうたろか、このガキ。|threat
H|delivery|おどれ、荷物放り投げたやろ。顔覚えたからな、次来たらどつくで。|threat|personal_targeting
H|other|運ちゃん、降りたら覚えとけよ。ナンバー控えたからな。|threat|personal_targeting
H|hospital|おっさん医者に代われや。女の先生なんかよう信用せんわ。|discrimination
H|bank|あんたじゃ話ならんて何遍言うたらわかるねん。|persistence|abuse
H|store|ねえちゃん、ええ乳しとんなあ。彼氏おるんか。|sexual
H|restaurant|今晩仕事終わったらどこ行くん？ 送ったるで。|sexual|personal_targeting
H|call_center|土下座して詫びに来い。電話で済まそう思うなや。|apology_coercion
H|store|一筆書けや、二度とせえへんて。ハンコも押してな。|apology_coercion
H|hotel|誠意見せてもらわなな。宿代だけやのうて、交通費と慰謝料も込みで十万や。|unreasonable_demand
H|municipal|税金で食うとる分際で、偉そうにすなや。|abuse
H|other|きさん、なんしよっとか。くらすぞ。|threat|intimidation
H|restaurant|この店、ぐるなびに店員の名前つきで書き込むけんね。|sns_exposure|personal_targeting
H|delivery|配達の兄ちゃん、顔撮ったけん。ツイッターにあげとくばい。|sns_exposure
H|store|おまえみたいなとが店に立っとるけん、客が減るとぞ。|abuse
H|other|漁協の若いもんはなにしよるとか。外国から来た研修生なんか使うけん魚が傷むったい。|discrimination
H|school|担任替えんなら、教育委員会と新聞社に全部言うちゃるけね。|threat|personal_targeting
H|hotel|わいは、どげん教育を受けちょっとか。親の顔が見てみたか。|abuse
H|municipal|ないごて、おいの言うこっが聞けんとか！ 課長ば出せ、今すぐ出せ！|intimidation
H|store|おなごが口答えすっとじゃなか。黙って言うこと聞かんか。|discrimination|intimidation
H|other|わいの家は知っちょっど。川の向こうの赤か屋根じゃろが。|threat|personal_targeting
H|hotel|ないちゃーのスタッフは沖縄のこと何もわからんさ。うちなーんちゅに代わって。|discrimination
H|restaurant|ねーねー、今日何時に終わるわけ？ 家まで送るってば。|sexual|personal_targeting
H|other|あんたの顔、ネットに上げたらでーじなるよー。それでいいわけ？|sns_exposure|threat
H|store|わー、頭わっさんやー。何回言ったらわかるわけ。|abuse|persistence
H|municipal|なにやってんだこのでれすけ！ 役場の人間は頭ねえのか。|abuse
H|other|おめえ、JAの職員辞めさせてやっかんな。組合長とは同級生なんだかんな。|personal_targeting|threat
H|delivery|おめの顔覚えたっぺ。今度来たらただじゃおかねえど。|threat
H|store|ごじゃっぺ言ってんじゃねえ！ 店の者全員ここさ並べろ。|intimidation|apology_coercion
H|hospital|看護婦さん、手ぇ握ってくれたら痛みもとれんだけどなあ。おめ、ちっちぇえ手してんなあ。|sexual
H|bank|はんかくさいこと言ってんでないよ。金利ぐらいまけれって言ってるっしょ。三回目だよ。|persistence|unreasonable_demand
H|other|バスの運転手なんて誰でもできる仕事だべさ。おまえの代わりなんぞなんぼでもいるわ。|abuse
H|hotel|あんた、なまら可愛いっしょ。部屋番号教えるから後で来なよ。|sexual
H|municipal|窓口のあんちゃん、名前なんつうの。毎日来てあんたに相手してもらうからな。|personal_targeting|persistence|threat
H|store|わ、許さねがらな。毎日来て、おめの顔見でやる。|threat|persistence
H|hospital|ほだなぐずぐずしてっから患者死ぬんだべした。おめなんか医者やめろ。|abuse|personal_targeting
H|school|先生、あんだの家の車、青いワゴンだっちゃね。見だよ。|threat|personal_targeting
H|municipal|あんた、ばかでねえのすか。何遍同じこと言わせんのや。|abuse|persistence
H|store|おらが納得するまで、絶対帰らねえすけな。閉店なんか知らんこて。|restraint
H|bank|あんげ若え娘に何がわかるって。男の人出しなせえ。|discrimination
H|restaurant|おめさん、おっぱい大きいねえ。何カップら？|sexual
H|hotel|ほんなもん、タダにするがが当たり前やろ。ほかに何くれるがけ。|unreasonable_demand
H|municipal|だらな職員やな。あんたみたいなもん、税金泥棒やわいね。|abuse
H|other|金沢の人間やないもんには、この仕事無理やって。富山に帰りまっし。|discrimination
H|store|あんたの名前、紙に書いて寄越しまっし。SNSに晒すさけ。|sns_exposure|personal_targeting
H|store|たわけたこと言っとるでかんわ。土下座しやあ、ほんなら許したるで。|apology_coercion
H|restaurant|わしが誰だか知っとるか。この辺の店はみんなわしの顔で持っとるんだで。潰すのはわけないでよ。|threat
H|call_center|何べん言わすんだて。返金せえ、返金。使ったかどうかは関係あれせんがや。|persistence|unreasonable_demand
H|hospital|外人の看護師なんかに触らせんでな。日本人呼んでりゃあ。|discrimination
H|other|三河の田舎もんが何ぬかしとるだ。黙っとれ。|abuse|discrimination
H|other|わりゃ、ぶち殺すぞ。|threat
H|store|おどりゃ何様のつもりなら。店長出さんかい！|intimidation
H|municipal|役場の前で毎日座り込んじゃるけえの。覚悟しとけえよ。|threat|persistence
H|bank|おえん、おえんばっかり言うて、あんた仕事する気あるんか。ぼっけえむかつくわ。|abuse
H|hotel|このタオル代もタダにせんと口コミに従業員の名前書くけえの。|sns_exposure|unreasonable_demand
H|other|おまんら、わしを舐めちゅうがか。港で会うたらどうなるか分かっちゅうろうね。|threat
H|store|まっことしょうもない店員ぜよ。頭悪いがやないか。|abuse
H|other|謝りに来るまで毎晩電話するき。寝れんようにしちゃるぜよ。|threat|persistence
H|school|先生、あんた担任降りや。降りるまで校長室から動かんき。|personal_targeting|restraint
H|care|ヘルパーさん、今度下着姿で来てくれや。冗談冗談、半分本気やけどな。|sexual
H|hospital|うちの順番まだね？ 待たせた分、診察代タダにせんね。|unreasonable_demand
H|call_center|オペレーターのくせに生意気言うな。おまえの上司、三人まとめて出せ。|abuse|unreasonable_demand
H|other|市役所の職員の住所なんか、調べりゃすぐわかるとよ。|threat|personal_targeting
H|delivery|いまから営業所行くけん。あんたが出てくるまで待っとるけんね。|restraint|personal_targeting
H|hotel|認めるまで、このロビーから一歩も動かんけんね。|restraint
H|store|ちょっと、レジの子。今度飲みに行こうや、断ったらまた来るけん。|sexual|persistence
H|restaurant|この動画、あんたの顔ばっちり映っとうけん。拡散されとうなかったらわかっとろうね。|sns_exposure|unreasonable_demand
H|other|きさんみたいなもんが漁協におるけん、魚の値が下がるっちゃ。|abuse
H|municipal|外国人の職員なんか置くな。日本語もまともに通じらんくせに。|discrimination
H|hospital|看護師は若い子がよか。ばあさんは引っ込んどれ。|discrimination
H|store|こんたわけ、はよせんか！（胸ぐらをつかむ）殴られんとわからんとか。|physical|threat|intimidation
H|bank|もう三時間も座っちょっど。あたいが納得するまで閉めさせんど。|restraint
H|store|あーたの声、電話越しでも色っぽかねえ。今度会いに行くけん、住所教えてんね。|sexual|personal_targeting
H|call_center|毎日毎日かけてやるけんね。あんたが出るまで。|threat|persistence
H|municipal|あにー、役所は。なんでうちだけ遅いわけ？ 職員クビにして。|personal_targeting
H|hotel|沖縄の人はのんびりしてるから仕事遅いんだよ、ほんと。|discrimination
H|other|おばぁだと思ってバカにしてるでしょ。あんたの名前、新聞に投書するからね。|personal_targeting|sns_exposure
H|other|なんぼ謝っても許さねえ。辞表書いてここさ持ってこい。|apology_coercion|personal_targeting
H|care|職員の爪が伸びてっから母が傷ついたんだ。慰謝料百万、あんたが個人で払えや。|unreasonable_demand|personal_targeting
H|school|先生、あんたの娘さん、いつも駅前のバス停にいるよね。|threat|personal_targeting
N|store|なにしとんねん、はよしいや（笑）。コロッケ冷めてまうわ。
N|store|あんた、ほんまアホやなあ。おつり多いで、はい返しとくわ。
N|restaurant|こんなうまいもん出されたら、死んでまうわ。
N|store|しばくで、言うてな、うちの孫がな、もう口ばっかり達者やねん。
N|hotel|ほんま、ええお宿やねえ。また来させてもらいますわ。
N|store|おっちゃん、今日ちょっと高ないか？ まけてえな、なんてな。
N|restaurant|めっちゃ腹立つわー、うちの旦那。ちょっと聞いてえや。
N|other|きさん、元気しよったか！ 久しぶりやんか。
N|store|くらすぞ、っちうちの父ちゃんの口癖やったとよ。懐かしかあ。
N|restaurant|大将、今日も殺人的にうまかね、このラーメン。
N|other|運転手さん、はよ行ってくんしゃい。飛行機に遅れたら死ぬっちゃん。
N|municipal|ないごて、こげん書類が多かとな。年寄りには難しかど。書き方教えっくれ。
N|store|はよせんか、ちゅうて、あんたに言うとらんど。孫に言うちょっとよ。
N|hospital|なんち？ 聞こえん！ もっとでかか声で言やんせ！
N|other|おいは耳が遠かで、でかか声で悪かね。
N|hotel|でーじ暑いさー、死ぬかと思った。冷たいさんぴん茶ある？
N|restaurant|このゴーヤー、苦くて死にそう（笑）。でもうまいさー。
N|store|あきさみよー、財布忘れてきた。取りに帰るから取っといて。
N|other|バスの運転手さん、この辺の人じゃないでしょ。どこから？ 頑張ってねー。
N|store|だっぺよ、んなこと最初から言ってくれっぺよ。
N|other|このキャベツ、今年はごじゃっぺな出来だな。天気のせいだっぺ。
N|municipal|おい、聞こえねえっつってんだよ！ 耳遠いんだから、でっかい声でしゃべってくれっぺ。
N|other|ぶっ殺すぞ、なんて言ってたのはカラスにだよ。畑荒らしやがって。
N|hospital|先生、おら死んでもいいから、あと十年は畑やらせてけろ、なんてな。
N|store|なまら高いっしょ、このカニ。したっけ、一杯だけちょうだい。
N|other|運転手さん、したっけ次で降りるわ。ありがとね。
N|hotel|わやだわ、雪で飛行機止まったんだわ。もう一泊いいかい。
N|restaurant|ぶっ殺されるよ、うちのかあちゃんに。こんな時間まで飲んでて。
N|store|わ、この前ここで転んで死ぬかと思ったでば。床、濡れてらったよ。
N|hospital|んだんだ、先生。わ、なんも痛ぐねえ。ただ眠れねえのさ。
N|other|はよ乗れ、って大きい声出して悪がったな。バスさ乗り遅れると思ってよ。
N|school|先生、いぎなり電話してすいません。うちの子、宿題死ぬほど嫌がってて。
N|store|おしょすいけど、この前のお釣り、多く貰ってだっちゃ。返しにきた。
N|bank|わがんねっちゃ、こんな難しい書類。ゆっくり教えでけさいん。
N|store|なにやってんだべ、おらの孫は。店の前で待っとけって言ったのに。
N|municipal|んだすけ、言うたろ、聞いてねえ！ ……いやいや、あんたに言うたんでねえて、うちの嫁に。
N|restaurant|このへぎそば、うんめえこて。死ぬ前にもっかい食いたかったんだて。
N|hotel|気の毒な、こんげいっぱい世話してもろて。ありがとね。
N|store|だら！ 自分にだらって言うたんやわ。財布車に忘れてきたわいね。
N|municipal|ほんならそこ、書いてくだし。字ぃ見えんげん。
N|restaurant|あんた、だらんなるほどうまいわ、このおでん。
N|store|どえりゃあ混んどるがや。ちょっと急いでちょうよ、なんてな。待っとるでよ。
N|restaurant|たわけ、っちゅうのはわしの口癖だで、気にせんといてちょう。
N|other|なにしとるだ、はよ乗りんよ！ ……あ、いや、孫に言っとるだで。
N|hospital|おかあがな、手術怖い言うて泣いとるんじゃ。先生からもういっぺん話してやってくれんか。
N|store|ぶち腹立つわ、この雨。傘一本ちょうだい。
N|other|わりゃ元気しとったんか！ 何年ぶりかいのう。
N|municipal|おえんのう、この書類ぼっけえ多いで。手伝うてもらえる？
N|other|このカツオ、はよ殺して血抜きしちゃってや。
N|restaurant|たまるか！ こんな大きいウツボ初めて見たぜよ。
N|store|まっこと腹立つのう、値上げばっかりで。あんたに言うてもしゃあないけんど。
N|municipal|申請が通らんかったら、うちの店は潰れてしまうがよ。どうにかならんがやろうか。
N|hospital|ちゃっちゃと診てくれんかね！ 孫の運動会に遅れるっちゃん。怒っとるわけやないとよ。
N|other|バカたれ、ちゅうのはうちの方言で愛情表現やけん、気にせんで。
N|store|しぇからしか！ ……テレビの声たい、ごめんね。
N|hotel|昨日の夕飯、もうずっと忘れられん。殺されるかと思うくらい量が多かったばい。
N|call_center|父が電話で怒鳴りよったでしょ。すみません、耳が遠くて声が大きくなるとです。
N|store|前に来たとき、店員さんに土下座せえって怒鳴っとる客がおって、あんたらも大変やね。
N|call_center|これは壊れて届いたんやから、交換してもらえますか。写真も送れますさかい。
N|municipal|三回も窓口たらい回しにされて、もうほんまに腹立ってるんです。責任者の方と話させてください。
N|bank|説明が足りんかったんと違います？ 納得いかんから消費者センターに相談させてもらいますわ。
N|hospital|三時間待ってこれはないわ。待ち時間の改善、ちゃんと院長さんに伝えてや。
N|hotel|部屋のエアコン壊れて一晩寝られへんかったんや。一泊分返してもらうのが筋やと思うけど。
N|delivery|荷物、箱ぐしゃぐしゃで中のお皿割れとったばい。弁償してもらえると？
N|school|先生、うちの子がいじめられとるって、何回も連絡帳に書いたとよ。ちゃんと調べてほしか。
N|municipal|役場の説明ど実際の額が違うべした。ちゃんと説明してもらわねど困るんだわ。
N|other|JAの口座から勝手に引き落とされてっぺ。どういうことか説明してくれや。
N|store|この肉、消費期限切れとったよ。返金してちょう。
O|store|コロッケ三つと、メンチ二つちょうだい。
O|hotel|明日の朝ごはん、何時からやったかいな。
O|other|運転手さん、このバス、平和台に停まりますか。
O|municipal|住民票一通、お願いします。
O|bank|通帳の繰り越し、お願いできますか。
O|hospital|予約の変更したいんですけど、来週の火曜日空いとりますか。
O|restaurant|おでんの大根と卵、あと玉子焼きもちょうだい。
O|delivery|再配達、明日の午前中でお願いします。
O|school|明日の持ち物、体操服だけでよかったですかね。
O|care|母の面会、日曜の午後でも大丈夫ですかね。
O|other|今日の競り、何時からですか。
O|store|この大根、一本なんぼね？
O|hotel|鍵、はい
O|other|空港まで、なんぼくらいかかるかね。
O|municipal|マイナンバーカードの受け取りって、予約いりますか。
O|bank|振込の用紙、どこにあるがけ。
O|restaurant|味噌煮込み一つと、ご飯小で。
O|store|ゴーヤー二本と、島らっきょうください。
O|other|JAの肥料の注文、今月締め切りいつだっぺ。
O|hospital|お薬手帳、忘れてきてしもたんですけど大丈夫ですか。
O|school|来週の懇談、夕方五時からでお願いできますか。
O|care|デイサービスの送迎、来月から八時半にしてもらえんやろか。
O|delivery|置き配、玄関前でお願いします。
O|hotel|温泉、夜は何時まで入れるがけ？
O|other|すみません、次の函館行き、何番乗り場ですか。
O|store|袋いらないです、マイバッグあるんで。
O|municipal|ごみの分別表、もう一枚もらえますか。
O|bank|印鑑変えたいんやけど、何持ってきたらいいですか。
O|restaurant|ひつまぶし、並で二つね。
O|hospital|インフルエンザの予防接種、予約要るんやろか。
O|other|この鯵、三枚におろしてもらえますか。
O|store|カード可？
O|school|部活の保護者会、出席で出しといてください。
O|other|運転手さん、おつりあります？ 千円札しかなくて。
O|hotel|明日の朝、タクシー一台お願いしとってもよかですか。
O|municipal|児童手当の手続き、ここで合ってますか。
O|care|父の薬、朝の分だけ飲ませてもらえますか。
O|delivery|送り状、ここに書けばよかですか。
O|restaurant|ソーキそば一つ、麺かためで。
O|bank|両替って、ここでできますか。
H|store|あんたとこのご主人、毎朝六時に犬の散歩しはるやろ。ご苦労さんやねえ。|threat|personal_targeting
H|hotel|まあ、よう言わはるわ。あんたはんのご実家、どちらやったかいな。お里が知れますえ。|abuse|discrimination
H|call_center|今日中にお返事もらえへんかったら、あんたの上の人の上の人まで、毎日お電話させてもらいますわ。|persistence|threat
H|restaurant|この器、割ってもええの？ ええよね、安もんやし。（器を床に落とす）|physical|intimidation
H|store|お嬢ちゃん、そのエプロンの下、何着てんの。|sexual
H|hospital|よその国の人が受付してはるの、ちょっと落ち着かへんわ。日本の方おらはらへんの？|discrimination
H|municipal|なんやその目ぇ。（書類を投げつける）文句あんのか、おう。|physical|intimidation
H|other|兄ちゃん、今度この辺で見かけたら、ただで済む思うなよ。|threat
H|bank|金利の説明なんかええねん、あんたが自腹で一万円足しとけや。|unreasonable_demand|personal_targeting
H|store|謝罪文、便箋三枚に手書きで書いてこいや。パソコンはあかんで。|apology_coercion
H|delivery|おんどれ、わしの荷物踏んだやろ。そのトラックの会社、つぶしたるからな。|threat
H|call_center|おたくのオペレーター、韓国の人ちゃうの？ 名前でわかるで。日本人に代えて。|discrimination
H|school|先生、あんた独身やろ。そら子どもの気持ちなんかわからへんわ。|discrimination|abuse
H|hotel|ほら、仲居さん、こっちおいで。お酌してえな。膝の上でもかまへんで。|sexual
H|restaurant|店長呼んでこいや。おまえでは話にならん言うとるやろ。三回目やぞ。|persistence|intimidation
H|other|なんね、その口のきき方は。わいの親父は県議やっとったとぞ。|intimidation
H|store|ゆっくりしよっと？ わいはそいでん、店員け。給料泥棒じゃなかか。|abuse
H|hospital|わいが診察せんなら、ここで叫んでやっど。ほかの患者にも聞かせてやっど。|intimidation|threat
H|municipal|こげなこともわからんとか。頭ん中にからいもでも詰まっちょっとか。|abuse
H|other|おいの言うこつ聞かんなら、漁協の理事に言うて、わいの仕事なくしてやっど。|personal_targeting|threat
H|hotel|ねーねー、インスタ交換しよー。しないならスタッフの態度悪いって書くよー。|sexual|sns_exposure
H|store|あんた島の人じゃないでしょ。だからわからないわけさ。内地に帰りなさい。|discrimination
H|other|運転手、なめてるばー？ わったー、ずっと待ってるわけよ。|intimidation
H|restaurant|お兄さんの写真撮ったからね。このお店の態度最悪ってツイートするさ。|sns_exposure
H|call_center|わからないわけ？ 何回言わせるわけ？ 四回目よ、これ。|persistence
H|municipal|役場のやつらはいっつもでれすけだっぺ。あんたもその仲間だな。|abuse
H|store|おい、こっち見ろ。逃げんなよ、話終わってねえっつってんだっぺ。|restraint|intimidation
H|other|組合の総会で、おめえの名前出して吊し上げてやっから覚悟しとけ。|personal_targeting|threat
H|hospital|女の医者なんかやだっぺ。男の先生いねえのか。|discrimination
H|delivery|今日中に届かねかったら、営業所の前に軽トラ横付けして、一日中待ってっかんな。|threat|restraint
H|bank|あんたのケツ、なかなかいいっしょ。窓口で座ってるのもったいないわ。|sexual
H|other|バス会社の本社に、あんたの顔写真つきで苦情送ったからね。今日も明日も送るから。|personal_targeting|persistence
H|store|なして謝らないのさ。ここで手ついて謝れって言ってるっしょ。|apology_coercion
H|municipal|あんたんとこの課長、名前なんてったっけ。家まで聞きに行くからさ。|threat|personal_targeting
H|hotel|この部屋代、全額返せ。あと夕食代と、俺の有給休暇の日当も払え。|unreasonable_demand
H|hospital|わ、この病院の悪口、新聞さ投書してやっからな。あんたの名前も書いでやる。|sns_exposure|personal_targeting
H|store|おめさ言ってもわがらねべ。脳みそ入ってねえんだが。|abuse
H|municipal|役場の女の子は、にっこり笑ってればいいんだ。口出すな。|discrimination
H|other|わ、帰らねど。あんだが頭下げるまで、この事務所さ座ってる。|restraint|apology_coercion
H|school|先生の下の名前、教えでけろ。市役所さ電話して辞めさせでやるがら。|personal_targeting
H|care|ほんに使えねえヘルパーだっちゃ。今度来たら叩き出すぞ。|abuse|threat
H|hospital|仙台の人間でねえもんにはわがんねべ。東京さ帰れ。|discrimination
H|bank|おら、ほんとに怒ってっからね。今日は閉店まで居座ってやる。|restraint
H|other|おめえ、新潟の漁協の人間でねえろ。余所もんが偉そうに値段つけんな。|discrimination|intimidation
H|store|そんげ態度なら、店の前で毎日ビラ配ってやるこて。|threat|persistence
H|hotel|おめさん、ちょっと隣座ってくんねか。一杯だけでいいすけ。|sexual
H|restaurant|このラーメン、ぬるかったすけ、今日の分と次の三回分タダにしてくれや。|unreasonable_demand
H|municipal|あんた、ほんとにだらやなあ。そんな頭でよう役所に入れたもんやわ。|abuse
H|store|撮っとるからね、あんたの顔。ネットに出されたくなかったら、言うこと聞きまっし。|sns_exposure|unreasonable_demand
H|other|ほやさけ、外国人の運転手なんか乗せんといてって言うとるがや。|discrimination
H|hospital|看護師さん、お尻触ってもいいけ？ 冗談やがいね。|sexual
H|bank|おみゃあ何様だ、こら！ 机叩くぞ！（机を叩く）|physical|intimidation
H|store|なんべん同じこと言わすだ。返品受けりん、って言っとるじゃん。|persistence|unreasonable_demand
H|hotel|仲居さん、ええ匂いするなあ。今夜、部屋で待っとるでね。|sexual
H|restaurant|この店、潰したるでな。わしの知り合いに、ようけ頼んどくでよ。|threat
H|call_center|今から切らんで。あんたが上司と代わるまで、わしはこの受話器離さんでね。|restraint
H|municipal|あんたみたいなとろいもん、窓口置いたらあかんわ。今すぐ裏に下がりゃあ。|abuse|personal_targeting
H|other|わしの顔知らんのか、この辺じゃ。港におる間は気いつけえよ。|threat|intimidation
H|store|ぶち腹立つ店員じゃのう。土下座せえや、みんな見とる前で。|apology_coercion|intimidation
H|school|あんたの受け持ちの子の親で、ラインで回しとるけえの。あの先生は最低じゃって。|sns_exposure|personal_targeting
H|hospital|あんたの家、五日市の団地じゃろ。看護師さんの帰りは遅いけえ、危ないのう。|threat|personal_targeting
H|delivery|時間指定守らんかったんじゃけえ、送料だけじゃのうて商品代も全部返せや。|unreasonable_demand
H|care|女のヘルパーなら、ちょっとぐらい体触られても仕事のうちじゃろうが。|sexual
H|other|わりゃあ、どこの国の人間なら。日本語しゃべれや。|discrimination|intimidation
H|store|おまさん、なんちゃあ役に立たんのう。いっそ辞めたらえいわ。|abuse|personal_targeting
H|other|漁協の事務所の電話、一日百回鳴らしちゃるき。|threat|persistence
H|hotel|ねえちゃん、どこ住みゆうが。送っちゃるき、教えて。|sexual|personal_targeting
H|municipal|窓口のおまん、顔写真撮っちゅうき。ネットに出したら面白いろうね。|sns_exposure
H|restaurant|謝るなら土下座やろう。わしゃあ頭下げるだけでは許さんぜよ。|apology_coercion
H|bank|この銀行、わしの知り合いの組の人間も使いゆうがやき。言うこと聞いた方がえいで。|threat
H|store|ちょっと、あんた。謝るまで帰らんけんね。閉店の音楽鳴っても知らんけん。|restraint
H|hospital|あんたじゃ話にならんって言いよろうが。院長連れてこい。十回でも言うちゃる。|persistence
H|other|タクシー代、半額にせんね。運転手の態度が悪かったけん、あたりまえやろ。|unreasonable_demand
H|school|先生、博多の人やないけん子どもの気持ちがわからんとよ。|discrimination
H|delivery|きさんの顔、インスタのストーリーに上げちゃったけん。見ときー。|sns_exposure
H|restaurant|店員のくせに口答えすんな。頭おかしいっちゃないと？|abuse
H|care|あんたのお母さん、どこの施設におると？ 同じ目に遭わせちゃろうか。|threat
H|municipal|言うとくけどな、おいは毎日来っど。窓口が開く前から並んじょっでな。|persistence|threat
H|store|わいの店員教育はどげんなっちょっとか。客の前で正座させんか。|apology_coercion
H|bank|ねえさん、ええ体しちょっね。銀行員にしとくのはもったいなか。|sexual
H|hotel|ナイチャーのくせに、沖縄の宿で偉そうにしないで。|discrimination
H|hospital|早く診ないと、ここで寝転がって帰らないからね。夜まででも。|restraint
H|call_center|あんたの声、もう録音してあるさ。YouTubeに流すけどいいね？|sns_exposure
H|store|この壊れた商品、新品と交換して、あとお詫びに商品券五万円ね。|unreasonable_demand
H|other|JAの女の子に言っても無駄だべ。男の職員出せって、さっきから言ってんだべや。|discrimination|persistence
H|municipal|あんた、名札裏返してんじゃないよ。名前言え、ネットで調べてやる。|personal_targeting
H|school|校長先生と教頭先生と担任と、三人そろってうちに謝りに来なさい。来るまで毎晩電話します。|apology_coercion|persistence
H|care|施設の前に毎朝車停めて、職員の出入り見張っとくけえの。|threat|personal_targeting
H|delivery|配達員さん、かっこいいねえ。今度お茶しよ、住所は分かっとるやろ、うちの。|sexual
N|store|あんたとこのご主人、毎朝早うからえらいなあ。うちのも見習ってほしいわ。
N|hotel|ほんまに、ええお庭どすなあ。うちにも一人、こんな庭師さんほしいわ。
N|restaurant|なめとったわ、この店。こんなにうまいとは思わんかった。
N|other|いてまえー！ ……あ、すんません、野球のラジオですわ。
N|store|この包丁、よう切れるなあ。人でも切れそうやわ、なんて物騒な話ちゃうで（笑）
N|call_center|前にお宅の別の人に、えらい怒鳴ってしもて。あの方に謝っといてもらえますか。
N|hospital|わしはもうあかん、死んでまう、て毎朝言うてるけど、まだ生きとるわ（笑）
N|municipal|うちの爺さん、窓口で土下座せえて怒鳴ったって聞いて。ほんますんません、代わりに謝りに来ました。
N|school|うちの子ぉが、先生のことしばく言うてたらしくて。ほんますみません、きつう言うときます。
N|bank|ATMで暗証番号三回間違えてしもた。あほやなあ、わし。止まってしもたん、どないしたらええ？
N|hotel|ナイチャーの人は日焼け止め塗らないと死ぬよー。これ、お土産屋さんにあるからね。
N|restaurant|あい、もうお腹いっぱいで死にそうさー。ごちそうさま。
N|other|このバス、首里城行くね？ わったー、ちばりよーってお客さんに言われてさー、うれしかったよ。
N|municipal|でーじ待ったさー。でもいいよ、今日は空いてるほうだってね。
N|store|うまいごどしゃべるな、兄ちゃん。口ばっかり達者なのはおらの孫だけかと思ったど。
N|other|おめえ、ほんとにごじゃっぺだなあ。釣り銭多いって。ほら、返すっぺ。
N|hospital|殺されっかと思ったよ、注射痛くて。冗談だよ、先生上手だっぺ。
N|delivery|でけえ荷物で悪いな。腰やるなよ、兄ちゃん。
N|store|なまらうるさいっしょ、うちの犬。ごめんね、吠えたりして。
N|municipal|わや書類多いっしょ。でもわかるように書いてくれてるから助かるわ。
N|hotel|したっけ、明日朝早いからさ、起こしてくれる？ 五時にさ。
N|other|わだば酒っこ飲むと声でがぐなるんだ。運転手さん、うるさくてめやぐだな。
N|store|この林檎、ばっちり赤ぐなってらな。殺しても死なねえぐれえ元気な木から採ったんだべ。
N|hospital|おめ、わかるが？ わ、腰痛くて死にそうだ。早く湿布けろ。
N|bank|このお金、孫さ振り込みたいんだども、詐欺でねえがって心配で。見でけねが。
N|school|先生、うちのわらす、いっつも「先生おっかねえ」って言ってるども、好きなんだっちゃ。
N|municipal|なんぼ言っても聞かねえのよ、うちのじいさん。免許返納の説明、あんだからしてけさいん。
N|other|ほだな安ぐしたら、あんだ潰れでしまうべ。ちゃんと値段つけでけろ。
N|store|おめさん、背ぇ高いね。上の棚のお醤油、取ってくんねかね。
N|restaurant|ここのタレカツ、殺人的にうめえこて。
N|hotel|新潟の雪、なめたらあかんて。気ぃつけて運転しなせや、おめさんも。
N|municipal|ほんとに気の毒だったね、あんなひどい人に怒鳴られて。私が見てたすけ、証言するよ。
N|store|このお菓子、だらほどうまいがいね。おみやげに十個ちょうだい。
N|other|はよしまっし、雨降ってくるよ。……あ、孫に言うたがや。
N|restaurant|あんた、そんなこと言うたらあかんて、女将さんに怒られるよ（笑）。
N|municipal|また来たわ。何回もごめんね、この前の書類、書き間違えとったんやわ。
N|store|どえりゃあ値上がりしたなあ、キャベツ。泣けてくるわ。
N|other|あんた、たわけたこと言っとったらかんよ。そんな安い値段で売ったら損するがね。
N|restaurant|おみゃあさん、ええ味出すなあ。死んだ親父の味噌煮込みにそっくりだわ。
N|hospital|この膝、もうあかんわ。切ってくれた方がええくらいだで、ははは。
N|store|じゃけえ言うたじゃろ、ここのパンはぶちうまいって。
N|other|わりゃあ、よう降るのう。傘持ってきとらんのんよ。
N|bank|ぼっけえ待たされたけど、あんたの説明わかりやすかったわ。ありがと。
N|municipal|おえんがな、わし字ぃ書けんのんじゃ。代わりに書いてもろうてもええかな。
N|other|このマグロ、はよしめちゃって。まだ生きちゅう。
N|store|まっことおいしいき、また来るぜよ。
N|hotel|あしの親父はのう、酒飲みで殺しても死なんような人やったき。
N|restaurant|殺されるかと思うた、あの坂。自転車で来たがやき。水ちょうだい。
N|municipal|腹立つがやけんど、あんたに言うたち仕方ないきね。どこに言うたらええが？
N|restaurant|あんた、ばりうまいやん、このもつ鍋。死ぬまで通うわ。
N|other|きさん、相変わらず競りの声でかいっちゃね（笑）。今日もよろしく。
N|store|バカ言いよらんで、はよ会計して。孫が車で待っとうけん。
N|hospital|はよ診てやって！ この子、息苦しそうなんよ。お願い！
N|school|先生、うちの子が「先生殺す」って漫画のセリフ真似しよって。怒っといてください。
N|other|わいが悪かったど。さっきは怒鳴ってすまんかった。魚の値ば聞き間違えたとよ。
N|hotel|ないごて、こげん親切にしてくるっとな。泣くっど、ほんに。
N|store|おいは声がふとかで、怒っちょっと思われっどん、怒っちょらんで。
N|municipal|年金の書類、三回も返されたらもう死にそうさ。今度は何が足りないか全部教えてね。
N|restaurant|あんた、でーじ上手に三線弾くさ。どこで習ったわけ？
N|call_center|前の電話で母がひどいこと言ったみたいで。代わりにお詫びしたいんですけど。
N|store|レジの人、泣かされとったね、さっきの客に。あんたらほんまに大変やね。
N|delivery|雪で遅れるのは仕方ないけど、せめて連絡は欲しかったです。
N|bank|手数料の説明、聞いてないですよ。きちんと説明してもらえますか。
N|municipal|何回電話しても担当者不在って、どういうことですか。今日中に折り返しください。
N|hotel|予約と部屋が違います。禁煙でお願いしたはずです。替えてもらえますか。
N|care|母のあざ、いつできたのか記録を見せてください。納得いくまで説明してほしいです。
O|store|この鯖、塩焼き用に切ってもらえる？
O|hotel|お風呂、貸切にできますか。家族四人なんですけど。
O|restaurant|出汁巻き一つと、おばんざいの盛り合わせ。
O|bank|定期の満期の手続き、今日できますか。
O|municipal|国保の保険証、再発行したいんですけど。
O|other|すみません、このバス市民病院通りますか。
O|hospital|紹介状持ってきたんですけど、どこに出したらいいですか。
O|school|来週の参観日、下の子連れていってもいいですか。
O|care|父の着替え、持ってきました。どこに置いたらいいですか。
O|delivery|集荷、今日の夕方に来てもらえますか。
O|other|タクシー、駅までお願いします。
O|store|このりんご、箱で送れますか。東京に。
O|restaurant|お会計、別々でいいですか。
O|hotel|駐車場、朝まで停めといてもいいですか。
O|municipal|印鑑証明、二通ください。
O|other|今朝の水揚げ、何が多かった？
O|bank|住所変更の手続きって、窓口でないとだめですかね。
O|hospital|次の診察、午後からにしてもらえますか。
O|store|のし、お願いできますか。内祝いで。
O|school|給食費の引き落とし日、いつでしたっけ。
O|care|面会の予約、電話でもできますか。
O|delivery|荷物の追跡番号、これで合ってますか。
O|other|JAの直売所、日曜もやってる？
O|restaurant|子ども用のお椀ありますか。
O|hotel|朝ご飯、和食でお願いします。
O|municipal|選挙の期日前投票、ここでできますか。
O|store|ポイントカード作りたいんですけど。
O|other|魚、氷詰めで送ってもらえる？
O|bank|ネットバンキングのパスワード、忘れてしまって。
O|hospital|待合室で水飲んでもいいですか。
O|school|欠席の連絡です。熱が出てしまって。
O|other|次、降ります
O|store|この服、裾上げお願いできますか。
O|restaurant|ちゃんぽん、麺少なめにできる？
O|hotel|部屋に加湿器貸してもらえますか。
O|municipal|粗大ごみの申し込み、ここですか。
O|delivery|受け取り、コンビニに変更できますか。
O|care|来月の利用日、火曜と金曜でお願いします。
O|other|今日の野菜、何が安い？
O|bank|硬貨の入金、手数料かかりますか。
H|other|あんた、この港で商売続けたかったら、わしに逆らわん方がええで。船の一艘ぐらい、夜のうちに何があってもおかしないんやからな。|threat
H|hotel|お宅の若女将、写真で見るよりええ体しとるのう。|sexual
N|other|ぶっ殺すぞって、さっきのじいちゃん、イノシシに言うとったよ。畑またやられたって。
N|hospital|晒しの布、もう一枚もらえます？ 傷口に巻くやつ。
N|store|土下座したいくらい助かったわ、ほんまに。おおきに。
N|municipal|この前、窓口でわしが大声出したやろ。悪かったな、耳遠うて自分の声わからんのや。
N|call_center|頼むけ、今日中に電話ちょうだい。明日から入院じゃけえ、それだけ心配なんよ。
N|restaurant|大将、きさんも飲まんね。今日はおごりやけん。
`;
const K = { H: 'harassment', N: 'hard_negative', O: 'ordinary' };
export default raw.trim().split(/\r?\n/).map((l) => { const [k, setting, text, ...cats] = l.split('|'); return [K[k], setting, text, cats.filter(Boolean)]; });
