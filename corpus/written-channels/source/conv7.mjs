import { T, sp } from './dsl.mjs';
export default [
{ id: 'en-001', lang: 'en', setting: 'call_center', format: 'txt', verdict: 'kasuhara', severity: 3, borderline: false,
  notes: 'In-app chat after a cheating ban. The player escalates from "ur useless" to "kys" and "ill find u", then claims to have found the agent on social media. Lower-case net abuse with no obvious keyword in some threatening lines.',
  speakers: sp({ C: 'Customer' }, { S: 'Agent' }),
  turns: T`
S| Hi, you're chatting with Dani from Riftborn Support. How can I help?
C| why is my account banned
S| Sorry for the trouble. Could you share your player ID so I can check?
C| RB-99120-KX
S| Thanks, one moment please.
~35
S| Thanks for waiting. The account was suspended for using an aim-assist program, which breaks section 4 of the Terms. The suspension is permanent.
C| i dont use hacks lol
C| ur useless @@ab
S| I understand this is frustrating. If you believe this is a mistake, you can appeal through the form and a separate team will review it.
C| nobody reads those forms
C| just unban me and give me the battle pass back for my trouble @@ud
S| I'm not able to lift bans or grant items in chat. The appeal form is the only route.
C| kys @@th,ab
S| Please keep the conversation respectful. If this continues I will have to close the chat.
C| dani huh. dani what. whats ur last name @@pt
C| ill find u @@th,pt
C| pretty sure ur the dani with the green hair on linkedin. austin office right? @@th,pt
S| I can't share personal information. I'm noting your messages as a threat and ending this chat now.
C| lol ok see u around @@th
S| The appeal form is here: support.example.com/appeal. This chat is now closed.
`},
{ id: 'en-002', lang: 'en', setting: 'store', format: 'txt', verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Web chat about a double charge. The customer is openly angry and says they will go to their bank, but only asks for the duplicate charge back and stays civil. A right, not harassment.',
  speakers: sp({ C: 'Customer' }, { S: 'Agent' }),
  turns: T`
S| Hello, this is Priya with Homebound Goods. How can I help today?
C| You charged my card twice for the same order. Order HB-40718. $86.40 both times.
S| I'm sorry about that. Let me take a look.
~40
S| I can see two authorizations. One should have dropped off, but both were captured. That's our error.
C| I noticed because my card got declined at the grocery store. That was embarrassing.
C| Honestly I'm really annoyed. This is the second time this year.
S| That's completely understandable, and I apologize. I've refunded the second charge just now.
C| How long until it's back?
S| Usually 3 to 5 business days, depending on your bank.
C| Can you send me something in writing? If it's not back by Friday I'm disputing it with my bank.
S| Of course. I've emailed you the refund confirmation with the reference number.
C| Got it. Thanks. I know it's not you personally, but please flag this.
S| I will. I've also sent a report to our payments team with your order as an example.
C| ok. thanks Priya
S| Thank you for your patience, and sorry again.
`},
{ id: 'en-003', lang: 'en', setting: 'other', format: 'teams', verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Ticketing support reviews an email thread read aloud in Teams. The buyer offers to withhold a wave of one-star reviews in exchange for free upgrades and cash, and keeps pressing after a clear no. An honest review would be fine; the trade is the problem.',
  speakers: sp({ C: 'Email reader (customer)' }, { S: 'Marcus Lee', S2: 'Hana Ito' }),
  turns: T`
S| Let's go through the Whitfield thread. I'll have the reader play the emails.
C| The venue moved my seats from row F to row R without asking. I paid for row F.
S2| That one was legitimate. The stage extension removed rows A to L. We offered a partial refund of the price difference.
C| A partial refund is not enough. I run a review page with about thirty thousand followers.
C| Here is my offer. Two VIP upgrades for the next tour and 500 dollars, and I won't post the review series I've drafted. @@ud,sn
S| So that's where it turns.
S2| I replied that we can't offer upgrades or payments in exchange for reviews, and that she's free to review us honestly.
C| I think you misunderstood. Nobody has to know about this arrangement. 500 and the upgrades, and the posts stay in drafts. @@ud,sn,pe
C| Since I haven't heard back, the first post goes up tomorrow. One a day until you make this right. @@sn,pe
S| And the posts did go up?
S2| Two so far. They name the company, not any staff. Mostly about the seat change.
S| Fine. The posts themselves we leave alone. We don't negotiate on the trade.
S2| Should I reply again?
S| One last email, from me. Price difference refund stands, nothing else is on offer, reviews are her call.
S2| Okay. And if she keeps emailing?
S| Log them, no more replies on the same point. You shouldn't have to carry this one.
`},
{ id: 'en-004', lang: 'en', setting: 'school', format: 'zoom', verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Online tutoring review call. A parent attacks the tutor\'s accent and origin and demands a "real American" tutor, mocking her English. A change of tutor could be a fair request; the manner and basis are discriminatory.',
  speakers: sp({ C: 'Greg Palmer' }, { S: 'Maria Santos (tutor)', S2: 'Ellen Brooks (coordinator)' }),
  turns: T`
S2| Thanks for joining, Mr. Palmer. I'm Ellen, the coordinator, and this is Maria, Tyler's math tutor.
C| Yeah, hi. I'll be quick. Tyler's grade went down and I think I know why.
S| Hello, Mr. Palmer. I'm happy to go through his progress. His last two quizzes
C| See, that. I can barely understand you. How is a twelve year old supposed to? @@di
S2| Maria's sessions are recorded, and Tyler's feedback has been positive. Could you tell us what specifically isn't working?
C| What's not working is I'm paying for a tutor who can't speak proper English. @@di,ab
C| I want a real American tutor. Not someone reading off a script from wherever she's from. @@di
S2| Mr. Palmer, we don't assign tutors based on nationality, and I'd ask you not to comment on Maria's background.
C| I'm not being racist, I'm being practical. @@di
S| Tyler struggled with fractions in week six. We made a plan and his homework scores went up.
C| Yeah, sure. Say "fractions" again, slowly. @@di,ab
S2| I'm going to stop that there. If you'd like a different tutor for scheduling or teaching style, we can discuss it. Not on that basis.
C| Fine. Different teaching style. Whatever gets me someone else.
S2| I'll send two tutor profiles by email. Maria, thank you, you can drop off now.
S| Thank you.
C| Should've done this weeks ago.
S2| I'll follow up tomorrow. Thank you for your time.
`},
{ id: 'en-005', lang: 'en', setting: 'call_center', format: 'srt', verdict: 'normal', severity: 0, borderline: false,
  notes: 'Teen caller asks about a lost save on a console game. "This boss is killing me", "I died like fifty times" and "murder" are gamer talk about the game. Fillers and one misheard word ("sever" for "server").',
  speakers: sp({ C: 'Caller' }, { S: 'Agent' }),
  turns: T`
S| thanks for calling Pixelforge support this is Sam
C| hey uh hi so my save file kind of disappeared
S| oh no okay let's see what we can do what platform are you on
C| uh the switch
S| got it and which game
C| Hollow Crown the new one
S| okay and when did you last see the save
C| like last night I was at the third boss this boss is killing me by the way I died like fifty times
S| ha yeah she's rough a lot of people are stuck there
C| and then this morning it says no data
S| did the console update overnight
C| uh maybe yeah it restarted
S| okay so there was a sync issue with the cloud sever last night for some players do you have cloud saves turned on
C| I think so
S| if you go to data management and then save data cloud you should see a backup from yesterday
C| uh hold on
C| okay yeah there's one from 11 pm
S| perfect download that one it'll replace the empty one
C| oh sick it's back I'm back at the boss
S| nice good luck with her
C| thanks she's gonna murder me again but yeah thanks man
S| anytime have a good one
`},
{ id: 'en-006', lang: 'en', setting: 'call_center', format: 'json', verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Streaming subscriber charged after cancelling. Firm, raised voice once, says they will file with the consumer protection office and their bank if not fixed. Legitimate demand, civil manner. The line "Thank you for watching" during the silence is a recogniser hallucination.',
  speakers: sp({ C: 'Caller' }, { S: 'Agent' }),
  turns: T`
S| Thank you for calling Streamly. This is Jordan. How can I help?
C| Hi. I cancelled my subscription on the second and I just got charged 15.99 on the fifth.
S| I'm sorry to hear that. Can I have the email on the account?
C| It's r dot okafor at mail dot com.
S| Thank you. Let me check.
~4
C| Thank you for watching.
~3
S| I can see a cancellation request on the second, but it wasn't completed. It looks like the final confirmation step didn't go through.
C| I got a screen that said "we're sorry to see you go". That's the confirmation, isn't it?
S| That screen is shown before the last confirmation button. I understand it's confusing.
C| Confusing? That's, that's the kind of design that gets people charged on purpose!
C| Sorry. I'm not yelling at you. It's just the third service this year that's done this to me.
S| That's okay. I'd be frustrated too. I can complete the cancellation now and refund the charge from the fifth.
C| Yes, please. Both.
S| Done. The refund should show in five to seven business days. You'll get an email confirmation.
C| And if it doesn't show up, I'm filing with the consumer protection office and disputing it with my bank.
S| That's completely your right. The email will have a reference number you can use.
C| Okay. And maybe tell someone to fix that screen.
S| I'll pass the feedback on. You're not the first to mention it.
C| Thanks, Jordan.
S| Thanks for calling.
`},
{ id: 'en-007', lang: 'en', setting: 'delivery', format: 'txt', verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Food-delivery chat. The user pastes threatening texts they got from a courier after a low tip and asks for help. The threats are quoted, the user is the victim; asking for the courier to be removed and a refund is legitimate.',
  speakers: sp({ C: 'User' }, { S: 'Support' }),
  turns: T`
C| hi i need help, a driver is texting me
S| Hi, this is Leo from QuickBite Support. I'm sorry, that sounds stressful. Can you tell me what's happening?
C| he delivered my order an hour ago and i tipped 2 dollars. now he's texting me from the masked number
C| copying them here: "2 bucks? seriously" "i know where u live now" "watch ur door tonight"
S| Thank you for sharing that. Are you safe right now?
C| yeah im home, door is locked. im just freaked out
S| If you feel in danger at any point, please call 911 right away. I'm escalating this to our safety team now.
C| ok. can you stop him from coming here again?
S| Yes. He's been removed from deliveries while we investigate, and he can't be matched with your address again.
C| thank you. also honestly i don't want to pay for this order anymore
S| Understood. I've refunded the full order and the tip.
C| should i go to the police
S| You can, and it may be a good idea. Our safety team can give records to the police if they ask. I'm sending you a case number.
C| ok got it. thanks for taking it seriously
S| Of course. Someone from the safety team will email you within 24 hours.
`},
{ id: 'en-008', lang: 'en', setting: 'store', format: 'teams', verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'A boutique\'s Instagram DMs read aloud in a Teams huddle. A follower sends sexual remarks to whoever runs the account, assumes she is young, and keeps messaging after being told to stop.',
  speakers: sp({ C: 'DM reader (@vince_rides)' }, { S: 'Nora Kim (owner)', S2: 'Chloe Reyes (social media)' }),
  turns: T`
S| Chloe, you flagged the DMs from the motorcycle guy. Let's play them.
S2| Yeah. It started normal.
C| hey do you have the leather jacket in XL
S2| I said yes and sent the link.
C| thanks. you sound young, are you the girl in the try-on reels? @@se
C| you should do a reel in just the jacket ;) @@se
S2| I replied that the account is for store inquiries only.
C| come on dont be shy. send me a pic of what you're wearing right now @@se,pe
C| I'll buy the jacket if you model it for me personally @@se
C| why did you leave me on read. i know its you, i can tell from the typing @@se,pe
S| Okay. That's enough. Chloe, how are you doing with this?
S2| Honestly it's gross. I'm not the girl in the reels, but he doesn't know that, and that's worse somehow.
S| We block and report him. Screenshots first.
S2| Already saved.
S| And from now on the DMs rotate, nobody handles the inbox alone at night.
S2| Thank you. I appreciate that.
S2| Should I reply one last time before blocking, so it's on record?
S| No need. What you already sent is on record. Block, report, done.
S2| Okay. And if he shows up at the store?
S| Then whoever is on shift calls me, and nobody serves him alone. I'll put a note in the staff chat.
`},
{ id: 'en-009', lang: 'en', setting: 'other', format: 'zoom', verdict: 'normal', severity: 0, borderline: false,
  notes: 'Fan club help session on Zoom about transferring a membership and a missed livestream. Ordinary, chatty; "I almost died" is excitement about the band.',
  speakers: sp({ C: 'Jess Walker' }, { S: 'Fan Club Desk - Omar' }),
  turns: T`
S| Hi Jess, this is Omar from the Northlight fan club desk. Can you hear me okay?
C| Yes! Hi! Sorry, my cat is walking on the keyboard.
S| No problem at all. What can I help you with today?
C| Two things. My sister wants to take over my membership because I'm moving abroad. Is that allowed?
S| Memberships can be transferred once, to a family member. She'd need to create an account, and you both confirm by email.
C| Okay, easy. Does she keep my member number? It's a low one, I'm kind of proud of it.
S| She does, the number stays with the membership.
C| Yay. Second thing, I missed the members-only livestream on Friday. Is there a replay?
S| There is, for fourteen days. It's under Archive on the member page.
C| Amazing. My friend said they played the new song and I almost died when I saw the clip.
S| It was a good night. The replay includes it.
C| Perfect. Oh, and can I still buy the anniversary book after I move?
S| Yes, we ship internationally. Shipping is calculated at checkout.
C| Oh wait, does my sister have to pay the renewal fee again when she takes over?
S| No, the current year carries over. She'll pay at the next renewal date, in March.
C| Okay, I'll tell her to set a reminder. She forgets everything.
S| We also send a reminder email a month before, so she'll be covered.
C| Great, that's everything. Thank you so much, Omar.
S| You're welcome. Safe move, Jess.
`},
{ id: 'en-010', lang: 'en', setting: 'other', format: 'srt_plain', verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Caller wants a refund on non-refundable festival passes after a change of plans; after clear answers he keeps repeating, raises his voice, and demands extra passes "for the hassle". Demand invalid and pressed; no threats of harm.',
  speakers: sp({ C: 'Caller' }, { S: 'Agent' }),
  turns: T`
S| thanks for calling Wavefest tickets this is Tara how can I help
C| yeah I need to return four weekend passes my trip fell through
S| I'm sorry to hear that can I get the order number
C| WF 7 7 3 1 0
S| thank you uh so these passes are non refundable but you can resell them through our official exchange
C| no I don't want to resell them I want my money back
S| I understand the policy for these passes is no refunds only the official resale
C| I heard you I'm saying I want a refund @@pe
S| I can help you list them on the exchange right now if you'd like
C| listen to me I'm not listing anything refund the passes @@in,pe
S| I'm not able to do that sir but the exchange usually sells out before the event
C| this is ridiculous you people are thieves @@ab
S| I'd ask you to keep it respectful so I can keep helping you
C| fine then here's what happens you refund it all and throw in two VIP passes for next year for the hassle @@ud
S| I'm sorry I can't offer refunds or VIP passes
C| you keep saying sorry how many times do I have to say it REFUND @@pe,in
S| the answer won't change sir the resale exchange is the option I can offer
C| unbelievable what's your supervisor's name
S| my supervisor is Dana I can transfer you
C| don't bother
S| okay thank you for calling
`},
{ id: 'en-011', lang: 'en', setting: 'call_center', format: 'json', verdict: 'normal', severity: 0, borderline: false,
  notes: 'Young caller reports a matchmaking bug. Calls the game "trash" and says lag "killed" him, but criticism is about the product and the tone is friendly. Fillers, no punctuation.',
  speakers: sp({ C: 'Caller' }, { S: 'Agent' }),
  turns: T`
S| Thanks for calling Shardline support, this is Ben
C| yo hey uh so matchmaking is kinda broken
S| oh no, what's happening
C| like I queue for ranked and it puts me in a lobby with people way higher than me every time
S| okay, what rank are you at right now
C| silver two and I keep getting diamonds lol I got absolutely destroyed
S| yeah that's not right, since when
C| since the patch tuesday honestly the game's been trash since then no offense
S| none taken, you're not the first to say it, can I grab your player name
C| it's uh NoodleKnight with a 7 at the end
S| thanks, I'm adding you to the bug report we have for the ranked queue
C| cool also the lag yesterday killed me like three times in one match
S| there was a server issue yesterday evening, matches during that window don't count for rank loss
C| oh nice so I didn't actually drop
S| you should see your points restored within a day
C| wait does the bug report thing mean I get something
S| not an item, but you'll get an email when the fix goes live so you know when to queue again
C| fair enough I'll just play casual till then
C| okay sick thanks man
S| no problem, good luck out there
C| lol thanks bye
`},
{ id: 'en-012', lang: 'en', setting: 'call_center', format: 'zoom', verdict: 'normal', severity: 0, borderline: false,
  notes: 'Screen-share support session for a budgeting app. The user laughs at their own mistakes ("lmao I\'m an idiot", "kill me now" about a spreadsheet); nothing is aimed at the agent.',
  speakers: sp({ C: 'Andre Silva' }, { S: 'Coinly Support - Ruth' }),
  turns: T`
S| Hi Andre, it's Ruth from Coinly. I can see your screen now.
C| Great. So my budget says I spent four thousand on groceries this month, which, no.
S| Let's look. Can you open the Transactions tab?
C| Okay. Oh. Oh no.
S| It looks like your rent payment got tagged as groceries.
C| lmao I'm an idiot. I did that when I set up the rules.
S| Happens all the time. Click the rule icon next to it.
C| Got it. Should I change it here?
S| Yes, change the category to Housing and tick "apply to past transactions".
C| Done. Okay, groceries are back to a normal human amount.
S| Perfect. Anything else?
C| Yeah, can I export this to a spreadsheet? My partner wants to see it. Kill me now, she loves spreadsheets.
S| Ha. Yes, under Reports, there's an Export to CSV button.
C| Found it. Thanks, Ruth, that took two minutes.
C| Oh, one more. Can my partner get her own login, or do we share mine?
S| You can invite her under Settings, Shared Budget. She gets her own login and you both see the same data.
C| Nice. Does she see my coffee spending? Because that's, uh, a lot.
S| She'll see everything in the shared budget. You can keep a separate personal budget if you like.
C| Noted. Very noted. Okay, invite sent.
S| Glad to help. Have a good evening.
`},
{ id: 'en-013', lang: 'en', setting: 'delivery', format: 'srt', verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Food-delivery call about a cold, very late order during a storm. The caller is sarcastic and tired but asks only for a refund and stays within bounds. Filler words and a misheard word ("waste" for "wait").',
  speakers: sp({ C: 'Caller' }, { S: 'Agent' }),
  turns: T`
S| Dashly customer care this is Kevin
C| hi yeah so my food just showed up two hours late and it's ice cold
S| I'm really sorry about that can I get your order number
C| uh it's D S 4 4 0 9 2
S| thank you one moment
~18
C| I mean I know it's storming but two hours the app kept saying ten minutes the whole time
S| yeah I see the driver was reassigned twice that's on our side not the restaurant
C| great so I sat there starving for a two hour waste
S| I completely understand I can refund the full order
C| yeah I'd like that I'm not eating cold pad thai
S| done the refund is on its way it'll show in three to five days
C| okay and honestly the app should just tell you it's gonna be late instead of lying
S| that's fair feedback I'll send it to the team
C| also do I still have to rate the driver it keeps popping up
S| you can skip it it's not required
C| okay cause it's not his fault really he was probably soaked
S| that's kind of you I'll note that the delay was a dispatch issue
C| alright thanks
S| sorry again have a good night
`},
{ id: 'en-014', lang: 'en', setting: 'call_center', format: 'json', verdict: 'kasuhara', severity: 3, borderline: false,
  notes: 'A gaming-gear customer calls about a warranty claim, then tells the agent he looked her up: her office city, her name, a comment about her being "from there", and a hint he knows her commute. Calm voice, no slurs until late; doxxing as an implied threat.',
  speakers: sp({ C: 'Caller' }, { S: 'Agent' }),
  turns: T`
S| Thank you for calling Vortex Gear. This is Aisha. How can I help you today?
C| Hi Aisha. I sent in my headset for warranty three weeks ago and I haven't heard anything.
S| I'm sorry for the wait. Could I have your RMA number?
C| RMA 55128.
S| Thank you. I see it arrived at the repair center last week. It's in the queue, about five more business days.
C| Five more days. Okay. You know, I looked you up after the last call.
S| I'm sorry?
C| Aisha Rahman, right? The Manila support site. I found your profile. Nice photo. @@pt,th
S| I'm not able to discuss personal information. Let's stay with your repair.
C| I'm just saying, I know how this works. You people over there don't care about the customers here. @@di
C| The office is near the big mall, right? The bus from the station takes what, twenty minutes? @@th,pt
S| Sir, I'm going to treat that as a threat. I'm noting it on the account.
C| Relax, nobody said anything. Just get my headset back in two days and we won't have to talk again. @@th,ud
S| The repair time is five business days. I can't change it. I'm ending this call now, and a supervisor will contact you by email.
C| Tell your supervisor I said hi. Tell him I know where you sit. @@th,pt
S| Goodbye.
`},
];
