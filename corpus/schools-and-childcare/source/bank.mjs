// Utterance bank: lang|kind (H harassment, N hard_negative, O ordinary)|setting|text|categories
const raw = String.raw`
ja|H|school|あの先生を担任から外してください。今週中に。|personal_targeting,unreasonable_demand
ja|H|school|新卒の先生に任せるとか、うちの子は実験台ですか。|discrimination,abuse
ja|H|school|夜中だろうが何だろうが、担任なら電話くらい出なさいよ。|unreasonable_demand
ja|H|school|校長が家まで来て頭下げるのが筋だろ。|apology_coercion,unreasonable_demand
ja|H|school|土下座。今ここで。それ以外は受け付けない。|apology_coercion
ja|H|school|謝罪文、便箋三枚以上で書いて持ってきて。|apology_coercion
ja|H|school|成績上げてくれないなら、先生の実名でブログ書きますね。|sns_exposure,unreasonable_demand
ja|H|school|「訴えられたくなければ」って意味、分かりますよね？評定、考え直してください。|threat,unreasonable_demand
ja|H|school|その若さで教師面すんなよ。|abuse,discrimination
ja|H|school|女の先生だから甘いんだよ、指導が。|discrimination
ja|H|school|先生、独身なんでしょ？だから子どもの気持ちが分からないのよ。|discrimination,abuse
ja|H|school|給料もらってんだろ、税金で。だったら黙って言うこと聞け。|abuse,intimidation
ja|H|school|何回同じこと言わせんの。担任替えろって言ってんの。|persistence,personal_targeting
ja|H|school|納得いくまで今日は帰りませんから。会議室空けといて。|restraint
ja|H|school|もう三時間経った？だから何。こっちは一年我慢してんの。|restraint
ja|H|school|先生の家、どの辺だっけ。息子が前に見たって言ってたけど。|personal_targeting,threat
ja|H|school|明日から毎朝校門に立って、先生に挨拶させてもらいます。|persistence,threat,personal_targeting
ja|H|school|教員免許、剥奪されるまで追い込みますからね。|threat,personal_targeting
ja|H|school|お前みたいなのが教壇に立ってるから学級崩壊すんだよ。|abuse
ja|H|school|動画撮ってるから。今の発言、PTAのグループに流すね。|sns_exposure
ja|H|school|クラス替えで、あの子と同じクラスにだけはしないで。理由は言いたくない。|unreasonable_demand
ja|H|school|息子をリレーのアンカーにしてくれたら、この件はなかったことにしますよ。|unreasonable_demand
ja|H|school|ちょっと、目ぇ見て話しなさいよ！聞いてんの！|intimidation
ja|H|school|（机を叩く音）ふざけないでよ！|physical,intimidation
ja|H|school|先生の奥さん、どこにお勤めでしたっけ。|personal_targeting,threat
ja|H|school|次の異動先、どこだろうと追いかけて保護者に教えてあげますよ。|threat,personal_targeting
ja|H|school|日本語ちゃんと通じてる？外国の先生って、そこが不安なのよ。|discrimination
ja|H|school|障害のある子と同じ班なんて、うちの子の足引っ張るだけでしょ。外して。|discrimination,unreasonable_demand
ja|H|school|この話、ワイドショーに持ち込んだら面白いことになると思いません？|sns_exposure,threat
ja|H|school|先生の顔写真、卒アルから拾ってXに貼っときました。|sns_exposure,personal_targeting
ja|H|school|一筆書いて、判子押して。「今後一切うちの子を叱りません」って。|apology_coercion,unreasonable_demand
ja|H|school|同じ質問だけど、もう一回最初から説明して。さっきのは認めない。|persistence
ja|H|school|出ないならまた掛けるだけだから。今日これで八回目だけど。|persistence
ja|H|school|先生、スカート短くない？保護者会で目のやり場に困るんだけど。|sexual
ja|H|school|担任の先生さ、胸大きいって男子が噂してたよ、知ってる？|sexual
ja|H|school|面談、先生と二人きりの時間にしてもらえます？夜の方が都合いいんで。|sexual
ja|H|school|頭下げたら済むと思ってんの？床に手ぇつけよ。|apology_coercion,intimidation
ja|H|school|あんたの指導のせいで子どもが壊れた。人殺しと一緒だよ。|abuse
ja|H|school|じゃあ教育長の携帯番号教えて。直接話すから。|unreasonable_demand
ja|H|school|うちは市議の○○さんと懇意でね。先生の処分くらい、どうにでもなるよ。|threat,intimidation
ja|H|school|推薦書、こっちで下書きしといたから、このまま判子だけ押してくれる？|unreasonable_demand
ja|H|school|宿題の量減らさないなら、毎日連絡帳に苦情三ページ書きますよ。|persistence,threat
ja|H|care|あの保育士クビにしてよ。見てるだけでイライラする。|personal_targeting,abuse
ja|H|care|保母さんなんて誰でもできる仕事でしょ。偉そうにしないで。|abuse
ja|H|care|先生、いい匂いするね。シャンプー何使ってんの。|sexual
ja|H|care|今度の土曜、子ども抜きでご飯行かない？旦那には内緒でいいから。|sexual
ja|H|care|お昼寝の時間に、うちの子だけ抱っこして寝かせて。毎日ね。|unreasonable_demand
ja|H|care|園長呼んで。あんたじゃ話にならない。二十歳そこそこの子に何が分かるの。|discrimination,abuse
ja|H|care|延長料金？払うわけないでしょ。五分や十分で。いちいち請求すんな。|unreasonable_demand,intimidation
ja|H|care|明日から毎日、朝と夕方に担任替えてって言いに来るから。|persistence,threat
ja|H|care|あんたの名前、ママ友のグループで回しておいたから。気をつけた方がいいよ。|sns_exposure,threat
ja|H|care|お迎えのとき、先生の自転車の鍵、開けっぱなしだったよ。危ないねえ。|threat,personal_targeting
ja|H|care|男の保育士におむつ替えさせんなよ、気持ち悪い。|discrimination
ja|H|care|どうせ家でも子ども放置してんでしょ、あんたみたいな人。|abuse
ja|H|care|けがさせたんだから、治療費とは別に三十万。それで黙っててあげる。|unreasonable_demand
ja|H|care|写真撮ったよ、先生がスマホ見てるとこ。これ拡散されたら終わりだね。|sns_exposure
ja|H|care|謝りに来いよ、うちまで。菓子折り持って、スーツで。|apology_coercion
ja|H|care|話終わってないから。鍵閉めても玄関で待ってるよ。|restraint
ja|H|care|ちっせえ声でごにょごにょ言ってんじゃねえよ！|intimidation,abuse
ja|H|other|コーチの練習終わる時間、毎回確認しに行ってるんで。|personal_targeting,threat
ja|H|other|うちの子を試合に出さないなら、クラブの口コミに監督の名前で全部書きます。|sns_exposure,unreasonable_demand
ja|H|other|ピアノの先生、レッスン中は足がきれいに見える服にしてよ。|sexual
ja|H|other|レッスン時間延ばしてよ、同じ料金で。前の子の分削ればいいじゃん。|unreasonable_demand
ja|H|other|コーチ、結婚してるの？指輪してないよね。|sexual
ja|H|other|お前のせいで負けたんだよ、ヘボコーチ。辞めちまえ。|abuse,personal_targeting
ja|H|call_center|オペレーターじゃなくて運転手を電話に出せ。今すぐ。名前も言え。|personal_targeting,intimidation
ja|H|call_center|バスが三分遅れたんだ。ひと月分の運賃、全額返せ。|unreasonable_demand
ja|H|call_center|お前のとこのバス、明日止めてやるからな。道に車置いて。|threat
ja|H|call_center|あんた声若いね、いくつ？彼氏いる？|sexual
ja|H|call_center|切るなよ。切ったら本社まで行くぞ。|restraint,threat
ja|H|school|学生課の窓口の人、態度悪すぎ。名前調べて大学の掲示板に貼りますね。|sns_exposure,personal_targeting
ja|H|school|単位くれないなら、教授の研究室の前で座り込みます。出てくるまで。|restraint,unreasonable_demand
ja|H|school|担任外すまで、子どもは学校に行かせません。その責任、全部先生にあるからね。|personal_targeting,unreasonable_demand
ja|H|school|うちの子が言ってることが全部正しいの。先生の言い分なんか聞く気ない。|unreasonable_demand
ja|H|school|主任もグルなんでしょ。学年ごと入れ替えてよ。|unreasonable_demand,abuse
ja|H|school|あなた、母親失格の私に何が分かるって顔してるわね。その顔やめて。|intimidation
ja|H|school|さっさと辞めて実家帰れば？田舎者に都会の子は無理よ。|abuse,discrimination
ja|H|school|体育の先生、女子の着替えの時間に廊下うろついてたって。変態じゃないの。|abuse
ja|H|school|あんたのFacebook見たよ。週末ずいぶん楽しそうだね。|personal_targeting
ja|H|school|部活の顧問やめるって一筆書くまで、この部屋出さないから。|restraint,apology_coercion
ja|H|school|夜十時？それが何。子どものことに時間なんて関係ないでしょう。|unreasonable_demand
ja|H|school|明日の朝までに、クラス全員の前で息子に謝って。動画撮って送って。|apology_coercion
ja|H|school|校長の首、飛ばしたことあるんですよ、前の学校で。|threat
ja|H|school|保護者全員の署名集めてます。先生を辞めさせる署名。もう二十人。|personal_targeting,threat
ja|H|school|今笑ったろ。|intimidation
ja|H|school|ほんっと使えない。マニュアル読むだけならロボットでいいわ。|abuse
ja|H|school|私立に転校する費用、学校で持ってもらえます？当然ですよね。|unreasonable_demand
ja|H|school|テストの問題、事前に家に送ってもらえれば、家で練習させますから。|unreasonable_demand
ja|H|school|こんなババアの先生じゃ、話も古くて子どもが退屈するのよ。|discrimination,abuse
ja|H|school|通知表、書き直し。全部「よくできる」にして。|unreasonable_demand
ja|H|school|ああ、また同じ説明？録音して聞き比べてやろうか、何回目か。|persistence,intimidation
ja|H|school|今すぐ家に来い。来ないなら教委に電話して、あんたの名前全部言うから。|unreasonable_demand,threat,personal_targeting
ja|H|school|娘の写真、勝手に学級通信に載せたでしょ。慰謝料五十万ね。|unreasonable_demand
ja|H|school|Twitterで学校名と先生の名前出して、「体罰教師」ってつぶやいときます。|sns_exposure,personal_targeting
ja|H|school|教頭、お前も同罪だからな。覚えとけよ。|threat
ja|H|school|車で待ってますよ、職員駐車場の出口んとこで。|restraint,threat,personal_targeting
ja|H|school|先生、何か体から臭いません？清潔にしてよ、子どもの前なんだから。|abuse
ja|H|school|ほら、もっと深く頭下げて。頭の高さがまだ私の目線より上。|apology_coercion
ja|H|school|どうせ組合とかで守られてんでしょ、クズ教師は。|abuse
ja|H|school|もう一回。最初から。なんで娘だけ叱られたのか、納得できる説明して。（四回目）|persistence,restraint
ja|H|school|教室に監視カメラ付けて、映像を毎日メールして。|unreasonable_demand
ja|H|school|今日中に返事なかったら、明日は夫も連れて行きます。夫、気が短いんで。|threat
ja|H|school|ネットの掲示板にもう書いてあるよ、あなたのこと。見てないの？|sns_exposure
ja|H|care|お昼ご飯、うちの子にだけ別メニューで。アレルギーじゃないけど、好き嫌い多いから。|unreasonable_demand
ja|H|care|園長、土下座してよ。職員全員の前で。|apology_coercion
ja|H|care|保育士の分際で、親に意見すんな。|abuse
ja|H|care|外国人の先生はやめて。うちの子に変ななまりがうつる。|discrimination
ja|H|care|先生おっぱい大きいから、抱っこされてうちの子喜んでるよ。|sexual
ja|H|care|あのさ、お迎えの時間、先生の帰りに合わせて遅らせたら一緒に帰れる？|sexual,personal_targeting
ja|H|care|あの先生が休みの日、教えといてよ。その日だけ預けたいの、顔見たくないから。|personal_targeting,unreasonable_demand
ja|H|care|役所に言いつけて、あんたの園、補助金止めてもらうから。|threat
ja|H|care|何回電話したと思ってんの？十五回よ。出るまでかけるからね。|persistence
ja|H|care|連絡帳に毎日、子どもの様子をA4で二枚書いて。箇条書き禁止。|unreasonable_demand
ja|H|care|閉園時間？知らないわよ。話が終わるまであんたも帰れないの。|restraint
ja|H|care|えっ、今の態度何。ちょっと、そこに正座しなさいよ。|apology_coercion,intimidation
ja|H|care|どうせ子ども嫌いなんでしょ。顔に書いてある。人間性の問題よ。|abuse
ja|H|care|（連絡帳を投げつける）こんなもん読めるか！|physical,intimidation
ja|H|care|肩つかんだくらいで大げさなんだよ。ちょっと話聞けって言ってんの。|physical,intimidation
ja|H|other|コーチの家、川沿いのマンションでしょ。ベランダに水着干してたよね。|personal_targeting,sexual,threat
ja|H|other|休みの日も娘の自主練に付き合ってよ、もちろんタダで。コーチなんだから。|unreasonable_demand
ja|H|other|月謝払ってる客なんだから、先生はこっちの言う通りに教えればいいの。|unreasonable_demand,abuse
ja|H|other|発表会の順番、うちの子を最後にしないなら辞めるし、悪い噂も流しとく。|unreasonable_demand,threat
ja|H|other|先生のインスタ、鍵かかってるけど、フォロー許可して。|personal_targeting,sexual
ja|H|other|審判やってた若いコーチ、あいつ出せ。謝らせるまで帰らん。|personal_targeting,restraint
ja|H|other|送迎バスの運転手、外国人じゃん。日本人に替えてよ。|discrimination
ja|H|other|試合中に見てたよ、コーチのお尻。ジャージきつくない？|sexual
ja|H|other|退会？じゃあ今まで払った月謝、全部返して。楽しくなかったんだから。|unreasonable_demand
ja|H|call_center|お前じゃ無理。もっと上の、男の人出して。|discrimination
ja|H|call_center|聞こえない？耳ついてんのか、ああ？|abuse,intimidation
ja|H|call_center|あんたの声、録音してネットに上げといたから。|sns_exposure
ja|H|call_center|謝罪の電話を毎朝七時にうちにかけてこい。一週間。|apology_coercion,unreasonable_demand
ja|H|call_center|三十分待たされたんだ、その分の時給払えよ。|unreasonable_demand
ja|H|call_center|PTA会長だぞ、こっちは。お宅の会社、来年から契約切ってやろうか。|threat,intimidation
ja|H|call_center|名前言え。フルネームで。漢字も。あとで調べるから。|personal_targeting
ja|H|school|PTAの役員、断るなら、あんたのうちの事情、みんなに話しちゃうよ。|threat
ja|H|school|事務の人、いつも同じ時間にあのスーパー寄ってるよね。|personal_targeting,threat
ja|H|school|え、泣いてんの？泣けば済むと思ってるとこが若いのよね。|abuse
ja|H|school|ご主人が単身赴任中って聞いたけど、寂しくない？|sexual
ja|H|school|学校に爆弾とか仕掛けられたら、困るでしょうね。冗談だけど。|threat
ja|H|school|教授の講義、全部録画して、間違いを切り抜いてYouTubeに上げますから。|sns_exposure
ja|H|school|奨学金通らなかったら、職員の誰かが責任取ることになるよ。誰がいい？|threat,personal_targeting
ja|H|school|推薦さえ通してくれたら、学校に寄付しますよ。百万でどう？|unreasonable_demand
ja|H|school|スクールカウンセラーの女、頭おかしいんじゃないの。精神科行けよ。|abuse,discrimination
ja|H|school|分かった分かった、で？いつ担任変わるの？（話を遮って）|persistence,intimidation
ja|N|school|いじめが本当にあったなら、学校はそれを認めて、面談の場を作ってください。|
ja|N|school|娘が「死にたい」って言ったんです。冗談じゃない顔で。今すぐ会ってもらえますか。|
ja|N|school|事故報告書を書面でください。誰がどこにいたかも含めて。|
ja|N|school|納得できなければ、教育委員会に相談します。それは親の権利なので。|
ja|N|school|息子の担任の先生、お名前を教えてもらえますか。お礼の手紙を書きたくて。|
ja|N|school|何度もすみません、三回目ですけど、給食のエビの件、もう一度確認させてください。|
ja|N|school|クラスの子たちに「殺すぞ」って言われ続けてたそうです。それ、把握してましたか。|
ja|N|school|ネットに晒されてるのはうちの子の方なんです。削除をお願いするのに協力してほしいです。|
ja|N|school|正直、担任の対応には腹が立ってます。でも、まずは事実を知りたいです。|
ja|N|school|怒鳴ってしまってすみませんでした。話を続けさせてください。|
ja|N|school|学校の対応が遅すぎます。ちゃんと責任のある方と話したいです。|
ja|N|school|この件は弁護士にも相談しています。記録は残しておいてください。|
ja|N|school|骨折したのに、保健室で湿布だけって、どういう判断だったんですか。|
ja|N|school|ゲームの話です。息子が「ラスボス殺した」って騒いでて、うるさくてすみません。|
ja|N|school|土下座させられたって、娘が泣いて帰ってきたんです。上級生にです。|
ja|N|school|部活の先輩が「晒すぞ」って後輩を脅してるらしいです。調べてください。|
ja|N|school|担任を替えてほしいわけではありません。ただ、同じことが起きない仕組みを聞きたいんです。|
ja|N|school|先生の説明、正直分かりにくかったです。紙でもらえますか。|
ja|N|school|うちの子が加害者だったなら、ちゃんと謝らせに行きます。相手の方に伝えてください。|
ja|N|school|修学旅行の積立金、明細を出してもらえますか。PTAの会計として確認が必要で。|
ja|N|school|面談が一時間延びても構いません、そちらのご都合が良ければ。|
ja|N|school|主人が「学校に殴り込みに行く」って怒ってて。私が止めてますけど、それくらい怒ってます。|
ja|N|school|「死ね」ってメモが机に入ってたんです。これ、現物です。|
ja|N|school|体罰じゃないかと思ってます。校長先生から直接説明を受けたいです。|
ja|N|school|今日中に折り返しをもらえますか。明日から出張で連絡がつかないので。|
ja|N|school|正直な意見として、学校評価アンケートに書かせてもらいますね。|
ja|N|school|次も同じ対応なら転校も考えます。脅しじゃなくて、本気で検討してます。|
ja|N|school|先生を責めるつもりはありません。先生も一人で三十五人見てて大変だと思います。|
ja|N|school|ケガの写真、日付入りで撮ってあります。報告書と照らし合わせたいので。|
ja|N|school|息子がもう死ぬほど恥ずかしかったって。みんなの前で怒鳴られたそうで。|
ja|N|school|教育委員会の窓口の電話番号、教えてもらえますか。自分で聞いてみたいので。|
ja|N|school|スマホの動画、証拠として持ってます。ネットに上げるつもりはありません、学校に見てほしいだけです。|
ja|N|school|前回の面談で約束された報告、まだもらっていません。いつになりますか。|
ja|N|school|熱中症で倒れたのに、救急車を呼ばなかった理由を教えてください。|
ja|N|school|先生の名前、覚えておきます。夏休みの自由研究、すごく丁寧に見てくださったので。|
ja|N|school|うちの子、殴ったって本当ですか。本当ならちゃんと叱ります。|
ja|N|school|「先生を辞めさせてやる」ってうちの子が言ってたそうで、本当に申し訳ないです。|
ja|N|school|英検の申し込み、締め切り過ぎたのは学校の連絡ミスですよね。受験料は戻りますか。|
ja|N|school|PTA役員を辞退したいです。介護があって、正直もう限界なんです。|
ja|N|school|学生課さん、成績証明書の発行、前も三週間かかりました。もう少し早くなりませんか。|
ja|N|school|卒論の指導教員を変更する手続きってありますか。研究テーマが変わったので。|
ja|N|school|ハラスメント相談窓口につないでください。ゼミの先生から、夜中にLINEが来るんです。|
ja|N|school|授業料の分納、相談に乗ってもらえますか。父が倒れてしまって。|
ja|N|school|いじめの重大事態として扱ってもらえるよう、書面で申し入れます。|
ja|N|school|声が大きいのは生まれつきで、怒ってるわけじゃないです、すみません。|
ja|N|school|娘の日記に「消えたい」とあって、担任の先生にも知っておいてほしくて。|
ja|N|school|おじいちゃん、補聴器の調子が悪くて、大きな声になってますけど、許してください。|
ja|N|school|この前はカッとなって「訴える」なんて言って、すみませんでした。|
ja|N|care|アレルギーの件、何度も確認してすみません。命に関わるので、もう一度だけ。|
ja|N|care|お昼寝中に顔にブランケットかかってたって聞いて。窒息しかけたってことですよね。説明してください。|
ja|N|care|噛みつかれたあと、三つもあるんです。相手のお子さんを責める気はないですけど、対策を知りたいです。|
ja|N|care|先生のおかげで、トイレできるようになりました。お名前、もう一度伺ってもいいですか。|
ja|N|care|延長保育の料金、計算が合わない気がするんです。明細をもらえますか。|
ja|N|care|朝の受け入れのとき、保育士さんが誰もいなかったんです。危ないと思います。|
ja|N|care|園長先生とお話しさせてください。担任の先生には言いにくいことなので。|
ja|N|care|息子が「先生に叩かれた」って言うんです。本当かどうか、確認してもらえますか。|
ja|N|care|うちの子、ごっこ遊びで「死んだふり」ばっかりするんですけど、大丈夫ですかね。|
ja|N|care|散歩中に迷子になりかけたって、他の保護者から聞きました。なんで教えてくれなかったんですか。|
ja|N|care|祖母です。母親が入院してて、しばらく私がお迎えに来ます。写真つきの証明、これでいいですか。|
ja|N|care|正直、今日の連絡の仕方はショックでした。でも先生が悪いとは思ってません。|
ja|N|care|ハサミで指を切った件、事故報告書の写しをいただけますか。保険の申請に使います。|
ja|N|care|誤飲の可能性があったなら、すぐ電話してほしかったです。次からは必ずお願いします。|
ja|N|care|市の保育課にも、このことは相談させてもらいます。園を責めるためじゃなく、制度のことで。|
ja|N|care|連絡帳に「殺虫剤をまいた」ってありましたけど、子どもたちがいる時間ですか？|
ja|N|care|女性の保育士さんにおむつ替えをお願いできますか。娘が男の人を怖がる時期で。|
ja|N|care|発達の相談、専門の先生を紹介してもらえませんか。言葉が遅くて心配で。|
ja|N|care|昨日は大きな声出してすみませんでした。夜勤明けで余裕がなくて。|
ja|N|care|土下座でも何でもするから入園させてって夫が。冗談です、ほんとに。|
ja|N|care|ほかの子に手を出すのは、うちの子が悪いです。家でも話します。|
ja|N|care|毎朝泣いて別れるのがつらくて、つい何回も電話しちゃいました。迷惑でしたよね。|
ja|N|other|スイミングで溺れかけたって本当ですか。監視員が何人いたのか教えてください。|
ja|N|other|コーチのお名前、フルネームで伺ってもいいですか。卒団アルバムにお礼を載せたいんです。|
ja|N|other|月謝を二重に引き落とされてます。返金の手続き、お願いします。|
ja|N|other|試合で「死ぬ気で走れ」って言われたそうで、うちの子笑ってました。気にしてないです。|
ja|N|other|ピアノの先生、厳しくても全然いいんです。ただ、手を叩くのだけはやめてほしいです。|
ja|N|other|熱中症の対策、どうなってますか。去年倒れた子がいたって聞いて。|
ja|N|other|退会したいです。引っ越しで通えなくなるので。手続きを教えてください。|
ja|N|other|監督のやり方に納得できません。クラブの代表の方と話をさせてください。|
ja|N|other|送迎バスの運転が荒いと、子どもが言ってます。一度見てもらえますか。|
ja|N|other|うちの子、コーチに「殺す気か」って言われたらしいけど、ボールぶつけたのうちの子なんで。すみません。|
ja|N|other|発表会の動画、SNSに上げてもいいですか。他の子が映らないようにします。|
ja|N|other|レッスン中のケガで通院しました。クラブの保険で対応できるか確認してください。|
ja|N|call_center|バスが来なかったんです、今朝。子どもが四十分も雨の中で待ってました。|
ja|N|call_center|運転手さんの名前、教えてもらえますか。娘が落とした財布を届けてくださって。|
ja|N|call_center|遅延の理由をちゃんと説明してください。学校に連絡もなかったそうですが。|
ja|N|call_center|今回の件、消費生活センターにも相談しようと思います。|
ja|N|call_center|さっきは怒鳴ってごめんなさい。あなたに言っても仕方ないのにね。|
ja|N|call_center|停留所の位置、見直しの要望を出したいんですが、どこに出せばいいですか。|
ja|N|call_center|子どもが乗ったまま車庫に戻ったって、とんでもないことですよね。説明してください。|
ja|N|school|いじめた側の子の名前、教えろとは言いません。でも、指導したかどうかは教えてください。|
ja|N|school|学校のホームページに載ってる連絡先、つながらないんです。どこに連絡すればいいですか。|
ja|N|school|先生に「土下座して謝れ」って言った保護者がいるって聞いて、同じ保護者として恥ずかしいです。|
ja|N|school|うちの夫、「晒してやる」とか言ってますけど、私が止めますから。安心してください。|
ja|N|school|給食で「死ぬほどおいしかった」って、息子が毎日言ってます。栄養士さんにお伝えください。|
ja|N|school|テストの採点に一か所ミスがあると思います。確認してもらえますか。|
ja|N|school|学童のお迎え、来月から祖父になります。登録の変更をお願いします。|
ja|N|school|担任の先生が産休に入ると聞いて。おめでとうございますと、お伝えください。|
ja|N|school|娘の進路のことで、三者面談とは別に時間を取っていただけませんか。|
ja|N|school|腹が立って腹が立って、昨日は一睡もできませんでした。それくらい心配なんです。|
ja|N|school|本気で言いますけど、この件を放置されたら、うちの子は学校に戻れません。|
ja|N|school|録音させてもらってもいいですか。夫に正確に伝えたいので。|
ja|N|school|先生、昨日の電話、遅い時間にすみませんでした。今後は学校の時間にかけます。|
ja|N|school|部活中の事故について、第三者委員会の設置を求めたいと思っています。|
ja|N|school|息子をいじめてた子の親と、学校立ち会いで話をさせてもらえませんか。|
ja|N|school|「マジ殺す」とかLINEに書いてる中学生、普通なんでしょうか。親として戸惑ってて。|
ja|N|care|うちの子が園の柵を乗り越えたって。ほかの子の安全のためにも、柵の高さを見直してください。|
ja|N|care|正直、先生方の人数が足りてないと思います。市に要望を出すなら協力します。|
ja|N|care|先生が若いのが不安、って義母が言うんです。私はそう思ってないので、誤解しないでくださいね。|
ja|N|care|園長先生に「親失格」って言われたように感じてしまって。そういう意味でしたか？|
ja|N|other|先生のレッスン、娘が毎週楽しみにしてます。来年も先生でお願いできますか。|
ja|N|other|コーチ、この前の試合、審判に「ふざけんな」って叫んでましたよね。子どもの前ではやめてほしいです。|
ja|N|school|クレームみたいになってすみません。でもこれは伝えておかないと、と思って。|
ja|O|school|明日の遠足、雨だったらお弁当いりますか。|
ja|O|school|欠席の連絡です。熱が三十八度あるので。|
ja|O|school|上履きのサイズ、替えてもいいんですよね？|
ja|O|school|個人面談の日程、第二希望の木曜でお願いします。|
ja|O|school|体操服の名前、ゼッケンじゃなくて刺繍でも大丈夫ですか。|
ja|O|school|はい。|
ja|O|school|授業参観って、下の子連れて行っても平気ですか？|
ja|O|school|学級閉鎖、いつまでですか。|
ja|O|school|連絡網の電話番号が変わりました。新しい番号、言いますね。|
ja|O|school|ありがとうございましたー。|
ja|O|school|プリント、もう一枚もらえますか。弟がなくしちゃって。|
ja|O|school|三者面談、夫も同席していいですか。|
ja|O|school|給食費の引き落とし日、何日でしたっけ。|
ja|O|school|進路説明会の資料、当日配られるんでしょうか。|
ja|O|school|すいません、ちょっと電波悪くて。もう一回いいですか。|
ja|O|school|今朝、寝坊しちゃって、十時ごろ登校させます。|
ja|O|school|えっと、水筒の中身はお茶でもいいんでしたっけ？|
ja|O|school|学生証の再発行って、どこの窓口ですか。|
ja|O|school|履修登録の締め切り、今日の何時までですか。|
ja|O|school|休学届の書式、ダウンロードできますか。|
ja|O|school|PTAのベルマーク、どこに出せばいいですか。|
ja|O|school|運動会の場所取り、何時から並べますか。|
ja|O|school|了解です、じゃあ金曜に伺います。|
ja|O|school|塾の振替、来週の火曜に入れられますか。|
ja|O|school|模試の結果って、いつごろ返ってきます？|
ja|O|school|冬期講習の申し込み、まだ間に合いますか。|
ja|O|school|あ、それ大丈夫です、こっちで用意します。|
ja|O|school|忘れ物、取りに行ってもいいですか。筆箱です。|
ja|O|care|お迎え、今日はおばあちゃんが行きます。|
ja|O|care|着替えのストック、足りてますか。|
ja|O|care|離乳食、来週から後期に進めてもらえますか。|
ja|O|care|今日は朝ごはんあまり食べてないです。|
ja|O|care|お昼寝布団、金曜に持ち帰りですよね。|
ja|O|care|見学の予約をしたいんですが。|
ja|O|care|はーい。|
ja|O|care|鼻水出てますけど、熱はないです。|
ja|O|care|来年度の入園申し込み、いつから受付ですか。|
ja|O|care|お誕生会の写真、購入の締め切りはいつですか。|
ja|O|care|昨日の夜ちょっと吐いたんですが、今朝は元気です。|
ja|O|care|学童のおやつ代、現金で払ってもいいですか。|
ja|O|care|夏休みだけ学童を利用することってできますか。|
ja|O|care|連絡帳、書き忘れました。すみません、口頭で。|
ja|O|care|水遊びの日は、帽子も持たせた方がいいですか。|
ja|O|care|運動会、保護者の競技って何がありますか。|
ja|O|other|体験レッスンの申し込みです。小学一年の男の子です。|
ja|O|other|レッスン日を土曜から日曜に変えたいです。|
ja|O|other|進級テストの結果、いつ分かりますか。|
ja|O|other|ゴーグルって、指定のものがあるんでしょうか。|
ja|O|other|試合の集合場所、駅の北口で合ってます？|
ja|O|other|発表会の衣装、どんな感じのがいいですか。|
ja|O|other|スパイク、何センチくらいのがいいですかね。|
ja|O|other|今日お休みします。咳がひどくて。|
ja|O|other|先生、来週の曲、楽譜コピーしておいてもらえますか。|
ja|O|other|遠征の費用、いくらくらいになりそうですか。|
ja|O|call_center|明日、スクールバス運行しますか？台風で。|
ja|O|call_center|降りる停留所を、来月から変えたいんです。|
ja|O|call_center|バスの中に水筒忘れたみたいで。青いやつです。|
ja|O|call_center|はい、三年一組の田村です。|
ja|O|call_center|乗車券の更新は、どこでできますか。|
ja|O|call_center|朝のバス、何分ごろ通過しますか。|
ja|O|call_center|あ、もう見つかりました。お騒がせしました。|
ja|O|school|えっと、あのー、保健室の先生、今いらっしゃいますか。|
ja|O|school|卒業アルバムの追加注文ってできますか。|
ja|O|care|延長保育、今日だけお願いできますか。六時半まで。|
en|H|school|Take him off my son's class. I don't care how, just do it by Monday.|personal_targeting,unreasonable_demand
en|H|school|She's what, twenty-three? She should be learning, not teaching my kid.|discrimination,abuse
en|H|school|I want a written apology, signed, and I want her to read it out to the class.|apology_coercion
en|H|school|Change the grade, or the parents' chat gets the recording. With her name.|sns_exposure,unreasonable_demand
en|H|school|I've got his cell number. I'll call whenever I like. Midnight, whatever.|personal_targeting,unreasonable_demand
en|H|school|I'm not leaving this office until somebody changes that report card.|restraint,unreasonable_demand
en|H|school|Are you deaf or just stupid? I said the same thing four times.|abuse,persistence
en|H|school|I'll sue, and I'll drop it the minute he gets an A. Your choice.|threat,unreasonable_demand
en|H|school|Nice of her to wear that dress to the parent night. Is she seeing anyone?|sexual
en|H|school|Don't you dare hang up on me. We're done when I say we're done.|restraint,intimidation
en|H|school|I saw his car at the grocery store on Elm. Tell him I said hi.|threat,personal_targeting
en|H|school|Put someone on who actually speaks proper English, not with that accent.|discrimination
en|H|school|Useless. Every single one of you in that office. Useless.|abuse
en|H|school|I'm going to be at the gate every morning until she's gone.|persistence,threat,personal_targeting
en|H|school|Whoever marked that essay, I want their full name and home address.|personal_targeting
en|H|school|I'll make sure every parent on the PTA knows what kind of person she is.|threat,personal_targeting
en|H|care|You're just a daycare worker. You wipe noses. Don't lecture me.|abuse
en|H|care|You look way too young to be in charge. Get me an adult.|discrimination,abuse
en|H|care|My kid gets the window seat at nap time, every day, or we're out.|unreasonable_demand
en|H|care|Honestly, with a body like that you should be a model, not a nursery teacher.|sexual
en|H|care|Give me your Instagram, I want to see what you do on weekends.|sexual,personal_targeting
en|H|care|I filmed you yelling. It's on TikTok tonight unless I get the term refunded.|sns_exposure,unreasonable_demand
en|H|care|(slams the door into the staff room) I told you to get the director!|physical,intimidation
en|H|care|I want a thousand bucks for the scratch. Call it an inconvenience fee.|unreasonable_demand
en|H|other|Coach, I know you leave the pool at nine. I'll walk you to your car sometime.|sexual,personal_targeting,threat
en|H|other|If she's not starting Saturday, your club loses its field permit. Count on it.|threat,unreasonable_demand
en|H|other|You're a loser who couldn't go pro, so now you ruin kids.|abuse
en|H|other|Play my son or I'm posting the video of you swearing at the ref.|sns_exposure,unreasonable_demand
en|H|other|Lessons should be free for the rest of the year after what you said.|unreasonable_demand
en|H|other|I've called seven times today and I'll call seven more.|persistence,threat
en|H|call_center|Give me the driver's name. I'm going to find him.|personal_targeting,threat
en|H|call_center|Listen, sweetheart, you sound cute. What time do you get off?|sexual
en|H|call_center|I'm going to keep you on this line until the bus route changes.|restraint,unreasonable_demand
en|H|school|Do you people even know how to read a file? Pathetic.|abuse
en|H|school|She's a single mom, of course she can't control a classroom.|discrimination,abuse
en|H|school|I've already posted your name and picture on the neighborhood Facebook group.|sns_exposure,personal_targeting
en|N|school|My son was bullied for three months and nobody told us. We need a meeting.|
en|N|school|Could I get a copy of the accident report for my daughter's wrist?|
en|N|school|If this isn't handled, I'll take it to the school board. That's my right.|
en|N|school|Who helped Maya at the bus stop? We'd like to thank her by name.|
en|N|school|Sorry, third call today. The nut allergy, I need to be sure about lunch.|
en|N|school|A kid told him "I'll kill you." What is the school doing about it?|
en|N|school|I'm furious, honestly. But I know it's not you personally.|
en|N|school|I'd like to speak to the principal, please. This is beyond the class teacher.|
en|N|school|We're consulting a lawyer about the injury. Please keep all records.|
en|N|school|Sorry I raised my voice. It's been a terrible week.|
en|N|school|I'd like a written explanation of how the grade was calculated.|
en|N|school|My daughter said some girls threatened to post her photo online. Can you help?|
en|N|school|Please don't bow, there's no need. I just want it fixed.|
en|N|school|I'm going to leave an honest review of the program. It'll say what happened.|
en|N|care|She got bitten again. Third time. What's the plan to stop it?|
en|N|care|Can a female staff member change her, please? She's in a phase with men.|
en|N|care|The late fee seems off by two days. Could you check the invoice?|
en|N|care|He keeps saying "bang bang you're dead" at home. Is that from daycare?|
en|N|care|I'm sorry, I know I've asked twice. The EpiPen is in the office, right?|
en|N|other|The coach screamed at them in the rain for an hour. I want the club director.|
en|N|other|Can I get the coach's full name for the thank-you card from the team?|
en|N|other|We're withdrawing; please refund the unused lessons as the contract says.|
en|N|other|My son nearly drowned. How many lifeguards were on duty?|
en|N|call_center|The bus left my kid behind in the snow. I want to file a formal complaint.|
en|N|call_center|I'll be contacting the district transportation office about this.|
en|N|school|I killed it at the parent quiz night, tell Ms. Lee thanks for organising.|
en|N|school|The role-play script has "I'll ruin you" here. Too much for trainees?|
en|N|school|We'd like to request a same-language interpreter for the meeting.|
en|O|school|Is there school tomorrow if it snows?|
en|O|school|He'll be out sick today, fever.|
en|O|school|Which day is picture day again?|
en|O|school|Thanks, that's all I needed.|
en|O|school|Can I bring his younger sister to the concert?|
en|O|school|Where do I drop off the permission slip?|
en|O|care|Grandma's picking her up today.|
en|O|care|Does she need sunscreen for the water play?|
en|O|care|Could we switch to the half-day plan next month?|
en|O|care|Ok.|
en|O|other|What time is practice on Saturday?|
en|O|other|Do we need our own goggles?|
en|O|other|Could we move her lesson to Thursday?|
en|O|call_center|What time does the morning bus reach Oak Street?|
en|O|call_center|He left his lunchbox on the bus, a green one.|
en|O|school|How do I request an official transcript?|
`;
const KIND = { H: 'harassment', N: 'hard_negative', O: 'ordinary' };
export default raw.split('\n').filter(l => l.trim()).map(l => {
  const [lang, k, setting, text, cats] = l.split('|');
  return [lang, KIND[k], setting, text, cats ? cats.split(',') : []];
});
