export default {
  id: 'threats-and-hard-negatives-en-007', lang: 'en', setting: 'municipal', verdict: 'kasuhara', severity: 2, borderline: false,
  format: 'teams',
  notes: 'City building-permits office, virtual counter. A contractor\'s deck permit is held for a missing structural drawing; he demands it be approved today anyway, then threatens to take the permit clerk\'s name and face to a TV station and neighbourhood Facebook groups unless it is signed. Media/online exposure of a named employee as leverage: sns_exposure and personal_targeting; no threat of physical harm.',
  speakers: { s: { role: 'staff', name: 'Maria Delgado (Permits)' }, c: { role: 'customer', name: 'Brett Sorensen' } },
  turns: `
s: Hi, you're connected to the City of Ashford permits virtual counter. I'm Maria. What can I help with?
c +0.8: Yeah, Brett Sorensen, Sorensen Outdoor. I've got a deck permit that's been sitting for nine days. Application twenty-four dash eleven fifty-two.
s: Let me pull that up. Okay, I see it. It's on hold because the plan reviewer needs a structural drawing for the ledger attachment. The deck is over eight feet off grade, so it requires one.
c: I sent the drawings.
s: You sent the site plan and the framing plan. The ledger detail, how the deck attaches to the house, isn't in the packet. There's a note from the reviewer dated last Tuesday asking for it.
c: That's a standard detail. Every deck I've built for fifteen years has the same one. Just approve it and I'll email it later.
s: I'm sorry, I can't approve it without the drawing. Once you upload it, reviews on resubmittals are usually done in two to three days.
c: Two to three days. My crew's sitting at home. I've got a homeowner calling me twice a day.
s: I understand that's expensive for you. If you upload it today, I can flag it as a quick resubmittal so it goes to the same reviewer.
c +1.2: Here's what I don't get. You can clearly see the permit. You can clearly see it's a deck. Just sign off on it.
s: I'm not a plan reviewer, so I can't sign off on it, and the reviewer can't approve it without the ledger detail. That's the code requirement.
c {persistence,unreasonable_demand} +0.4: Then get the reviewer on the phone right now and have them approve it. Today. I'm not waiting another three days for a piece of paper.
s: The reviewer isn't available for calls, but I've already added a note. The fastest path is the upload.
c {sns_exposure,personal_targeting} +0.5: Okay. Maria what? What's your last name? Because I've got a buddy at Channel Seven who loves stories about city workers sitting on permits, and I'd like to give him a name.
s: My name is on the screen, Maria Delgado, permits technician. I'd ask you not to make this about me personally. I'm following the code.
c {sns_exposure,personal_targeting} +0.4: Maria Delgado. Great. And I'll put it in the Ashford neighbourhood groups too, with a screenshot of this call. Twenty thousand people. "Meet the lady who's holding up your contractors."
s: You can contact the media about the permit process, that's your right. But recording or posting employees from these calls isn't permitted, and I'll note that you've said this.
c {sns_exposure,unreasonable_demand} +0.3: Or you can get it approved today and none of that has to happen. Your call.
s: The answer is the same. I can't approve it without the drawing, and threatening to post my name won't change that. I'm going to loop in my supervisor.
c {intimidation}: Yeah, do that. Loop in whoever.
s: I've added a note to the file for my supervisor, Greg Tanaka, and he'll follow up by email today. The upload link is in the chat now.
c +1.6: I'll upload it. And I'll still be talking to Channel Seven.
s: That's up to you. Thanks for your time.
`
};
