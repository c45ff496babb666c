export default {
  id: 'threats-and-hard-negatives-en-012', lang: 'en', setting: 'store', verdict: 'complaint', severity: 0, borderline: false,
  format: 'srt',
  notes: 'Kitchen store returns counter. A blender jammed and smoked on its second use; the customer raises his voice once ("this thing could have burned my kitchen down"), apologises, gets a refund and says he will write an honest review about the product. Legitimate complaint; the review is a right.',
  speakers: { s: { role: 'staff', name: 'Staff' }, c: { role: 'customer', name: 'Customer' } },
  turns: `
s: hi there what can i do for you
c: hey yeah i bought this blender here last week the vortex pro
s: okay
c: second time i used it it made this grinding sound and then smoke started coming out of the base like actual smoke
s: oh wow okay i'm sorry that's not good
c: i unplugged it right away but the whole kitchen smelled like burnt plastic
s: is it this one here can i take a look
c: yeah go ahead
s: yeah you can see the scorch mark on the bottom there that's definitely not normal
c +0.8: i mean i'm sorry but this thing could have burned my kitchen down i've got a three year old
s: no you're right that's a real safety issue
c +1.6: sorry i didn't mean to yell at you it's not your fault i just got a little scared when it happened
s: no that's completely understandable honestly i'd be shaken up too
c: so can i just get my money back i don't want another one of the same model
s: absolutely i'll do a full refund and i'm also going to tag this one so it goes back to the manufacturer as a safety return instead of just going back on the shelf
c: okay good
s: do you have the card you paid with
c: yeah here
s: okay that's one forty nine ninety nine back on the card should show up in three to five days
c: is there anything else i should do like report it somewhere
s: you can report it to the manufacturer directly and there's also the consumer product safety site where people report stuff like this i can write the address on your receipt
c: yeah please do that
s: there you go
c: thanks i'm also gonna write a review on the site so other people know i'll just say what happened i'm not gonna trash the store you guys have been great
s: no that's totally fair people should know if a product's doing that
c: appreciate it
s: and if you want a replacement from a different brand we've got a couple that are well reviewed over in aisle four no pressure
c: maybe next week i need a minute before i trust a blender again
s: ha fair enough have a good one
c: you too thanks
`
};
