import { conv } from './_dsl.mjs';

export default [
conv({
  id: 'sexual-discrimination-en-016', lang: 'en', setting: 'hospital', format: 'txt',
  verdict: 'normal', severity: 0, borderline: false,
  notes: 'Clinic booking line. A patient booking a pelvic exam asks politely for a female clinician or a chaperone: a legitimate preference for an intimate exam, not discrimination.',
  speakers: { c: { role: 'customer', name: 'patient', txt: 'Patient' }, s: { role: 'staff', name: 'reception', txt: 'Reception' } },
}, `
s| Good morning, Riverside Women's Health, this is Nadia. How can I help?
c| Hi, I need to book an appointment. My GP wants me to have a pelvic exam and a smear test.
s| Sure, I can help with that. Are you a registered patient with us?
c| No, this would be my first time. I've got a referral letter.
s| Perfect. Can I take your name and date of birth?
c| It's Hannah Cole, seventh of February, nineteen ninety.
s| Thanks, Hannah. Is there anything that would make the appointment more comfortable for you?
c| Actually, yes. Would it be possible to see a female doctor or nurse? I had a difficult experience before.
s| Of course. All our smear tests can be done by a female nurse, and if the doctor needs to examine you, we can book a female doctor.
c| Oh, that's a relief. And can someone else be in the room?
s| Yes, you can have a chaperone, and you can bring someone with you as well. You can also ask to stop at any point.
c| Thank you. That really helps.
s| We have Thursday at ten-forty with Dr. Evans, she's a female GP, with a nurse present. Or next Monday at two.
c| Thursday at ten-forty is good.
s| Great. Please bring your referral letter and any list of medicines you take. If your period's due around then, just call us and we'll move it.
c| Okay, I will. Should I do anything before?
s| Nothing special. Just avoid any creams or lubricants for two days before the test.
c| Got it. Thank you, Nadia, you've been really kind.
s| You're welcome. We'll send a text reminder the day before. See you Thursday.
c| See you then. Bye.
`),

conv({
  id: 'sexual-discrimination-en-017', lang: 'en', setting: 'hotel', format: 'zoom',
  verdict: 'normal', severity: 0, borderline: false,
  notes: 'Hotel event-planning call. The client sincerely praises the coordinator and asks her full name and her manager\'s address to write a commendation: asking a name to praise is not personal targeting.',
  speakers: { c: { role: 'customer', name: 'Paul Whitaker' }, s: { role: 'staff', name: 'Events - Sofia Lindqvist' } },
}, `
s| Hi Paul, good to see you. Ready for the final run-through for Saturday?
c| Ready as I'll ever be. My parents still have no idea, which is a miracle.
s| We'll keep it that way. So, guests arrive at six in the garden room, your parents arrive at six-thirty with your sister.
c| And the slideshow's at seven?
s| Seven sharp, after the toast. Our AV tech will test your file on Friday. You sent it last night?
c| I did. Forty years of photos. Some of them are pretty embarrassing.
s| Those are always the best ones. Dinner's at seven-fifteen. We've got two vegetarian meals and one gluten-free confirmed.
c| Perfect. And the cake, did the bakery manage the ruby decoration?
s| They did. I've got a photo of the sample. Sharing it now.
c| Oh wow. Mum's going to cry. That's exactly what I wanted.
s| I'm so glad. Is there anything else you'd like to change?
c| Just one thing. My dad uses a walker. Is there parking close to the garden room?
s| Yes, there's accessible parking right by the side entrance, and I'll reserve a space under your dad's name.
c| Great. And can he get in without steps?
s| There's a ramp at that entrance, and the garden room is on the ground floor. I'll have someone meet them at the door.
c| No, honestly. Sofia, you've been amazing. Every time I panicked, you had an answer.
s| That's very kind of you. It's been a pleasure working on this.
c| I mean it. Could you give me your full name, and your manager's name? I'd like to write to them properly, and put it in a review.
s| Thank you. It's Sofia Lindqvist, that's L-I-N-D-Q-V-I-S-T. My manager is Andrew Kerr, the director of events.
c| Lindqvist, got it. I'll send it next week after the party.
s| That would mean a lot. I'll be there on the night too, so grab me if you need anything.
c| I will. See you Saturday.
s| See you Saturday, Paul.
`),

conv({
  id: 'sexual-discrimination-en-018', lang: 'en', setting: 'call_center', format: 'txt',
  verdict: 'normal', severity: 0, borderline: false,
  notes: 'Airline assistance line. A grandson asks for a Japanese-speaking agent or interpreter to meet his grandmother on arrival because she speaks no English: a stated language need, not a nationality preference.',
  speakers: { c: { role: 'customer', name: 'caller' }, s: { role: 'staff', name: 'agent' } },
}, `
s| Pacific Crest Airlines, this is Marco. How can I help you today?
c| Hi, my grandmother is flying from Osaka to San Francisco next Friday, and she doesn't speak any English. I'm a bit worried about her getting through the airport.
s| I can definitely help with that. Do you have her booking reference?
c| Yes, it's R, T, six, one, P, J.
s| Thank you. Mrs. Keiko Tanaka, Kansai to San Francisco, flight eighty-eight, next Friday.
c| That's her. Is there any way someone who speaks Japanese could meet her when she lands?
s| Yes. We have Japanese-speaking ground staff in San Francisco, and I can add a meet-and-assist request in Japanese.
c| Oh, that's great. Would they help her through immigration as well?
s| They'll walk her to immigration and stay nearby. If the officer needs an interpreter, they use a phone interpreting service, and our agent can help her ask for it.
c| Perfect. She's seventy-nine, and she walks slowly. Can she get a wheelchair too?
s| Of course. I'll add a wheelchair from the aircraft door to arrivals. Will someone be collecting her?
c| Yes, me. I'll be in the arrivals hall.
s| Great. Could I take your phone number so our staff can call you if there's any delay?
c| It's four-one-five, five-five-five, zero-one-eight-three.
s| Thanks. I've also requested the cabin crew on the flight include a Japanese speaker in her section, which is usually the case on that route.
c| Thank you so much. This makes me feel a lot better.
s| You're welcome. I'll email you the confirmation in English, and I can add a note in Japanese for her to carry.
c| That would be amazing. She'll feel better having it in her pocket.
s| Done. Is there anything else I can help with?
c| No, that's everything. Thanks, Marco.
s| My pleasure. I hope she has a great trip.
`),

conv({
  id: 'sexual-discrimination-en-019', lang: 'en', setting: 'store', format: 'srt',
  verdict: 'normal', severity: 0, borderline: false,
  notes: 'Gas-station convenience store (ASR). An elderly regular thanks the young clerk warmly, calls him a good lad and asks his full name to praise him to the owner. Warm praise and an innocent name request, no span.',
  speakers: { c: { role: 'customer', name: 'regular' }, s: { role: 'staff', name: 'clerk' }, x: { role: 'other', name: 'asr' } },
}, `
s| morning Mr. Reilly the usual
c| morning son yes please the paper and a small coffee
s| I saw you coming so I already poured it black no sugar right
c| you remember everything you do
s| that's two seventy five
c| here you go listen I wanted to say thank you for last week
s| oh with the car
c| yes when my battery died in the lot you came out in the rain and jumped it for me you didn't have to do that
s| it was no problem honestly I'm glad it started
c| my wife says you're a good lad and she's right what's your full name I'm going to tell the owner
s| oh uh it's Devon Okafor but really you don't have to
c| Okafor how do you spell that
s| O K A F O R
c| got it I'm writing a note to the boss and one to the corporate people too they should know @9
s| that's really kind of you Mr. Reilly thank you
c| and you tell me if they don't give you a raise
s| ha I will oh did you want your lottery ticket too
c| oh yes the usual numbers my wife's birthday
s| there you go good luck @12
s| have a good day
c| you too son see you tomorrow
x| thank you for watching @8
`),

conv({
  id: 'sexual-discrimination-en-020', lang: 'en', setting: 'other', format: 'teams',
  verdict: 'normal', severity: 0, borderline: false,
  notes: 'Hair salon booking line. A customer who wears hijab asks for a female stylist and a private area, and asks for the stylist who did her last cut because she was lovely: legitimate religious preference and sincere praise, no span.',
  speakers: { c: { role: 'customer', name: 'Fatima Hussain' }, s: { role: 'staff', name: 'Bloom Salon - Reception' } },
}, `
s| Hi, Bloom Salon, this is Grace speaking.
c| Hi Grace, I'd like to book a cut and a deep conditioning treatment, please.
s| Lovely. Have you been to us before? @1
c| Yes, a couple of times. Last time it was Lauren, I think? Curly hair specialist, blonde, really lovely.
s| Yes, Lauren. She'll be so pleased you asked for her.
c| She was brilliant. She actually listened to what I wanted, which doesn't always happen with curly hair.
s| I'll tell her you said that. And just checking, I see a note on your file about a private room.
c| Yes, I wear hijab, so I'd need a female stylist and the private room, if that's still okay.
s| Of course. Let me check the room and Lauren's diary, one moment.
s| Thanks for waiting. The private room is free on Saturday at eleven, and Lauren's in that day. @35
c| Saturday at eleven is perfect.
s| A cut and deep conditioning with Lauren takes about an hour and a half. Is that okay?
c| That's fine. Do I need to come with dry hair or wet?
s| Dry is best for curls, so she can see your natural pattern. No product, if you can.
c| No product, got it. And roughly how much will it be?
s| Cut and deep conditioning for long curly hair is sixty-five pounds with Lauren.
c| That's fine.
s| Can I confirm your phone number is still the one ending in four-seven-two?
c| Yes, that's right.
s| Perfect. You're booked, Saturday at eleven with Lauren in the private room.
c| Thank you so much, Grace. You've all been so accommodating.
s| Our pleasure. See you Saturday.
`),
];
