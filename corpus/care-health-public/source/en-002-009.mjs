export const conversations = [
{
  id: 'care-health-public-en-002', lang: 'en', setting: 'store', format: 'txt',
  verdict: 'normal', severity: 0, borderline: false,
  notes: 'US pharmacy phone call: a caller asks whether she can take a cold remedy with Tylenol; the pharmacist warns about acetaminophen overdose and liver damage and the caller mentions her father died of liver failure. Alarming words in an ordinary counselling call. Finer setting: retail pharmacy.',
  speakers: { P: ['staff', 'Pharmacist', 'Pharmacist'], C: ['customer', 'Caller', 'Caller'] },
  script: `
P: Thank you for calling Maple Street Pharmacy, this is Ken, one of the pharmacists. How can I help?
C: Hi, Ken. Quick question. I've got a horrible cold and I've been taking Tylenol for the headache. Can I take DayQuil on top of that?
P: Good question, and I'm glad you called before taking them together. How much Tylenol have you had today, and what strength?
C: Um, the extra strength ones. Two this morning, two around lunch.
P: Okay, so that's two thousand milligrams of acetaminophen so far. DayQuil also has acetaminophen in it, three hundred and twenty-five milligrams in each dose.
C: Oh. I didn't know that.
P: A lot of people don't. The danger is doubling up without realizing. For most adults, the maximum is four thousand milligrams in twenty-four hours, and we usually recommend staying under three thousand.
C: What happens if you go over?
P: Taking too much acetaminophen can cause serious liver damage, and an overdose can be fatal, sometimes without any symptoms for the first day or so. So it's worth being careful.
C: Yeah. My dad actually died of liver failure, so that stuff makes me nervous.
P: I'm sorry about your dad. That's a very good reason to be careful. Do you drink alcohol at all, even a glass of wine in the evening?
C: Not while I'm sick, no.
P: Good. So here's what I'd suggest. Either stick with the Tylenol alone, or switch to a cold medicine without acetaminophen. There's a DayQuil version labelled "severe" that still has it, so check the box.
C: Could I take ibuprofen instead for the headache?
P: Any stomach ulcers, kidney problems, or blood thinners?
C: No, none of that.
P: Then ibuprofen with food would be fine, and it wouldn't stack with the acetaminophen. Just don't go over twelve hundred milligrams a day without talking to your doctor.
C: Okay. So tonight, no more Tylenol, ibuprofen with dinner, and a cold medicine that doesn't have acetaminophen.
P: Exactly. And if you ever think you've taken too much, call Poison Control right away, even if you feel fine. The number's one eight hundred, two two two, twelve twenty-two.
C: Got it. Thank you so much, that was really helpful.
P: You're welcome. Feel better, and drink lots of fluids.
C: Will do. Bye.
P: Bye now.
`},
{
  id: 'care-health-public-en-003', lang: 'en', setting: 'school', format: 'zoom',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'UK secondary school video meeting: a father reports that his daughter is being bullied and filmed, firmly demands action and says he will go to the governors and Ofsted if nothing changes. Firm but within bounds; contacting governors or Ofsted is a right. Finer setting: state secondary school.',
  speakers: { H: ['staff', 'Ms Clare Donnelly', ''], T: ['staff', 'Mr Aled Price', ''], C: ['customer', 'Richard Osei', ''] },
  script: `
H: Good evening, Mr Osei. I'm Clare Donnelly, Head of Year Nine, and I've got Mr Price, Amara's form tutor, with us.
T: Evening, Mr Osei.
C: Evening. Thanks for making time. I'll be honest, I'm angry, and I'd like to get straight to it.
H: Of course. Please go ahead.
C: On Thursday, a group of girls followed Amara into the toilets, filmed her crying, and put it on a group chat with the caption "look at the state of her". This is the third thing in a month.
H: I'm so sorry. I've seen the screenshots you sent this afternoon.
C: The first time, she had her PE kit thrown in the bin. We emailed. The second time, they were mocking her hair in the lunch queue. We emailed again. Both times, we got a reply saying you'd "have a word".
T: That's right. I spoke to the girls after the lunch queue incident.
C: And clearly that didn't work, did it? Because now it's gone online and half the year has seen my daughter crying in a toilet.
T: No, it didn't. I'm sorry, I should have escalated it then.
C: I'm not after apologies, I want to know what's going to happen now.
H: Understood. This is now being treated as bullying under our anti-bullying policy, and the video as a serious incident. Tomorrow morning, our designated safeguarding lead and I will interview each of the girls separately.
C: And the video?
H: We'll require the girls to delete it in front of a member of staff, and we'll ask the parents to check their devices. If it's been shared further, we'll report it through the platform and, if needed, to the police's schools liaison officer.
C: Good. What about sanctions?
H: I can't decide sanctions before we've investigated, but filming another student in a toilet and sharing it can lead to exclusion. I'll let you know the outcome, though I won't be able to share details about other children's sanctions.
C: I understand that. But I want to know it's been dealt with.
H: You'll get a written summary of what we've done and what we're putting in place for Amara.
C: Right. And in the meantime? She doesn't want to come in.
T: We can offer her a safe space at break and lunch in the library with the learning mentor, and a pass to leave lessons if she needs to. We'll also change her seating in the two classes she shares with those girls.
C: She'll want to know nobody's going to find out she told.
H: We'll handle it as part of our own investigation, triggered by the video, not by anything she said.
C: Okay. I'll be very clear, though. If this happens again, or if I get another "we had a word" email, I'm going to the governors, and I'll make a complaint to Ofsted.
H: That's completely your right, and I'd rather you did than felt unheard. I'll also give you my direct email, so you don't have to go through the general inbox.
C: Thank you. Sorry if I came in hot. It's been a rough weekend at home.
H: Please don't apologise. I'd be exactly the same. Can we speak again on Wednesday, after the interviews?
C: Wednesday works. After six.
H: Six it is. Please tell Amara we're on it.
C: I will. Thank you both.
`},
{
  id: 'care-health-public-en-004', lang: 'en', setting: 'care', format: 'teams',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Care home video call about a resident\'s missed medication. The daughter\'s complaint is legitimate; her brother takes over ("give me that"), demands the named nurse be sacked, insults her, threatens to post a video of her with her name on TikTok, and repeats after the manager\'s clear answer. No threat of physical harm. Finer setting: UK residential care home, family of resident.',
  speakers: { M: ['staff', 'Joanne Pike', ''], D: ['customer', 'Helen Carter', ''], B: ['customer', 'Steve Carter', ''] },
  script: `
M: Hello, Helen, it's Joanne Pike, the home manager at Ashdown House. Thanks for joining the call.
D: Hi, Joanne. My brother Steve is here too, he's just on his laptop. We wanted to talk about Dad's tablets.
M: Yes. I want to start by apologising. On Saturday evening, your dad's Parkinson's medication was given forty minutes late.
D: Forty minutes. For Parkinson's, that matters. He was frozen when I arrived, he couldn't get out of the chair.
M: You're absolutely right, the timing is critical with his medication. The evening round was delayed because of a fall on another unit, and his dose wasn't prioritised the way it should have been.
D: Is this going to happen every time someone falls?
M: No. From today, your dad's medication is on a timed alert, separate from the main round, and the senior on shift has to sign it off within fifteen minutes of the time.
D: Okay. That's something.
B: Helen, give me that. Let me talk.
D: Steve, she's explaining it.
B: Right. Who was the nurse on Saturday? It was that Agnieszka, wasn't it?
M: I'm not going to discuss individual staff members, Steve. The delay was a failure in our system, and I'm taking responsibility for that as manager.
B [personal_targeting,abuse]: I don't want you taking responsibility. I want her sacked. She's useless and she's going to kill somebody.
M: I understand you're angry. Disciplinary matters are handled internally. I won't be sacking anyone on the basis of this call.
B [abuse]: Of course you won't. Because she's cheap, isn't she? Can barely read a label, that one.
M: Steve, I'm going to ask you not to speak about my staff like that.
B [sns_exposure]: Or what? I filmed her on Sunday, you know. Her fumbling around with the trolley. I'll put it on TikTok with her name on it and see how long she lasts.
M: Please don't do that. Filming staff and posting them online is something we'd take very seriously, and it could be harassment. You're welcome to raise a formal complaint, and you can go to the CQC or the ombudsman if you're not happy with our response.
B [personal_targeting,persistence]: I'm not raising a complaint, I'm telling you. She goes, or the video goes up. Simple. How many times do I have to say it?
M: I've given you my answer. It won't change. If a video of a member of staff is posted, we'll ask for it to be removed and we'll consider what further steps to take.
D: Steve, stop it. This isn't helping Dad.
B [abuse]: Somebody's got to say it. This place is a joke. The lot of you.
M: Helen, would it be easier if I went through the rest with you, and Steve can see the written summary afterwards?
D: Yes. Please. Sorry, Joanne.
B: Whatever. I've said my piece.
M: Thank you. So, Helen, we'll also ask the Parkinson's nurse to review his timings this week, and I'll send you the incident report by Friday.
D: Thank you. And can someone call me if it's ever late again? Even five minutes?
M: Yes. You'll be the first contact, and it's on his care plan from today.
D: Okay. Thank you.
M: Thank you both for your time.
`},
{
  id: 'care-health-public-en-005', lang: 'en', setting: 'municipal', format: 'json',
  verdict: 'normal', severity: 0, borderline: false,
  notes: 'UK council tax phone line: a recently widowed woman asks about her late husband\'s account and the single person discount. Death, probate and a funeral are discussed; an ordinary call. ASR noise: fillers, "probate" heard as "pro bait", a hallucinated "Thanks for watching!" during a silence.',
  speakers: { S: ['staff', '', ''], C: ['customer', '', ''], X: ['other', '', ''] },
  script: `
S: council tax team you're speaking to Liam how can I help
C: oh hello um yes I'm calling because my husband passed away two weeks ago and the council tax is in his name
S: oh I'm really sorry for your loss
C: thank you it was um it was very sudden
S: take your time there's no rush at all can I take the address of the property
C: it's fourteen Larkfield Road
S: thank you and your husband's full name
C: Peter James Holloway
+7 S: okay I've found the account so what we'll do is close Peter's account from the date he passed away and open a new one in your name
C: does that mean I have to pay twice
S: no no not at all and there's some good news actually as you'll be the only adult living there you'll get a twenty five percent single person discount
C: oh I didn't know that
S: yeah it applies from the day after the date of death so you'll probably have a small refund on Peter's account as well
C: right and um who gets that the refund I mean
S: it'll be paid to his estate so whoever is dealing with pro bait or the executor
C: that's me I think I'm the executor the solicitor said
S: okay that's fine we'll just need a copy of the death certificate and we'll send a letter about the refund to you as executor
C: I've got copies of the death certificate the funeral director gave me a few
S: perfect you can upload one on our website or post it whichever's easier
C: post probably I'm not very good with the computer Peter did all that
S: that's absolutely fine I'll send you a prepaid envelope
+11 X: Thanks for watching!
+4 S: sorry about that I was just setting up the new account it's all done now
C: oh thank you
S: have you heard of the Tell Us Once service by the way
C: no what's that
S: when you register a death the registrar can tell lots of government departments at once pensions the DVLA passport office so you don't have to ring them all yourself
C: oh I think the registrar did mention something I was a bit of a blur that day
S: completely understandable if you didn't get a reference number I'd give the registrar a call
C: I'll look in the folder thank you
S: is there anything else I can help with today
C: no I think that's everything you've been very kind
S: not at all take care of yourself Mrs Holloway
`},
{
  id: 'care-health-public-en-006', lang: 'en', setting: 'hospital', format: 'srt',
  verdict: 'kasuhara', severity: 3, borderline: false,
  notes: 'UK GP surgery reception phone: a patient demands a same-day appointment and antibiotics without triage. The first demand is not a span; after the clear answer he repeats it, insults the receptionist, says he knows which car is hers and that he will be outside at six: a veiled threat of harm, severity 3. ASR noise: fillers, "amoxicillin" heard as "a moxie Selin".',
  speakers: { R: ['staff', '', ''], C: ['customer', '', ''], M: ['staff', '', ''] },
  script: `
R: good morning Hollybrook surgery you're speaking to Lauren
C: yeah I need an appointment today I've got a chest infection
R: okay I'm sorry you're feeling unwell all of today's appointments have gone but I can put you on the list for the duty doctor to call you back this morning
C: I don't want a call back I want to see someone and I want a moxie Selin same as last time
R: I understand the duty doctor will decide if you need to be seen in person or if a prescription's appropriate they'll usually call within two hours
C [unreasonable_demand,persistence]: are you deaf I said I'm not doing a phone call just book me in and tell the doctor to write the prescription
R: I'm not able to book an appointment that isn't there and I can't ask the doctor to prescribe without them assessing you
C [abuse]: you're a receptionist love you answer phones don't tell me what the doctor can and can't do
R: I'm following the surgery's process the quickest way for you to be seen is the duty doctor list shall I add you
C [unreasonable_demand,persistence]: no I told you what I want I want a face to face today and the antibiotics it's not complicated
R: I'm sorry the answer is still the same the duty doctor call back is what I can offer today
C: what's your name
R: it's Lauren
C [threat,personal_targeting]: Lauren right you drive the little blue Fiat don't you the one that's always parked round the side
R: sorry why are you asking about my car
C [threat]: no reason just saying I know it I'll be outside at six when you finish we can talk about it properly then
R: I'm going to stop you there I'm putting you on hold and getting the practice manager
+45 M: hello this is Susan Greaves the practice manager
C: oh now I get somebody with some sense
M: Lauren's told me what you said about her car and waiting for her at six that's a threat and it's been recorded
C: I never threatened anybody
M: it's on the call recording and it will be reported to the police today you'll also receive a formal warning letter from the practice
C: for asking about a car
M: for telling a member of staff you know her car and will be outside when she finishes if anything like that happens again you'll be removed from our list
C: this is ridiculous I'm ill
M: I understand you're unwell I'll add you to the duty doctor list right now and the doctor will call you within two hours that's the offer
C: fine whatever
M: if your breathing gets worse or you have chest pain call nine nine nine don't wait for the call back
`},
{
  id: 'care-health-public-en-007', lang: 'en', setting: 'hospital', format: 'json',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Emergency department triage desk: a man with a dislocated shoulder complains about the wait, shouts once at the situation and immediately apologises. One outburst plus an apology is a complaint. ASR noise: fillers, missing punctuation, "triage" heard as "tree arch".',
  speakers: { N: ['staff', '', ''], C: ['customer', '', ''] },
  script: `
N: hi there I'm Sam one of the triage nurses can you tell me what happened
C: I fell off a ladder cleaning the gutters landed on my arm and it just it's not right
N: okay can you show me without moving it too much yeah I can see your shoulder's out of shape there
C: it's out isn't it it's popped out
N: it looks like it could be a dislocation any numbness or tingling in your fingers
C: a bit in the little finger
N: okay can you wiggle your fingers for me good and can you feel me touching here
C: yeah yeah I can feel that
N: great I'm going to give you some pain relief now and you'll need an x-ray before the doctor puts it back in
C: how long's that going to be the board says four hours
N: it's busy tonight but with the tingling you're going to be seen quicker than that I'm marking you as orange on the tree arch system
C: four hours with my arm hanging off I mean for God's sake what is wrong with this place
C: sorry sorry that's not you I'm just it really hurts
N: honestly don't worry about it dislocations are one of the most painful things people come in with
C: I'm not normally like this
N: I believe you right here's some gas and air while we sort the proper pain relief breathe in slowly through this
C: oh that's that's better
N: it takes the edge off the x-ray's just down the corridor someone will bring a wheelchair
C: do I need to take my shirt off because I don't think I can
N: no we'll cut it if we have to is that okay
C: yeah it's a rubbish shirt anyway
N: ha okay someone will come for you shortly shout if the tingling gets worse
C: thanks and sorry again for before
N: no need take care
`},
{
  id: 'care-health-public-en-008', lang: 'en', setting: 'school', format: 'zoom',
  verdict: 'kasuhara', severity: 1, borderline: true,
  notes: 'US high school video call: a mother asks for her son\'s chemistry grade to be raised. Asking is fine and the teacher explains the rubric and offers a retake; she then presses the same change twice more after the clear answer and the counselor\'s confirmation, with sarcasm about paying their salaries. Borderline: persistent and entitled but never abusive or threatening; others could call it a firm complaint. Finer setting: public high school.',
  speakers: { T: ['staff', 'Mr. Daniel Ruiz', ''], G: ['staff', 'Ms. Paula Greer', ''], C: ['customer', 'Kimberly Hale', ''] },
  script: `
G: Hi, Mrs. Hale, thanks for joining. I'm Paula Greer, Tyler's counselor, and Mr. Ruiz is here from chemistry.
T: Hi, good to meet you.
C: Hi. So, I'll get right to it. Tyler got a C-plus on the unit test and it's pulling his semester grade down to a B-minus. I'd like that reviewed.
T: Sure. I went back over his test after your email. He lost most of his points on the stoichiometry section, the multi-step problems.
C: He says he had the right answers.
T: On two of them he had the right final number, but he didn't show the work, and the rubric gives most of the credit for the setup. On the others, the conversions were off.
C: That seems harsh, honestly. If the answer's right, the answer's right.
T: I understand that view. The rubric was shared at the start of the unit, and it's the same for every student, so I can't change it for one test.
T: What I can offer is a retake on the stoichiometry section during office hours. If he does better, I'll replace that section's score.
C [unreasonable_demand,persistence]: He's got lacrosse every day after school. I don't see why he should have to retake anything. Can't you just bump it to a B and we're done?
T: I'm not able to change the grade without the work to support it. The retake is the way to improve it.
G: Mrs. Hale, just so you know, grade changes outside the rubric also aren't something the school allows. Mr. Ruiz is following the district policy.
C: Wonderful. So the policy is more important than my son getting into a decent college.
G: I know this matters a lot for his applications. A B-minus in one semester of chemistry isn't going to decide that on its own, and he can show improvement in spring.
C [unreasonable_demand,persistence]: Look, I've asked nicely twice now. We pay a lot of property tax in this district. That pays your salaries. I'd think that buys a little flexibility on a B.
T: I do hear you. My answer has to stay the same. I'd really like to see Tyler at the retake. There's a Tuesday morning slot before first period, so lacrosse wouldn't be a problem.
C: Before first period. He won't get up for that.
G: Could we ask Tyler what works for him? He might surprise us.
C: ...Fine. I'll ask him. But I'm not happy about this.
G: That's fair. I'll follow up with you by email on Friday with the retake date.
T: And I'll send him a practice set this afternoon, so he knows exactly what's on it.
C: Okay. Thanks, I guess.
G: Thank you for your time, Mrs. Hale.
`},
{
  id: 'care-health-public-en-009', lang: 'en', setting: 'school', format: 'teams',
  verdict: 'normal', severity: 0, borderline: false,
  notes: 'Daycare enrolment video call about a toddler\'s peanut allergy action plan. Words like anaphylaxis, "could kill him" and "jab the EpiPen into his thigh" are medical facts in an ordinary planning call. Finer setting: nursery/daycare.',
  speakers: { D: ['staff', 'Nicole Bennett', ''], C: ['customer', 'Omar Haddad', ''] },
  script: `
D: Hi, Omar, it's Nicole from Little Oaks. Thanks for hopping on. I wanted to go over Zayd's allergy plan before he starts on Monday.
C: Great, thanks. We've been a bit nervous about it, to be honest.
D: That's completely normal. So, the form from his pediatrician says a peanut allergy, with a previous anaphylactic reaction.
C: Yeah. When he was fourteen months, he had a bite of a cookie at a birthday party. His lips swelled up, then he started wheezing. It was the scariest night of our lives.
D: I'm so sorry. That must have been terrifying.
C: The doctor told us straight out, another reaction like that could kill him if he doesn't get the EpiPen fast. So that's where our heads are at.
D: Understood. Let me tell you how we handle it, and you stop me if anything doesn't sound right.
C: Please.
D: We're a nut-free center already, so no nuts come in from home, and our kitchen doesn't use any. Zayd's room has two staff trained in anaphylaxis, and everyone in the building does the annual epinephrine training.
C: Where would his EpiPens be kept?
D: In a red pouch that goes wherever his group goes. Inside the classroom, on the playground, on walks. Never locked away.
C: Okay, good. That was my big worry.
D: We'll need two EpiPen Juniors in date, and we'll check the expiry every month and remind you.
C: We've got two new ones. I'll bring them Monday.
D: And if he shows symptoms, the plan says we jab the EpiPen into his outer thigh, through clothing if needed, call 911, then call you. We don't wait to see if it gets better.
C: Yes. That's exactly what the allergist said.
D: Great. And at mealtimes, he'll sit at the end of the table with a staff member next to him. We also label his cup and plate.
C: Does he have to sit apart from the other kids? I don't want him to feel left out.
D: No, he's at the same table, just at the end, so we can see his plate clearly. The other kids won't think anything of it.
C: Good. What about birthday treats? That's how it happened last time.
D: Parents can only bring store-bought treats from our approved list, with the label on. If anything's unclear, Zayd gets a treat from the box you leave with us instead.
C: We'll make him a little box, then.
D: Perfect. Last thing, could you and your wife both sign the action plan, and we'll put a copy with his photo in the kitchen and the classroom?
C: Absolutely. I'll drop it off with the EpiPens.
D: Thanks, Omar. He's going to have a great time. The toddler room is full of cars, which I hear he loves.
C: He'll be in heaven. Thanks so much, Nicole.
D: See you Monday.
`},
];
