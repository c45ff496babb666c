export default {
  id: 'threats-and-hard-negatives-en-020', lang: 'en', setting: 'other', verdict: 'normal', severity: 0, borderline: false,
  format: 'teams',
  notes: 'Contact-centre de-escalation training on Teams. One trainee plays an abusive caller (death threat, "I know where you work", posting the agent online, demanding a written apology), another handles the call, and the coach debriefs. Role-play lines are never spans; there is no real customer.',
  speakers: { t: { role: 'staff', name: 'Coach Renee Alvarez' }, r: { role: 'other', name: 'Tom Becker' }, a: { role: 'staff', name: 'Aisha Rahman' } },
  turns: `
t: Okay, let's do scenario four. Tom, you're the caller. Aisha, you're the agent. Tom, remember the escalation steps on the card, don't go all the way in one go.
r: Got it. Sorry in advance, Aisha.
a +1.2: Ha, bring it.
t: Whenever you're ready.
a: Thank you for calling Northgate Utilities, this is Aisha. How can I help?
r: Yeah, my power's been off for six hours and nobody's told me anything.
a: I'm really sorry about that. Can I get the address so I can check the outage map?
r: Twelve Birch Lane. And don't read me the outage map, I've read it, it says "investigating". For six hours.
a: I understand. I can see the crew was dispatched forty minutes ago. The current estimate is about two hours.
r: Two hours. You people are useless. Absolutely useless.
a: I hear that you're frustrated. I'll add a note that you've been out for six hours so it's flagged.
r: A note. You know what, I know where your office is. Maybe I'll come down there and explain it to you in person.
a: Sir, I'm going to ask you not to make comments like that. I want to help with the outage.
r: Or maybe I'll post your name online. Aisha at Northgate. People can tell you what they think of you.
a: I'm not able to continue if there are threats. I'm happy to keep helping with the restoration time.
r: And I want a written apology. Signed. From you. Or you're gonna regret picking up this phone.
a +0.8: Sir, that's a threat, and this call is recorded. I'm ending the call now. The restoration estimate will be updated on the outage line. Goodbye.
t: And stop. Great. Okay. Take a breath, both of you.
r: That was weirdly hard to say out loud.
t: That's good, that means you're a normal person. Aisha, how did that feel?
a: Honestly the "I know where your office is" one got me more than the name thing. My stomach dropped.
t: That's really common. The veiled ones are often worse than the loud ones. You handled the first warning really well. Where could you have ended it sooner?
a: Probably after the second one? He'd already threatened to come to the office and then he doubled down with posting my name.
t: Right. Our policy is one warning for abuse, but for threats of harm or posting someone online, you can end it after the first warning if it continues. You don't owe anyone a third chance.
r: Question. When he was saying "you people are useless," was that already over the line?
t: Good question. That's insulting, and you can address it, but on its own, that's a frustrated customer with a legitimate outage. We coach through that. The line gets crossed when it becomes personal and about harm, "I'll come down there", "you'll regret this", posting her name.
a: And the written apology thing?
t: Asking for an apology is fine. Demanding a signed personal apology with a threat attached, that's coercion. Don't sign anything personally, ever.
a: Noted.
t: Okay, swap. Aisha, you're the caller for scenario five, Tom's the agent. This one's a customer who says a neighbour threatened them. Trickier, because the threat isn't aimed at the agent at all.
r +1.0: Oh, that's a good one. Okay.
`
};
