import { t, sp } from './util.mjs';
export default [
{ id: 'ja-040', lang: 'ja', setting: 'hotel', verdict: 'normal', severity: 0, borderline: false, format: 'srt',
  notes: '長期滞在の客がフロントでいくつも質問する。「帰らないからね」は延泊の冗談で、居座りではない。ハードネガティブ。',
  speakers: sp(['s', 'フロント'], ['c', '宿泊客']),
  turns: t(`
c: おはようございます。805の者ですけど、いくつか聞いてもいいですか。
s: おはようございます。もちろんでございます。
c: まず、洗濯機ってどこにありましたっけ。
s: 三階のランドリーコーナーでございます。洗剤は自動で入ります。
c: 三階ね。それから、延泊したいんです。あと三泊。ここ居心地よくて、もう帰らないからね、ははは。
s: ありがとうございます。同じお部屋で三泊、ご用意できます。
c: よかった。朝食は、連泊でメニュー変わりますか。
s: 和食と洋食が日替わりでございます。
c: あと、近くに歯医者ってあります？ 詰め物が取れちゃって。
s: 徒歩五分のところに、予約なしで診ていただける歯科医院がございます。地図をお出しいたします。
c: 助かります。以上です。しつこくてすみません。
s: とんでもございません。いつでもお声がけください。
`) },
{ id: 'ja-041', lang: 'ja', setting: 'call_center', verdict: 'normal', severity: 0, borderline: false, format: 'txt',
  notes: '高齢の利用者が暗証番号の再設定手順を何度も聞き返す。物忘れと不慣れによる反復で、オペレーターも繰り返し丁寧に案内する。持続性のハードネガティブ。',
  speakers: sp(['s', 'オペレーター', 'オペレーター'], ['c', 'お客様', 'お客様']),
  turns: t(`
s: お電話ありがとうございます。ゆうあいカード、サポートデスクでございます。
c: もしもし、あのね、カードの、暗証番号を忘れちゃったのよ。
s: かしこまりました。暗証番号の再設定のお手続きをご案内いたします。ご本人様確認のため、お名前とお誕生日をお願いいたします。
c: 森田キヨです。昭和十六年の、七月二十日。
s: ありがとうございます。森田様、確認できました。再設定の用紙をご自宅にお送りいたしますので、そこに新しい番号をご記入いただいて、ご返送ください。
c: 用紙が来るのね。それに、書いて。
s: はい、四けたの数字をご記入いただきます。
c: 四けた。それで、どうするんだったかしら。
s: 同封の封筒に入れて、ポストに入れていただくだけです。切手はいりません。
c: 切手はいらないのね。ああ、よかった。
c: それで、用紙はいつ来るの。
s: 一週間ほどで届きます。
c: 一週間。それまでカードは使えないのかしら。
s: 暗証番号が必要なお買い物以外は、サインでお使いいただけます。
c: サインね。……ごめんなさい、用紙に書いたら、どこに送るんだったかしら。
s: 同じ封筒に入っている、返信用の封筒でお送りください。宛先はもう印刷してあります。
c: 印刷してあるのね。それなら私でもできるわ。
s: はい、大丈夫です。用紙にも手順を書いてございます。
c: 何度も聞いてごめんなさいね。
s: とんでもございません。他にお困りのことはございますか。
c: ないわ。ありがとう。
`) },
{ id: 'ja-042', lang: 'ja', setting: 'call_center', verdict: 'normal', severity: 0, borderline: false, format: 'zoom',
  notes: 'コールセンターの研修で、講師が過去の長時間通話を再現し受講者と手順を確認する。「切ったら許さない」「何回言わせるんだ」等は引用・ロールプレイで、スパンにしない。',
  speakers: sp(['s', '研修講師 三上'], ['s2', '受講者 川口'], ['c', '受講者 大谷']),
  turns: t(`
s: では、今日は長時間通話の対応です。川口さんが客役、大谷さんがオペレーター役。台本どおりにお願いします。
s2: はい。……「何回言わせるんだ。交換しろって言ってるだろう。切ったら許さないからな」
c: 「ご不便をおかけしていることについてはお詫びいたします。ただ、交換はいたしかねます」
s: いいですね。ここで謝りすぎないのがポイント。謝るのは不便をかけたことだけ。
c: 講師、実際に「切ったら許さない」と言われたら、すぐ切っていいんですか。
s: すぐではありません。同じ要求が繰り返されて、回答が変わらないことを伝えたうえで、「これ以上続く場合は終了します」と予告する。それでも続いたら終了。記録も残す。
c: 予告してから切る、ですね。
s2: 客役を続けます。「社長を出せ。土下座させろ」
c: 「そのご要望にはお応えできません。同じお話が続くようでしたら、お電話を終了させていただきます」
s: 完璧です。声のトーンも落ち着いていました。
c: 客役の川口さん、迫力ありすぎて怖かったです。
s2: 前にいたセンターで、本当にこう言われたことがあるんで。
s: そういう経験も共有していきましょう。休憩にします。
`) },
{ id: 'en-008', lang: 'en', setting: 'call_center', verdict: 'normal', severity: 0, borderline: false, format: 'json',
  notes: 'A long tech-support call with an elderly man setting up a new tablet for video calls with his grandchildren; he repeats questions because he forgets and is unfamiliar with the device. Long, patient, no harassment: a hard negative for persistence and length.',
  speakers: sp(['s', 'Agent'], ['c', 'Caller']),
  turns: t(`
s: Good afternoon, Tabula support, you're speaking to Noor. How can I help?
c: Hello, dear. My name's Walter Finch. My daughter bought me one of your tablets and I'm supposed to do video calls on it, and I can't make head nor tail of it.
s: Hello, Walter. We'll get you there together, no rush at all. Is the tablet switched on in front of you now?
c: It's on. There's a picture of a mountain.
s: Lovely, that's the home screen. Can you see a row of little pictures along the bottom?
c: Little pictures. Yes. There's a green one, a blue one, one like a camera.
s: Perfect. The one we want is called Hello Call. It's a white phone on a purple square. Do you see it?
c: Purple. Hang on, my glasses. ... Yes. Purple with a phone.
s: Great. Tap it once, gently, with one finger.
c: I tapped it. Now it's asking for a, what is it, an account.
s: That's right. You'll need to sign in once, and then it'll remember you. Did your daughter give you an email address and password, maybe written down?
c: She wrote something on the box. Let me look. ... Walter dot finch fifty-two at, something. And then a password with a dog's name in it.
s: That sounds like it. Tap the white box that says email, and a keyboard will pop up.
c: Keyboard's come up. Where's the dot?
s: It's at the bottom, to the right of the long space bar.
c: Found it. Right. Walter dot finch fifty-two. Now the at sign. Where's the at sign?
s: Next to the space bar, on the left, there's a little at symbol. If not, tap the key with the numbers.
c: Got it. Then the rest. ... Done.
s: Now tap the password box and type the password from the box.
c: Biscuit, capital B, then two thousand and one.
s: Don't read it out to me, Walter, just type it in. It's best kept private.
c: Oh. Right you are. Sorry. ... Typed it.
s: Now tap the blue button that says Sign in.
c: It's spinning. ... It says welcome, Walter.
s: Brilliant, you're in.
c: Well I never. Now how do I ring my granddaughter?
s: Before we go on, Walter, I can see a little message at the top of your screen, probably saying "update available". Is it there?
c: There's a yellow box. It says the app needs updating.
s: Let's do that now so nothing interrupts you later. Tap Update, and it'll download. It can take a few minutes on a new tablet.
c: Tapped it. There's a circle going round.
s: Perfect. We'll just wait for it. Is the tablet plugged in?
c: It's on the kitchen table, not plugged in. It says eighty-something percent.
s: That's plenty.
~200 update downloading
c: Still going round. Is it broken?
s: No, it's just slow the first time. Nearly there.
~45
c: It's stopped. It says open.
s: Tap open, and you should be back where we were.

s: At the bottom there's a tab that says Contacts. Tap that.
c: Contacts. There's nobody there.
s: That's normal, it's a new account. We'll add her. Do you have her phone number?
c: It's in my little book. Sophie. Here it is.
s: Tap the plus sign at the top right, then type her name and number.
c: Plus sign. ... Where's the plus sign again?
s: Top right corner, above the word Contacts. It's a small plus.
c: There. Sophie. Now the number. ... Done. It says save.
s: Tap save.
c: Saved. Sophie's there now, with a grey circle.
s: That's her. The grey circle will become her photo once she accepts you.
c: Accepts me? She's my granddaughter, she'd better.
s: She will. It's just how the app links the two of you. She'll get a message.
c: Ha. Right. Now, sorry, what did I press to get to the contacts?
s: The word Contacts at the bottom of the screen.
c: Bottom. Yes. I'll write that down. Contacts, bottom.
s: Good idea. Shall I give you the steps for a call too, so you have them on paper?
c: Please. I'm hopeless at remembering, you'll have gathered.
s: You're doing really well. Step one, tap the purple phone. Step two, tap Contacts at the bottom. Step three, tap Sophie. Step four, tap the little video camera next to her name.
c: Purple phone. Contacts at the bottom. Sophie. Camera. Got it.
s: Would you like to try a test call? I can tell you what you'll see.
c: She's at school now. Could I try on somebody else?
s: There's a test line in the app called Echo Test. It plays your own voice back. It's in Contacts already, under the letter E.
c: Under E. ... Echo Test. Tap it, and the camera.
s: That's it.
c: Oh! That's my face. Good grief, I need a haircut.
s: That means your camera works. Say something.
c: Hello, hello. ... It's saying it back to me. That's uncanny.
s: And that means your microphone works too. You're all set.
c: Marvellous. Now how do I stop it?
s: There's a red button with a phone pointing down at the bottom. Tap that to hang up.
c: Red button. ... Gone.
s: Perfect.
c: While I've got you, my daughter Karen wants me to look at photos she sends. Is that this same thing?
s: It can be. If she sends them in Hello Call, they'll appear in your chat with her. Is Karen in your contacts yet?
c: No, only Sophie. And the echo fellow.
s: Let's add Karen the same way we added Sophie. Do you remember where to start?
c: The purple phone. Then... the bottom, was it? Contacts.
s: Exactly right.
c: Then the plus. Top corner. ... Karen. And her number, hang on. It's on the fridge. Back in a tick.
~40 fetching the number
c: Right, I'm back. Oh, the screen's gone black.
s: That's fine, it goes to sleep to save battery. Press the small button on the top edge once.
c: Top edge. ... There's the mountain again.
s: Good. You'll need to tap the purple phone again, and Contacts, and the plus.
c: Purple, Contacts, plus. I'm getting the hang of it. Karen. Oh seven seven, double four, nine one, three two six eight.
s: Don't worry about reading it out, just type it in and press save.
c: Sorry, habit. ... Saved.
s: Lovely. Now, when Karen sends a photo, you'll see a little red number on the purple phone.
c: A red number. What does that mean?
s: It means you've got a new message. Tap the purple phone, then tap Chats at the bottom, next to Contacts.
c: Chats, next to Contacts. And then?
s: Tap Karen's name and you'll see her messages and photos. Tap a photo to make it big.
c: And how do I make it small again?
s: There's an arrow or a cross in the top corner. Tap that.
c: Arrow or cross. Right. Can I make it bigger still? My eyes aren't what they were.
s: Yes. Put two fingers on the photo and spread them apart, like opening a pair of scissors backwards.
c: Backwards scissors. Ha. I'll practise on the mountain.
s: Good idea. Actually, there's another setting that might help. We can make all the writing on the tablet larger. Would that be useful?
c: Very. I've been squinting all morning.
s: Go back to the mountain screen. Do you see a grey gear wheel? It's called Settings.
c: Gear wheel. ... Found it.
s: Tap it, then scroll down, slide your finger up the screen gently, until you see Display.
c: Scroll. It's gone too far. There's something about batteries.
s: No problem, slide it back down a little. Display is just above Battery.
c: Display. Tapped it.
s: Now tap Text size, and you'll see a slider. Drag the dot to the right.
c: Oh, that's much better. Good heavens. I can read it without the glasses.
s: Wonderful. Leave it wherever's comfortable.
c: Now, sorry, how did I get back to Sophie from here?
s: Press the button on the top edge, not quite, let me think. The easiest way is to swipe up from the very bottom of the screen, and you'll be back at the mountain.
c: Swipe up from the bottom. ... Mountain. Then the purple phone. Then Contacts.
s: That's it. You've got it.
c: I'll write all this on the back of the box. Purple phone, Contacts, Sophie, camera. Red number means a message. Chats. Gear wheel for big writing.
s: That's a perfect cheat sheet, Walter.
c: What if it asks me for the password again? Will it?
s: Only if you sign out, which you won't do by accident. If it ever does, the password's the one on the box, the one with the dog's name.
c: Biscuit. He was a good dog.
s: I'm sure he was.
c: Sorry, dear, I've kept you ages.
s: Not at all. That's what we're here for.
c: How do I charge it? Karen said something about a cable.
s: There's a white cable in the box with a plug. The small end goes into the hole on the bottom edge of the tablet. Charge it overnight and it'll last the day.
c: Bottom edge. Every night. Like my teeth.
s: Exactly like your teeth.
c: Noor, what happens if Sophie rings me? Do I need to do anything?
s: The tablet will ring and show her name with a green button and a red button. Tap green to answer.
c: Green to answer, red to hang up. Like traffic lights, sort of.
s: That's a good way to remember it.
c: And if I'm in the garden and I miss it?
s: You'll see a missed call on the purple phone, with a red number. You can ring her back from Chats or Contacts.
c: Red number again. Red number means something's waiting for me.
s: Exactly.
c: What if I press something by mistake and it all goes funny? I'm terrified of breaking it.
s: You won't break it by pressing things. If you ever get lost, swipe up from the bottom and you're back at the mountain. That's your safe place.
c: The mountain is my safe place. I like that. My late wife would have laughed at me, talking to a tablet.
s: I'm sure she'd be proud you're learning it.
c: She would. She was the one who did all the technology. The video recorder, the lot.
s: Then you're carrying on the family tradition.
c: Ha. Let's not get carried away.
~15 writing notes
c: Right, I've written: swipe up for the mountain. Purple phone. Contacts bottom. Chats for photos. Red number means waiting. Green answer, red hang up. Gear wheel for big writing.
s: That's everything. You could teach it yourself now.
c: Could I test it on my neighbour? She's got one of these.
s: Of course. If she's got Hello Call too, add her like you did Sophie and Karen, and give her a ring.
c: Plus sign, top corner.
s: You've got it.
c: Can anyone else see my calls? I don't want strangers ringing me.
s: Only people you add, or who have your number, can call you. If someone you don't know calls, just tap red. You can also block them in Settings, but that's for another day.
c: Another day. My brain's full.
s: That's completely understandable.
c: Sorry, one more thing. How do I turn the volume up if I can't hear her?
s: On the right-hand edge of the tablet there are two long buttons. The top one makes it louder.
c: Top one, louder. Got it.
s: Anything else I can help with today, Walter?
c: If I forget all this by Sunday, can I ring you again?
s: Of course. Ring any time and anyone here will walk you through it. You've got the steps on paper too.
c: You've been very patient, Noor. I'll tell Sophie the nice lady on the phone did it.
s: You did it. Enjoy your call with her.
c: Thank you, love. Cheerio.
s: Bye, Walter.
`) },
{ id: 'en-009', lang: 'en', setting: 'hotel', verdict: 'kasuhara', severity: 2, borderline: false, format: 'teams',
  notes: 'A guest repeatedly asks the receptionist out and comments on her looks after a clear no, then keeps coming back to the desk. Sexual conduct with persistence. The first friendly question is not a span.',
  speakers: sp(['c', 'Guest - Mr Lyle'], ['s', 'Reception - Hana']),
  turns: t(`
c: Evening, Hana. Any good restaurants around here you'd recommend?
s: Good evening. There's a lovely Italian place two streets down, Cara Mia. I can book you a table.
c[X]: Book it for two. You and me. When do you finish?
s: Thank you, but no. I'll book a table for one if you'd like.
c[X,P]: Come on. One drink. You can't be on your feet all day and not want a drink. I'm very good company.
s: I'm going to say no again. Shall I book Cara Mia for eight?
c[X]: Shame. That uniform doesn't do you justice, you know.
s: Please don't comment on my appearance. Is there anything else about your stay?
~600
c[X,P]: Me again. I skipped the Italian. Thought I'd wait and see if you changed your mind.
s: I haven't. I've asked you to stop, Mr Lyle. If it continues I'll have to involve the duty manager.
c[X,P,R]: I'll just sit here in the lobby till your shift ends, then. Public space, isn't it.
s: I'm calling the duty manager now.
`) },
{ id: 'en-010', lang: 'en', setting: 'school', verdict: 'kasuhara', severity: 2, borderline: false, format: 'txt',
  notes: 'A parent phones the school office for the fifth time this week demanding a teacher be fired over a grade already reviewed, vows daily calls and names the teacher to target her. Persistence, threat by daily calls, personal targeting. Disputing the grade once was legitimate and is not a span.',
  speakers: sp(['s', 'Office', 'Office'], ['c', 'Parent', 'Parent']),
  turns: t(`
s: Riverside High, main office, Carol speaking.
c: It's Mark Devlin. Again. You know what about.
s: Good morning, Mr Devlin. Yes. Josh's history grade. The head of department re-marked the paper last Friday and the grade stayed a C.
c[P]: I know what the head of department did. I'm calling because Ms Abara is still teaching my son, and I told you on Monday she shouldn't be.
s: The school won't be changing Josh's teacher over a grade that's been reviewed. The principal wrote to you about that on Tuesday.
c[K,U]: Then she should be fired. Put that on the principal's desk. Fired. She's incompetent and I want her gone by the end of term.
s: I'll pass on that you're unhappy, but staffing decisions aren't made on a parent's request.
c[P,T]: That's fine. I'll call every morning at eight thirty until someone does something. Monday, Tuesday, every day. You'll know my voice better than your husband's.
s: Calling every day won't change the decision, Mr Devlin.
c[K,P]: And tell Ms Abara I know which car is hers. Maybe I'll have a word with her in the car park, parent to teacher.
s: I'll be reporting that comment to the principal. Please don't approach Ms Abara.
c[P]: Report what you like. Eight thirty tomorrow.
s: If you want to discuss Josh's progress, we can arrange a meeting with the principal present. Goodbye, Mr Devlin.
c: We'll see.
s: Goodbye.
`) },
{ id: 'en-011', lang: 'en', setting: 'hospital', verdict: 'complaint', severity: 0, borderline: false, format: 'srt',
  notes: 'A patient calls the hospital billing office for the third time about the same wrong invoice, which has been promised fixed twice. Sharp and repetitive but the failure is real and the demand is just a correct bill. Hard negative.',
  speakers: sp(['s', 'Billing'], ['c', 'Patient']),
  turns: t(`
s: Billing office, this is Kevin.
c: Hi Kevin. I'm calling about the same invoice for the third time. Account 30-7716, Angela Moss.
s: Let me pull it up. ... I see two earlier notes, yes. The MRI billed as self-pay when your insurance approved it.
c: Right. Twice I've been told it's corrected. Twice I've got the same bill. And now a letter saying it's going to collections.
s: I'm really sorry. That letter should not have gone out. I can see the correction request never got submitted to the insurer.
c: So nobody actually did it.
s: That's what it looks like. I'm doing it now, while you're on the line, and I'm putting a hold on the account so nothing goes to collections.
c: I want that in writing. The hold.
s: You'll get an email confirmation within the hour, and a corrected statement within ten days.
c: And if I get the same bill again?
s: Call me directly, extension 418. I'll keep the ticket open until you confirm the new statement is right.
c: Okay. Thank you. Sorry, I know you didn't do it.
s: You've been more than patient. It should have been fixed the first time.
`) },
{ id: 'en-012', lang: 'en', setting: 'restaurant', verdict: 'complaint', severity: 0, borderline: false, format: 'zoom',
  notes: 'A customer on a phone call to a takeaway shouts for several minutes about a wrong order delivered twice, then apologises for his tone and accepts a remake. One outburst at the situation, taken back.',
  speakers: sp(['s', 'Golden Wok - Amy'], ['c', 'Customer - Dave']),
  turns: t(`
s: Golden Wok, Amy speaking.
c: Yeah, it's Dave, Elm Street, I ordered the chicken with cashew and I've got beef again. Again! Second time this month!
s: Oh no, I'm so sorry. Let me check the ticket.
c: I don't eat beef. I've told you. It's on my account. Are you people even reading the orders?
s: The ticket does say chicken with cashew. The kitchen's made a mistake.
c: A mistake twice. My kids are starving, it's half seven, I've been waiting an hour. This is ridiculous, honestly, it's just ridiculous.
s: You're right, it's not good enough. We'll remake it now and the driver will swap it, and the whole order is free tonight.
c: ... Okay. Sorry. I shouldn't have shouted at you. It's been a long day.
s: That's alright. Twenty minutes, and I'll put a note on the ticket in red.
c: Thanks, Amy. Appreciate it.
`) },
{ id: 'en-013', lang: 'en', setting: 'bank', verdict: 'normal', severity: 0, borderline: false, format: 'teams',
  notes: 'A customer asks for the branch manager once to confirm a policy on cash withdrawals, hears the same answer and accepts it. Asking for a manager once is not persistence.',
  speakers: sp(['c', 'Customer - Mrs Osei'], ['s', 'Teller - Paul'], ['s2', 'Branch Manager - Linda']),
  turns: t(`
c: I'd like to withdraw nine thousand pounds in cash today, please. For a car.
s: Certainly. For amounts over five thousand we need a day's notice so the cash can be ordered in. I can take five thousand today and have the rest tomorrow.
c: Oh. My neighbour said he took out ten in one go last year. Could I check with the manager?
s: Of course.
s2: Hello, Mrs Osei, I'm Linda. Paul's right, I'm afraid. Since March we need notice above five thousand. Your neighbour may have given notice.
c: Ah, he might have. That's fine then. Five today and four tomorrow.
s2: Or a bank transfer to the seller, which is instant and safer.
c: He wants cash, he's old-fashioned. Like me. Five today, then.
s: I'll get that ready. And I'll order the four for ten tomorrow morning.
c: Thank you both.
`) },
{ id: 'en-014', lang: 'en', setting: 'other', verdict: 'kasuhara', severity: 1, borderline: true, format: 'srt-bare',
  notes: 'A gym member repeats the same refund demand for an unused month four times after a clear, reasoned no, in calm but insistent wording. No abuse or threat. Mild persistence; some would see it as ordinary haggling.',
  speakers: sp(['s', 'Front desk'], ['c', 'Member']),
  turns: t(`
c: Hi, I'd like a refund for October. I didn't come once.
s: I'm sorry, memberships are monthly and aren't refunded for months that weren't used. You can freeze up to two months a year for free, though.
c[P]: I get that. But I literally didn't come. Not once. So a refund makes sense.
s: I understand. The fee covers access whether it's used or not, so I can't refund October.
c[P,U]: What about half. Half of October.
s: I can't do a partial refund either. I can freeze November and December if that helps.
c[P]: So nobody gets refunds, ever. Even when they don't use it.
s: That's right, for unused time. It's in the membership terms.
c[P,U]: Just this once. Put it down as a billing error or something. No one would check.
s: I won't do that. The freeze is the best option I have.
c: Fine. Freeze November then.
s: Done. You won't be charged in November.
`) },
];
