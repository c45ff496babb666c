import { conv } from './_dsl.mjs';

export default [
conv({
  id: 'sexual-discrimination-ja-001', lang: 'ja', setting: 'hotel', format: 'teams',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Hotel front desk, late-night room call (Kansai speaker). The towel request is ordinary; inviting the clerk to drink in his room, remarks on her legs and asking when her shift ends are sexual, repeated after a clear refusal; night manager takes over.',
  speakers: { c: { role: 'customer', name: '客室 1208' }, s: { role: 'staff', name: '小野 彩花' }, m: { role: 'staff', name: '岩田 健' } },
}, `
s| お電話ありがとうございます。フロントの小野でございます。
c| あー、もしもし。1208やけど。タオルな、バスタオルあと二枚ほしいねん。
s| 1208号室様ですね。バスタオルを二枚、かしこまりました。すぐにお届けいたします。
c| あれ、その声、さっきチェックインしてくれた子やろ？髪くくってた。
s| はい、先ほどはありがとうございました。
c| やっぱりな。ほな、タオル君が持ってきてや。ついでに部屋でちょっと飲もうや、ええ酒あんねん。 #sx
s| 申し訳ございません、お部屋でご一緒することはできかねます。タオルは係の者がお持ちいたします。
c| 係の者て。君でええやんか、一杯だけやて。誰にも言わへんから。 #sx,ps
s| お客様、そういったお誘いはお断りしております。ご用件はバスタオル二枚でよろしいでしょうか。
c| 固いなあ。チェックインのときから思ってたけど、脚きれいやな。なんかスポーツしてたん？ #sx
s| ……恐れ入りますが、私の容姿についてのお話はお控えいただけますでしょうか。 @1.8
c| 褒めてんねやんか。褒められて怒る人おる？普通喜ぶで。
s| お気持ちだけ頂戴いたします。業務中ですので、ご遠慮いただいております。
c| ほな業務終わったらええんやろ。何時あがりなん？ #sx,ps
s| お答えいたしかねます。これ以上続くようでしたら、責任者に代わらせていただきます。
c| なんやそれ、大げさやな。ちょっとしゃべっただけやん。
s| 少々お待ちくださいませ。
m| お電話代わりました。ナイトマネージャーの岩田でございます。 @16
c| なんや、男が出てきたわ。こっちはタオル頼んだだけやで。
m| バスタオル二枚は、私がこれからお持ちいたします。それと、先ほど小野にお部屋へのお誘いや、お身体についてのお話があったと聞いております。
m| 当ホテルでは、従業員へのそうしたお声がけはお断りしております。
c| 冗談やがな。ホテルの人間いうのは、客の冗談くらい受け流すもんちゃうんか。
m| ご冗談のおつもりでも、言われた者は業務を続けにくくなります。今後はお控えください。
c| ……はいはい、わかったわかった。
c| で、あの子明日の朝もおるん？チェックアウトのとき。 #sx,ps
m| 従業員の勤務予定はお答えしておりません。チェックアウトは担当の者が承ります。
c| ケチくさいなあ。まあええわ、タオル早よ持ってきて。
m| 承知いたしました。五分ほどでお持ちいたします。ほかにご用はございますか。
c| ない。
m| 失礼いたします。おやすみなさいませ。
`),

conv({
  id: 'sexual-discrimination-ja-002', lang: 'ja', setting: 'store', format: 'srt',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Convenience store counter (body-worn recorder, ASR). An older customer refuses to be served by a Vietnamese clerk whose Japanese is fine, demands a Japanese clerk, and insults her nationality; restating once to the manager is not persistence. Asking where she is from is not a span.',
  speakers: { c: { role: 'customer', name: 'cust' }, s: { role: 'staff', name: 'nguyen' }, m: { role: 'staff', name: 'mori' }, x: { role: 'other', name: 'asr' } },
}, `
s| いらっしゃいませー
c| これと あと肉まん ひとつ
s| はい 肉まんおひとつですね こちらのお弁当 あたためますか
c| ああ あっためて
s| かしこまりました 袋はご利用ですか
c| え なに
s| 袋 レジ袋 ご利用ですか
c| なんだよ聞き取れねえな あんた どこの人
s| ベトナムです えっと 袋おつけしますか
c| はぁ… 日本人いないの 日本人の店員 #dc
s| 今はわたし一人です お会計 わたしがやります
c| だからあんたの日本語じゃわかんないんだって 日本人呼んでこいって言ってんの #dc,ps
s| すみません 袋はひとつ三円です 必要ですか
c| こっちは日本で買い物してんだよ なんで外人の相手しなきゃなんねえんだよ #dc,ab
s| 店長 呼びます 少々お待ちください
s| 店長 すみません レジ お願いします
c| ったく どこ行っても外人ばっかだな 日本じゃねえみたいだ #dc @2
m| お待たせしました 店長の森です どうかなさいましたか @21
c| ああ店長さん この子さ 言葉通じないのよ 日本人の子いないの #dc
m| グエンは日本語の資格も持っておりまして 接客は問題なくできております お会計はこのままグエンが担当いたします
c| 問題あるから言ってんだろ 袋いるかも聞き取れねえんだよ
m| 失礼いたしました では私からもう一度伺いますね 袋はご利用ですか
c| いる
m| かしこまりました グエンさん お会計お願いします
c| いやだから あんたがやってよ 外国人に金さわられんの気持ち悪いんだよ #dc,ab
m| お客様 国籍を理由に担当を替えることはいたしません そういったお言葉もお控えください
c| 客の言うこと聞けないわけ 本部に言っとくからな
m| ご意見としては承ります ただ対応は変わりません あ お弁当 温め終わりました
s| お会計 八百六十二円です
c| ほらよ
s| 千円お預かりします 百三十八円のお返しです ありがとうございました
m| ありがとうございました またお越しくださいませ
x| ご視聴ありがとうございました @6
`),

conv({
  id: 'sexual-discrimination-ja-003', lang: 'ja', setting: 'other', format: 'json',
  verdict: 'kasuhara', severity: 3, borderline: false,
  notes: 'Taxi (in-car recorder, ASR), drunk passenger and a female driver. The first age/marriage small talk is not a span; it turns sexual, he presses for LINE and invites her in, then touches her shoulder (physical on his cue before her reaction). Severity 3 for the touching.',
  speakers: { c: { role: 'customer', name: 'passenger' }, s: { role: 'staff', name: 'driver' } },
}, `
s| ご乗車ありがとうございます どちらまで参りましょう
c| えーっと 西大寺の 駅の裏のほう あの コンビニあるとこ
s| 西大寺駅の北側のコンビニですね かしこまりました シートベルトお願いします
c| はいはい あれ 女の運転手さんやん 珍しいなあ
s| 最近は女性のドライバーも増えてるんですよ
c| へえ いくつなん 若いやろ
s| いえいえ そんなことないですよ 道 阪奈道路で行ってよろしいですか
c| ええよええよ 任せる 結婚は してんの
s| ふふ ご想像にお任せします
c| ほな独身やな 彼氏は おるんやろ こんな夜中まで働かせて ほっといたらあかんわ #sx
s| お客様 プライベートなことはちょっと
c| ええやん減るもんちゃうし 俺やったら毎晩迎えに来たるけどなあ #sx,ps
s| ありがとうございます もうすぐ学園前です
c| なあ LINE教えてや また乗るとき直接呼ぶから 指名で #sx
s| 申し訳ありません ご予約は会社の配車センターからお願いしております
c| 固いこと言わんと な 番号でもええから #sx,ps
s| お教えできません 申し訳ありません
c| つれへんなぁ ほなうち寄ってく お茶くらい出すで 誰もおらんし #sx
s| 結構です お客様 そういうお話は
c| ええ体しとるもんな 運転手にしとくの もったいないわ ほら #sx,ph
s| ちょっと やめてください 肩 触らないでください @0.4
s| 車 止めます これ以上は乗車をお断りすることになります @1.5
c| なんや 肩ポンてしただけやん 大げさな
s| 車内は録画されています 次に触れられた場合は 会社と警察に連絡します
c| わかった わかったて もう 行って
s| … 発車します @3
c| あー しんど 寝るわ
s| お客様 着きました 二千八百四十円です @38
c| カードで
s| はい こちらにタッチお願いします ありがとうございました お忘れ物ないようお気をつけください
c| はいよ
`),
];
