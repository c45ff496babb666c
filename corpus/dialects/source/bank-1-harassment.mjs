// Utterance bank, part 1: harassment (170). Format: H cats setting: text
export default `
# --- 大阪 ---
H th delivery: 今度この辺うろうろしとったら、ほんまにいてもうたるからな。
H th,in other: 殺されたいんか、お前。ええ度胸しとるやんけ。
H ab store: どんくさいなあ、お前。親の顔が見てみたいわ、ほんま。
H in call_center: なめとったらあかんぞ、こら。誰に口きいとる思とんねん。
H ud hotel: 部屋汚かったんやから、今回の宿泊代タダにして、次に泊まる分もタダにしといてや。
H ap other: 口で謝るだけやったらタダやろ。念書書け、念書。一筆入れて判押さんかい。
H pe call_center: せやから何べん同じこと言わすねん。返金や言うとるやろ、返金。
H re municipal: ええ返事もらうまで、わしはこっから一歩も動かへんで。閉庁時間？ 知らんがな。
H se store: 姉ちゃん、ええ脚しとるなあ。仕事終わったら一杯付き合えや。
H di call_center: 外人のねえちゃんやったら話にならんわ。日本人に代わってんか。
H pt delivery: お前の名前と営業所、全部控えたからな。本社に言うてクビにさしたるわ。
H sn hotel: この動画、今からネットに上げるで。フロントの態度最悪ですーいうてな。顔もばっちり映っとるわ。
H th,pt other: あんたの車、ナンバー覚えたで。帰り道、気ぃつけや。
H th,ab call_center: ボケカスが。いっぺん頭かち割って中身見たろか。
H ud store: 見切り品でもな、わしは常連なんやから、毎回半額にするんが筋ちゃうんか。
H ph,re delivery: 離せへんで、この腕。判子押すまで逃がさへんからな。
H ab other: こんなしょうもない仕事しかでけへんのか。給料泥棒もええとこやな。
H th,in municipal: 窓口でええ格好しとったらええわ。そのうち痛い目見るで、あんた。
H ud,pe call_center: さっきから言うとるやろ、誠意や誠意。形で見せてもらわな、この話終わらへんねん。
H ap call_center: 電話で謝ってしまいやと思うなよ。菓子折り持って家まで来て、玄関で頭下げるんが常識やろ。
H ph,in store: 今のは机どついただけや。何をビビっとんねん、ほんまに。
H se other: 姉ちゃん、その胸で腕立てできんの？ 邪魔ちゃうん、それ。
# --- 京都 ---
H ab hotel: まあ、これでお客さん取ってはるんやから、えらい度胸どすなあ。おたくみたいなお人、よう雇わはりましたなあ。
H ap other: 言葉だけのお詫びは結構どす。上の方お連れして、うちの玄関先で手ぇついてもらいまひょか。
H pt,sn store: あんたはんのお名前、下の名前まで教えてくれはります？ 知り合いの記者さんに、ようお話ししときますさかい。
H th municipal: 夜道は暗うおすさかい、気ぃつけて帰りよし。何があっても、うちは知りまへんえ。
H pe hotel: 先ほども申しましたやろ。お部屋代、返してもらえるまで、何べんでもお尋ねさしてもらいますえ。
H di other: 女の方では話になりまへんな。男の方、出しとくれやす。
H ab call_center: えらい賢いお返事どすなあ。お猿さんでも、もうちょっとましなこと言わはりますわ。
H ud other: 祭壇のお花、しおれてましたやろ。ご葬儀代、全部なかったことにしといておくれやす。
H re hotel: お返事いただけるまで、ここに座らしてもらいます。お茶はいりまへん。何時間でも待ちますよって。
H sn store: この写真、ようけの人に見てもらえるとこに載せときますわ。店員さんのお顔も、ちゃんと写ってますえ。
H se hotel: 仲居さん、綺麗な首筋してはるなあ。あとでお部屋に、お酌しに来てくれはらへん？
H in other: あんまりうちをなめてはると、後で後悔しはりますえ。
H th other: お宅の会社、この町で商売続けられへんようにしたげましょか。うちの顔、広うおすえ。
H re call_center: 切らはったら、またすぐおかけしますさかい。今日はお返事いただくまで、寝られしまへんわ。
# --- 神戸 ---
H ab store: お前、ほんまアホちゃうか。レジも打たれへんのか、何年やっとうねん。
H in delivery: 何しとうねん、こら。人待たせといて、その顔はなんや。
H th other: 次また注意してきたら表出え。しばきまわしたるわ。
H ud call_center: 工事が一日遅れたんやから、代金全部チャラにしてもらうで。当然やろ。
H pe call_center: 昨日も一昨日も電話したやろ。今日も同じこと言うたるわ、返金せえ。
H pt,th hotel: あのフロントの兄ちゃん、何時上がりなん？ 出てくるまで外で待っといたるわ。
H sn other: 口コミに、この店の営業の顔写真と名前、全部書いたるわ。覚悟しとき。
H di municipal: 年寄りの職員やと話通じひんねん。もっと若いのに代わり。
H ap store: 頭下げるんやったら、床までつけや。土下座や、今ここで。
H re,pe call_center: 切ったらまたかけたるで。朝まででも付き合うたるわ。
H ph,in store: 今の、わざと肩ぶつけたったんや。文句あるんか。
H se other: トレーナーさん、ストレッチ手伝うてや。もっと体くっつけてくれてええで。
H ud other: 仲介手数料ただにしてくれへんのやったら、この契約ナシや。ほんで申込金も倍にして返してや。
H di hotel: 中国の人なん？ ほな日本人のスタッフ呼んできて。あんたじゃあかんわ。
# --- 広島 ---
H th municipal: ワレ、ええ加減にせえよ。ぶち殺したろうか。
H th,in delivery: 次遅れたら、その車ごとひっくり返しちゃるけえの。
H ab call_center: おどりゃあ、脳みそ入っとるんか。ちぃたあ考えてもの言えや。
H in store: なめとるんか、おお？ 目ぇそらすなや、こっち見い。
H ud other: 工事のついでに、隣の納屋の屋根も直しとけや。タダでええじゃろ。
H ap other: 頭下げるだけで済むと思うなよ。紙に書け。二度としません言うて、実印押せや。
H pe call_center: 何回同じこと言わせるんなら。返せ言うたら返せや。
H re hotel: 支配人が来るまで、ここから一歩も動かんけえの。朝まででも居ったるわ。
H se delivery: 姉ちゃん、ぶち可愛いのう。彼氏おるんか？ 今晩どうなら。
H di hotel: なんじゃ、片言の外人か。日本語ちゃんとしゃべれるもんに代われや。
H pt municipal: あんたのフルネーム言えや。市長に手紙書いて、よそへ飛ばしてもらうけえ。
H sn store: 今のやり取り、全部撮っとるけえの。ネットに流したら、あんた明日から表歩けんで。
H th,pt other: 駐車場のあの赤い軽、あんたのじゃろ。覚えたけえの。
H ab other: ぶち使えんのう、あんた。こがいな奴に任せたワシがバカじゃったわ。
H ph,th store: カウンター蹴ったんがなんなら。次はワレの足じゃ。
H ud store: 一回着ただけじゃろうが。汗臭いんも気のせいじゃ。全額返金せえや。
H pe,th municipal: 明日も来るけえの。あさっても来るけえ。ワシが納得するまで毎日じゃ。
H di,ab store: 障害があるんなら裏におりゃええじゃろうが。客の前に出すなや。
# --- 博多 ---
H th other: きさん、くらすぞ。表出ろや。
H th delivery: 今度うちに来たら、ぼてくりこかしちゃるけんな。
H ab call_center: なんばしよっとか、このバカちんが。そげなことも知らんとか。
H in store: せからしか！ 黙って言うこと聞いとけ。
H ud hotel: 風呂がぬるかったっちゃけん、宿泊費全部返して、交通費も出しやい。
H ap other: 口だけの謝りはいらん。そこで正座して、頭ば床につけりい。
H pe municipal: さっきから同じこと聞きよろうが。なんべん言わせるとや。
H re other: 判子押すまで帰らんけんね。店閉めるなら閉めり、ここ座っとくけん。
H se store: 店員さん、よか体しとうね。スカートもうちょい短かったら、もっとよかとに。
H di call_center: 女じゃわからんやろ。男の担当に代わらんね。
H pt,th hotel: あんたの名前、フルネームで教えて。インスタで探し出しちゃるけん。
H sn delivery: 置き配の写真と一緒に、ドライバーの顔ごとネットに晒しちゃるけんな。
H ab,in other: こげんへぼい葬式、見たことなか。きさんら、葬儀屋の恥たい。
H th municipal: 帰り道、後ろに気ぃつけときや。
H ud call_center: 一か月もネット繋がらんかったっちゃけん、一年分タダにするとが筋やろうもん。
H re call_center: 返事するまで絶対切らんけん。何時間でも待っとくばい。
H pe,th other: 毎日電話しちゃるけん。朝も昼も晩もたい。
H ph,ap hotel: 胸ぐらつかんどるだけやろうが。離してほしかったら謝れ。
H ap hotel: 支配人が土下座して詫び状書いたら、今回だけは許しちゃる。
H sn,ud store: この動画、消してほしかったら、今日の会計、全部タダにしり。
# --- 名古屋 ---
H ab municipal: たわけか、おみゃあは。そんなこともわからんのか。
H in store: なめとったらいかんでよ。わしを誰だと思っとるんだ。
H th delivery: 今度時間守らんかったら、ただじゃすまさんでな。
H ud other: 隣がうるさいんだで、家賃半額にしてちょうだゃあ。当然だがね。
H ap hotel: 謝るんなら、支配人と二人でうちに来て、手ぇついてちょう。
H pe call_center: 同じこと何べん言わすの。交換だって言っとるがね。
H re store: 店長来るまで、レジの前から退かんでね。後ろの客なんか知らんわ。
H se other: インストラクターさん、お尻きゅっとしとって、ええがね。ちょっと触らしてちょう。
H di,ab municipal: 障害者の職員なんか窓口に置いとるで、仕事が遅いんだわ。
H pt,sn other: あんたの下の名前なんだ。町内会の回覧板に書いて回したるでね。
H sn hotel: 今の、全部録画したでね。あんたの顔と名札、動画サイトに上げたるわ。
H ab call_center: どえりゃあ役立たずだなあ、あんた。電話番もまともにできんのか。
H th,pt other: この家に来た職人、一人残らず名前控えとくでな。どうなっても知らんでよ。
H in,ab store: ちんたらしとるでかんわ！ はよせんか、このとろくさいのが！
H ud store: 箱潰れとったで、中身なんともにゃあけど、新品と交換して、ポイントも倍付けてちょう。
H pe,re municipal: 返事もらうまで、わし、何時間でもここおるでね。閉めるなら閉めやあ。
H ph,in store: ほれ、レシートだわ。顔に投げたったのが、そんなに気に入らんのか。
H se hotel: 仲居さん、浴衣の帯、ほどいたろか。冗談だがね、冗談。
H pt,th delivery: あんたの営業所、うちのすぐ近くだでね。帰る時間、見張っといたるわ。
# --- 仙台 ---
H in store: おだづなよ、この野郎。客ば馬鹿にしてんのが。
H ab municipal: いぎなり役立だずだな。税金泥棒って、おめみでなやづのごど言うんだべ。
H th delivery: 次置ぎ配で濡らしたら、おめの車、ぶっ壊してやっからな。
H ud hotel: 朝飯がしょっぱがったがら、宿泊代半分返してけろ。
H ap other: 謝るんだら、社長連れできて、玄関で土下座しろっちゃ。
H pe call_center: 何回もおなじごど言わせんなって。返金だっつってっぺ。
H re other: 契約取り消すって言うまで、ここがら帰んねがらな。
H se hotel: 姉ちゃん、めんこいなあ。後で部屋さ来ねが？ 酒っこ飲むべ。
H di call_center: なんだ、外国人が出てんのが。日本人さ代われ。話になんね。
H pt,th municipal: おめの名前、フルネームで言え。ネットで調べで、家まで行ってやっから。
H sn store: この店の店員の態度、動画さ撮ったがらな。顔出しでSNSさ上げっから。
H th,in other: 調子さ乗ってっと、ただで済まねぇぞ。
H ab other: こんたなへっぽこな段取りで、よぐ葬儀屋名乗ってられんな。
H ud,pe call_center: 三日遅れだんだがら、一年分の料金タダにしろって、さっきがら言ってっぺや。
H ph delivery: 腕っこつかんだぐらいでぎゃーぎゃー言うな。おめが逃げっからだべ。
H re municipal: 課長が来るまで、この席がら動がねがら。昼休み？ 知ゃねっちゃ。
# --- 津軽 ---
H ab store: はんかくせ店員だな。ほんずねぇにもほどがある。
H th other: まね言ってると、ただでおがねはんでな。
H in municipal: なにぬかしてらんだ、おめ！ 役場の人間が偉そうにすな！
H ud other: 雪片付げ遅れだはんで、今月の家賃、払わねはんでな。来月も払わね。
H pe call_center: 何回しゃべればわがるんだ。取っ替えろって、さっきがらしゃべってらべ。
H re store: 店長来るまで、わ、こごさ座ってるはんで。店閉めだくても閉めさせね。
H se hotel: めんこい娘だな。わの隣さ座って、酌っこしてけ。
H ap municipal: 頭下げるだけだば許さね。一筆書いで、判押して持ってこい。
H pt,th delivery: おめ、どこさ住んでらんだ。あとで挨拶しに行ぐはんで。
H di other: 年寄りの受付だばわがねじゃ。若げ人さ替われ。
H sn hotel: こいだっきゃ、ネットさ書いでまるはんでな。おめの名前も顔っこも全部。
H th delivery: 今度荷物っこ壊したら、おめの指っこ折ってまるぞ。
H ab,in call_center: わのごど馬鹿にしてらんだべ、この、もつけが！
# --- 沖縄 ---
H th delivery: 次こんなことしたら、たっくるすよ、ほんとに。
H ab store: ふらーか、あんた。足し算もできんわけ？
H in,pe municipal: わじわじーするさ！ 何回言ったらわかるわけ、あんたは。
H ud hotel: 海見えるって言ったのに、半分しか見えんさ。全額返して、次も無料にしてよ。
H ap other: 謝るんだったら、床に手ついて、ちゃんと頭下げなさい。
H pe,th call_center: 昨日も言ったさーね。今日も言うよ、交換してって。明日も明後日もかけるからね。
H re other: 返事もらうまで帰らんよ。ここで寝てもいいわけ、わんは。
H se hotel: ねーねー、でーじちゅらかーぎーさ。今晩、一緒に飲みに行かんば？
H di municipal: ないちゃーの職員は引っ込んでなさい。うちなーんちゅ出して。
H pt,th store: あんたの名前、下の名前まで教えなさい。知り合いに頼んで、どこ住んでるか調べるからね。
H sn delivery: 玄関の防犯カメラに、あんたの顔映ってるからね。ネットに流すよ。
H ab other: あんたみたいなデブがトレーナーやってるわけ？ 説得力ないさ。
H th,in other: 手抜き工事した職人、見つけたらただじゃおかんよ。
H ud call_center: 修理に一週間かかったんだから、新しいのと交換して、お詫びに商品券も付けてよ。
H ph,in store: この商品、カウンターに叩きつけたくらいで何ね。文句あるわけ？
H ap hotel: 一筆書いてよ、二度としませんって。あんたの名前と判子も押してよ。
# --- English (Scottish, Australian, Northern English) ---
H th delivery: Leave it in the rain again and I'll wrap that scanner round your heid, pal.
H ab call_center: Ye absolute bawbag, can ye no read what's on yer screen?
H in hotel: Don't you dare walk away from me, I'm talking to you. Get back here. Now.
H ud hotel: The Wi-Fi dropped twice, so I want the whole week comped and a free upgrade next time.
H pe,ab call_center: I've told you four times now. Refund. Are you deaf or just pretending?
H re municipal: I'm not leaving this counter till someone signs it off. Call security if you like, I'm staying put.
H se other: You'd look even better in those leggings if you turned round, darl. Give us a twirl.
H di store: I'm not being served by someone who can't speak proper English. Get me an Aussie.
H pt,th other: What's your surname, then? Full name. I'll be finding you on Facebook tonight.
H sn hotel: Smile for the camera, mate. This is going straight on TikTok with your name badge in it.
H th other: You come near my place again with that attitude and you'll be leaving in an ambulance.
H ap store: Say sorry properly. On your knees. Go on, in front of everyone.
H ph,re delivery: That's my hand on your collar, and it stays there till you sign for the damage.
H ab other: Call yourselves undertakers? You're a bunch of cowboys, the lot of ya.
H in,th store: Keep mouthing off, sunshine, and see what happens to you.
H ud call_center: A week without internet. I want a year free and a new modem, or I'm not paying a cent.
H pe,th municipal: I'll ring every single morning at nine till you fix it. Every morning, you hear me?
H sn,ud other: Cancel my fees or the video of you laughing at me goes up on Insta tonight.
`;
