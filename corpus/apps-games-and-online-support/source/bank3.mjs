const S = { c:'call_center', b:'bank', o:'other', d:'delivery' };
const raw = String.raw`
h|ja|c|あなたで話にならないなら、社長の携帯番号教えてください|unreasonable_demand
h|ja|c|このチャットの担当、顔写真つきで紹介してるよね。あれ保存しといたから|personal_targeting,threat
h|ja|c|おたくのサポートセンター、福岡だっけ。週末そっち行く用事あるんだよね|threat
h|ja|c|ね、今日のあなたの対応、ちゃんと上に報告しますから。減給されればいいのに|personal_targeting
h|ja|c|一生その窓口で謝ってなさいよ|abuse
h|ja|c|いい歳して電話番？ 人生詰んでんな|abuse
h|ja|c|もしもーし？ 日本語喋れる人に代わってくださーい|discrimination
h|ja|c|フィリピンの人でしょその発音。本社の日本人出して|discrimination
h|ja|c|あんたみたいなおばちゃんにゲームの何がわかんの|discrimination,abuse
h|ja|c|オカマみたいな喋り方やめてくれる？|discrimination,abuse
h|ja|c|今度さ、オフ会来なよ。GMちゃんのこと、みんな気になってるから|sexual,personal_targeting
h|ja|c|その声で「ご主人様」って言ってみて。そしたら許すわ|sexual,apology_coercion
h|ja|c|脚きれいそう。写真一枚でいいから送ってよ|sexual
h|ja|c|通話切らないでね、君の声聞きながら寝たいから|sexual,restraint
h|ja|c|はい論破。だから詫び石、十万個ね|unreasonable_demand
h|ja|c|お詫びに限定キャラ、俺のアカにだけ付与しといて。誰にも言わないから|unreasonable_demand
h|ja|c|規約？知らねえよ。俺がルールだっての|intimidation,unreasonable_demand
h|ja|c|十分黙ってる間、何してたの？また最初から説明してもらうからね|restraint
h|ja|c|そっちが「わかりました、返金します」って言うまで、何時間でも付き合うよ|restraint,unreasonable_demand
h|ja|c|昨日も一昨日もかけたけど、明日もかけるからね。ずーっと|persistence,threat
h|ja|c|もう一回言うよ？ もう一回言うよ？ 配、布、し、ろ|persistence,intimidation
h|ja|c|おい！聞こえてんだろ！返事しろや！|intimidation
h|ja|c|いい度胸してんな、俺にそういう口きくとは|intimidation
h|ja|c|机蹴ったの聞こえた？次はお前の番な|physical,threat
h|ja|c|あんたのせいでスマホ叩き割ったんだけど。弁償してくれる？|physical,unreasonable_demand
h|ja|c|泣いて詫びろよ。泣き声聞かせて|apology_coercion
h|ja|c|謝罪はメールじゃだめ。あなたの声で、録音して送って。SNSに載せるから|apology_coercion,sns_exposure
h|ja|c|反省文、原稿用紙三枚。手書きでね|apology_coercion
h|ja|o|運営の中の人の本名、もう特定班が動いてるから|personal_targeting,threat
h|ja|o|公式生放送のコメント欄、荒らしまくるから楽しみにしとけ|sns_exposure,threat
h|ja|o|お前の垢もBANしてやろうか？リアルで|threat
h|ja|o|ｗｗｗ運営、今日も無能で草も生えない。担当の名前晒しといたわ|abuse,sns_exposure,personal_targeting
h|ja|c|まとめサイトに売るわ、このやり取り。タイトルは「クソ運営の神対応（笑）」|sns_exposure
h|ja|c|動画にしたら十万再生はいくね。あなたの声、加工なしで使うけど|sns_exposure,personal_targeting
h|ja|b|俺の金だろうが！今すぐ窓口開けろ、夜中でも|intimidation,unreasonable_demand
h|ja|b|あんた、ローンの審査落としたでしょ。家族に言いつけてやる、あんたの|threat,personal_targeting
h|ja|b|利息分、お前の給料から払えよ|unreasonable_demand,abuse
h|ja|d|置き配の写真、玄関映ってないじゃん。配達員の顔写真よこせ、晒すから|personal_targeting,sns_exposure
h|ja|d|ドライバーの名前と携帯番号、今すぐ教えろ|personal_targeting
h|ja|c|会社に火つけられたくなかったら、ちゃんとしな|threat
h|ja|c|お前の声、録音して会社の前で流してやろうか|threat,sns_exposure
h|ja|c|ご家族、元気？ まあ関係ないけどね|threat
h|ja|c|ほんとバカ。バカの上に親切ぶってるのが一番たち悪い|abuse
h|ja|c|はいはい、マニュアル朗読乙|abuse
h|ja|c|こんな仕事しかできない人に何言っても無駄か|abuse
h|ja|c|あなた、さっき笑ったでしょ？ 笑ったよね。謝って、今すぐ|apology_coercion,intimidation
h|ja|c|誠意見せるってさ、言葉じゃなくて口座に見せてよ|unreasonable_demand
h|ja|c|チケット、関係者席でいいから用意して。前も出してもらったし|unreasonable_demand
h|ja|c|前任の人は特別に延長してくれた。あなたもやって。やれないなら辞めて|unreasonable_demand,personal_targeting
h|ja|c|十二回目です、この問い合わせ。返事が変わるまで送り続けます|persistence
h|en|c|Listen, sweetheart, just do what I tell you and nobody gets upset.|intimidation,sexual
h|en|c|I'm not asking, I'm telling you. Refund me. Now.|intimidation
h|en|c|Your manager's name, your name, your desk location. Go.|personal_targeting
h|en|c|I'll sit on this line until you cave. I've got snacks.|restraint
h|en|c|Don't you dare put me on hold again.|intimidation
h|en|c|This is call number nine today. I'll make it twenty.|persistence,threat
h|en|c|Send me a selfie and I'll stop complaining.|sexual,unreasonable_demand
h|en|c|Bet you're single with that attitude.|sexual,abuse
h|en|c|Is that a Filipino accent? Can I get someone from the US?|discrimination
h|en|c|They hire anybody these days, huh? Women, kids, whatever.|discrimination,abuse
h|en|c|You're too old for tech support, grandpa. Retire already.|discrimination,abuse
h|en|c|Write me a formal apology letter, signed by you, and read it to me now.|apology_coercion
h|en|c|Beg. I want to hear you beg for my forgiveness.|apology_coercion
h|en|c|Fifty thousand in-game gold per day of downtime. Per day.|unreasonable_demand
h|en|c|Give my whole guild legendary mounts or I'm tanking your ratings.|unreasonable_demand,sns_exposure
h|en|c|Uploading your voice to TikTok, let's see how you like it.|sns_exposure,personal_targeting
h|en|c|I'm going to tweet your name until your company fires you.|sns_exposure,personal_targeting
h|en|c|I know your office is on the fourth floor. I'll be in the lobby.|threat
h|en|c|You better hope we never meet in person.|threat
h|en|c|*throws headset* Did you hear that? That's you next time.|physical,threat
h|en|c|I just smashed my controller because of you. Pay for it.|physical,unreasonable_demand
h|en|c|Worthless. Absolutely worthless human being.|abuse
h|en|c|Can't believe I'm talking to a bot with a name tag.|abuse
h|en|c|Keep saying no and see what happens.|intimidation,threat
h|en|c|Stop talking. You don't get to talk.|intimidation,abuse
h|en|b|I'll be waiting outside your branch at closing, Mr. Patel.|threat,personal_targeting
h|en|b|Waive every fee on my account forever, that's the only acceptable apology.|unreasonable_demand
h|en|d|Give me the driver's home address, I'll deal with him myself.|personal_targeting,threat
h|en|o|lmao support girl sounds 12, somebody clip her|sexual,sns_exposure
h|en|o|gm ur trash, uninstall ur life|abuse
n|ja|c|パスワード晒したままだった！ すぐ変えたいです
n|ja|o|敵に凸るときの無敵時間、短くなってませんか
n|en|c|My phone just died mid-purchase, did it go through?
n|en|c|What was the name of the agent I spoke to yesterday? She was so helpful.
o|ja|c|パスワードを忘れてしまいました
o|ja|c|領収書の発行方法を教えてください
o|ja|c|ログインボーナスが表示されません
o|ja|c|引き継ぎコードってどこで確認できますか
o|ja|c|機種変更するんですけど、データって移せますか
o|ja|c|来月から料金が変わるって本当ですか
o|ja|c|解約したら、ダウンロードした作品はどうなりますか
o|ja|c|住所変更ってアプリからできますか
o|ja|c|メールが届かないんですが、迷惑メールも確認しました
o|ja|c|キャンペーンのクーポン、まだ使えますか
o|ja|c|お疲れさまです。ちょっと教えてほしいことがあって
o|ja|c|はい、わかりました。ありがとうございます
o|ja|c|すみません、もう一度お願いします
o|ja|c|了解です
o|ja|c|今、画面の右上ですね。押しました
o|ja|c|決済方法をコンビニ払いに変えたいです
o|ja|c|サーバーメンテナンスは何時までですか
o|ja|c|フレンド申請が送れないです
o|ja|c|ガチャの提供割合はどこで見られますか
o|ja|c|イベントの報酬はいつ届きますか
o|ja|c|二段階認証の設定方法を知りたいです
o|ja|c|チケットの座席って、いつ分かりますか
o|ja|c|払い戻しの期間を教えてください
o|ja|c|出品した商品を取り消したいです
o|ja|c|発送通知はいつ来ますか
o|ja|c|返品の送料はどちらの負担ですか
o|ja|b|アプリで定期預金は作れますか
o|ja|b|振込の予約はできますか
o|ja|b|ATMの手数料が無料になる時間帯は
o|ja|b|カードの利用限度額を確認したいです
o|ja|c|社内のWi-Fiにつながらないパソコンが一台あります
o|ja|c|新しく入った社員のメールアドレスを作ってください
o|ja|c|プリンタのドライバ、どこからダウンロードすれば
o|ja|c|ウイルス対策ソフトの更新期限が近いと表示されました
o|ja|c|えっと、あの、なんだっけ。あ、そうだ、ポイントの有効期限
o|ja|d|配達の時間指定を変更したいです
o|ja|d|不在票が入ってたので再配達をお願いします
o|ja|o|アバターの名前って変えられますか
o|ja|o|ギルドの解散ってどうやるんですか
o|ja|o|推しの誕生日イベント、今年もありますか
o|ja|c|子どものアカウントを作りたいです
o|ja|c|英語表示になってしまったので日本語に戻したい
o|ja|c|動画が途中で止まります。回線は問題ないです
o|ja|c|ありがとうございました、助かりました
o|ja|c|このままお待ちすればいいですか
o|ja|c|すみません、メモを取るので少しお待ちください
o|ja|c|担当の方のお名前、念のため伺ってもいいですか
o|ja|c|寒い中ご対応ありがとうございます
o|ja|c|はーい、大丈夫でーす
o|ja|c|おけです
o|ja|c|年末年始の営業時間を教えてください
o|ja|c|音が出ないんですけど、設定どこですか
o|ja|c|ゲーム内の通貨って、有効期限ありますか
o|ja|c|スマホとパソコンで同じアカウント使えますか
o|en|c|I forgot my password.
o|en|c|How do I cancel my subscription?
o|en|c|Can I get a receipt for last month's charge?
o|en|c|Is there a student discount?
o|en|c|When does the maintenance end?
o|en|c|My friend request isn't going through.
o|en|c|Where can I see the drop rates?
o|en|c|Could you resend the verification email?
o|en|c|Thanks, that fixed it.
o|en|c|Okay, one sec, let me find my order number.
o|en|c|Sorry, could you repeat that?
o|en|c|Got it, thanks so much!
o|en|b|How do I set up direct deposit in the app?
o|en|b|Can I change my PIN online?
o|en|c|How do I transfer my ticket to a friend?
o|en|c|Is the event still going ahead in the rain?
o|en|c|Our new hire needs an email account.
o|en|c|The Wi-Fi in the back office keeps dropping.
o|en|d|Can I change my delivery address?
o|en|d|The tracking hasn't updated since Monday.
o|en|o|How do I leave a guild?
o|en|o|Can I change my username?
o|en|c|Do you have support in Spanish?
o|en|c|Hi, quick question about my account.
h|ja|c|運営さーん、生きてる？ 返事くれるまで問い合わせフォーム百回送りまーす|persistence,threat
o|ja|c|通知をオフにする方法ってありますか
o|en|c|Which plan includes offline downloads?
`;
export const bank = raw.trim().split('\n').map((l) => { const [k, lang, s, text, cats] = l.split('|'); return [lang, k, S[s], text, cats ? cats.split(',') : []]; });
