export const conversations = [
{
  id: 'care-health-public-en-010', lang: 'en', setting: 'store', format: 'txt',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Pharmacy phone line: a regular customer\'s question about his refill is ordinary; he then asks for a particular young technician by appearance, comments on her body, asks her out and asks when she finishes, continuing after being told to stop. Sexual harassment without threats. Finer setting: retail pharmacy.',
  speakers: { S: ['staff', 'Staff', 'Staff'], C: ['customer', 'Caller', 'Caller'], P: ['staff', 'Pharmacist', 'Pharmacist'] },
  script: `
S: Good afternoon, Riverside Pharmacy, this is Megan.
C: Hey, Megan. It's Travis Dunn. Just checking if my blood pressure prescription's ready.
S: Let me look. Date of birth, please?
C: June third, eighty-six.
S: Thanks. Yes, your lisinopril is ready for pickup. It's twelve dollars with your insurance.
C: Great. Hey, is the blonde girl working today? The one with the ponytail?
S: I'm sorry, I can't tell you who's on shift. Is there something about your prescription I can help with?
C [sexual]: Nah, I just like it when she serves me. She fills out that uniform real nice, if you know what I mean.
S: That's not appropriate, sir. Is there anything else about your prescription?
C [sexual]: Come on, lighten up. Wait, is this her? You sound young. Are you the blonde one?
S: I'm going to ask you to stop commenting on staff.
C [sexual]: I'm just being friendly. Tell you what, when do you get off? I'll pick up my pills and take you for a drink. My treat.
S: No, thank you. Your prescription will be at the counter until Friday.
C [sexual,personal_targeting]: Aw, don't be like that. What time do you finish tonight? Six? Seven? I can wait in the lot.
S: I'm going to put the pharmacist on now.
+14 P: Hi, this is Greg, the pharmacist in charge.
C: Hey man, I was just chatting with Megan.
P: Megan told me what you said. Comments about staff members' bodies, asking them out and asking when they finish work are harassment, and it stops now.
C: Jeez, it was a joke.
P: It didn't come across as one. Your prescription is ready at the counter. When you come in, I'll serve you myself. If this happens again, we'll ask you to transfer your prescriptions to another pharmacy.
C: Whatever. I'll be in tomorrow.
P: That's fine. Have a good day.
`},
{
  id: 'care-health-public-en-011', lang: 'en', setting: 'care', format: 'teams',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Care home video call: a daughter disputes three months of overcharged fees for her mother. She is sharp, asks for a refund with interest in writing, and says she will go to the ombudsman or a solicitor if it is not sorted: all legitimate. Finer setting: UK nursing home finance.',
  speakers: { F: ['staff', 'Graham Whitley', ''], C: ['customer', 'Sunita Kaur', ''] },
  script: `
F: Hello, Ms Kaur. Graham Whitley, finance manager at Elmhurst Care. Thanks for making the time.
C: Hello. I'll be honest, I've been trying to get someone to deal with this for six weeks.
F: I know, and I'm sorry it's taken this long. I've got your emails in front of me.
C: So, Mum moved from a nursing bed to a residential bed on the first of March. Residential is two hundred and ten pounds a week cheaper. We've been charged the nursing rate for March, April and May.
F: Yes. I've checked, and you're right. The change of care level wasn't passed to the finance team.
C: That's almost two and a half thousand pounds. Mum's savings are paying for this. Every pound matters.
F: I completely understand. The exact overpayment is two thousand seven hundred and thirty pounds, for thirteen weeks.
C: Even more than I worked out. So when do we get it back?
F: I can process a refund to the account the fees come from within ten working days.
C: And will there be anything for the fact that it's been sitting with you for three months? If I'd been late paying you, there'd be a late fee.
F: That's a fair point. I'll need to check with the director, but I'll ask for statutory interest to be added.
C: I'd like that in writing. The refund, the amount, the date, and the answer on the interest.
F: Of course. I'll email you a letter by the end of the week.
C: I also want to know how it happened. Because if nobody told finance about Mum, how many other families is this happening to?
F: That's a good question, and I don't know yet. I'm going to audit every change of care level in the last year.
C: Good. And I'll say this now, so there's no surprise. If the refund isn't in Mum's account by the end of the month, I'm going to the Local Government Ombudsman, and I've already spoken to a solicitor friend about it.
F: That's your right, and I'd understand it. I'm aiming to make sure you don't need to.
C: Fine. I'm sorry if I sound cold. I've been fighting with three different departments for my mum this year and I'm exhausted.
F: You don't sound cold. You sound like someone who's had to chase something that we should have got right.
C: Thank you. Is there one person I can contact from now on?
F: Me. My direct line and email will be on the letter.
C: Okay. Thank you, Graham.
F: Thank you, Ms Kaur. You'll hear from me by Friday.
`},
{
  id: 'care-health-public-en-012', lang: 'en', setting: 'municipal', format: 'srt-plain',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Council housing office counter: a man wants a specific flat allocated to him immediately. The first request is not a span; after the allocation rules are explained he repeats it, insults the officer, says he will not leave until he gets the keys and stays past closing until security is called. Restraint and persistence without threats of harm. SRT without speaker prefixes; ASR fillers, "bidding" heard as "bitting".',
  speakers: { S: ['staff', '', ''], C: ['customer', '', ''], T: ['staff', '', ''] },
  script: `
S: hi there what can I help you with today
C: yeah I want the flat on Cooper Street the two bed that's empty I've seen it's empty
S: okay so are you on the housing register at the moment
C: yeah band C been on it three years
S: right so properties are allocated through the bitting system and the ones at the top of the list are the ones with the highest priority and the longest wait
C: I know how it works I'm saying that one's empty I want it
S: I understand I can't allocate a property at the counter it has to go through the list and that flat's already been offered to someone
C [unreasonable_demand,persistence]: well un-offer it I've got a family I've been waiting three years give me the keys for Cooper Street
S: I'm sorry I can't do that what I can do is check whether your circumstances have changed because that could change your band
C [abuse]: you lot are a waste of space you know that sit behind that glass all day doing nothing
S: I'd ask you not to speak to me like that I do want to help check your band
C [restraint]: I'm not moving from this chair till I get a flat simple as that
S: has anything changed at home since you last updated the application
C: my daughter's having a baby she's living with us that's five of us in a two bed
S: okay that's really important that could mean you're overcrowded and that could move you up a band I'll give you the change of circumstances form now
C [unreasonable_demand,persistence]: I don't want a form I want Cooper Street how many times
S: the answer on Cooper Street won't change but the form is how you get a better chance at the next one
+40 S: we're closing in ten minutes I'll need to ask you to take the form with you and we can book you an appointment for Thursday
C [restraint]: I'm not going anywhere lock the doors with me in then
S: I can't do that everyone has to leave at closing
C [restraint]: then you'll have to drag me out won't you
+60 S: we're now closed I'm asking you again to leave the building
C [restraint,abuse]: or what you'll call your mate on the door he's even more useless than you
T: evening sir I'm from security the office is closed now I need you to leave with me please
C: this is a joke
T: you can come back tomorrow at nine or for your appointment on Thursday this way please
C: I'll be back tomorrow then
S: the form's in the envelope with the appointment letter thank you
`},
{
  id: 'care-health-public-en-013', lang: 'en', setting: 'school', format: 'zoom',
  verdict: 'normal', severity: 0, borderline: false,
  notes: 'Primary school teacher\'s video call with a parent about a museum trip and a child\'s progress. Phrases like "killing it", "shoot some photos", "dead tired" and "I could murder a coffee" are idioms in an ordinary, friendly call. Finer setting: public elementary school.',
  speakers: { T: ['staff', 'Ms. Hannah Lee', ''], C: ['customer', 'Jason Morales', ''] },
  script: `
T: Hi, Mr. Morales, thanks for hopping on. I know it's late in your day.
C: No problem. Sorry about the background, I'm in the truck on my break. I could murder a coffee right now.
T: Ha, me too. I'll keep it quick. Two things, the field trip on Friday and a quick update on Mateo.
C: Sure.
T: So, we're going to the natural history museum. The bus leaves at eight-fifteen, and we're back by two-thirty. We still need one more parent chaperone, if you or Mateo's mom are free.
C: I can't, I'm on a job site all week. His mom might. I'll ask her tonight.
T: That would be great. And if she comes, she's welcome to shoot some photos for the class slideshow.
C: Oh, she'll love that. She takes a million pictures of everything.
T: Perfect. Mateo will need a packed lunch, no glass bottles, and sneakers, because there's a lot of walking.
C: Got it. Does he need money for anything?
T: No, everything's covered, and we ask the kids not to bring money for the gift shop.
C: Ha, okay. He'll be disappointed. He's been talking about the dinosaur skeletons for weeks.
T: He's going to love the T. rex. Okay, the other thing. I wanted to tell you Mateo's been killing it in math lately.
C: Really? He says he hates math.
T: He says that to me too. But his multiplication is way ahead of where it was in September. He got a hundred percent on the last quiz.
C: No way. That's awesome.
T: He's been playing a math game at recess with a couple of friends, shooting down asteroids with the right answers. I think that's done a lot.
C: That's the game he keeps begging to play at home. I thought it was just another shooter.
T: It's a good one. I'll send you the link. It's free.
C: Great. And reading? That's the one I worry about.
T: Reading's coming along. He's a little behind, but he's making progress. Reading with him for fifteen minutes a night would really help.
C: I'm dead tired when I get home, honestly, but I'll try. Maybe his mom can take some nights.
T: Even audiobooks while he follows along count. Anything helps.
C: Okay. I'll figure something out.
T: Thanks, Mr. Morales. I'll send the permission slip home tomorrow. Could you sign and return it by Wednesday?
C: Will do. Thanks for the good news. Made my day.
T: My pleasure. Enjoy the rest of your shift.
`},
{
  id: 'care-health-public-en-014', lang: 'en', setting: 'hospital', format: 'json',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Hospital ward phone call: a son complains that his frail father was discharged at 11 p.m. by taxi without his medication. He is angry, asks for the ward manager and a formal complaint, and the ward accepts the failings. Legitimate complaint. ASR noise: fillers, "Ward 7B" heard as "word seven bee", missing punctuation.',
  speakers: { N: ['staff', '', ''], C: ['customer', '', ''], W: ['staff', '', ''] },
  script: `
N: word seven bee staff nurse Kemi speaking
C: hi yeah I'm calling about my dad Arthur Bell he was discharged last night
N: okay yes I remember Arthur how is he doing
C: well that's why I'm calling he was sent home at eleven o'clock at night in a taxi on his own
N: oh I'm sorry to hear that
C: he's eighty seven he can barely get up the stairs and nobody called me I found him this morning sitting in his chair in his coat he'd been there all night
N: that's awful I'm really sorry
C: and his tablets he came home with no tablets the discharge letter says new blood pressure tablets but there's nothing in the bag
N: okay that shouldn't have happened at all can I just check his hospital number
C: it's on the letter uh R X four four seven two nine one
N: thank you give me one second
+15 N: okay so it looks like the medication was still waiting at the pharmacy when he left I'm so sorry
C: so what is he supposed to do for his blood pressure today
N: I'll ask the pharmacy to get it ready right now can you or someone collect it this morning or we can arrange a courier
C: I'll come now but honestly I want to speak to whoever's in charge this isn't okay
N: of course that's completely fair I'll get the ward manager
+30 W: hello this is Fiona Grant the ward manager I understand your dad was discharged late last night
C: yes at eleven in a taxi on his own with no medication and nobody told the family
W: you're absolutely right to be upset our discharge policy says no one over seventy five should go home alone after eight p m unless the family agrees that was not followed
C: so how did it happen
W: I don't know yet and I'm going to find out I'd like to log this as a formal complaint and as an incident if you're happy for me to
C: yes please I want it in writing
W: you'll get an acknowledgement within three working days and a full written response from me the pharmacy will have his tablets ready in twenty minutes at the main desk
C: okay I'm on my way
W: I'll also ask the community nursing team to visit him this week to check he's managing at home
C: thank you that would help he won't say if he's struggling
W: again I'm really sorry this should never have happened
`},
{
  id: 'care-health-public-en-015', lang: 'en', setting: 'hospital', format: 'teams',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Outpatient clinic video consultation: a patient refuses to be seen by a doctor because of his name and accent, demands "a proper British doctor", repeats after a clear refusal and insults him. Concerns about the treatment itself would be fine; rejecting a clinician by ethnicity is discrimination. Finer setting: hospital outpatient clinic, UK.',
  speakers: { D: ['staff', 'Dr Kwame Mensah', ''], C: ['customer', 'Roger Platt', ''], N: ['staff', 'Sister Jane Hughes', ''] },
  script: `
D: Good morning, Mr Platt. I'm Dr Mensah, one of the registrars in the diabetes clinic. Can you hear me all right?
C: Yeah, I can hear you. Where's Dr Whitmore?
D: Dr Whitmore is on leave this month, so I'm seeing his patients. I've read through your notes and your latest blood results.
C: Right. I'd rather wait for him, to be honest.
D: That's understandable if you prefer continuity. His next clinic is in six weeks. Your HbA1c has gone up quite a bit, though, so I'd like to go through it today if you're willing.
C [discrimination]: No offence, but I want a proper British doctor. I can barely understand you with that accent.
D: I'm sorry if the line is unclear. I'm happy to slow down, and I can put everything in writing afterwards.
C [discrimination,persistence]: It's not the line, is it. Can you get someone else on? One of the English ones.
N: Mr Platt, it's Sister Hughes, the clinic nurse. Dr Mensah is the doctor running this clinic today. We don't swap doctors because of their background.
C [discrimination,persistence]: I've asked twice now. I'm entitled to choose who treats me, and I'm not having him.
N: You can decline today's appointment and wait for Dr Whitmore, that's your choice. What we won't do is arrange a different doctor because of Dr Mensah's race or accent.
C [abuse,discrimination]: Unbelievable. You can't get a doctor who speaks English in this country any more. Bet he bought his degree.
N: That comment is racist and it isn't acceptable towards any of our staff. I'm going to note it on your record.
C: Note what you like.
D: Mr Platt, your sugar levels are high enough that I'm concerned about your kidneys. Whoever you see, please don't leave it six weeks without any change.
C: ...What do you mean, my kidneys?
D: Your latest urine test showed some protein. That can be an early sign of kidney strain from diabetes. It's treatable, but it's better to act now.
C: Fine. What's the change, then.
D: I'd like to add a tablet called dapagliflozin, which lowers sugar and also protects the kidneys. I'll write to your GP today, and you'll get a leaflet.
C: And then I'll see Whitmore in six weeks.
D: Yes, you'll be booked with Dr Whitmore.
N: I'll send the appointment letter and the leaflet today. Please drink plenty of water with the new tablet.
C: Right.
D: Thank you, Mr Platt. Take care.
`},
{
  id: 'care-health-public-en-016', lang: 'en', setting: 'municipal', format: 'txt',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'City parking permit phone line: a resident fined while her renewal sat unprocessed is angry, asks for the fine to be cancelled and says she will leave an honest review and write to her councillor. A reasonable complaint and a right to review; no insults or threats. Finer setting: municipal parking services.',
  speakers: { A: ['staff', 'Agent', 'Agent'], C: ['customer', 'Resident', 'Resident'] },
  script: `
A: Parking Services, this is Marcus. How can I help?
C: Hi. I got a parking ticket outside my own house yesterday. Fifty-five dollars. My permit expired, but I applied to renew it three weeks ago.
A: I'm sorry about that. Let me look. Can I have your permit number or your address?
C: Permit R-two-two-eight-one-five. Forty-one Alder Street.
+5 A: Okay, I see your renewal application. It came in on the second, and the payment went through. It just hasn't been processed yet.
C: Three weeks. And in the meantime, your enforcement officers are ticketing me.
A: That's our mistake. Renewals are taking longer than they should at the moment, but you shouldn't have been ticketed while it was pending.
C: So you'll cancel the ticket?
A: I can't cancel it on the phone, but I can submit an appeal for you right now, noting that your renewal was paid and pending. That almost always gets approved.
C: Almost always. Why should I have to appeal your mistake?
A: I understand. The appeal is just the way the system removes a ticket. I'll write the note myself, so you don't have to do anything else.
C: And the permit itself? I'm going to get another ticket tomorrow.
A: I'm going to process your renewal now, while we're on the phone. Your new permit will be active immediately and the physical sticker will follow in the mail.
C: Oh. You can just do that?
A: Yes. Give me one moment.
+20 A: Okay, it's done. Active as of now, valid until next June.
C: Well, thank you. That part's great. But honestly, the whole thing is a mess. I'm going to leave a review on the city's page about how long renewals take, and I'm writing to my councilmember too.
A: That's completely fair, and honestly, the feedback helps. The councilmember's office can push on staffing. I'll also log your complaint about the delay.
C: Sorry, I know it's not your fault personally.
A: No need to apologize. You'll get an email about the appeal within ten business days. If anything goes wrong, call back and give them reference A-P-nine-nine-four-two.
C: A-P-nine-nine-four-two. Got it.
A: Anything else I can help with?
C: No, that's it. Thanks, Marcus.
A: Have a good day.
`},
{
  id: 'care-health-public-en-017', lang: 'en', setting: 'school', format: 'zoom',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Daycare video meeting: a father complains that his two-year-old was bitten twice in a week and that he only learned of the second bite at pickup. He firmly asks for a written incident report, a plan and a follow-up meeting: legitimate. Finer setting: nursery/daycare.',
  speakers: { D: ['staff', 'Angela Moretti', ''], C: ['customer', 'Ben Whitaker', ''] },
  script: `
D: Hi, Ben. Thanks for making time. I'm Angela, the center director. I know you're not happy, and I want to hear it.
C: Thanks. I'll try to stay calm. Lily came home with a bite on her arm Monday, and another one on her shoulder today. Today's was bad. It broke the skin.
D: I've seen the photos the room lead took. I'm really sorry.
C: On Monday, we got a note. Today, nobody said anything until I noticed it when I was putting her coat on.
D: That shouldn't have happened. Our policy is that staff tell you in person at pickup and give you a written incident report. That didn't happen today.
C: Why not?
D: The teacher who saw it went home sick at two, and it wasn't passed on properly at handover. That's a failure on our side.
C: Okay. I appreciate you saying that. Is it the same kid both times?
D: I can't share another child's name, but I can tell you it's the same situation both times, and we're working with that family.
C: What does working with the family mean? Because I don't want a third bite.
D: For the next two weeks, one teacher will shadow that child during free play, which is when both bites happened. We're also adding more sensory activities, teething toys and quieter spaces, which usually helps with biting at this age.
C: And if it keeps happening?
D: Then we'd bring in our early childhood consultant, and if needed, adjust that child's schedule. We won't just let it continue.
C: I need this in writing. Both incidents, what happened, what you're doing.
D: Absolutely. You'll get today's incident report by email tonight, and a written plan by Friday.
C: And has the wound been cleaned? It looked red.
D: It was washed and covered at the time. Because the skin was broken, we'd recommend you have her pediatrician look at it, in case she needs antibiotics.
C: We've got an appointment tomorrow morning.
D: Good. Please let us know what they say.
C: I will. Look, I know toddlers bite. I just need to know you're on top of it and that I'll be told.
D: That's completely reasonable. Can we meet again in two weeks to review?
C: Yes. Same time.
D: Great. And again, I'm sorry. Give Lily a hug from us.
C: I will. Thanks, Angela.
`},
];
