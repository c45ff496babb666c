// English conversations, batch A (kasuhara and complaint)
export default [
{
  id: 'counter-rough-en-002', lang: 'en', setting: 'restaurant', verdict: 'kasuhara', severity: 2, borderline: false, format: 'srt',
  notes: 'Diner: two young customers film their server "for TikTok" after a late order, then offer to delete the face-visible clip if the meal is comped. Complaining about the wait and the first request to film are not spans.',
  speakers: { C1: { role: 'customer', name: 'Customer 1' }, C2: { role: 'customer', name: 'Customer 2' }, S: { role: 'staff', name: 'Server' }, M: { role: 'staff', name: 'Manager' } },
  script: `
S: hi guys sorry about the wait here's your burgers and the loaded fries
C1: finally bro we've been here like forty minutes
S: I'm really sorry, the kitchen's slammed tonight
C2: wait hold on, can I film you, say hi to the camera
S: I'd rather not be on camera, thanks, you can film the food though
C1: nah you're the content, look at her face, this is going viral {sns_exposure}
S: please don't film me, I mean it
C2: uh okay so like, forty minutes, cold fries, and the waitress is mad about it, caption writes itself
C1: so here's the deal, you comp the whole table and we delete it, easy {sns_exposure,unreasonable_demand}
S: I can't do that, I can ask my manager about the wait though
C2: ask whoever, the video's already saved in drafts
+20 M: hi, I'm the manager, I heard there was a problem with the wait
C1: yeah your girl here was rude and we got it on video, so either it's free or it goes up tonight {sns_exposure,unreasonable_demand}
M: I'm sorry about the wait, I can take the fries off the bill since they came out cold
C1: the fries, wow, generous, nah the whole thing or she's famous by tomorrow {sns_exposure,unreasonable_demand,persistence}
M: we're not going to trade a free meal for a video, and I'm asking you to stop filming my staff
C2: it's a public place lady, we can film whoever we want, she's gonna get absolutely cooked in the comments {sns_exposure}
M: if you post her face with that kind of caption we'll report it and talk to our lawyer, your bill without the fries is thirty four fifty
C1: lmao okay okay we'll pay, chill
S: thank you
+15 ~ thanks for watching
M: hey, you okay? write down the time for me, I'll put it in the incident log
S: yeah, I'm fine, just kind of shaky
`},
{
  id: 'counter-rough-en-003', lang: 'en', setting: 'restaurant', verdict: 'kasuhara', severity: 3, borderline: false, format: 'zoom',
  notes: 'Pub (British), drunk customer: refused another pint, he comments on the barmaid\'s body, grabs her wrist across the bar and tells her he will wait for her after closing. Being refused service and grumbling is not a span.',
  speakers: { C: { role: 'customer', name: 'Customer' }, S: { role: 'staff', name: 'Megan (bar)' }, M: { role: 'staff', name: 'Dave (landlord)' } },
  script: `
C: another pint of the usual, love.
S: I think you've had enough for tonight, mate. I can get you a water or a soft drink.
C: Enough? I've had four. I'm fine.
S: Sorry, I'm not serving you any more tonight. Water's on the house.
C: You're no fun. Bet you're fun after work though, eh? {sexual}
S: Please don't talk to me like that.
C: What? It's a compliment. You've got a lovely figure, you should smile more. {sexual}
S: I'm going to ask you to stop.
C: Come here, come here, I'm only having a laugh. {physical,sexual}
S: Let go of my wrist. Now.
C: Relax, sweetheart, I'm barely holding it. {physical,sexual}
S: Dave! Can you come over here?
+4 M: What's going on?
S: He grabbed my wrist and he won't stop with the comments.
C: I never grabbed anything. She's making it up.
M: I saw it from the end of the bar. You're done for tonight, finish up and go.
C: I've been drinking here for ten years, you can't chuck me out over her.
M: I can and I am. Nobody puts their hands on my staff.
C: Fine. What time do you finish, Megan? I'll wait for you outside, we can sort this out properly. {sexual,threat}
M: That's it. You're barred. If you're outside when she leaves, I'm calling the police.
C: Barred? Over a bit of banter? Unbelievable.
M: Out. Now.
+10 M: You alright? Let me see your wrist.
S: It's a bit red. I'm alright. He was really squeezing.
M: I'll walk you to your car tonight, and I'm putting him in the incident book.
`},
{
  id: 'counter-rough-en-004', lang: 'en', setting: 'store', verdict: 'kasuhara', severity: 3, borderline: false, format: 'txt',
  notes: 'Gas-station convenience store, night shift: a customer refused a pump reset throws his coffee at the cashier and says he will wait for him by his car. The initial complaint about a stuck pump is legitimate and not a span.',
  speakers: { C: { role: 'customer', name: 'Customer', tag: 'Customer' }, S: { role: 'staff', name: 'Cashier', tag: 'Staff' } },
  script: `
C: Hey, pump six ate my card. It charged me and no gas came out.
S: Sorry about that. Let me look at pump six on the screen.
C: It says authorized or whatever, then nothing. I stood there like an idiot for five minutes.
S: Okay, I see a pre-authorization of one hundred dollars. That's a hold, it drops off in a few days if no fuel was pumped.
C: A few days? I need that money now. Give me a hundred bucks of gas on another pump.
S: I can't give free fuel, but I can call the card company line with you, or you can pay inside and I'll note the hold.
C: You're not listening. Unlock another pump for a hundred. Free. Your machine screwed me. {unreasonable_demand,persistence}
S: I hear you, I really do. I'm not allowed to do that. The hold is not a charge.
C: Are you stupid or just slow? It's simple. Turn on pump four. {abuse,intimidation}
S: Sir, I'm not going to be spoken to like that. I'm happy to help with the call.
C: Help? Here's your help. {physical,intimidation}
S: Whoa! You just threw coffee at me. That's it, I'm calling the police.
C: It's lukewarm, you'll live. Call them, I'll be long gone. {abuse}
S: I'm pressing the alarm. Please leave the store.
C: I'm parked right out there by your little Honda, man. I'll wait. We can talk after your shift. {threat}
S: Police are on their way. Your plate is on camera.
C: Whatever. This place is a joke.
S: Dispatch, this is the clerk at the Shell on Route nine. A customer threw hot coffee at me and threatened me. He's leaving in a grey pickup now.
`},
{
  id: 'counter-rough-en-005', lang: 'en', setting: 'other', verdict: 'kasuhara', severity: 2, borderline: false, format: 'json',
  notes: 'Parking garage exit booth: a driver who lost his ticket refuses the lost-ticket rate, stands in the booth doorway so the attendant cannot close it or leave, and keeps pressing after a clear refusal. The first request to pay the short-stay rate is not a span.',
  speakers: { C: { role: 'customer', name: 'Driver' }, S: { role: 'staff', name: 'Attendant' } },
  script: `
S: hi there, ticket please
C: yeah I lost it, I was only here like an hour
S: okay, without a ticket it's the lost ticket rate, that's thirty-five dollars
C: thirty-five? for an hour? just charge me the hourly, it's six bucks
S: sorry, I can't verify your entry time without the ticket, it's thirty-five for lost tickets, it's posted on the sign there
C: you got cameras, look it up
S: I can't pull camera footage from the booth, I'm sorry
C: then I'm paying six, that's it {unreasonable_demand,persistence}
S: I can't open the gate for six dollars sir
C: alright then nobody's going anywhere {restraint,intimidation}
S: sir, please step back from the booth door
C: nah I'm good right here, you want to close your little door, go ahead, try it {restraint,intimidation}
S: you're blocking me in, I need you to move
C: open the gate for six and I'll move {restraint,unreasonable_demand,persistence}
S: there's a line of cars behind you, I'm going to call security
C: call 'em, I got all night, you're stuck in there with me {restraint,intimidation}
S: security, exit two, customer is blocking the booth and won't let me close the door
+40 C: um okay fine, fine, here's forty, happy?
S: five dollars change, here's your receipt, gate's open
C: worst garage in the city
S: have a good night
+20 ~ Thank you.
S: security, he's gone, I got his plate
`},
{
  id: 'counter-rough-en-006', lang: 'en', setting: 'other', verdict: 'kasuhara', severity: 1, borderline: true, format: 'srt-noprefix',
  notes: 'Train station ticket counter, SRT without speaker labels: a traveller angry about a missed connection calls the agent useless twice and asks for her name "so I can make sure you get written up". Borderline: asking a name to complain is often fine, but here it targets the person with insults; low severity.',
  speakers: { C: { role: 'customer', name: 'Traveller' }, S: { role: 'staff', name: 'Agent' } },
  script: `
S: next in line please
C: yeah, my train from Boston got in late and I missed the connection to Philly
S: I'm sorry about that, can I see your ticket
C: here
S: okay, so since the delay was on our side I can rebook you on the next train at no charge, that's the four fifteen
C: four fifteen? that's two hours from now, there's nothing earlier
S: the two forty is sold out in coach, I can put you on the waitlist for it
C: sold out, of course it is, this is ridiculous
S: I understand, I can also offer a meal voucher for the wait
C: a meal voucher, wow, you're completely useless, you know that {abuse}
S: I'm doing what I can with what's available sir
C: what's your name, so I can make sure you get written up for this {personal_targeting}
S: my name is on my badge, Carla, and there's a customer feedback form on the website if you want to send a complaint
C: Carla, great, honestly useless, I'm putting your name in every review I can find {abuse,personal_targeting}
S: okay, here is your new ticket for the four fifteen and the voucher, and I've added you to the waitlist
C: whatever
+20 ~ thanks for watching
S: next in line please
`},
{
  id: 'counter-rough-en-007', lang: 'en', setting: 'store', verdict: 'complaint', severity: 0, borderline: false, format: 'teams',
  notes: 'Supermarket customer service: a shopper returns chicken that was spoiled before its date, is angry and firm, asks for a manager and says she will leave an honest review. Legitimate complaint and a right.',
  speakers: { C: { role: 'customer', name: 'Customer' }, S: { role: 'staff', name: 'Tanya Brooks' }, M: { role: 'staff', name: 'Luis Ortega' } },
  script: `
C: Hi. I bought this chicken yesterday, and when I opened it last night it smelled awful. Look at the date. It's good until Friday.
S: Oh no, I'm so sorry. Yes, that's definitely not right.
C: I was about to cook it for my kids. If I hadn't smelled it first, I don't even want to think about it.
S: I completely understand. I can refund it right now.
C: I want the refund, but I also want someone to check the rest of the case. This isn't the first time.
S: That's fair. Let me get my manager, he can pull the rest of that lot.
+25 M: Hi, I'm Luis, the store manager. I heard about the chicken. I'm really sorry.
C: It's the second time in a month. Last time it was ground beef. I'm honestly pretty angry about it.
M: You have every right to be. I'm going to pull everything from that delivery and check the cooler temperature log myself.
C: Thank you. I'm going to write a review about this, just so you know. An honest one.
M: That's completely fine. I'd rather you tell people what happened than say nothing.
C: And I want to know what you find. Was it the cooler, or the supplier?
M: Leave me your number and I'll call you by Wednesday. Here's the refund, and a replacement pack from today's delivery if you want it.
C: I'll take the refund. I think I'll buy chicken somewhere else this week.
M: I understand. Again, I'm sorry.
C: Thanks for actually listening, at least.
`},
{
  id: 'counter-rough-en-008', lang: 'en', setting: 'other', verdict: 'complaint', severity: 0, borderline: false, format: 'txt',
  notes: 'Taxi from the airport: a passenger swears at the traffic and the situation, questions an unexpected toll surcharge, asks for an itemised receipt and the company number. Swearing at the situation, not the driver: complaint.',
  speakers: { C: { role: 'customer', name: 'Passenger', tag: 'Customer' }, S: { role: 'staff', name: 'Driver', tag: 'Staff' } },
  script: `
C: Oh, come on. This goddamn traffic. Every single time.
S: Yeah, there's an accident on the bridge. We're moving, slowly.
C: Not your fault. I've just got a meeting at nine and this is killing me.
S: I can take the tunnel, but there's a toll, about seven dollars.
C: Do it. Whatever's faster.
+240 C: Okay, we're close. Hang on, the meter says sixty-two. Last week this exact ride was forty-five.
S: It's the tunnel toll, the airport surcharge and the waiting time in traffic.
C: The airport surcharge? Nobody told me about that. Where is that written?
S: It's on the sticker on the window there, five dollars for pickups at the terminal.
C: That tiny sticker? That's such a scam. Not you, the whole airport thing.
S: I know, a lot of people say that.
C: Can I get an itemised receipt? I need to expense it and I want to check it.
S: Sure, it'll print everything, toll, surcharge, time.
C: And what's the company number? I want to ask them about the surcharge.
S: It's at the bottom of the receipt. They're the ones who set it.
C: Thanks. Sorry I snapped about the traffic earlier. Rough morning.
S: No problem. Good luck with the meeting.
`},
{
  id: 'counter-rough-en-009', lang: 'en', setting: 'store', verdict: 'complaint', severity: 0, borderline: false, format: 'zoom',
  notes: 'Electronics store returns desk: a laptop battery swelled after two months, the customer is angry about the safety risk, asks for a replacement and says she will contact consumer protection and a lawyer if refused. A real defect and rights: complaint.',
  speakers: { C: { role: 'customer', name: 'Customer' }, S: { role: 'staff', name: 'Returns desk' }, M: { role: 'staff', name: 'Store manager' } },
  script: `
C: Hi. I need to return this laptop. The battery swelled up and the trackpad is literally popping out.
S: Oh wow. Okay, please don't press on it. Let me put it on the tray here.
C: It got hot on my bed last night. My daughter was next to it. That's a fire risk.
S: You're absolutely right, that's dangerous. When did you buy it?
C: Two months ago. Here's the receipt.
S: Okay, it's past our thirty-day return window, so normally it would go to the manufacturer for repair.
C: I'm not sending a fire hazard off for six weeks and getting the same model back. I want a replacement or my money back.
S: I understand. Let me get the manager, because this is a safety issue.
+30 M: Hi, I'm the manager. I'm sorry, that looks bad. Was anyone hurt?
C: No, thank God. But I'm really upset. If you tell me it's repair only, I'm going to file with consumer protection, and I'll talk to a lawyer.
M: That's your right, and I don't think you'll need to. A swollen battery is a safety defect. We'll do an exchange today.
C: Can I switch to a different model? I don't trust this one now.
M: Yes, we can put the full price toward any laptop, and I'll report the battery to the manufacturer as a safety incident.
C: Thank you. And my files?
M: Our tech can pull the drive safely and copy your data onto the new one, no charge. It'll take about an hour.
C: Okay. That's fair. Thanks for taking it seriously.
M: Of course. Let's go look at the options.
`},
{
  id: 'counter-rough-en-010', lang: 'en', setting: 'restaurant', verdict: 'complaint', severity: 0, borderline: false, format: 'srt',
  notes: 'Steakhouse: after a long wait and a wrong order a customer bursts out "this is a joke!", then apologises to the server and accepts a remake. One outburst then an apology: complaint.',
  speakers: { C: { role: 'customer', name: 'Customer' }, S: { role: 'staff', name: 'Server' }, M: { role: 'staff', name: 'Manager' } },
  script: `
S: here you go, the ribeye well done and the salmon
C: um, I ordered it medium rare, and we've been waiting almost an hour
S: oh, I'm so sorry, let me check the ticket
C: you know what, this is a joke! an hour for the wrong steak!
C: sorry, sorry, that came out loud, it's not you, it's been a really long day
S: no, it's okay, you're right to be frustrated, the ticket says medium rare, the kitchen got it wrong
C: how long for a new one
S: about twelve minutes, I'll ask them to put it first
C: okay, thank you, and could I get some bread or something while I wait
S: of course
+30 M: hi, I'm the manager, I'm really sorry about the wait and the steak, your drinks are on us tonight
C: oh, thanks, you didn't have to do that, and sorry for raising my voice earlier
M: not at all, we'll get it right this time
+420 S: here's your ribeye, medium rare, can you cut into it for me and check
C: yeah, that's perfect, thank you
S: enjoy, and let me know if you need anything
~ thanks for watching
`},
];
