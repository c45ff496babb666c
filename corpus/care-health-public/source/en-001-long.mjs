export const conversations = [
{
  id: 'care-health-public-en-001', lang: 'en', setting: 'hospital', format: 'teams',
  verdict: 'kasuhara', severity: 3, borderline: false,
  notes: 'Long patient-relations call about an elderly mother\'s twice-cancelled hip surgery. The complaint, the first request for a date, asking for a supervisor and mentioning a lawyer or the state health department are legitimate; the spans are the repeated demand after clear answers, insults, demands that the scheduler be fired, her name and hours, a veiled stalking threat about the staff car park, threats to post her name and photo, refusals to end the call and announced hourly calls. Finer setting: hospital patient relations line.',
  speakers: { A: ['staff', 'Dana Whitfield', ''], C: ['customer', 'Gary Novak', ''], M: ['staff', 'Mark Ellison', ''], R: ['customer', 'Gary Novak', ''] },
  script: `
# --- part A: the complaint
A: Good afternoon, Patient Relations at St. Bridget's Medical Center, this is Dana speaking. How can I help you today?
C: Yeah, hi. My name is Gary Novak. I'm calling about my mother, Ruth Novak. Her hip surgery got cancelled. Again.
A: I'm sorry to hear that, Mr. Novak. Can I get your mother's date of birth so I can pull up her record?
C: March fourteenth, nineteen forty-three.
+6 A: Thank you. Okay, I have Ruth Novak here. I can see she was scheduled with Dr. Hallorann for a total hip replacement.
C: Was scheduled. Twice. The first time they called the night before and said there was no bed. This morning she's sitting in pre-op in her gown, IV in her arm, and somebody comes in and says sorry, we're cancelling.
A: That sounds incredibly stressful for both of you. I'm really sorry that happened.
C: She's eighty-one. She didn't eat since midnight. She was shaking by the time they sent her home.
A: I understand. Do you know what reason they gave this morning?
C: They said an emergency case came in and took the operating room. Which, fine, I get emergencies. But twice?
A: Actually, before I go into the details, I need to check one thing. Is your mother with you at the moment? I'll need her permission to discuss her care with you.
C: Seriously? I'm her son. I drive her to every appointment.
A: I know, and I'm sorry for the extra step. Unless you're listed as her healthcare proxy, the privacy rules mean I need her to say it's okay. It'll take thirty seconds.
C: Fine. Hang on. Mom! Mom, the hospital needs you to say something.
+14 R: Hello? This is Ruth.
A: Hi, Mrs. Novak, this is Dana from Patient Relations at St. Bridget's. Is it all right with you if I talk to your son Gary about your surgery and your care?
R: Yes, dear, that's fine. He does all that for me.
A: Thank you so much. And I'm really sorry about this morning.
R: Oh, it's not your fault, honey. Gary, don't you shout at this girl, she's just doing her job.
C: I'm not shouting, Mom. Go sit down. Okay, she's back in the chair.
A: Thank you. I've noted her verbal consent on the file, so you won't need to do that again.
A: Let me look at the notes from the surgical scheduling office, if you can bear with me for a moment.
C: Sure.
+18 A: So I can see the note from this morning. A trauma case came in at around six a.m. and Dr. Hallorann was the surgeon on call, so her list was cancelled.
C: And the first time?
A: The first time, on the ninth, the note says there were no post-surgical beds available on the orthopedic ward.
C: So the hospital just doesn't have enough beds. That's the real story.
A: I can't speak to the overall bed situation, but I can tell you the ward was at full capacity that week.
C: And the trauma this morning. Why does some car crash get to bump an old lady who's been waiting three months?
A: When someone comes in with a life-threatening injury, the surgeons on call have to treat them first. It's awful when it lands on a planned surgery, and I'm sorry it landed on your mother's.
C: I know, I know. I'm not saying let the guy die. I'm saying have more than one surgeon.
A: And I can hear how frustrating it is to be caught in it twice.
C: Frustrating doesn't begin to cover it. She can barely walk. She's on oxycodone just to get to the bathroom. Every week she waits, she's losing muscle.
A: That's a really important point, and I want to make sure it gets to the surgical team. Has she had a fall at all while waiting?
C: Almost. Last Tuesday. I caught her.
A: Thank you for telling me that. I'm going to note that on the complaint, because a near fall is something the surgeon will want to know.
C: Good. Note it.
C: And here's something nobody told us. She stopped her blood thinner five days ago for the surgery. Does she start it again now? Nobody said.
A: That's an important question, and I don't want to guess at a medication answer. I'm going to ask the pre-op nurse to call you about that today, not in the complaint, as a separate urgent message.
C: Today.
A: Today. I'm sending it as soon as we finish this part. Which blood thinner is she on?
C: Eliquis. Two and a half milligrams, twice a day.
A: Eliquis, two point five, twice daily, stopped five days ago. I've sent that to the pre-op nurse line marked urgent.
C: Thank you. That one actually scared me.
A: I'm glad you mentioned it.
A: So, what I'd like to do is open a formal complaint for you today, and ask the scheduling office to give your mother a new date as a priority.
C: Okay. So when's the new date?
A: I don't have access to book the operating schedule myself, but I can request that scheduling call you back with a date.
C: No, I want a date now. She needs the surgery this week. Can you get her in this week?
A: I understand why you'd want that. I'm not able to guarantee a specific date, because that's set by the surgeon's list and the operating room availability. What I can do is flag it as urgent.
C: And another thing. Are we getting billed for this morning? The blood work, the pre-op, all of it?
A: That's a good question. Pre-operative tests done for a surgery the hospital cancelled shouldn't be billed to the patient. I'll add a note to the billing office so that nothing from today goes to her insurance or to her.
C: Because last time we got a bill for the pre-op from the first cancellation. Two hundred and forty dollars.
A: Do you have that bill in front of you, by any chance?
C: Somewhere. It's on the fridge. Hold on.
+22 C: Okay. Account number ending four four seven one. Dated the eleventh.
A: Thank you. I'll ask billing to reverse that charge and send you a corrected statement. If anything was already paid, it'll be refunded.
C: We paid it. Of course we paid it.
A: Then it'll be refunded. I'm sorry you had to chase that as well.
C: Okay. That's one thing, at least.
A: Can I confirm the best number and email to reach you on?
C: This number's my cell. Email is g novak at northfield mail dot com.
A: Got it. And is there a time of day that's best for scheduling to call?
C: Any time. I'll pick up. Just don't let them call my mother directly, she gets confused on the phone and she'll agree to anything.
A: I'll put you down as the first contact for scheduling.
# --- part B: escalation
C: And who decided to cancel her this morning? Who made that call?
A: The decision is made by the surgical team together with the scheduling office.
C: The woman who came into pre-op was called Priya. From scheduling. She didn't even look at my mother. She looked at her clipboard and said sorry, we'll be in touch.
A: I'm sorry the message was delivered that way. I'll include that feedback about how it was communicated.
C [personal_targeting]: Feedback? No. I want her fired. Somebody who treats an eighty-one-year-old like that shouldn't be working in a hospital.
A: I hear that you were really upset by how she spoke to your mother. I can't make decisions about anyone's employment, but the way it was communicated will be reviewed as part of the complaint.
C [unreasonable_demand,persistence]: I don't want it reviewed. I want my mother on the table this week, and I want that woman gone. That's what I'm calling for.
A: I understand. What I can do right now is flag the case as urgent and make sure scheduling contacts you. I can't promise this week, and I can't promise anything about a staff member.
C [abuse]: Then what exactly do you do? You just sit there and type "noted"? You people are useless.
A: I know this has been a really hard day. I'm trying to get this moving for you, and I'd ask that we keep it respectful so I can do that.
C: Respectful. My mother sat in a paper gown for four hours.
A: I know. And that's exactly what I'm putting in the complaint.
C [unreasonable_demand,persistence]: Look, I'm going to say it one more time. This week. Not "as soon as possible", not "flagged". This week.
A: Mr. Novak, I've explained that I can't give you a date on this call. Let me see if the scheduling office can tell me anything about the next available slots. Can I put you on a brief hold?
C [restraint]: No, don't you put me on hold. Every time someone puts me on hold I end up talking to a dial tone. You stay on the line.
A: I understand the worry. I'll stay on the line with you, then, and message them instead. It may take a little longer.
+38 A: I haven't had a reply yet. It really would be quicker if I called them directly. I promise I'll come back to you.
C: Fine. Hold.
A: Thank you. I'll be back within five minutes.
+164 A: Thank you for holding, Mr. Novak. I spoke to the scheduling office.
C: And?
A: The earliest Dr. Hallorann has a full-day list with a bed confirmed is the twenty-sixth. That's two weeks from Thursday.
C: Two weeks.
A: They've also put your mother on the cancellation list, so if a slot opens up earlier, they'll call you first.
C [unreasonable_demand,persistence]: Two weeks is not acceptable. I've told you three times. I want her in this week. Go back and tell them that.
A: I did ask about this week specifically. There isn't a slot with a bed available. The cancellation list is the fastest route.
C [abuse]: Oh my God, are you brain-dead? Is there anybody in that building who can think for themselves?
A: I'm going to ask again that you don't speak to me like that. I understand you're angry, and I'm still here to help.
C: Then get me someone who can actually do something. Put your supervisor on.
A: Of course. I'll see if my supervisor, Mark, is available. It may take a couple of minutes.
C: I've got all day.
# --- part C: supervisor
+131 M: Mr. Novak, this is Mark Ellison, I'm the supervisor for Patient Relations. Dana's filled me in. I'm sorry about what happened to your mother this morning.
C: Okay, Mark. Here's where I am. My mother's been cancelled twice. She nearly fell last week. I want her operated on this week and I want the scheduler who cancelled her fired.
M: Thank you. I've read the notes, so you don't need to go over it all again. Let me be straightforward with you about what I can and can't do.
M: I can't move another patient's surgery or create operating time that doesn't exist. The earliest confirmed date is the twenty-sixth, and she's on the cancellation list. I also can't discipline or dismiss a member of staff on the basis of a phone call.
M: What I can do is escalate this to the Chief of Orthopedics today, with the near-fall noted, and ask for a clinical review of whether she should be prioritized.
C: A review. Great. So another two weeks of her on opioids while you guys review.
M: The review would happen this week. If the surgeon decides her case is more urgent, they can change her priority.
C [unreasonable_demand,persistence]: I don't care how you dress it up. Put her on the list this week. I'm not asking again.
M: I understand. The answer is still the same: I can't put her on a list this week. I've told you what I can do.
C [personal_targeting]: Then give me that Priya's last name. And what shift she works.
M: I won't be sharing personal details about any member of staff. If you want to make a complaint about how she spoke to your mother, that's already part of the complaint Dana opened.
C [threat,personal_targeting]: That's fine. Staff park in the lot on Elm Street, right? I can wait around. I'll find out who she is.
M: Mr. Novak, I need to stop you there. Saying you'll wait for a staff member in the parking lot is something I have to treat as a threat to her safety.
C: I didn't threaten anybody. I said I'd find out who she is.
M: Waiting for an employee to identify her is not acceptable, and I'll be noting it and informing our security team.
C [sns_exposure]: Go ahead. And I'll put her face and her name on every Facebook group in this county. People should know who's running that place.
M: You're free to post your own experience of the hospital. Posting a staff member's name and photo to target her is something I'd ask you not to do, and the hospital would take action to protect her.
C [sns_exposure,unreasonable_demand]: Then get my mother a date this week and maybe I won't have to.
M: There's no trade available here. Her date will be decided on clinical grounds, not because of anything posted online.
C [abuse]: Unbelievable. You're all the same. Bunch of pencil pushers hiding behind policy while old people rot in their living rooms.
M: I understand you're angry, and you have every right to be angry about the cancellations. I'm asking you not to direct insults at me or my staff.
C: Fine. Fine.
+4 C: You know she was a nurse? Forty years. At this hospital, actually. Back when it was still run by the Sisters.
M: I didn't know that. Thank you for telling me.
C: She used to say this place took care of its own. Look at her now.
M: I'm sorry. I can hear how much this hurts. I'll make sure the Chief of Orthopedics knows her history as well.
C: Not that it'll matter.
M: It may matter to how she's looked after on the day. And I want to be sure her pain is being managed while she waits. Is her primary care doctor aware of how much she's struggling?
C: I called them. They upped her dose. She sleeps in the recliner because she can't get out of the bed.
M: Would it help if the orthopedic nurse navigator gave her a call about home support while she waits? Physical therapy at home, a walker, a raised toilet seat, that kind of thing?
C: She's got a walker. She hates it.
M: The navigator can also check whether she qualifies for a home health aide in the meantime.
C: Maybe. Yeah, maybe that would help.
M: I'll arrange that today.
C: What about taking her somewhere else? County General, or the place in Ridgefield. Would that be faster?
M: You can ask her primary care doctor for a referral elsewhere. The honest answer is that she'd start at the back of their waiting list, with a new surgeon, new pre-op tests. In most cases that's slower, not faster.
C: So we're stuck with you.
M: I'd rather you weren't feeling stuck. If she stays with us, I'll personally follow the case until she's had the surgery.
C: Personally. Sure.
M: I'll put my direct extension in the email. It's four four one nine.
C: And Hallorann's number? The surgeon. I want to talk to her directly.
M: I can give you the number for her clinical office. They'll take a message, and her nurse will call you back. That's the best route to her.
C: Give it.
M: Five five five, two seven three, eight eight zero zero, and ask for the orthopedic nurse line.
C: Eight eight zero zero. Got it.
M: When you speak to the nurse, mention the pain at night and the near fall. That's what the surgeon will want to hear.
M: Actually, before I answer that, let me try one more thing. I'm going to call the orthopedic scheduling lead directly about the cancellation list. Can you hold for me?
C: Do I have a choice?
M: You can also hang up and I'll call you back within the hour. Whichever you prefer.
C: I'll hold.
+151 M: Thanks for holding, Mr. Novak. I spoke to the scheduling lead. There's a patient on the nineteenth who may be moving their surgery for a personal reason. They'll know by Friday.
C: The nineteenth. So a week earlier.
M: Potentially. If that patient moves, your mother is next in line for that slot, because of the near fall. The lead has also put a note for the Chief to look at her case tomorrow morning.
C: Potentially. Maybe. If. That's all I get from you people.
M: I understand it's not a guarantee. I'd rather be honest about that than promise you something and have it fall through a third time.
C: Yeah, well. Third time and she won't be walking at all.
M: I hear you. I'm writing that down exactly as you said it.
C: And the surgery?
M: The twenty-sixth is confirmed. The cancellation list may bring it forward. And the clinical review this week may change her priority.
C [unreasonable_demand,persistence]: So again, no. For the fifth time, I'm asking you to get her in this week and you're saying no.
M: I'm saying I can't do that, yes. I'm not able to give you a different answer by repeating it.
C: Then I'm calling a lawyer.
M: That's absolutely your right. I can also give you the contact for the State Department of Health complaints line, if you'd like to raise this with them too.
C: Give it to me.
M: It's one eight hundred, five five five, zero one four two. And your complaint reference number is P R two four dash zero eight eight one six.
C: P R two four, zero eight eight one six.
M: That's right.
# --- part D: restraint
M: I think we've covered everything I can do today. I'll send you an email summary of the complaint, the escalation, and the navigator referral by end of day.
C [restraint]: No, we're not done. I'm not hanging up until I have a date this week.
M: Mr. Novak, I've given you the date that exists. I'm going to need to close the call soon.
C [restraint,persistence]: You can close whatever you like. I'll sit here on this line until somebody with a spine comes on and gives my mother her surgery.
M: There's nobody I can transfer you to who can give you a different answer today. The Chief of Orthopedics will review it.
C [restraint]: Then transfer me to the Chief.
M: The Chief is in surgery this afternoon. He'll receive the escalation today.
C [restraint]: Then I'll hold till he's out.
M: The Chief's surgery list runs until six. I'm not going to keep you on hold for four hours, Mr. Novak. That's not fair to you or to the people waiting.
C [restraint]: Don't tell me what's fair to me. I decide when this call ends, not you.
M: I'll be respectful about it, but I do decide when I need to end a call on this line, and that time is coming up.
C [restraint]: Then you'll have to hang up on me, because I'm not going anywhere. I'll sit here with this phone till my battery dies.
M: I'd much rather we finish on a clear plan than with me hanging up. Let me go over the plan one more time.
M: One, the twenty-sixth is booked. Two, she's first on the cancellation list, and we'll know about the nineteenth by Friday. Three, the Chief reviews her tomorrow. Four, the navigator calls about home support. Five, the billing refund.
C [persistence,unreasonable_demand]: Six, she gets her surgery this week. Write that one down too. I don't care how many times I have to say it.
M: I won't write down something I can't deliver. The five items are what's happening.
M: I can't keep the line open for that, I'm afraid. We have other callers waiting, and this line needs to be available for them.
C [abuse]: Other callers. Right. More old ladies you can cancel.
C: Read it back to me. What you've written. I want to hear it.
M: Sure. Ruth Novak, eighty-one. Total hip replacement cancelled on the ninth due to no bed, and today in pre-op due to an emergency case. Near fall last Tuesday. Increasing opioid use. Family found the communication in pre-op today rude and distressing. Requesting urgent prioritization. Billed for pre-op tests from the first cancellation, refund requested.
C: And that she sat there four hours in a gown without eating.
M: Adding that now. Fasting from midnight, four hours in pre-op before cancellation.
C: And that she was a nurse here.
M: Forty years as a nurse at St. Bridget's. Added.
C: Okay.
M: I'll give you one more moment to tell me anything you'd like added to the complaint, and then I'll end the call.
C: Add that your scheduler was rude and your department is a joke.
M: I'll add that you found the communication this morning rude and unacceptable. That will be in it.
C [threat,persistence]: And add this. I'm going to call this number every single day. Every hour if I have to. You'll be hearing my voice till she's on that table.
M: If you need to check on progress, you're welcome to call once a day and we'll update you. Repeated calls every hour will be handled as unacceptable behavior and may be restricted.
C [threat]: Restrict me. Go ahead. And tell Priya I'm looking forward to meeting her.
M: Mr. Novak, that's the second comment about seeking out that staff member. I'll be reporting it to hospital security and it will be on record. I'm now ending this call. Your reference number is in the email.
C [restraint]: Don't you dare hang up on...
M: Goodbye, Mr. Novak.
+9 M: Dana, you okay?
A: Yeah. Yeah, I'm okay. That was a lot.
M: Can you send me the timestamps for the parking lot comment and the Facebook thing? I want security to have them before Priya's shift tomorrow.
A: Sure. And should I still send the navigator referral?
M: Yes, definitely. None of this changes that his mother needs help. Send it now, and copy me.
A: Will do.
M: And take ten minutes before your next call. I mean it.
A: Thanks, Mark.
`},
];
