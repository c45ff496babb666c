export default {
  id: 'threats-and-hard-negatives-en-018', lang: 'en', setting: 'store', verdict: 'normal', severity: 0, borderline: false,
  format: 'srt',
  notes: 'Outdoor and hunting store. A customer picks a skinning knife and a folding saw for deer season: "gut", "bleed it out", "kill shot", "stab" all appear in an ordinary purchase. Transcribed from a counter recording with fillers and one misheard word.',
  speakers: { s: { role: 'staff', name: 'Clerk' }, c: { role: 'customer', name: 'Customer' } },
  turns: `
s: hey how's it going anything i can help you find
c: yeah uh i need a new knife for deer season my old one finally snapped at the tip
s: oh no what were you using
c: just some cheap folder i got at a gas station honestly it lasted way longer than it should have
s: ha yeah those do that so are you mostly gutting in the field or are you doing your own butchering at home too
c: both we uh feel dress it and then hang it in my buddy's garage and do the rest there
s: okay so for field dressing you want something with a gut hook or at least a drop point you don't want a sharp tip going into the stomach
c: right yeah i punctured one two years ago and that was not fun
s: nope nobody wants that smell so this one here is a three and a half inch drop point fixed blade with a gut hook on the spine
c: can i hold it
s: sure go ahead just uh watch the hook it's sharper than it looks
c: that's nice that's got some weight to it
s: yeah it's full tang so it won't snap at the tip like your old one
c: how does it do on the ribs though like splitting the sternum
s: for the sternum honestly i'd pair it with a bone saw this little folding one does the pelvis and the ribs and it packs down to nothing
c: my buddy usually does that part with a hatchet and it gets kind of messy
s: yeah a saw is a lot cleaner you're not sending bone chips everywhere
c: makes sense uh what about for skinning
s: for skinning you could use the same knife but a lot of guys like a dedicated skinner the blade's more curved so you're not cutting through the hide
c: eh i'll stick with one knife for now
s: totally fair
c: last year we got a doe with a perfect kill shot right through the lungs and it still ran like eighty yards
s: yeah that's normal they run on adrenaline even after a good shot did you find her okay
c: yeah blood trail was easy to follow so that helps
s: nice okay so knife and the saw that's eighty nine ninety nine and thirty four ninety nine
c: and uh do you sell a sharpener that'll keep this thing sharp in the field
s: this pocket one here is twelve bucks two slots coarse and fine a couple passes and you're good
c: throw that in
s: all right you want the sheath for the saw too or is the case it comes in enough
c: case is fine
s: cool uh total's one thirty seven forty three with tax
c: card
s: go ahead and tap whenever you're ready
c: good luck to me i guess
s: good luck out there stay safe and uh wear your orange
`
};
