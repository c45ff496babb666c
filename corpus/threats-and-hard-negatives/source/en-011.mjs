export default {
  id: 'threats-and-hard-negatives-en-011', lang: 'en', setting: 'call_center', verdict: 'complaint', severity: 0, borderline: false,
  format: 'teams',
  notes: 'Home-insurance claims call over Teams. The policyholder swears at the situation ("this is bullshit") after a water-damage claim was denied on a misread report, explicitly says it is not aimed at the adjuster, and says she will talk to a lawyer and the state insurance department. Firm and emotional but legitimate: the lawyer/regulator mention is a right.',
  speakers: { s: { role: 'staff', name: 'Owen Pratt' }, c: { role: 'customer', name: 'Lorraine Maddox' } },
  turns: `
s: Hi, Mrs. Maddox, this is Owen Pratt from Harborview Mutual claims. Can you hear me okay?
c +1.1: I can hear you. I've got the denial letter right here in front of me.
s: Okay. I've got your file open as well. I know this isn't the news you were hoping for, so let's go through it together.
c: The letter says the damage was from, quote, long-term seepage, and that's excluded. The pipe burst. It burst. There was water coming out of the ceiling like a faucet.
s: I see the adjuster's report here. It references staining on the subfloor that the inspector felt was older than the event.
c: That staining is from the dishwasher that leaked eight years ago, which I claimed with you, and which you paid. It's in your own system.
s: Let me check that. One second.
~18
s: You're right, there is a prior claim from twenty seventeen for the kitchen, paid in full.
c +0.6: So the old stain is the old claim. And the new hole in my ceiling is the new claim. This is, I'm sorry, this is bullshit. Not you. This whole thing.
s: No, I understand. That's frustrating, and I'm sorry you've had to deal with it on top of the damage itself.
c: I've been living with a tarp on my ceiling for five weeks. My contractor won't start until he knows who's paying.
s: That's a long time. What I can do right now is open a reconsideration and attach the twenty seventeen claim, so whoever reviews it sees that the staining was already documented.
c: How long does reconsideration take?
s: The standard is thirty days, but I can mark it as habitability-affecting, which moves it into the priority queue, usually ten business days.
c: Ten business days. And if the same person looks at it and says the same thing?
s: It goes to a different adjuster, not the original one. And you're welcome to send your own contractor's written assessment of the pipe. That carries real weight.
c +1.4: Okay. I'll be honest with you, Owen. I already called a lawyer yesterday. She told me to ask for everything in writing, and if this gets denied again, she'll file a complaint with the state insurance department.
s: That's completely your right, and honestly it's a reasonable step. I'll make sure everything I've said is in writing today, in an email with the reconsideration number.
c: Thank you. I'm sorry I swore at you.
s: You didn't swear at me. You swore at a tarp. I'd swear at it too.
c +0.4: Ha. Yeah. Okay.
s: So, to recap: reconsideration filed today, priority flag for habitability, the twenty seventeen claim attached, and you'll send the contractor's assessment when you have it. I'll email you the reference number within the hour.
c: And if I don't hear anything in ten business days?
s: Then call this number and ask for me by name, or reply to the email and it comes to my queue directly.
c: Okay. Thanks for actually looking at the file.
s: Of course. Take care, Mrs. Maddox.
`
};
