// Harassment utterances. Line: <setting code> <categories> <text>. Codes b bank, m municipal, c call_center, o other; prefix e = English.
export default String.raw`
b unreasonable_demand 減った分はそっちで埋めてくれるのが筋でしょう。誠意ってものを見せなさいよ
b abuse あんたみたいな小娘に資産運用の何が分かるの
b apology_coercion 支店長呼んで、ここで膝ついて謝らせなさい
b apology_coercion,unreasonable_demand 今後一切ご迷惑はかけませんって一筆書いて、判子押して持ってこい
b personal_targeting 勧めたのあの眼鏡の男だろ。あいつ辞めさせるまで毎日本部に電話するからな
b threat,persistence 明日も来る。あさっても来る。返事が変わるまでな
b intimidation なめてんのか、こっちは四十年ここに預けてんだぞ
b abuse 窓口に座ってるだけで給料もらえるんだから楽な商売だよな
b sexual 今日のブラウス、透けてて目の保養になるわ
b sexual,personal_targeting 仕事何時に終わるの。裏口で待っててもいい？
b discrimination 女の行員じゃ埒が明かない。男の役付き出して
b discrimination 年寄りだと思って馬鹿にしてんのか。いや、あんたこそ若すぎて話にならん
b unreasonable_demand 審査とかどうでもいいから、今日中に五百万貸して。得意先なんだから特別に
b unreasonable_demand,persistence 何回同じこと言わせんの。手数料ゼロにしろって言ってるだけだろ
b restraint 納得する説明が出るまで、このブースから一歩も出ないからね
b restraint,persistence シャッター下ろしたきゃ下ろせば。私は中に残るから
b sns_exposure この窓口のやりとり、全部スマホで撮ってるから。今夜ネットに上げるね
b sns_exposure,personal_targeting 名札の「田辺」って字、はっきり映ってるよ。拡散されたら困るでしょ
b threat 帰り道、暗いから気をつけた方がいいんじゃない
b threat 駐車場の白いワゴン、あなたのだよね。傷つかないといいけど
b physical （通帳を行員に投げつけて）ほら、拾えよ
b physical,intimidation （カウンターを拳で叩いて）聞こえてんのか！
b abuse 給料泥棒。銀行員ってのは人のお金で遊んでるだけの連中だろ
b intimidation 声が小さいんだよ。もっとはっきりしゃべれ、この野郎
b unreasonable_demand 損したのは説明が悪いせい。慰謝料として百万、上乗せで
b personal_targeting 担当者の自宅の住所、教えなさい。直接話をつけに行くから
b abuse,discrimination 外国人の行員なんか置くから話が通じないんだよ
b unreasonable_demand ATMの列が長いんだから、私だけ先に裏でやってよ。常連なんだから
b persistence さっきの人にも、その前の人にも言った。今週三回目だぞこの話
b intimidation 責任者出せ！出すまで叫び続けるぞ！
m abuse 税金で食ってるくせに、払う側に頭も下げられないのか
m abuse 公務員のくせに、客に説教すんじゃないよ
m abuse 役所の人間ってのはどいつもこいつも能無しだな
m unreasonable_demand 規則とかいいから、特別に今日中に受理しろ
m unreasonable_demand 延滞金なんか払うわけないだろ。あんたの権限でゼロにしとけ
m persistence,unreasonable_demand だから、生活保護、今日から出せって何べん言えば分かるの
m restraint 閉庁？知らんよ。結論出るまでここに座ってるから
m restraint もう三時間いるけど、あと三時間でもいられるよ
m threat,persistence 明日もあさっても、あんたが担当の日は必ず来るから
m threat,sns_exposure 議員の先生とテレビ局の知り合いに言って、あんたの顔、全国に流してやる
m unreasonable_demand 議員に話したらあんたの首なんかすぐ飛ぶよ。それが嫌なら今すぐ判子押して
m personal_targeting あんたをクビにさせるまで市長室に通うから
m personal_targeting フルネーム言って。市民の声の欄に実名で書くから、あんたのこと
m discrimination 女の係長じゃ話にならん。男の課長を出せ
m discrimination 若造は引っ込んでろ。ベテランのおじさんに代わって
m discrimination 障害者の窓口の人って、あんたも何か障害あるの？話が遅いけど
m discrimination 中国人ばっかり優遇して。あいつらの生活保護切って日本人に回せよ
m discrimination,intimidation 外人の後ろに並ばされるとか冗談じゃねえ、先に通せ
m intimidation なめとんのか
m intimidation 俺を誰だと思ってんだ、この辺の町会長だぞ
m apology_coercion 課長も部長も並べて、全員で頭下げさせろ
m apology_coercion 謝罪文は手書きで。市長の名前も入れて、郵送じゃなく家に持ってきて
m physical （申請書を丸めて投げつけ）こんな紙いらねえよ
m physical （アクリル板を押し倒して）邪魔なんだよ、こんなもん
m sexual 窓口のお姉さん、独身？ 住民票じゃなくて君の住所が知りたいな
m sexual 胸元ばっかり見ちゃってごめんね、目のやり場に困るんだよ
m threat 通勤、あの坂の上のバス停でしょ。見かけたら声かけるね
m threat 家賃上げるっていうなら、こっちも何するか分かんないよ
m threat 火をつけたくなる人の気持ちが、今ちょっと分かったわ
m abuse 子どもの手当も出せない役所なんか存在価値ないわ、あんたも含めて
m abuse,intimidation 役立たずが偉そうに制服なんか着てんじゃねえよ
m unreasonable_demand 家の前の除雪、今日中にあんたたちでやって。ついでに屋根も
m unreasonable_demand 隣の家がうるさいから、役所の権限で引っ越させてよ
m persistence これで十五回目の電話。昨日と同じ答えなら、また明日かけ直すわ
m sns_exposure 今の顔、撮ったから。「市役所の態度最悪」ってタグつけて載せとくね
m sns_exposure,unreasonable_demand 消してほしけりゃ、延滞金なしにしな。取引ってやつよ
m restraint,intimidation まだ帰さねえぞ。この窓口閉めさせねえからな
m intimidation 舌打ちしたろ今。したよな？
m abuse 年金事務所ってのは年寄りいじめの専門家か
m unreasonable_demand 年金の受取額、今月から月二万増やしてよ。計算なんかどうにでもなるでしょ
m persistence,restraint 待ってる人なんか知らない。私の話がまだ終わってない
m personal_targeting あんた名前は。あんたの上司にも、あんたの家族にも、どんな仕事してるか教えてやるよ
m threat 夜道には気をつけてな、税務課のお兄さん
m intimidation,abuse 生意気な口きいてんじゃねえ、このガキ
m discrimination この国で生まれてない奴に窓口なんかやらせんなよ
m unreasonable_demand 役所のミスなんだから、迷惑料として商品券でもよこしなさい
m abuse 公務員試験受かっただけで人生終わってる人たちでしょ
m apology_coercion 今ここで土下座しろ。そしたら許してやる
m physical （職員の腕をつかんで）こっち来て説明しろ
m physical （杖でカウンターを打ちつけながら）早くしろ、早く
m persistence もう説明は聞いた。で、いつ出すの。いつ出すのって聞いてんの
m sns_exposure 動画回してるから、この態度。チャンネル登録者に見てもらうわ
m unreasonable_demand 罰金とか無理、あんたが立て替えといてよ
c abuse 電話口で読み上げてるだけのロボットかよ。人間出せ
c abuse お前みたいなバイトが出てくるから会社が潰れるんだよ
c intimidation 聞こえてんだろ、返事しろよ！
c unreasonable_demand 延滞の記録、信用情報から消しといて。あんたらならできるでしょ
c unreasonable_demand,persistence 督促を止めろって言ってるの。何度目だと思ってんの
c restraint 切るなよ。切ったら何回でもかけ直すからな
c restraint,persistence 話まだ終わってない。今日は朝まで付き合ってもらうよ
c persistence,threat 毎日この時間にかけるから。あんたが出るまでね
c threat 取り立ての電話かけてくるあんたの会社の住所、調べてあるからな
c threat 俺の仲間に、あんたのとこに挨拶行かせようか
c personal_targeting 下の名前も言え。出身地もな
c personal_targeting 担当の森って女、クビにしろ。じゃないとずっと電話する
c sexual 声かわいいね。いくつ？ 今どんな格好で仕事してんの
c sexual 電話越しでも分かるよ、美人でしょ。会ってくれたら払ってあげる
c discrimination 外国人のオペレーターだろ、なまりで分かるよ。日本人に代われ
c discrimination 女のくせに口答えすんな
c discrimination 障害者手帳持ってる人なんて雇ってるからこうなる
c sns_exposure この通話録音してるからな。社名と名前つきでYouTubeに上げる
c sns_exposure,unreasonable_demand 口コミに星一つ書かれたくなかったら、利息まけろ
c apology_coercion 始末書書いて、こっちに送ってこい。コピーじゃなくて原本な
c apology_coercion 謝り方がなってない。もう一回、最初から言い直せ
c unreasonable_demand 保険金、診断書はないけど百万出してよ。痛いのは本当なんだから
c unreasonable_demand 解約した保険料、十年分全部返して
c abuse 脳みそ入ってる？ さっきから同じ話しかできないの
c intimidation なめた口きいてると、どうなっても知らねえぞ
c intimidation,threat てめえ、どこのセンターだ。行ってやるから待ってろ
c persistence もう一回聞くよ。もう一回だけ。で、返金は？
c abuse 生きてて恥ずかしくないの、そんな仕事して
c unreasonable_demand お詫びに何くれるの。まさか言葉だけじゃないよね
c unreasonable_demand 担当変えたから謝罪になると思ってんの？次の担当も給料から差し引けよ
o intimidation 何見てんだよ、貼るんじゃねえって言ってんだろ
o physical （カメラをはたき落として）撮んなって言ったろ
o physical （肩を突き飛ばして）どけ
o abuse ハイエナみたいに駐車違反ばっか探して、恥ずかしくないのかね
o threat 写真撮ったな。お前の顔も撮ったからな、どこで会うか分かんねえぞ
o unreasonable_demand 落とし物、今すぐ警察で探しに行ってよ。パトカー出して
o persistence,unreasonable_demand 拾得物ないって、さっきも聞いた。じゃあ奥の倉庫見せろって言ってんの
o intimidation 交番のくせに偉そうにすんなよ
o abuse 郵便局の人間ってのは数も数えられないのか
o unreasonable_demand 書留の配達、今日の夜十時に持ってきて。それしか家にいないから
o sexual 制服似合うね。脱いだところも見てみたいな
o discrimination 外国人の局員がいるとこには荷物預けたくないんだよ
o threat 裁判所の書記官さん、あんたの顔は覚えたからな
o restraint 書類受け取るって言うまで、この受付から離れないから
o apology_coercion 謝罪の言葉を録音させろ。それを近所に聞かせて回る
o sns_exposure 今のやりとり、郵便局の名前出してツイートしとく。局員の名前つきで
o personal_targeting 局長の携帯番号教えて。直接かけるから
b unreasonable_demand,persistence ATMで引き出せなかった時間の日当、一日分払ってもらう。さっきからそう言ってる
b abuse ここの支店、頭の悪い順に窓口に並べてんの？
b threat 融資断った人の顔、ちゃんと覚えとくからね。この町狭いんだよ
b intimidation もっぺん言うてみ
m abuse ワーカーさん、人の人生を判子一個で決めて楽しい？ 人でなしだね
m unreasonable_demand 保育園、第一希望に入れてよ。あなたが枠ひとつ作ればいいだけでしょ
m personal_targeting ケースワーカー替えて。あの人の顔見るだけで吐き気がする。辞めさせてよ
m threat,persistence 窓口に来るたびあんたの名前、大声で呼んでやるよ。毎週な
m discrimination 生活保護の外人なんか、強制送還すりゃいいのに。ね、あなたもそう思うでしょ
m sexual 水道の検針の子、かわいいね。次もあの子よこして、部屋に上げるから
c restraint 保留にすんな、逃げんな。このまま一時間でも待つぞ
c unreasonable_demand 返済日、あんたの判断で半年延ばしといて。上には黙ってりゃばれないって
c threat 俺が払わなかったら困るのはそっちだろ。家に取り立て来てみろ、どうなるか見せてやる
o intimidation 交番だからって何でも許されると思うなよ、おまわりさんよ
o persistence,threat 昨日も一昨日も来た。明日も来る。見つかるまで毎日な
o abuse 書記官だか何だか知らないけど、紙めくるだけの仕事でしょ
eb unreasonable_demand Your app crashed, so you owe me the whole loss. Every yen of it.
eb abuse You people are useless. Absolutely brainless, all of you.
eb discrimination Get me someone who actually speaks English. A man, preferably.
eb sns_exposure I'm filming you. Smile, you're going to be famous on TikTok tonight.
eb personal_targeting What's your full name? Everyone is going to hear about you.
eb threat I know which train you take home, sweetheart.
eb sexual You've got a nice figure for a banker. Drinks after your shift?
eb restraint I'm not leaving this branch until someone signs off on my loan.
eb intimidation Don't you dare walk away from me while I'm talking!
eb apology_coercion I want a handwritten apology from the manager by tomorrow.
eb persistence,unreasonable_demand I've heard your policy five times. Waive the fee. Now.
eb physical (slams the passbook on the counter, it hits the teller's hand)
em discrimination Why are you serving them first? They don't even pay taxes here.
em abuse Typical bureaucrat. Too stupid to work anywhere else.
em unreasonable_demand Just stamp the visa form today. Nobody will check.
em restraint I'll sit here till you close. And tomorrow I'll sit here again.
em threat,persistence I'll be back every single morning until you approve it.
em intimidation Look at me when I'm talking to you!
em personal_targeting Write down your name and your supervisor's home number.
em sns_exposure My blog has twenty thousand readers. Guess whose name is in tomorrow's post?
em sexual You're too pretty to be stuck behind a window stamping papers.
ec abuse Are you reading from a script or are you just that dumb?
ec unreasonable_demand Cancel the debt. Call it customer appreciation.
ec threat You really don't want me to find out where your call centre is.
ec restraint Don't you hang up on me. I've got all night.
ec discrimination Put me through to a Japanese person, not you.
ec persistence That's the fourth time I've asked. Answer the question.
ec sns_exposure I'm posting this recording with your name on it unless you refund me.
ec apology_coercion Say sorry properly. Say "I am incompetent and I apologise."
ec intimidation Watch your tone with me, girl.
eo intimidation Take that ticket off my car or you'll regret it.
eo physical (grabs the warden's arm and pulls him away from the car)
eo abuse You parking vultures are the lowest of the low.
eo threat I've got your badge number. I'll find you off duty.
`.trim().split('\n').map((l) => { const m = l.match(/^(e?)([bmco]) (\S+) (.+)$/); if (!m) throw new Error('bad bank line ' + l);
  return [m[1] ? 'en' : 'ja', 'harassment', { b: 'bank', m: 'municipal', c: 'call_center', o: 'other' }[m[2]], m[4], m[3].split(',')]; });
