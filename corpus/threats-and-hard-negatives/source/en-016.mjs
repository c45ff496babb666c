export default {
  id: 'threats-and-hard-negatives-en-016', lang: 'en', setting: 'bank', verdict: 'complaint', severity: 0, borderline: false,
  format: 'srt-noprefix',
  notes: 'Bank branch, fraud desk (transcript without speaker labels). An elderly customer scammed out of his savings by a fake "bank security" caller is furious that the branch let the transfers through, quotes the scammer\'s threats ("they said I\'d be arrested"), and says his son has contacted a lawyer. Angry, legitimate, and the threats are quoted from the scammer.',
  speakers: { s: { role: 'staff', name: 'Banker' }, c: { role: 'customer', name: 'Customer' }, c2: { role: 'customer', name: 'Son' } },
  turns: `
s: mr. caldwell thanks for coming in and you must be his son
c2: yeah i'm david
s: i'm helen i'm one of the fraud specialists here i'm so sorry about what happened
c: forty one thousand dollars forty one thousand and your people just let it go
s: i know i've read the file you made three transfers last week to an account at another bank
c: because they told me to they said they were from your fraud department they knew my account number they knew my address
s: that's a scam we see a lot unfortunately they often have information from data breaches
c: they said if i told anyone at the branch i'd be arrested for helping the scammers they said the teller might be in on it
c2: he was terrified he didn't sleep for three days
s: that's exactly what they do they isolate people i'm so sorry mr. caldwell you did nothing wrong by being scared
c: then why didn't your teller stop me i was shaking at the window i went three days in a row
s: that's a fair question and it's one i've escalated our tellers are trained to ask questions on large transfers and i can see one was asked on the first day but not on the second or third
c: so she asked once and then just handed over my money
s: i don't want to excuse that it should have been flagged by the third transfer
c2: we've already talked to a lawyer he says the bank may be liable for not following its own procedures
s: that's completely your right and i'd encourage you to get that advice we've also filed a recall request with the receiving bank on all three transfers
c: and what does that mean in english
s: it means we've asked the other bank to freeze and return whatever is still in that account sometimes money comes back sometimes only part of it i can't promise
c: i'm eighty three years old that was my savings for the nursing home
s: i know
c2: what do you need from us
s: a police report number and the phone numbers that called him if you have them and i'll also open a formal claim under our elder fraud policy that's reviewed separately from the recall
c: i'm sorry i'm shouting it's not you it's them and it's this place
s: you're not shouting at me you're angry and you have a right to be
c2: the police report is here we did it on monday
s: thank you that helps a lot i'll copy this and have the claim number for you before you leave
c: and if the money doesn't come back
s: then the claim is reviewed by our elder fraud team and your lawyer can be involved in that process i'll call you either way within ten business days
c: ten days
s: ten business days and you have my direct line
c2: thank you dad let's let her do the paperwork
c: all right
`
};
