// Long conversation: electronics store service desk, persistence and restraint over ~30 minutes
export default [
{
  id: 'counter-rough-en-001', lang: 'en', setting: 'store', verdict: 'kasuhara', severity: 3, borderline: false, format: 'teams',
  notes: 'Electronics store service desk (long, ~39 min, 214 cues): a customer with a liquid-damaged phone outside warranty demands a free new one, repeats it in new words after clear refusals through a hold, a supervisor and the store manager, insults and films the rep, blocks the desk gate and refuses to leave at closing. The first request and the restatement to each new manager are not spans; his wish to post an honest review is not a span, filming the rep to "make her famous" is.',
  speakers: {
    C: { role: 'customer', name: 'Customer' },
    S: { role: 'staff', name: 'Jordan Reyes' },
    A: { role: 'staff', name: 'Aisha Coleman' },
    M: { role: 'staff', name: 'Tom Becker' },
    G: { role: 'staff', name: 'Ray (security)' },
  },
  script: `
S: Hi, welcome to the service desk. What can I help you with today?
C: My phone died. I bought it here. I want a new one.
S: I'm sorry to hear that. Can I take a look at it?
C: Here. It just went black on Tuesday. Won't charge, won't turn on, nothing.
S: Okay. Do you have the receipt, or the account you bought it with?
C: It's under my phone number. Five five five, two one eight, four four zero nine.
S: Thanks. Let me pull it up. Okay, I see it. Purchased fourteen months ago, with the standard one-year warranty, no protection plan.
C: Fourteen months. It's a thousand-dollar phone. It should last more than fourteen months.
S: I agree it should. Let me run a diagnostic and look inside the SIM tray, it only takes a few minutes.
C: Fine.
+90 S: Okay, so the diagnostic can't connect, and the liquid indicator in the SIM slot has turned red. That usually means water got inside.
C: Water? I never got it wet.
S: I believe you didn't mean to. Sometimes it's steam in a bathroom, rain, a spilled drink.
C: I'm telling you, it never got wet. Your little sticker is wrong.
S: I understand. Either way, the phone is out of warranty, so the options are a paid repair through the manufacturer, or a discount on a new phone.
C: No. It's a defect. I want a new phone, no charge.
S: I'm sorry, I can't give a new phone at no charge for a phone that's out of warranty with liquid damage.
C: You're not listening to me. It's a defect. Give me a new phone. {unreasonable_demand,persistence}
S: I am listening. Out of warranty, the free replacement just isn't something I can do. The repair estimate would be around two hundred and eighty.
C: Two-eighty to fix a phone that broke by itself? Are you out of your mind? {intimidation}
S: I know it's a lot. The trade-in credit toward a new phone is also an option, that would take about a hundred and fifty off.
C: I don't want a trade-in. I want what I paid for. A phone that works. For free. {unreasonable_demand,persistence}
S: I'm not able to do that. If you'd like, I can get my supervisor, but I want to be honest that the answer on a free replacement will likely be the same.
C: Get her. Get anybody who actually knows something.
S: Okay. It'll be a few minutes, she's on the floor.
+120 A: Hi, I'm Aisha, I'm the service supervisor. Jordan filled me in. I'm sorry your phone stopped working.
C: It's a defect. I want a new one.
A: I looked at the diagnostic. The liquid indicator is red, and the phone's out of the one-year warranty. So we can't replace it at no cost.
C: The indicator is wrong. I already told him.
A: I understand you don't think it got wet. Even if it hadn't, at fourteen months it would still be outside the warranty.
C: So you're calling me a liar.
A: Not at all. I'm telling you what the warranty covers.
C: I don't care what it covers. Replace it. {unreasonable_demand,persistence}
A: I can't do that. What I can do is waive the diagnostic fee and send it for repair, or give you the trade-in credit plus an extra fifty from the store.
C: Fifty bucks. Wow. Thanks for nothing. {intimidation}
A: That's what I'm able to offer.
C: I've spent thousands in this store. TVs, laptops, my kid's gaming stuff. And you're gonna nickel and dime me over one phone.
A: I appreciate that you shop with us. It doesn't change the warranty.
C: Then change the warranty. You're the supervisor, right? Do something supervisory. {unreasonable_demand,persistence}
A: I don't have the authority to give a free phone outside of warranty, and honestly neither does the store manager.
C: Then get him.
A: He's in a meeting. I'll let him know, it may be fifteen or twenty minutes.
C: I'll wait. I'm not going anywhere.
A: That's fine, you're welcome to wait in the seats over there.
C: I'll wait right here.
+30 C: Hey. You. Jordan.
S: Yes, sir?
C: How long have you worked here?
S: About two years.
C: Two years, and you still don't know how to treat a customer.
S: I'm sorry you feel that way. I'm trying to help with what I'm allowed to do.
C: Allowed. Everything's what you're allowed. You got a brain, or does the company keep that in the back too? {abuse}
S: Sir, I'm going to ask you to keep it respectful.
C: Respectful. You charged me a thousand bucks for garbage. {abuse}
S: Is there anything else I can help with while you wait? I can start the trade-in paperwork, just so it's ready if you want it.
C: Don't start anything. I'm not trading in anything.
+45 C: You know what, let's make this fun. Say hi to the camera. {sns_exposure}
S: Please don't film me.
C: Why not? You're proud of your work, right? Tell everybody how you won't replace a defective phone. {sns_exposure}
S: I'd like you to stop recording me, please. You can film the phone if you want.
C: Nah, your face is the good part. I've got ten thousand followers. You're gonna be famous, Jordan from the service desk. {sns_exposure,personal_targeting}
S: Excuse me, I'm going to step to the back for a second.
C: Yeah, run away. Great content. {abuse,sns_exposure}
+20 A: Sir, I need you to stop recording our staff. You can record the product or yourself, but not him.
C: It's a public store. I can record what I want.
A: It's a private business, and our policy is no filming of employees. If you keep doing it, I'll have to ask you to leave.
C: Oh, now you're threatening me. Over a video. {intimidation}
A: I'm telling you the policy. Jordan will come back when you put the phone down.
C: Fine. It's down. Happy?
A: Thank you.
+100 S: Sir, I'm back. Mr. Becker is finishing his call, he'll be out shortly.
C: Shortly. You people love that word.
S: Can I get you some water while you wait?
C: I don't want water. I want a phone.
S: Understood.
C: You know this is how you lose customers, right? One phone. You'd keep me for life.
S: I hear you. I really do.
C: Then do something! Go in the back and bring me a phone, nobody will even notice. {unreasonable_demand,persistence}
S: I can't do that. Every device is tracked by serial number.
C: Tracked. Like you're tracking nuclear codes. It's a phone. {intimidation}
+240 M: Hi there, I'm Tom Becker, the store manager. I'm sorry for the wait.
C: Finally. Your phone broke. I want a new one.
M: I've read the ticket, and I've looked at the phone. The liquid indicator is tripped, and it's two months past the warranty.
C: The indicator is wrong.
M: Okay. Let's say, for the sake of argument, it's wrong. The phone is still out of warranty.
C: The phone is defective. Defective means you replace it.
M: Defects are covered during the warranty period. After that, it's a paid repair. That's the same for every customer.
C: I'm not every customer. I'm here every month. {unreasonable_demand}
M: And I appreciate it. Here's what I can do as the manager. Trade-in credit, the extra fifty Aisha offered, and I'll add a free case and screen protector.
C: A case. For a phone I have to pay for. Unbelievable.
M: Or the repair with no diagnostic fee. Those are the options.
C: The option is you give me a new phone. {unreasonable_demand,persistence}
M: That's not an option I can offer.
C: Then I'm staying here until it is. {restraint}
M: You're welcome to take time to think. But the answer on a free phone isn't going to change tonight.
C: Then I'll stay till tomorrow. {restraint}
M: The store closes at nine.
C: Then I guess we're having a sleepover. {restraint}
M: Sir, I'm going to be honest with you. I'm not going to give you a free phone, whether you stay five minutes or five hours.
C: We'll see.
+60 C: Let me ask you something, Tom. How much do you make?
M: That's not something I'm going to discuss.
C: Whatever it is, it's too much, for a guy who can't fix one simple problem. {abuse}
M: I've offered three ways to fix it.
C: Three ways for me to pay you more money.
M: Two of them cost you less than the phone is worth. One of them costs you nothing but the repair.
C: Two eighty is not nothing!
M: I understand.
C: Stop saying you understand. You don't understand anything. {intimidation}
M: Okay.
+40 C: I want your corporate number. The real one, not the customer service line.
M: The customer relations number is on the receipt and on our website. That's the right place for a complaint.
C: I'm going to call them, and I'm going to tell them that Jordan and Aisha and Tom refused to help me.
M: You're welcome to do that. I'll write down my name and the ticket number for you.
C: Write all three. Last names too. {personal_targeting}
M: I'll write mine. You can reference the ticket number for the others.
C: What are they afraid of? That I'll look them up? {personal_targeting,intimidation}
M: Our policy is not to give out staff last names. That's for everyone's privacy.
C: Funny. Privacy. Jordan didn't mind being on camera. {sns_exposure}
M: He did mind, and he asked you to stop. Please don't post that video.
C: Maybe I will, maybe I won't. Depends on what kind of deal I get. {sns_exposure,unreasonable_demand}
M: There's no deal that involves the video. If a video of our staff gets posted with their names, we'll report it.
C: Report it to who? The internet police?
M: To the platform, and to our legal team.
+30 C: You know what, I'm going to write a review. A real one.
M: You're welcome to write a review about your experience. That's your right.
C: One star. Worst service in the state.
M: I understand. I'd ask you to leave the staff's names out of it.
C: No promises.
+50 C: Okay. Let's start over.
M: Alright.
C: I walk in. I have a phone that stopped working. I bought it here. I want a working phone. What do you do?
M: I check the warranty. It's expired. I offer a repair or a trade-in credit.
C: Wrong. You give me a new phone. {unreasonable_demand,persistence}
M: That's not going to happen.
C: You're making this so much harder than it has to be.
M: I'm sorry it's frustrating. I don't have a different answer.
C: Then find one. {persistence}
+30 C: My wife's been texting me for an hour. You know that? Because of you.
M: You're free to go home any time, and come back if you decide on one of the options.
C: I'm not leaving without a phone. I told you. {restraint}
M: I heard you.
C: So what are you going to do about it?
M: I'm going to help the other customers, and check back in with you in a few minutes.
C: No, you're not. You're going to stand right here and deal with me. {restraint}
M: I'll be right at the next counter.
C: Hey! Don't walk away from me! I'm talking to you! {intimidation,restraint}
M: Sir, please lower your voice. There are families in the store.
C: Good. Let them hear how you treat people. {intimidation}
+60 A: Sir, there's a couple waiting for this desk. Could you move to the side seating so Jordan can help them?
C: No. I was here first.
A: You were, and we've helped you for over an hour. I'm asking you to move aside while they check out a repair.
C: They can wait. I waited. {restraint}
A: Okay. Jordan, can you help them at register three?
S: Sure. Folks, right this way.
C: Oh, so them you help.
+90 C: You know what I think? I think you're all just scared of corporate.
A: We follow the policy, yes.
C: Sheep. Every one of you. Baa. {abuse}
A: I'll let that go.
C: You'll let that go. How big of you.
A: Is there anything else you want to look at? The trade-in value on the newer model is pretty good right now.
C: How many times do I have to say it? No trade-in. No repair. New phone. {persistence,unreasonable_demand}
A: You've been clear. So have we.
+120 M: Sir, it's eight forty-five. The store closes in fifteen minutes. I'd like to make sure you leave with something, if you want it.
C: I want a phone.
M: We've been through the options. Do you want the repair or the trade-in tonight?
C: Neither.
M: Then I'll need you to gather your things before nine.
C: Or what?
M: Or I'll have to ask security to escort you out.
C: You're going to call security on a customer. Wow. That's going on the video too. {sns_exposure}
M: That's your decision. I'd rather you leave on your own.
+50 C: You know, a lot of people work here. Closing shift. Parking lot's pretty dark back there.
M: What do you mean by that?
C: Nothing. Just saying. It's dark. People should be careful. {threat}
M: Sir, that sounds like a threat to my staff. I'm going to take it seriously.
C: It's not a threat. It's an observation. {intimidation}
M: Ray, can you come to the service desk, please?
+20 G: Evening. Is there a problem here?
M: Ray, the store is closing and this customer has been asked to leave. He also just made a comment about our staff in the parking lot.
C: I didn't say anything. I said it's dark. Is that illegal now?
G: Sir, the store is closing. I need you to head toward the front doors.
C: I'll leave when I get my phone. {restraint,unreasonable_demand}
G: That's not how this works. I'll walk with you to the door.
C: Don't touch me.
G: I'm not touching you. I'm walking next to you.
C: This is harassment. You're harassing a customer.
M: You've been here for two hours, and we've offered three solutions. It's time to go.
C: I'm standing right here. Move me. {restraint}
M: Ray, call the police non-emergency line, please.
G: Calling now.
C: Really? The cops? Over a phone? {intimidation}
M: Over someone refusing to leave after closing and making comments about my staff.
C: Fine. Fine! Give me my phone back.
S: Here's your phone, sir. Your SIM card is still in it.
C: Don't talk to me.
M: The repair offer stands for thirty days, if you change your mind.
C: I'll be back tomorrow. And the next day. Every single day until somebody here grows a spine. {persistence,threat}
M: If you come back and want one of the options, we'll help you. If it's the same demand, the answer is the same.
C: We'll see about that. Enjoy your walk to the car, Jordan. {threat,personal_targeting}
M: Ray, tell the officers about that one too.
G: Will do.
+40 G: He's in his car. I've got the plate. Officers say they'll do a drive-by at closing.
M: Thanks, Ray. Jordan, Aisha, nobody walks out alone tonight. I'll walk you both to your cars.
A: Thanks, Tom.
S: I'm okay. That was a lot, though.
M: It was. I'm writing this up tonight. Both of you, write down what he said, word for word, while you remember.
S: The video thing is what gets me. My face, my name.
M: If anything shows up online, tell me right away. We'll report it and corporate legal will handle it.
S: Okay.
A: You did everything right, Jordan. Honestly.
S: Thanks.
M: Let's close up.
`},
];
