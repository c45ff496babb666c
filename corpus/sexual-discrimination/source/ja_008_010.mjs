import { conv } from './_dsl.mjs';

export default [
conv({
  id: 'sexual-discrimination-ja-008', lang: 'ja', setting: 'call_center', format: 'txt',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Airline reservations centre. On hearing a Chinese surname the caller demands a Japanese operator, repeats it after a clear answer and insults the operator\'s nationality; the supervisor refuses to change staff on that basis. Restating to the supervisor is not persistence.',
  speakers: { c: { role: 'customer', name: 'caller' }, s: { role: 'staff', name: '張', txt: 'オペレーター' }, m: { role: 'staff', name: '小池', txt: '責任者' } },
}, `
s| お電話ありがとうございます。スカイウエスト航空予約センター、担当のチョウでございます。
c| もしもし、予約の変更したいんやけど。
s| ご予約の変更ですね。恐れ入りますが、予約番号をお願いできますでしょうか。
c| ちょっと待って。……チョウ？今チョウ言うた？中国の人？
s| はい、出身は中国でございます。ご予約の変更は私が承ります。
c| いや、悪いけど日本人のオペレーターに代えてくれへん？ #dc
s| 申し訳ございません。担当は私が承っております。予約番号をお伺いできますか。
c| なまりあるやん。日付とか間違えられたらかなわんねん。日本人に代われ言うてんねん。 #dc,ps
s| ご心配をおかけして申し訳ございません。変更内容は最後に必ず復唱して確認いたしますので、ご安心ください。
c| 安心できへんから言うてんねん。お前らの国の人間は、約束守らんやろ。 #dc,ab
s| お客様、国籍についてのそのようなお言葉はお控えください。
c| 事実やんか。何回言わせんねん、日本人出せ。 #dc,ps
s| 責任者に代わります。少々お待ちください。
m| お電話代わりました。責任者の小池でございます。 @28
c| ああ、やっと日本人出てきた。最初からあんたが出たらええねん。 #dc
m| 恐れ入ります。オペレーターの変更につきましては、国籍を理由としたご要望はお受けしておりません。
m| 張は日本語での予約業務を担当しており、資格も持っております。先ほどの張への発言も、お控えいただくようお願いいたします。
c| ……なんやそれ。客が選ばれへんのか。
m| ご予約の変更は、このまま私が承ることもできます。予約番号をお願いできますか。
c| ……ＳＷ、なな、さん、きゅう、いち、ぜろ。
m| ありがとうございます。大阪伊丹発、那覇行き、五月十二日の朝八時十分の便、大人お二人様ですね。
c| それを十三日に変えたい。同じくらいの時間で。
m| 十三日の八時十分発、同じ便に空席がございます。差額はございません。変更してよろしいですか。
c| ええよ。
m| 変更いたしました。五月十三日、八時十分伊丹発、那覇行き、大人お二人様です。確認メールをお送りします。
c| はいはい。
m| ほかにご用件はございますか。
c| ない。次は日本人が出るようにしといてや。
m| 担当の指定は承っておりません。お電話ありがとうございました。
`),

conv({
  id: 'sexual-discrimination-ja-009', lang: 'ja', setting: 'restaurant', format: 'json',
  verdict: 'kasuhara', severity: 3, borderline: false,
  notes: 'Izakaya, drunk group (ASR). Age/boyfriend questions are not spans by themselves; ordering the student server to sit and pour, remarks on her legs, and grabbing her wrist are (physical on his cue before her reaction). His friend apologises and is not a customer speaker with spans. Manager asks them to leave.',
  speakers: { c: { role: 'customer', name: 'man1' }, f: { role: 'customer', name: 'man2' }, s: { role: 'staff', name: 'server' }, m: { role: 'staff', name: 'manager' }, x: { role: 'other', name: 'asr' } },
}, `
s| 失礼します ハイボール二つと 唐揚げお持ちしました
c| おー来た来た お姉ちゃん ありがとう
f| あ すいません あと枝豆も
s| 枝豆おひとつですね かしこまりました
c| お姉ちゃん 学生さん いくつ
s| えっと 大学生です
c| ええなあ 二十歳くらいか 彼氏おんの
s| あはは ご注文 以上でよろしいですか
c| ちょっと ちょっと ここ座って 一杯ついでや 客の相手も仕事のうちやろ #sx,ud
s| すみません そういうのは やってないので
c| 固いなあ ほな立ったままでええから ついで ほら #sx,ud,ps
f| おい やめとけって
c| ええやん なあ スカートちゃうのが残念やな その脚やったら似合うで #sx
s| … 枝豆 すぐお持ちしますね
c| ちょっと待ちいな まだ話終わってへんて #sx,ph
s| 痛っ やめてください 離してください @0.3
f| おい 何しとんねん 離せって
m| お客様 どうされましたか 店長の佐伯です @4
c| なんや 店長か 話しかけただけやん ちょっと手ぇ持っただけや
m| 従業員の腕をつかむことは 認められません 先ほどから お酌の要求も続いていると聞いています
c| 酌くらいでガタガタ言うなや 客やぞこっちは
m| 申し訳ありませんが 本日はこれでお帰りください お会計はこちらでご用意します
f| すんません ほんまにすんません こいつ 飲みすぎてて お姉さん ごめんな
s| … はい
c| なんで帰らなあかんねん まだ唐揚げ来たとこやぞ
m| お帰りにならない場合は 警察に連絡します 唐揚げはお包みしますので
f| ほら 行くぞ 店長さん お会計 お願いします
m| はい 六千二百円です 唐揚げの分は結構です
f| 本当すいませんでした
c| … しょうもな
m| ありがとうございました
x| 字幕 視聴ありがとうございました @9
`),

conv({
  id: 'sexual-discrimination-ja-010', lang: 'ja', setting: 'call_center', format: 'txt',
  verdict: 'kasuhara', severity: 3, borderline: false,
  notes: 'Mail-order call centre. A caller who repeatedly asks for one female operator by name says he likes her voice, asks the operator\'s age and where she lives, refuses to hang up and announces he will call every day until he gets her (persistence + threat). The product question at the start is ordinary.',
  speakers: { c: { role: 'customer', name: 'caller' }, s: { role: 'staff', name: '水野', txt: 'オペレーター' }, m: { role: 'staff', name: '石井', txt: 'SV' } },
}, `
s| お電話ありがとうございます。ハートフル通販、お客様窓口の水野でございます。
c| あー、もしもし。こないだ頼んだ健康茶、まだ届いてないんだけど。
s| ご迷惑をおかけしております。お調べしますので、お電話番号をお願いいたします。
c| 090の……あ、いいや、それよりさ、桜井さんいる？
s| 恐れ入ります、担当者のご指名はお受けしておりません。ご注文の件、私が確認いたします。
c| この前もそう言われたけどさあ。俺、あの子の声が好きなんだよね。癒やされるっていうか。 #sx
s| ……お荷物の件、お電話番号をお願いできますか。
c| 090、4418、2276。
s| ありがとうございます。……田村様、健康茶の定期便ですね。本日発送済みで、明日の午前中にお届け予定です。
c| あっそう。ありがと。で、桜井さんは今日休み？ #sx,ps
s| 従業員の勤務についてはお答えできません。
c| じゃあ君でもいいや。君も声かわいいよね。いくつ？二十代でしょ。 #sx
s| 田村様、ご注文以外のお話にはお答えいたしかねます。
c| 冷たいなあ。どこ住み？この窓口って札幌だよね。俺、今度出張で行くんだよ。会おうよ。 #sx,pt
s| お断りいたします。ご用件がお済みでしたら、お電話を終了させていただきます。
c| ちょっと待ってよ、切らないでよ。まだ話してるじゃん。 #rs
s| ご注文についてのご用件は以上と承りました。これ以上は対応いたしかねます。
c| じゃあ桜井さんに代わってよ。代わるまで切らないから。 #rs,ps,sx
s| 責任者に代わります。少々お待ちください。
m| お電話代わりました。責任者の石井でございます。 @24
c| あ、男の人？桜井さんは？
m| 田村様、これまでにも従業員の指名や個人的なお話のお電話を何度かいただいております。
m| 従業員個人へのお誘いや、住まいなどについてのご質問は、今後一切お受けできません。
c| 別に変なこと言ってないでしょ。声が好きって言っただけで。
m| 従業員は不安に感じております。ご注文以外のご用件でのお電話は、お控えください。
c| じゃあさ、明日も明後日もかけるよ。桜井さんが出るまで、毎日かける。 #ps,th,sx
m| 同様のお電話が続く場合は、着信をお断りし、必要に応じて警察にも相談いたします。
c| ……なにそれ。客を犯罪者扱い？
m| ご注文のお品は明日の午前中に届きます。本日のお電話はこれで終了させていただきます。失礼いたします。
c| おい、ちょっと
`),
];
