// Utterance bank, part 3: ordinary customer turns (80). Format: O setting: text
export default `
# --- 大阪・京都・神戸 ---
O store: このキャベツ、半玉でも売ってくれはるん？ 一人暮らしやから、丸ごとはよう食べきらんねん。
O hotel: チェックインの前に荷物だけ預けといてもええ？ 大阪城見てから戻ってくるわ。
O delivery: 再配達、明日の夕方でお願いできます？ 十八時から二十時のとこで。
O municipal: 転入届って、何持っていったらええんですか。前の市役所の転出証明書と、あとは？
O other: 内見、土曜日の午前中って空いてます？ 駅から歩いて何分くらいの物件やったっけ。
O other: 会員証なくしてもうてんけど、再発行ってなんぼかかるん？
O hotel: 京都駅までのバス、ここから何番に乗ったらよろしいの？
O store: 贈答用に包んでもろてもよろしいやろか。のしは、御礼で。
O other: 法事の会食、十五人くらいでお願いしたいんどすけど、個室ありますやろか。
O call_center: 網戸の張り替えって、出張で来てもらえるんですか。二枚だけなんやけど。
O delivery: 宅配ボックスに入れといてもろてええよ。ハンコいらんやつやったら。
O store: このパン、明日の朝まで持つ？ 冷凍しといた方がええかな。
O municipal: 粗大ごみの申し込み、電話とネットとどっちが早いんやろ。
O other: 駐車場の空き、ありますか。軽自動車なんやけど、月いくらになるやろ。
O hotel: 朝ごはん、和食と洋食、選べるんやったっけ。
O store: このお肉、すき焼き用に薄う切ってもろてもええ？ 五百グラムで。
# --- 広島・博多 ---
O store: これ、もうちょっと小さいサイズある？ 孫が履くんじゃけど、二十センチくらいの。
O delivery: 不在票入っとったんじゃけど、今日の夜、八時以降に持ってきてもらえるかね。
O other: ジムの体験って、予約せんでも行けるんですか。仕事帰りに寄ってみようと思うとるんじゃけど。
O municipal: 印鑑登録って、本人が行かんといけんのですか。母が足悪うて。
O hotel: 宮島行きのフェリー、何時が最終か分かります？
O other: 家族葬って、だいたいどのくらいの人数でやるもんなんですか。親戚だけで十人くらいなんじゃけど。
O call_center: キッチンの水栓、交換したら工事は何時間くらいかかります？
O store: この明太子、辛口と甘口、どっちが人気と？ 東京の友達に送るっちゃけど。
O hotel: 屋台って、ホテルから歩いて行けると？ 地図もらえたら助かるっちゃけど。
O municipal: 子どもの医療証、住所変わったら出し直さないかんと？
O other: 賃貸の更新って、更新料かかるとですか。契約書どこにしまったかわからんくて。
O delivery: この荷物、クール便で送りたいっちゃけど、明日の午前中に長崎まで着く？
O other: プールだけ使う会員ってあると？ 膝が悪かけん、水中ウォーキングだけしたいとよ。
O store: ごぼう天、揚げたてって何時ごろ出ると？
O call_center: エアコンのクリーニング、二台まとめてやったら安うなると？
# --- 名古屋 ---
O store: 手羽先、十本入りのやつ二つちょうだい。持ち帰りで。
O hotel: 名古屋駅から、ここまでタクシーでどのくらいかかるの？
O municipal: 国民健康保険の切り替え、会社辞めたら何日以内に来やなかんの？
O other: お葬式の後の四十九日法要も、そちらで段取りしてもらえるんですか。
O delivery: 荷物の受け取り、近くのコンビニに変えてちょうだい。家におらんことが多いもんで。
O other: 部屋のクロス、張り替えるとしたら、見積もりはタダでやってもらえるの？
O call_center: 給湯器の点検、今年の分っていつ来てもらえるんだったかね。
O other: 朝六時からジム開いとるって、ほんと？ 出勤前に寄りたいんだわ。
O store: これ、ちょっと大きいで、もうワンサイズ下ある？
# --- 仙台・津軽 ---
O municipal: マイナンバーカードの受け取り、土曜日でもやってっぺか。
O hotel: 明日、秋保温泉さ行ぐバス、何時に出んの？
O other: 葬儀のときの香典返し、そちらでお願いできっぺか。
O delivery: 荷物、隣の家さ預げでもらって大丈夫だっちゃ。話はしてあっから。
O store: 笹かま、日持ちすんの、どれだべ？ 東京さ送っから。
O other: 雪囲いの工事、十一月の頭さ来てけるっけが？
O call_center: 屋根の雪止め、付けでもらうのに、なんぼぐらいかがる？
O municipal: 除雪の申し込み、今年もしねばまいねんだべか。去年したんだども。
O store: りんご、十キロ箱で送ってけ。宛先はこの紙さ書いでら。
O hotel: 夕飯、部屋で食べれるのが？ 婆っちゃ、足わりはんで。
O other: 灯油の配達、来週の火曜日さ頼めるべか。ポリタンク四つ分。
O other: ストーブの修理、まだ部品あるべか。十五年くらい使ってらんだども。
# --- 沖縄 ---
O store: サーターアンダギー、十個入りのありますか。お土産にするさ。
O hotel: レンタカー、ホテルで借りられるんですか。明日から三日間。
O municipal: 住民票、コンビニで取れるって聞いたけど、カードいるわけ？
O delivery: 那覇の実家に送りたいんだけど、台風来てても届くかね。
O other: 台風の前に、雨戸の点検してもらえる？ 去年ガタガタしてたから。
O other: 法事の仕出し、三十三回忌なんだけど、重箱でお願いできる？
O store: このゴーヤー、苦いのと苦くないのあるわけ？ 子どもが食べられるのがいいさ。
O other: ジムのロッカー、月極めで借りられる？ 毎回荷物持ってくるの大変さ。
# --- 標準寄り・若い話し方 ---
O other: 入会金って、キャンペーン中は無料なんですか。来月から通いたくて。
O hotel: Wi-Fiのパスワード、どこに書いてありますか。部屋の中、探したんですけど。
O delivery: 日時指定、アプリから変えられなくて。電話で変更できますか。
O municipal: 児童手当の振込日って、いつでしたっけ。
O store: ギフトカード、ここで使えますか。
O other: ペット可の物件で、駅から十分以内って、今ありますか。
O call_center: 修理の見積もりだけお願いして、やるかどうかは後で決めてもいいですか。
O other: 葬儀の事前相談って、予約なしでも行けますか。
O hotel: チェックアウト、一時間延長できたりしますか。料金かかってもいいので。
O store: ポイントカード、アプリに移行できるって聞いたんですけど、やり方教えてもらえますか。
O municipal: 図書館の返却ボックスって、夜も使えますか。
O other: パーソナルトレーニングの料金表、もらえますか。
# --- English ---
O hotel: Could I get a late checkout tomorrow, say one o'clock? Our flight's not till the evening.
O delivery: Can you leave it with the neighbour at number twelve if I'm out? She's expecting it.
O other: Is the pool open on bank holidays, or is it just the gym floor?
O municipal: Where do I put in a request for a new green bin? Ours has cracked down the side.
O store: Have you got this in a size ten, love? The eight's a wee bit tight.
O other: We'd like a small service for Mum, maybe twenty people. What kind of options do you do?
O call_center: Could someone come and look at the gutters next week? Any morning's fine.
O other: Is the flat on Beaumont Street still available for an inspection on Saturday?
`;
