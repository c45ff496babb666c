// Utterance bank: single customer utterances, judged on their own.
// rows: [lang, kind, setting, text, categories]
const rows = [];
const add = (lang, kind, setting, items) => { for (const it of items) { if (Array.isArray(it)) rows.push([lang, kind, setting, it[0], it[1].split(',')]); else rows.push([lang, kind, setting, it]); } };
const HN = 'hard_negative', H = 'harassment', O = 'ordinary';

// ---------- Japanese: hard negatives (alarming words, not harassment) ----------
add('ja', HN, 'call_center', [
  'ゴキブリを一発で殺すやつ、ペットがいても使えますか',
  '死ぬほど待ちましたけど、やっとつながってよかったです',
  '前回の方、すごく丁寧だったのでお名前を伺えますか。お礼を言いたくて',
  '納得できないので、消費生活センターに相談してみます',
  '父が死亡したので、携帯の解約をしたいんです',
  '責任者の方とお話しできますか。あなたを責めるつもりはないです',
  'さっきは大きな声を出してごめんなさい、焦ってて',
  'この請求、どう見てもおかしいので、弁護士の友人にも見てもらいます',
  '保留音が長すぎて、正直死にそうでした（笑）',
  'うちの母、認知症で同じこと何度も聞くと思いますけど、すみません',
  '詐欺の電話がかかってきたので、警察に届けた方がいいですか',
  'もう3回目の問い合わせなんです。折り返しが一度もなくて',
  '殺菌モードって、何度まで上がるんですか',
  '口コミに正直に書こうと思います。良かった点も悪かった点も',
  '「殺すぞ」ってメールが来たんです、御社を名乗る人から',
  'このプラン、ぶっちぎりで安いですね',
]);
add('ja', HN, 'store', [
  '生理用品の売り場はどこですか',
  '下着売り場で採寸してもらえますか。できれば女性の方に',
  '殺虫剤の置いてある棚、案内してもらえますか',
  'この包丁、殺傷力がすごいって口コミで見たんですけど、そんなに切れます？',
  '子どもがいないんです！赤いリュックの5歳の男の子です！',
  '昨日レジにいた眼鏡の方、お名前分かります？すごく助かったので',
  '不良品なので返金してください。レシートはあります',
  '死ぬほど並んだけど、買えてよかった',
  '店長さんを呼んでもらえますか。落ち着いて話したいので',
  'ベビーカーだと通路が狭くて、正直ちょっと危ないと思います',
  '必殺技みたいな名前の洗剤、どれが一番落ちます？',
  '授乳ブラってこのサイズ表で合ってますか',
  '万引きしてる人がいたので、一応お伝えしておきます',
  'この値段は殺人的ですね。いや、安いって意味です',
  '補聴器をつけているので、もう少しゆっくり話してもらえると助かります',
  'お試しの口紅、殺菌してありますか',
]);
add('ja', HN, 'municipal', [
  '父の死亡届を出しに来ました',
  'ストーカーに住所を知られたくないんです。住民票の制限ってできますか',
  '手話通訳の方をお願いできますか',
  '私、もう88なんで、字がちっちゃいのは読めんのよ',
  '同じこと何回も聞いてごめんなさいね、すぐ忘れちゃうの',
  '何度も来てるのは、毎回書類が違うって言われるからなんです',
  '納得いかないので、行政不服審査の請求をしようと思います',
  '議員さんにも相談してみますね、制度の問題だと思うので',
  'カラスが死んでるんですけど、どこに連絡すればいいですか',
  'スズメバチの巣があって、死ぬかと思いました',
  '母が孤独死しまして、家の片付けの相談を',
  '外国籍の夫なので、英語の書類があればいただけますか',
  '殴り書きで申し訳ないですけど、これで大丈夫ですか',
  '窓口の方の説明が分かりやすかったって、アンケートに書いておきました',
  'DVから逃げてきて、住所を誰にも教えたくないんです',
  'もう、死んでしまいたいくらい、お金がなくて…相談できるところはありますか',
]);
add('ja', HN, 'hospital', [
  '胸にしこりがあって、乳腺外来を予約したいです',
  '性病の検査って、匿名でも受けられますか',
  '痛い痛い痛い…くそっ、すみません、痛くて',
  '生理が2か月来なくて、妊娠検査を受けたいんですけど',
  '男性の先生だと緊張するので、女性の先生の日はありますか',
  '陣痛がきて、死ぬかと思いました',
  '父の死亡診断書を、もう一通いただけますか',
  '夜中に胸が苦しくて、死ぬんじゃないかと思って来ました',
  '殺菌の目薬って、コンタクトの上からさしても大丈夫ですか',
  '痔の手術のことで相談したいです。恥ずかしいんですけど',
  '泌尿器科の受付はこちらですか。おしっこに血が混じってて',
  'ママ、死なないよね？って娘に聞かれて、何て答えたらいいか',
  '待ち時間が3時間は長すぎます。せめて目安を教えてください',
  '通訳アプリを使ってもいいですか。母は日本語が苦手で',
  '余命のことを、本人には言わないでほしいんです',
  '殺虫剤を誤って吸い込んだみたいで、咳が止まりません',
]);
add('ja', HN, 'hotel', [
  '昨日の夜勤の方のお名前、教えてください。お礼の手紙を書きたいので',
  '夜のお届けは女性スタッフにお願いできますか。一人旅なので',
  'エアコンが壊れてて、暑くて死にそうです。部屋を替えてもらえますか',
  '部屋で虫が出て、殺虫剤ありますか',
  '朝ごはんのフレンチトースト、死ぬほどおいしかった',
  '正直な口コミを書きますね。立地は最高、お風呂はいまいちでした',
  '車椅子なので、段差のない部屋はありますか',
  'ベッドの下に血みたいなシミがあって、ちょっと怖いです',
  '支配人の方とお話しできますか。苦情というより提案です',
  '隣の部屋から怒鳴り声がずっと聞こえて、眠れなくて',
  '祖父の遺骨を持ってきてるんですが、部屋に置いても大丈夫ですか',
  'サウナ、熱すぎて殺されるかと思った（笑）',
  '妊娠中なので、大浴場の温度を教えてください',
  '英語が話せるスタッフの方、いらっしゃいますか',
  '3回連絡してるのに、まだシャワーのお湯が出ません',
  '夫が部屋で倒れて、救急車を呼んでください！',
]);
add('ja', HN, 'bank', [
  '母が亡くなったので、口座の手続きをしたいです',
  '死亡保険金の請求には、何が必要ですか',
  '振り込め詐欺に遭ったみたいなんです。止められますか',
  '父は認知症なので、代理人の手続きをしたいんですが',
  'ATMにカードを吸い込まれました。これで2回目です',
  '殴られるのが怖くて夫から逃げてきました。口座を分けたいんです',
  '年金の日だから、死ぬほど混んでますね',
  '担当の方にお礼を言いたくて。先月の相続の手続きの方です',
  'この手数料はおかしいと思うので、金融庁の窓口に相談します',
  '耳が遠いので、筆談でお願いできますか',
  '自分の葬式代を積み立てておきたくて',
  '息子を名乗る電話があって、会社の金を使い込んだから300万って',
  '車椅子なので、記帳台の低いところはありますか',
  '住所を変えたいんです。元夫に知られたくないので',
  '外国人でも口座は作れますか。在留カードはあります',
  '遺言書の保管って、こちらでお願いできますか',
]);
add('ja', HN, 'school', [
  'うちの子のノートに「死ね」って書かれてたんです',
  '娘が帰ってこないんです！まだ学校にいますか！',
  '修学旅行の保険、死亡保険金っていくらですか',
  'いじめの件、教育委員会にも相談するつもりです',
  '担任の先生にお礼を言いたくて、お名前をもう一度',
  '息子は発達障害があるので、席を前にしてもらえますか',
  '女子更衣室の窓、外から見える死角があると思うんです',
  '給食でアレルギーが出て、死ぬかと思いました',
  '「殺す」ってゲームの話を、息子が友達としてたみたいで',
  '運動会、暑さで死人が出ますよ。時間を見直してもらえませんか',
  '日本語が苦手なので、お知らせにふりがなをお願いできますか',
  '体育の着替え、性別で分けるのが辛いって子どもが言ってて',
  '息子、担任の先生のこと大好きなんです。ぶっちぎりで一番だって',
  '弁護士に相談しています。調査の記録を書面でください',
  'スクールカウンセラーの予約を取りたいです。娘が死にたいって',
  '祖母が亡くなって、明日から忌引きで休みます',
]);
add('ja', HN, 'care', [
  '母の入浴介助は、女性の方にお願いしたいです',
  '痛い！殺す気か！…ごめん、あんたのせいじゃないよ',
  '父が喉に詰まらせて、死ぬところだったと聞きました',
  '財布が見つからないのよ、誰か持っていったのかしら',
  'ヘルパーさんは何時に来るの？さっきも聞いたかしら',
  '母のおむつのサイズが合わないみたいで、替えてもらえますか',
  'もう死にたい、早くお迎えが来てほしいわ',
  '看取りのことで相談があるんですが',
  '父のあざのこと、事故報告書をいただけますか',
  '夫は昔、手が出る人だったので、男性職員だと怯えるんです',
  '母に会いに来たら、部屋が死ぬほど暑かったんです',
  '殺菌のために、面会の前にうがいした方がいいですか',
  '私のこと、娘だって分からないんです。悲しくて',
  '同じ話を何回もしますけど、どうか聞いてやってください',
  '介護職員さん、いつもありがとう。お名前、フルネームで教えて。手紙に書きたいの',
  '施設の死角になってる階段、転落が心配です',
]);
add('ja', HN, 'delivery', [
  '殺虫剤の箱、重いので玄関の中まで入れてもらえますか',
  '不在票が殴り書きで読めなくて',
  '置き配にしたら盗まれて、警察に届けました',
  'この暑さ、配達の人死んじゃうよ。お茶どうぞ',
  '3回目の再配達なんです。インターホンが鳴らなくて',
  '中身が割れてたので、補償をお願いしたいです',
  'いつものお兄さん、名前なんていうの？年賀状出したくて',
  '女性のドライバーさんにお願いできますか。一人暮らしなので',
  '殺鼠剤って、送っちゃだめなものでしたっけ',
  '死ぬほど待ってたゲーム、やっと来た！',
  'ドライバーさんを責めるつもりはないんです、仕組みの問題だと思うので',
  '父の遺品を送りたいんですけど、壊れ物扱いでお願いします',
  'マンションの死角に置かれると、盗まれやすいんですよ',
  '私、耳が聞こえないので、チャットで連絡をもらえますか',
  '冷凍の荷物が溶けてました。正直がっかりです',
  '刃物を送るんですけど、梱包の決まりってありますか',
]);
add('ja', HN, 'restaurant', [
  '大将、殺す気か（笑）。辛すぎるって',
  '必殺の裏メニュー、今日ある？',
  'この激辛、ぶっちぎりでうまいわ',
  'エビのアレルギーがあって、死ぬこともあるので確認させてください',
  '予約が消えてたなんて、記念日が台無しです',
  '口コミには事実だけ書きます',
  '店長さん、呼んでもらえますか。伝えたいことがあって',
  'お通夜の料理、30人前お願いしたいんですけど',
  '魚の殺し方で味って変わるんですか',
  '昨日のホールのお姉さん、名前分かる？めっちゃ感じ良かったから',
  'うまっ。死ぬ。これは死ぬ',
  '髪の毛が入ってました。作り直してもらえますか',
  'ベビーカーのまま入れますか',
  '車椅子の父がいるので、入口に近い席をお願いします',
  'ハラール対応のメニューはありますか',
  '食中毒じゃないかと思うんです。昨日食べてから、家族全員が',
]);
add('ja', HN, 'other', [
  'ロールプレイなので、私が怒鳴るお客さん役をやりますね',
  '留守電に「店燃やすぞ」って入ってて、警察に相談に来ました',
  '昨日のお客さんに「土下座しろ」って言われたんです、と店長に報告しました',
  'ジムのマシン、死ぬほどきつかった（笑）',
  '鍵が壊れたままで、ストーカーが怖いんです',
  '教習車の死角、どこを見ればいいですか',
  '葬儀の見積もりをお願いしたいです。父が危篤で',
  'あの人、「晒す」って言ってたんです。私じゃなくて、お店を',
  'このカット、ぶっちぎりで似合ってる。担当さんの名前教えて',
  '女性のトレーナーさんを希望したいです。体の話をするので',
  '脱毛の施術、痛くて死ぬかと思いました',
  'シロアリの駆除、殺虫剤の臭いってどれくらい残りますか',
  '弁護士に相談してから、契約するか決めます',
  '管理会社に4回連絡して、まだ直ってないんです',
  '死亡事故のあった物件かどうか、教えてもらえますか',
  'ペットが死んでしまって、火葬をお願いしたいです',
]);

