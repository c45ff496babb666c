export const conversations = [
{
  id: 'care-health-public-ja-033', lang: 'ja', setting: 'municipal', format: 'teams',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Online consultation with a ward long-term-care insurance section: a son disputes his father\'s care-level result, speaks sharply and says he will file an appeal. Disputing an administrative decision and using the appeal route are rights; no insults or threats. Finer setting: ward office, care insurance certification.',
  speakers: { S: ['staff', '介護保険課 竹内', ''], C: ['customer', '村上 拓也', ''] },
  script: `
S: 村上様、お待たせいたしました。介護保険課認定係の竹内です。お父様の認定結果の件ですね。
C: はい。要支援二って来たんですけど、どう考えてもおかしいんですよ。
S: ご説明させていただきます。まず、どういった点がおかしいと感じられたか、伺ってもよろしいですか。
C: 父は一人でトイレに行けないんですよ。夜は三回起こされて、僕が連れて行ってる。それで要支援って、ありえないでしょう。
S: 夜間のトイレの介助が、毎日必要な状態なんですね。
C: 毎日です。調査に来た人には、父が全部、自分でできますって答えちゃったんですよ。見栄張って。僕が横で違うって言ったんですけど。
S: そうでしたか。調査の際に、ご本人が普段よりできるとお答えになることは、実はよくありまして。
C: だったら、それを分かってて、なんでちゃんと聞いてくれないんですか。僕の話は記録されてないんですか。
S: 調査票の特記事項に、ご家族からの聞き取りとして、夜間のトイレについて記載はあります。ただ、審査会の判断では、日中の動作の方が重く見られた可能性があります。
C: 可能性って。それ、役所がちゃんと説明できないってことですよね。
S: 審査会の判断の詳しい理由は、認定調査票と主治医意見書の開示請求をしていただければ、ご確認いただけます。
C: 開示、します。あと、納得いかないんで、不服申し立てします。
S: はい。方法が二つありまして、一つは、東京都の介護保険審査会への審査請求です。結果の通知を受け取ってから三か月以内です。
S: もう一つは、区分変更申請といって、状態が変わったとして、もう一度調査をやり直す方法です。こちらの方が、結果が早く出ることが多いです。
C: どっちが早いんですか。
S: 区分変更ですと、申請から一か月程度です。審査請求は、数か月かかる場合があります。
C: じゃあ両方やります。一か月も、今のままじゃ無理なんですよ。僕、仕事もあるんで。
S: 両方のお手続きは可能です。それと、結果が出るまでの間も、暫定のケアプランで、サービスを使っていただくことができます。
C: 暫定って、要介護の分が使えるってことですか。
S: はい。ケアマネジャーさんと相談して、見込みの区分でプランを立てていただけます。ただ、結果が要支援のままだった場合、超えた分が自己負担になることがあります。
C: リスクがあるってことですね。
S: はい、その点は、ケアマネジャーさんと十分にご相談ください。
C: …正直、こっちは限界なんですよ。役所の人には分かんないでしょうけど。
S: 夜三回の介助を、毎日されているのは、本当に大変なことだと思います。区分変更の申請書は、今日お送りしますし、電子申請も可能です。
C: 次の調査、僕も必ず立ち会いますから。日程は、平日の夕方にしてください。
S: 承知しました。夕方で調整するよう、調査員に伝えます。夜の様子を、簡単なメモにしていただけると、とても伝わりやすいです。
C: 分かりました。書いておきます。
S: 本日はありがとうございました。申請書は、明日までに届くように発送いたします。
`},
{
  id: 'care-health-public-ja-034', lang: 'ja', setting: 'hospital', format: 'srt-plain',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Hospital ward corridor: a patient\'s wife, upset about an IV leak that swelled her husband\'s arm, demands the nurse kneel on the floor and write an apology, repeats after the head nurse refuses, and abuses the nurse. The IV leak complaint itself is legitimate. SRT without prefixes; ASR fillers.',
  speakers: { N: ['staff', '', ''], C: ['customer', '', ''], H: ['staff', '', ''], P: ['customer', '', ''] },
  script: `
C: ちょっと 看護師さん 主人の腕 見てくださいよ これ
N: あ 腫れてますね 点滴が 漏れてしまっているかもしれません すぐに止めます
C: かもしれませんじゃないでしょ 朝からこうなのよ 痛いって言ってたのに
N: 申し訳ありません 点滴 抜きますね 冷やすものを持ってきます
C: 朝見に来たの あなたよね 大丈夫ですって言ったの
N: はい 朝の見回りで 私が確認しました その時に 気づけなかったと思います 申し訳ありませんでした
C [apology_coercion]: 申し訳ありませんで済むと思ってるの ここで 手ついて謝りなさいよ 床に
N: …え
C [apology_coercion,intimidation]: 聞こえないの 土下座しなさいって言ってるの 主人がこんな目にあってるのに
N: 今 師長を呼んでまいります
+40 H: 看護師長の増田です 点滴の件 拝見しました ご主人様 ご本人様にも ご家族にも ご心配をおかけして 申し訳ございません
C [apology_coercion]: 師長さん この人に 土下座させてください それで許しますから
H: 点滴の漏れに気づくのが遅れたことは 病棟として お詫びいたします 腫れについては 今から 医師に診てもらいます
H: ただ 土下座のようなお詫びは いたしません それは どのような場合でもお受けしておりません
C [apology_coercion,persistence]: 病棟としてじゃなくて この人が悪いんでしょう この人が床に頭つけるの それと 謝罪文 書かせて 手書きで
H: 経過については 私から書面で ご説明いたします 職員個人に 謝罪文を書かせることはいたしません
C [abuse]: こんな鈍い人が看護師やってるなんて 怖くて入院してられないわよ 向いてないんじゃないの
H: 職員への そういったお言葉は おやめください 今は まずご主人の腕の手当てを優先させてください
C [apology_coercion,persistence]: 何回言わせるの 謝らせなさいって言ってるのよ 頭下げさせなさいよ
H: お答えは変わりません 病棟の責任者として 私がお詫びしております
P: おい もういいよ 腕 冷やしてもらってるし
C: あなたは黙ってて
H: 先生 来ましたので 少しだけ 廊下でお待ちいただけますか
+60 H: 先生が診て 点滴の薬は 漏れても組織を傷めにくいもので 冷やして 二三日で腫れは引くとのことです 反対の腕から 入れ直します
C: …ほんとに 大丈夫なんでしょうね
H: 夕方と明日の朝 私が直接 腕を確認します 経過の書面は 明日お渡しします
C: …分かりました
`},
{
  id: 'care-health-public-ja-035', lang: 'ja', setting: 'hospital', format: 'txt',
  verdict: 'normal', severity: 0, borderline: false,
  notes: 'A daughter calls a home-visit clinic to report that her father, under home end-of-life care, has just died, and asks what to do. Death, breathing stopped and the death certificate are discussed calmly: alarming content in an ordinary call. Finer setting: home-visit clinic.',
  speakers: { S: ['staff', '看護師', '看護師'], C: ['customer', '家族', '家族'] },
  script: `
S: はい、あおぞら在宅クリニックです。
C: あの、訪問診療でお世話になってる、佐藤秀夫の娘です。
S: 佐藤さん、いつもありがとうございます。
C: 父が、さっき、息をしてないことに気づいて。
S: …そうですか。今、お父様のそばにいらっしゃいますか。
C: はい。朝、様子を見に行ったら、もう。顔はすごく穏やかで。
S: 分かりました。最後に呼吸をされているのを確認されたのは、何時頃か分かりますか。
C: 夜中の三時に、おむつを替えたときは、息をしてました。
S: ありがとうございます。慌てて救急車を呼ぶ必要はありませんので、大丈夫ですよ。
C: はい、先生に、そう言われてたので。
S: 今から、先生と看護師でご自宅に伺います。三十分から四十分ほどで着けると思います。
C: お願いします。何か、しておいた方がいいことはありますか。
S: お体は、そのままにしておいてください。もしお口が開いていたら、タオルを丸めて、あごの下に当ててあげると、閉じやすくなります。
C: 分かりました。
S: それから、死亡診断書は、先生が伺ったときにお書きします。葬儀社さんは、もう決めていらっしゃいますか。
C: 母のときと同じところに頼むつもりです。
S: では、先生が診た後に、ご連絡いただく形で大丈夫です。ほかに、お知らせしたいご家族はいらっしゃいますか。
C: 兄が、今こっちに向かってます。
S: 分かりました。お一人で、大丈夫ですか。
C: はい。覚悟はしてたので。…ちゃんと、家で看取れてよかったです。
S: 本当に、よく頑張られましたね。お父様も、ご自宅で過ごせて、喜んでいらっしゃると思います。
C: ありがとうございます。
S: では、すぐに向かいます。失礼いたします。
`},
{
  id: 'care-health-public-ja-036', lang: 'ja', setting: 'school', format: 'json',
  verdict: 'kasuhara', severity: 1, borderline: true,
  notes: 'Nursery pickup: a mother upset that a rash was not noticed says she could post the teacher\'s name to the parents\' group chat and Instagram, then says she will not "this time" if special care is promised. The complaint about the rash is legitimate; naming the staff member online and the implied trade are sns_exposure. Borderline: said half-jokingly and once. ASR noise: fillers, 湿疹 misheard as 失神.',
  speakers: { S: ['staff', '', ''], C: ['customer', '', ''] },
  script: `
S: そうたくん ママ来たよー お帰りなさい
C: ただいまー ねえ 先生 これ 首のとこ
S: あ ほんとだ 赤くなってますね
C: 朝はなかったんですよ お昼寝のあと気づかなかったんですか
S: すみません 午後は 気づけていませんでした 汗疹か 失神かもしれないですね
C: 連絡帳にも何も書いてないし 先月も同じことありましたよね
S: はい 先月も 腕に出ていたのを お迎えの時にお伝えしました 今回は 気づくのが遅くて 申し訳ありません
C: 先生 ちゃんと見てます ほんとに
S: はい 午後の着替えの時に もっと気をつけて見るようにします
C [sns_exposure]: 北野先生のクラス 見てくれないって ママたちのグループに 名前出して回しちゃおうかなー インスタにも
S: …それは 困ります あの 園への ご意見でしたら 園長にも伝えますので
C [sns_exposure,unreasonable_demand]: ふふ 冗談ですよ 今回は書かないであげます その代わり そうたのことは 特別に見ててくださいね 毎日 様子 詳しく書いて
S: お子さん一人ひとり しっかり見るようにしています 肌のことは 明日から 連絡帳に書くようにしますね
C: お願いしますね ほんとに
S: はい 念のため 小児科さんで 一度 診てもらってください
C: はいはい そうた 帰るよ 先生にバイバイして
S: そうたくん バイバイ また明日ね
`},
{
  id: 'care-health-public-ja-037', lang: 'ja', setting: 'school', format: 'teams',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Online meeting: a father reports that classmates sent his son messages saying 殺すぞ and 死ね. He quotes the threats, demands concrete action and says he will consult the police himself. Quoted threats are never spans; his firm demands are legitimate. Finer setting: public junior high school.',
  speakers: { T: ['staff', '福田 真一', ''], V: ['staff', '野村 香', ''], C: ['customer', '近藤 誠', ''] },
  script: `
V: 近藤さん、本日はありがとうございます。生徒指導主事の野村です。担任の福田も入っております。
T: 福田です。よろしくお願いいたします。
C: 近藤です。メールで送ったスクリーンショット、見ていただけましたか。
V: はい、拝見しました。
C: 読み上げますね。殺すぞ。明日学校来たらボコす。死ねよゴミ。これを、夜の十一時過ぎに、三人から立て続けに送られてるんです。
T: はい。息子さんは、今日はお休みでしたね。
C: 怖くて行けないって言ってます。当然ですよね。
V: 当然だと思います。まず、学校として、これはいじめとして、重大な事案として扱います。
C: 具体的に、何をしてくれるんですか。
V: 今日の放課後、三人から別々に聞き取りをしました。三人とも、送ったことは認めています。明日、三人の保護者を学校に呼んで、説明します。
C: 認めたんですね。
V: はい。ゲームの中でのやりとりがこじれて、というのが本人たちの話ですが、理由にはなりません。
C: 息子が学校に戻るときに、その三人と会わないようにはできるんですか。
T: 当面、三人とは教室の移動の時間をずらします。休み時間は、私か副担任が、必ず廊下にいるようにします。
C: それと、言っておきますけど、殺すって言葉は、脅迫ですよね。警察にも相談しようと思ってます。
V: はい。相談されるかどうかは、ご家庭でお決めいただくことです。学校としても、警察の少年係と連携することを考えています。
C: 学校が止めるのかと思ってました。
V: 止めることはありません。必要な記録は、学校からもお出しします。
C: …正直、学校には、もっと早く気づいてほしかったです。前から、ゲームのことでからかわれてるって、息子は言ってたので。
T: はい。その話を息子さんから聞いていながら、軽く見ていました。申し訳ありません。
C: 相手の保護者と、直接話をさせてもらうことはできますか。
V: 学校が間に入る形で、話し合いの場を設けることは可能です。いきなり直接ですと、かえってこじれることもありますので。
C: 分かりました。それでお願いします。
V: 明日の保護者との面談の結果は、夕方に、私からお電話します。
C: お願いします。息子には、今日話したこと、伝えておきます。
T: 近藤くんに、待ってるよって、伝えてください。
C: はい。
`},
{
  id: 'care-health-public-ja-038', lang: 'ja', setting: 'municipal', format: 'zoom',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Ward office online counter (childcare allowance). The caller refuses to be served by a naturalised staff member of Chinese origin (the first, polite request for a Japanese officer is already discrimination), mocks her accent, repeats the demand for a Japanese officer after a clear answer and says foreigners should not work at city hall. Discrimination and abuse without threats. Finer setting: ward office online consultation.',
  speakers: { S: ['staff', '子育て支援課 王', ''], C: ['customer', '橋本 隆之', ''], V: ['staff', '子育て支援課 係長 杉山', ''] },
  script: `
S: 橋本様、お待たせいたしました。子育て支援課の王と申します。児童扶養手当のご相談でお間違いないでしょうか。
C: …あ、はい。え、あなたが担当なんですか。
S: はい、本日は私が担当いたします。
C [discrimination]: ちょっと、日本人の人に代わってもらえます？
S: 担当は、予約の順番で決まっておりまして。ご相談の内容は、私がしっかり承ります。
C [discrimination,persistence]: いや、だから、日本人の職員に代わってって言ってるんですけど。手当のことなんて、細かいとこ伝わんないでしょ。
S: 私は、この課で六年勤めております。ご不安な点があれば、何度でもご説明いたします。
C [discrimination,abuse]: 発音が変なんですよ。聞いててイライラする。なんで外国の人が役所で働いてんの。
S: …
V: 失礼いたします。係長の杉山です。お話が聞こえましたので、入らせていただきました。
C: ああ、よかった。日本人の方ですよね。この人じゃ無理なんで、あなたが担当してください。
V: 担当を、職員の出身や話し方を理由に替えることは、いたしません。王は、手当の業務に精通した職員です。
C [discrimination,persistence]: なんで。こっちは市民ですよ。日本人に対応してもらう権利くらいあるでしょう。何回言えばいいの。
V: 国籍や出身による区別は、市としてお受けしておりません。本日のご相談は、このまま王が担当いたします。ご希望でしたら、私も同席いたします。
C [abuse]: …税金で外国人雇って、日本人の子どもの手当はケチるんだから、ほんと終わってるね、この区は。
V: 職員の出身に関するご発言は、これ以上はお控えください。続くようでしたら、本日のご相談はここで終了とさせていただきます。
C: …分かったよ。早くしてよ。
S: はい。橋本様、離婚が成立されたのが、今年の三月ということで、よろしいでしょうか。
C: そう。
S: 戸籍謄本と、お子様との同居が分かるもの、それと、昨年の所得の証明が必要になります。所得は、こちらで確認できますので、同意書にご署名いただければ大丈夫です。
C: 戸籍は、もう取ってある。
S: ありがとうございます。では、来週の窓口の予約をお取りします。木曜日の十時はいかがでしょう。
C: 木曜でいい。
S: 承知しました。ご予約の確認は、メールでお送りいたします。
V: 本日はありがとうございました。
`},
{
  id: 'care-health-public-ja-039', lang: 'ja', setting: 'store', format: 'srt',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Pharmacy counter during a drug shortage: a mother who has visited five pharmacies for her child\'s cough syrup complains firmly about the supply situation and asks the pharmacy to set some aside; the pharmacist explains and proposes a substitute with the doctor\'s agreement. Legitimate complaint. ASR noise: fillers, a misheard drug name.',
  speakers: { S: ['staff', '', ''], C: ['customer', '', ''] },
  script: `
S: 次の方 どうぞ 処方箋 お預かりします
C: あの ここ アスベリンのシロップ ありますか
S: 確認しますね えー アスペリン
+10 S: 申し訳ありません 今 アスベリンのシロップは 在庫を切らしておりまして
C: また ここもですか もう五軒目なんですよ
S: 本当に申し訳ありません 去年から 咳止めのお薬が 全国的に 供給が不安定で
C: それ 毎回言われます でも 子どもが夜中ずっと咳してて 眠れないんですよ
S: はい お辛いですよね
C: 薬がないって 国の問題なのは分かりますけど こっちはどうしたらいいんですか 病院行って 処方箋もらって それで 薬がもらえないって
S: おっしゃる通りです
C: 次 入ってきたら 取っておいてもらうとか できないんですか
S: 入荷は 週に一回 少しずつで 予約という形は 今 お受けできていないんです すみません
C: …そうですか
S: ただ 同じように咳を抑える 別のシロップでしたら 在庫がございます 処方された先生に 変更の確認を お電話で取らせていただければ 今日 お渡しできます
C: 別の薬でも 大丈夫なんですか
S: はい 成分は違いますが 小さいお子さんにもよく使われるお薬です 先生が了承されたら その量で お出しします
C: じゃあ それでお願いします
S: ありがとうございます 今 クリニックに お電話しますね 少しお待ちください
+95 S: お待たせしました 先生から 変更の了承をいただきました
C: よかった
S: 一日三回 食後に 一回四ミリリットルです 甘いので 飲みやすいと思います
C: ありがとうございます さっきは きつい言い方して すみません
S: いえいえ 五軒も回られたら 当然です お大事になさってください
`},
];
