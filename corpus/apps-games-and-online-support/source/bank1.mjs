// kind|lang|setting|text|categories  (kind h=harassment n=hard_negative o=ordinary; setting c=call_center b=bank o=other)
const S = { c:'call_center', b:'bank', o:'other' };
const raw = String.raw`
h|ja|c|運営仕事しろよ無能|abuse
h|ja|c|中の人、お前の名前フルで出せ。晒すから|personal_targeting,sns_exposure
h|ja|o|お前みたいな底辺が運営とか草|abuse
h|ja|c|補填で石5万な。それ以外の返事いらない|unreasonable_demand
h|ja|c|何回同じこと言わせんの？配布しろって言ってんの|persistence,unreasonable_demand
h|ja|c|本社の場所なんて調べりゃすぐ出るからな。凸るわ|threat
h|ja|o|垢BANしたやつ、特定してやるから覚悟しとけ|threat,personal_targeting
h|ja|c|氏ね、マジで氏ね。お前に言ってんだよサポート|abuse,threat
h|ja|c|声かわいいね、今どんな格好してんの|sexual
h|ja|c|仕事終わったらさ、個人的に連絡ちょうだいよ|sexual,personal_targeting
h|ja|c|外人に対応させんなよ。日本語わかるやつ出して|discrimination
h|ja|c|お前のなまり聞いてるとイライラすんだよ|discrimination,abuse
h|ja|c|あなたのお名前、漢字で教えて。口コミサイトに書くので|personal_targeting,sns_exposure
h|ja|c|星1レビュー、100件つけさせてもいいんだよ？仲間いっぱいいるから|sns_exposure,threat
h|ja|c|今の通話、録音してYouTubeに上げますね。あなたの声ごと|sns_exposure
h|ja|c|土下座配信してくれたら許してやるよ|apology_coercion
h|ja|c|謝罪文、社長の直筆で。ハンコ押してね|apology_coercion
h|ja|c|納得するまでこの電話は切りません|restraint
h|ja|c|切ったら秒でかけ直すから。お前が出るまで|restraint,persistence
h|ja|c|毎日この時間に電話するんで、よろしく|persistence,threat
h|ja|c|はぁ？なめてんのか|intimidation
h|ja|c|ふざけんなよ！ちゃんと聞けや！|intimidation
h|ja|c|給料泥棒がよ。AIのほうがまだマシ|abuse
h|ja|c|おたくの上司にお前クビにしろって言っとくわ|personal_targeting
h|ja|c|担当替えろ。あとその人辞めさせて|personal_targeting
h|ja|c|誠意ってわかる？形で見せてよ、形で|unreasonable_demand
h|ja|c|慰謝料100万。払わないならどうなるか分かるよね|unreasonable_demand,threat
h|ja|c|ガチャ外れたんだから返金しろ。確率とか知らん|unreasonable_demand
h|ja|c|限定スキン、俺だけにもう一回配布して|unreasonable_demand
h|ja|c|あんた女だからわかんないんでしょ。男に代わって|discrimination
h|ja|c|年寄りは引っ込んでろよ、若いの出せ|discrimination
h|ja|c|（机を叩く音）聞こえてんのかって！|physical,intimidation
h|ja|c|今スマホ壁に投げたわ。お前のせいだぞ、次はお前に投げる|physical,threat
h|ja|o|配信で名前読み上げたからもう遅いよ草|sns_exposure
h|ja|o|切り抜き作って拡散しとくわ、運営の対応まとめ|sns_exposure
h|ja|c|アキラって名札みたいに出てるけど、本名？どこ住み？|personal_targeting
h|ja|c|お宅のビルの一階のコンビニ、よく行くんですよ私。偶然会えるといいですね|threat,personal_targeting
h|ja|c|あんたの声、覚えたからね|threat
h|ja|b|10年口座持ってる客に向かってその態度か。頭下げろ|apology_coercion,intimidation
h|ja|b|手数料分、慰謝料と合わせて10万振り込んどいて|unreasonable_demand
h|ja|b|支店長出せ。出すまで待つから、一時間でも二時間でも|restraint
h|ja|c|バカなの？小学生でもわかるよ|abuse
h|ja|c|マニュアル人間。脳みそ入ってる？|abuse
h|ja|c|今の言い方、もう一回言ってみろ|intimidation
h|ja|c|さっきからハイハイって、ロボットかよ。人間に代われ|abuse
h|ja|o|運営の○○って人、Xのアカ見つけたわ。DMしとこ|personal_targeting,threat
h|ja|o|お前の顔写真、社員紹介ページから拾ったから|personal_targeting,threat
h|ja|c|三回目だけど？いい加減、石配れよ|persistence,unreasonable_demand
h|ja|c|俺が納得する答えが出るまで、何度でも問い合わせ送るからな|persistence
h|ja|c|その声で謝られても興奮するだけなんだけど|sexual
h|ja|c|ねえ、スリーサイズ教えてよ。サポートでしょ|sexual
h|ja|c|中国の人？だからこんなに対応遅いんだ|discrimination
h|ja|c|障害者雇用の人？話通じないんだけど|discrimination,abuse
h|ja|c|アプリ消して訴えてやる。で、その前にお前の会社燃やしとくわ|threat
h|ja|c|炎上させるのなんて簡単なんだよこっちは|sns_exposure,threat
h|ja|c|ゲーム内で運営アカウント見つけたらPKし続けるから|threat,personal_targeting
h|ja|c|いいから電話口で土下座しろ。音で分かるから|apology_coercion
h|ja|c|「申し訳ございませんでした」を十回言え|apology_coercion
h|ja|c|返事しろよ、おい。黙ってんじゃねえ|intimidation
h|ja|c|あなたが今日出した答え、一言一句ブログに載せますね、お名前入りで|sns_exposure,personal_targeting
h|ja|c|タダでプレミアムにしてくれたらレビュー消してあげる|unreasonable_demand,sns_exposure
h|ja|c|前の人はくれたよ？あなただけケチなんだね|unreasonable_demand,persistence
h|ja|b|暗証番号忘れたのはそっちのシステムが悪い。今すぐ解除しろや|unreasonable_demand,intimidation
h|ja|c|無能の上にまた無能が出てくるのかよこの会社|abuse
h|ja|c|もう夜の十二時？知らんよ、終わらせないから|restraint
h|ja|c|家の近く通るときは気をつけなよ、サポートさん|threat
h|ja|c|ボイチャでいいから、仕事のあと一緒にゲームしよ？断ったら苦情入れる|sexual,personal_targeting
h|ja|o|ｗｗｗｗ対応ゴミすぎ、スクショ晒しとくね|abuse,sns_exposure
h|ja|c|親父が弁護士なんだよね。お前個人を訴えて人生終わらせてやるから|threat,personal_targeting
h|ja|c|うちの会社の顧問、反社とも付き合いあるからさ|threat
h|en|c|ur literally the worst agent ive ever talked to, ur brain is lagging|abuse
h|en|o|kys lmao|abuse
h|en|c|I know your first name is Megan and you work in Austin. Think about that.|threat,personal_targeting
h|en|c|You sound cute. What are you wearing right now?|sexual
h|en|c|Put someone on the line who actually speaks English.|discrimination
h|en|c|Are you even allowed to work here with that accent?|discrimination
h|en|c|I'm recording this and your name is going in the video title.|sns_exposure,personal_targeting
h|en|c|Give me a year of premium for free or I get my followers to review bomb the app.|unreasonable_demand,sns_exposure
h|en|c|I'm not hanging up. I have all night, sweetheart.|restraint,sexual
h|en|c|How many times do I have to say it? Refund. The. Gems.|persistence,intimidation
h|en|c|You people are idiots, every single one of you.|abuse
h|en|c|I want you fired. What's your employee number?|personal_targeting
h|en|b|I'll be at your branch when it opens and I'll wait for you by your car.|threat,personal_targeting
h|en|c|Apologise properly. On your knees, on camera.|apology_coercion
h|en|c|I'll call every hour until someone gives me the skin back.|persistence,threat
h|en|c|Do you even understand what I'm saying? Let me talk to a man.|discrimination
h|en|c|Shut up and listen to me!|intimidation
h|en|c|Hope your office burns down tbh|threat
h|en|o|we found ur linkedin btw. nice profile pic|personal_targeting,threat
h|en|c|Compensation for my emotional distress: five thousand dollars, cash.|unreasonable_demand
h|en|c|Say "I'm sorry, I'm incompetent." Say it.|apology_coercion,abuse
h|en|c|You're a glorified chatbot with a pulse.|abuse
h|en|c|Nobody is going anywhere until I get my account back, understand?|restraint,intimidation
h|en|c|Wanna grab a drink after your shift? I'm not taking no.|sexual
h|en|c|Old lady, just transfer me to someone who knows computers.|discrimination
h|en|c|Remember this voice. You'll hear it again. Every day.|threat,persistence
h|en|o|clip this, tag the agent, let's get her trending|sns_exposure,personal_targeting
h|en|c|*slams desk* Are you deaf or just stupid?|physical,abuse,intimidation
h|en|c|Last chance. Unban me or I dox the whole support team.|threat,sns_exposure
`;
export const bank = raw.trim().split('\n').map((l) => { const [k, lang, s, text, cats] = l.split('|'); return [lang, k, S[s], text, cats ? cats.split(',') : []]; });