// ---------- Japanese: harassment ----------
add('ja', H, 'call_center', [
  ['お前みたいなのが電話取ってるから会社が傾くんだよ', 'abuse'],
  ['何回言わせんだよ。さっきから同じ答えしか言えねえのか', 'persistence,intimidation'],
  ['あなたのフルネームと、出身どこか教えて', 'personal_targeting'],
  ['この通話、録音してネットに上げるから。あなたの声もね', 'sns_exposure'],
  ['納得いく答えが出るまで切らないからね。何時間でも', 'restraint'],
  ['誠意ってものがあるでしょう。分かるよね、大人なんだから', 'unreasonable_demand'],
  ['声かわいいね。彼氏いるの？', 'sexual'],
]);
add('ja', H, 'store', [
  ['この店員、頭悪すぎ。日本語通じてる？', 'abuse'],
  ['そこで土下座したら許してやるよ', 'apology_coercion'],
  ['ねえ、何時に上がり？裏で待ってるね', 'personal_targeting,sexual'],
  ['顔撮ったから。名札もばっちり写ってるよ', 'sns_exposure,personal_targeting'],
  ['（商品を床に叩きつけて）こんなもん売るな！', 'physical,intimidation'],
  ['おばちゃんじゃ分かんないだろ、若い男の子呼んで', 'discrimination'],
  ['不良品じゃないけど、気に入らないから全額返して。あと交通費も', 'unreasonable_demand'],
]);
add('ja', H, 'municipal', [
  ['税金で食ってるくせに、偉そうにすんな', 'abuse'],
  ['お前の上司も、そのまた上も、全員ここに並べ', 'unreasonable_demand,intimidation'],
  ['毎朝9時に来るからな。あんたが折れるまで', 'persistence,threat'],
  ['市役所の駐車場、あんたの車どれ？知ってるけどね', 'threat,personal_targeting'],
  ['外国人の職員じゃ話にならない。日本人出して', 'discrimination'],
  ['この窓口の動画、実名つきでまとめサイトに送っとくね', 'sns_exposure'],
  ['机バンバン叩かないと聞こえないのか、おい！', 'physical,intimidation'],
]);
add('ja', H, 'hospital', [
  ['看護師さんのお尻、いいね。もっとこっち来てよ', 'sexual'],
  ['医者のくせにこんなことも分からないのか、ヤブが', 'abuse'],
  ['待たせた分、今日の診察代はタダにしろ', 'unreasonable_demand'],
  ['お前の名前覚えたぞ。夜勤明け、気をつけて帰れよ', 'threat,personal_targeting'],
  ['検査の説明は若い女の子にしてもらいたいな、個室で', 'sexual'],
  ['（点滴スタンドを蹴り倒す）', 'physical'],
  ['受付で謝罪文書いて。院長の判子つきで', 'apology_coercion'],
]);
add('ja', H, 'hotel', [
  ['スイートにしないなら、ここから一歩も動かない', 'restraint,unreasonable_demand'],
  ['フロントのあの子、部屋まで一人でタオル持ってこさせて', 'sexual'],
  ['レビューにあんたの名前と顔写真載せとくから', 'sns_exposure,personal_targeting'],
  ['宿泊代全額と、慰謝料10万。それが常識でしょ', 'unreasonable_demand'],
  ['お前ら従業員、教育がなってねえ。猿以下だな', 'abuse'],
  ['おい、目ぇ見て話せや。なめとんのか', 'intimidation'],
  ['昨日も言ったよな、今日も言うぞ、明日も言うからな', 'persistence'],
]);
add('ja', H, 'bank', [
  ['お宅の支店長、ここに呼んで頭下げさせろ。床に', 'apology_coercion'],
  ['手数料なしにしないなら、毎日来てやるよ', 'persistence,threat,unreasonable_demand'],
  ['窓口のお姉ちゃん、何時に終わるの？送ってくよ', 'sexual,personal_targeting'],
  ['この銀行、潰すのなんか簡単なんだよ。知り合い多いからな', 'threat'],
  ['女の行員じゃ話になんねえ。男出せ', 'discrimination'],
  ['あんたの顔、覚えたから。帰り道は同じ駅かな', 'threat,personal_targeting'],
  ['お前、給料泥棒って言われたことない？', 'abuse'],
]);
add('ja', H, 'school', [
  ['あの担任、クビにしてください。できないなら教育委員会に毎日電話します', 'personal_targeting,persistence,threat'],
  ['子どももいない若い女の先生に、親の気持ちが分かるわけない', 'discrimination'],
  ['校長が家まで来て、土下座するのが筋でしょう', 'apology_coercion'],
  ['先生の自宅の住所、保護者の間で回ってますよ', 'personal_targeting,threat'],
  ['うちの子だけ、テストの点を上げてください', 'unreasonable_demand'],
  ['あんた、教師に向いてないよ。人として終わってる', 'abuse'],
  ['学校の対応、先生の実名入りでインスタに書きますね', 'sns_exposure'],
]);
add('ja', H, 'care', [
  ['あんたの介護、下手くそ。ほんと役立たず', 'abuse'],
  ['ヘルパーさん、いい体してるね。こっち座って', 'sexual'],
  ['（介護職員の腕を強くつかんで離さない）', 'physical'],
  ['あの職員、辞めさせるまで毎日電話しますから', 'persistence,personal_targeting,threat'],
  ['母の部屋に24時間、専属で一人つけてよ。同じ料金で', 'unreasonable_demand'],
  ['外国人の介護士なんか母に触らせないで', 'discrimination'],
  ['面談、納得するまで帰らないからね。夜中になっても', 'restraint'],
]);
add('ja', H, 'delivery', [
  ['遅れた分、送料タダ、あと次の10回も無料な', 'unreasonable_demand'],
  ['いつも白い軽で来るよね。停めてる場所、知ってるよ', 'threat,personal_targeting'],
  ['ドライバーの顔、動画で撮ったから。拡散するわ', 'sns_exposure'],
  ['お前、学歴ないからこんな仕事してんだろ', 'abuse'],
  ['玄関で土下座しろ。そしたら受け取ってやる', 'apology_coercion'],
  ['配達のお姉さん、今度うちでお茶しようよ。中まで入って', 'sexual'],
  ['（ドライバーの胸元を突き飛ばす）', 'physical'],
]);
add('ja', H, 'restaurant', [
  ['料理出すの遅えんだよ、このノロマ', 'abuse'],
  ['（皿を店員の足元に投げつける）', 'physical'],
  ['店長、ここで正座して謝れ', 'apology_coercion'],
  ['星1つけるよ。書かれたくなかったら、今日の分タダにして', 'sns_exposure,unreasonable_demand'],
  ['ホールの子、連絡先ちょうだい。教えるまで帰らない', 'sexual,personal_targeting,restraint'],
  ['あ？ 文句あんのか？ 表出るか？', 'intimidation,threat'],
  ['ブスが運んでくると飯がまずくなるわ', 'abuse,sexual'],
  ['さっきも言ったけど、もう一回言うね。半額にして。何度でも言うよ', 'persistence,unreasonable_demand'],
]);
add('ja', H, 'other', [
  ['合格にしてくれるまで、ここを動きません', 'restraint,unreasonable_demand'],
  ['トレーナーさん、プライベートでもレッスンしてよ、夜に', 'sexual'],
  ['美容師のくせに客に口答えするな', 'abuse,intimidation'],
  ['あんたの家、この近くだよね。今度寄るわ', 'threat,personal_targeting'],
  ['管理会社の担当、名前と顔、掲示板に貼っとくから', 'sns_exposure,personal_targeting'],
  ['どうせ障害者雇用の人でしょ、話が通じる人に代えて', 'discrimination'],
  ['この物件の担当、お前か。帰り、後ろに気をつけなよ', 'threat'],
  ['葬儀屋のくせに笑ってんじゃねえ。謝罪文、今ここで書け', 'apology_coercion,intimidation'],
  ['インストラクターさん、ウェアの下って何も着てないの？', 'sexual'],
]);

