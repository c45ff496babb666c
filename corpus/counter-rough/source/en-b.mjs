// English normal conversations
export default [
{
  id: 'counter-rough-en-011', lang: 'en', setting: 'store', verdict: 'normal', severity: 0, borderline: false, format: 'json',
  notes: 'Kitchen store: a line cook buys a chef\'s knife and a boning knife and jokes that his old one "couldn\'t kill a tomato". Knife and killing words in an ordinary purchase.',
  speakers: { C: { role: 'customer', name: 'Customer' }, S: { role: 'staff', name: 'Clerk' } },
  script: `
S: hey, anything I can help you find
C: yeah, I need a new chef's knife, mine's so dull it couldn't kill a tomato
S: ha, been there, what do you mostly cut
C: I'm a line cook, so everything, onions all day, some butchery on weekends
S: okay, so you want something that holds an edge, this eight inch German one is a workhorse, or this Japanese gyuto if you want it really sharp
C: can I hold them
S: sure, careful, the gyuto is scary sharp out of the box
C: oh yeah, that one's nice, lighter, it'd go through a chicken like butter
S: for breaking down chickens you might want a boning knife too, the gyuto can chip on bones
C: good point, what've you got
S: this six inch flexible one, it follows the bone, great for deboning thighs
C: um, how much for both
S: the gyuto's one forty nine, the boning knife is forty five, if you get both I can throw in a blade guard
C: deal, and do you sharpen here
S: yeah, we do it Saturdays, five bucks a knife
C: perfect, I'll bring my old ones, put them out of their misery
S: cool, I'll wrap these up, you need a box or a knife roll
C: just the guards is fine, I've got a roll at work
~ Thank you for watching.
`},
{
  id: 'counter-rough-en-012', lang: 'en', setting: 'other', verdict: 'normal', severity: 0, borderline: false, format: 'txt',
  notes: 'City bus: a regular passenger and the driver tease each other ("you\'re late again, I\'m reporting you to the mayor"), then a tourist asks about the stop for the museum. Friendly banter and an ordinary inquiry.',
  speakers: { C: { role: 'customer', name: 'Regular', tag: 'Customer' }, T: { role: 'customer', name: 'Tourist', tag: 'Passenger' }, S: { role: 'staff', name: 'Driver', tag: 'Staff' } },
  script: `
C: Morning, Frank. Four minutes late. I'm reporting you to the mayor.
S: The mayor owes me twenty bucks, he won't listen to you. Morning, Eddie.
C: How's the knee?
S: Still attached. How's your wife putting up with you?
C: Barely. She says hi. She also says you drive like a maniac.
S: Tell her I'm gonna hit every pothole on Elm just for her.
C: Ha. I'll be right here in the front seat, as usual.
T: Excuse me, does this bus go to the art museum?
S: It sure does. It's the stop after the courthouse, about twenty minutes.
T: Great. Can I pay with a card?
S: Yep, just tap it on the reader there. Two seventy-five.
T: Thank you. Could you let me know when we get there? I don't know the city.
S: No problem, I'll call it out. Eddie will remind me if I forget.
C: He forgets everything. Last week he forgot to stop at my stop.
S: That was on purpose.
+420 S: Art museum, next stop. That's you, miss.
T: Thank you so much!
S: Enjoy. The cafe on the second floor's good.
C: See you tomorrow, Frank. Try to be on time.
S: Don't count on it.
`},
{
  id: 'counter-rough-en-013', lang: 'en', setting: 'store', verdict: 'normal', severity: 0, borderline: false, format: 'teams',
  notes: 'Pharmacy counter in a grocery store: a man asks whether his father could overdose by mixing painkillers and mentions his mother died last month. Alarming words (overdose, died) in a caring ordinary question.',
  speakers: { C: { role: 'customer', name: 'Customer' }, S: { role: 'staff', name: 'Priya Nair, PharmD' } },
  script: `
C: Hi. I have a question about my dad's medications. I'm kind of worried.
S: Of course. What's going on?
C: He's eighty-four. He takes Tylenol for his back, and the doctor also gave him this cold medicine. Could he overdose on the combination?
S: Good question. Let me look at the label. Yes, this cold medicine also has acetaminophen in it, which is the same thing as Tylenol.
C: So he's getting double?
S: Potentially, if he takes both at full dose. Too much acetaminophen can seriously damage the liver. It can be fatal in large amounts.
C: Oh God. Okay. My mom died last month, and since then he's been handling his pills himself, and I don't think he reads the labels.
S: I'm so sorry about your mom. That's a lot to deal with. For now, I'd have him skip the Tylenol while he's on the cold medicine.
C: Okay. Is there anything I can do so he doesn't mix things up?
S: A weekly pill organizer helps a lot. And we can do a free medication review with him. Bring all his bottles in, even vitamins.
C: That would be great. Can I book that now?
S: Sure. Thursday at ten? It takes about twenty minutes.
C: Thursday works. Should I bring him, or can I just bring the bottles?
S: Bring him if you can. It helps to hear how he actually takes them.
C: Perfect. Thank you. I feel a lot better.
S: Any time. And if he ever seems confused or yellowish, call his doctor right away.
`},
{
  id: 'counter-rough-en-014', lang: 'en', setting: 'store', verdict: 'normal', severity: 0, borderline: false, format: 'zoom',
  notes: 'Car dealer service counter: a long-time customer and the service advisor trade jokes ("you robbers", "I\'ll kill you if it\'s the brakes again") while booking an oil change and brake check. Friendly banter, no target.',
  speakers: { C: { role: 'customer', name: 'Marcus Bell' }, S: { role: 'staff', name: 'Service Advisor Jen' } },
  script: `
S: Marcus! Back again. What did you break this time?
C: I didn't break anything. Your robbers broke it last time.
S: We're not robbers, we're artists. Expensive artists.
C: It's making that squeal again when I brake. If it's the brakes again, I'll kill you.
S: You'll have to get in line, my kids want to kill me first. Let me pull up the file.
C: How are the kids?
S: Teenagers. So, loud. Okay, last brake job was fourteen months ago, front pads. It might just be the wear indicator.
C: That's the little metal thing that screams at you?
S: Exactly. It's built to be annoying. Can you leave it today?
C: I can leave it till four. Do the oil change while it's in there.
S: Sure. Oil change is sixty-nine. If it's pads, it's under the parts warranty, so just labor.
C: See, that's why I keep coming back to you crooks.
S: Don't tell anyone. Shuttle's leaving in ten if you want a ride.
C: I'll walk, it's nice out. Call me before you do anything crazy.
S: I always do. You'll get a text with the quote.
C: Thanks, Jen.
`},
];
