export default String.raw`
H store sexual | You'd look even better with that apron off, just saying.
H store sexual,personal_targeting | Give me your number, not the salon's. I'll text you something fun.
H other sexual | Spot me on the bench, sweetheart. Stand a bit closer, I like the view.
H hotel sexual | Does the massage come with a happy ending if I tip well?
H store sexual | Bend over and grab that tyre again, I wasn't watching properly.
H other sexual,physical | Relax, I'm only touching your waist. You're tense.
H restaurant sexual | Smile more, babe. Pretty girls like you should smile.
H store personal_targeting | What's your full name? And which days do you work? I'll come back then.
H other personal_targeting,threat | I saw you get into the silver Civic last night. Nice neighbourhood.
H call_center personal_targeting,unreasonable_demand | I want the mechanic who did this fired. Today. Give me his name.
H store sns_exposure | Say that again, I'm recording. This is going on TikTok with your face.
H other sns_exposure,unreasonable_demand | Comp my membership and I won't post the video of you.
H hotel sns_exposure,personal_targeting | Your name's on the badge, Martina. Enjoy being famous on Tripadvisor.
H store threat | You'll regret this. I know people.
H other threat | Watch your back walking to that bus stop, pal.
H store threat,persistence | I'll be here every single morning until you fix it for free.
H store abuse | You're an idiot. A trained monkey could cut hair better.
H other abuse | Useless. Absolutely useless. How did you even get this job?
H call_center abuse | Are you thick? I've explained it three times, you moron.
H store intimidation | Hey! Look at me when I'm talking to you!
H other intimidation,physical | (slams the club on the counter) Now do I have your attention?
H restaurant intimidation | Don't you dare walk away from me!
H store apology_coercion | Get on your knees and apologise. Properly.
H other apology_coercion | I want a signed letter from your boss saying you screwed up. Handwritten.
H store unreasonable_demand | I used the whole ten sessions, but I want a full refund, they didn't work.
H hotel unreasonable_demand | The view was cloudy. Refund both nights and throw in dinner.
H other unreasonable_demand | Make it worth my while, or I take my business elsewhere. You know what I mean.
H call_center persistence | I'm asking you for the fourth time. Refund. Me. Now.
H call_center restraint | Don't you dare hang up on me. We're not finished until I say so.
H store restraint | I'm not leaving this chair until I get my money back.
H other discrimination | Can I get someone who speaks proper English? Not you.
H store discrimination | A girl mechanic? No thanks. Get me one of the guys.
H other discrimination | You're too old to be teaching spin class, grandma.
H store discrimination,abuse | Go back to your own country and cut hair there.
H other discrimination | I'm not being handled by someone in a wheelchair, get me a normal person.
H store physical | (throws the keys at the advisor) Catch. Fix it properly this time.
N store | My bra keeps riding up at the back. Could you measure me again?
N store | I'd like a Brazilian wax, but leave a small strip at the front.
N hospital | She's in heat. When is the best day to bring the stud over?
N hospital | He keeps humping the cushions. Will neutering stop that?
N other | How long can the body stay at home before it needs to come to you?
N other | Could a female director handle my mother's washing? She was very private.
N store | I'd prefer a female stylist. I'm going through chemo and I'm self-conscious.
N store | You did an amazing job. What's your name? I want to leave you a good review.
N store | Honestly, you have the best hands in the business.
N other | Ha, you killed me in that class. Loved it. See you Thursday.
N store | This car is killing me. Third time in. Sorry for snapping, not your fault.
N store | Brakes failed again after your repair. I want a manager and a written report.
N call_center | I'm going to report this to the consumer ombudsman.
N hotel | I'll write an honest review, the good and the bad.
N other | Why him? Why my boy? He was only eight!
N other | I'm sorry, I just can't stop crying. Can you explain the cremation again?
N other | A friend said someone screamed "I'll kill you" at staff here. Awful.
N store | Damn it, I dropped my phone in the car wash bay again.
N other | You're going down at mini golf next week, Dave! (to a regular staff member)
N store | You again? Don't butcher my fringe this time, Sam. Kidding, you're the best.
N call_center | Could you speak a bit slower? I'm hard of hearing.
N store | Can you read the contract to me? My eyesight isn't great.
N other | Sorry for asking again, my memory isn't what it was. Which locker did you say?
N store | I'm furious at the situation, not you. The deposit was due back weeks ago.
N other | We've waited forty minutes past our slot. What's happening?
N other | The nets on bay nine are torn. Someone's going to get hurt.
N hospital | Please be honest with me, doctor. Is she in pain?
N store | Do you do waxing for men? My back is a jungle.
O store | Do you have anything free on Saturday morning?
O store | Just a trim, please, an inch off.
O store | Can I pay by card?
O other | How much is a large bucket?
O other | Is the sauna mixed or separate?
O other | What time does the pool close tonight?
O other | Can we extend the room by an hour?
O store | When's my car going to be ready?
O store | Do you do MOTs on Saturdays?
O hospital | I need to book a booster for my cat.
O other | Do you offer packages for small weddings?
O school | Can I move my lesson to Friday?
O store | Is the flat on Mill Lane still available?
O hotel | Could we get late checkout tomorrow?
O restaurant | Table for three, please.
O call_center | I'd like to update my card details.
O other | Do you do passport photos?
O store | Thanks, see you next month.
`;
