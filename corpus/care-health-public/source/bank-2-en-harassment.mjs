// Utterance bank: English harassment.
const H = (setting, text, cats) => ['en', 'harassment', setting, text, cats];
export const bank = [
// threat
H('hospital', "You'd better hope nothing happens to my mum, because if it does, I'm coming for you.", 'threat'),
H('hospital', "I know what time the night shift finishes. Maybe I'll be waiting by the bus stop.", 'threat,personal_targeting'),
H('school', "Keep talking like that and see what happens to you in that car park.", 'threat'),
H('store', "Give me the pills or I swear I'll put you through that glass.", 'threat,unreasonable_demand'),
H('municipal', "People like you end up getting hurt, you know that? Just saying.", 'threat'),
H('care', "If my dad gets one more bruise, somebody in this building is going to get one too.", 'threat'),
H('hospital', "I'll burn this place to the ground, see if I don't.", 'threat'),
H('call_center', "I've got your first name and I know which office you're in. Wouldn't take me long.", 'threat,personal_targeting'),
H('school', "Nice little house you've got on Birch Lane, Mr. Collins. Be a shame if anything happened to it.", 'threat,personal_targeting'),
H('hospital', "Touch my wife again without asking and you'll be needing a doctor yourself.", 'threat,intimidation'),
// abuse
H('hospital', "You're a glorified secretary. Stop pretending you know anything about medicine.", 'abuse'),
H('care', "You lot are nothing but bottom-wipers on minimum wage. Don't tell me how to look after my own mother.", 'abuse'),
H('school', "You're a pathetic excuse for a teacher. No wonder the kids walk all over you.", 'abuse'),
H('store', "Are you actually stupid or just pretending? It's a box of tablets, not rocket science.", 'abuse'),
H('call_center', "Put me through to someone with a working brain cell, if there's one in the building.", 'abuse'),
H('hospital', "Useless cow. Did you buy your nursing degree off the internet?", 'abuse'),
H('municipal', "Leeches, the lot of you. Living off my taxes and doing sod all.", 'abuse'),
// intimidation
H('hospital', "Don't you dare walk away from me while I'm talking to you!", 'intimidation'),
H('municipal', "Look at me. LOOK at me when I'm speaking to you!", 'intimidation'),
H('care', "Sit down. No, sit DOWN. We're not finished.", 'intimidation,restraint'),
// physical
H('hospital', "Oh, boo-hoo, I gave her a little shove. She was in my way.", 'physical'),
H('store', "There's your precious prescription form, catch! Right in the face, nice.", 'physical,abuse'),
H('municipal', "I'll smash this screen if you don't get your manager out here, watch me.", 'physical,threat'),
// apology_coercion
H('school', "I want a signed letter of apology from the principal, on school letterhead, by Friday, admitting it was your fault.", 'apology_coercion'),
H('hospital', "Get down on your knees and apologise to my father. Now.", 'apology_coercion,intimidation'),
H('care', "Every single carer on that shift is going to come to my mother's room and say sorry to her face.", 'apology_coercion'),
// unreasonable_demand
H('hospital', "I waited three hours, so I want five grand in compensation. Cash, not a cheque.", 'unreasonable_demand'),
H('store', "The pharmacy messed up once, so you'll give me my prescriptions free for the rest of the year.", 'unreasonable_demand'),
H('municipal', "Just write off my council tax this year and we'll forget all about it.", 'unreasonable_demand'),
H('school', "While you're at it, you can write my son's college essay. You're an English teacher, aren't you?", 'unreasonable_demand'),
H('care', "I want one carer assigned to my mum full time, just for her, for the same fee.", 'unreasonable_demand'),
// persistence
H('call_center', "This is my eleventh call today and it won't be the last. I'll ring every hour until you cave.", 'persistence,threat'),
H('municipal', "I don't care how many times you say no. I'm going to keep asking till I hear yes.", 'persistence'),
H('school', "I'll be in your office every morning at eight until this grade is changed. Every single morning.", 'persistence,threat'),
H('hospital', "How many more times do I have to say it before it goes into your thick skull?", 'persistence,abuse'),
// restraint
H('municipal', "I'm not leaving this desk until I've got the keys in my hand. Call whoever you like.", 'restraint'),
H('call_center', "Don't you hang up on me. You hang up and I'll call straight back, and again, and again.", 'restraint,persistence'),
H('hospital', "Nobody's going home till I get an answer. I'll stand in this doorway all night if I have to.", 'restraint,intimidation'),
// sexual
H('hospital', "You can give me a bed bath any time, sweetheart. Take your time with it.", 'sexual'),
H('store', "With a body like that, you're wasted behind a pharmacy counter.", 'sexual'),
H('school', "Miss Carter, what are you doing after parents' evening? I could give you a lift home... or somewhere else.", 'sexual'),
H('call_center', "Mmm, I love that voice. What are you wearing right now?", 'sexual'),
// discrimination
H('hospital', "I'm not being seen by someone in a headscarf. Get me a normal nurse.", 'discrimination'),
H('municipal', "Go back to your own country and let an English person do this job.", 'discrimination,abuse'),
H('care', "A male carer? No. Men aren't built for this kind of work, find me a proper woman.", 'discrimination'),
// personal_targeting
H('care', "I want that nurse struck off. I'll be writing to the council, the papers and her regulator until she's gone.", 'personal_targeting'),
H('hospital', "What's your full name? Spell it. I'm going to make sure you never work in healthcare again.", 'personal_targeting'),
// sns_exposure
H('school', "I've got your face on video, Mr. Patel. Forty thousand followers are about to meet you.", 'sns_exposure'),
H('hospital', "Smile for the camera, love. You're going viral tonight, name and all.", 'sns_exposure'),
H('municipal', "Refund me now or this clip of you goes on every local Facebook group by lunchtime.", 'sns_exposure,unreasonable_demand'),
];
