export default {
  id: 'threats-and-hard-negatives-en-017', lang: 'en', setting: 'hospital', verdict: 'complaint', severity: 0, borderline: false,
  format: 'json',
  notes: 'Hospital billing office phone call. A patient billed $4,800 for an ER visit that was coded as out-of-network although the hospital is in-network is exasperated, says she will write an honest online review and file with the patient ombudsman and her state insurance regulator. Firm, sarcastic at the system, but legitimate; reviews and regulators are rights. Phone transcription with fillers.',
  speakers: { s: { role: 'staff', name: 'Billing' }, c: { role: 'customer', name: 'Patient' } },
  turns: `
s: st. anne's patient financial services this is marcus how can i help
c: hi um yeah i got a bill for four thousand eight hundred and twelve dollars for an er visit in march and my insurance says you're in network
s: okay i'm sorry about that can i get your date of birth and the account number at the top of the bill
c: oh four twelve eighty nine and the account is uh six six zero three one nine four
s: thank you jessica okay i have it so the facility charge went to your insurance as out of network
c: right but you're in network i checked before i even went i called them from the parking lot
s: yeah let me look at what was sent um so it looks like the claim was sent under our old tax id the one from before the merger last year
c: so it's your mistake
s: it looks like it yes the claim went out under the wrong id so your insurer didn't recognize it as in network
c +0.8: cool so i've been getting collection-style letters for three months for a clerical error that's great that's just fantastic
s: i'm really sorry that's a lot of stress for something that wasn't on you
c: i called in april too and someone told me to appeal with my insurance which i did and they said it's on the hospital
s: yeah i see a note from april but i don't see that anyone followed up that's on us too
c: so what happens now
s: i'm going to resubmit the claim under the correct tax id today and i'm putting a hold on the account so it doesn't go any further in the billing cycle no more letters
c: a hold like it won't go to collections
s: correct i'm flagging it billing error under review it's frozen while that's happening
c: how long
s: resubmissions usually process in thirty to forty five days and then you'd get a new statement with your in network amount which should be your er copay
c: my copay is two fifty
s: yes that's what i'd expect
c: okay um i'm gonna be honest with you i'm also writing a review because people should know to check their bills here and i already emailed the patient ombudsman
s: that's totally fair you have every right to do that and the ombudsman will probably reach out to us which is fine
c: and if it's not fixed in forty five days i'm filing with the state insurance department
s: that's also your right honestly i'd do the same i'm putting my extension on the account so you can reach me directly
c: okay what's the extension
s: four four one seven and i'll send you a letter confirming the hold today
c: thanks marcus sorry i was snippy it's not you it's the whole system
s: no you're fine you shouldn't have had to call twice
c: okay bye
`
};
