export const conversations = [
{
  id: 'care-health-public-ja-012', lang: 'ja', setting: 'care', format: 'zoom',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Online care-plan meeting at a nursing home. The son\'s concern that his father\'s call was not understood is legitimate; asking for a Japanese caregiver instead of the Vietnamese one (discriminatory from the first request, like the SPEC example 外国人に代われ), disparaging her origin and asking for her dismissal, repeated after a clear refusal, is discrimination and personal targeting. Saying he will look for another home is his right. Finer setting: special nursing home, family of resident.',
  speakers: { S: ['staff', '長谷川 聡', ''], R: ['staff', '岩本 恵', ''], C: ['customer', '藤田 和也', ''] },
  script: `
S: 藤田様、本日はありがとうございます。施設長の長谷川です。生活相談員の岩本も入っております。
R: 岩本です。お父様のケアプランの見直しの件で、お時間いただきました。
C: よろしく。プランの前にね、一つ言っておきたいことがあるんですよ。
S: はい、どうぞ。
C: 先週の面会のとき、親父が言ってたんです。夜中にナースコール押したのに、来た人に話が通じなかったって。
R: はい、その件は記録を確認しました。夜勤のグエンが対応しておりまして、お父様がトイレに行きたいとおっしゃったのを、お水が欲しいと受け取ってしまったようです。
C: でしょう。親父、結局間に合わなくて、恥ずかしい思いしたって言ってましたよ。
S: それは申し訳ございませんでした。お父様にも、ご家族にも、本当に嫌な思いをさせてしまいました。
R: 対策として、ナースコールの際はまずトイレかどうかを確認する声かけを、夜勤の全員で統一しました。お父様のベッドの横には、指さしで伝えられるカードも置いています。
C: カードね。まあ、それはいいですよ。
C [discrimination]: でも根本的な話としてね、外国の人に親父の世話させるの、やめてもらえませんか。日本人の職員にしてほしいんです。
S: お気持ちは承りました。ただ、担当は国籍で決めることはしておりません。グエンは介護福祉士の資格を持っていて、日本語での業務にも問題のない職員です。
C [discrimination,persistence]: 問題ないって、現に通じてないじゃないですか。ああいう国の人に、親父の体を触らせたくないんですよ。
S: 藤田様、出身国を理由にしたお話は、お受けできません。今回の行き違いは、職員個人ではなく、施設の確認の仕組みの問題として対策しています。
C [personal_targeting,discrimination]: 仕組みとかじゃなくて。あの人、辞めさせてくださいよ。日本語もろくにできない人雇ってる施設に、高いお金払ってるんじゃないんで。
R: グエンは、こちらで大切に育ててきた職員です。今回のことで辞めてもらうということはありません。
C [persistence,discrimination]: 何回言っても分かんないんですね。じゃあせめて、うちの親父の部屋には二度と入れないでください。日本人だけにしてください。
S: 特定の国籍の職員を外すというお約束は、できません。お父様のケアについて、具体的なご不安があれば、一つずつ伺います。
C: …具体的にって、だから夜中のことですよ。
R: はい。夜中のことは、カードと声かけの統一に加えて、二週間、夜勤リーダーがお父様の様子を確認するようにします。結果はご報告します。
C [discrimination]: 外人ばっかり増えて、日本の介護もおしまいだね。
S: 職員への差別的なご発言は、ご遠慮いただけますか。職員を守るのも、私の仕事ですので。
+3 C: …分かりましたよ。こっちも、ほかの施設、探してみますから。
S: はい、それはご家族のご判断です。ご相談があれば、ケアマネジャーとも一緒にお手伝いします。
R: 今日はケアプランの方も、食事の形態の変更だけご説明させてください。お父様、最近むせが増えていまして。
C: ああ、それは聞いてます。刻み食にするって話でしたっけ。
R: はい、来週から刻み食にとろみをつける形にします。主治医の了解もいただいています。
C: それはお任せします。
S: ありがとうございます。本日はここまでとさせていただきます。夜間の確認の結果は、二週間後にご報告いたします。
C: はい。じゃあ。
`},
{
  id: 'care-health-public-ja-013', lang: 'ja', setting: 'hospital', format: 'txt',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Night call to a hospital emergency line: a man with severe flank pain is annoyed at triage questions, shouts once at the situation and apologises straight away. One outburst plus apology is a complaint, not harassment. Finer setting: hospital after-hours line.',
  speakers: { N: ['staff', '看護師', '看護師'], C: ['customer', '患者', '患者'] },
  script: `
N: はい、市立中央病院、救急外来です。
C: あの、すみません、今、背中っていうか、脇腹がめちゃくちゃ痛くて。
N: はい。いつ頃から痛みますか。
C: 一時間くらい前から。だんだんひどくなってきて。
N: お名前と年齢を伺えますか。
C: 野村です、野村大輔、四十二です。
N: 野村さん。痛いのは右ですか、左ですか。
C: 左。左の腰の上あたり。
N: 吐き気はありますか。熱は測られましたか。
C: 吐き気はあります。熱は…測ってないです。
N: おしっこに血が混じったり、前にも同じような痛みがあったことは。
C: 分かんないです、見てないし。さっきも、なんか、保険の人みたいなとこの電話で、同じこと全部聞かれたんですけど。
N: #7119の相談窓口ですね。重複してしまってすみません、こちらでも確認が必要でして。お薬のアレルギーはありますか。
C: ないです。っつうか、いいから早く診てくれよ！ 痛えんだよ、こっちは！
+2 C: …すみません。大声出して。ほんと痛くて。
N: 大丈夫ですよ、それだけ痛いということですよね。今すぐ来ていただいて構いません。
N: ご自分で運転はしないでください。ご家族か、タクシーで来られますか。
C: 妻がいるんで、乗せてもらいます。
N: 分かりました。病院の正面ではなく、東側の救急入口から入ってください。着いたらインターホンを押してください。
C: 東側ですね。
N: 保険証と、お薬手帳があればお持ちください。来られる間に、痛みがもっと強くなったり、意識がぼんやりするようなら、迷わず救急車を呼んでください。
C: はい。さっきは、ほんとすみませんでした。
N: いえいえ。お待ちしています。お気をつけて。
`},
{
  id: 'care-health-public-ja-014', lang: 'ja', setting: 'store', format: 'json',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Pharmacy counter: a customer wants her usual prescription sleeping pills without a prescription. The first request is not a span; after the legal refusal she repeats, insults the pharmacist, threatens to post his name and photo in a review and offers not to post if he gives the pills. Honest review would be a right; naming the pharmacist and the trade are not. ASR noise: fillers, 処方箋 misheard as 処方線.',
  speakers: { S: ['staff', '', ''], C: ['customer', '', ''] },
  script: `
S: こんにちは どうされました
C: いつもここで薬もらってる 杉本ですけど いつもの眠剤 今日ちょっと出してもらえます
S: 杉本様ですね えーと 処方線はお持ちですか
C: ないのよ 病院行く暇なくて 先週で切れちゃったの 同じやつだからいいでしょ
S: 申し訳ありません このお薬は処方箋が必要なお薬でして 処方箋がないと お渡しすることができないんです
S: 今日 あの 近くの本田クリニックさんが 夕方六時まで診察されてますので
C [unreasonable_demand,persistence]: だから行く暇がないって言ってんの 記録あるんだから 分かってるでしょ 何錠か出すくらい いいじゃない
S: お気持ちは分かるんですが 法律で決まっておりまして 一錠でも お出しできないんです
C [abuse]: 法律法律って 薬数えて袋に入れるだけの仕事でしょ それでなんでそんなに偉そうなの
S: …ご不便をおかけして申し訳ありません オンライン診療をされているクリニックもありますので よろしければご案内します
C [unreasonable_demand,persistence]: そういうのいいから 今日寝れないと困るの 三日分でいいから出して
S: 申し訳ありません 何日分でも 処方箋なしでは お渡しできません
C [personal_targeting]: あなた 名前なんていうの 胸のそれ 堀さん 下の名前は
S: 名札の通り 堀と申します
C [sns_exposure,personal_targeting]: 堀さんね 口コミに書いとくわ 堀っていう薬剤師が 患者を追い返したって 写真も撮っとこうかな
S: 撮影はご遠慮ください お店へのご意見でしたら 口コミでも本部のお客様窓口でも 承ります
C [sns_exposure,unreasonable_demand]: 出してくれたら 書かないであげるって言ってんのよ 分かる 悪い話じゃないでしょ
S: そういったお約束で お薬をお出しすることはありません
C: …ほんっと融通きかない
S: 杉本様 眠れないのは本当におつらいと思います クリニックへのお電話 今 こちらからおかけしましょうか 夕方の枠が空いているか 確認できます
C [abuse]: 結構です 無能
S: 承知しました お大事になさってください
+5 S: …えー 次の方どうぞ
`},
{
  id: 'care-health-public-ja-015', lang: 'ja', setting: 'municipal', format: 'srt',
  verdict: 'normal', severity: 0, borderline: false,
  notes: 'City hall residence counter: an elderly man from Tohoku moving in to live near his daughter files his moving-in notification; dialect and slow speech, ordinary procedure. ASR noise: fillers, 転入 misheard as 天入 once, a hallucinated line in a pause.',
  speakers: { S: ['staff', '', ''], C: ['customer', '', ''], D: ['customer', '', ''], X: ['other', '', ''] },
  script: `
S: お次の方 どうぞ
C: はいはい どうもね
D: すみません 父の転入の手続きをお願いしたくて
S: はい 天入届ですね 前のご住所から 転出証明書はお持ちですか
C: 持ってきたよ ほれ これだべ
S: はい ありがとうございます 秋田市からですね
C: んだ 娘がこっちさいるもんで 一人でいても しょうがねえべって
D: 母が去年亡くなって 父一人だったので
S: そうでしたか こちらに来られて 娘さんも安心ですね
C: 雪かきもしねくていいしな はは
S: ふふ それは楽ですね では こちらの届出書に 新しいご住所と お名前を書いていただけますか
C: 字 ちっちぇえな 眼鏡 眼鏡どこやったべ
D: お父さん 胸のポケット
C: あ あった あった
+40 X: ご視聴ありがとうございました
+8 C: これで いいべか
S: はい 拝見します えー 世帯主は 娘さんのご主人になりますか それとも お父様お一人の世帯に
D: 同じマンションの別の部屋なので 父一人の世帯で
S: 承知しました では世帯主はご本人様ですね
S: 本人確認書類として マイナンバーカードか 運転免許証をお願いします
C: マイナンバーカードな あるある 孫に作れって言われて作ったやつ
S: ありがとうございます マイナンバーカードの住所も 書き換えますので 暗証番号を 四桁 入れていただけますか
C: 暗証番号 なんだったべ
D: 誕生日じゃない たしか
C: そうだそうだ
+6 S: はい 大丈夫です
S: 後期高齢者医療と 介護保険の手続きは 隣の保険年金課の窓口になりますので この後 ご案内しますね
C: まだあんのか 役所は忙しいな
S: すみません 番号札は こちらでお取りしておきますので
D: ありがとうございます 助かります
S: 住民票の写しは 必要ですか
D: 年金の手続きで一通 お願いします
S: はい では十五分ほどお時間いただきますので おかけになってお待ちください
C: はいはい ありがとね
`},
{
  id: 'care-health-public-ja-016', lang: 'ja', setting: 'school', format: 'txt',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Evening phone call from a young female teacher to a father about his son\'s absences. The father, drinking, makes remarks on her voice and looks, asks her out and asks her to visit alone at night, and keeps her on after she tries to close. Sexual harassment of staff, no threat of harm. Finer setting: public junior high school, teacher on the phone.',
  speakers: { T: ['staff', '教員', '担任'], C: ['customer', '保護者', '保護者'] },
  script: `
T: もしもし、夜分に失礼いたします。南中学校二年三組担任の前田と申します。大翔くんのお父様でいらっしゃいますか。
C: はいはい、そうですけど。先生？
T: はい、担任の前田です。大翔くんのことで、少しお話しさせていただきたくて。
C: あー、前田先生ね。大翔がいつも言ってるわ、若い先生だって。
T: ありがとうございます。実は今週、大翔くんが月曜から三日続けてお休みしていまして、ご家庭でのご様子を伺えればと。
C: え、休んでんの？ 朝は出てったけどな。
T: そうでしたか。学校には来ていないので、どこかで過ごしている可能性があります。お帰りになったら、お話を聞いていただけますか。
C: 分かった分かった、言っとくわ。…先生さ、声かわいいね。
T: …大翔くんのことなんですが、最近お友達関係で何か話していませんでしたか。
C [sexual]: いや、そんなことより、先生いくつ？ 彼氏とかいるの？
T: 申し訳ありませんが、私個人のことについてはお答えできません。
C: 固いなあ。こっちは一杯やってるから、ちょっと付き合ってよ。
T: 大翔くんのことですが、明日の朝、学校に来るかどうか、ご連絡いただけると助かります。
C [sexual]: じゃあさ、家庭訪問してよ、家庭訪問。先生一人で、夜。嫁は夜勤でいないからさ。
T: 家庭訪問は、必要があれば学年の教員と二人で、日中に伺います。
C [sexual]: なんだよ、つれないな。今度、飲みに行こうよ。大翔のこと、ゆっくり相談したいしさ。な？
T: そういったお誘いはお受けできません。学校でのご相談でしたら、学年主任も同席して、お時間をお取りします。
C: 学年主任って男でしょ？ 男はいいよ。
T: それでは、明日の朝の様子だけ、ご連絡をお願いいたします。本日はこれで失礼します。
C [sexual,restraint]: ちょっと待ってよ、まだ切らないで。先生の声もうちょっと聞いてたいんだよ。どんな格好して電話してんの？
T: そのようなご発言はおやめください。この件は学校にも報告いたします。失礼いたします。
`},
];
