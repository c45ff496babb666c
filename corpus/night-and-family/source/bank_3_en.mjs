import { parseBank } from './_bankutil.mjs';

const harassment = parseBank('en', 'harassment', `
# threat
hotel|th,pt|I know what time the night shift ends. Be a shame if something happened on your walk to the car.
call_center|th|Keep talking like that and I'll drive down there and wring your neck.
store|th,di|I'll bust your face in, old man.
other|th|Somebody's gonna get hurt if I don't get on that plane, and it won't be me.
other|th|I know where you park. Nice car. Be a pity about the paint.
school|th|That instructor better watch his back when he gets off tonight.
bank|th|You think a glass window's gonna protect you? Keep stalling and find out.
# abuse
call_center|ab|You're a waste of oxygen, you know that?
bank|ab|Are you thick, or just pretending? A child could do this.
hotel|ab|Get me someone with a functioning brain, not the help.
store|ab|God, you're pathetic. No wonder you're stuck working here at three in the morning.
other|ab|You're a glorified waitress with wings. Do your job.
delivery|ab|Useless. Absolutely useless. Were you dropped on your head as a baby?
restaurant|ab|Hey, dumbass, I said no onions. Can you even read?
# intimidation
call_center|in|Don't you dare put me on hold again. Do you hear me? Don't.
store|in|You think you can mess with me? Look at me when I'm talking to you!
hotel|in|Do you know who I am? I could have your whole department gone by Monday.
bank|in|I am this close to losing it. Don't test me.
# physical
restaurant|ph|Here, take your stupid menu back. Catch!
other|ph,re|I'm not letting go of your arm until you fix this.
hotel|ph,in|There, your key card's on the floor now. Pick it up.
other|ph|Yeah, I kicked your seat. What are you gonna do about it?
# apology coercion
store|ap|Get on your knees and apologize. Right here, in front of everybody.
hotel|ap|I want a handwritten apology from your manager, signed, admitting you people are incompetent. By tomorrow.
school|ap,re|He's going to apologize to my son face to face, on camera, or I'm not leaving this office.
# unreasonable demand
other|ud|The flight was twenty minutes late, so I want all four of us in first class, plus a full refund.
hotel|ud|There was a hair in the sink. I expect the entire week comped, and the spa.
store|ud|Yeah, I dropped it in the pool, but it's your job to give me a new one. For free.
other|ud|It rained on the tour. I want every cent back and five grand for the emotional damage.
restaurant|ud|My steak was medium instead of medium rare, so the whole table eats free tonight. All twelve of us.
# persistence
call_center|pe|I've asked you six times now. I'm going to keep asking until you say yes.
bank|pe|I know what you said. I'm saying it again: waive the fee.
other|pe,th|I'll be at your office every single morning until you evict them. Every morning.
# restraint
call_center|re|I'm not hanging up. You don't get to end this call. I end it.
hotel|re|I'm not moving from this desk until the manager comes out. Call security if you want.
# sexual
hotel|se|You should come up to my room when your shift's over. I'll make it worth your while.
restaurant|se|Nice legs, sweetheart. Bend over and grab that napkin for me again.
other|se|Do they pick you girls for your looks? Because it worked. What's your number?
store|se|Got a boyfriend? Bet you'd look better out of that uniform.
# discrimination
call_center|di|Transfer me to someone who was born here. I can't understand your accent.
bank|di|I don't want a woman handling my investments. Get me a man.
store|di|Don't you people have your own country to go back to?
school|di|They let someone your age teach driving? Shouldn't you be in a nursing home, grandpa?
# personal targeting
hotel|pt|What's your full name? Spell it. I'm going to make sure you never work in hospitality again.
delivery|pt,th|Give me the driver's name and his route. I'll deal with him myself.
store|pt|When does she get off? I'll just wait for her outside.
# sns exposure
store|sn|Smile, you're going viral tonight. Say hi to my two hundred thousand followers.
restaurant|sn,pt|I've got your face and your name tag on video. Enjoy being famous, buddy.
hotel|sn,ud|Comp the room, or this video of you goes on TikTok with your name in the caption.
other|sn,pt|I'm tagging the company and posting your plate number and your face. Let's see how you like that.
`);

