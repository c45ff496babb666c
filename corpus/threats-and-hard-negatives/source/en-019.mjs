export default {
  id: 'threats-and-hard-negatives-en-019', lang: 'en', setting: 'hospital', verdict: 'normal', severity: 0, borderline: false,
  format: 'json',
  notes: 'Hospital outpatient pharmacy. The pharmacist gives an overdose warning for acetaminophen and a child\'s dosing; the parent asks how much could "kill" the liver and whether a double dose is dangerous. Alarming words in a safety conversation. Transcribed with fillers and a misheard drug name.',
  speakers: { s: { role: 'staff', name: 'Pharmacist' }, c: { role: 'customer', name: 'Parent' } },
  turns: `
s: okay so this is the liquid acetaminophen for jayden um one sixty milligrams per five milliliters
c: okay
s: for his weight it's seven and a half milliliters every six hours as needed and no more than five doses in twenty four hours
c: five doses okay
s: the big thing i always say with this one is it's in a lot of other stuff too so cold medicines sometimes have it nighttime syrups
c: oh really
s: yeah so if you give him a cold medicine that has acetaminophen on top of this you can double up without realizing and that's how kids end up overdosing by accident
c: how bad is an overdose like what actually happens
s: with acetaminophen the danger is the liver too much can cause serious liver damage and in a big enough overdose it can be fatal which is why we're careful about it
c: wow okay so like if i gave him one extra dose by mistake is he gonna die
s: no one extra dose by itself isn't likely to hurt him but if it happens call poison control right away they're free and they'll tell you exactly what to do
c: what's the number
s: it's on the sticker i put on the bottle here one eight hundred two two two twelve twenty two
c: okay and what about me i've been taking tylenol for my back like uh a lot honestly
s: how much is a lot
c: probably like two of the extra strength every four hours
s: okay so that's about six grams a day if you're doing it all day which is over the limit for adults the max is usually three to four grams and less if you drink
c: seriously i had no idea
s: yeah it's really common people think it's the safe one so i'd cut back to no more than two every six hours and talk to your doctor about the back pain
c: is there something else i could take instead
s: you could alternate with ibuprofin for a bit if your stomach and kidneys are okay but check with your doctor first especially if you're on anything else
c: okay that's good to know
s: and one more thing for jayden use the syringe that comes in the box not a kitchen spoon spoons are all over the place
c: got it syringe only
s: any other questions
c: no i think that's it thank you for actually explaining all that
s: of course feel better and i hope he does too
`
};
