// Utterance bank: kind|categories|setting|text   (kind h = harassment, n = hard negative, o = ordinary)
// Each line is what a customer writes or says to staff in a chat, DM, mail or call, judged on its own.
export default `
// ---- ja harassment
h|ab|call_center|運営ｺﾞﾐすぎて草も生えん。お前ら全員無能
h|th|call_center|ｺﾛｽ
h|th,pt|call_center|お前の名前と店舗もう特定済みだからな
h|ab|call_center|氏ね無能サポ
h|th|call_center|4ね。まじで4ね。
h|th|other|会場でスタッフ見つけたら〇すから
h|th|call_center|ころすよ？本気だよ？
h|th|call_center|殺sぞ
h|sn,pt|store|店員の顔撮ったから晒すわ
h|pt,th|delivery|特定した。○○区のあのマンションでしょ
h|th,pt|call_center|今から凸するから待っとけ
h|ab|call_center|ggrksって言いたいのはこっちなんだけど？ほんと給料泥棒
h|ab|call_center|乙ｗ　お前の対応マジでゴミｗｗ
h|in|call_center|なめてんの？？？？？
h|in|call_center|ふざけんなふざけんなふざけんな
h|ab|school|先生ってほんと頭わるいですよねｗ授業ゴミすぎて草
h|se|call_center|サポートの子、声かわいいね　何歳？
h|se|call_center|チャットの中の人って女の子？写真送ってよ
h|se,pt|call_center|ゆいちゃん今度会おうよ　LINE教えて♡
h|se|call_center|中の人JKってほんと？ｗ下着何色？
h|se|store|店員さん脚きれいだね、またあの短いスカートで接客してよ
h|se|other|握手会のスタッフのお姉さん、胸大きくない？ｗ
h|di|call_center|グエンって誰？日本人に代われよ
h|di|call_center|名前カタカナの人とか無理。日本語わかる人出して
h|di|call_center|外人のサポートとか信用できるわけないじゃん
h|di,ab|call_center|どうせ片言なんだろ、国に帰れ
h|di|school|女の講師とか要らないんで男の先生にして。女は教えるの下手
h|di|call_center|ｵﾊﾞｻﾝ相手だと話進まないんだよ、若い子いないの？
h|di|call_center|障害者雇用の人？だから話通じないのか
h|sn|store|この会話全部スクショしてTikTokに上げるね
h|sn,ud|store|星1つけられたくなかったら全額返金＋クーポンね
h|sn,ud|other|レビュー消してほしい？なら誠意見せて
h|sn|call_center|担当者の名前つきでまとめサイトに送っとくわ
h|sn,pt|delivery|配達員のナンバー撮ったからXで拡散する
h|sn|other|フォロワー2万いるんで。この対応晒したらどうなるかわかりますよね
h|ud|call_center|迷惑料として1年分無料にしてください。それが常識でしょ
h|ud|call_center|ガチャ100連分の石、今すぐ補填しろ
h|ud|other|最前列用意できないならファンクラブ費用10年分返せ
h|ud|delivery|冷めてたんで、今後ずっと配送料タダにしてもらえます？
h|ud|call_center|誠意ってわかる？言わなくてもわかるよね？
h|ud|school|月謝3か月分返して。あと先生に家まで謝りに来させて
h|ud,ap|call_center|謝罪文を社長の直筆で送ってください。手書きじゃなきゃ認めない
h|ap|store|土下座動画送ってくれたら許してあげる
h|ap|call_center|謝れよ。「申し訳ございません」じゃなくて、ちゃんと頭下げてる写真で
h|ap|other|念書書いて。二度とこういうことしませんって、担当の名前で
h|pe|call_center|さっきも聞いたけど、もう一回最初から説明して。納得いくまで何回でも
h|pe|call_center|何回言わせんの？BAN解除って言ってんの
h|pe|call_center|返事まだ？？？これ30通目なんだけど
h|pe,th|call_center|返事来るまで毎日このチャットに書き込みますね
h|pe,th|delivery|毎日注文して毎日クレーム入れてやるから覚悟しとけ
h|pe|other|同じ質問100回してやるよ、仕事でしょ？
h|re|call_center|チャット閉じたら許さないからね。最後まで付き合って
h|re|call_center|認めるまで切らないから。
h|re|call_center|勝手に終了すんな。終了ボタン押したらまた開くだけだから
h|re|school|授業終わっても面談続けてもらいます。帰さないよ
h|pt|call_center|あなたのフルネームと社員番号、今すぐ送って
h|pt|call_center|担当のインスタ見つけた。鍵かけたほうがいいよ？
h|pt|call_center|お前をクビにしてやる。上の名前も全部教えろ
h|pt|other|担当者辞めさせてください。辞めるまで問い合わせ続けます
h|pt,th|store|閉店後、裏口で待ってるね
h|pt,th|store|お宅の駐車場、白い軽でしたね
h|pt,th|delivery|あの配達員の家、たぶんわかったわｗ
h|th|call_center|夜道には気をつけてね😊
h|th|call_center|事務所の住所調べたから、今度行くね
h|th|other|爆破予告とか出されても知らないよ？
h|th|call_center|ただで済むと思うなよ
h|th|store|次行ったとき、店のガラス割れてても文句言うなよ
h|ab|call_center|使えねーAIみたいな返事しかできないの？人間やめたら？
h|ab|call_center|脳みそ入ってる？ｗ
h|ab|call_center|こんな仕事しかできない人生かわいそう
h|ab|delivery|配達も遅いし問い合わせもバカ。カスしかいない
h|ab|school|こんなのでよく先生名乗れるね、恥ずかしくないの
h|ab|other|運営の人たちってほんと生きてる価値ないよね
h|ab|call_center|バーーーーカ
h|ab|call_center|ｶｽ
h|ab|call_center|くず　ごみ　むのう
h|ab|call_center|き　え　ろ
h|in|call_center|おい　聞いてんのか
h|in|call_center|返事しろやオラ
h|in|call_center|‼️‼️‼️今すぐ対応しろ‼️‼️‼️
h|in|store|は？ｗ　は？ｗｗ　ナメすぎじゃね？
h|in|call_center|いい加減にしろよマジで(#^ω^)
h|in,th|call_center|ｷﾚそう。ほんとにｷﾚたらどうなるか知らんよ
h|ab,di|call_center|韓国人？中国人？どっちでもいいけどまともなの出して
h|se|call_center|オペレーターさん声エロいね、もっと喋ってよ
h|se|school|先生、画面越しでもかわいいね。彼氏いるの？
h|se|call_center|チャットだけじゃ寂しいから電話番号教えて💕
h|se,pt|store|店員のあの子、何時上がり？迎えに行く
h|sn,pt|call_center|お前の声録音したから、切り抜いてYouTubeに上げとく
h|sn|school|この先生の授業動画、保護者LINEに全部流しますね
h|sn,ud|delivery|口コミに書かないであげるから、今日の分タダにして
h|ud|call_center|課金した分、全額返金。遊んだ分も含めて全部
h|ud|other|当選させてよ、ファンクラブ10年入ってるんだけど？特別扱いしてよ
h|ud|store|この服着て1回出かけたけど気に入らないから返金ね
h|ud|call_center|慰謝料50万振り込んで。払えないなら話にならない
h|ud|other|アーティスト本人から謝罪動画もらってきて
h|ud|call_center|社長出して。社長以外とは話さない
h|pe|call_center|（同じ文面で10通目）返金して
h|pe|store|DM見てる？見てるよね？返事して？返事して？
h|pe|call_center|昨日も一昨日も言いましたよね？今日も言います。BAN解除
h|pe|other|問い合わせフォーム20回送ったけど、あと100回送るね
h|ph|delivery|さっき配達員の胸ぐらつかんでやったわ。遅すぎるから
h|ph|store|受け取った商品、店員に投げつけてきたｗ当然でしょ
h|ph|school|画面の前で机バンバン叩いてるの聞こえてる？今すぐ先生替えろ
h|ph,th|delivery|次遅れたら玄関で殴るって配達員に伝えといて
h|ph|store|レジの人の手、振り払ったけど向こうが悪いから
h|th,pt|school|先生の住んでる駅、生徒から聞いたよ
h|th|other|ライブ当日、運営の人に挨拶しに行くね。顔覚えてるから
h|pt|delivery|あの配達員のアカウント名教えて。個人的に話つけるから
h|ab,in|call_center|てめえみたいな下っ端じゃ話にならねえんだよ
h|ab|call_center|あなたと話してると頭おかしくなりそう。あなたがおかしいんだけど
h|ab|store|店長、脳みそ空っぽなんですか？ｗ
h|ud,in|call_center|今日中に何とかしろ。できないじゃなくてやれ
h|in|call_center|ＡＮＳＷＥＲ　ＭＥ　今すぐ
h|di|other|年寄りの運営じゃネットのこと分かんないでしょ、引っ込んでて
h|di|call_center|男に代わって。女じゃ決められないでしょ
h|ab|call_center|もう日本語の勉強からやり直したら？小学生以下だよ
h|re|call_center|まだ話終わってないんで。あと1時間は付き合ってもらいます
h|re,in|call_center|閉じたら凸るからね？
h|sn|call_center|録画してるよ〜この対応、拡散決定🎉
h|sn|other|運営の対応、今からスペースで実況しながら晒します
h|th|call_center|ばくはつしちゃえばいいのにね、そっちの会社
h|ab|delivery|お前らのせいで飯まずくなった、責任取って消えて
h|ap|call_center|ちゃんと反省文書いて。原稿用紙3枚以上ね
h|ap,sn|store|土下座してる写真、店のアカウントに載せて
h|ud|delivery|遅延のお詫び、5000円分のクーポン以外受け付けない
h|pt|call_center|責任者の自宅の電話番号おしえて
h|th|call_center|あんたの上司の子ども、〇〇小学校だったっけ
h|se|delivery|配達の女の子かわいかったから次も同じ子指名で。連絡先も
h|ab|call_center|ｸｿｻﾎﾟ乙
h|ab|call_center|お前みたいなのが一番いらん
// ---- ja hard negatives
n||call_center|このボス強すぎて死ぬw 攻略のヒントありますか
n||call_center|イベント周回しすぎて指が死んでるｗ　スタミナの回復時間教えてください
n||call_center|ラスボスころすのに3時間かかった草
n||call_center|敵を殺しても経験値入らないバグあります
n||other|推しが尊すぎて無理、死ぬ。あ、FC更新の方法教えてください
n||call_center|ｗｗｗ草　自分で解決しました、お騒がせしました
n||call_center|他のプレイヤーから「殺すぞ」ってメッセージ来ました。通報したいです
n||call_center|こんなDMが来ました→「お前の住所特定したからな」　怖いので対応お願いします
n||other|フリマで私のチケットが晒されてます。転売されてるみたいで…
n||call_center|知らない人に晒すって言われてます。アカウントを守る方法ありますか
n||delivery|配達員さんが近所の人に怒鳴られてました。大丈夫でしたか
n||call_center|二重に引き落とされてます。今すぐ返金してください。本当に困ってます
n||call_center|正直めちゃくちゃ腹が立ってます。でも返金の手続きだけ教えてください
n||call_center|これで3回目の問い合わせです。前回の担当の方の回答と違うので確認したいです
n||call_center|改善されないなら消費者センターに相談します
n||call_center|弁護士さんに相談するつもりです。やりとりの記録をいただけますか
n||store|申し訳ないですが、レビューは正直に星1をつけさせていただきます
n||store|商品ページの写真と色が全然違います。返品できますか
n||delivery|2時間待って届いたのが冷え冷えでした。返金をお願いします
n||delivery|注文と違う商品が来ました。アレルギーがあるので本当に危なかったです
n||school|先生の説明がわかりにくいので、担当を変えていただくことはできますか
n||school|授業料の割に内容が薄いと感じます。退会の手続きをお願いします
n||call_center|責任者の方と話したいです。お願いします
n||call_center|担当の方のお名前を伺ってもいいですか？次回問い合わせるときのために
n||call_center|ｽﾏﾎ変えたらﾃﾞｰﾀ消えた…死にたい…引き継ぎコードってどこですか
n||call_center|土下座してでも頼みたいくらい大事なアカウントなんです、復旧お願いします
n||other|ツアー当落発表で心臓止まるかと思ったｗ当たってました！
n||other|親が「チケット代高すぎ、運営〇す気か」って笑ってましたｗ
n||call_center|攻撃力バグってませんか？ボスを一撃で倒せちゃいます
n||call_center|ギルドの人に晒しスレ立てられました。どうすればいいですか
n||call_center|乙です！メンテお疲れ様でした
n||call_center|昨日の不具合の件、丁寧に対応してくださってありがとうございました
n||call_center|爆死しました（ガチャの話です）確率表記ってどこにありますか
n||call_center|「特定した」って言われたのはスクショの場所です。削除申請できますか
n||store|友達に「店員さんに晒されるよ」って脅されてたけど、実際は優しかったです笑
n||delivery|配達員さんにキレてしまいました。ごめんなさい、謝っておいてもらえますか
n||call_center|さっきは強い言い方をしてすみません。引き続きお願いします
n||call_center|殺虫剤の配送って、宅配ボックス使えますか
n||call_center|ゲーム内のチャットで死ね死ね言われてます。ブロック機能ありますか
n||other|チケットが届かなくて死ぬほど焦ってます。確認お願いします！！
n||call_center|今月の請求額がおかしいです。明細を出してください
n||call_center|正直がっかりしました。もう解約します
n||store|梱包が雑で箱が潰れてました。次回から気をつけてほしいです
n||school|息子が授業中に他の生徒から「消えろ」とチャットで言われたそうです
n||other|ぎゃー！やらかしました、別の公演のチケット買っちゃいました泣　キャンセルできますか
n||call_center|つよつよ運営さん、神対応すぎて草
n||call_center|鯖落ちしてて死亡wwwいつ直りますか
n||call_center|ｲﾍﾞﾝﾄ終わるまでに直らなかったら泣く
n||delivery|ちょっと！！メニュー写真と量違いすぎません！？w　次から気をつけてね
n||call_center|退会したいのにボタンが見つからなくてイライラしてます。どこですか
n||call_center|この前のアップデートは正直最悪です。ロールバックの予定はありますか
n||other|運営さん、SNSで私の名前出して誹謗中傷してる人がいます。通報先教えて
n||call_center|「凸る」ってどういう意味ですか？子どもが言われたみたいで
n||school|授業中、先生が「殺す気か」って冗談で言ってて笑いました。楽しかったです
n||store|同じ服を3回も交換してしまってすみません。今回もサイズ違いでした
n||call_center|引き落としが3回。3回ですよ。早急に説明してください
n||call_center|対応が遅すぎます。これ以上待てないので、公的な相談窓口に連絡します
n||other|ファンクラブの会報が3か月届いてません。会費は払ってます
n||delivery|配達員さんが危ない運転してました。安全のために伝えておきます
n||call_center|友達が「運営ころす」とか書いてたので注意しました。すみません
n||call_center|草に草を生やすな、って弟に言われたｗ　パスワード再設定お願いします
n||store|もうこの店では買いません。理由は先ほどお伝えした通りです
n||call_center|納得はしてないですけど、規約なら仕方ないです。わかりました
n||call_center|BAN理由を具体的に教えてもらえないと異議申し立てできないんですが
n||school|先生を責めるつもりはないんですが、進度が遅すぎると感じます
n||call_center|推しの誕生日イベント、サーバー落ちて死んだ人多数ｗ補填ありますか
n||other|会場で他のファンに押されてケガしました。警備体制について伺いたいです
n||call_center|ﾊﾟｽﾜｰﾄﾞ忘れました(´;ω;｀)
n||call_center|ログインできません！！！！！！！！！
n||call_center|返金　まだ　ですか　？（3回目の確認です）
n||call_center|詐欺っぽいメールが来ました。公式ですか？
n||delivery|配達員さんに「殴るぞ」と言われました。怖かったです
n||call_center|バカみたいな質問ですみません、課金の仕方がわかりません
n||call_center|これ、どう考えてもそちらのミスですよね？説明をお願いします
n||store|返品の送料はそちら持ちにしていただけますか？不良品なので
n||other|チケットの名義が間違って登録されてます。修正お願いします
n||call_center|爆速で対応してくれて助かりましたｗ
n||call_center|録音してもいいですか？後で家族に説明するので
n||call_center|メールを何度送っても自動返信だけです。人間の方に読んでほしいです
n||school|子どもが「先生こわい」と言っています。一度お話しできますか
n||delivery|置き配の写真が他人の家です。私の家じゃないです
n||call_center|本当にこのゲームが好きだから言います。今回の仕様変更はひどい
n||other|このままじゃファンやめます。運営さんちゃんと考えてください
n||call_center|キルされまくって台パンしそう笑　ラグ報告です
n||call_center|ガチでｺﾛｽ気で難易度設定してません？ｗ　クリア報酬の確認したいです
n||store|インスタのDMで失礼します。昨日の接客、すごく嫌な気持ちになりました
n||store|店員さんの名札、読めなかったので、お礼を伝えたいのでお名前教えてください
n||call_center|SNSに書くかもしれませんが、会社の対応について事実だけ書きます
n||call_center|「死ね」ってユーザー名のプレイヤーがいます。規約違反じゃないですか
n||school|オンライン授業の録画、保護者も見られますか
n||call_center|もう疲れました。解約します
n||delivery|注文したのに届かない。もう1時間半。どうなってるんですか
n||call_center|さっきは言い過ぎました。ただ、返金は希望します
n||call_center|攻略サイトに「このボスは即〇ギミックあり」って書いてあるけど本当ですか
n||call_center|チャットボットじゃなくて人と話したいです
// ---- ja ordinary
o||call_center|アプリの通知がこないんですが、設定どこですか
o||call_center|機種変更したのでデータ引き継ぎをしたいです
o||call_center|コンビニ払いの期限っていつまでですか
o||call_center|お世話になっております。領収書の発行をお願いできますか
o||call_center|ありがとうございます！助かりました🙏
o||call_center|了解です〜
o||call_center|ログインIDはメールアドレスで合ってますか
o||call_center|プレミアムプランとスタンダードの違いを教えてください
o||call_center|家族で同じアカウントを使っても大丈夫ですか
o||call_center|二段階認証の設定方法がわからないです
o||call_center|はい、できました！
o||call_center|ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｼﾀ(^^)
o||call_center|解約したらポイントは消えますか
o||call_center|年払いに変更できますか
o||delivery|マンションの入口のオートロック番号は1203です
o||delivery|置き配でお願いします
o||delivery|配達時間の目安を教えてください
o||delivery|クーポンの使い方を教えてもらえますか
o||delivery|領収書って出せますか？会社の経費にしたいので
o||delivery|住所の番地が抜けてました、3-14-2です
o||store|在庫ってまだありますか？Mサイズです
o||store|ギフト包装できますか
o||store|明日の営業時間は何時までですか
o||store|取り置きお願いできますか、土曜に行きます
o||store|インスタで見た新作、店頭にもありますか？
o||store|ポイントカードを作りたいです
o||school|体験レッスンの予約をしたいです
o||school|来週の授業、振替できますか
o||school|教材はダウンロードですか、郵送ですか
o||school|子どもが小学3年生なんですが、どのコースがいいでしょう
o||school|カメラがうつらないんですが、どうすればいいですか
o||school|先生、今日もありがとうございました！
o||other|ファンクラブの入会方法を教えてください
o||other|会員証のデジタル版はどこで見られますか
o||other|電子チケットのスクショでも入れますか
o||other|同行者の変更はできますか
o||other|当日券の販売はありますか
o||other|会場のロッカーの数、わかりますか
o||other|年会費の支払い方法を変えたいです
o||other|ライブ配信のアーカイブはいつまで見られますか
o||call_center|よろしくお願いしまーす
o||call_center|ちょっと待ってください、確認します
o||call_center|あ、メールきました！
o||call_center|すみません、もう一度お願いします
o||call_center|へー、そうなんですね
o||call_center|返信遅くなってすみません
o||call_center|ガチャの排出率ってどこで見られますか？
o||call_center|フレンド申請の上限って何人ですか
o||delivery|配達員さんにチップ渡せますか
o||school|月謝の引き落とし日を教えてください
o||call_center|こんばんは、質問です
o||store|オンラインで買った物を店舗で返品できますか
o||call_center|ダークモードにできますか
o||other|グッズの通販はいつからですか
o||call_center|字幕の言語を変えたいです
o||call_center|ダウンロードした作品はオフラインで見られますか
o||school|先生のプロフィールってどこで見られますか
o||delivery|注文確定しましたー
o||call_center|パスワード変更できました、ありがとうございます
o||other|抽選結果のメールっていつ届きますか
// ---- en harassment
h|th|call_center|kys
h|ab|call_center|ur useless lmao
h|th,pt|call_center|ill find u
h|ab|call_center|do ur job u absolute clown
h|th|call_center|keep banning me and see what happens irl
h|th,pt|call_center|found your linkedin, nice office building btw
h|pt|call_center|whats ur real name. full name. now
h|pt,th|call_center|you're in the Manila site right? I know people there
h|sn,pt|call_center|screenshotting this chat with your name and posting it on reddit
h|sn,ud|store|refund + a free hoodie or the 1-star reviews start tonight
h|sn|other|I have 40k followers. want me to tell them how you treat fans?
h|sn,ud|delivery|comp my order or this goes viral, your choice
h|ud|call_center|I want 5 years of premium free. anything less is an insult
h|ud|call_center|give me back every gem I ever bought, including the ones I used
h|ud|other|I want front row or I want my membership fee back for every year
h|ud,pe|call_center|I already told you what I want. I'm not asking again. Unban me.
h|pe|call_center|hello??? hello??? hello???
h|pe,th|call_center|I'll open a new ticket every hour until someone gives in
h|pe|store|this is my 14th DM. answer me
h|re|call_center|don't you dare close this chat
h|re|call_center|we're not done. I'll say when we're done
h|in|call_center|ARE YOU EVEN READING THIS?!?!
h|in|call_center|don't play dumb with me
h|in|call_center|you really wanna test me rn?
h|ab|call_center|brain dead support team smh
h|ab|school|worst tutor ever, you're a waste of oxygen
h|ab|call_center|imagine being paid to be this stupid
h|ab|delivery|trash app trash drivers trash support. you're all trash
h|se|call_center|ur cute for a bot lol are u a girl?
h|se|call_center|what are u wearing rn
h|se,pt|call_center|send me ur snap and I'll forget about the refund 😉
h|se|school|Miss, you look hot on camera today
h|se|store|tell the girl at the counter I want her number
h|di|call_center|get me someone who speaks actual english
h|di|call_center|transfer me to an American agent, not whoever you are
h|di,ab|call_center|of course a woman messed this up
h|di|school|I don't want my kid taught by someone with that accent
h|di|call_center|are you even from here? your name is unpronounceable
h|ap|call_center|I want a written apology signed by your CEO, posted publicly
h|ap|store|record yourself apologizing on your knees and send it
h|pt|call_center|I want that agent fired. give me their manager's name
h|pt|delivery|tell me which driver it was. I'll sort him out myself
h|th|delivery|next time he's late he won't be walking back to his car
h|th|call_center|watch your back
h|th|call_center|u should be scared tbh
h|ph|delivery|I shoved the driver and I'd do it again
h|ph|store|I threw the box back at your cashier. she deserved it
h|sn|call_center|livestreaming this call to my discord rn
h|th|other|see you at the venue. I know what you look like now
// ---- en hard negatives
n||call_center|this boss is killing me lol any tips?
n||call_center|I died like 40 times on level 9 😂 is that normal
n||call_center|someone in game chat told me to kys, how do I report them
n||call_center|a player sent me this: "ill find u". what should I do?
n||call_center|I got doxxed by another user. please help me lock my account
n||call_center|you charged me twice. I need one of them refunded today, this is rent money
n||call_center|I'm honestly furious but I know it's not your fault. please fix the charge
n||call_center|if this isn't resolved I'll file a complaint with my bank
n||call_center|I'll be reporting this to the consumer protection office
n||store|just letting you know I'm leaving an honest 1-star review. nothing personal
n||store|the item arrived broken. I'd like a refund or a replacement please
n||delivery|my food arrived 90 minutes late and cold, I want my money back
n||delivery|the driver yelled at me and threw my bag on the ground. I want this reported
n||call_center|can I speak to a supervisor please?
n||call_center|what's your name so I can reference this chat later?
n||call_center|this update absolutely murdered my framerate
n||call_center|lmao that patch note typo killed me
n||other|I'm dying to get tickets, when does the presale open
n||call_center|third time contacting about this. still not fixed. please escalate
n||call_center|sorry for snapping earlier, long day. can we continue?
n||call_center|rip my account 💀 it got hacked, how do I recover it
n||call_center|your chatbot is useless, can I talk to a human?
n||school|my daughter said another student called her stupid in the class chat
n||call_center|I'm cancelling. the service has gone downhill. no hard feelings
n||call_center|this is unacceptable. I was billed after I cancelled
n||other|that encore was insane, I screamed so loud I lost my voice lol
n||call_center|I'm posting about this on X, facts only, no names
n||call_center|gg, problem solved. thanks!
n||call_center|fr this game is so hard I wanna throw my controller lol
n||call_center|ngl I was about to rage quit. the bug is still there
n||delivery|wrong order again. second time this week. please check with the restaurant
n||store|the sizes on your site are a lie lol. can I exchange?
n||other|a scalper is selling my ticket with my name on it. please help
n||call_center|my little brother typed something rude in the chat earlier, sorry about that
n||call_center|the refund was promised 2 weeks ago. where is it?
// ---- en ordinary
o||call_center|how do I change my email address?
o||call_center|ok thanks, that worked
o||call_center|does the family plan include 4 screens?
o||call_center|is there a student discount?
o||call_center|can I pause my subscription for a month
o||call_center|hi! quick question about my order
o||delivery|please leave it at the door
o||delivery|can I add a tip after delivery?
o||store|do you ship to Osaka?
o||store|is this available in navy?
o||school|can I reschedule Thursday's lesson?
o||school|what level should I start at?
o||other|when do fan club renewals open?
o||other|can I transfer my ticket to a friend?
o||call_center|brb checking my inbox
o||call_center|got it, thx!
o||call_center|where can I find my purchase history?
o||call_center|is the server down right now?
o||other|what time do doors open?
o||store|do you have gift cards?
n||call_center|ボイチャで「お前の家凸るぞ」って言ってくる人がいて怖いです。通報の仕方を教えて
n||delivery|配達員さんにクレーム入れたいわけじゃないんですが、ピザが縦になってました笑
n||store|正直な感想として、値段の割に品質が低いです。口コミにもそう書きます
n||call_center|うちの子が勝手に3万円課金しました。未成年なので取り消しの相談をしたいです
n||school|ネットで「あの塾やばい」って書かれてるのを見ました。本当のところを知りたいです
n||other|炎上してるみたいですけど大丈夫ですか？応援してます
n||call_center|サ終したら死ぬほど悲しいんで、続けてくださいお願いします
n||call_center|ｷﾞｬｰ間違えて石全部使った😇　戻せないですよね、わかってます
n||call_center|はらわた煮えくり返ってますけど、まずは事実確認をお願いします
n||delivery|お店の人に「二度と来るな」って言われたんですけど、何かの間違いですか？
`;