const hard = parseBank('en', 'hard_negative', `
call_center|I've been on hold for forty minutes. I'm not mad at you, but this is ridiculous.
other|This is the third delay. I'd like to file a formal complaint, please.
hotel|The room smells like smoke, and I booked non-smoking. I need a different room.
store|The phone died after a week. I want a replacement, not a repair.
bank|If this isn't fixed by Friday, I'll be filing a complaint with the consumer financial protection bureau.
other|I'm going to talk to a lawyer about the deposit. I just wanted you to know where I stand.
other|I'm going to leave an honest review. The guide was great; the hotel was not.
store|Damn it, I left my charger at home again. I'd forget my head if it wasn't screwed on.
store|Oh come on, this stupid game. I'm gonna kill this boss if it's the last thing I do.
other|Son of a... I missed it by two minutes. Okay. Okay. When's the next one?
hotel|Ugh, I'm such an idiot. I locked my keys in the car. Any chance you have a number for a locksmith?
bank|The man on the phone said they'd hurt my grandson if I didn't pay. That's why I wired the money.
call_center|My ex left a voicemail saying he'd kill me if I didn't drop the case. Can you help me change my number today?
other|Someone keeps shouting "I'll burn this place down" in the hallway at night. Can you check the cameras?
other|My last driver told me a passenger pulled a knife on him last week. Scary stuff. Does that happen a lot?
store|I'd like to return this chef's knife. It's chipped at the tip.
other|Can I pack a hunting knife in my checked bag, or does it have to be shipped?
hotel|My mother passed away yesterday. I'm here for the funeral. Sorry, give me a second.
other|My husband died last month. We were supposed to go on this cruise together. I can't go alone.
bank|I need to close my son's account. He passed in March. I'm sorry, it's hard to say out loud.
bank|I'm sorry, dear, did I ask you this already? When does my Social Security come in?
delivery|Did I call earlier? My memory's terrible these days. I just wanted to check on my granddaughter's parcel.
other|Where are we going again? Sorry, I get muddled this late at night.
hotel|Heyyy, sorry, I'm a little drunk. Which way's the elevator? You're a lifesaver.
restaurant|Best burger of my life. I'm serious. Tell the cook I love him.
other|Thanks for getting me home, man. Sorry I'm so hammered. Here's a little extra for your trouble.
call_center|Sorry I yelled. That wasn't fair to you. It's been a really bad week.
store|Are you kidding me? ... Sorry. Sorry, that was rude. It's not your fault the system's down.
other|This is a joke! ... I apologize, I shouldn't have snapped at you. What are my options?
bank|Hi, I'm her son. Mom asked me to help sort out the fee on her account, if that's okay with her.
school|I'm his mother. He's upset, but he has a fair point: the instructor was late three times. Let me explain.
other|Let me take over, honey. Hi, I'm Dave, her husband. We just want the heat fixed and the rent credit the lease mentions.
hotel|Can I get your name? I want to mention you in my review. You've been amazing.
store|Could I speak to your manager? I want to tell them how helpful you were.
call_center|What's your name, in case I need to call back about this ticket?
restaurant|This hot sauce is killing me. Can I get a glass of milk?
other|The caterer knocked it dead. Everyone's still talking about the food.
store|This battery's swollen like it's about to explode. Is it safe to leave it here?
other|Honestly, the tour was a disaster, but you've been great on the phone. I'll say so in the survey.
bank|I'm going to record this call for my own records, if that's alright. I've had issues before.
other|My luggage came off the belt destroyed. It was my grandmother's. I need this documented.
delivery|I'm furious. The box said fragile and it arrived smashed. Please tell me how to file a claim.
school|I failed again. I'm so mad at myself I could scream. When's the next test slot?
call_center|I'm not satisfied, but I'll wait for the written response. Thanks for your time.
hotel|My dad has dementia, and he called your front desk a bunch of times last night. I'm so sorry about that.
`);

const ordinary = parseBank('en', 'ordinary', `
bank|I'd like to order new checks, please.
bank|What time does the branch close on Saturdays?
other|Could I switch to an aisle seat?
other|Is there Wi-Fi on this flight?
hotel|Could I get a late checkout, around one?
hotel|Is breakfast included in my rate?
other|Downtown, please. The hotel on Fifth and Main.
store|Do you have this case in blue?
store|How much would it cost to add a line for my daughter?
school|Can I book two lessons next week?
other|Do you allow outside photographers at the ceremony?
other|Do I need a visa for Japan with a US passport?
other|When does the pool open this summer?
restaurant|Could we get a table for five?
restaurant|Can we get the check, please?
delivery|Can I change the delivery address on my package?
call_center|I'd like to update my billing address.
store|Do you install screen protectors here?
hotel|Can you recommend a good place for breakfast nearby?
other|Where's the lost and found?
bank|Can I deposit a check at the ATM?
school|What documents do I need to bring for the permit test?
other|I'd like to reserve the community room for a birthday party.
store|Are you open on Christmas Eve?
`);

export const bank = [...harassment, ...hard, ...ordinary];
