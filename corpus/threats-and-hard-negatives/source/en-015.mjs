export default {
  id: 'threats-and-hard-negatives-en-015', lang: 'en', setting: 'restaurant', verdict: 'complaint', severity: 0, borderline: false,
  format: 'zoom',
  notes: 'Restaurant group guest-care video call. A mother whose son had an anaphylactic reaction after a server confirmed a dish was peanut-free says "you could have killed my son", demands to know how it happened, and says she is reporting it to the health department. Alarming words, but a legitimate and serious complaint aimed at the failure, not a person.',
  speakers: { s: { role: 'staff', name: 'Nadia Brooks | Guest Care' }, c: { role: 'customer', name: 'Sarah Whitfield' }, s2: { role: 'staff', name: 'Chef Tomas Ruiz' } },
  turns: `
s: Hi Mrs. Whitfield, I'm Nadia from guest care at Copper Pot. Chef Tomas, our executive chef, is here too. First, how is your son doing?
c +1.4: He's home. He's okay now. He spent the night in the ER.
s: I'm so sorry. I can't imagine how frightening that was.
c: I told the server he has a peanut allergy. Severe. I said the word anaphylaxis. She went to the kitchen, came back and said the satay was made without peanuts, it's a coconut sauce.
s2: I've read the server's statement and the ticket. The allergy was flagged on the ticket.
c +0.6: Then how did he end up with his throat closing at the table? He took two bites. Two bites, and I was stabbing him with an EpiPen in the middle of your dining room. You could have killed my son.
s: You're right. This was a serious failure, and I'm not going to minimise it.
s2: What we've found so far is that the satay sauce itself has no peanuts, but the garnish station uses crushed peanuts for another dish, and the same spoon was used. The line cook missed the allergy flag on the garnish step.
c: So the server told me it was safe, and it wasn't.
s2: The server told you what the recipe says. The kitchen didn't follow the allergy protocol on the plate. That's on the kitchen, and ultimately on me.
c: I want to know what's changing. Because another kid is going to sit at that table next week.
s2: As of yesterday, allergy-flagged tickets are plated at a separate station with separate utensils, and the chef on duty signs off on every one before it leaves the pass. We've retrained every line cook at that location, and the other four restaurants are doing the same this week.
c: Signed off by a person, not a checkbox.
s2: By a person. The sous chef or me.
c +1.0: I'm also going to report this to the county health department. I've already called them. I'm telling you so you're not surprised.
s: Thank you for telling us. You absolutely should, and we'll cooperate fully with them. I'll send them our incident report myself.
c: And the ER bill.
s: We'll cover all of the medical costs, the ER, the follow-up with his allergist, and anything related. I just need the bills, or I can have them billed to us directly.
c: Okay.
s: I also want to say this plainly. We are not asking you to sign anything, and this offer has no conditions on what you say publicly about what happened.
c +1.6: I... I appreciate that. I was ready for a fight.
s: You shouldn't have to fight for this.
c: I'm still angry. I'm going to be angry for a while.
s2: You have every right to be.
c: Send me the incident report when it's done. And what the health department says.
s: I'll email you the report by Friday, and I'll share whatever findings they give us. You have my direct number.
c: Okay. Thank you.
`
};
