// meetings-asr utterance bank — English harassment (setting|categories|text)
export default `
@en harassment
other|threat|Keep this up and every CIO I know is going to hear exactly how you handled this.
other|threat|You won't work in this town again. I mean that literally.
call_center|threat,personal_targeting|I know your office is on Fifth and Main. Maybe I'll swing by around closing time.
delivery|threat|Tell your driver if he blocks my loading dock again, he's gonna have a very bad day.
other|threat,intimidation|Do you have any idea who you're dealing with? I can end your career with one phone call.
call_center|threat|Watch your back, sweetheart. People like you always get what's coming to them.
other|threat|Be a real shame if something happened to that nice little agency of yours.
delivery|threat|I swear to God, I will put that dispatcher through a wall.
call_center|threat,personal_targeting|I'm gonna find out where you live. It's not that hard these days, you know.
other|threat|I've got friends at the trade press. One quote from me and your Q4 pipeline is gone.
call_center|threat,intimidation|You hang up on me and I'll drive down there myself. Try me.
other|abuse|You're a glorified babysitter for a Jira board, you know that?
call_center|abuse|Are you actually this dense, or is it some kind of customer service technique?
other|abuse|Honestly, a bag of hammers could run this project better than you.
delivery|abuse|Your drivers are a bunch of brain-dead clowns.
call_center|abuse|God, you're useless. Completely, utterly useless.
other|abuse|Is there a single competent person left at your company, or did they all quit?
call_center|abuse|I'd ask if you're stupid, but I think we both know the answer.
other|abuse|You people couldn't find your own backsides with a map and a flashlight.
call_center|abuse|What are you, an intern? A trained parrot would do better.
other|abuse|Listen here, you overpaid spreadsheet jockey.
other|intimidation|Don't you dare talk over me! I am paying your salary!
call_center|intimidation|Say that one more time. Go on. Say it.
delivery|intimidation|Are you messing with me? Do I sound like somebody you want to mess with?
other|intimidation|SHUT UP and listen for once in your life!
call_center|intimidation|You think this is funny? You think I'm joking right now?
other|apology_coercion|I want a written apology from your CEO, signed, on my desk tomorrow, admitting you lied to us.
delivery|apology_coercion|Your driver comes back here and apologizes on his knees in front of my staff. Then we'll talk.
call_center|apology_coercion|Say "I'm sorry I'm incompetent." Word for word. Go on, I'm waiting.
other|apology_coercion,sns_exposure|You'll post a public apology on LinkedIn and tag me in it, or this isn't over.
other|unreasonable_demand|For all this trouble, I expect the whole next phase for free. Call it an apology discount.
call_center|unreasonable_demand|Three hours down means a full year refunded, plus ten grand for my stress.
delivery|unreasonable_demand|From now on my shipments go ahead of everyone else's. I don't care about your other customers.
other|unreasonable_demand|My nephew needs an internship. You'll find him one, right? After what you've put us through.
other|unreasonable_demand|Fly your whole team out here on your dime to apologize in person. And business class for me when I visit you.
delivery|unreasonable_demand|The box has a tiny dent. Nothing inside is broken. I still want the whole order replaced and refunded.
call_center|unreasonable_demand,persistence|I know you said no. I heard you. I'm asking again, and I'll keep asking. Refund it.
other|persistence,unreasonable_demand|How many times do I have to say it? Free. Of. Charge.
call_center|persistence,threat|I'll call this line every hour on the hour until somebody caves.
delivery|persistence|This is my sixth call today, and it'll be my sixtieth if that's what it takes.
call_center|persistence,threat|I'm going to email every single person on your leadership page every day until this is refunded.
call_center|restraint|No, you don't get to end this call. I decide when we're done.
other|restraint|Nobody's leaving this meeting until I get a yes. Cancel whatever you've got next.
delivery|restraint|You're not leaving my warehouse until you sign this damage form the way I wrote it.
other|restraint|Stay on camera. If you drop off, I'll take it as you agreeing to every term.
call_center|sexual|With a voice like that, you should be doing something a lot more fun than tech support.
other|sexual|You should wear that dress to every client meeting. Keeps me paying attention.
delivery|sexual|Tell the cute driver to bring the next box up personally. And maybe stay a while.
other|sexual|Come by my hotel after the site visit. We can go over the numbers in private.
call_center|discrimination|I can't understand your accent. Transfer me to an American.
other|discrimination|No offense, but I'd rather a man led this. Women get too emotional in negotiations.
other|discrimination|Aren't you a bit old to be learning cloud stuff? Put one of the young guys on it.
call_center|personal_targeting|What's your full name and your manager's name? I'm writing to your CEO about you specifically.
delivery|personal_targeting|Which depot does that driver work out of? What time does his shift end?
other|personal_targeting,threat|I'll be calling your HR department about you personally. You'll be out by Friday.
call_center|sns_exposure|I'm recording this, and it's going straight on TikTok with your name in the caption.
delivery|sns_exposure|I've got your driver on my doorbell camera. Fifty thousand people in the neighborhood group are about to meet him.
other|sns_exposure,unreasonable_demand|Knock twenty percent off the invoice and the screenshot stays off Twitter.
other|physical,intimidation|Here's your deck back. Catch. Oh, that hit you? Maybe you should've ducked.
delivery|physical,restraint|Hold still. I'm not letting go of your arm till you take this box back.
other|threat|Funny thing about references, they can go either way. Remember that before you send me another invoice.
`;
