import { conv } from './_dsl.mjs';

export default [
conv({
  id: 'sexual-discrimination-en-010', lang: 'en', setting: 'hotel', format: 'teams',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Hotel guest-services line. A woman travelling alone is angry that the front desk said her room number aloud in the lobby and a stranger later knocked on her door; she asks for a room change, a security check and the manager. Frightened and firm, but a reasonable safety complaint.',
  speakers: { c: { role: 'customer', name: 'Room 1107' }, s: { role: 'staff', name: 'Guest Services - Leah' }, m: { role: 'staff', name: 'Guest Services - Raj Patel' } },
}, `
s| Guest services, this is Leah speaking. How can I help?
c| Hi, I'm in eleven-oh-seven. Someone just knocked on my door and asked for me by name. I don't know who it is.
s| Are you safe right now? Is the person still outside your door?
c| I think he's gone. I looked through the peephole and he walked off toward the elevators.
s| Okay. Please keep the door locked with the chain on. I'm sending security up to your floor right now.
c| Thank you. And here's the thing, when I checked in, the guy at the desk said my room number out loud. Like, really loud. There was a man standing right behind me.
s| I'm so sorry. We're not supposed to say room numbers aloud, only write them on the key sleeve.
c| Well he said it. And now someone's knocking on my door at eleven at night. I'm honestly freaking out here.
s| That's completely understandable. I'm going to get our night manager on the line with you.
m| Hi, this is Raj, the night manager. Leah's filled me in. Security is on eleven now. Are you okay? @12
c| I'm shaken. I'm traveling alone. I don't want to stay in this room.
m| Of course. We'll move you to a different floor tonight, and this time no one will say the number out loud. I'll bring the new key up myself with a security officer.
c| Okay. Yes, please.
m| I'm also pulling the lobby camera from your check-in and the hallway camera now. If we can identify the person, we'll deal with it, and we can call the police if you'd like.
c| I don't know yet. Let me see what you find.
m| That's fine. I'll let you know before you check out.
c| And I want the front desk guy to know that this is not okay. Someone could actually get hurt.
m| You're absolutely right. He'll be spoken to tomorrow, and I'm reminding the whole desk tonight.
c| I'm going to mention this in my review. Not to get anyone fired, just so other women know to ask.
m| That's your call, and honestly it's fair. We'd rather fix it than hide it.
c| Okay. How long until you come up?
m| Five minutes. When we knock, the officer will say his name and show his badge through the peephole.
c| Okay. Thank you. Sorry I was shouting earlier.
m| You weren't. You had every reason to be upset. See you in five.
`),

conv({
  id: 'sexual-discrimination-en-011', lang: 'en', setting: 'call_center', format: 'txt',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Airline special-assistance line. A daughter whose father\'s wheelchair assistance never showed swears at the situation ("bloody ridiculous"), apologises, and asks for compensation and assurance for the return flight. Legitimate complaint.',
  speakers: { c: { role: 'customer', name: 'caller' }, s: { role: 'staff', name: 'agent' } },
}, `
s| Thanks for calling Bluewing Special Assistance, you're speaking with Tom. How can I help?
c| Hi. My dad flew into Heathrow this morning from Edinburgh. He'd booked wheelchair assistance and nobody turned up.
s| I'm really sorry to hear that. Can I take the booking reference?
c| It's B as in bravo, J, two, nine, K, Q.
s| Thank you. I can see the assistance request for Mr. Alan Fraser, confirmed on the booking.
c| Confirmed. Right. He waited on the aircraft for forty minutes, then the crew had to walk him off. He's eighty-three, he's got a bad hip.
c| This is bloody ridiculous. He had to stand in passport control for half an hour.
c| Sorry. Not your fault. I'm just so angry for him.
s| You don't need to apologise. That shouldn't have happened. Is your dad okay now?
c| He's sore. He's resting at my sister's. He was in tears on the phone, which he never is.
s| I'm really sorry. I'm logging this as a formal complaint against the ground-handling team at Heathrow so it's investigated.
c| What happens with that?
s| They'll look at why the request didn't reach the gate, and you'll get a written response within twenty-eight days. There's also a compensation form for a failed assistance service, which I'll email you.
c| Okay. And his return flight on Sunday. I need to know this won't happen again.
s| I'm adding a priority flag to Sunday's request and I'll call the Heathrow assistance desk directly after this call to confirm.
c| Can they meet him at check-in rather than the gate?
s| Yes. I'll request meet at check-in, with a wheelchair to the aircraft door.
c| Thank you. Can you send me a confirmation of that?
s| I'll email it today, along with the complaint reference. It's BW-forty-one-seventy-seven.
c| Okay. Thanks, Tom. You've been helpful. I'm sorry I swore.
s| Honestly, it's fine. I hope your dad feels better soon.
c| Thanks. Bye.
`),

conv({
  id: 'sexual-discrimination-en-012', lang: 'en', setting: 'hospital', format: 'zoom',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Meeting with the hospital patient-advocate. A patient complains that she asked for a chaperone during a breast exam and none was provided; she is firm, wants a formal complaint and says she may go to the ombudsman. Legitimate complaint and a right; the preference is legitimate.',
  speakers: { c: { role: 'customer', name: 'Maria Santos' }, s: { role: 'staff', name: 'Patient Advocate - Helen Grant' } },
}, `
s| Hello Ms. Santos, I'm Helen Grant from the patient advocacy office. Thank you for making time to talk.
c| Thanks for meeting. I want to be clear from the start, I'm here to make a formal complaint.
s| Understood. I'll take notes, and you can see them afterwards. Please go ahead.
c| On the third I had a breast exam at the outpatient clinic. Before it started, I asked the doctor if a nurse could be in the room. A chaperone.
s| Yes.
c| He said they were short-staffed and it would only take a minute. Then he just started.
c| I froze. I didn't feel able to say no again. I'm still angry at myself about that.
s| I'm so sorry. You shouldn't have had to ask twice, and you did nothing wrong by freezing.
c| Your own website says patients can have a chaperone for intimate exams. I read it before I came.
s| You're right. Our policy is that if a patient asks for a chaperone, the exam waits until one is available, or it's rescheduled.
c| So he broke the policy.
s| Based on what you've told me, the policy wasn't followed. The formal complaint will be investigated by the clinical director, and the doctor will be asked for his account.
c| I don't want it swept under the rug. If I'm not satisfied, I'll go to the ombudsman.
s| That's absolutely your right, and I'll give you their details in writing today so you have them.
c| What happens to me in the meantime? I still need a follow-up scan.
s| I can book your follow-up with a female clinician, with a chaperone confirmed in advance. Would you like that?
c| Yes. Please.
s| I'll arrange it this afternoon and email you the time. You can also bring a friend or relative with you if that helps.
c| My sister will come.
s| That's fine. The investigation normally takes up to six weeks. I'll update you at three weeks even if it's not finished.
c| Thank you. You're the first person who's actually listened.
s| I'm glad you came to us. You'll get a summary of today by email within the hour.
c| Okay. Thanks, Helen.
`),

conv({
  id: 'sexual-discrimination-en-013', lang: 'en', setting: 'restaurant', format: 'json',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Restaurant (ASR). Two women in hijab say they were seated by the kitchen while window tables sat empty and the host said they would be "more comfortable back there"; they ask for the manager and say they will write an honest review. The customer reports possible discrimination: complaint.',
  speakers: { c: { role: 'customer', name: 'amina' }, f: { role: 'customer', name: 'friend' }, m: { role: 'staff', name: 'manager' } },
}, `
m| hi I'm Jordan the manager I heard you wanted to speak with me
c| yes thank you um we came in about twenty minutes ago and asked for a table for two
c| the host put us back here right by the kitchen doors there were at least four window tables empty
f| and they still are look
m| I see that
c| when I asked if we could move she said we'd be more comfortable back there
c| I'm sorry but what does that mean more comfortable we're the only people in headscarves in this whole room
m| I'm really sorry that happened and I understand why it came across that way
m| I don't know what she meant but it's not how we seat people and it's not okay
f| we're not trying to make a scene we just want to be treated like everyone else
m| of course let me move you to the window right now
c| thank you
m| and I'll talk to the host tonight about what was said
c| I'd like to know what you're going to do not just that you'll talk to her
m| that's fair we have a seating procedure she should have offered you the window tables first I'll review it with her and with the whole front of house team this week
c| okay honestly I'm going to mention this in my review but I'll also say how you handled it
m| that's completely fair I'd rather you write what happened
f| can we still order the sharing platter we wanted
m| absolutely and please let me take care of your drinks tonight
c| thank you that's kind
m| follow me the table by the plant gets the sunset
`),

conv({
  id: 'sexual-discrimination-en-014', lang: 'en', setting: 'bank', format: 'srt',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Bank branch counter (ASR). A customer charged an overdraft fee after a delayed transfer has been bounced between departments; he is irritated, asks for the fee back and says he will write an honest review and go to the ombudsman if needed. Rights and a reasonable demand.',
  speakers: { c: { role: 'customer', name: 'customer' }, s: { role: 'staff', name: 'teller' }, m: { role: 'staff', name: 'supervisor' } },
}, `
s| hi next please what can I help with today
c| hi uh yeah I've been on the phone with you guys three times this week and I keep getting transferred so I came in
s| I'm sorry about that what's it about
c| I got a thirty five dollar overdraft fee because my paycheck deposit was held for two days
c| your app said it would clear Monday it cleared Wednesday and my rent went out Tuesday
s| let me pull up the account can I see your ID
c| here
s| thanks okay I can see the hold and the fee on the ninth
c| the phone people said it's a branch issue the branch said call the phone people I'm going around in circles
s| I understand that's frustrating I'm not able to reverse fees at this window but my supervisor can let me grab her
c| please
m| hi I'm Denise I hear we've been bouncing you around @25
c| yeah for a week honestly it's ridiculous it's thirty five bucks but it's the principle
m| you're right it is I can see the hold was placed for a fraud review that wasn't needed on a regular payroll deposit
m| I'm reversing the fee now and I'll add a note so the payroll deposits from your employer aren't held again
c| okay good thank you
c| I'm still going to write a review about the phone runaround that was a mess
m| that's fair and honestly that feedback helps we'll pass the call notes on to the phone team
c| and if the fee came back or whatever I was going to file with the ombudsman
m| you'd be within your rights you'll get a letter confirming the reversal in about five days
c| okay thanks Denise sorry if I was short with the teller
s| no worries at all
m| have a good afternoon
`),

conv({
  id: 'sexual-discrimination-en-015', lang: 'en', setting: 'other', format: 'teams',
  verdict: 'complaint', severity: 0, borderline: false,
  notes: 'Gym membership line. A member complains that her personal trainer said she would be "so pretty if she lost twenty pounds"; she asks to switch trainers and for a refund of the remaining sessions. She quotes the trainer (not a span); a legitimate complaint and a reasonable preference.',
  speakers: { c: { role: 'customer', name: 'Jenna Morales' }, s: { role: 'staff', name: 'Member Services - Chris Nolan' } },
}, `
s| Hi, thanks for calling Peak Fitness member services, this is Chris. How can I help?
c| Hi. I want to make a complaint about my personal trainer, and I want to sort out my remaining sessions.
s| Of course. Can I get your name and membership number?
c| Jenna Morales. Member number four-four-eight-two-one.
s| Thanks, Jenna. I see you've got a ten-session package with Brandon, and six sessions left.
c| That's the one. So on Tuesday, we were doing the weigh-in, and he looked at the scale and said, and I quote, "you'd be so pretty if you lost twenty pounds."
s| I'm really sorry. That's not something any trainer should say.
c| I know he probably thinks it's motivation. It's not. I went home and didn't eat dinner. I'm thirty-four, I'm not a teenager, and it still got to me.
s| That makes complete sense. Comments about how someone looks aren't part of our coaching standards.
c| I don't want to train with him anymore. I'd like to switch to someone else. Preferably a woman, if there's one available.
s| Absolutely. We've got two female trainers with openings, Tasha and Mei. Tasha does a lot of strength work.
c| Strength is what I want. Tasha sounds good.
s| Great. I'll move your six sessions over to Tasha. Or, if you'd rather not continue at all, I can refund the remaining six.
c| I'll try Tasha first. But if it doesn't work out, I'd like the refund option to stay open.
s| I'll put a note on your account that you can request a refund of any unused sessions at any time.
c| Thank you. And what happens with Brandon?
s| I'm passing your complaint to the fitness manager today. She'll speak with him and follow up with you directly.
c| Okay. I just don't want the next person to go through that.
s| I understand. Thank you for telling us. I know it's not easy.
c| Thanks, Chris. This was easier than I expected.
s| Tasha will email you to set up your first session. Take care, Jenna.
`),
];
