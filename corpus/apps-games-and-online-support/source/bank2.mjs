const S = { c:'call_center', b:'bank', o:'other', d:'delivery' };
const raw = String.raw`
n|ja|o|ボスに殺されたんですけど、あれって即死技ですか？
n|ja|o|また死んだｗ 三層の落とし穴、初見殺しすぎる
n|ja|o|敵を晒すスキル、効果時間が短くなってません？
n|ja|c|アプデ後バッテリーが死ぬほど減ります
n|ja|c|このクエスト、何回やっても殺されるんですが仕様ですか
n|ja|o|草。自分で自分のトラップ踏んで死んだ
n|ja|c|ガチャで爆死したのは自分の責任なんで、それはいいんです。聞きたいのは表示のほうで
n|ja|c|二重に引き落とされてます。返金してください、今日中に手続きだけでも
n|ja|c|はっきり言って怒ってます。解約したのに課金され続けてるんですから
n|ja|c|返金されなければカード会社にチャージバックを申請します
n|ja|c|消費生活センターに相談するつもりです。一応お伝えしておきます
n|ja|c|この件、弁護士に相談してから改めて連絡します
n|ja|c|上の方と話をさせてもらえますか。経緯を説明したいので
n|ja|o|ギルドの人に「氏ね」って毎日言われてます。通報したいです
n|ja|o|相手から「晒すぞ」ってDMが来ました。スクショあります
n|ja|o|うちの子が「特定した」ってメッセージ送られたみたいで、怖がってます
n|ja|c|クソゲーって叫んじゃいましたよ、部屋で。あなたに言ってるんじゃないです
n|ja|c|くっそ、またサーバー落ちた。すみません、独り言です
n|ja|c|マジでふざけんなって思いましたよ、アプデ見た瞬間。あ、運営の人にじゃなくて自分の運のなさに
n|ja|c|配信で運営の悪口言う人いますけど、自分はちゃんと問い合わせしたくて
n|ja|o|PvPで煽ってくる奴、全員ぶっ倒したい。ゲームの中でね
n|ja|o|このボス、攻撃力高すぎて殺意しか感じない
n|ja|c|前に対応してくれた森さん、すごく丁寧だったのでお礼を伝えてほしいです
n|ja|c|お名前もう一度伺ってもいいですか？次に問い合わせるとき指名したくて
n|ja|c|レビューに正直に書きます。対応は良かったけど不具合は残ってるって
n|ja|c|この値段でこの不具合は正直ひどいと思います。改善してください
n|ja|c|声を荒げてすみません。三回目の問い合わせで、つい
n|ja|c|返金の期限、今日までなんです。急いでもらえませんか
n|ja|b|身に覚えのない引き落としがあります。不正利用じゃないかと思って
n|ja|b|カード止めてください、今すぐ。財布ごと盗まれました
n|ja|b|詐欺のSMSが銀行名で来たんですけど、これ晒しておいたほうがいいですか、注意喚起として
n|ja|c|土下座してでも頼みたいくらい、このデータだけは戻してほしいんです
n|ja|c|死ぬほど課金したデータなんで、引き継ぎ失敗が本当にショックで
n|ja|c|息子がゲームで勝手に五万円使ってしまいました。未成年の取消しはできますか
n|ja|c|耳が遠いので、もう少しゆっくり話してもらえますか
n|ja|c|目が見えにくくて、読み上げ機能で使える方法はありますか
n|ja|c|日本語が少し苦手です。英語のサポートはありますか
n|ja|c|説明が早くてついていけないです、すみません、もう一回お願いします
n|ja|c|納得いかないです。規約のどこに書いてあるか教えてください
n|ja|c|昨日も電話したんですが、折り返しがなかったので再度かけました
n|ja|c|同じ説明を三回聞きましたが、やっぱり理解できません。書面でもらえますか
n|ja|c|正直、この会社もう信用できないので退会します
n|ja|c|SNSで障害情報が流れてるんですけど、公式の発表はまだですか
n|ja|c|ツイッターで同じ症状の人いっぱいいますよ。把握してます？
n|ja|o|運営へ要望：PKされた時のロスト、もう少し軽くしてほしい
n|ja|o|晒しスレに自分のキャラ名が書かれてます。削除依頼ってどこに出せば
n|ja|c|凸待ち配信って規約違反になりますか？自分の配信でやりたくて
n|ja|c|敵チームに凸るタイミングがずれるのってラグですか
n|ja|c|垢BANされた理由を教えてください。身に覚えがないので
n|ja|c|誤BANだと思います。異議申し立ての方法を教えてください
n|ja|c|イベント終了まであと二時間なのに入れないんですよ！どうにかなりませんか
n|ja|c|あー、もう、むかつく！ログイン画面から進まない！
n|ja|c|チケット取れなかったのは運なので仕方ないですが、システムエラーで弾かれたのは納得できません
n|ja|c|定価の三倍で転売されてます。通報窓口ありますか
n|ja|c|注文と違う商品が届きました。返品と交換、どちらかでお願いします
n|ja|c|箱が潰れて中身が割れてました。写真送ります
n|ja|d|配達員さんが置き配の写真を撮ってなくて、届いたか分からないです
n|ja|d|配達の人に怒鳴られたんです。こっちが通報したいくらいで
n|ja|c|会社のPCが全部死んでます、朝から。急ぎで見てもらえませんか
n|ja|c|サーバーがお亡くなりになりました。再起動しても無反応です
n|ja|c|エクセルのマクロが暴走して、ファイルが全部ぶっ壊れました
n|ja|c|プリンタ、叩いたら直るかなって思っちゃいました、直りませんでしたけど
n|ja|c|ウイルスに感染したかもしれません。画面に「あなたのPCは乗っ取られた」って出てて
n|ja|c|パスワードを晒しちゃったかもしれないです。共有フォルダに書いてて
n|ja|c|ハッカーに殺されるって脅し文句のメールが来ました。無視していいですか
n|ja|c|この不具合、半年放置されてますよね。さすがに怒りますよ
n|ja|c|お詫びの石は要らないので、ちゃんと直してほしいです
n|ja|c|課金額が大きいので、一応領収書を発行してもらえますか
n|ja|c|配信者なんですが、このゲームの実況を収益化しても大丈夫ですか
n|ja|c|動画でバグを紹介したいんですけど、問題ありますか
n|ja|c|録音させてもらってもいいですか？あとで家族に説明するので
n|ja|c|今の説明、メモするのでゆっくりもう一回お願いできますか
n|ja|c|しつこくてすみません、最後にもう一点だけ確認させてください
n|ja|c|こちらも生活かかってるんで、売上金の振込が止まってるの本当に困るんです
n|ja|b|振込詐欺に遭ったかもしれません。相手の口座を止めてもらえますか
n|ja|b|アプリが落ちて、振込が二回実行されてるかもしれないんです
n|ja|c|ガチャの確率表記、景品表示法的に大丈夫なんですか？疑問なので
n|ja|c|返金ポリシー、読みましたけど、今回は例外にあたると思います。理由を説明させてください
n|ja|c|前回の担当者さんの説明と違うんですが、どちらが正しいですか
n|ja|c|あの、さっきの方、途中で切れちゃったんですけど
n|ja|c|泣きそうです。三年分のデータが消えました
n|ja|o|フレンドが「運営〇ね」って全体チャットで言ってて、止めたほうがいいですかね
n|ja|o|他のプレイヤーに「お前の家わかってる」って言われました。警察に言うべきですか
n|ja|c|うちの母が「土下座しろ」とか言って電話してたみたいで、代わりに謝りたくて
n|ja|c|昨日電話した父がひどいことを言ったと聞きました。申し訳ありませんでした
n|ja|c|キャラが爆発四散する演出、グロすぎて子どもに見せられません
n|ja|c|銃で撃ち殺すゲームなのに年齢制限が低すぎませんか
n|ja|c|サイトが重すぎて死にそう。いつ直りますか
n|ja|c|ここまで運営を信じてきたのに、裏切られた気分です
n|ja|c|正直言って、対応がお粗末だと思います。組織として見直してください
n|ja|c|担当の方じゃなくて会社に言いたいんですが、品質管理どうなってるんですか
n|ja|c|キャンセル料の説明、聞いてないです。説明がなかったなら払いません
n|ja|c|メール三通送って全部テンプレの返事なんですが、読んでます？
n|ja|c|ヤバい、推しのイベント走ってたのに落ちた、終わった……
n|en|o|I got killed by a bug in the second boss fight, the hitbox is broken
n|en|c|This update is murdering my battery
n|en|o|died again lol the lava level is brutal
n|en|o|how do I expose enemy positions with the scout drone
n|en|c|You charged me twice. I want the duplicate refunded today.
n|en|c|If this isn't fixed by Friday I'm disputing the charge with my bank.
n|en|c|I'm going to file a complaint with the consumer protection office.
n|en|c|I'd like to speak to a supervisor, please. This is the third time.
n|en|c|Sorry for shouting, it's not your fault, I'm just exhausted.
n|en|c|This game is a buggy piece of garbage, but I still love it, help me out
n|en|c|damn it, it crashed again, sorry, not you
n|en|o|Someone in voice chat keeps telling me to kys. How do I report them?
n|en|o|A player said he'd dox me. I have screenshots. What do I do?
n|en|c|I'm quoting what he wrote: "I know where you live." That's why I'm calling.
n|en|c|I'll be leaving an honest review. The agent was great, the product wasn't.
n|en|c|I'm posting about the outage on Reddit so other people know it's not just them.
n|en|c|Can you tell me your name again? I want to mention you in the feedback survey.
n|en|c|My son spent $400 on gems without asking. Can that be reversed?
n|en|c|Could you speak a bit slower? English isn't my first language.
n|en|c|I'm hard of hearing, can we switch to chat?
n|en|c|I've read the policy twice and I still think this should be covered. Here's why.
n|en|c|The server is dead, every laptop in the office is dead, we're dead in the water.
n|en|c|Our printer has been possessed. It prints blank pages forever.
n|en|c|I nearly threw my laptop out the window. Anyway, the VPN won't connect.
n|en|c|Your app just nuked my playlist. Three years of songs, gone.
n|en|b|There's a charge I don't recognise. I think someone stole my card.
n|en|b|I fell for a scam text pretending to be you. Can you freeze my account?
n|en|c|Honestly, I'm furious. I cancelled in March and you kept billing me.
n|en|c|That's unacceptable and I want it in writing that it won't happen again.
n|en|c|I'm not angry at you, I'm angry at whoever designed this checkout.
n|en|o|The raid boss one-shots everyone, killed our whole squad in ten seconds
n|en|c|I'll keep calling until the refund shows up, I've no other way to check.
n|en|o|My teammate keeps saying he'll find my address. I just want him banned.
n|en|c|My dad called yesterday and was rude to your agent. I'm sorry about that.
n|en|c|The site crashed as I hit buy. Did the order go through?
n|en|c|I'm a streamer, can I show your game's bugs on stream?
n|en|c|I'm recording this call for my own records, is that okay?
n|en|c|Bro this patch killed the sniper, fr
n|en|c|I need the receipts for my taxes, all of last year's in-app purchases.
n|en|c|The delivery guy threw my parcel over the fence. I want to report him.
n|en|c|Sorry to be a pain, one more question and I'll let you go.
n|en|c|My grandma thinks the game is spying on her, could you explain the permissions?
`;
export const bank = raw.trim().split('\n').map((l) => { const [k, lang, s, text, cats] = l.split('|'); return [lang, k, S[s], text, cats ? cats.split(',') : []]; });
