import { t, sp } from './util.mjs';
export default [
{ id: 'en-007', lang: 'en', setting: 'call_center', verdict: 'kasuhara', severity: 2, borderline: false, format: 'zoom',
  notes: 'A real double charge on a water bill is refunded early in the call; the caller then spends the rest pressing, in ever new wording, for five thousand dollars for stress, a signed letter from the CEO and the agent staying on until he is satisfied. The first complaint and first demand are not spans; persistence starts after the clear refusal.',
  speakers: sp(['s', 'Clearwater Utilities - Megan'], ['c', 'Caller - Ray Dunmore'], ['s2', 'Clearwater Utilities - Supervisor Aaron']),
  turns: t(`
s: Clearwater Utilities, billing team, this is Megan. Can I take your account number?
c: Yeah. It's 5530 2291 07. Name's Ray Dunmore.
s: Thank you, Mr Dunmore. And can you confirm the first line of the service address for me?
c: 14 Larch Close.
s: Thanks. How can I help today?
c: You charged me twice. Two hundred and twelve dollars and change, twice, on the same day. I've got the bank statement in front of me.
s: Let me look. Yes, I can see it. The March payment was taken on the second and again on the third. That was a processing error on our side, and I'm sorry.
c: Processing error. That's two hundred bucks I didn't have for a week.
s: I understand, and that's not okay. I can refund the duplicate payment now. It'll reach your bank in three to five working days.
c: Three to five days. Why can't it go back today? It left today.
s: Refunds go through a separate batch, I'm afraid, so the fastest I can do is three working days. I'll mark it urgent.
c: Fine. Do that.
s: Done. The refund reference is R as in Robert, 88104. You'll also get an email.
c: Okay. Now, let's talk about the rest of it.
s: Of course. What else can I help with?
c: My overdraft fee. Thirty-five dollars. Because of your mistake, my account went overdrawn and the bank charged me.
s: That's fair. If you send us the bank's statement showing the fee, we'll reimburse that too.
c: Good. And the stress. Because let me tell you, I'm sixty-eight, I had a pharmacy bill bounce, I spent a whole morning on the phone with my bank. I want compensation for that. Five thousand dollars.
s: I'm sorry it caused you that much trouble. We can refund the double charge and the overdraft fee, but we don't pay compensation for stress or time.
c[P,U]: You don't pay. You took my money twice and you don't pay. Let me put it another way. Five thousand. That's what my morning was worth.
s: I hear you, Mr Dunmore, but the answer is the same. Refund of the duplicate payment, and the bank fee once we see the statement.
c[P]: That's two hundred and forty-seven dollars of my own money coming back. That's not compensation, that's just undoing your screw-up.
s: That's right, it puts you back where you were. There isn't a compensation payment on top of that.
c[P,U]: Then give me a credit. A year of free water. You can afford that, you're a utility.
s: I can't apply a year's credit. I can offer a goodwill credit of twenty-five dollars for the inconvenience. That's the maximum I'm able to add.
c[P]: Twenty-five. You're offering me twenty-five dollars after I said five thousand.
s: Yes. That's the goodwill amount available for billing errors.
c[P,B]: That's insulting, Megan. Do you understand that's insulting? A child could do your job.
s: I'm sorry you feel that way. I'll apply the twenty-five dollar credit if you'd like.
c[P,U]: I don't want your twenty-five. I want to speak to somebody who can write a real cheque.
s: I can transfer you to my supervisor. The policy on compensation will be the same, but he can listen to your concerns.
c: Transfer me.
~130 hold
s2: Hi Mr Dunmore, this is Aaron, I supervise the billing team. Megan's filled me in. First, I'm sorry about the double charge. That shouldn't have happened.
c: Thank you. Finally somebody with a title. So, five thousand for the stress.
s2: I understand why you're upset. What we can do is the refund, the overdraft fee reimbursement, and the twenty-five dollar goodwill credit. We don't pay compensation for stress or time.
c[P]: You're reading from the same card she was.
s2: It's the same policy, yes.
c[P,U]: Then make an exception. You're a supervisor. Supervisors make exceptions, that's what the word means.
s2: Not for this. I don't have authority to pay compensation, and I wouldn't approve it if I did, because the error has been corrected.
c[P,A]: Fine. Then I want a letter. From your CEO. Signed, in ink, saying Clearwater stole two hundred dollars from a pensioner and is sorry.
s2: I can send a letter from the billing team confirming the error and the refund, and apologising. I won't send a letter from the CEO, and we wouldn't use the word stole.
c[P,A]: Why not? What else do you call taking money out of someone's account that you're not owed?
s2: A duplicate payment, which we're refunding. The letter will say we're sorry for it.
c[P]: From the billing team. Who's the billing team? A logo? I want a name, a signature, a human being who's accountable.
s2: The letter will be signed by me, by name. That's what I can offer.
c[P,A]: You. Not good enough. I said CEO.
s2: I understand that's what you want. The answer is no.
c: Let me tell you something about customer service, Aaron.
s2: Go ahead.
c[B]: I ran a hardware store for thirty years. If I'd charged a man twice, I'd have driven to his house with the cash and a six-pack. You people hide behind phone menus and scripts and supervisors who can't supervise anything.
s2: I appreciate what you're saying about service. Our process is different, but the money will be back with you.
c[B,R]: Don't interrupt me. I'm talking. You're going to listen to all of it, because you made me listen to your hold music.
s2: I'm listening.
c[B]: Thirty years, and I never once told a customer "that's policy". Do you know what policy is? It's what cowards say when they don't want to make a decision.
s2: I hear you.
c[B,R]: No, you don't. You're waiting for me to stop. You're looking at the clock. I can hear you typing. Stop typing and listen.
s2: I'm noting your feedback on the account so it's recorded.
c[R]: Note this. I'm not hanging up until I get a number I like.
s2: Mr Dunmore, I want to help, but the options won't change however long we talk.
c[R,B]: Then we'll see how long your patience lasts. Mine's lasted sixty-eight years.
c[P,U]: Then let's negotiate. I said five thousand. You said twenty-five. Meet me halfway. Twenty-five hundred.
s2: There's no negotiation on compensation. It isn't available.
c[P,U]: A thousand. I'm being reasonable here.
s2: It isn't a matter of the amount, Mr Dunmore. The twenty-five dollar credit is the only goodwill payment.
c[P,U]: Five hundred then, and I'll drop the letter.
s2: No. I'm sorry.
c[P]: Four hundred. Three. Jesus, you won't even say three.
s2: I won't agree to any amount, no.
c[I]: You know what, you're lucky this is a phone call.
s2: Mr Dunmore, I'll ask you to keep the conversation respectful, please.
c: It was a figure of speech. Calm down.
s2: Thank you.
~10
c: Okay. Different question. How many people did this happen to? The double charge.
s2: I can't share numbers about other customers, but it was a system issue on that date, so you weren't singled out.
c[P,U]: So there's a bunch of us. Great. Then you can afford to pay me, since you'll be paying them too.
s2: We're refunding everyone affected in the same way, the duplicate amount and any bank fees.
c[P]: Same way. Two hundred back, twenty-five for your trouble, have a nice day.
s2: That's right.
c[P,U]: And I'm saying I'm not everyone. I've been a customer since nineteen eighty-one. That should count for something.
s2: It does, and I'm grateful you've stayed with us. It doesn't change what we can pay.
c[P,A]: Okay, so no money. Then the CEO calls me. Five minutes. He picks up a phone and says he's sorry. That doesn't cost you a cent.
s2: The CEO doesn't make individual calls about billing matters. I'm sorry.
c[P,A]: Doesn't, or won't?
s2: Won't, in this case. I'm being straight with you.
c[P]: Straight with me. Then straighten this out. I've asked for five thousand, a letter and a phone call and you've said no three times.
s2: I have, yes. Those are my answers.
c: Let me tell you what that morning looked like, so you understand.
s2: Please.
c: Eight a.m., I go to the pharmacy for my heart pills. Card declined. Line of people behind me. The girl at the till looks at me like I'm a deadbeat.
s2: That sounds really embarrassing, and I'm sorry it happened.
c: I've paid every bill on time for forty years. Forty. And a twenty-year-old looks at me like that.
s2: I understand.
c[P,U]: So here's a new idea. You call the pharmacy. You tell them it was Clearwater's fault and not mine. And then you call my bank and tell them the same, so they take the mark off my file.
s2: I can give you a letter confirming the duplicate payment was our error, which you can show the pharmacy or your bank. We don't phone third parties on a customer's behalf.
c[P]: A letter. Everything's a letter with you people.
s2: It's the way we can document it properly for you.
c[P,U]: Then put in the letter that you're paying me for my trouble. Doesn't even have to be five thousand. Just put a number in it.
s2: The letter will confirm the error, the refund and the fee reimbursement. It won't include a compensation payment, because there isn't one.
c[P]: You keep saying that like I didn't hear you the first time.
s2: You did hear me, Mr Dunmore. I'm repeating it because the request keeps coming back.
c[B]: Oh, that's clever. Very clever. They teach you that in supervisor school?
s2: Let me check one more thing on your account while we're talking. One moment.
~90 hold
s2: Thanks for holding. I've checked the last twelve months. There's no other billing error, and your account's in good standing. I've also added a note so that if anything like this ever happens again, it goes straight to my team.
c: Well, that's something.
s2: And I've confirmed the refund is in the urgent batch. Three working days at the latest.
c[P,U]: Good. Now for the rest of my life, free water. You can do that with a note, can't you? Type it in.
s2: No, I can't do that, and it wouldn't be fair to other customers.
c[P]: Other customers. Other customers didn't stand at a pharmacy till with their pills in their hand.
s2: That's true, and I'm sorry you went through it. The answer on free service is still no.
c[K]: What's Megan's last name?
s2: We only give first names, but your call is recorded and Megan's name is on the notes. If you want to make a complaint about the service, I can log it.
c[K,U]: I want it logged that she's not fit for the job. Put that in her file. I want her off the phones.
s2: I'll log that you were unhappy with the call. Decisions about staff aren't something we take on a customer's request, and Megan followed policy correctly.
c[B]: Policy again. Hide behind it. Both of you.
~8
c[R]: Then we stay on the phone.
s2: I can stay a little longer to make sure the refund details are right. After that I'll need to close the call.
c[R,P]: You'll close it when I say so.
c: Tell me something, Aaron. Do you get a bonus for saying no?
s2: No. There's no bonus attached to any of this.
c[P]: Then there's no reason not to say yes. Five thousand. It's not your money.
s2: It's not about whose money it is. The policy applies to every customer.
c: You know what my late wife would have said to you?
s2: What would she have said?
c: She'd have said, "Ray, leave the poor boy alone, he's only doing his job."
s2: She sounds like she was a kind person.
c: She was. Better than me. ... Doesn't change anything, though. I still want what's fair.
s2: I understand. I think what we've done is fair, even if it doesn't feel enough.
c[P,U]: Fair would be the five thousand. Or half. Or the letter from the CEO. Pick one, any one, and I'll hang up happy.
s2: I can't pick any of those, Mr Dunmore.
~5
s2: Mr Dunmore, we've been talking for a good while now, and we've gone over the same requests several times. I'm going to give you a fair warning: if we keep repeating them, I'll end the call.
c[R,I]: Don't you threaten me. I'm the customer.
s2: It's not a threat. It's letting you know what happens next. Is there anything else about the refund or the bank fee I can help with?
c[P,U]: The five thousand.
s2: That's not available. Anything about the refund?
c: How do I send the bank statement?
s2: You can upload it in the app or email it to billing at clearwater dot com with your account number in the subject line.
c: And then what.
s2: We reimburse the fee within ten working days of receiving it.
c: Ten days. Of course it's ten days.
s2: I'll flag your account so it's treated as a priority.
c[P,U]: You flag everything. Flag the five thousand.
s2: I'm sorry, no. I'm going to end the call now. The refund, the fee and the twenty-five dollar credit are all on your account. Thank you for calling, Mr Dunmore.
c[R,T,P]: You hang up and I'm calling back every hour. And I'll be at your office on Monday morning. Front desk, nine a.m.
s2: Our office doesn't have a walk-in billing desk, but the answers would be the same there. Goodbye.
~30
s: Clearwater Utilities, billing team, this is Megan.
c[R,P]: It's Ray Dunmore again. Your boss hung up on me. Put him back on.
s: Mr Dunmore, I've read Aaron's notes. The refund and credit are in place, and the compensation request has been answered. I'm not able to reopen it.
c[P,U]: Then you decide. You. Twenty-five hundred.
s: I'm sorry, the answer is no. If you have a new question about your account I'm happy to help; otherwise I'll end this call.
c[T,P]: Every hour, Megan. Tell the others.
s: I'll note that on your account. Goodbye, Mr Dunmore.
`) },
];
