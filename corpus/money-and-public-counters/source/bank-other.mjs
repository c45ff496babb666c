// Hard negatives (h) and ordinary (o) utterances. Line: <h|o> <setting code> <text>; prefix e on setting = English.
export default String.raw`
h b 二重に引き落とされてるんですよ。これ、完全にそちらのミスですよね
h b 正直、腹が立ってます。三回電話して三回とも違う説明をされたので
h b 責任者の方とお話しさせていただけますか。あなたを責めているわけではないんです
h b このまま返金されないなら、金融庁の相談窓口に申し出ます
h b 弁護士に相談してから、改めて連絡させてもらいます
h b 投資のリスクの説明、私は本当に受けていないんです。記録を見せてもらえますか
h b 母が認知症なのに、なぜ投資信託を売ったんですか。説明してください
h b 死んだ父の口座の解約、これで四回目の来店なんです。書類を一度に全部言ってください
h b 相続の手続き、父が死んでから半年も止まったままです。どうなってるんですか
h b 息子が詐欺に遭って、口座を凍結してほしいんです。殺されそうな勢いで脅されたって
h b 怒鳴ってしまってすみません。あなたのせいじゃないのは分かってるんです
h b 手数料が黙って上がってたのはおかしいと思います。書面で理由を下さい
h b 住宅ローンの審査、落ちた理由を教えてもらえないのは納得できません
h b 融資を断られたら、うちの工場はもう終わりなんです。本当に、もう……
h b （泣きながら）すみません、通帳を見たら残高が三千円しかなくて
h b このカード、不正利用されてます。身に覚えのない海外の決済が二十件も
h b 「お前の口座を晒してやる」って知らない番号からSMSが来たんです。どうしたら
h b 詐欺の電話で、銀行員を名乗る人にキャッシュカードを渡しそうになりました
h b ATMに一時間も閉じ込められたようなもんですよ、止まったまま誰も来ないんだから
h b 担当の方のお名前、伺ってもいいですか。次に電話したとき話が早いので
h b 土下座してでもお金借りたいくらいなんです。それくらい追い詰められてて
h b 今日中に振り込まないと取引先に殺されます、いや比喩ですけど、それくらい大事で
h b 父は「銀行にだまされた」って言うんですけど、私はまず事実を知りたいんです
h b ネットバンキングが使えない件、口コミに正直に書かせてもらいますね
h b 記録を残したいので、この説明、録音してもいいですか
h b 支店長さんが謝りに来てくれたのはありがたいけど、問題は返金の時期です
h m 国会議員に相談します。それは住民の権利ですよね
h m この件、地元の市議さんにも相談しようと思っています
h m 役所の対応に不服があるので、審査請求の書き方を教えてください
h m 住民税、去年の倍なんです。計算が合ってるか一緒に確認してもらえますか
h m 正直、役所にはがっかりしてます。でもあなたに当たってもしょうがないですね
h m 上の方を呼んでいただけますか。同じ説明をもう一度聞きたいので
h m 情報公開請求をしたいんですが、窓口はここでいいですか
h m 生活保護の申請をさせてください。断られても、申請書だけは出します
h m （嗚咽しながら）もう死ぬしかないって、昨日まで思ってたんです
h m 夫に殴られて、子どもを連れて逃げてきました。住所を隠す手続きはありますか
h m 元夫に住所を晒されないように、住民票の閲覧制限をかけたいんです
h m 父が「役所の人間は税金泥棒だ」ってずっと言ってて、すみません、家ではそうなんです
h m 窓口で怒鳴ってたおじいさん、あれひどかったですね。大丈夫でしたか
h m 外国の人を後回しにしろって言ってた人がいたけど、私は気にしてません。順番どおりで
h m 通訳します。彼女は、先月の手当がまだ振り込まれていないと言っています
h m 彼は日本語が少し分かりますが、大事な話なので私が通訳に入ります
h m 延滞金、正直払いたくないです。でも決まりなら分割にしてもらえますか
h m この保育料の決定、納得いきません。不服申立ての期限はいつですか
h m 新聞の投書欄に、この制度の問題点を書こうと思っています。個人名は出しません
h m 職員さんの名前、メモしていいですか。記録のために
h m 私、これで三回目の来庁なんです。必要書類を一覧でもらえますか
h m 市営住宅の雨漏り、半年放置されてるんです。今日こそ修理の日を決めてください
h m 児童手当が止まってて、子どもの給食費も払えない。どうにかならないですか
h m 殺処分される犬を引き取る制度のこと、聞きに来たんですけど
h m 遺族年金の手続きです。主人が先月亡くなりまして
h m 「死亡届」と「火葬許可」は同じ窓口ですか
h m マイナンバーカードの暗証番号、三回間違えてロックしちゃいました。最悪だ
h m はっきり言って、この案内文は分かりにくいです。改善してほしい
h m 差し押さえの通知が来て、頭が真っ白です。家、取られちゃうんですか
h m 隣の人に「外人は出ていけ」って言われてるんです。相談できる窓口はありますか
h m 特別扱いしてほしいわけじゃないんです。ただ、期限を一週間だけ延ばせないか聞きたくて
h m さっきはすみません
h m 年金が少なすぎて、これじゃ生きていけないよ。あんたに言ってもしょうがないけどさ
h m 税務署の人に「ぶっ殺す」って言った人がいたって本当？ ニュースで見て
h m 職員研修の動画で「土下座しろ」って台詞があったって娘から聞いたんですけど
h c 督促の電話、一日五回は多すぎます。回数を減らしてもらえませんか
h c 支払いが遅れてるのは分かってます。でも今月は本当に無理なんです
h c 消費生活センターに相談させていただきます
h c この通話、こちらでも録音させてもらってます。後で聞き直したいので
h c 保険金が下りない理由を、書面で詳しく説明してください
h c 母がだまされて入った保険、クーリングオフできませんか
h c 前の担当の方に、折り返すって言われて一週間待ってるんですけど
h c オペレーターさん、さっきはきつく言ってごめんなさいね
h c 解約したはずなのに、まだ引き落とされてます。二か月分返金してください
h c SNSで「この会社から電話が来たら詐欺」って投稿を見たんですが、本当にそちらですか
h c 「払わないと家族に晒す」って取り立ての電話が来ました。御社の方ですか
h c 借金で首が回らないって、こういうことを言うんですね。笑うしかない
h c 怒ってます、はい、怒ってますよ。でもあなたにじゃなくて会社にです
h c この件、ブログで体験談として書くかもしれません。事実だけを
h c 貸金業の苦情はどこに言えばいいんですか。金融庁ですか
h c 上司の方に代わっていただけますか。失礼を承知でお願いします
h c 死ぬほど待たされたんですけど、やっとつながった
h c 殺人的な金利ですよね、リボ払いって。もうやめたいです
h c 保留音、二十分ですよ。もう少し何とかならないんですか
h c 返済の相談をしたいんです。逃げるつもりはありません
h o 交番で財布を届けたら、その人に「泥棒」って言われたんです。どうしたらいいですか
h o 落とし物、見つからなかったら親に殺されます。バイト代全部入ってるんで
h o 駐車違反の標章、納得いかないので出頭して説明したいです
h o この反則金、不服なんですけど、争う方法はありますか
h o 郵便物がまた誤配されてます。今月で三回目ですよ
h o 書留が届いてないのに、配達済みになってるのはおかしいです
h o 裁判所の呼出状って本物ですか。詐欺のはがきかもしれないと思って
h o 調停の日程、夫と顔を合わせない方法はありますか。怖いんです
h o さっき外で怒鳴ってた人、通報した方がいいですか
h o 郵便局を名乗るSMSで「荷物を晒す」とかよく分からないことが書いてあって
h o 正直、このシステムは最悪です。でもあなたが丁寧なのは分かります
h o 窓口が閉まる前にもう一度来ます。必要な書類だけ教えてください
h o ゆうちょのアプリ、また落ちてますよ。ちゃんと直してください
h b 窓口の方の説明を、もう一度ゆっくりお願いできますか。年なもので
h b このファンド、毎月分配って言われたのに減ってばかり。どうなってるのか知りたいだけです
h b 振込詐欺の被害届、警察に出しました。口座の凍結をお願いします
h b 夫に内緒で借金してて、どこに相談したらいいか分からなくて……
h m 前回の職員さんの説明と違います。どちらが正しいか確認してもらえますか
h m 無理なお願いなのは承知で、もし可能なら今日中に証明書を出してもらえると本当に助かります
h m 税金で生活が苦しいのは事実なんです。文句じゃなくて、相談として聞いてください
h m 公務員の人も大変だよね。さっきの人、ひどい言い方だった
h m 区長への手紙を書きたいんです。制度を変えてほしいので
h m 母は耳が遠いので、私が代わりに話してもいいですか
h m 窓口で倒れそうになって、すみません。少し座らせてください
h c 取り立ての担当者に「ぶっ殺すぞ」って言われたんです。録音もあります
h c ここまでこじれたら、もう裁判しかないと思ってます。手続きの案内をください
h c 電話が何度も切れるんです。わざとじゃないですよね
h o 「落とし物を晒す」って、掲示板に貼るって意味ですか？ 写真付きで？
h o 自転車を盗まれました。鍵はかけてたのに、腹が立って仕方ない
h o 郵便局で、外国の方が他のお客さんに怒鳴られていました。止めてあげてください
h o 不在票を三回入れられても、平日の昼はいないんです。土曜に届けてもらえますか
o b 両親の介護費用の口座を分けたいと思って
o b 手のひら認証って、登録できますか
o b 硬貨の入金って手数料かかりますか
o m 転出証明書をお願いします
o m 介護保険の認定の申請って、ここですか
o m 水道料金の口座振替にしたいんです
o m 成人式の案内って、転入した人にも届きますか
o m 出生届を出しに来ました。父親です
o c 住所変更をお願いします。新しい住所を言いますね
o c 年末調整用の控除証明書をもう一度送ってください
o o レターパックを二つください
o o この手紙、料金足りてますか
o o 財布の落とし物、受け取りに来ました。電話をもらったので
eh b This is the bank's mistake, not mine. I expect the fee to be reversed.
eh b I'm angry, and I think I have every right to be. But I know it's not your fault.
eh b Can I speak to a supervisor, please? I'd like this escalated properly.
eh b I'll be filing a complaint with the Financial Services Agency.
eh b My lawyer will be in touch about the investment I was sold.
eh b (crying) Sorry. I just found out my savings are gone. It was a scam.
eh b Someone called pretending to be from your fraud team. They wanted my PIN.
eh b I could kill for a straight answer. Figure of speech. What happened?
eh b I'll be writing an honest review about how this was handled.
eh b Could I have your name, please? Just so I can reference this call.
eh m I'm going to contact my Diet member about this policy. That's my right.
eh m I'm interpreting for my neighbour. She says the allowance stopped in March.
eh m A man in the queue told me to go back to my country. Just so you know.
eh m I'm sorry I raised my voice earlier. It's been a really hard week.
eh m I want to appeal this decision. What's the deadline?
eh m Honestly, this form is a nightmare. Is there an English version?
eh m I'm a single mother and I'm drowning. What help is there?
eh m The tax office letter says I'll be prosecuted. Is that real? I'm terrified.
eh c The debt collector said they'd tell my employer. Is that even legal?
eh c Forty minutes on hold. I'm frustrated with the system, not you.
eh c I'm recording this call for my own records, if that's okay.
eh c I want this in writing, please. Dates, amounts, everything.
eh c I'd like to make a formal complaint. How do I do that?
eh c I'm going to the consumer centre tomorrow.
eh o Somebody dropped a wallet outside the post office. I'm handing it in.
eh o That ticket is wrong, I was in the car. How do I contest it?
eh o A guy at the counter was shouting racist stuff at the clerk. Is she alright?
eh o The letter from the court says "final notice". What does that mean for me?
o b 通帳の繰越をお願いします
o b 定期の満期が来たので、そのまま継続で
o b 住所が変わったので、届け出の変更をしたいです
o b キャッシュカードの暗証番号を忘れてしまって
o b 外貨預金って、今いくらから始められますか
o b 両替できます？
o b 印鑑を変えたいんですが、何が必要ですか
o b 学費の振込なんですけど、窓口でもできますか
o b NISAの口座を開きたいです
o b 税金の納付書、ここで払えますか
o b 残高証明書を一通お願いします
o b 子ども名義の口座って作れますか
o b 振込手数料、ネットだといくらになります？
o b 住宅ローンの繰上返済の相談をしたいんです
o m 住民票二通
o m 転入届を出しに来ました
o m 印鑑登録をしたいんですけど
o m 児童手当の現況届ってまだ必要ですか
o m 国民健康保険に加入したいです。会社を辞めたので
o m 保育園の申込書はどこでもらえますか
o m 戸籍謄本、本籍が違う市なんですけど取れますか
o m マイナンバーカードの受け取りに来ました
o m 粗大ごみの出し方を教えてください
o m 市営住宅の募集って、次はいつですか
o m 年金の受給開始を少し遅らせたいんですが
o m 確定申告の相談会の予約をしたいです
o m 犬の登録って、ここで合ってますか
o m 婚姻届の証人欄、親でも大丈夫ですか
o m 就学援助の申請って今からでも間に合いますか
o m 高額療養費の申請はこちらですか
o m 納税証明書を一枚お願いします
o m 助かりました
o c カードの利用限度額を確認したいんですが
o c 引き落とし口座を変更したいです
o c 保険の受取人を変えたいんですけど
o c 返済日を毎月二十七日に変更できますか
o c 明細書を紙で送ってもらうことはできますか
o c 契約内容の確認をしたいんです。証券番号はこれです
o c 水道の使用開始の手続きをお願いします
o c 引っ越しで、水道を止めたいんです。来月の五日に
o c 口座振替の申込書を送ってください
o o 落とし物を届けに来ました。ベンチにあった傘です
o o 昨日なくした手袋、届いてませんか
o o この荷物、速達でお願いします
o o 切手を十枚ください。八十四円の
o o 転居届を出したいんですが
o o 住所の書き方、これで届きますか
o o 駐車違反の反則金は、どこで払えばいいですか
o o 裁判所の閲覧室はどちらですか
o o 家庭裁判所の相談日を教えてください
o o 定額小為替を一枚お願いします
eo b I'd like to open a savings account. I have my residence card here.
eo b Can I send money to Vietnam from this branch?
eo b How do I set up online banking in English?
eo b I need a bank statement for my visa renewal.
eo m I'd like to register my new address, please.
eo m Where do I apply for national health insurance?
eo m Do I need an appointment for the childcare allowance?
eo m Can I get a copy of my residence certificate?
eo m How do I pay my residence tax in instalments?
eo c I'd like to change my payment date, please.
eo c Could you send the contract in English?
eo c My card expired. When will the new one arrive?
eo o I'd like to send this parcel to Australia by airmail.
eo o I lost my umbrella on the bus yesterday. Has anyone turned one in?
eo o Where's the window for paying a parking fine?
eo o Thanks!
`.trim().split('\n').map((l) => { const m = l.match(/^(e?)([ho]) ([bmco]) (.+)$/); if (!m) throw new Error('bad bank line ' + l);
  return [m[1] ? 'en' : 'ja', m[2] === 'h' ? 'hard_negative' : 'ordinary', { b: 'bank', m: 'municipal', c: 'call_center', o: 'other' }[m[3]], m[4], []]; });
