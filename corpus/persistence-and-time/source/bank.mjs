// Utterance bank. Line: KIND CATS SETTING LANG | text   (KIND H=harassment N=hard_negative O=ordinary; CATS letters as in util.mjs or -)
const MAP = { P: 'persistence', R: 'restraint', U: 'unreasonable_demand', A: 'apology_coercion', T: 'threat', B: 'abuse',
  I: 'intimidation', K: 'personal_targeting', S: 'sns_exposure', X: 'sexual', D: 'discrimination', H: 'physical' };
const KIND = { H: 'harassment', N: 'hard_negative', O: 'ordinary' };
const SET = { cc: 'call_center', st: 'store', mu: 'municipal', bk: 'bank', ho: 'hospital', ca: 'care', sc: 'school', ht: 'hotel', rs: 'restaurant', ot: 'other', dl: 'delivery' };
function parse(src) {
  return src.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
    const m = l.match(/^([HNO]) ([A-Z]+|-) (\w\w) (ja|en) \| (.+)$/);
    if (!m) throw new Error('bad bank line: ' + l);
    return { kind: KIND[m[1]], categories: m[2] === '-' ? [] : [...m[2]].map((k) => MAP[k]), setting: SET[m[3]], lang: m[4], text: m[5] };
  });
}
export default parse(`
H P cc ja | 何回言わせんの。さっきから同じこと聞いてるんだけど。
H P cc ja | 三回目だよ、この説明聞くの。答え変わるまでかけるから。
H PT cc ja | 明日も九時ぴったりにかけますから。毎朝。
H PT cc ja | 出るまで鳴らし続けるよ。一日何十回でも。
H RP cc ja | 納得いく答えが出るまで、この電話は切りません。
H R cc ja | 切るなよ。切ったらすぐかけ直すからな。
H R cc ja | 保留にして逃げようったってそうはいかないよ
H RI cc ja | お前が切ったら、それが答えだと受け取るぞ。覚悟しとけ。
H PU cc ja | 規定とかいいから、交換って言ってくれればそれで済むの。
H PU cc ja | じゃあ言い方変えるね。交換じゃなくて「新品をお届け」ならいいでしょ。
H P cc ja | さっきの答えじゃ納得できないって言ったよね？ もう一回考えて。
H P cc ja | 上の人に確認したって、その上の人の名前は？ その人に代わって。
H PU cc ja | 課長が駄目なら部長、部長が駄目なら社長。順番に出して。
H AU cc ja | 社長が電話してきて謝るまで、この件は終わらないから。
H A cc ja | 詫び状ね。社長の直筆で。パソコンの字は受け付けない。
H A cc ja | 一筆書いてよ。「二度とミスしません」って。ハンコ付きで。
H A st ja | そこに膝ついて謝りなさいよ。それが誠意ってもんでしょう。
H A st ja | 土下座。できないの？ 頭下げるだけでしょ、タダなんだから。
H AK st ja | あのレジの子にやらせて。あの子が間違えたんだから、あの子が土下座。
H A ht ja | 支配人が部屋まで来て、手をついて謝るのが筋だろう。
H A sc ja | 校長先生が家まで来て、子どもの前で頭を下げてください。
H U cc ja | 迷惑料として、十万円振り込んでおいて。口座言うから。
H U cc ja | 誠意を見せろって言ってるの。誠意って何か、分かるよね？ 数字で。
H U st ja | 千円の傘だけど、壊れて気分悪くしたから、一万円分の商品券ね。
H U ht ja | 一泊分の返金？ 笑わせないで。全泊無料と、次の旅行代。
H U rs ja | 髪の毛一本で済むと思うなよ。今日の会計、全員分ただな。
H U bk ja | 手数料二百円のために四十分待ったんだから、時給分払ってよ。
H PU ca ja | 利用料は払わない。事故があった月の分なんか払う義務ないでしょ。
H U mu ja | 税金払ってるんだから、うちの前の道だけ先に直してよ。
H RU mu ja | 今日ここで決めて。決まるまで、この椅子から立たないから。
H R mu ja | 閉庁？ そっちの都合でしょ。私は帰りませんよ。
H R st ja | 店長が来るまでここで待つ。閉店しても待つ。
H R rs ja | 会計は納得してから。それまでここに座ってる。朝までいいぞ。
H R ho ja | 先生が説明しに来るまで、この待合室を動かないからね。
H RB bk ja | 座りなさい。話はまだ半分も終わってない。最後まで聞け。
H BR ca ja | 主任なんでしょ。だったら一時間くらい立って聞きなさいよ、私の話。
H B bk ja | あなたみたいな人間が窓口にいるから、銀行の信用が落ちるのよ。
H B cc ja | ロボットと話してるみたい。頭使ってないでしょ、あんた。
H B mu ja | 給料泥棒。税金で食ってるくせに、この程度のこともできないの。
H B ca ja | 介護の仕事しかできない人たちは、考えが浅いんだよね。
H BP cc ja | 三年目？ 三年で何も覚えてないんだ。親の顔が見てみたいわ。
H I cc ja | おい、聞いてんのか。返事しろよ、返事。
H I rs ja | なめてんのか、おい。客を誰だと思ってんだ。
H IH st ja | （カウンターを拳で叩いて）早くしろって言ってんだよ！
H H rs ja | ほら、これで拭いとけ。（おしぼりを店員に投げつける）
H H ho ja | （受付の仕切り板を押し倒して）こんなもん邪魔なんだよ。
H H st ja | （店員の腕をつかんで）逃げるなよ、話は終わってない。
H T cc ja | 帰り道、気をつけたほうがいいですよ。最近暗くなるの早いし。
H T cc ja | お宅のセンター、あの茶色いビルの三階だよね。前、通ったよ。
H T st ja | 駐車場の白い軽、あなたのでしょ。ナンバー覚えちゃった。
H TK sc ja | あの先生、何時に学校出るんでしたっけ。ちょっと話がしたくて。
H T ht ja | この辺に知り合い多いんだよね。若いのがさ。意味、分かるよな。
H K cc ja | 下の名前も教えて。漢字も。フルネームで控えとくから。
H K cc ja | あなたの名前、本社のクレーム窓口に毎日書いて送ってあげる。
H K mu ja | 市長に言って、あんたを別の部署に飛ばしてもらうから。
H KU ca ja | あのヘルパー、担当から外して。外さないなら、辞めさせて。
H K sc ja | 担任替えて。替えないなら、教育委員会にあの人の悪口全部書く。
H S st ja | 今の対応、全部撮ってるから。顔も名札も映ってるよ。
H S rs ja | この店の名前とあんたの顔、今夜まとめてアップするね。
H SU ht ja | 返金してくれたら、レビューの星一つは消してあげる。
H S cc ja | この通話、録音して切り抜いて流すから。あなたの声、拡散されるよ。
H SK bk ja | 行員さんの名札の写真、もう撮ったから。ネットで晒しとくね。
H X ht ja | 部屋まで一人で来てよ。あの若い女の子がいいな。
H X rs ja | 今日の服、かわいいね。彼氏いるの？ 仕事終わったら飲もうよ。
H X ca ja | あんたに風呂入れてほしいなあ。男のヘルパーは嫌だよ。
H X cc ja | 声かわいいね。何歳？ 電話番号教えてよ、個人の。
H D cc ja | 日本語分かる人に代わって。あんた、なまりあるよね。
H D st ja | 外国人の店員じゃ話にならない。日本人の責任者呼んで。
H D ho ja | 女の先生じゃ心配だから、男の医者に替えてくれる？
H D bk ja | 若い女の子じゃ話が通じない。年配の男の人出して。
H P cc ja | 今日八回目や。あんたらが折れるまで、何べんでもかけたるで。
H P cc ja | 昨日の人も一昨日の人も同じこと言うたけど、今日は違う答え聞かせて。
H P cc ja | 同じ説明はもう結構。私が聞きたいのは「はい」の一言だけ。
H P st ja | 今週これで五回目の来店ね。来るたびに言うから、返品。
H PT st ja | 毎日来ますよ、開店と同時に。あなたの顔見に。
H PT mu ja | 毎朝窓口が開くまで、入口の前で待ってますから。
H PU ht ja | だからさ、さっきと同じこと言うけど、部屋代ただにして。
H PU rs ja | 何度でも言うけどな、このコースは半額にすべきなんだよ。
H PU bk ja | 私の分だけ旧料金で。さっきも言ったし、これからも言う。
H PA sc ja | 謝罪文、まだ？ 先週も先々週も言いましたよね、校長の名前で。
H PA ca ja | 念書を書くまで、毎週面談を申し込みますから。
H PK cc ja | 今日も山田さんでお願いします。山田さん以外とは話しません。出るまで待ちます。
H P cc ja | あれ、また切れた？ いま切ったよね。もう一回最初から話すね。
H RP cc ja | 保留長いね。こっちは何時間でも待てるよ、暇だから。
H R cc ja | 今日は休み取ってるの。夕方まででも付き合ってもらうからね。
H R ot ja | 作業員の人、今すぐうちに来させて。来るまで電話切らない。
H RU ot ja | 今から家に来て説明して。電話じゃ駄目。あんたが来なさい。
H RU bk ja | 支店長、今からうちに来て。説明はうちの居間で聞く。
H R ht ja | フロントの前に椅子持ってきて。支配人が来るまで座ってるから。
H R ho ja | 診察終わるの待ってるからね。先生が出てくるまで、ここにいる。
H RB sc ja | 先生、座って。あと一時間は話しますから、授業は誰かに代わってもらって。
H B cc ja | あんた、頭悪いの？ 小学生でも分かる話をしてるんだけど。
H B st ja | 使えないね、ほんと。こんなのに時給払ってる店も店だわ。
H B ho ja | 看護師のくせに生意気言うな。黙って言われたことやってろ。
H B ht ja | ホテルマン失格。制服着たマネキンのほうがまだましだよ。
H BP cc ja | 同じことしか言えないなら、オウムと一緒。オウムでも給料もらえるんだね。
H IB dl ja | 配達員がなに偉そうに言ってんだよ。荷物置いて帰れ、ボケ。
H I bk ja | 声が小さいんだよ！ 客に聞こえるようにしゃべれ！
H I mu ja | ふざけるのもいい加減にしろよ、こっちは真剣なんだよ。
H I ca ja | ええ加減にせえよ。おかんに何かあったら、どないしてくれんねん。
H IT rs ja | 俺を怒らせたらどうなるか、店長に聞いてみな。
H T mu ja | あんたの家、どこか調べればすぐ分かるんだよ、今の時代。
H T cc ja | こういう会社、そのうち誰かに刺されても知らないよ。
H T sc ja | 部活の帰り、先生いつも一人だよね。気をつけてくださいね。
H TS st ja | あなたの顔、もう知り合いに回したから。夜道は気をつけてね。
H K ht ja | さっきの女の子の名前、フルネームで。本社に手紙書くから。
H K ca ja | あの職員の住所、教えてよ。直接話したいことがあるの。
H KT bk ja | 窓口の岩田さん、お住まい、桜台のほうなんですってね。
H K dl ja | お前、何曜日にこの辺回ってんの。次来たとき話あるから。
H S ho ja | 受付の態度、動画でばっちり撮れました。口コミに貼っときます。
H S mu ja | 窓口の職員の顔、ネットに上げたら大騒ぎになるだろうね。
H SU rs ja | 星一のレビュー、消してほしかったら、今日の分ただにして。
H SU st ja | 返金してくれるなら、この動画は消してあげてもいいよ。
H S dl ja | 置き配の写真と、あんたの顔写真並べて投稿しといたから。
H X st ja | 試着室、一緒に入って見てくれない？ サイズ確認してよ。
H X ho ja | 看護師さん、胸大きいね。注射のときドキドキしちゃうな。
H X sc ja | 先生、独身でしょ。今度、保護者会のあと二人で飲みに行こうよ。
H X bk ja | 窓口のお姉さん、指輪してないね。連絡先渡しとくから、電話して。
H D mu ja | 障害者の窓口と一緒にしないでよ。私は普通の市民なんだから。
H D rs ja | 中国人の店員はいらない。日本人を出せって言ってるの。
H D ca ja | 男のくせに介護なんかやってんの？ ほかに仕事なかったんだ。
H D cc ja | おばさんじゃ話にならないから、若い男の人に代わって。
H H cc ja | （受話器を机に何度も叩きつける音）聞こえたか、今の。
H H st ja | （商品を床に投げつけて）こんなもん、売るな！
H H ca ja | （職員の手を振り払い、胸を突く）触るなって言ってるだろ。
H U sc ja | うちの子だけ、宿題なしにしてください。塾があるので。
H U ho ja | 待たせたんだから、今日の診察代はただにしてよ。
H U dl ja | 一時間遅れたんだから、送料じゃなくて商品代ごと返して。
H U ot ja | 引っ越しで傷がついたの、この壁だけじゃなくて全部塗り直して。
H U cc ja | 慰謝料百万。払えないなら分割でもいいよ、優しいでしょ。
H A cc ja | あなた個人の名前で、謝罪文を家に送って。手書きで三枚以上。
H A dl ja | 配達員を連れてきて、玄関で頭を下げさせろ。それで許す。
H AI rs ja | 頭が高いんだよ。床に手ついて、申し訳ございませんでしたって言え。
H AP ht ja | 謝罪文、文面を私が決めるから、その通りに書いて署名して。
H RP dl ja | 再配達の人、玄関で待たせてるから。返事が来るまで帰さないよ。
H P cc en | This is my sixth call today and I'll make it sixty if I have to.
H P cc en | I don't care what the last four people said. I want a different answer.
H PT cc en | I'll call every hour, on the hour, until somebody says yes.
H PT st en | See you tomorrow. And the day after. I've got nothing but time.
H PU cc en | Let me rephrase it then. Not a refund, a "goodwill payment". Same amount.
H PU ht en | I said full refund twice and I'll keep saying it. Full. Refund.
H P bk en | How many times do I need to explain this before it sinks in?
H R cc en | Don't you dare hang up. I'm not done.
H R st en | I'm staying right here until the manager agrees. Call it a sit-in.
H R ho en | I'm not leaving this waiting room until the doctor comes out.
H RP cc en | Put me on hold all you like. I've got a full battery and all afternoon.
H RU ot en | Send the engineer to my house right now. I'll stay on until he's in the car.
H RB sc en | Sit down, I'm going to explain to you how teaching works. This'll take a while.
H B cc en | Are you thick? A child could understand this.
H B bk en | You're a glorified cashier, so don't lecture me about policy.
H B ca en | No wonder you work in a care home, you couldn't get a real job.
H B ht en | Useless. Absolutely useless. Who hired you?
H I rs en | Look at me when I'm talking to you!
H I st en | Don't test me. You really don't want to test me.
H IH st en | [slams fist on the counter] NOW. I want it now.
H H rs en | [throws the plate onto the floor at the waiter's feet]
H H ho en | [grabs the receptionist's wrist] You're not walking away from me.
H T cc en | You've got kids, Sarah? Be a shame if anything happened at the school gate.
H T st en | I know which car is yours. The blue one, third row.
H T mu en | I'll be waiting outside when you finish. We can talk properly then.
H T sc en | Accidents happen to teachers who make enemies, you know.
H K cc en | Spell your full name. Surname too. I'm writing it down for later.
H K bk en | I'll make it my mission to get you fired. Mark my words.
H KU ca en | That carer is never touching my mother again. Fire her or I pull out.
H K dl en | What's your route on Thursdays? I'd like a word next time.
H S st en | Smile, you're on camera. My followers are going to love you.
H SU rs en | Comp the meal and I'll delete the video. Simple.
H S ht en | Your name and face are going on every review site tonight.
H SK cc en | I'm recording this and posting your voice with your name attached.
H X ht en | Why don't you bring the towels up yourself? I'll be in the shower.
H X rs en | You've got a great figure, you should smile more. What time are you off?
H X bk en | No ring? Then you've got no excuse not to give me your number.
H D cc en | Put me through to someone who speaks proper English.
H D st en | I'm not being served by a foreigner. Get me a British manager.
H D ho en | I'd rather have a male nurse, women get flustered.
H A cc en | I want your CEO to call me personally and apologise. On the record.
H A ht en | Write the apology by hand, sign it, and slide it under my door tonight.
H U cc en | Five thousand for emotional distress, or I'm not hanging up.
H U st en | Give me the new model for free and we'll forget the whole thing.
H U bk en | Waive every fee on my account for a year. That's the least you owe me.
N - dl ja | 三回再配達を頼んで三回とも来てないんです。今日こそ確実にお願いします。
N - cc ja | 折り返すと言われて二日待ちました。三度目の電話なので、今つないでもらえますか。
N - cc ja | 前回も前々回も同じ不具合で修理に出してるんです。交換の対象になりませんか。
N - ca ja | 入れ歯がなくなるのは三回目です。管理の方法を本当に変えてください。
N - bk ja | 先週も言いましたが、まだ口座の名義が直っていません。確認してもらえますか。
N - mu ja | 同じ書類を三回出しています。毎回なくなるのは、そちらの管理の問題だと思います。
N - ho ja | 検査結果の説明、まだ受けていないんです。これで聞くのは三度目で。
N - sc ja | 連絡帳に二回書いたんですけど、返事がないので電話しました。
N - ht ja | エアコンが直らなくて、フロントにお電話するのは三回目です。部屋を替えていただけますか。
N - rs ja | すみません、注文したのが来てないです。さっきも伺ったんですけど、まだで。
N - cc ja | 責任者の方と話せますか。一度、状況を整理して聞きたいので。
N - st ja | 店長さんいらっしゃいますか。いなければ、あなたの説明で大丈夫です。
N - bk ja | 支店長にお話を伺えますか。……ああ、そういう決まりなんですね。分かりました。
N - ho ja | 師長さんに一度説明してもらえますか。納得できたら、それでいいので。
N - cc ja | 消費生活センターに相談してみます。それは構いませんよね。
N - ot ja | 納得できないので、弁護士に相談してから、改めて連絡します。
N - rs ja | 正直な感想として、口コミに「提供が遅い」と書かせてもらいます。
N - ht ja | アンケートに今日のことは書きます。悪口じゃなくて、事実として。
N - mu ja | この件は市長への手紙制度で意見を出します。手続きを教えてください。
N - sc ja | 教育委員会にも相談させていただきます。学校を責めたいわけではなくて。
N - cc ja | お名前を伺ってもいいですか。次にかけたとき、話が早いので。
N - ho ja | さっきの看護師さん、すごく丁寧でした。お名前を教えてください、お礼を伝えたくて。
N - bk ja | 担当の方のお名前、メモしておいてもいいですか。忘れっぽいので。
N - rs ja | このラーメン、死ぬほどうまい。替え玉ください。
N - st ja | この値段、殺人的に安いね。三つ買っちゃおう。
N - ot ja | 筋肉痛で死にそう。でも次のレッスンも予約します。
N - ca ja | 母がね、「あの職員さんに土下座してでもお礼を言いたい」って言ってました。
N - sc ja | うちの子、宿題忘れて先生に土下座しそうな勢いで謝ってましたよ、ははは。
N - cc ja | 晒すとかじゃないんですけど、この件、社内で共有してもらえますか。
N - st ja | 写真撮っていいですか。商品のラベルだけです。店員さんは写しません。
N - ht ja | ロビーの写真撮ってもいいですか？ きれいなので、旅行記に載せたくて。
N - mu ja | 「ぶっ殺すぞ」って隣の人に言われたんです。相談に乗ってもらえますか。
N - ho ja | 父が夜中に「帰らせろ」って大声を出すんです。認知症の症状でしょうか。
N - cc ja | 主人が電話口で怒鳴ってすみませんでした。私から改めてお詫びします。
N - st ja | さっきは大きな声を出してすみません。あなたに怒ったわけじゃないです。
N - rs ja | ごめん、言い過ぎた。腹減ってイライラしてた。ちゃんと払うよ。
N - bk ja | 十分も怒ってしまって。お恥ずかしい。手続き、お願いします。
N - dl ja | 怒鳴ってごめんね。薬が届かないと思ってパニックになっちゃって。
N - ca ja | 毎日電話してごめんなさい。母の様子が気になって仕方なくて。
N - ho ja | 今日の回診は何時ごろでしたっけ。さっきも聞いたかしら。
N - mu ja | ごめんね、年寄りだから何回も聞くけど、書類はどこに出すんやったかね。
N - bk ja | 暗証番号、また忘れてしもて。いつもの手続き、お願いできますか。
N - cc ja | 長くなってすみません。設定がややこしくて、一つずつ確認させてください。
N - ot ja | 説明が複雑なので、もう一回だけ最初から聞いてもいいですか。
N - bk ja | 相続の手続き、書類が多くて。メモしながらなので、ゆっくりお願いします。
N - cc ja | 途中で切れたので、かけ直しました。さっきの続きからお願いします。
N - ca ja | 妻は耳が遠いので、説明のときは筆談でお願いできますか。
N - mu ja | 車いすなので、窓口を低いほうに替えてもらえますか。
N - ho ja | パニック障害があるので、待合室じゃなく車で待っていてもいいですか。
N - sc ja | うちの子、発達の特性があって。座席の配慮をお願いできないでしょうか。
N - cc ja | 去年も同じ時期に壊れたんです。設計の問題じゃないですか。調べてほしいです。
N - st ja | これ、賞味期限切れてました。交換してもらえますか。
N - rs ja | 髪の毛が入ってました。作り直してもらえますか。
N - ht ja | 予約したのと部屋のタイプが違います。確認していただけますか。
N - bk ja | 記帳したら、引き落としが二重になってます。どういうことでしょう。
N - ho ja | 会計の金額が、先月と比べて倍なんです。間違いじゃないですか。
N - dl ja | 箱が潰れて中身が割れてました。写真を送るので、補償をお願いします。
N - cc ja | 正直、かなり腹が立ってます。でも、あなたに言っても仕方ないのは分かってます。
N - mu ja | 二時間待ったのは事実なので、改善はしてほしいです。意見として書きます。
N - sc ja | 子どもがけがをしたのに連絡がなかった。それについて説明してください。
N - ca ja | 事故の報告書、コピーをいただけますか。家族として確認したいので。
N - ho ja | 手術の説明、セカンドオピニオンを取りたいので、資料をお借りできますか。
N - bk ja | 「何回言わせるんだ」って、昔の上司の口癖でね。私はそういうの嫌いなの。
N - cc ja | 隣の席の人が「社長を出せ」って叫んでて、こっちの声聞こえます？
N - st ja | 娘が「店員さんにお礼の手紙書く」って言うので、お名前だけ教えてください。
N - ot ja | 毎週通わせてもらってます。来週もまた来ますね。
N - rs ja | 毎日来ちゃってごめんね。ここの定食、好きなんだよ。
N - mu ja | 明日も来ます。書類がそろい次第、また窓口に伺います。
N - ht ja | 延泊できますか。居心地よくて、もう帰りたくないくらい。
N - st ja | 閉店まで選んでていいですか。プレゼントなので悩んでて。
N - bk ja | 長居してすみません。記入に時間がかかって。
N - ca ja | 面会、時間いっぱいまでいてもいいですか。母が寂しがるので。
N - cc ja | この件、解決するまで何度か電話することになると思います。よろしくお願いします。
N - dl ja | 明日も在宅なので、何時でも大丈夫です。
N - cc ja | 解約したいんです。引き止めはいらないので、手続きだけ教えてください。
N - st ja | 返品できないのは分かりました。じゃあ修理の方法を教えてください。
N - ht ja | 無理なら無理で大丈夫です。聞いてみただけなので。
N - bk ja | 金利、もう少し下がりませんか。……だめか。まあ、聞くだけ聞いてみました。
N - rs ja | 常連なんで、ちょっとまけて……なんて、冗談です。お会計お願いします。
N - ot ja | もう少し安くならない？ ならないよね、はい、じゃあこれで。
N - cc ja | ええかげんにしてほしいわ、この雨。あ、ごめんなさい、独り言です。
N - ho ja | 痛くて死ぬかと思ったよ。先生のおかげで助かった。
N - sc ja | 先生のこと、ネットで検索したら論文が出てきました。すごいですね。
N - mu ja | 役所の人、みんな親切やね。前に晒し者にされたような気分になったのとは大違いや。
N - ca ja | 父が「殴ったろか」って言うのは口癖なんです。本気じゃないので気にしないでください。
N - st ja | 殺虫剤って、どこの棚ですか。ゴキブリ殺したいんで。
N - rs ja | このカレー、辛すぎて殺される。水もらえます？
N - cc ja | お宅の社長、テレビに出てましたね。話し方が丁寧で好感持ちました。
N - ht ja | 部屋番号、女性一人なので、口に出さずに紙で渡してもらえますか。
N - sc ja | 担任の先生、毎日遅くまで大変ですね。無理しないでくださいって伝えてください。
N - dl ja | 配達員さん、いつも同じ方ですよね。お名前聞いてもいいですか。お礼を言いたくて。
N - ho ja | 先生の説明、もう一度聞かせてください。家族にも伝えなきゃいけないので。
N - bk ja | 三十分もかかってすみません。詐欺じゃないか確認してもらえて安心しました。
N - mu ja | 同じことを聞くようですが、期限は本当に月末でいいんですね。念のため。
N - cc ja | 何度もすみません。さっきの番号、メモし損ねました。
N - st ja | 昨日も来たんですけど、在庫入りました？ 毎日見に来ちゃって。
N - ca ja | 「土下座しろ」なんて言う家族もいるんですってね。大変なお仕事ですね。
N - ot ja | 警察に相談しようと思います。近所のトラブルのことで、管理会社さんにも伝えておきます。
N - rs ja | 店長呼んで。……いや、クレームじゃなくて、褒めたいの。
N - cc en | This is my third call because the callback I was promised twice never came.
N - dl en | You've missed the delivery window three times now. I need a firm time, please.
N - cc en | Same fault, third repair. At what point does it get replaced instead?
N - bk en | I've asked twice for this charge to be reversed and it's still on my statement.
N - ho en | I've been told twice the results would be ready. Could someone actually check?
N - ht en | Third time calling about the heating. Could you move us to another room?
N - st en | Can I speak to a manager, please? Just once, to understand the policy.
N - rs en | Could I have a word with the manager? I'd like to give some feedback.
N - cc en | I'm going to take this to the ombudsman. I'm entitled to do that, right?
N - ot en | I'll be speaking to my solicitor before I sign anything else.
N - rs en | I'll be leaving an honest review. It won't be personal, just what happened.
N - sc en | We'll raise it with the school board. We're not trying to blame you personally.
N - ho en | What's your name, sorry? I want to mention you in the thank-you card.
N - cc en | Can I take your name in case I need to call back about this?
N - rs en | This burger is to die for. Seriously, I'd kill for the recipe.
N - st en | These prices are insane. I'm going to murder my credit card today.
N - ot en | That spin class nearly killed me. Book me in for Thursday.
N - ca en | Dad keeps saying "I'll punch your lights out" to the telly. He doesn't mean it.
N - mu en | My neighbour told me "I'll burn your fence down". Can I report that here?
N - cc en | My husband shouted at you earlier. I'm sorry, he's been under a lot of stress.
N - st en | Sorry I snapped. It's not your fault. Can we start again?
N - dl en | I yelled, I know. I apologise. The parcel has my son's insulin in it.
N - bk en | Sorry for the long call. There's a lot to sort out after Mum passed.
N - cc en | Bear with me, I'm not good with computers. Could you go through it once more?
N - ca en | Is it lunchtime yet, dear? I asked you already, didn't I.
N - ho en | Sorry, which tablet is the morning one again? I keep mixing them up.
N - mu en | I'm deaf in one ear, could you face me when you speak?
N - sc en | My daughter's autistic. Could she sit near the door during exams?
N - ht en | I'm a wheelchair user, is there a step-free route to the pool?
N - st en | It's out of date. Can I swap it, please?
N - bk en | I've been charged twice for the same transaction. Could you look?
N - rs en | There's a hair in this. Could you take it back?
N - ht en | I'm not leaving until Sunday, so can I extend by two nights?
N - ca en | Can I stay until the end of visiting hours? She gets lonely.
N - st en | I'll be back tomorrow to see if the new stock's in.
N - rs en | I come in every day, this is my favourite lunch spot.
N - cc en | Any chance of a discount? No? Fair enough, just thought I'd ask.
N - bk en | My old boss used to say "how many times do I have to tell you". Awful man.
N - cc en | Someone behind me is shouting "get me the CEO", sorry about the noise.
N - ho en | Honestly, I was ready to kill somebody in that waiting room, I was so bored.
N - ot en | I'm calling the police about the break-in, and I'll let your office know.
O - cc ja | 住所変更の手続きをしたいんですが。
O - cc ja | 請求書の再発行をお願いできますか。
O - cc ja | 今月の利用明細、郵送で送ってもらえますか。
O - st ja | これ、Mサイズありますか。
O - st ja | ポイントカード作れますか。
O - st ja | 袋はいらないです。
O - st ja | 贈り物用に包んでもらえますか。のしは「御祝」で。
O - rs ja | 二名です。禁煙席でお願いします。
O - rs ja | お会計、別々でもいいですか。
O - rs ja | おすすめは何ですか。
O - rs ja | お水、もう一杯ください。
O - ht ja | チェックアウトは何時ですか。
O - ht ja | 荷物、夕方まで預かってもらえますか。
O - ht ja | 朝食の会場はどちらですか。
O - ht ja | タクシーを一台呼んでもらえますか。
O - bk ja | 通帳の繰り越しをお願いします。
O - bk ja | 振込用紙の書き方を教えてください。
O - bk ja | 口座を作りたいんですけど、何が必要ですか。
O - bk ja | はい
O - mu ja | 印鑑登録をしたいんですが、どこの窓口ですか。
O - mu ja | マイナンバーカードの受け取りに来ました。
O - mu ja | 粗大ごみの申し込みは電話でもできますか。
O - mu ja | 児童手当の書類、これで足りてますか。
O - ho ja | 初診なんですが、紹介状は持ってきました。
O - ho ja | 次の予約、来週の火曜でお願いします。
O - ho ja | 駐車券の割引はこちらですか。
O - ho ja | お見舞いの受付は何時までですか。
O - ca ja | 来週の面会、土曜日でも大丈夫ですか。
O - ca ja | 母の着替え、持ってきたので預けてもいいですか。
O - ca ja | ショートステイの空き状況を知りたいです。
O - sc ja | 明日、子どもが熱で休みます。
O - sc ja | 保護者会の出欠、電話でも大丈夫ですか。
O - sc ja | 体操服の購入はどこでできますか。
O - dl ja | 再配達を明日の午前中でお願いします。
O - dl ja | 宅配ボックスに入れておいてください。
O - dl ja | 送り状、一枚もらえますか。
O - ot ja | 体験レッスンの予約をしたいです。
O - ot ja | 駐輪場の契約の更新をお願いします。
O - ot ja | 内見は土曜日にできますか。
O - cc ja | ありがとうございました。助かりました。
O - cc ja | パスワードの再設定の方法を教えてください。
O - cc ja | プランを変更したいんですけど、今月から反映されますか。
O - st ja | 取り置きってできます？ 夕方取りに来ます。
O - rs ja | ごちそうさまでした。おいしかったです。
O - ht ja | 部屋の鍵、一本なくしちゃったみたいで。すみません。
O - bk ja | 両替お願いします。千円札を百円玉に。
O - mu ja | 住民票を一通。本人です。
O - ho ja | 薬局はどこにありますか。
O - ca ja | デイサービスの送迎の時間を、十分遅らせてもらえますか。
O - sc ja | 来週の遠足、お弁当は必要ですか。
O - dl ja | 不在票が入ってたんですけど、営業所で受け取れますか。
O - ot ja | 会員証を忘れたんですが、入れますか。
O - cc ja | えーと、契約者番号は、ちょっと待ってくださいね。
O - st ja | レシートください。
O - rs ja | 子ども用のいす、ありますか。
O - ht ja | Wi-Fiのパスワードを教えてください。
O - bk ja | 印鑑を変えたいんですけど。
O - mu ja | 転入届を出しに来ました。
O - ho ja | 母の付き添いです。診察室に一緒に入ってもいいですか。
O - cc ja | 了解です。では、その日でお願いします。
O - st ja | 現金で。
O - ca ja | いつもお世話になってます。
O - cc en | I'd like to update my billing address.
O - cc en | Could you resend the confirmation email?
O - st en | Do you have this in a size ten?
O - st en | Just the receipt, thanks.
O - rs en | Table for three, please.
O - rs en | Could we get the bill?
O - ht en | What time is breakfast?
O - ht en | Can you hold my bags until six?
O - bk en | I'd like to order a new debit card.
O - bk en | How do I set up a standing order?
O - mu en | Where do I renew my parking permit?
O - ho en | I've got an appointment at ten with Dr Shah.
O - ca en | Is Thursday okay for a visit?
O - sc en | Lily's off sick today, she's got a temperature.
O - dl en | Could you leave it with my neighbour at number twelve?
O - ot en | I'd like to book a trial class.
O - cc en | Thanks, that's all I needed.
O - st en | Okay.
`);
