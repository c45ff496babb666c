// English batch: dialects-en-001 … 006 (Scottish, Australian, Yorkshire speech)
export default [
{
  id: 'dialects-en-001', lang: 'en', setting: 'municipal', verdict: 'kasuhara', severity: 2, borderline: false,
  format: 'zoom',
  notes: 'Glasgow council housing repairs line, Glaswegian tenant. Damp and mould in a flat with a baby is a fair complaint and the first request for an urgent visit is not a span; the insults at the advisor, shouting, repeating the same-night demand after a clear answer and refusing to hang up are. No threat of harm, so severity 2.',
  speakers: {
    s: { name: 'Fiona Baird', role: 'staff' },
    c: { name: 'Tenant - Gary McLeish', role: 'customer' },
  },
  turns: `
s: Good afternoon, Glasgow Housing Repairs, you're speaking to Fiona. Can I take your name and address, please?
c: Aye, it's Gary McLeish, forty-two Dalmarnock Road, flat two-up. I've phoned about this three times already.
s: Thanks, Mr McLeish. I can see your account. What's happening at the property today?
c: Same as last time. The back bedroom's absolutely mingin wi damp. Black mould right up the wall, and that's where the wean sleeps.
s: I'm sorry to hear that. Black mould in a child's room is something we treat as a priority. I can see an inspection was raised on the fourth.
c: Raised, aye. Naebody came. I took a day aff work and sat in. Naebody.
s: I'm really sorry about that. The notes say the surveyor was off sick and the appointment should have been rearranged. Clearly that didnae happen.
c: So what are ye gonnae dae about it?
s: I can book an emergency damp inspection. The earliest slot is tomorrow morning between eight and twelve.
c: Tomorrow's nae use. I need somebody oot the night. The wean's been coughing all week.
s: I understand. Tonight isn't possible, the out-of-hours team only attend for things like flooding, gas or no heating. If your child's unwell, please do see the GP, and tomorrow morning is the fastest we can get a surveyor to you.
c: Are ye thick or somethin? Did ye no hear me? The wean's coughing. {ab}
s: I did hear you, Mr McLeish, and I'm taking it seriously. Please don't speak to me like that.
c: Taking it seriously. Ye've been taking it seriously for six weeks, ya useless wee numpty. {ab}
s: I'm going to ask you again not to call me names. I want to help you, and I can't do that if the call carries on like this.
c: Send somebody the night. I'm no askin again. {ud,pe}
s: I've explained that tonight isn't possible. I can book tomorrow between eight and twelve, and I'll mark it as a child health priority so it can't be cancelled without a manager's say-so.
c: DAE YE THINK I'M DAFT? EVERY TIME IT'S TOMORROW! {in,pe}
s: I understand why you're angry. The missed appointment was our fault. Tomorrow's visit will be confirmed by text within the hour.
c: I'm no hanging up this phone till ye tell me somebody's coming the night. I'll sit here aw day. {re,ud}
s: I can't promise a visit tonight, and I won't promise something I can't deliver. Shall I book the morning slot for you?
c: Ye're a waste o' space, the lot o' ye. Sittin there on yer backside in a warm office. {ab}
s: Mr McLeish, this is your final warning about the language. If it continues I'll have to end the call, but the booking will still go ahead.
c: ... Fine. Book it. Eight till twelve.
s: Thank you. That's booked for tomorrow, eight till twelve, child health priority. You'll get a text to confirm.
c: And if they dinnae turn up?
s: If nobody's arrived by twelve, phone this number and ask for the repairs supervisor. The booking reference is R dash five five eight one.
c: R five five eight one. Right.
s: In the meantime, keeping the window open a wee bit and wiping the mould with a diluted cleaner can help. Please don't use bleach near the cot.
c: Aye, the wife's been daein that.
s: I'm sorry again that you were let down on the fourth. I've logged a complaint on your behalf about the missed visit, so you'll get a written reply too.
c: Aye. Well. See that they come.
s: They will. Thanks for calling, Mr McLeish.
`,
},
{
  id: 'dialects-en-002', lang: 'en', setting: 'other', verdict: 'complaint', severity: 0, borderline: false,
  format: 'json',
  notes: 'Melbourne real estate agent, rental bond dispute, Australian tenant. Angry about deductions and says she will lodge a claim with VCAT and write an honest review: both are rights, the demand (bond back minus fair wear) is reasonable and she never targets the agent personally. ASR fillers included.',
  speakers: {
    s: { name: '', role: 'staff' },
    c: { name: '', role: 'customer' },
  },
  turns: `
s: Good morning, Bayside Property Management, this is Liam speaking
c: Hi Liam, it's Kylie Dawson, I moved out of the unit on Station Street in Frankston a couple of weeks ago
s: Oh yes Kylie, hi, how can I help
c: So I got the bond claim form through yesterday arvo and um yeah nah I'm not signing that
s: Okay, can you tell me which part you're not happy with
c: Pretty much all of it mate, you've got four hundred and eighty for carpet cleaning, two-twenty for the oven, and a hundred and fifty for garden tidy up
s: Right, those were the items from the final inspection
c: The carpets were professionally cleaned, I've got the receipt, I did it the day before I handed the keys back
s: Okay, I didn't have a receipt on file, could you email that through
c: I did email it, I sent it to the office address on the Friday with the keys
s: Let me have a look, give me one sec
+25
s: Yep, sorry, I've found it, it was in the general inbox and hadn't been attached to your file, that's on us
c: Yeah well, that's four-eighty you were gonna take off me for nothing
s: You're right, I'll remove the carpet charge completely
c: Good. And the oven, I scrubbed that oven for two hours, I reckon it was cleaner than when I moved in
s: The inspection photos show some grease on the back wall of the oven and the racks
c: That oven was twelve years old when I moved in, it's never gonna look brand new, that's fair wear and tear
s: That's a fair point, the entry report does mention the oven had existing marks. I'll compare the photos from both reports
c: And the garden, seriously, it was winter, nothing grows in winter, I mowed it the week before
s: The agent noted weeds along the side fence
c: Along the side fence there's been weeds since before I moved in, it's in the entry report, page four, I checked
s: Okay, give me a moment
+20
s: Yeah, you're right, page four mentions weeds on the side boundary at the start of the tenancy
c: So honestly, I'm a bit sick of this, it feels like you lot just chuck everything on and hope people don't check
s: I understand it feels that way, and I'm sorry the carpet receipt got missed. I'll go back to the landlord today with the entry report and your receipt
c: Look, I'm not trying to be difficult, I just want what's fair. If it's not sorted I'll lodge it with V cat, I've already looked up how to do it
s: That's completely your right, and if it goes there we'll provide all the reports. I'd like to try to resolve it before then though
c: And I'll be honest, I'll probably leave a review about how the bond was handled, just saying what happened
s: Of course, that's up to you
c: So what happens now
s: I'll send you a revised claim this afternoon, carpet removed, and I'll recommend the oven and garden charges be dropped based on the entry report
c: Recommend, so the landlord could still say no
s: The landlord has the final say on what they claim, but if they don't agree you don't have to sign, and it'd go to VCAT to decide
c: Alright, fair enough. Thanks for actually looking at it Liam
s: No worries, sorry again about the receipt, you'll have the new form by four
c: Cheers, talk soon
`,
},
{
  id: 'dialects-en-003', lang: 'en', setting: 'delivery', verdict: 'kasuhara', severity: 3, borderline: false,
  format: 'srt',
  notes: 'Brisbane doorstep delivery, driver body-cam audio, Australian customer. A wet parcel is a fair gripe, but he abuses the driver, shoves him (revealed by the driver\'s reaction, so the cue before carries physical), blocks him from leaving and threatens to find his van and hurt him. ASR fillers and a recogniser hallucination included.',
  speakers: {
    s: { name: '', role: 'staff' },
    c: { name: '', role: 'customer' },
  },
  turns: `
s: G'day mate, parcel for Dean Hollis
c: Yeah that's me. Hang on, this one's soaking wet, look at it
s: Ah yeah sorry about that, it's been bucketing down all morning, the van leaks a bit at the back
c: It's a laptop in there mate, a bloody laptop
s: I'm sorry, if there's any damage you can lodge a claim online, the link's on the card, I'll note it's wet on my scanner too
c: You've dropped it in a puddle haven't ya, ya drongo {ab}
s: No mate, it's just from the rain, I'm really sorry
c: Don't mate me. You lot chuck stuff around like it's rubbish. Open it. Open it now in front of me {in}
s: I can't open customer parcels, but you can open it and I'll wait and take a photo if anything's broken
c: Oh you'll wait will ya. Yeah you'll wait all right {in}
s: Okay, um, let's just have a look then
c: Screen's fine, no thanks to you. Still, I want a new one, a brand new one, you pay for it {ud}
s: If it's working there's no claim, but if anything's wrong later you've got thirty days to lodge one
c: Nah, nah, you're not walking off. Come here {ph,re}
s: Whoa, don't push me mate, hands off
c: I'll push ya off me porch if I want. Stand there till I say you can go {re,in}
s: I'm leaving now, I've got the footage, please step back from the van
c: I know your van, mate, white high ace, rego's right there. I'll find ya on your run tomorrow and knock your block off {th,pt}
s: That's a threat, I'm reporting it to the depot and the police
c: Go on then, run off. You'll keep {th}
x: thanks for watching
s: Depot, it's Josh, run forty-one, I've just been shoved at a delivery in Carindale, and he threatened me, yeah
s: Yeah I'm okay, I'm in the van, doors locked. Parcel was delivered, signed for. It's all on the body cam
s: Yeah I'd rather not do that street tomorrow if that's alright. Thanks mate
`,
},
{
  id: 'dialects-en-004', lang: 'en', setting: 'hotel', verdict: 'normal', severity: 0, borderline: false,
  format: 'txt',
  notes: 'Edinburgh guest house front desk by phone, an older Scottish guest and a receptionist who knows her. "Ye cheeky wee rascal", "I\'ll skelp ye" and "I\'m that daft" are affectionate banter and self-mockery; the call is a routine booking change. Hard negative.',
  speakers: {
    s: { name: '', role: 'staff', txt: 'Reception' },
    c: { name: '', role: 'customer', txt: 'Guest' },
  },
  turns: `
s: Good morning, Thistle Lodge, Callum speaking.
c: Callum, son, it's Mrs Drummond. Moira. I'm booked in with ye next week for the festival.
s: Mrs Drummond! Lovely to hear from you. Are you still coming down from Inverness?
c: Aye, if the train doesnae break down at Pitlochry again. Listen, I've done a daft thing.
s: Oh aye? What have you done now?
c: I booked the Tuesday tae the Friday, but the show my niece is in is on the Saturday. I'm that daft, I had the wrong ticket in front of me.
s: Not a problem at all. Do you want to add the Saturday night?
c: If ye've got it. I ken it's festival time, you'll be full tae the rafters.
s: Let me check. Give me two ticks.
+15
s: You're in luck. Your room's free on the Saturday as well, so you won't even have to move.
c: Och, that's brilliant. Ye're a wee star, so ye are.
s: I'll take that. Same rate as the other nights, breakfast included.
c: And will I get the good tattie scones this time? Last year some lassie gave me the last one burnt tae a crisp.
s: I'll have a word with chef. I'll tell him it's for a VIP.
c: Ye cheeky wee rascal. VIP. I'll skelp ye when I get there.
s: Ha, I'll be hiding behind the desk.
c: Ye'll no hide fae me, I've got eyes in the back o' my heid. Ask my grandweans.
s: I believe it. So that's now Tuesday to Sunday morning, five nights.
c: Five nights. My purse is greetin already.
s: I've kept you on the festival rate from last year, so it's not too bad. One hundred and five a night.
c: You're a good lad. Your mother must be proud.
s: She says she is, anyway. Do you still need the ground floor room with no stairs?
c: Aye, the knees are worse than ever. Ye'd think I'd climbed Ben Nevis every day.
s: Ground floor it is. I'll send you the confirmation by email.
c: Send it tae my daughter, I cannae work that email thing. She'll print it off for me.
s: No bother. Same address as last time?
c: Same. Right, I'll let ye get on. Thank ye, son.
s: See you on Tuesday, Mrs Drummond. Safe journey.
`,
},
{
  id: 'dialects-en-005', lang: 'en', setting: 'other', verdict: 'kasuhara', severity: 1, borderline: true,
  format: 'teams',
  notes: 'Leeds gym reception, a Yorkshire member renewing his membership. "Love" is ordinary regional address and not a span; the comment on the receptionist\'s figure and asking twice whether she is single after she deflects are sexual. He stops when told, so severity 1, and some would call it clumsy chat rather than harassment: borderline.',
  speakers: {
    s: { name: 'Reception - Hannah', role: 'staff' },
    c: { name: 'Member - Keith', role: 'customer' },
  },
  turns: `
s: Hiya, welcome to Headingley Fitness. How can I help?
c: Now then, love. I've come to renew me membership. It ran out Sunday and the barrier won't let us in.
s: No problem. Can I take your surname?
c: Barraclough. Keith. Two Rs, two Os, it's a right mouthful.
s: Got you. So you were on the annual off-peak plan. Do you want the same again?
c: How much is it now? Don't tell me it's gone up.
s: It's gone up a little, I'm afraid. Two hundred and forty for the year, or twenty-two a month.
c: Eh, it were two hundred last year. Daylight robbery. Not your fault though, love.
s: I know, sorry. Energy bills, apparently.
c: Go on then, the annual. I'll only moan if I pay monthly.
s: Lovely. Card or cash?
c: Card. Here you go.
s: Thanks. Just pop it in there.
c: You must train here yourself, do you? You've got a proper figure on you, you have. You could be one of them models on the posters. {se}
s: Er, thanks. Right, that's gone through.
c: Are you courting, a lass like you? Bet they're queuing up. {se}
s: I'd rather not talk about that, if that's okay. Here's your receipt.
c: Only asking. No harm in asking. So is that a no, then? You're single? {se,pe}
s: It's my personal life, and I'm at work. Please don't ask me that.
c: Alright, alright, message received. Sorry, love, I didn't mean owt by it.
s: Okay. Your new card will work on the barrier straight away.
c: Grand. Is the pool still shut for them repairs?
s: It reopens on Monday. The sauna's working though.
c: Champion. Right, I'll be off to the rowing machine then. Ta, love.
s: Have a good session.
`,
},
{
  id: 'dialects-en-006', lang: 'en', setting: 'other', verdict: 'complaint', severity: 0, borderline: false,
  format: 'zoom',
  notes: 'Perth bathroom renovation, video call with the builder, Australian homeowner. He swears at the situation ("bloody shambles", "what a stuff-up") not at the person, asks for a finish date and a reasonable discount for the delay, and apologises for his language. Legitimate complaint, hard negative for swearing.',
  speakers: {
    s: { name: 'Mick Renner - Renner Renovations', role: 'staff' },
    c: { name: 'Shane Kowalski', role: 'customer' },
  },
  turns: `
s: Morning Shane, can you hear me alright?
c: Yeah, loud and clear Mick. I'll flip the camera round so you can see the bathroom.
s: Go for it.
c: Right. So, look at this. No tiles on that wall, the vanity's still in the box, and there's no water to the shower. Three weeks past when you said.
s: Yeah. I know, mate. I'm sorry.
c: Honestly, it's a bloody shambles. We've been showering at the in-laws' for a month. My mother-in-law is loving it, I can tell you.
s: I can imagine. That's not good enough from us.
c: What happened? You were here every day for the first fortnight and then just, gone.
s: My tiler did his back in, and then the waterproofing inspector knocked back the shower base, so we had to redo the membrane. I should have rung you straight away instead of just texting.
c: Yeah, a text saying "running a bit behind" doesn't really cover it, does it.
s: No, it doesn't. Fair call.
c: What a stuff-up. Sorry, I'm not having a go at you personally, Mick. It's just, three kids and one bathroom, you know?
s: Mate, you've every right to be cranky. What I can tell you now is I've got a new tiler starting Monday, and the inspector signed off the membrane yesterday.
c: Monday. Right. And when's it actually finished? Real date, not a Mick date.
s: Real date, Friday week. I'll put it in writing. If I miss it, I'll knock the final invoice down.
c: Yeah, well, that brings me to the other thing. We've paid the deposit and the second progress payment. With the delay, I reckon there should be something off the final payment.
s: That's fair. What were you thinking?
c: I dunno. We've spent a fair bit on fuel driving to the in-laws', and the missus took two days off. Maybe ten percent off the last payment?
s: Ten percent of the final is about eighteen hundred. I can do that, and I'll chuck in the heated towel rail you were umming and ahhing about.
c: Serious? The towel rail too?
s: Yeah. It's on me.
c: Righto. That's decent of you, Mick. Sorry for swearing at the start there. My wife's giving me the look from the hallway.
s: Ha, no worries. You were swearing at the bathroom, not me.
c: Exactly. The bathroom's had it coming.
s: I'll email you the schedule and the revised invoice this arvo.
c: Sweet. And Mick, ring me if anything changes. Don't text. Ring.
s: Will do. Promise. Cheers Shane.
c: Cheers mate.
`,
},
];
