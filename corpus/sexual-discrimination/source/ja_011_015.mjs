import { conv } from './_dsl.mjs';

export default [
conv({
  id: 'sexual-discrimination-ja-011', lang: 'ja', setting: 'hotel', format: 'srt',
  verdict: 'kasuhara', severity: 1, borderline: false,
  notes: 'Hotel check-in (counter recorder, ASR). A regular wants "the young girl" instead of the older clerk "for eye candy", repeats that the front should have young women, and asks for a young one to bring tea to his room: age discrimination and mild sexual remarks, no threat. Asking whether a staff member is on duty is not a span.',
  speakers: { c: { role: 'customer', name: 'guest' }, s: { role: 'staff', name: 'clerk' }, x: { role: 'other', name: 'asr' } },
}, `
s| いらっしゃいませ チェックインでございますか
c| はい 予約してる 久保です
s| 久保様 いつもありがとうございます 本日から二泊 シングルのお部屋でご用意しております
c| あれ 今日はあの子おらんの 前来たとき おった 若い子
s| 本日はわたくし 田島が担当させていただきます
c| なんや おばちゃんかあ どうせなら若い子にやってほしかったなあ 目の保養になるし #dc,sx
s| ふふ お役に立てず失礼いたしました こちら ご記入お願いできますか
c| はいはい 名前と 住所と
c| いやほんま 冗談ちゃうで フロントは若い子置いとかな 客来えへんで 支配人に言うとき #dc
s| ご意見として承ります お支払いは いつものようにカードでよろしいですか
c| うん カード
s| ありがとうございます 少々お待ちくださいませ
s| お待たせいたしました 本日 禁煙のお部屋で お取りしております 明日の朝刊は 日経新聞で よろしかったですね @20
c| そうそう 日経
s| ありがとうございます お部屋は 八階の八〇五号室です 朝食は七時から 二階のレストランでございます
c| ほな あとで部屋にお茶持ってきてもらえる 若い子にな #sx,dc
s| 恐れ入ります お茶はお部屋にご用意がございます 係の指定は承っておりません
c| 堅いなあ ええやんか それくらい #sx,ps
s| ご用の際は お部屋の電話の九番で フロントにおつなぎいたします
c| はいはい わかりました
s| こちらがカードキーです ごゆっくりおくつろぎくださいませ
c| どうも
x| ご視聴ありがとうございました @7
`),

conv({
  id: 'sexual-discrimination-ja-012', lang: 'ja', setting: 'store', format: 'json',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Late-night convenience store (ASR). A young customer asks a Filipina clerk her country (not a span), then assumes she worked in a hostess bar, invites her to go out with him for money and insults her when refused: sexual and nationality-based discrimination.',
  speakers: { c: { role: 'customer', name: 'customer' }, s: { role: 'staff', name: 'clerk' }, k: { role: 'staff', name: 'coworker' } },
}, `
s| いらっしゃいませ こちらのレジどうぞ
c| あ これと あと 十八番のタバコ
s| 十八番ですね … ただいまお持ちします @4
s| 年齢確認のボタン お願いします
c| はいはい 成人成人 お姉さん 日本語うまいね どこの国
s| フィリピンです ありがとうございます
c| へえ フィリピン じゃあさ 前は夜のお店とかで働いてたんでしょ フィリピンの子ってみんなそうじゃん #dc,sx
s| … 違います お会計 七百九十円です
c| えー怒った 俺フィリピンパブとか よく行くからさ 詳しいのよ
s| お支払いは
c| ペイで … あれ アプリ開かね ちょっと待って @6
c| あ 開いた それよりさ 今度 飲みいこうよ 同伴みたいな感じで 金ならあるし #sx
s| 行きません 仕事中です
c| いくらならいいの 一時間いくら #sx,ps
s| やめてください 
s| マリアさん ちょっと レジ お願いできますか
k| はい どうしました @2
s| このお客さま 変なこと言います
c| 変なことってなに ちょっと誘っただけじゃん 外人のくせに お高くとまってんなよ #dc,ab
k| お客様 そういったお声がけは お断りしてます お会計 済みましたので
c| は なにこいつら 感じわる
k| 防犯カメラもありますので お引き取りください
c| 言われなくても帰るわ
k| ありがとうございました
s| … ありがとう ございました
k| 大丈夫 店長に言っとくね 裏で少し休んで @8
s| はい
k| 防犯カメラの時間 メモしとくね 二十三時 十二分 @5
s| ありがとう マリアさん
`),

conv({
  id: 'sexual-discrimination-ja-013', lang: 'ja', setting: 'other', format: 'srt',
  verdict: 'kasuhara', severity: 1, borderline: true,
  notes: 'Airport check-in counter (ASR). A hurried passenger asks for "someone else" (not a span), then says a wheelchair user will be slow and cannot handle bags (disability discrimination). Borderline: he frames it as efficiency and drops it once the agent explains; some would call it mere impatience.',
  speakers: { c: { role: 'customer', name: 'passenger' }, s: { role: 'staff', name: 'agent' } },
}, `
s| お次のお客様 こちらのカウンターへどうぞ
c| あー すいません ほかの人 空いてないですか ちょっと急いでて
s| ただいまほかのカウンターも ご案内中でございます こちらで承ります
c| いやあ 車椅子の人だと時間かかるでしょ スーツケースも持ち上げらんないだろうし #dc
s| お手荷物は 係の者が運びますので ご心配いりません 搭乗手続きはわたくしが承ります
c| … ああ そう じゃあ まあ いいけど
s| ご搭乗の便は 十時五分発 福岡行き でよろしいですか
c| そう 十時五分 間に合う
s| はい 保安検査場の混雑状況も まだ十五分待ちほどですので 間に合います
c| よかった
s| パスポートか 身分証と ご予約のQRコードを お願いいたします
c| これ
s| ありがとうございます お預けのお荷物は こちらのスーツケースおひとつですね
c| はい
s| ベルトの上に 載せていただけますか … 二十三キロ 二百です @4
c| え オーバー
s| 普通席の お預けは 二十キロまでですので 三キロ 超過になります 超過料金が 千五百円 かかります
c| まじか じゃあ 本 出すわ 手荷物に入れる @1.5
s| はい ごゆっくりどうぞ
c| … これで どう @25
s| 十九キロ 八百です 大丈夫です ありがとうございます @3
s| 中に リチウム電池や スプレー缶は 入っていませんか
c| 入ってない
s| ありがとうございます 佐野さん お荷物お願いします
c| あ どうも
s| お座席は 前方の 通路側 十二Cでございます 搭乗開始は 九時三十五分 七番ゲートです
c| 十二Cね どうも 早かったね
s| ありがとうございます いってらっしゃいませ
c| … いや 別に差別とかじゃないからね 効率の話ね
s| はい お気をつけて
`),

conv({
  id: 'sexual-discrimination-ja-014', lang: 'ja', setting: 'other', format: 'srt-np',
  verdict: 'kasuhara', severity: 3, borderline: false,
  notes: 'Fitness-club front desk at closing time (ASR, no speaker labels). A member comments on the clerk\'s waist, says he saw her at her station and which line she takes, and that he will wait in the car park to drive her home: stalking hints (threat, personal targeting) and sexual remarks, repeated after refusal.',
  speakers: { c: { role: 'customer', name: 'member' }, s: { role: 'staff', name: 'clerk' }, m: { role: 'staff', name: 'manager' } },
}, `
s| お疲れさまでした タオルこちらで回収しますね
c| おつかれー 今日もがんばったわ あと プロテイン バニラ味 ひとつ
s| バニラですね 三百八十円です 会員証で お支払いですね @3
c| はい これで
s| 来週から 営業時間が 三十分延びますので よかったらご利用ください
c| へえ じゃあ 君も遅くまでいるんだ
s| シフトによりますね
c| てか 最近痩せた ウエスト細くなったよね そのポロシャツだと わかるよ #sx
s| … あ ありがとうございます 次回のご予約 入れておきますか
c| 木曜で それとさ こないだ 駅の改札で見かけたよ 東西線でしょ 声かけようと思ったんだけど #sx,th,pt
s| え
c| 今日 何時あがり 駐車場で待ってるから 送ってくよ 夜道 危ないし #sx,th
s| 結構です 大丈夫ですので @1.5
c| 遠慮しなくていいって 白のプリウスね 裏の出口の前 止めとくから #sx,th,ps
s| 本当に 結構です それから 駅で見かけたとか そういうお話は 怖いので やめてください
c| 怖いって 親切で言ってんのに
s| 少々お待ちください
m| すいません マネージャーの 大塚です 今 スタッフから聞きました @15
c| なに 別になんもしてないけど
m| スタッフの通勤経路のお話や 帰りを待つというお声がけは お控えください 会員規約でも 禁止しております
c| 規約って 大げさじゃない
m| 今日は スタッフは 私が車で送ります 駐車場での待ち伏せが確認された場合は 退会処分と 警察への相談を検討します
c| 待ち伏せって なんだよ 人聞き悪いな
m| 本日はお帰りください 木曜のご予約も 一旦 保留とさせていただきます
c| は なんで
m| 後日 本部から ご連絡いたします
c| … わかったよ もう
m| お気をつけて
`),

conv({
  id: 'sexual-discrimination-ja-015', lang: 'ja', setting: 'hospital', format: 'zoom',
  verdict: 'kasuhara', severity: 1, borderline: true,
  notes: 'Online follow-up consultation. An elderly patient\'s compliment and asking if the doctor is married are not spans; telling her to have children early and asking who will see him when she goes on maternity leave are sexual remarks about pregnancy. Borderline: old-fashioned small talk, he apologises when redirected.',
  speakers: { c: { role: 'customer', name: '村上 茂' }, s: { role: 'staff', name: '内科 佐々木' } },
}, `
s| 村上さん、こんにちは。内科の佐々木です。画面、見えていますか。
c| はいはい、見えとります。先生、今日もお綺麗で。画面越しでも明るうなりますわ。
s| ありがとうございます。さっそくですが、この二週間、血圧はいかがでしたか。
c| 朝はだいたい百四十くらいですな。夜は百三十前後。手帳につけとります。
s| ちゃんと記録してくださってるんですね。お薬を変えてから、ふらつきはありませんか。
c| ふらつきはないです。ただ、夜中にトイレに起きるのが二回くらい。
s| 二回ですね。利尿作用のあるお薬ではないので、お薬の影響は少ないと思いますが、少し様子を見ましょう。
c| 先生、ご結婚は？
s| 私のことはいいんですよ。村上さん、お食事の塩分はどうですか。
c| いやいや、先生みたいな人がまだやったらもったいない。早う結婚して、子どもは早いほうがええ、体が若いうちに産まんと。 #sx
s| 村上さん、私の私生活の話は、診察とは関係ありませんので。
c| そやけど先生、産休とか入られたら、わしのこと誰が診てくれるんかいな。お腹大きなったら来られへんのやろ。 #sx
s| 担当医が休みに入る場合は、必ず引き継ぎをしますから心配いりません。ただ、そういうお話は、私にとって気持ちのよいものではないです。
c| あ……そうか。すまんすまん。年寄りは余計なこと言うてしまうな。
s| いえ。では、お食事の話に戻りますね。お味噌汁は毎日飲まれていますか。
c| 朝晩二杯ですわ。家内が濃いめでな。
s| 一日一杯にして、具を多めにしてみてください。それだけでもずいぶん違います。
c| 家内に言うときます。怒られそうやけど。
s| 奥様にも、よろしくお伝えください。お薬は同じものを四週間分、出しておきますね。
c| 四週間分。はい、ありがとうございます。
s| 次回は来月の十日、同じ時間でよろしいですか。
c| 十日、はい。先生、ほんまにさっきはすんませんでした。
s| はい、大丈夫です。お大事になさってください。
c| ありがとうございました。
`),
];
