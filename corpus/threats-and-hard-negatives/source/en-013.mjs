export default {
  id: 'threats-and-hard-negatives-en-013', lang: 'en', setting: 'hotel', verdict: 'complaint', severity: 0, borderline: false,
  format: 'json',
  notes: 'Hotel front desk. A guest reports that a non-guest in the lobby threatened her ("he said he\'d kill me if I didn\'t give him my phone") and complains that security took twenty minutes to come. The threat is reported speech about a third party; the guest\'s own demands (security, a room change, a police report) are legitimate. Transcribed with fillers and no punctuation.',
  speakers: { c: { role: 'customer', name: 'Guest' }, s: { role: 'staff', name: 'Front desk' }, s2: { role: 'staff', name: 'Security' } },
  turns: `
c: hi i need to talk to someone about what just happened in the lobby
s: of course are you okay
c: not really um there was a guy by the elevators he wasn't a guest i don't think and he came up to me and said give me your phone or i'll kill you
s: oh my god okay are you hurt
c: no he didn't touch me he just kept saying it like i swear i'll kill you i'll cut you and he had his hand in his jacket like he had something
s: i'm so sorry let's get you sitting down do you want water
c: i'm fine i just i called down to this desk and it took like twenty minutes for security to show up
s: i'm really sorry about that that's way too long
c +0.8: he was just standing there the whole time by the side door and nobody came i had to go hide in the bathroom
s: that shouldn't have happened i'm going to call our security supervisor right now
c: and the police i want to make a report
s: absolutely i'll call them too
~40
s2: hi ma'am i'm ray with security i'm so sorry i understand someone threatened you
c: yeah he said he'd kill me if i didn't hand over my phone and then he said something like you think i'm playing
s2: can you describe him
c: white guy maybe forty gray hoodie black jacket over it beard he had a backpack
s2: okay that helps we've pulled the camera for the lobby the police are on the way
c: can i ask why it took twenty minutes because i called the desk at like nine fifteen
s2: that's fair to ask we had one officer on the floor and he was on the fourth floor with a medical call it's not an excuse it should have been faster
c: it really should have i mean what if he'd actually done something
s2: you're right and i'll be writing that up for management
c: i also don't want to stay in a room on the second floor by the side door that's right where he was
s: i can move you to the eighth floor tonight near the elevators and there's no charge for that
c: thank you and i'd like someone from management to call me tomorrow about the security thing i'm not trying to get a free room i just want to know it's being taken seriously
s: i'll make sure the general manager calls you in the morning and i'll put it in writing in your file
c: okay thank you
s2: the officers just came in ma'am they'll take your statement over here whenever you're ready
c: okay
`
};
