import { conv } from './_dsl.mjs';

export default [
conv({
  id: 'sexual-discrimination-en-001', lang: 'en', setting: 'call_center', format: 'txt',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Airline reservations. The caller asks for "someone who speaks proper English" although the agent is clear, repeats it after a clear answer and mocks her accent; the supervisor refuses to switch on that basis. Restating once to the supervisor is discrimination but not persistence.',
  speakers: { c: { role: 'customer', name: 'caller' }, s: { role: 'staff', name: 'Priya', txt: 'Agent' }, m: { role: 'staff', name: 'Daniel', txt: 'Supervisor' } },
}, `
s| Thank you for calling Northway Airlines, my name is Priya, how can I help you today?
c| Yeah, hi. I need to move my flight to Denver, it's on the twelfth.
s| I can certainly help with that. May I have your booking reference, please?
c| Hang on. Sorry, where are you based?
s| I'm with our customer care team, sir. Whenever you're ready with the reference.
c| Right. Look, no offence, but could you transfer me to someone who speaks proper English? #dc
s| I'm able to help you with the change, sir, and I'll repeat every detail back to you so nothing gets missed.
c| Love, I can barely make out half of what you're saying. Just put me through to someone local, would you? #dc,ps
s| I understand you want this done correctly. Let's go step by step. Your booking reference, please?
c| Step by step. Brilliant. Kindly do the needful, is it? #dc,ab
s| Sir, I'm going to ask you not to mock my accent. I'm here to help you with your booking.
c| I'm not mocking anyone, I'm asking for a normal person. How many times do I have to say it? #dc,ps
s| I'll bring in my supervisor. Please hold for a moment.
m| Hi, this is Daniel, I'm the supervisor on shift. I understand there's an issue with changing your flight? @34
c| Finally, someone I can actually understand. Your girl there was hopeless. #dc,ab
m| Priya is one of our most experienced agents, and we don't reassign calls based on accent or where someone's from.
m| I'm happy to finish the change with you now, but I'd ask you to keep it respectful.
c| Whatever. Just get it done.
m| Of course. What's the booking reference?
c| Q, as in Quebec, seven, L, M, four, X.
m| Thank you. Mr. Hollis, Seattle to Denver, the twelfth at eight fifteen a.m., one passenger. What date would you like?
c| The fourteenth, same time if you've got it.
m| There's an eight forty-five on the fourteenth with seats available. The fare difference is thirty-eight dollars.
c| Fine, do it. Same card.
m| All set. You're on flight 2214 on the fourteenth, departing eight forty-five. A confirmation email's on its way.
c| Good. And next time, I want someone from here.
m| I can't promise that, sir. Everyone on this line is trained to help you. Is there anything else today?
c| No.
m| Thanks for calling Northway. Have a good day.
`),

conv({
  id: 'sexual-discrimination-en-002', lang: 'en', setting: 'hotel', format: 'srt',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Hotel front desk in the evening (ASR). A guest tells the receptionist to smile, calls her sweetheart, asks when she gets off, presses a drink, and asks her to bring pillows up herself with the door open: sexual, repeated after refusal. The duty manager steps in. No threat of harm.',
  speakers: { c: { role: 'customer', name: 'guest' }, s: { role: 'staff', name: 'receptionist' }, m: { role: 'staff', name: 'manager' } },
}, `
s| good evening welcome back to the Harborview how can I help
c| hey uh yeah I need a couple extra pillows up in eight fourteen
s| of course I'll have housekeeping send those up right away
c| great great you know you should smile more sweetheart pretty girl like you #sx
s| um is there anything else I can help you with tonight
c| yeah what time do you get off I'll be down at the bar let me buy you a drink #sx
s| that's kind of you but I don't socialize with guests
c| come on one drink won't kill you nobody's gonna know #sx,ps
s| I'm going to have to say no sir the pillows will be up in about ten minutes
c| or you could bring 'em up yourself I'll leave the door open you know #sx,ps
s| sir I'm not comfortable with these comments please stop
c| relax it's a joke you people are so uptight
s| I'm going to get my manager one moment
m| hi there I'm Marcus the duty manager is everything okay @18
c| yeah everything's fine just asked for pillows and she gets all weird
m| I understand there were some comments made to Jess about going for a drink and coming up to your room
m| that's not okay with our team I'm going to ask you to keep things professional for the rest of your stay
c| wow okay it was a compliment man
m| I get that you may have meant it that way but she's asked you to stop so that's where it ends
m| housekeeping will bring your pillows up is there anything else you need from the desk tonight
c| no I'm good
m| alright have a good night
c| yeah whatever
s| thanks Marcus @3
m| you okay take five in the back I'll cover the desk
`),

conv({
  id: 'sexual-discrimination-en-003', lang: 'en', setting: 'restaurant', format: 'json',
  verdict: 'kasuhara', severity: 3, borderline: false,
  notes: 'Pub bar (ASR). A drunk customer comments on the bartender\'s body, asks for her number, tells her to lean over, then grabs her arm (physical on his cue before her reaction); security removes him. Ordering drinks is ordinary.',
  speakers: { c: { role: 'customer', name: 'patron' }, s: { role: 'staff', name: 'bartender' }, m: { role: 'staff', name: 'security' }, x: { role: 'other', name: 'asr' } },
}, `
s| what can I get you
c| uh pint of the pale and a whiskey neat
s| sure any preference on the whiskey
c| whatever's cheapest love
s| that'll be fourteen fifty
c| keep the change yeah and lean over a bit more when you pour next time #sx
s| I'll just pour it the normal way thanks
c| bet you make a fortune in tips with that figure eh #sx
s| can I get you anything else
c| your number would do #sx
s| not happening mate
c| aw come on don't be like that I'm a nice guy I'll take you somewhere posh #sx,ps
s| I said no I'm working
c| you're working alright all dolled up like that come here a sec #sx,ph
s| hey let go of my arm let go @0.3
s| Dave can you come over here please @0.8
m| alright mate hands off her now @2
c| I was only having a laugh she's fine
m| doesn't look like a laugh to me you're done for tonight finish up and out
c| I just paid for that whiskey
m| you can leave it or down it but you're leaving
c| this is a joke I'll never come back here
m| that works for us come on door's this way
c| alright alright get off me I'm going
x| thanks for watching @6
s| thanks Dave
m| you alright did he hurt you
s| I'm fine just a bit shaken I'll write it up in the incident book
m| I'll pull the camera footage before close
`),

conv({
  id: 'sexual-discrimination-en-004', lang: 'en', setting: 'call_center', format: 'teams',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Airline elite-member desk (Teams phone). The caller demands "a man" instead of the young female specialist, belittles her age, and says she would understand with a husband paying her bills: gender/age discrimination with a sexist remark, repeated after a clear answer. Another woman supervisor takes over; his one grumble to her is still discriminatory.',
  speakers: { c: { role: 'customer', name: 'Richard Hale (External)' }, s: { role: 'staff', name: 'Chloe Martin' }, m: { role: 'staff', name: 'Angela Ruiz' } },
}, `
s| Thank you for calling the Skyward Platinum desk, this is Chloe. How can I help you today, Mr. Hale?
c| Yes, I'm on the London flight Thursday and I want the upgrade I was promised. The app's showing me in premium economy.
s| I'm sorry about that. Let me pull up your booking. One moment.
c| Actually, you know what, put a man on. I'm not going through my upgrade with a girl. #dc
s| I'm the platinum specialist on this line, sir, and I can absolutely help with the upgrade.
c| Sweetheart, I've been flying this route since before you were born. Is there a guy there or not? #dc,ps
s| I'd ask you not to call me sweetheart. There's no one else who'll be able to do more than I can for this booking.
c| How old are you, twenty-two? You should be at college, not handling platinum accounts. #dc
s| Mr. Hale, I'm going to continue with your booking. I can see your upgrade request was waitlisted, not confirmed.
c| Waitlisted. Right. You'd understand how this works if you had a husband paying your bills. #dc,sx
s| Sir, comments about my age, my gender or my private life are not acceptable. If they continue, I'll end the call. I'm going to bring in my supervisor.
m| Hi Mr. Hale, this is Angela Ruiz, I manage the platinum team. I hear there's a problem with your upgrade. @25
c| Another woman. Unbelievable. Is the whole desk staffed by girls? #dc
m| Our team is staffed by trained specialists, sir, and Chloe was handling your request correctly. I'll also be clear: the remarks made to her are not acceptable on this line.
c| I didn't say anything that bad. I just want my upgrade.
m| Understood. Your request was waitlisted at booking. Right now business class on Thursday is full, and you're first on the list.
c| First. So I'll get it?
m| If a seat opens, yes, it clears automatically and you'll get an email. I can also offer lounge access and priority boarding as a gesture, since the app showed it confusingly.
c| The app said confirmed. It literally said confirmed.
m| I can see why that was confusing. I'm reporting the display issue. Would you like the lounge access added?
c| Fine. Add it.
m| Done. You'll see it on your boarding pass. Anything else?
c| No. That's all.
m| Thank you for flying Skyward. Have a safe trip.
`),

conv({
  id: 'sexual-discrimination-en-005', lang: 'en', setting: 'hospital', format: 'zoom',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Telehealth visit. The patient says he wanted an "American doctor", questions whether a foreign degree can be trusted and asks again for a doctor "from here" after the doctor explains the options: nationality discrimination framed as preference. Asking for captions because of audio is fine.',
  speakers: { c: { role: 'customer', name: 'Gary Wilkins' }, s: { role: 'staff', name: 'Dr. Chidi Okonkwo' } },
}, `
s| Good morning, Mr. Wilkins. I'm Dr. Okonkwo, I'll be seeing you today about your blood pressure follow-up. Can you hear me okay?
c| Yeah, I can hear you. Huh. Okonkwo. I was kind of hoping for an American doctor, no offence. #dc
s| I understand. I'm your assigned physician today. Let's go through your readings from the last two weeks.
c| Where'd you even train? Can I trust a medical degree from over there? #dc
s| I trained in Lagos and completed my residency in Ohio. I'm board certified in internal medicine. Now, your readings?
c| Mostly one-forty over ninety in the morning. Look, I'd rather switch to a doctor who's, you know, from here. #dc,ps
s| You're free to request a different physician through scheduling for your next visit. I'd just say that where I'm from has no bearing on your care.
c| It's not racist. It's the accent. I miss half of what you're saying.
s| That's fair to raise. I can turn on live captions, and I'll slow down. Would that help?
c| ...Sure, turn them on.
s| Done. You should see text at the bottom of your screen now. Your morning readings are higher than we'd like. Are you taking the lisinopril every day?
c| Most days. I forget sometimes on weekends.
s| That's common. A weekly pill organizer and a phone alarm help a lot of people. How's your salt intake?
c| Probably too much. I eat out a lot. Work lunches.
s| If you can, pick one or two lunches a week to bring from home. Even that makes a difference.
c| Okay. I can try that.
s| I'm going to keep the same dose for now and recheck in four weeks. If the mornings are still over one-forty, we'll add a second medication.
c| Alright. The captions are actually pretty good.
s| I'm glad. Scheduling will reach out about the follow-up. You can tell them your preference for a physician then.
c| Yeah, we'll see. Thanks, doc.
s| Take care, Mr. Wilkins.
`),
];
