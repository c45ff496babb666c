export const conversations = [
{
  id: 'care-health-public-ja-027', lang: 'ja', setting: 'hospital', format: 'json',
  verdict: 'kasuhara', severity: 3, borderline: false,
  notes: 'Night emergency reception: a drunk man with a cut hand (Kansai dialect) threatens to stab and to wait for the nurse after her shift, kicks a chair and insults staff until the guard comes. Threats of harm and violence: severity 3. ASR noise: fillers, slurred fragments, 警備 misheard as 契約 once.',
  speakers: { N: ['staff', '', ''], C: ['customer', '', ''], G: ['staff', '', ''] },
  script: `
N: こんばんは どうされました
C: 手ぇ 切ってん 見たらわかるやろ
N: 拝見しますね タオル そのまま押さえててください どこで切られましたか
C: 店で グラス割れて ほんで
N: お酒は 飲まれてますか
C: 飲んでるに決まってるやろ 飲み屋やねんから
N: 分かりました 出血は 押さえてたら止まりそうですね こちらの問診票に お名前と ご住所を
C: 書かれへんわ 手ぇ切れてんのに 姉ちゃん書いてや
N: はい では 私が聞きながら書きますね お名前は
C: 宮崎 宮崎 隆
+40 C: おい まだか 十分経ったで
N: 今 救急車で来られた方の処置をしていて 次にお呼びします
C [intimidation]: 救急車がなんやねん こっちも血ぃ出とんねん 先やれや
N: 重症の方から順番に診ていますので もう少しお待ちください
C [threat,intimidation]: 順番順番て ほんまに ワレ 刺したろか
N: 今の言葉は 聞き流せません 他の方もいらっしゃいますので 落ち着いてください
C [physical,intimidation]: 落ち着いとるわ ボケ
N: 椅子を蹴るのは やめてください 契約の方 呼びますね
C [abuse]: 呼べや 役に立たへん看護師が 偉そうに
N: 警備室 救急受付です 一名 お願いします
C [threat]: 姉ちゃん 何時に上がりなん 終わるまで 外で待っといたろか
N: 宮崎さん 職員への脅しになるような発言は やめてください
C [threat]: 脅しちゃうて ちょっと挨拶するだけやん 帰り道 気ぃつけや
+6 G: 警備の上野です どうされました
N: 椅子を蹴って 職員に脅すような発言がありました
G: お客さん 手の処置は受けてもらいます ただ 次に大きな声や 物に当たることがあったら 警察を呼びます いいですね
C: なんやねん 冗談やんか
G: 冗談でも 職員は怖い思いをしてます 処置が終わるまで 私が横にいます
C: …好きにせえや
+70 N: 宮崎さん 処置室にどうぞ 先生が診ます
C: …おう
`},
{
  id: 'care-health-public-ja-028', lang: 'ja', setting: 'school', format: 'txt',
  verdict: 'normal', severity: 0, borderline: false,
  notes: 'A grandmother in Kansai dialect calls an elementary school about sports day (time, rain, lunch, wheelchair seating). Phrases like 死ぬ気で and 倒れる are everyday speech. Ordinary call. Finer setting: public elementary school office.',
  speakers: { S: ['staff', '職員', '事務'], C: ['customer', '祖母', '保護者'] },
  script: `
S: はい、西小学校でございます。
C: あ、もしもし、すんません。四年二組の上田悠真の祖母ですけど。
S: いつもお世話になっております。
C: 今度の土曜の運動会のことでちょっと聞きたいんですわ。
S: はい、どうぞ。
C: 何時から始まるんやったかな。プリント、孫がランドセルの底でくしゃくしゃにしてしもて、読まれへんのよ。
S: ふふ、よくあります。開会式が八時四十五分で、門は八時に開きます。
C: 八時ね。場所取りは、何時からできるんやろ。
S: 場所取りは、門が開いてからになります。前の日からのシートは、撤去させていただいてます。
C: そうかいな。ほんなら早よ行かなあかんな。
C: ほいでね、うちのおじいちゃん、車椅子なんよ。どこで見たらええやろか。
S: 車椅子の方は、本部テントの横に、専用の観覧場所をご用意しています。正門ではなく、東門から入っていただくと、段差がありません。
C: ああ、それは助かるわ。
C: 孫がね、騎馬戦、死ぬ気で頑張るて張り切っとってね。おじいちゃんに見せたいんよ。
S: 四年生の騎馬戦は、午前の最後のプログラムです。十一時半頃の予定です。
C: 十一時半ね。暑かったら、おじいちゃん倒れてしまうから、それまでテント入れてもろてもええの？
S: 救護テントは体調の悪い方用なんですが、本部横の観覧場所にもテントを張りますので、日陰になります。
C: ほんなら安心やわ。
C: あと、雨やったらどないなるの。
S: 当日の朝六時半に決定して、学校のホームページと、メールでお知らせします。雨の場合は月曜日に延期です。
C: メールは嫁に来るんやね。ほな嫁に聞くわ。
S: はい。お昼は、四年生は教室で子どもたちだけで食べますので、ご家族の方はお昼で一度お帰りいただいて大丈夫です。
C: あら、一緒に食べられへんの。昔は一緒に食べたのにねえ。
S: すみません、数年前から、そういう形になっておりまして。
C: まあ、時代やね。分かりました。えらいおおきに。
S: いえいえ、当日お気をつけてお越しください。
C: はい、ほな失礼します。
S: 失礼いたします。
`},
{
  id: 'care-health-public-ja-029', lang: 'ja', setting: 'care', format: 'teams',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Online meeting with a care home manager after staff reported a resident\'s son for unwanted behaviour. He comments on a young caregiver\'s body, asks for her private LINE, describes hugging her at a visit and demands she alone attend him at every visit. Sexual harassment and special treatment, no threat of harm. Finer setting: nursing home, family of resident.',
  speakers: { M: ['staff', '石原 康介', ''], K: ['staff', '佐々木 美穂', ''], C: ['customer', '平田 義明', ''] },
  script: `
M: 平田様、本日はお時間いただきありがとうございます。施設長の石原です。本日は、お父様の担当の佐々木も同席しております。
K: 佐々木です。よろしくお願いします。
C: おお、美穂ちゃん。画面越しでも可愛いねえ。
M: 平田様、本日は、面会時のことで、施設からお願いがあってお時間をいただきました。
C: お願い？ 何だろう。親父のことは、いつもよくしてもらって、感謝してますよ。
M: ありがとうございます。先週の面会の際に、帰り際、佐々木の肩を抱き寄せられたと報告を受けています。
C [sexual]: ああ、あれね。ぎゅってしただけじゃない。お礼のつもりだよ。美穂ちゃん、細いから折れそうだったけど。
M: 職員の体に触れることは、お礼のおつもりでも、ご遠慮いただいています。佐々木は、とても驚いていました。
C: 大げさだなあ。ね、美穂ちゃん、嫌じゃなかったでしょ？
K: …驚きました。やめていただきたいです。
C: はいはい、分かりましたよ。
M: それから、佐々木の個人の連絡先を何度か聞かれていると伺っています。
C [sexual]: だって親父のことで相談したいから。LINE教えてくれたら、夜でもすぐ連絡できるでしょ。美穂ちゃんの声聞くと、こっちも元気出るしさ。
M: お父様のご相談は、施設の電話か、ご家族用の連絡アプリでお受けしています。職員個人の連絡先はお伝えできません。
C [sexual]: 固いねえ。じゃあさ、今度美穂ちゃんがお休みの日に、ご飯でも行こうよ。お礼に。
K: お断りします。
M: 平田様、職員を個人的に誘うことも、おやめください。
C [unreasonable_demand]: じゃあ、せめて俺が面会に来るときは、必ず美穂ちゃんが出てきてよ。ほかの人だと、親父も落ち着かないからさ。
M: 面会の対応は、その日の勤務の職員がいたします。特定の職員を指名していただくことはできません。
C [sexual]: 残念だなあ。美穂ちゃん、その制服、体の線出てていいのに。
M: 今のようなご発言も、職員にとっては大きな負担です。次に同じことがあった場合は、面会の方法を、ご家族控室での面会に限らせていただきます。
C: …なんだよ、セクハラ扱いか。
M: 施設として、職員を守る必要があります。お父様のケアは、これまで通り、チームで丁寧にさせていただきます。
C: 分かりましたよ。
M: 本日お伝えした内容は、書面でもお送りします。お時間ありがとうございました。
`},
{
  id: 'care-health-public-ja-030', lang: 'ja', setting: 'hospital', format: 'txt',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Call to a hospital billing desk: a patient was charged twice for a CT scan. Firm and annoyed, asks for a refund and how it happened; the clerk confirms the error and arranges a transfer. Legitimate complaint. Finer setting: hospital accounting.',
  speakers: { S: ['staff', '会計', '会計'], C: ['customer', '患者', '患者'] },
  script: `
S: 市立中央病院、医事課会計の窓口でございます。
C: 先週の会計のことで電話したんですけど。明細見たら、CTが二回請求されてるんです。
S: 申し訳ございません。確認いたしますので、診察券の番号と、お名前をお願いできますか。
C: 〇〇八八一二三、松井です。
+6 S: 松井様、十二日の会計ですね。
C: そうです。CTは一回しか撮ってないのに、明細に二つ載ってて。一万二千円くらい余計に払ってます。
S: 少々お待ちください。放射線科の記録と照合いたします。
+48 S: お待たせいたしました。記録を確認しましたところ、撮影は一回で、会計の入力が二重になっておりました。こちらの誤りです。大変申し訳ございません。
C: やっぱり。こういうの、こっちが気づかなかったらそのままなんですよね。
S: おっしゃる通りです。ご指摘いただかなければ、気づけなかったと思います。
C: 高齢の親とか、明細なんて見ないですよ。ほかの人も同じことになってないか、ちゃんと調べてくださいね。
S: はい。同じ日の入力を、すべて点検いたします。
C: で、返金はどうなるんですか。
S: 差額の一万二千三百円を、返金いたします。窓口でお受け取りいただくか、口座振込か、お選びいただけます。
C: 仕事があるんで、振込でお願いします。わざわざ行けないんで。
S: 承知しました。返金の請求書を郵送いたしますので、口座をご記入のうえ、同封の封筒でご返送ください。
C: 書類書かなきゃいけないんですか。そっちのミスなのに。
S: お手数をおかけして申し訳ございません。口座の確認のため、どうしても書面が必要でして。ご記入は口座の欄だけで結構です。
C: …分かりました。いつ頃振り込まれますか。
S: ご返送いただいてから、二週間以内にお振込みいたします。
C: お願いしますよ、ほんとに。
S: はい。このたびは、ご迷惑をおかけいたしました。私、会計の中西が承りました。
C: はい。じゃあ。
S: 失礼いたします。
`},
{
  id: 'care-health-public-ja-031', lang: 'ja', setting: 'school', format: 'zoom',
  verdict: 'kasuhara', severity: 1, borderline: false,
  notes: 'Online meeting: a mother, after a friendship quarrel, demands that another pupil be moved to a different class or school. The first request is not a span; after a clear, reasoned refusal and alternatives she presses the same demand twice more and belittles the teacher. Mild, polite-toned harassment. Finer setting: public elementary school.',
  speakers: { T: ['staff', '三浦 沙織', ''], P: ['staff', '今井 隆', ''], C: ['customer', '山下 真由美', ''] },
  script: `
T: 山下さん、こんばんは。担任の三浦です。教務主任の今井も入っております。
P: 今井です。よろしくお願いします。
C: よろしくお願いします。お電話でもお話ししたんですけど、沙良とリコちゃんのことです。
T: はい。休み時間に、リコさんが沙良さんの描いた絵を、みんなの前で笑ったという件ですね。
C: 笑っただけじゃないです。下手くそって言って、紙をくしゃくしゃにしたって、沙良は言ってます。
T: はい、二人から話を聞いて、紙を丸めたことも、リコさんは認めています。その日のうちに、リコさんから沙良さんに謝りました。
C: 謝ったって言っても、先生に言われて謝っただけでしょう。
T: そう感じられるのも分かります。その後も、二人の様子は、毎日見ています。
C: 正直に言いますけど、リコちゃんを別のクラスにしてもらえませんか。同じ教室にいるだけで、沙良がつらいので。
P: お気持ちは分かります。ただ、年度の途中でクラスを替えるのは、いじめの重大な事案などで、特別に必要な場合に限っています。今回は、そこまでには当たらないと判断しています。
P: その代わり、席を離すことと、グループ活動を別にすること、それから、沙良さんが困ったときにすぐ言える時間を、三浦が週に一回取ります。
C [unreasonable_demand,persistence]: 席を離すとかじゃなくて。リコちゃんがクラスから出ていけばいいだけの話じゃないですか。それか、転校してもらうとか。
T: 別のお子さんに転校していただくというようなことは、学校からお願いすることはできません。
C [abuse]: 三浦先生、失礼ですけど、本当に子どものこと見てます？ 若いから、こういうの分からないのかな。
P: 山下さん、担任の力量についてのご意見は、私が伺います。今回の対応は、学校として決めたものです。
C [unreasonable_demand,persistence]: 何度も言ってますけど、リコちゃんのクラスを替えてくださいって言ってるんです。それだけなんですけど。
P: お答えは変わりません。クラス替えは行いません。先ほど申し上げた三つの対応を、今週から始めます。
C: …校長先生に、直接お話しさせてもらいますから。
P: はい、もちろんです。校長にも今日の内容は伝えておきます。
T: 沙良さんが、明日から少しでも安心して過ごせるように、しっかり見ていきます。
C: お願いしますね、本当に。
P: 本日はありがとうございました。
`},
{
  id: 'care-health-public-ja-032', lang: 'ja', setting: 'care', format: 'srt',
  verdict: 'kasuhara', severity: 3, borderline: false,
  notes: 'Care home office counter: a resident\'s nephew demands her bank book and card. The first request is not a span; after the refusal (financial-abuse safeguards) he repeats, shows he knows the caregiver\'s commute and hints at waiting for her on the dark road home: stalking hints and threats, severity 3. ASR noise: fillers, 通帳 misheard as 通常 once.',
  speakers: { S: ['staff', '', ''], C: ['customer', '', ''], M: ['staff', '', ''] },
  script: `
C: すいません 遠藤ハルの 甥ですけど
S: あ はい 遠藤さんの こんにちは
C: 叔母の通帳と キャッシュカード 預かってますよね それ 今日 持って帰りたいんで
S: えーと 遠藤さんの貴重品は 施設の金庫でお預かりしてるんですが お渡しできるのは 契約の時に届け出ていただいた 身元保証人の方だけなんです
C: 保証人は 叔母の娘だけど 今 海外なんだよ だから俺が代わりに
S: はい 娘さんからの 委任状か 同意の書類があれば 確認して お渡しできるんですけど
C: そんなのないよ 電話すりゃいいだろ 今は夜中だけど
S: そうですね 本人確認もありますので 今日は お渡しできないんです
C [unreasonable_demand,persistence]: 親戚が持ってくって言ってんだから いいじゃない 通常とカードだけだよ 金庫開けてよ
S: 申し訳ありません 書類がないと お渡しできない決まりです
C: 決まりね あんた 森田さんだっけ
S: はい 森田です
C [personal_targeting,threat]: 森田さんさ 毎朝 七時半の 駅前からのバスで来てるよね 見たことあるよ
S: …
C [threat]: 帰りは 駅まで歩いてるでしょ あの道 暗いよねえ 気をつけた方がいいよ ほんとに
S: …今のは どういう意味でしょうか
C [threat,unreasonable_demand]: 別に 心配してあげてるだけだよ で 通帳 出してくれるよね 今日
S: 少々 お待ちください 施設長を呼びます
+28 M: 施設長の青山です どうされました
C: 叔母の通帳 持って帰りたいって 言ってるだけなんですけど
M: 森田から伺いました 娘さんの同意の書類がない限り お渡しすることはできません これは ご本人の財産を守るための決まりです
C [persistence,unreasonable_demand]: だから俺は親戚なんだって 何回言ったら分かるんですか 叔母も俺に持ってってほしいって 言うはずだよ
M: ご本人に 確認してきましょうか 遠藤さんは今 お昼寝から起きていらっしゃるので
C: …いや いいよ 寝ぼけてて 分かんないだろ
M: 先ほど 森田の通勤経路や 帰り道のことを おっしゃったと聞きました
C: 世間話だよ
M: 職員の通勤のことに触れて 気をつけた方がいいと言うのは 職員にとっては 脅しとして受け取られます 次にこのようなことがあれば 警察に相談いたします
C [threat]: 警察ね 大変だね 森田さんも 一人暮らしなんでしょ
M: 今のご発言も 記録します 本日は お引き取りください 通帳の件は 娘さんから 施設に直接 ご連絡いただくよう お伝えください
C: …分かりましたよ
+12 M: 森田さん 今日の帰り 私が駅まで車で送るから あと 明日から 職員用の出入口使って
S: はい すみません ありがとうございます
`},
];
