// Japanese complaint conversations (legitimate クレーム, no spans)
export default [
{
  id: 'counter-rough-ja-020', lang: 'ja', setting: 'store', verdict: 'complaint', severity: 0, borderline: false, format: 'txt',
  notes: 'Supermarket: a mother finds milk past its use-by date on the shelf after her child drank some; she is angry and firm, wants a refund, an explanation and a shelf check, and says she may tell the health centre. All reasonable, so a complaint.',
  speakers: { C: { role: 'customer', name: '客', tag: 'お客様' }, S: { role: 'staff', name: '主任', tag: '店員' } },
  script: `
C: すみません、ちょっといいですか。これ、昨日ここで買った牛乳なんですけど。
S: はい、いかがなさいましたか。
C: 日付見てください。期限、おとといなんですよ。
S: ……大変申し訳ございません。確かに期限が過ぎております。
C: 子どもが朝、コップ一杯飲んじゃったんです。飲んでから気がついて。
S: 本当に申し訳ございません。お子様の体調はいかがですか。
C: 今のところは大丈夫ですけど、何かあったらどうするんですか。ちゃんと棚、見てないんですか。
S: 毎朝、期限の確認はしているのですが、見落としがあったようです。言い訳のしようもございません。
C: 見落としで済む話じゃないと思いますよ。小さい子が飲むものなんだから。
S: おっしゃる通りです。代金はすぐに返金いたします。それと、今、売り場の同じ商品をすべて確認させます。
C: お願いします。あと、もし子どもがお腹壊したら、病院代はどうなるんですか。
S: 受診された場合は、領収書をお持ちいただければ、こちらで対応させていただきます。私の名刺をお渡ししておきます。
C: わかりました。……正直、保健所に言おうかとも思ってます。
S: はい、それはお客様のご判断です。私どもからも、本部に報告いたします。
+40 S: お待たせいたしました。売り場を確認したところ、同じ日付のものがあと二本ございました。すべて撤去しました。
C: 二本もあったんですか。
S: はい。申し訳ございません。点検の手順を本日中に見直します。
C: 次からはちゃんとしてくださいね。本当に怖かったんですから。
S: はい。こちら、返金の二百三十八円です。ご迷惑をおかけしました。
C: はい。……あ、レシート、これでいいですか。
S: はい、お預かりします。お子様、何かありましたら、いつでもこちらの番号にご連絡ください。
C: わかりました。
`},
{
  id: 'counter-rough-ja-021', lang: 'ja', setting: 'other', verdict: 'complaint', severity: 0, borderline: false, format: 'srt',
  notes: 'Station concourse during a stoppage: a young man swears at the situation (「くそ、電車止まってんのかよ」) and vents about the railway, but asks the staff member for the fastest detour and thanks him. Swearing at the situation, not the person: no span.',
  speakers: { C: { role: 'customer', name: '客' }, S: { role: 'staff', name: '駅員' } },
  script: `
C: くそ 電車止まってんのかよ まじかよ
C: すいません これ いつ動くんすか
S: 申し訳ございません 信号トラブルで 現在 運転を見合わせております 再開は 今のところ 未定です
C: うわ 最悪 今日バイトの面接なんすよ 十時から
S: どちらまでですか
C: 吉祥寺っす
S: 吉祥寺でしたら 京王線で明大前まで出て 井の頭線に乗り換えるルートがございます 振替輸送の対象です
C: まじか えー 明大前って どうやって行けば
S: 改札を出て 右手の連絡通路から 京王線の乗り場に行けます 三分ほどです
C: ちくしょう なんでいつも大事な日に止まるんだよ この路線
S: ご迷惑をおかけして 申し訳ございません こちら 振替乗車票です
C: あざっす あと 遅延証明って もらえます？ 面接先に見せたくて
S: はい ウェブでも出ますが 紙でもお出しします 少々お待ちください
+25 S: お待たせしました こちらです
C: ありがとうございます あー もう だりい 走るか
S: お気をつけて 足元 濡れてますので
C: はい すんません なんか 当たっちゃって
S: いえいえ 面接 間に合うといいですね
C: あざっす
+30 ~ ご視聴ありがとうございました
S: 振替輸送のご案内です 京王線 東京メトロ 各線 ご利用いただけます
`},
{
  id: 'counter-rough-ja-022', lang: 'ja', setting: 'restaurant', verdict: 'complaint', severity: 0, borderline: false, format: 'txt',
  notes: 'Family restaurant: after a forty-minute wait and a forgotten order a father shouts 「ふざけんなよ！」 once, then immediately apologises and calmly accepts the manager\'s explanation. One outburst then an apology: complaint, no span.',
  speakers: { C: { role: 'customer', name: '客', tag: 'お客様' }, S: { role: 'staff', name: '店員', tag: '店員' }, M: { role: 'staff', name: '店長', tag: '店長' } },
  script: `
C: すみません、注文して四十分経つんですけど、まだですか。子どものお子様ランチも。
S: 申し訳ございません、確認いたします。
+30 S: お客様、大変申し訳ございません。確認しましたところ、ご注文がキッチンに通っていませんでした。
C: は？ ふざけんなよ！ 四十分待ってたんだぞ！
C: ……すみません、大きい声出して。子どもが腹減ったって泣き出してて。
S: いえ、こちらのミスです。本当に申し訳ございません。今すぐ最優先でお作りします。
C: どれくらいかかりますか。
S: お子様ランチは五分ほど、ハンバーグは十分ほどでお持ちします。
C: わかりました。子どもの分だけでも、とにかく先にお願いします。
S: かしこまりました。
+15 M: 店長の村上です。このたびはご注文の入力漏れで、長くお待たせしてしまい申し訳ございません。
C: いえ、さっきは怒鳴っちゃってすみませんでした。店員さんにも謝っといてください。
M: とんでもないです。お待たせしたのはこちらですので。お詫びに、デザートをお子様にお付けしてもよろしいですか。
C: あ、それは助かります。ありがとうございます。
M: 入力のあとに確認する手順が抜けておりました。スタッフ全員で見直します。
C: 日曜のお昼で忙しいのはわかるんですけどね。
+200 S: お待たせいたしました、お子様ランチです。
C: ほら、来たよ。いただきますして。
+300 S: ハンバーグセットです。大変お待たせいたしました。
C: ありがとうございます。
S: デザートのアイスは、お食事のあとでお持ちしますね。
C: すみません、気を遣わせて。
`},
{
  id: 'counter-rough-ja-023', lang: 'ja', setting: 'store', verdict: 'complaint', severity: 0, borderline: false, format: 'json',
  notes: 'Electronics store: a washing machine delivered a week ago leaks and flooded the floor; the customer is angry, wants an exchange rather than repair, asks for the manager and mentions the consumer centre. A real defect and a right: complaint.',
  speakers: { C: { role: 'customer', name: '客' }, S: { role: 'staff', name: '店員' }, M: { role: 'staff', name: '店長' } },
  script: `
C: すいません 先週 ここで買った洗濯機のことで
S: はい お伺いいたします
C: 届いて一週間で 下から水漏れてきて 脱衣所 水浸しですよ 床も ふやけちゃって
S: 大変申し訳ございません お買い上げの際のレシートか 保証書は お持ちですか
C: これ はい 写真もあります ほら
S: 拝見します あー これは 結構な量ですね
C: 結構どころじゃないですよ 下の階に漏れてないか ひやひやしたんだから
S: ご迷惑をおかけしております メーカーの修理を手配して
C: 修理じゃなくて 交換してほしいんです 一週間で壊れたものを 直して使えって おかしいでしょ
S: 初期不良の場合 交換の対象になりますので 確認いたします 少々お待ちください
+30 M: 店長の小野です このたびは 大変ご迷惑をおかけしております
C: 交換ってできるんですか できないなら 消費生活センターに相談しようと思ってます
M: はい お写真と状況から 初期不良として 新品と交換させていただきます 消費生活センターへのご相談は もちろんお客様のご判断で構いません
C: あと床 床はどうなるんですか
M: 床の被害につきましては メーカーの保険の対象になる場合がございますので お写真と 修理の見積もりを いただけますか メーカーと一緒に確認いたします
C: わかりました 交換はいつになりますか
M: 最短で 明後日の午前中に お届けと 古いものの引き取りができます
C: じゃあ それでお願いします 今日も洗濯できないんで コインランドリー代も かかってるんですけどね
M: 申し訳ございません 領収書がございましたら それも合わせて メーカーに確認いたします
C: ほんとに頼みますよ 共働きで 洗濯機ないと 回らないんで
M: かしこまりました 明後日 十時から十二時の間で 手配いたします
~ ご視聴ありがとうございました
`},
{
  id: 'counter-rough-ja-024', lang: 'ja', setting: 'other', verdict: 'complaint', severity: 0, borderline: false, format: 'teams',
  notes: 'Taxi: a passenger notices the driver took a longer route, is irritated, asks for the fare to be corrected, a receipt and the company\'s complaint number, and notes the driver\'s registration card. Asking the name and number to report through the company is legitimate, not personal targeting.',
  speakers: { C: { role: 'customer', name: '乗客' }, S: { role: 'staff', name: '乗務員' } },
  script: `
+60 C: 運転手さん、これ、遠回りしてません？ いつもなら明治通りまっすぐですよね。
S: あ……失礼しました。今、一本手前で曲がってしまいました。
C: メーター、もう二千円超えてますよ。いつもは千六百円くらいで着くんですけど。
S: 申し訳ございません。到着時に、いつもの金額に合わせてお引きします。
C: 正直、わざとじゃないかって思っちゃいますよ。この前も別の車で同じことあったんで。
S: 道を間違えたのは私の不注意です。申し訳ございません。
+120 S: お待たせしました。到着です。メーターは二千三百二十円ですが、千六百円で結構です。
C: ありがとうございます。領収書、お願いします。
S: はい、こちらです。
C: あと、会社のお客様窓口の番号って、この領収書に載ってます？
S: はい、下のところに載っております。
C: 一応、今日のこと、会社には伝えておきますね。乗務員証の番号、控えさせてもらいます。
S: はい、どうぞ。ご不快な思いをさせてしまい、申し訳ございませんでした。
C: いえ、ちゃんと引いてくれたんで、それはいいんですけど。道はちゃんと覚えてくださいね。
S: はい、気をつけます。
C: じゃあ、カードで。
S: はい、こちらにタッチをお願いします。
C: はい。
S: ありがとうございました。お忘れ物のないよう、お気をつけて。
C: どうも。
`},
{
  id: 'counter-rough-ja-025', lang: 'ja', setting: 'store', verdict: 'complaint', severity: 0, borderline: false, format: 'zoom',
  notes: 'Car dealer service desk: the same air-conditioning fault comes back for the third time; the customer is fed up and firm, asks for the service manager, a written explanation of the cause and says he will consult a lawyer about the warranty. Legitimate demands, no abuse.',
  speakers: { C: { role: 'customer', name: '青木 誠' }, S: { role: 'staff', name: 'サービス受付 荒井' }, M: { role: 'staff', name: 'サービス工場長 井上' } },
  script: `
S: 青木様、お待たせいたしました。エアコンの件ですね。
C: そうです。三回目ですよ、これで。前回直ったって言われて、二週間でまた温風しか出なくなった。
S: 大変申し訳ございません。前回はコンプレッサーのリレーを交換しておりまして。
C: 前の時もそう言ってましたよね。一回目はガスの補充、二回目がリレー。で、また同じ症状。
S: はい……。
C: 結局、原因はわかってないんじゃないですか。ちゃんと調べてくださいよ。
S: おっしゃる通りです。今回は工場長が直接見ます。
C: 工場長さん呼んでもらえますか。同じ説明を何回も聞くのはもう嫌なんで。
S: はい、すぐに呼んでまいります。
+40 M: 工場長の井上です。青木様、何度もご足労をおかけして、本当に申し訳ございません。
C: 正直、もうこの店に任せていいのか迷ってるんです。まだ買って一年半ですよ。
M: 今回はメーカーの技術員にも来てもらって、コンプレッサー本体を含めて全部調べます。二日ほどお預かりさせてください。
C: その間の車はどうなるんですか。仕事で毎日使うんです。
M: 代車をご用意します。修理代は保証の範囲ですので、いただきません。
C: 原因と、何をしたのか、書面でもらえますか。次に壊れた時のために。
M: はい、点検の記録と原因を書面でお渡しします。
C: それでも直らなかったら、弁護士に相談して、交換とか、そういう話も考えますからね。
M: はい。そのときは、メーカーとも正式に協議させていただきます。
C: ……まあ、今回はちゃんとやってください。夏場にこれは本当にきついんで。
M: 承知しました。木曜の夕方までに、必ずご連絡いたします。
S: 代車の準備ができております。こちらへどうぞ。
C: はい。お願いします。
`},
{
  id: 'counter-rough-ja-026', lang: 'ja', setting: 'restaurant', verdict: 'complaint', severity: 0, borderline: false, format: 'srt-noprefix',
  notes: 'Izakaya, SRT without speaker labels: a customer finds an unexplained cover charge and two extra beers on the bill, raises his voice once at the register and gets a corrected bill. Firm and reasonable: complaint.',
  speakers: { C: { role: 'customer', name: '客' }, S: { role: 'staff', name: '店員' } },
  script: `
C: すいません お会計お願いします
S: はい 三名様で 一万二千八百円です
C: え ちょっと高くない 伝票見せてもらえる
S: はい こちらです
+10 C: 生ビール九杯ってなってるけど 俺ら六杯しか飲んでないよ
S: えっと 確認いたします
C: あとこのお通し代 一人六百円って 何も聞いてないんだけど
S: お通しは 席にお着きの際に お出ししている小鉢の分でして
C: いや いるかいらないか聞かれてないし メニューにも書いてないよね どこにも
S: 入り口の看板に 記載がございまして
C: 看板なんか見ないって普通 おかしいだろそれ
C: あ ごめん 大きい声出して でもさ ビールの数は完全に違うよね
S: はい ビールは確認しましたところ 隣のテーブルの分が入っておりました 大変申し訳ございません
C: だよね 三杯分 引いてもらえる
S: はい 三杯分 千九百八十円 お引きします
C: お通しは まあ 食べちゃったから払うけど メニューに書いといた方がいいよ 絶対
S: ご指摘ありがとうございます 店長に伝えます
C: で いくらになる
S: 一万八百二十円になります
C: カードで
S: はい お預かりします
~ ご視聴ありがとうございました
S: ありがとうございました またお越しくださいませ
`},
{
  id: 'counter-rough-ja-027', lang: 'ja', setting: 'other', verdict: 'complaint', severity: 0, borderline: false, format: 'txt',
  notes: 'Parking lot intercom: the exit bar will not open after payment, the driver has been stuck for twenty minutes, is angry and asks for the extra time not to be charged. The machine failed, so the request is justified: complaint.',
  speakers: { C: { role: 'customer', name: '利用者', tag: 'お客様' }, S: { role: 'staff', name: 'コールセンター', tag: '係員' }, W: { role: 'staff', name: '現地係員', tag: '現地係員' } },
  script: `
S: はい、こちら管理センターです。どうされましたか。
C: 精算したのにバーが開かないんですよ。もう二十分ここにいます。
S: 大変申し訳ございません。精算機の番号を教えていただけますか。
C: 出口の、二番です。さっきから何回もボタン押してるのに、誰も出なかったじゃないですか。
S: お待たせして申し訳ございません。ただいま回線が混み合っておりまして。遠隔で確認いたします。
C: 後ろにも車並んでて、クラクション鳴らされてるんですよ。
+20 S: 確認しました。精算は完了しております。バーの動作に不具合が出ているようです。遠隔で開けますので、少々お待ちください。
+15 C: ……開かないですよ。
S: 申し訳ございません。遠隔の操作が効かないようですので、近くの係員を向かわせます。十分ほどで到着いたします。
C: 十分？ また十分待つんですか。勘弁してくださいよ。
S: 本当に申し訳ございません。
C: この待ってる間の料金、まさか取らないですよね。
S: はい、精算後の時間に料金はかかりません。また、お待たせした分、今回の駐車料金は全額返金の手続きをさせていただきます。
C: それなら、まあ。保育園のお迎えがあるんで、本当に急いでるんです。
S: 承知しました。係員に急ぐよう伝えます。
+480 W: お待たせしました、係員です。大変申し訳ございません。今、手動で開けます。
C: お願いします。
W: 開きました。こちら、返金のお手続きの用紙です。お名前とご連絡先をご記入いただければ、後日振り込みいたします。
C: はい。……急いでるんで、これ持って帰って書いてもいいですか。
W: はい、郵送でも大丈夫です。
C: わかりました。もう、次から気をつけてくださいね。
W: はい、ご迷惑をおかけしました。
`},
{
  id: 'counter-rough-ja-028', lang: 'ja', setting: 'other', verdict: 'complaint', severity: 0, borderline: false, format: 'json',
  notes: 'Bus terminal office: an elderly woman whose stop was skipped while she stood waiting in the rain complains firmly and asks for the driver to be spoken to and for an explanation; she does not want the driver punished. Legitimate complaint.',
  speakers: { C: { role: 'customer', name: '客' }, S: { role: 'staff', name: '営業所職員' } },
  script: `
S: はい 営業所です どうされましたか
C: あのね さっき 市民病院前のバス停で待ってたのに バスが停まらないで 行っちゃったのよ
S: 大変申し訳ございません 何時頃のバスでしょうか
C: 二時十五分の 駅行きよ 私 ちゃんと手も挙げたのに
S: 確認いたします 少々お待ちください
+20 S: お待たせいたしました 十四時十五分発の便ですね 運行記録を見ますと あの 停留所の通過が記録されております
C: でしょう 雨の中 三十分も待ったのよ 次のバスまで この足で
S: 本当に申し訳ございません お体 大丈夫でしたか
C: 膝が悪いから 立ってるのがつらいのよ 病院の帰りなのに
S: 申し訳ございません 運転士には 事情を確認して 指導いたします
C: 怒ってほしいわけじゃないのよ でも ちゃんと前 見て走ってほしいの 私みたいな年寄り 見えてないんじゃないかしらって
S: おっしゃる通りです 停留所での確認を徹底するよう 全員に周知いたします
C: それと 何で停まらなかったのか 後で教えてちょうだい 電話でいいから
S: はい 確認できましたら お電話いたします お名前と お電話番号 お伺いしてもよろしいですか
C: 田村です 番号は 〇九〇の
S: はい 控えました 田村様 今日中に ご連絡いたします
C: お願いね 次からは ほんとに気をつけてちょうだいね
S: はい ご迷惑をおかけしました 帰りは 駅までタクシーの手配を いたしましょうか 料金は こちらで持たせていただきます
C: あら いいの じゃあ お願いしようかしら
~ ご視聴ありがとうございました
`},
{
  id: 'counter-rough-ja-029', lang: 'ja', setting: 'store', verdict: 'complaint', severity: 0, borderline: false, format: 'teams',
  notes: 'Convenience store: a customer tells the owner a clerk threw his change on the tray and clicked his tongue, wants it addressed, and says he will write an honest Google review. Asking for the manager and writing an honest review are rights: complaint.',
  speakers: { C: { role: 'customer', name: '来店客' }, M: { role: 'staff', name: '村田 オーナー' } },
  script: `
C: すみません、店長さんいらっしゃいますか。
M: はい、オーナーの村田です。どうされましたか。
C: 今、レジでお釣りを投げるように置かれて。それで、舌打ちされたんですよ。
M: 大変申し訳ございません。どのスタッフでしたでしょうか。
C: 茶髪の、眼鏡の男性の方です。こっちがポイントカード出すのが遅れたのは悪かったですけど、あの態度はないと思います。
M: おっしゃる通りです。ご不快な思いをさせて、本当に申し訳ございません。
C: 別に怒鳴りたいわけじゃないんです。ただ、ああいう接客をずっと続けてるなら、他のお客さんも嫌な思いしてると思うので。
M: 本人に事実を確認して、指導いたします。防犯カメラでも確認いたします。
C: 正直、ここ毎朝使ってたんですけど、ちょっと考えちゃいますね。
M: そう思われて当然です。申し訳ございません。
C: 今日のことは、グーグルのレビューに書かせてもらいます。お店の名前で、あったことをそのまま。
M: はい、それはお客様のご自由です。書いていただいたことも含めて、改善に活かします。
C: スタッフさんの名前とかは書きませんよ。お店として対応してくれれば、それで。
M: ありがとうございます。結果については、次にご来店の際にでも、ご報告させていただけますか。
C: わかりました。
M: 本日は本当に申し訳ございませんでした。
C: いえ、ちゃんと聞いてもらえてよかったです。
+20 M: 佐野くん、ちょっといいかな。奥で話そう。
`},
{
  id: 'counter-rough-ja-030', lang: 'ja', setting: 'store', verdict: 'complaint', severity: 0, borderline: false, format: 'zoom',
  notes: 'Supermarket: a customer found a piece of hard plastic in a boxed lunch and nearly chipped a tooth; he is angry, wants a refund, an investigation and the result in writing, and says he has reported it to the health centre. Reasonable: complaint.',
  speakers: { C: { role: 'customer', name: '来店客' }, S: { role: 'staff', name: '副店長 野村' } },
  script: `
C: すいません、これ、昨日の夜ここで買った唐揚げ弁当なんだけど。
S: はい、いかがなさいましたか。
C: 中からこれが出てきた。硬いプラスチック。噛んだ瞬間にガリッていって、歯が欠けるかと思ったよ。
S: 大変申し訳ございません。お怪我はございませんでしたか。
C: 歯は大丈夫だった。でも、口ん中ちょっと切れた。
S: 申し訳ございません。こちらの破片、お預かりしてもよろしいでしょうか。製造元で原因を調べます。
C: いいけど、ちゃんと調べてよ。どこで入ったのか。工場なのか、店の中なのか。
S: はい。調査の結果は、書面でご報告いたします。一週間ほどお時間をいただけますか。
C: 一週間ね。……あとさ、これ食えなかったんだから、お金は返してよ。
S: もちろんです。商品代金を返金いたします。口の中の傷で受診される場合は、治療費もご相談ください。
C: 病院行くほどじゃないけどさ。正直、腹立ってるよ。子どもも同じの食べたがるから、よく買うんだよ、ここの弁当。
S: ご信頼を裏切ってしまい、申し訳ございません。
C: 保健所にも、一応電話はしといた。悪いけど。
S: いえ、当然のことです。保健所からご連絡があれば、私どもも全面的に協力いたします。
C: じゃあ、結果出たら、ここに電話して。
S: はい、承知いたしました。こちら、返金の五百九十八円です。
C: はい。
S: 本日は、ご迷惑をおかけして申し訳ございませんでした。
`},
{
  id: 'counter-rough-ja-031', lang: 'ja', setting: 'restaurant', verdict: 'complaint', severity: 0, borderline: false, format: 'srt',
  notes: 'Restaurant: a customer who declared a shrimp allergy was served a dish with shrimp stock and came out in hives; her partner is angry, asks what happened and for medical costs to be covered. A reasonable demand after real harm: complaint.',
  speakers: { C: { role: 'customer', name: '客' }, C2: { role: 'customer', name: '客の連れ' }, M: { role: 'staff', name: '店長' } },
  script: `
C: すみません 店長さん ちょっと来てもらえますか
M: はい 店長の前川です どうされましたか
C: 注文のとき エビのアレルギーがあるって 言いましたよね 彼女
M: はい 伺っております
C: このスープ エビの出汁 使ってますよね 飲んだら 首のとこ じんましん出てきてるんですけど
M: 大変申し訳ございません お体 すぐに確認させてください 息苦しさなどは ございませんか
C2: 息は 大丈夫 でも かゆい 薬 持ってるから 飲みます
M: お水をお持ちします 救急車は お呼びしましょうか
C2: 薬で 様子見ます いつも それで 治まるので
C: ちゃんと伝えてんのに なんでこうなるんですか 下手したら 命に関わるんですよ
M: おっしゃる通りです キッチンへの伝達で 確認が漏れておりました 言い訳のしようもございません
C: 正直 かなり頭にきてます
M: 本当に申し訳ございません
+60 M: お加減 いかがですか
C2: 少し 引いてきました
C: 帰りに一応 病院 寄ります その代金って
M: はい 受診の費用は 当店で負担いたします 領収書を こちらにお送りいただけますか 本日のお食事代も いただきません
C: わかりました あと どういう経緯だったのか 後で説明してください
M: はい キッチンのどこで確認が漏れたのか 調べて ご連絡いたします 私の名刺です
C: お願いします もう 他のお客さんには こういうこと ないようにしてください
M: はい 徹底いたします
~ ご視聴ありがとうございました
`},
{
  id: 'counter-rough-ja-032', lang: 'ja', setting: 'other', verdict: 'complaint', severity: 0, borderline: true, format: 'json',
  notes: 'Ticket gate office: a rough-spoken man charged twice on his IC card swears at the gate machine and at "the railway" in general, then accepts the refund. Borderline: the tone is coarse and one jab lands near the staff, but it targets the machine and the company and he softens at the end, so complaint.',
  speakers: { C: { role: 'customer', name: '客' }, S: { role: 'staff', name: '駅員' } },
  script: `
C: おい ちょっと これ 見てくれよ
S: はい どうされましたか
C: さっき入るとき 改札 二回ピッてなって 残高 四百円ぐらい減ってんだよ
S: 確認いたします カードをお預かりしてもよろしいですか
C: ほら なんだよ このポンコツ改札 毎回毎回
+15 S: 確認しました 八時十二分に 入場の記録が 二回ついております 大変申し訳ございません
C: ほらな くそっ 鉄道会社ってのは いっつもこうだよ 取るときだけ きっちり取りやがって
S: ご迷惑をおかけしました 二重に引かれた分は すぐにお戻しいたします
C: 当たり前だろ こっちが気づかなかったら そのままだったんだろ
S: ご指摘いただいて 助かりました 機械の点検も 依頼いたします
C: 点検点検って この前も言ってたじゃねえか あんたらはよ
S: はい ご不便をおかけしております
C: まあ あんたに言っても しょうがねえけどよ
+20 S: お待たせいたしました 二百十円 二回分 戻しました 残高 ご確認ください
C: おう 戻ってんな
S: 改札は 左側の有人通路から お通りください
C: はいよ 悪かったな 朝から でかい声出して
S: いえ ありがとうございました
~ ご視聴ありがとうございました
`},
];
