export default {
  id: 'threats-and-hard-negatives-en-009', lang: 'en', setting: 'care', verdict: 'kasuhara', severity: 2, borderline: false,
  format: 'srt-noprefix',
  notes: 'Assisted-living family meeting, recorded and transcribed without speaker labels. A daughter whose mother was given a late medication dose demands a signed confession from the aide, that the aide apologise to her mother on her knees, and that she be fired; she keeps pressing after clear refusals. Asking for an explanation and a care-plan change is legitimate.',
  speakers: { s: { role: 'staff', name: 'Director' }, c: { role: 'customer', name: 'Daughter' } },
  turns: `
s: thanks for coming in ms. reyes i know you wanted to talk about tuesday
c: yeah i do my mom's blood pressure pill was two hours late and nobody told me i found out from her
s: that's right it was due at eight and it was given at ten oh five the aide on that shift was covering two wings because someone called out sick
c: that's not my problem
s: no it's not and i'm sorry we checked her pressure afterwards and it was within her normal range but we should have called you that day
c: you should have
s: we've changed the schedule so her meds are first on the morning round now and there's a second check at eight thirty
c: okay good but i want something else i want the aide who did it to write a letter saying it was her fault and sign it
s: we can give you a written incident report from the facility that explains what happened and what we changed but we don't ask individual staff to sign personal admissions
c {apology_coercion,persistence} +0.4: i don't want a report i want her name on a piece of paper saying i screwed up and i'm sorry
s: i understand you want accountability but the facility is accountable here not one aide who was covering two wings
c +0.3: and i want her to come to my mom's room and apologize to her on her knees my mom was raised where that means something
s: that's not something we'll do ms. reyes i'm happy to have the aide and the nurse manager apologize to your mother together in a normal way if your mother would like that
c +0.5: she doesn't want a normal way and neither do i i want that woman gone fired i don't want her anywhere near my mother
s: we can assign a different aide to your mother's care going forward but employment decisions aren't something families decide
c {personal_targeting,persistence,restraint} +0.3: then i'll sit right here until you call her in and she signs it what's her shift today
s: she isn't working today and i won't be sharing her schedule
c {apology_coercion,persistence,intimidation} +0.4: you're protecting her i'm telling you for the third time i want a signed letter from her personally and her on her knees in that room
s: and for the third time the answer is no what i can give you is the incident report today a care plan meeting with the nurse manager this week and a different aide
c +1.8: this place is unbelievable
s: i know you're angry and i know it's because you love your mom you're always welcome to take this to the state ombudsman that's your right and i'll give you the number
c: i'll take the report
s: i'll have it printed before you leave and i'll call you on friday after the care plan meeting
c: fine
`
};
