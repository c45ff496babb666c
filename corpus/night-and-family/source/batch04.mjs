// Batch 4: ja-031 .. ja-035, ja-037 .. ja-039 (ja-036 is the long call in batch05)
export const conversations = [
{
  id: 'night-and-family-ja-031', lang: 'ja', setting: 'hotel', verdict: 'kasuhara', severity: 2, borderline: false,
  format: 'txt',
  notes: 'Hotel in-house phone to the front desk around 2 a.m. A drunk guest asks the female night clerk to bring ice herself, invites her to drink in his room, asks her age and boyfriend, wants a shoulder massage for a tip, and calls straight back after she ends the call. The ice request itself is not a span.',
  speakers: { S: { role: 'staff', name: 'フロント', label: 'フロント' }, C: { role: 'customer', name: '宿泊客', label: '宿泊客' } },
  script: `
S| はい、フロントでございます。
C| あー、もしもし。えーと、一〇一二号室だけど。
S| 一〇一二号室様、いかがなさいましたか。
C se| 今、電話出てんの、女の子だよね。声かわいいね。
S| ご用件をお伺いいたします。
C| 用件ね。あのさ、氷。氷持ってきてよ。
S| 氷でございますね。製氷機が各階のエレベーターホールにございますので、そちらをご利用いただけますでしょうか。
C| いや、めんどくさいじゃん。持ってきてよ、君が。
S| 申し訳ございません。夜間はスタッフが少ないため、お届けの場合は男性スタッフが伺います。
C se| 男はいらないよ。君が来てって言ってんの。ちょっと部屋で一緒に飲もうよ。
S| 申し訳ございませんが、お客様のお部屋でご一緒することはできません。氷は男性スタッフがお届けいたします。
C se,pe| 固いなあ。一杯だけ。一杯だけだって。何歳？ 彼氏いんの？
S| 個人的なご質問にはお答えできません。ほかにご用件がなければ、失礼いたします。
C| 待って待って。じゃあさ、マッサージ。マッサージって頼める？
S| マッサージは提携店からの出張サービスがございますが、本日の受付は零時で終了しております。
C se,ud| じゃあ君がやってよ。肩揉むだけでいいからさ。チップ弾むから。
S| お断りいたします。このようなご要望が続く場合は、お電話を終了させていただきます。
+38 S| はい、フロントでございます。
C re,se| あ、さっきの子？ いきなり切るなよ、冷たいな。話し相手になってよ、眠れないんだよ。
S| 一〇一二号室のお客様ですね。先ほど申し上げた通り、そのようなご要望にはお応えできません。
C pe,se| だから一杯だけだって。何回言わせんの。部屋、一〇一二ね。待ってるから。
S| 伺うことはございません。同様のお電話が続く場合は、警備員がお部屋に伺います。
C| ……警備員とか、マジかよ。冗談だって、冗談。
S| 氷は男性スタッフがお届けいたします。おやすみなさいませ。
C| いらねえよ、もう。
`},
{
  id: 'night-and-family-ja-032', lang: 'ja', setting: 'other', verdict: 'normal', severity: 0, borderline: false,
  format: 'srt',
  notes: 'Taxi, drive-recorder audio. A confused elderly passenger cannot recall her address and asks again where they are going; the driver calls the daughter from a contact card. Repetition caused by memory problems, not persistence.',
  speakers: { D: { role: 'staff', name: '運転手' }, P: { role: 'customer', name: '乗客' }, K: { role: 'customer', name: '娘' }, G: { role: 'other', name: '不明' } },
  script: `
P| すみませんね あの 家まで お願いします
D| はい ご自宅ですね ご住所を 教えていただけますか
P| 住所 えっと 桜台の ほら 郵便局の 近くの
D| 桜台の 郵便局の近くですね 桜台の 何丁目か わかりますか
P| 何丁目だったかしら 三丁目 いや 四丁目かな
D| 大丈夫ですよ とりあえず 郵便局のほうに 向かいますね 近くまで行ったら 教えてください
P| はいはい ごめんなさいね
+24 P| 運転手さん これ どこに行くの
D| 桜台の郵便局のほうに 向かってますよ お客様の ご自宅の近くです
P| ああ そうそう 家に帰るの
+28 P| あのね 主人がね 家で待ってるの ご飯 作らないと
D| そうですか お優しいですね
+9 G| ご視聴ありがとうございました
+6 D| お客様 もしよかったら ご家族の方に 連絡してみましょうか 何か 連絡先の メモとか お持ちですか
P| メモ ああ 娘が 鞄に入れといてって これかしら
D| 拝見しますね あ 娘さんの電話番号ですね お電話しても いいですか
P| どうぞ どうぞ
D| もしもし 突然すみません 緑タクシーの 運転手の 佐野と申します お母様を 今 お乗せしていまして
K| えっ 母が？ すみません 今どこですか
D| 駅前から乗られて 桜台の郵便局のあたりに 向かっています ご住所が ちょっと 曖昧でいらしたので
K| ありがとうございます 桜台四丁目の 十二の五です 郵便局の角を 右に曲がって 二軒目の 青い屋根の家です
D| 四丁目 十二の五 青い屋根ですね わかりました
K| 母 最近 ちょっと 物忘れがあって 一人で 出かけちゃったみたいで 本当に すみません
D| いえいえ 大丈夫ですよ 着いたら また お電話しましょうか
K| お願いします 私 今から 実家に 向かいます
P| 誰と 話してるの
D| 娘さんですよ お迎えに 来てくださるそうです
P| あら みかが？
+38 D| お客様 着きましたよ 青い屋根の おうち ここですよね
P| ああ ここ ここ うちよ よくわかったわね
D| 料金 千六百八十円になります
P| はいはい えっと お財布 これで
D| 二千円 お預かりします 三百二十円の お返しです
P| ありがとね 運転手さん 親切ね
P| それで ここ どこだったかしら
D| ご自宅ですよ 桜台四丁目の 娘さんも 今 向かってらっしゃいます
P| そう みかが来るの うれしいわ
D| 玄関まで ご一緒しますね 足元 段差 気をつけて
`},
{
  id: 'night-and-family-ja-033', lang: 'ja', setting: 'bank', verdict: 'complaint', severity: 0, borderline: true,
  format: 'json',
  notes: 'Post-office counter. A father collecting registered mail for his hospitalised daughter is told he needs her proxy letter; he raises his voice twice and grumbles 「融通きかない」「お役所仕事」 but makes no threat or demand beyond the rules and accepts an extension. Borderline: some would mark the raised voice as mild intimidation; labelled a complaint because it targets the rule, not the clerk.',
  speakers: { C: { role: 'customer', name: '客' }, S: { role: 'staff', name: '窓口' } },
  script: `
C| これ 娘宛ての 書留 受け取りに来たんだけど
S| 不在通知 お預かりします 恐れ入りますが 娘さん ご本人では ないんですね
C| 父親だよ 同じ家に住んでる
S| ありがとうございます 書留を ご家族の方が受け取られる場合 ご本人の委任状と 来られた方の 身分証が 必要になります
C| 委任状？ そんなもん 聞いてないぞ
S| 不在通知の 裏面に 記載がございまして
C| 裏なんか 読まないよ こっちは 忙しい中 来てんだ 同じ苗字で 住所も一緒だろ 免許証 見せりゃいいだろ
S| はい 免許証で お客様のご住所の確認は できます ただ 書留の場合は ご本人様の委任が 必要でして
C| だから 親子だって 言ってんだろ でかい声 出したくないけどさ 融通きかないな ほんと
S| 申し訳ございません 書留は 大切なお届け物ですので 万一のことがないように お願いしております
C| お役所仕事だよ 全部 民営化したんじゃなかったのかよ
S| お手数をおかけします 委任状は 不在通知の裏面に 娘さんが ご署名いただくだけで 大丈夫です
C| 娘は 今 入院してんだよ せっぱく早産で
S| そうでしたか それは ご心配ですね
C| 病院からの 書類なんだよ 多分 保険の
S| 入院中でしたら 病室で 娘さんに ご署名いただく形でも 大丈夫です 保管期限は 来週の水曜日まで ございますので
C| 来週水曜 延ばせないの
S| ご依頼いただければ 最大で 十日間 延長できます
C| じゃあ 延ばしといて 面会 週末しか 行けないから
+30 S| かしこまりました 延長の手続きを いたします 新しい期限は 再来週の土曜日です
C| 再来週の 土曜ね 延長 頼むよ
`},
{
  id: 'night-and-family-ja-034', lang: 'ja', setting: 'hotel', verdict: 'kasuhara', severity: 1, borderline: true,
  format: 'teams',
  notes: 'Remote front-desk video kiosk of an unmanned hotel. A young guest with a dirty room (legitimate) livestreams the call and twice presses the agent to show his face and full name to her viewers; she drops it once offered a room change and refund. Borderline: the complaint is fair and the pressure brief, but filming staff for posting after a refusal is sns_exposure.',
  speakers: { S: { role: 'staff', name: '遠藤 拓海' }, C: { role: 'customer', name: '星野 りお' } },
  script: `
C| あ、つながった。もしもーし、聞こえます？
S| はい、お待たせいたしました。ホテルステイリンク、リモートフロントの遠藤でございます。
C| あの、四〇五号室の星野なんですけど、部屋、めっちゃ汚いんですけど。
S| 大変申し訳ございません。どのような状況でしょうか。
C| お風呂の排水口に髪の毛ごっそり残ってるし、シーツに、なんか茶色いシミあるし。写真撮ったんで見せますね、ほら。
+12 S| ……確認いたしました。清掃が行き届いておらず、誠に申し訳ございません。
C| てか今これ、インスタでライブ配信してるんで。みんな見てるんで。
S| さようでございますか。
C sn| なので遠藤さん、ちゃんと顔出して、みんなに謝ってもらえます？ カメラもっと寄って。名前もフルネームで。
S| 清掃の不備についてはお詫び申し上げます。ただ、配信で従業員の顔や名前を出すことは、ご遠慮いただけますでしょうか。
C sn| えー、なんで？ 悪いことしてないなら映ってもよくないですか。コメントでも「顔出せ」って言われてますよ。
S| 申し訳ございませんが、配信へのご協力はいたしかねます。お部屋の件はすぐに対応いたします。同じタイプのお部屋が六階に空いておりますので、移動をご案内できます。
C| あ、移動はしたいです。
S| また、本日の宿泊料金は全額ご返金させていただきます。
C| え、全額？ それなら……まあ、いいです。みんな、部屋変えてもらえるって。
S| 新しいカードキーは、ロビーの端末から発行いたします。画面の「部屋移動」を押していただけますか。
C| はい、押しました。
+25 S| ありがとうございます。六〇八号室のキーが発行されます。
C| 出た。じゃあ移ります。あ、清掃の人にちゃんと言っといてくださいね。
S| はい、清掃責任者に報告いたします。ご不快な思いをおかけし、申し訳ございませんでした。
C| はーい。
`},
{
  id: 'night-and-family-ja-035', lang: 'ja', setting: 'bank', verdict: 'complaint', severity: 0, borderline: false,
  format: 'zoom',
  notes: 'Bank online meeting. A mother whose remittance of her son\'s overseas tuition was held for a week by a branch error asks firmly for the extra fee back and a letter in English for the university; reasonable demands, complaint.',
  speakers: { S: { role: 'staff', name: '長尾 智也' }, C: { role: 'customer', name: '岡本 由美' } },
  script: `
C| 長尾さん、お時間ありがとうございます。岡本です。
S| 岡本様、このたびはご迷惑をおかけしております。ひかり銀行外国送金センターの長尾でございます。
C| 先々週、オーストラリアの息子の大学に、学費を送金した件です。一週間経っても着かなくて、息子から、大学から督促が来たって連絡があって。
S| はい。確認いたしましたところ、受取銀行の住所欄の記載に不足があり、中継銀行で一時保留されておりました。
C| 住所欄？ 窓口で、担当の方がこれで大丈夫ですって、確認してくれたんですよ。
S| はい。窓口で確認させていただいた際に、不足に気づくべきところでした。当行の確認不足でございます。申し訳ございません。
C| それで、今は。
S| 昨日、当行から中継銀行に修正の連絡をいたしまして、本日、受取銀行に着金したことを確認いたしました。
C| 着いたんですね。よかった……。でも、明細を見たら、手数料が二回引かれてるんですけど。
S| はい。修正の際に、中継銀行の手数料が追加で発生しておりました。当行の不備によるものですので、追加分の四千円は全額お返しいたします。
C| 最初の手数料は？
S| 最初の送金手数料につきましては、通常のお手続き分として頂戴しております。
C| ……まあ、それはそうか。送金自体はしたわけだから。
S| ご理解いただき、ありがとうございます。
C| あとね、息子、延滞扱いで、大学のシステムに延滞のフラグみたいなのがついちゃって。奨学金の審査に響くかもしれないって、すごく心配してるんです。
S| それはご心配ですね。
C| 銀行のミスで遅れたっていう、証明書みたいなもの、出してもらえますか。英語で。大学に出したいので。
S| はい。送金遅延の経緯証明書を、英文で作成いたします。当行の確認不足による遅延である旨を明記いたします。
C| それがあれば、大学には説明できると思います。
S| 三営業日ほどお時間をいただきますが、PDFでもお送りできます。
C| PDFでお願いします。息子に直接送りたいので。
S| かしこまりました。岡本様のご登録のメールアドレス宛てにお送りいたします。
C| それと、正直に言いますけど、窓口で大丈夫って言われて、こっちは信じて帰ったわけですよ。それで一週間、息子もずっと不安で。
S| はい。
C| 学費って、遅れたら退学とか、そういう話にもなりかねないんです。今回は間に合ったけど。
S| おっしゃる通りです。窓口での確認手順を見直し、同様の不足がないよう徹底いたします。
C| お願いします。次の学期も、またここから送るので。
S| ありがとうございます。次回は、お送りになる前に、私どもでも内容を確認させていただきますので、ご連絡ください。
C| わかりました。じゃあ、証明書、よろしくお願いします。
S| 承知いたしました。本日はご迷惑をおかけし、申し訳ございませんでした。
`},
{
  id: 'night-and-family-ja-037', lang: 'ja', setting: 'restaurant', verdict: 'normal', severity: 0, borderline: false,
  format: 'srt',
  notes: 'Izakaya late at night. A drunk but friendly customer celebrating a promotion spills a drink, apologises, and asks for the manager only to praise the food. Hard negative: drunk, 「店長呼んで」 and 「死んでも出る」 in a friendly context.',
  speakers: { C: { role: 'customer', name: '客' }, S: { role: 'staff', name: '店員' }, F: { role: 'customer', name: '連れ' } },
  script: `
C| すいませーん おねえさん あ おにいさんか ごめんごめん
S| はい お伺いします
C| この だし巻き玉子 めっちゃうまい もう一個
S| ありがとうございます だし巻き 追加ですね
C| あと あの 焼酎の 名前なんだっけ さっきの 芋の
S| 芋ですと こちらの 三種類が ございます
C| 真ん中のやつ ロックで
F| お前 もうやめとけって 明日 朝イチで 会議だろ
C| 大丈夫 大丈夫 会議なんか 死んでも出るから
S| お水も お持ちしましょうか
C| 神 お兄さん 神 お水ください
+35 C| あっ やべ ごめん ごめんなさい こぼした
S| 大丈夫ですよ お洋服 濡れてませんか おしぼり お持ちします
C| 床 すいません ほんと すいません
S| 拭きますので そのままで 大丈夫です
F| すいません こいつ 今日 昇進祝いで
S| おめでとうございます
C| ありがと ありがとう お兄さん 店長 呼んで 店長
S| 店長ですか 何か 不手際が ございましたか
C| 違う違う 褒めたいの この店 最高だって 言いたいの
S| ありがとうございます 店長 今 厨房で 手が離せなくて 伝えておきます
C| じゃあ 伝えて だし巻き 最高って あと お兄さんも 最高
+50 C| お会計 お願いしまーす
S| 八千六百円です
F| カードで
C| お兄さん ほんと ありがとね また来る また来るわ 絶対
S| お気をつけて お帰りください タクシー お呼びしましょうか
F| あ お願いします すいません
`},
{
  id: 'night-and-family-ja-038', lang: 'ja', setting: 'other', verdict: 'kasuhara', severity: 3, borderline: false,
  format: 'json',
  notes: 'Wedding-hall counter. The missing family group photo is the venue\'s fault and the bride\'s complaint is fair; her father demands the full 3.5 million yen wedding cost as 「誠意」 again after refusal, throws the album (revealed by staff), threatens to ruin the hall and warns the photographer to watch his way home. First 誠意 demand not a span.',
  speakers: { S: { role: 'staff', name: 'プランナー' }, F: { role: 'customer', name: '父' }, B: { role: 'customer', name: '新婦' }, M: { role: 'staff', name: '支配人' } },
  script: `
S| 本日は ご来館ありがとうございます 写真アルバムの件で お話を 伺えればと
F| 見てくれよ これ 家族写真が 一枚もないんだよ
S| 拝見いたします
B| 挙式のあとに 親族で撮る 集合写真 あれが アルバムに入ってなくて データにもないんです
S| はい 確認いたしました 当日の撮影担当が 集合写真を 撮影していなかったようです 大変申し訳ございません
F| 申し訳ないで済むか 一生に一度なんだぞ
S| おっしゃる通りでございます 本当に 申し訳ございません
B| 他のスナップに みんな ちょこちょこ 写ってはいるんですけど ちゃんとした 一枚がなくて
S| アルバムの代金 十八万円は 全額 ご返金させていただきます また ご希望であれば 後日 ご親族様に お集まりいただいて 無料で 撮影させていただくことも
F| 後日？ 親戚 北海道から九州まで 来てたんだぞ もう一回 集められるわけ ないだろうが
S| ご親族様の ご移動を考えますと 難しいことも 承知しております
F| 誠意を見せろって 言ってんだよ 誠意を
S| 誠意と 申しますと
F| わかるだろ 金だよ 式の代金 全額返せ 三百五十万
S| 大変申し訳ございませんが 挙式と披露宴は 契約通り 実施させていただいておりますので アルバム代金の返金と 撮影のご提案までが 当館としての 対応となります
F ud,pe| 契約通り？ 一番大事な写真がないのに 何が契約通りだ 全額だよ 全額
B| お父さん 落ち着いて
F ph,in| ふざけんなよ おい こんなもん いるか
S| お客様 アルバムを 投げないでください
+8 M| 失礼いたします 支配人の 近藤でございます
F| あんたが 支配人か
F ud| 全額返すかどうか 今 ここで 決めろ
M| 撮影漏れは 当館の過失でございます 心から お詫び申し上げます ただ 挙式費用の 全額返金は いたしかねます
F th| ほう そうか こっちにも 知り合いは いるんだぞ こんな式場 潰すのなんか 簡単なんだからな
M| ただいまの ご発言は 脅迫と 受け取らざるを得ません
F th,in| 脅迫じゃねえよ 忠告だよ 夜 帰り道 気をつけろって 言ってんだ お前んとこの カメラマンにもな
B| お父さん やめて 本当に もう
M| これ以上 続くようでしたら 警察に 連絡いたします
F| 勝手にしろ
B| すみません 本当に すみません 父が
M| 新婦様 返金と 撮影の件は 改めて 書面で ご提案いたします
B| はい お願いします 後日の撮影 私は したいです 両親と 祖母だけでも
S| ありがとうございます 責任を持って 撮影させていただきます
`},
{
  id: 'night-and-family-ja-039', lang: 'ja', setting: 'store', verdict: 'complaint', severity: 0, borderline: false,
  format: 'teams',
  notes: 'Mobile-phone shop online consultation. A young customer lost older photos, including her late grandmother\'s, in a botched data migration; she cries, is sharp about the shop\'s carelessness and says she will write an honest review. Legitimate complaint, bereavement context, no span.',
  speakers: { S: { role: 'staff', name: '佐々木 悠' }, C: { role: 'customer', name: '原 美月' } },
  script: `
S| 原様、本日はオンラインでのご相談、ありがとうございます。モバイルプラザ駅前店の佐々木です。
C| ……あの、昨日、機種変したときの、データ移行のことで。
S| はい。データ移行の件で、ご不便をおかけしていると伺いました。
C| 写真が、二〇二一年より前のが、全部ないんです。
S| 全部……ですか。
C| 昨日、お店の人に移行お願いして、終わりましたって言われて、家帰って見たら、ない。古い機種は、下取りでもう渡しちゃったし。
S| 大変申し訳ございません。まず、古い端末がまだ店舗にあるかを確認いたします。少々お待ちいただけますか。
C| お願いします。……ばあちゃんの写真、あれしかないんです。去年、亡くなって。
S| ……そうでしたか。すぐ確認いたします。
+70 S| お待たせいたしました。下取りの端末は、まだ店舗の金庫に保管されておりました。初期化前の状態です。
C| え、ほんとに？
S| はい。データは残っている可能性が高いです。
C| よかった……ほんとに、よかった……。
+6 C| すみません、ちょっと、泣いてて。
S| いえ。ご不安でしたよね。
C| でも、ほんとに、なんで終わりましたって言ったんですか。確認してくれたら、こんな思いしなかったのに。
S| おっしゃる通りです。移行の完了確認を、写真の件数まで見ていなかったと思われます。こちらの確認不足です。申し訳ございません。
C| クラウドの容量が足りなかったとか、そういうことですか。
S| はい。おそらくクラウドの容量が上限に達していて、途中までしか移っていなかった可能性があります。
C| それ、その場で言ってくれれば、容量買ったのに。
S| はい。ご説明が不足しておりました。
C| 今日お店に行けば、移してもらえるんですか。
S| はい。本日、私が担当して、パソコン経由で写真を直接移行いたします。端末の下取りは、移行が完了して、原様にご確認いただいてから処理いたします。
C| それならいいです。……正直、昨日のこと、口コミには書きます。ちゃんと確認しないで、終わりって言われたこと。
S| はい、ご意見として受け止めます。
C| 今日ちゃんとやってくれたら、それも書きますけど。
S| ありがとうございます。何時ごろご来店いただけますか。
C| 仕事終わって、六時半くらい。
S| では、十八時半でご予約をお取りします。移行には一時間ほどかかります。
C| わかりました。ばあちゃんの写真、一枚も消さないでくださいね。
S| はい、お約束いたします。
C| ……よろしくお願いします。
`},
];