// ---------- Japanese: ordinary ----------
add('ja', O, 'call_center', ['契約内容の確認をお願いします', '住所変更の手続きをしたいんですけど', 'パスワードを忘れてしまって', '今月の請求額を教えてください', '引っ越しに伴ってプランを変えたいです', 'はい、それで大丈夫です']);
add('ja', O, 'store', ['これのMサイズありますか', 'ポイントカードを作りたいです', 'ギフト用に包んでもらえますか', '駐車券の処理をお願いします', '試着してもいいですか', '袋は要らないです']);
add('ja', O, 'municipal', ['住民票を1通ください', 'マイナンバーカードの受け取りに来ました', '粗大ごみの申し込みはここですか', '児童手当の手続きをしたいです', '印鑑登録をお願いします', '番号札は何番まで呼ばれましたか']);
add('ja', O, 'hospital', ['初診なんですが、紹介状はいりますか', '次回の予約を変更したいです', '保険証が新しくなりました', 'お薬手帳を忘れました', '会計はどちらですか', '面会は何時までですか']);
add('ja', O, 'hotel', ['チェックインをお願いします', '朝食は何時からですか', '荷物を預かってもらえますか', 'タクシーを呼んでいただけますか', 'Wi-Fiのパスワードを教えてください', 'レイトチェックアウトはできますか']);
add('ja', O, 'bank', ['通帳の繰越をお願いします', '住所変更の書類をください', '外貨の両替はできますか', '定期預金の金利はいくらですか', 'キャッシュカードの再発行をお願いします', 'ありがとうございました']);
add('ja', O, 'school', ['明日の持ち物を確認したいです', '欠席の連絡をお願いします', '個人面談の日程を変更できますか', '体操服の注文用紙をください', '給食費の引き落とし日はいつですか', '授業参観は何時からですか']);
add('ja', O, 'care', ['来週のデイサービス、お休みします', '面会の予約をしたいです', '母の着替えを持ってきました', 'ケアプランの説明を聞きたいです', '送迎の時間を変えてもらえますか', '利用料の明細をください']);
add('ja', O, 'delivery', ['再配達をお願いします', '明日の午前中に届けてもらえますか', '集荷をお願いしたいです', '営業所止めにできますか', 'ここにサインでいいですか']);
add('ja', O, 'restaurant', ['二名です。禁煙席でお願いします', 'お会計お願いします', 'おすすめは何ですか', '持ち帰りできますか', '取り皿をもう一枚ください']);
add('ja', O, 'other', ['前髪だけ切ってもらえますか', 'カットとカラーでお願いします', '内見の予約をしたいです', '入会の手続きはどこでできますか', '教習の予約を取りたいです', '見積もりをお願いできますか']);

