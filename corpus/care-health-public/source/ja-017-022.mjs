export const conversations = [
{
  id: 'care-health-public-ja-017', lang: 'ja', setting: 'hospital', format: 'zoom',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Online explanation meeting with the daughter of a patient who needed a second operation after a leak. She is angry and distrustful, asks for the medical records and says she will consult a lawyer: all rights, said without insults or threats. Finer setting: general hospital, surgeon and patient-safety officer.',
  speakers: { D: ['staff', '外科 井口', ''], P: ['staff', '医療安全管理室 原田', ''], C: ['customer', '佐野 恵美', ''] },
  script: `
P: 佐野様、本日はオンラインでのご説明の場をいただき、ありがとうございます。医療安全管理室の原田です。主治医の井口も同席しております。
D: 外科の井口です。よろしくお願いいたします。
C: よろしくお願いします。最初に言っておきますけど、録音させていただきます。
P: はい、もちろん構いません。こちらでも記録を取らせていただきます。
D: では、お母様の経過からご説明します。十日の手術では、大腸の一部を切除して、腸と腸をつなぎました。三日目まで順調でしたが、四日目の夜に熱が出て、お腹の痛みが強くなりました。
D: CTで、つなぎ目から腸の内容物が漏れていることが分かり、翌朝に再手術をしました。縫合不全と呼ばれる合併症です。
C: 手術の前、合併症の説明で、そんなこと一言も聞いてないんですけど。
D: 同意書には、縫合不全の可能性を記載しておりまして、口頭でも触れたつもりでした。ただ、佐野様の記憶に残るような説明ができていなかったのだとすれば、それは私の説明不足です。
C: つもりって何ですか。母は八十二ですよ。リスクが高いなら、高いってはっきり言うべきだったんじゃないですか。
D: おっしゃる通りです。ご高齢の方の場合の確率を、具体的にお伝えするべきでした。
C: 四日目の夜、熱が出たって、看護師さんが先生に連絡したのは何時なんですか。母は夕方から痛いって言ってたって、隣のベッドの方から聞きました。
P: その点は、看護記録と、医師への連絡の時刻を、今確認中です。今日の時点では断定できませんので、調査の結果を文書でお伝えします。
C: 調査って、病院が自分で調べるんですよね。それで本当のことが出てくるんですか。
P: ご不安はもっともです。院内の調査委員会には、外部の医師にも入っていただく予定です。それとは別に、診療記録の開示請求をしていただくこともできます。
C: 開示請求、します。カルテも看護記録も、全部出してください。
P: はい。申請書をお送りしますので、ご記入いただければ、二週間ほどで写しをお渡しできます。
C: それと、はっきり言っておきます。記録を見て、弁護士さんに相談するつもりです。
P: はい、承知しました。それは佐野様の正当な権利ですので、病院としても、誠実に対応いたします。
C: …母、今も管が入ったままで、ご飯も食べられないんですよ。手術前は、自分で歩いてたのに。
D: はい。申し訳ない気持ちでいっぱいです。今は炎症の値も下がってきていて、来週には食事を再開できる見込みです。
C: 見込み見込みって。…すみません、先生に当たってもしょうがないのは分かってるんですけど。
D: いえ、当然のお気持ちです。毎日、私から病棟に顔を出して、お母様の状態は直接確認します。
C: 今後の説明は、必ず私にも電話でください。兄じゃなくて、私に。
P: 連絡先の第一順位を、佐野様に変更しておきます。
C: 調査の結果はいつ頃になりますか。
P: 一か月以内を目処に、文書と、この形での説明の場を、改めて設けます。
C: 分かりました。今日はそれで結構です。
P: 本日はありがとうございました。ご質問があれば、医療安全管理室に直接お電話ください。
`},
{
  id: 'care-health-public-ja-018', lang: 'ja', setting: 'care', format: 'teams',
  verdict: 'normal', severity: 0, borderline: false,
  notes: 'Online call between a home-care manager and a daughter to plan a care conference. Death of the resident\'s wife, end-of-life care, life-prolonging treatment and tube feeding are discussed calmly: alarming words in an ordinary planning call. Finer setting: home care, care manager.',
  speakers: { M: ['staff', '大塚 直子', ''], C: ['customer', '西田 香織', ''] },
  script: `
M: 西田さん、こんにちは。ケアマネジャーの大塚です。今日はお時間ありがとうございます。
C: こちらこそ、いつもお世話になってます。
M: 先月はお母様のこと、本当にご愁傷様でした。お葬式のあと、少しは落ち着かれましたか。
C: ありがとうございます。手続きがまだ残ってるんですけど、なんとか。父の方が、まだちょっと元気がなくて。
M: そうですよね。五十年以上ご一緒だったんですものね。ヘルパーさんからも、最近お食事の量が減っているって聞いています。
C: そうなんです。母がいなくなってから、一人で食べるのが寂しいみたいで。
M: それで、今日は、来月のサービス担当者会議の日程と、お父様の今後のことを少しご相談できればと思っていて。
C: はい。
M: 会議は、訪問診療の先生と、訪問看護さん、ヘルパーの事業所さんに入っていただく予定です。十五日の午後二時はいかがでしょう。
C: 十五日、大丈夫です。休みを取ります。
M: ありがとうございます。それで、先生からも話が出ると思うんですが、お父様、心臓の方が少しずつ弱ってきていて。
C: はい、この前の往診のときに、先生から少し聞きました。
M: もしものとき、どこで過ごしたいか、病院に運んでほしいか、延命の治療をどこまでするか、そういうことを、元気なうちにお父様とお話ししておけたらと思うんです。
C: 父は、母の最期を家で看取ったので、自分も家がいいって言ってます。管につながれて生きるのは嫌だって。
M: そうでしたか。胃ろうや、人工呼吸器のことも、はっきり言っておられますか。
C: 胃ろうは絶対嫌だって。母のときに、先生に聞いて、二人で決めたみたいで。
M: 大事なお気持ちですね。会議で、お父様ご本人の言葉で、先生にも伝えていただけるといいと思います。書面にも残せます。
C: はい。私も、父の気持ちを尊重したいので。
M: あと、ご家族が不在の時間に急に具合が悪くなったときの連絡の順番も、決めておきましょう。まず訪問看護の二十四時間の番号、次に西田さん、という形でよろしいですか。
C: はい、それでお願いします。兄は遠方なので、私で。
M: 承知しました。それから、お食事のことは、週に二回、配食サービスを入れてみるのはどうでしょう。デイサービスも、お昼を皆さんと食べられるので。
C: デイは、前は嫌がってたんですけど、今なら行くかもしれません。聞いてみます。
M: ありがとうございます。じゃあ、十五日の二時、ご自宅でということで、皆さんに連絡しておきますね。
C: よろしくお願いします。大塚さんがいてくれて、本当に助かってます。
M: いえいえ。何かあったら、いつでもお電話ください。
`},
{
  id: 'care-health-public-ja-019', lang: 'ja', setting: 'call_center', format: 'txt',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'City call centre, fifth call of the day about a delayed child benefit payment held up by a missing bank form. The caller\'s anger at the delay is legitimate; demanding cash delivered to his home today after a clear answer, insulting the operator, marking the repeated calls and announcing calls every day to jam the line are not. Finer setting: municipal call centre, child allowance.',
  speakers: { O: ['staff', 'オペレーター', 'オペレーター'], C: ['customer', '市民', '市民'], V: ['staff', 'SV', 'SV'] },
  script: `
O: お電話ありがとうございます。あおば市役所コールセンター、担当の村田でございます。
C: また俺だよ。児童手当の件。今日これで五回目だからな。
O: 恐れ入ります、お名前を伺ってもよろしいでしょうか。
C: 毎回毎回名前言わせんなよ。小田だよ、小田。記録残ってんだろ。
O: 小田様、失礼いたしました。記録を確認いたします。
+5 O: 小田様の児童手当ですが、口座の変更届に通帳の写しが添付されていなかったため、振込が保留になっております。
C: それはさっきも聞いた。だから、今日中に何とかしろって言ってんの。
O: 通帳の写しをご提出いただければ、次の振込日の十日に、二か月分まとめてお振込みいたします。
C [unreasonable_demand,persistence]: 十日じゃ遅えんだよ。今日、現金で家まで持ってこい。市のミスなんだから。
O: 申し訳ございませんが、手当を現金でお届けすることはできかねます。また、今回は書類の不備によるもので、ご提出いただければ、すぐに手続きいたします。
C [abuse]: 不備不備って、バイトの電話番が偉そうに。お前に何の権限があんだよ。
O: 手続きの詳しい内容は、担当課の子育て支援課からご説明することもできます。おつなぎいたしましょうか。
C: 子育て支援課は、昼から三回電話して、全部話し中だったんだよ。
O: それは大変失礼いたしました。こちらから担当課に、折り返しのお電話をお願いすることもできます。
C [unreasonable_demand,persistence]: 折り返しとかいらねえから、今日、金持ってこいって。何回同じこと言わせんだよ。
O: 現金のお届けはできません。何度お問い合わせいただいても、お答えは同じになります。
C [persistence,threat]: じゃあ振り込まれるまで、毎日朝から晩まで電話してやるからな。お前らの回線、ずっと埋めといてやるよ。
O: 小田様、業務に支障が出るようなお電話はご遠慮いただいております。このような状況ですので、責任者に代わります。
+28 V: お電話代わりました。責任者の中井でございます。
C: おう、責任者か。金はいつ持ってくんの。
V: 小田様、現金でのお届けはいたしません。通帳の写しを、本日中に子育て支援課の窓口か、電子申請でご提出いただければ、十日にお振込みいたします。
C [abuse]: どいつもこいつも同じことしか言わねえな。税金泥棒が。
V: 同じ内容しかお伝えできないのは、それが手続きのすべてだからです。電子申請の方法を、今ご案内できますが、いかがなさいますか。
C: …スマホで写真撮って送りゃいいのか。
V: はい。市のホームページの、児童手当のページから、写真を添付して送信していただけます。
C: 十日に入んなかったら、また電話するからな。
V: はい。その際はお名前をおっしゃっていただければ、こちらの記録ですぐに確認いたします。
C [abuse]: ったく、使えねえ役所だな。
V: ご不便をおかけしました。お電話ありがとうございました。失礼いたします。
`},
{
  id: 'care-health-public-ja-020', lang: 'ja', setting: 'municipal', format: 'json',
  verdict: 'complaint', severity: 0, borderline: true,
  notes: 'Call to the city childcare division after a nursery place was refused. The mother is upset about losing her job, will consult a city councillor and says she will write about the city\'s handling on social media: all rights, aimed at the institution, no staff named. Borderline because the social media remark could be heard as pressure, but no trade and no individual is targeted. Finer setting: nursery admissions.',
  speakers: { S: ['staff', '', ''], C: ['customer', '', ''] },
  script: `
S: はい あおば市役所 保育課 入所担当の吉川です
C: あの 保育園の 四月入所の結果のことで
S: はい お子様のお名前を伺えますか
C: 前田 ゆい です 一歳の
+4 S: えー 前田ゆいちゃん 確認できました 今回は 第一希望から第五希望まで 全て 不承諾という結果になっています
C: それは通知見たので分かってます 五つも書いたのに 全部駄目って どういうことなんですか
S: ご期待に添えず 申し訳ありません 今年度は 一歳児クラスの申し込みが 定員の二倍近くありまして
C: 私 育休 四月で切れるんですよ このままだと 会社辞めるしかないんです
S: はい お仕事のこと 本当にご心配だと思います
C: 点数 何点だったんですか うちは 夫婦ともフルタイムですよ
S: 前田様のご世帯は 基準指数が四十点で 調整指数はついていなかったです 今回 入所された方の最低点が 四十二点でした
C: 二点 二点で駄目なんですか
S: はい 同じ点数の方も多くて 残念ながら
C: 何なんですかそれ 子ども産んで 働けって言っといて 預けるとこないって おかしくないですか
S: おっしゃることは ごもっともです
C: …二次募集は あるんですか
S: はい 二次の申し込みが 来月十日まであります 空きのある園は 少ないですが 小規模保育と 企業主導型の保育所も ご案内できます
C: 企業主導型 って 市の保育園と何が違うんですか
S: 国の助成を受けた 認可外の施設なんですが 保育料は 認可園とほぼ同じ水準のところが多いです リストを郵送いたしましょうか
C: お願いします それと 育休の延長に 不承諾通知が必要なんですよね
S: はい 今回の通知書を 会社に出していただければ 延長の手続きに使えます
C: 分かりました でも 言わせてもらいますけど この件 市議会議員さんに相談しますから
S: はい それは もちろん
C: あと 市の保育の対応がどうなってるか SNSにも書きます 同じ思いしてる人 いっぱいいるので
S: はい 市民の方の声として 受け止めます 私どもも 課内で共有いたします
C: あなたに怒ってるわけじゃないんですけど
S: いえ 大丈夫です リストは 明日発送いたします 二次の申込書も 同封しておきますね
C: お願いします
S: お電話ありがとうございました 失礼いたします
`},
{
  id: 'care-health-public-ja-021', lang: 'ja', setting: 'hospital', format: 'srt-plain',
  verdict: 'kasuhara', severity: 3, borderline: false,
  notes: 'Clinic reception counter: an elderly patient angry at waiting bangs the counter, grabs the receptionist\'s wrist (revealed by her reaction, so the span is his cue just before) and throws his patient card at her, while abusing her. The office manager intervenes. Physical harm to staff: severity 3. SRT without speaker prefixes; ASR fillers.',
  speakers: { S: ['staff', '', ''], C: ['customer', '', ''], M: ['staff', '', ''] },
  script: `
C: おい まだか もう一時間半だぞ
S: 大変お待たせしております 今 三人前の方まで進んでおりますので
C: 三人前 さっきも三人前って言ったろ
S: 申し訳ありません 途中で急患の方がいらっしゃいまして
C [physical,intimidation]: 急患とか知らねえよ こっちは年寄りなんだぞ 先に診ろよ
S: カウンター 叩かないでいただけますか 順番は 変えられないんです
C [abuse]: なんだその顔は 若いくせに 偉そうに
S: 申し訳ありません お体つらいようでしたら 横になれるお部屋も ご用意できますが
C [physical]: いいから 先生のとこ連れてけ おい こっち来い
S: 痛っ 手を 手を離してください
C [intimidation]: 連れてけっつってんだ
M: どうされましたか 事務長の川口です 手を離してください 今すぐ
+2 C: …なんだよ 離したよ
M: 大丈夫 中に入ってて
S: はい
M: 横田様 職員の体をつかむのは 暴力になります 絶対におやめください
C [abuse]: 暴力 大げさなんだよ あの姉ちゃんが 気が利かねえからだろ
M: お待たせしていることは お詫びいたします ただ 順番は どなたにも同じです
C [physical,abuse]: もういい こんな病院 二度と来るか ほら 返してやるよ 診察券
M: 物を投げるのも おやめください
M: 今日の診察は どうされますか 受けられるのでしたら あと三十分ほどで お呼びできます
C: …薬だけは もらわねえと困るんだよ
M: 承知しました 順番でお呼びします ただ 次に職員に手を出された場合は 警察に通報いたします
C: …わかったよ
+15 M: 中村さん 手首 見せて 赤くなってる 冷やそう 記録も取っとくね
S: すみません ありがとうございます
`},
{
  id: 'care-health-public-ja-022', lang: 'ja', setting: 'hospital', format: 'teams',
  verdict: 'kasuhara', severity: 1, borderline: true,
  notes: 'Online meeting with a ward head nurse: the husband of an inpatient wants her moved to a private room without the room charge because of a noisy roommate. The first request is fair; pressing for the free private room twice more after a clear, reasoned refusal and an offered alternative is persistence and an unreasonable demand, in a polite, sarcastic tone. Borderline: others could see it as a firm complaint. Finer setting: hospital ward.',
  speakers: { N: ['staff', '坂本 紀子', ''], W: ['staff', '中川 優', ''], C: ['customer', '青木 茂', ''] },
  script: `
N: 青木様、お待たせしました。七階西病棟の看護師長の坂本です。医療ソーシャルワーカーの中川も入っております。
W: 中川です。よろしくお願いします。
C: どうも。妻のことでね、ちょっとお願いがあって。
N: はい、伺います。
C: 同じ部屋の方がね、夜中ずっと大きな声を出してるらしいんですよ。妻は三日、ほとんど寝てないって。
N: ご迷惑をおかけしております。認知症の症状で、夜間に落ち着かない方がいらっしゃいまして、夜勤でも対応はしているのですが。
C: それでね、個室に移してもらえませんか。こっちが悪いわけじゃないんだから、差額のお金はなしで。
N: ご事情はよく分かります。ただ、個室の差額ベッド代は、患者様のご希望で移られる場合にはいただくことになっておりまして。
W: 治療上どうしても個室が必要な場合は、差額はかかりませんが、奥様の場合はそれに当たらないんです。
N: その代わり、明日の午前中に、同じ階の別の四人部屋に移っていただくことができます。そちらは静かな方ばかりです。
C [unreasonable_demand,persistence]: 四人部屋はもういいんですよ。また同じことになったら困るでしょう。こういうのは、病院の誠意として、個室をタダにするもんじゃないんですか。
N: お気持ちは分かりますが、個室の差額を免除することはできません。移動先の部屋は、私が責任を持って選びます。
C: はあ。大きい病院は、融通がきかないんですねえ。
W: 個室をご希望でしたら、一日五千五百円の部屋が、今なら空いております。高額療養費の対象外になりますので、その点だけご了承いただければ。
C [unreasonable_demand,persistence]: だからね、お金を払う話をしてるんじゃないんですよ。何度言えば分かってもらえるのかなあ。そちらの都合で寝られないんだから、そちらが個室を用意するのが筋でしょう。
N: 青木様、繰り返しになりますが、差額の免除はいたしかねます。別の四人部屋への移動か、ご負担いただいての個室か、どちらかをお選びいただくことになります。
C: …じゃあ、四人部屋でいいですよ。その代わり、また騒ぐ人がいたら、すぐ替えてくださいね。
N: はい。夜勤からも、奥様の睡眠の様子をこまめに確認させていただきます。
C: 頼みますよ、ほんとに。
N: 明日十時に移動の予定で、奥様にも私からお伝えします。ご連絡ありがとうございました。
`},
];
