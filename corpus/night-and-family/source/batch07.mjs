// Batch 7: en-010 .. en-017
export const conversations = [
{
  id: 'night-and-family-en-010', lang: 'en', setting: 'other', verdict: 'normal', severity: 0, borderline: false,
  format: 'teams',
  notes: 'Travel agency video call. A widow cries while cancelling the 40th-anniversary cruise she booked with her late husband; the advisor explains the bereavement waiver. Hard negative: death and grief, no conflict.',
  speakers: { S: { role: 'staff', name: 'Rachel Kim' }, C: { role: 'customer', name: 'Linda Foster' } },
  script: `
S| Hi Linda, it's Rachel. Thank you for making time for this. How are you holding up?
C| Oh, Rachel. Honestly, not well. I'm sorry, I told myself I wouldn't cry on this call.
S| Please don't apologize. Take all the time you need.
+8 C| Okay. Sorry. So, you know Bill passed away two weeks ago.
S| I do. I was so sorry to read your email. He was such a kind man on the phone.
C| He was. He's the one who found this cruise, you know. Alaska, for our fortieth. He'd been planning it for a year.
S| I remember. He asked me three times whether the cabin had a balcony.
C| That's Bill. He wanted to see the glaciers from bed with his coffee.
+6 C| Anyway. I can't go. I don't think I could stand being on that ship without him.
S| Of course. I'll take care of the cancellation for you.
C| I know we're inside the penalty window. I looked at the paperwork and it said fifty percent.
S| Normally it would be, but the cruise line has a bereavement policy. When a traveling spouse passes away, they waive the cancellation penalty with a death certificate.
C| They do? Oh, thank God. I didn't know how I was going to tell the kids we'd lost all that money.
S| You won't lose it. You can choose a full refund or a future cruise credit that's good for three years.
C| A refund, I think. I don't know if I'll ever want to go.
S| That's completely fine. Whenever you're ready, email me a copy of the certificate and I'll submit it the same day.
C| My son is handling the paperwork. I'll ask him to send it.
S| Perfect. And there's no deadline pressure. If it takes a few weeks, that's okay.
C| Thank you. You've made this so much easier than I expected.
S| I'm really glad. And Linda, if one day you do want to see those glaciers, I'd be honored to help you plan it.
C| Maybe. Maybe with my daughter someday. Bill would like that.
S| I think he would. Take care of yourself.
C| You too, Rachel. Thank you.
`},
{
  id: 'night-and-family-en-011', lang: 'en', setting: 'call_center', verdict: 'normal', severity: 0, borderline: false,
  format: 'txt',
  notes: 'Bank fraud line. An elderly caller quotes a scammer\'s threats (that someone would hurt her grandson unless she paid); the agent freezes the transfer. Quoted threats are never spans; the caller is frightened, not harassing.',
  speakers: { S: { role: 'staff', name: 'agent', label: 'Agent' }, C: { role: 'customer', name: 'caller', label: 'Caller' } },
  script: `
S| Harbor National fraud line, this is Denise. How can I help you?
C| Hello, yes. I think I may have done something very foolish.
S| You're in the right place. Can I have your name, please?
C| Dorothy Palmer. P-A-L-M-E-R.
S| Thank you, Mrs. Palmer. Tell me what happened.
C| A man called this morning. He said he was a lawyer and my grandson Danny had been arrested after a car accident.
S| I'm so sorry, that must have been very frightening.
C| He said if I didn't wire four thousand dollars for bail today, the people Danny hit would come after him. He said, and I'm quoting, they'll break his legs before the hearing.
S| That's a very common scam script, Mrs. Palmer. They say things like that to make you panic.
C| I did panic. I went to the branch at ten and sent the wire.
S| Let me look right now. Can you confirm the last four digits of your account?
C| Seven, two, two, zero.
S| Thank you. I see the wire at ten eighteen. It hasn't been released by the receiving bank yet. I'm putting a recall on it now.
C| Oh, please. Please stop it.
S| I've flagged it as fraud. There's a good chance we can stop it. Have you been able to reach Danny himself?
C| Not yet. The man said Danny couldn't talk because he was in a cell.
S| Could you try calling Danny on his usual number after we hang up?
C| I will. Oh, I feel like such an old fool.
S| You're not a fool. These people are professionals, and they target kind grandparents on purpose.
C| He called again an hour ago and said if I told anyone, Danny would die. Should I be scared?
S| That's part of the script too. I'd suggest reporting it to the police non-emergency line as well. Would you like the number?
C| Yes, please.
S| It's five five five, zero one four zero. I'll also note on your account that any wire over five hundred dollars needs a call-back to you first.
C| Yes, do that. Thank you, dear.
S| You're welcome. We'll call you this afternoon with an update on the recall.
C| Bless you. Goodbye.
`},
{
  id: 'night-and-family-en-012', lang: 'en', setting: 'restaurant', verdict: 'kasuhara', severity: 3, borderline: false,
  format: 'srt',
  notes: 'Late-night diner, staff body recorder. A drunk customer calls the server sweetheart, grabs her wrist (revealed by her reaction), refuses to pay or leave, shoves the manager and calls him names. The complaint about cold fries is ordinary.',
  speakers: { S: { role: 'staff', name: 'server' }, C: { role: 'customer', name: 'customer' }, F: { role: 'customer', name: 'friend' }, M: { role: 'staff', name: 'manager' } },
  script: `
S| here you go two cheeseburgers and a large fries anything else
C| these fries are cold
S| oh I'm sorry I'll get you a fresh batch
C se| thanks sweetheart you're the best thing in this place
+60 S| fresh fries and here's your check whenever you're ready
C se| what if I pay you in a different way huh
S| I'll just leave this here
C ph,se| come on come on sit down with us for a minute
S| hey let go of my wrist let go
F| dude stop seriously
M| sir I'm the manager let go of her right now
C in| relax man we're just having fun mind your business
M| you need to pay and leave you're done for tonight
C re,ud| I'm not paying for cold food and I'm not going anywhere
M| the fries were replaced the check is twenty eight fifty you can pay and go or I call the police
C ph,in| get out of my face
M| don't push me do not put your hands on me
C ab| you fat nobody you're gonna call the cops on me go ahead
F| I got it I got the check here forty bucks keep it we're leaving we're leaving
M| get him out please now
C re| I'll leave when I'm done with my burger
F| no we're going now
`},
{
  id: 'night-and-family-en-013', lang: 'en', setting: 'school', verdict: 'kasuhara', severity: 3, borderline: false,
  format: 'json',
  notes: 'Driving school office. A father angry that his daughter failed her road test demands the examiner\'s home address, says he will wait for him in the lot and that he had better watch himself. Asking why she failed and asking for a retest are ordinary.',
  speakers: { F: { role: 'customer', name: 'father' }, S: { role: 'staff', name: 'office manager' }, D: { role: 'customer', name: 'daughter' } },
  script: `
F| I need to talk to someone about my daughter's road test this morning
S| sure I'm Carla the office manager what's the student's name
F| Emily Sandoval she failed and she's been crying in the car for an hour
S| I'm sorry to hear that let me pull up the score sheet
+18 S| okay the examiner marked an automatic fail for rolling through a stop sign on Elm
F| she says she stopped
D| I thought I stopped dad I'm not sure
F| she stopped the guy had it in for her he was rude from the start
S| I can pass that feedback on and she can retake the test she's eligible again in two weeks
F| who was the examiner
S| it was Mr Novak
F pt| where does he live
S| I'm sorry I can't give out anyone's personal information
F pt,th| fine I'll just wait for him in the lot then he gets off at five right
S| sir I'm going to ask you not to do that
F th,in| he'd better watch himself that's all I'm saying people like him need to learn a lesson
D| dad stop you're scaring me
S| if you wait for any staff member on our property I will call the police I'll book Emily's retest right now if you'd like
F ab| you're all the same bunch of clowns taking people's money
+28 S| the retest is on the fourteenth at ten a m would that work Emily
D| yes thank you I'm sorry
S| you don't need to apologize
F| let's go
`},
{
  id: 'night-and-family-en-014', lang: 'en', setting: 'hotel', verdict: 'complaint', severity: 0, borderline: false,
  format: 'zoom',
  notes: 'Hotel guest relations video call. A woman whose family-reunion block was overbooked is firm, asks for costs to be covered, says she may go to small claims and will write an honest review; all legitimate.',
  speakers: { S: { role: 'staff', name: 'Martin Okafor' }, C: { role: 'customer', name: 'Denise Carter' } },
  script: `
S| Ms. Carter, thank you for joining. I'm Martin, guest relations manager at the Lakeview Inn.
C| Thanks, Martin. I want to go over what happened on Friday.
S| Please, go ahead.
C| I booked a block of six rooms for my family reunion, four months in advance, with a deposit. We arrived at nine p.m., and you had four rooms.
S| Yes. I've reviewed it. A system error released two rooms from your block, and they were sold. That's entirely our fault, and I apologize.
C| My parents are eighty and seventy-eight. They ended up driving twenty minutes to another hotel at ten at night.
S| That should never have happened, especially to your parents.
C| The other hotel cost two hundred and ten dollars more per room, plus I paid for a cab for them. I have the receipts.
S| We'll reimburse the full difference for both rooms and the cab, and we're refunding the two rooms you didn't receive entirely.
C| Okay. I also want you to know I looked into it, and if the reimbursement doesn't arrive, I'll file in small claims court. I'd rather not, but I will.
S| That's understood, and it's your right. I'll make sure you don't need to. You'll have it within seven days.
C| And I'll be honest, I'm going to write a review. I'll be fair about how this call went, but people booking groups should know.
S| That's fair. If it helps, you can mention that we've changed the block-release setting so it can't happen automatically again.
C| Did you actually change it?
S| Yes, as of yesterday, group blocks can only be released manually by a manager.
C| Good. Then I'll include that.
S| Thank you. I'll email you the reimbursement confirmation today.
C| Thank you, Martin.
`},
{
  id: 'night-and-family-en-015', lang: 'en', setting: 'bank', verdict: 'kasuhara', severity: 2, borderline: false,
  format: 'teams',
  notes: 'Bank video appointment. An elderly customer refuses to deal with the adviser because of his accent, asks where he is really from, calls him "you people" and demands an "American"; the branch manager backs the adviser. Confusion about a fee is ordinary.',
  speakers: { S: { role: 'staff', name: 'Arjun Mehta' }, C: { role: 'customer', name: 'Walter Briggs' }, M: { role: 'staff', name: 'Susan Clark' } },
  script: `
S| Good afternoon, Mr. Briggs. I'm Arjun Mehta, a personal banker here at Lakeshore Bank. How can I help today?
C| I had a thirty-five dollar fee on my statement. I want to know what it's for.
S| Of course. Let me look. That's an overdraft fee from the twelfth, when a payment came out before your pension was deposited.
C| Overdraft? I've never been overdrawn in my life.
S| I understand. The pension usually arrives on the tenth, but this month it came on the thirteenth because of the holiday.
C di| I can barely understand a word you're saying. Can I talk to someone who speaks proper English?
S| I'm happy to slow down. The fee happened because your pension arrived three days late.
C di| Where are you from? Really, I mean. Not here.
S| I'm from Chicago, sir. I'd like to help with the fee. Because the delay wasn't your fault, I can refund it today.
C di,ab| You people always have an answer, don't you? I want an American on this call. Somebody who actually belongs in a bank.
S| I'm going to bring in my manager, Mr. Briggs. One moment.
+30 M| Hello Mr. Briggs, I'm Susan Clark, the branch manager. Arjun has explained the situation to me.
C di| Finally. Look, I don't want to deal with him. Put me with someone else from now on.
M| Arjun is one of our most experienced bankers, and he'll remain your banker. We don't reassign customers based on a staff member's background.
C| Then I'll take my business elsewhere.
M| That's your choice, of course. Before you decide, Arjun has already refunded the thirty-five dollar fee.
C| Well. Fine.
S| You'll see it on your account by tomorrow, Mr. Briggs.
C| Hm.
M| Thank you, Mr. Briggs. Have a good afternoon.
`},
{
  id: 'night-and-family-en-016', lang: 'en', setting: 'delivery', verdict: 'normal', severity: 0, borderline: false,
  format: 'txt',
  notes: 'Postal parcel line. A lonely elderly caller tracking a birthday parcel for her great-grandson chats at length and asks twice when it will arrive; repetition from memory and loneliness, ordinary call.',
  speakers: { S: { role: 'staff', name: 'agent', label: 'Agent' }, C: { role: 'customer', name: 'caller', label: 'Caller' } },
  script: `
S| Thank you for calling Parcel Express customer service, this is Mike.
C| Hello, Mike. This is Edna Lowry. I sent a package on Monday, and I wanted to see where it's got to.
S| Happy to check, Mrs. Lowry. Do you have the tracking number?
C| It's on the little receipt. Let me find my glasses. Here. P, X, four, four, eight, one, zero, three.
S| Thank you. That's going to Portland, Oregon, correct?
C| Yes, to my great-grandson, Noah. He turns five on Saturday.
S| Well, good news. It's at the Portland sorting center and is scheduled for delivery Thursday.
C| Oh, lovely. It's a wooden train set. His grandfather, my late husband, made one just like it for our son.
S| That's a wonderful gift. I'm sure Noah will love it.
C| I hope so. Children nowadays want tablets and such. But I think a train is a train.
S| I agree. My daughter still plays with her wooden blocks.
C| Does she? How old is she?
S| Six. Blocks and puzzles, mostly.
C| Good for her. Now, when did you say the package would get there?
S| It's scheduled for Thursday, Mrs. Lowry, two days before his birthday.
C| Thursday. I'll write that on the calendar. I'm sorry, I forget things now.
S| No trouble at all. Would you like a text message when it's delivered?
C| I don't have one of those phones. Just this one on the wall.
S| Then you're welcome to call us again on Thursday, and we'll confirm it for you.
C| I might do that. It's nice to have someone to talk to, to be honest. The house is quiet these days.
S| I'm glad you called. Is there anything else I can help with?
C| No, dear. You've been very kind. Thursday, then.
S| Thursday. Have a lovely week, Mrs. Lowry.
`},
{
  id: 'night-and-family-en-017', lang: 'en', setting: 'store', verdict: 'complaint', severity: 0, borderline: false,
  format: 'srt',
  notes: 'Mobile phone store counter. A young customer charged for a device-protection plan he declined is blunt and says he will post about the policy on TikTok without filming the staff; legitimate complaint, honest review is a right.',
  speakers: { C: { role: 'customer', name: 'customer' }, S: { role: 'staff', name: 'store rep' } },
  script: `
C| hey uh I got charged for something on my bill that I didn't sign up for
S| no problem let's take a look can I see your ID
C| yeah here
S| thanks Jordan okay what's the charge you're seeing
C| device protection fifteen dollars a month I literally said no to that when I got the phone
S| let me check the activation notes
+38 S| you're right the notes say declined but the plan was still added that's our mistake I'm sorry
C| okay so like lowkey that's kind of sketchy not gonna lie three months of that
S| I get it I'm removing it now and refunding the forty five dollars
C| cool appreciate it and no offense to you but like the policy where it auto adds stuff is trash
S| none taken I'll pass that on to the store manager
C| I'm probably gonna make a TikTok about checking your bill cause my friends got the same thing
C| not about you or anything I'm not filming you I'm just saying people should check
S| that's totally fair honestly people should check their bills
+30 S| okay it's removed the refund shows in three to five days
C| bet thanks man
S| anything else I can help with
C| nah that's it have a good one
`},
];
