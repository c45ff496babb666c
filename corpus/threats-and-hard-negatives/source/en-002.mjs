export default {
  id: 'threats-and-hard-negatives-en-002', lang: 'en', setting: 'store', verdict: 'kasuhara', severity: 2, borderline: false,
  format: 'srt',
  notes: 'Electronics store returns desk. Opened earbuds past the return window and with no defect; after a clear refusal the customer films the clerk, reads her name tag aloud and offers to delete the video in exchange for a full refund. First return request is not a span. Counter-mic transcription with fillers.',
  speakers: { c: { role: 'customer', name: 'Customer' }, s: { role: 'staff', name: 'Clerk' }, s2: { role: 'staff', name: 'Manager' } },
  turns: `
c: hi i need to return these
s: sure do you have the receipt
c: yeah it's uh it's in the email hold on
s: no rush
c: okay here
s: thanks so these were purchased on the ninth of last month so that's about forty five days ago our window on audio is thirty days
c: right but i barely used them they just don't fit my ears
s: i'm sorry about that um are they not working or is it just the fit
c: they work they just hurt after like an hour
s: got it so unfortunately since it's past thirty days and there's no defect i can't do a refund what i can do is check if the manufacturer has a different ear tip size or a fit kit
c {persistence}: i don't want ear tips i want my money back
s: i understand i'm not able to do a refund on these
c +0.6: okay
c +1.9: so i'm recording now just so you know
s: okay i'd prefer you didn't film me but i'm still happy to help with the ear tips
c {sns_exposure,personal_targeting} +0.4: no it's fine this is for my followers uh your tag says jasmine right jasmine at the westgate store refusing a refund for earbuds that hurt people's ears
s: please don't post my name
c {sns_exposure,unreasonable_demand}: then do the refund and i'll delete it right here in front of you easy
s: i'm going to get my manager
~25
s2: hi i'm kyle the store manager what's going on
c: your employee won't refund my earbuds
s2: i looked at the receipt on her screen it's forty five days and there's no defect so we can't refund but we can contact the manufacturer about a different fit
c {sns_exposure,unreasonable_demand} +0.4: yeah i don't want that i've got about eighty thousand followers and this video's already pretty good so either the refund happens or jasmine's famous tonight
s2: i need you to stop filming my staff we're not going to trade a refund for a video
c {sns_exposure,personal_targeting} +0.3: i'm not even posting you kyle i'm posting her she's the one who said no
s2: that's exactly why i'm asking you to stop if you post her name or face we'll be reporting it and it's against our store policy to film employees so i'm going to ask you to put the phone down or leave
c {intimidation} +0.3: wow okay you guys are actually unbelievable
s2: the ear tip offer stands if you want it otherwise we're done here
c +2.1: whatever
~8
s2: jasmine you okay
s: yeah i'm okay thanks
s2: go take five i'll write it up
`
};