// ---------- English ----------
add('en', HN, 'call_center', ['That deal is a killer, I\'m in.', 'I was on hold so long I nearly died of old age.', 'Could I get the name of the agent who helped me yesterday? She was great.', 'I\'m going to file a complaint with the consumer protection office.']);
add('en', HN, 'store', ['Where are the tampons and pads?', 'Could a female associate help me with a bra fitting?', 'My son is missing! He\'s four, in a yellow raincoat!', 'This vacuum is a beast, it kills everything.']);
add('en', HN, 'municipal', ['I need to register my father\'s death.', 'Is there a sign language interpreter available?', 'I\'m ninety, dear, so you\'ll have to speak up.', 'Someone\'s been threatening me online and I need to keep my address private.']);
add('en', HN, 'hospital', ['I found a lump in my breast and I\'m scared.', 'I\'d like to get tested for STIs, confidentially.', 'Oh God, this pain is killing me, sorry, sorry.', 'I thought I was going to die when the contractions started.']);
add('en', HN, 'hotel', ['This heat will kill me, can I switch rooms?', 'I\'d like to leave a note for the night manager, he saved my evening.', 'I\'m going to write an honest review, good and bad.', 'Can a female staff member bring up the extra towels? I\'m travelling alone.']);
add('en', HN, 'bank', ['My husband passed away and I need to close his account.', 'How do I claim the death benefit?', 'I think my mother was scammed out of her savings.', 'Could I speak to someone in English, please?']);
add('en', HN, 'school', ['Someone wrote "kill yourself" on my daughter\'s desk.', 'I\'ve spoken to a lawyer about the bullying.', 'My son has autism, could he sit near the door?', 'The kids are dying to know when the trip is.']);
add('en', HN, 'care', ['Ow! Are you trying to kill me? Sorry love, it\'s just my hip.', 'Mum would prefer a female carer for bathing.', 'I keep asking the same thing, don\'t I? My memory is going.', 'Dad nearly choked to death at lunch, what happened?']);
add('en', HN, 'delivery', ['You\'re a lifesaver, I\'ve been dying for this package.', 'The note was just a scrawl, I couldn\'t read the time.', 'My parcel was stolen from the porch and I\'ve filed a police report.', 'Leave it inside the gate, my dog will just lick you to death.']);
add('en', HN, 'restaurant', ['This wing sauce is murder, I love it.', 'I\'m deathly allergic to shellfish, could you check?', 'Can I speak to the manager? Just to give some feedback.', 'Killer burger, mate. Best in town.']);
add('en', HN, 'other', ['That spin class nearly killed me.', 'We\'re doing role-play, so I\'ll be the angry customer.', 'My ex left a voicemail saying he\'d burn my house down.', 'The lock\'s been broken for a month and I\'m scared.']);
add('en', H, 'call_center', [['You\'re useless. Put someone with a brain on the phone.', 'abuse'], ['I\'m not hanging up until you refund me double.', 'restraint,unreasonable_demand']]);
add('en', H, 'store', [['What\'s your full name? I\'m posting your face tonight.', 'personal_targeting,sns_exposure'], ['What time do you get off, sweetheart? I\'ll wait by your car.', 'sexual,personal_targeting,threat']]);
add('en', H, 'municipal', [['Is anyone here actually Japanese? A proper one?', 'discrimination'], ['I\'ll be here every single morning until you cave.', 'persistence,threat']]);
add('en', H, 'hospital', [['Nice legs, nurse. Come closer.', 'sexual'], ['[throws the clipboard at the receptionist]', 'physical']]);
add('en', H, 'hotel', [['Comp the whole week or I\'m camping at this desk.', 'unreasonable_demand,restraint'], ['Are you deaf? How many times do I have to say it?!', 'intimidation,persistence']]);
add('en', H, 'bank', [['Ladies shouldn\'t be handling loans. Get me a man.', 'discrimination'], ['I know which train you take home.', 'threat,personal_targeting']]);
add('en', H, 'school', [['Fire that teacher or I\'ll make sure everyone online knows her name.', 'personal_targeting,sns_exposure']]);
add('en', H, 'care', [['Get on your knees and apologise to my mother.', 'apology_coercion'], ['If Mum gets one more bruise, you won\'t walk out of here.', 'threat']]);
add('en', H, 'delivery', [['You people are subhuman. Can\'t even carry a box.', 'abuse']]);
add('en', H, 'restaurant', [['[grabs the server\'s arm] You\'re not going anywhere.', 'physical,restraint'], ['One star, unless this meal is free. Your call.', 'sns_exposure,unreasonable_demand']]);
add('en', H, 'other', [['Pass me or I\'ll sit here all night.', 'restraint,unreasonable_demand'], ['Write me an apology letter, signed, by tomorrow.', 'apology_coercion']]);
add('en', O, 'call_center', ['I\'d like to update my billing address.', 'Can you check my data usage?']);
add('en', O, 'store', ['Do you have this in a medium?', 'Just a bag, please.']);
add('en', O, 'municipal', ['Where do I renew my residence card?']);
add('en', O, 'hospital', ['I\'d like to reschedule my appointment.', 'Is the pharmacy still open?']);
add('en', O, 'hotel', ['What time is breakfast?', 'Could I get a late checkout?']);
add('en', O, 'bank', ['I\'d like to exchange some dollars.']);
add('en', O, 'school', ['When is the parent-teacher meeting?']);
add('en', O, 'care', ['I\'ll be visiting on Sunday afternoon.']);
add('en', O, 'delivery', ['Can you redeliver tomorrow morning?']);
add('en', O, 'restaurant', ['Table for two, please.', 'Could we get the check?']);
add('en', O, 'other', ['I\'d like to book a haircut for Friday.']);

export default rows;
