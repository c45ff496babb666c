export default {
  id: 'threats-and-hard-negatives-en-006', lang: 'en', setting: 'delivery', verdict: 'kasuhara', severity: 3, borderline: false,
  format: 'json',
  notes: 'Parcel courier customer-service line, long call. A laptop is misdelivered to a neighbour\'s door; the complaint and the trace request are legitimate and not spans. After clear answers the caller keeps pressing for $1,000 "for my time" in ever-new wording, demands the driver\'s name and firing, offers to keep the driver\'s doorbell-camera video offline in exchange for money, announces daily calls and depot visits, refuses to hang up, and keeps going after the supervisor reports the parcel recovered. Sustained harassment across several categories (severity 3). Phone transcription with fillers, missing punctuation, misheard words and an invented line during hold.',
  speakers: { s: { role: 'staff', name: 'Agent' }, c: { role: 'customer', name: 'Caller' }, x: { role: 'other', name: '' }, v: { role: 'staff', name: 'Supervisor' } },
  turns: `
s: thank you for calling swiftline parcel my name is kim can i have the tracking number please
c: yeah it's uh s w one one four seven seven zero two nine eight eight
s: thank you and can i get the name and the delivery address
c: curtis vance fourteen a larchmont court
s: thank you mr vance how can i help
c: your app says my package was delivered yesterday at two thirty one it was not delivered it's not here
s: i'm sorry to hear that let me take a look
~14
s: okay i see it it's a package from techmart delivered at two thirty one pm left at front door with a photo
c: yeah i looked at the photo that's not my door
s: okay can you tell me what you're seeing
c: my door is green mine's got a brass knocker that door in the photo is white with a wreath that's fourteen b across the hall
s: oh okay so you think it was left at fourteen b

c: i don't think i know i've got a doorbell camera the driver walks right past my door and puts it down at b
s: okay that's really useful do you know roughly what time it shows on the clip
c: two thirty on the dot uh two thirty one maybe same as your app
s: that matches the scan time and the gps on the scan puts the driver in your building so it does look like he was at the right building just the wrong door
c: yeah the right building the wrong door that's kind of the whole problem
s: thank you for checking that that's really helpful have you been able to ask your neighbor

c: they're away they're in florida till next week nobody's answering
s: okay is there a building manager or a super who might have a key or could check the hallway
c: there's a super but he only comes tuesdays and thursdays i left him a voicemail
s: that's a good idea if he calls you back before we do let us know and we'll close the trace
s: okay i'm sorry about that so here's what i'm going to do i'm opening a trace on the package and flagging it as a misdelivery with the address you gave me
c: what does a trace do
s: it goes to the local depot and they contact the driver the driver's required to go back to the address and retrieve the package if it's still there
c: if it's still there it's been sitting in a hallway for a day
s: i understand it's a shared hallway so there's a decent chance it's still sitting there
c: it's a laptop it's a two thousand four hundred dollar laptop
s: okay i've noted the value the shipper declared it at two thousand three hundred ninety nine so it's fully covered if it's lost
c: covered by who
s: because techmart is the shipper the claim goes through them if we can't recover it techmart either sends a replacement or refunds you and we reimburse them
c: so i have to call techmart
c: because i already called techmart this morning and they told me to call you
s: that's pretty common the shipper usually waits for the carrier's trace result first that's why they sent you to us
c: so i'm just getting bounced back and forth
s: i get why it feels that way the trace is the first step and it's what both of us need before any claim
s: not yet let the trace run first the depot usually responds within twenty four to forty eight hours
c: forty eight hours i needed that laptop for work today i took today off to set it up
s: i'm really sorry i know that's frustrating
c: it's more than frustrating i lost a day of pay over this
s: i understand i'll add a note about that to the trace
c +1.2: a note okay so what are you gonna do about the day i lost
s: unfortunately we don't reimburse lost time or wages but i can make sure the redelivery is prioritized once it's recovered
c: i want a thousand dollars for my time that seems fair
s: i'm sorry mr vance we're not able to pay compensation for lost time the coverage is for the value of the package
c {persistence,unreasonable_demand} +0.4: so your driver drops my laptop at the wrong door and i'm the one eating a day's pay that's your policy
s: i know it feels unfair and i am sorry i can't offer payment for lost wages what i can do is make sure the trace is escalated today
c {persistence,unreasonable_demand}: escalate it then and escalate the thousand dollars while you're at it
s: the trace i can escalate the payment i can't
c: who's the driver
s: i'm sorry
c: the driver what's his name he's got a swiftline vest on in my video i can see his face clear as day
s: i'm not able to give out driver names but the depot will speak with him directly as part of the trace
c {personal_targeting} +0.4: i don't want the depot to speak with him i want to speak with him what's his name
s: i can't share that information sir
c {personal_targeting,persistence}: fine then i want him fired a guy who can't read the letter a on a door shouldn't be driving for you
s: i understand you're upset it's the depot's job to handle any performance issues with the driver that's not something i can decide or something a customer decides
c {abuse}: wow okay you're just a script aren't you a little script reading robot
s: i'm trying to help you mr vance i'd ask you to keep it respectful
c +1.5: yeah whatever
s: so the trace is open the reference number is t r eight eight four one zero six
c: i'm not writing that down
s: that's okay i'll text it and email it to you
c {personal_targeting} +0.6: actually what's your full name kim what i want your last name and your employee number
s: i'm kim and my agent id is four seven one two that's enough for anyone here to find this call
c {personal_targeting} +0.3: no i want your last name i'm writing you up too
s: i don't give out my last name sir but you're welcome to file a complaint about this call using my agent id and it'll reach my supervisor
c: oh i will
c {sns_exposure,personal_targeting} +0.5: you know what i'm gonna do i'm gonna post the video the doorbell clip him walking right past my door with his face and the truck number neighborhood app facebook all of it
s: i'd ask you not to post our driver's face online if you have a complaint about the delivery you're absolutely welcome to leave a review of the service
c {sns_exposure,unreasonable_demand} +0.3: or you pay me the thousand and the video stays on my phone simple
s: i'm not able to trade a payment for a video we're not going to pay for that
c {sns_exposure,unreasonable_demand,persistence} +0.4: it's not a trade i'm telling you what happens next thousand bucks and nobody sees this guy's face you don't pay and he's famous by tonight
s: i've heard you mr vance and my answer is the same i'll note that you're considering posting the driver's image
c {sns_exposure} +0.3: note it and my building has a group chat three hundred people and i run a discord with like two thousand members i'll have every one of them leave you a one star tonight
s: anyone's welcome to leave an honest review of their own experience
c {sns_exposure,unreasonable_demand} +0.5: they'll leave whatever i tell them to unless you make this right and making this right is a thousand dollars
s: i can't do that sir and i want to be really clear about it so we don't go in circles
c {persistence,unreasonable_demand}: then put someone on who can
s: i'll check with my supervisor can you hold for a moment
c: i'll hold i've got all day remember i took the day off

~48
x =2.6: thank you for watching
~41
s: thanks for holding mr vance i spoke with my supervisor the answer on compensation for lost time is no the trace has been escalated to priority and the depot manager has been emailed directly
c {persistence} +0.4: you spoke with your supervisor so put the supervisor on the phone
s: my supervisor asked me to relay the answer she's on another escalation right now
c {restraint} +0.3: then i'll wait i'm not hanging up until i talk to her
s: she may be a while it could be twenty minutes or more
c {restraint}: i said i'm not hanging up i'll sit here all afternoon
s: i understand i'm going to stay on the line with you in the meantime is there anything else i can check on the account
c {restraint,persistence} +0.5: yeah you can check how a thousand dollars gets into my account
s: that's not something i can do mr vance
c {abuse} +0.3: you people are unbelievable you lose a laptop and act like i'm the problem
s: we didn't lose it sir it was left at the wrong door and we're getting it back the trace is active

c: you don't know that you don't know if it's still there
s: you're right i don't know for certain yet
c: how long has this guy even been driving for you
s: i don't have that information and it's not something i could share anyway
c: bet he's new bet you guys hire anybody with a license
s: i really don't know sir
c: you keep saying you don't know what do you know
s: i know the trace is on priority and the depot manager has the door color the apartment letter and the time from your video
c {persistence,threat} +0.6: here's how this goes i'm gonna call this line every day every single day until somebody pays me and every time i'm gonna ask for you kim
s: you're welcome to call about the trace anytime but the answer on compensation won't change by calling every day
c {persistence,threat,personal_targeting} +0.4: and i'll drive down to the depot on route nine every morning at six when the trucks load and i'll find my guy i know what he looks like
s: mr vance please don't go to the depot to look for the driver that's not okay and the depot would have to call security or police
c {intimidation} +0.3: i'm allowed to stand on a public sidewalk

s: i understand i'm just telling you that approaching our driver about this would be treated as a safety issue
c +1.7: i'm not gonna touch him relax
s: thank you
c {restraint}: where's your supervisor
s: she's finishing up another call
c: who's above her
s: above my supervisor there's the customer relations office you can write to them or use the complaint form on our website i can give you the address
c: give me the ceo's email
s: i don't have the ceo's email but the customer relations office is the corporate level and they do read every complaint the address is customer relations swiftline parcel p o box forty two ninety memphis tennessee
c: i'll find the ceo myself
s: that's up to you
s: she's still on the other call i can put you on hold until she's free or i can have her call you back within the hour
c {restraint} +0.4: no callback you'll never call back put me on hold i'll wait
s: okay i'll place you on hold
~96
x =3.0: thanks for watching and see you next time
~44
s: mr vance thank you for holding my supervisor is coming on now
v: hi mr vance this is rochelle i'm the team supervisor i've read the whole case and kim has filled me in
c: great so you can approve the thousand
v: let me start with what i can do first i called the depot manager directly about ten minutes ago and the driver was sent back to larchmont court
c: okay
v: the package was sitting outside fourteen b the driver has it it's being scanned back into the depot right now and it'll be on the first truck out tomorrow morning with a signature required
c: tomorrow
v: tomorrow morning before noon i've put a time window on it and a note that it goes to fourteen a with a green door
c: does someone have to be home
v: yes it's signature required because of the value so you or someone over eighteen at the address
c: i'm working tomorrow i can't sit at home again
v: i understand if it's easier we can redirect it to a pickup point near you there's a swiftline counter in the pharmacy on elm about five minutes from you
c: open when
v: eight to nine every day you'd get a text with a code when it's ready
c: no i want it at my door the way it was supposed to be yesterday
v: okay then it stays as a home delivery tomorrow between eight and noon
c: so i lose another day
v: i'm sorry it's not today the trucks for today are already out the next option is to pick it up at the depot after five today if you'd prefer
c: i'm not driving forty minutes to pick up something you were supposed to bring me
v: understood then it's tomorrow morning
c: and the thousand dollars
v: we don't pay compensation for lost time i know kim told you that and that's our answer the laptop is recovered and will be delivered
c {persistence,unreasonable_demand} +0.5: i didn't ask if it was recovered i asked about the thousand dollars for yesterday and today that's two days now so honestly it should be two thousand
v: there's no payment for lost time mr vance not one thousand not two thousand
c {persistence,unreasonable_demand} +0.3: okay so what are you offering then because zero isn't an offer that's an insult
v: what i'm offering is the recovered package delivered tomorrow with a time window and i'm refunding the shipping charge to techmart so they'll pass that on to you about eighteen dollars
c {abuse,persistence} +0.4: eighteen dollars are you kidding me eighteen bucks you people are clowns
v: i understand you're angry i'm not going to go up from that
c {sns_exposure,unreasonable_demand} +0.4: then the video goes up tonight the driver's face the truck number your name too rochelle and kim's
v: i'd ask you not to post our employees names or faces if you do we'll report it to the platform and it may be referred to our legal team you're completely free to review our service
c {sns_exposure,intimidation} +0.3: legal team oh i'm so scared
v: i'm not trying to scare you i'm being clear about what happens
c {personal_targeting,persistence} +0.5: is the driver getting fired yes or no
v: what happens with the driver is between him and the depot it's not something we share with customers
c {personal_targeting} +0.3: so he's not getting fired he drops my laptop in a hallway and gets to keep his job
v: the depot has the video and the report and they'll handle it
c {apology_coercion} +0.5: then i want a written apology from the driver himself signed by him with his name on it emailed to me today
v: we can send you a written apology from swiftline for the misdelivery i'll do that myself today but we don't ask drivers to sign personal apologies to customers
c {apology_coercion,persistence} +0.4: i don't want your company apology i want him to write it his name his signature sorry i dropped your laptop in a hallway
v: that's not something we'll do i understand why you want it but it's a company apology or nothing
c {apology_coercion,persistence} +0.3: then bring him to the phone let him say it to me himself
v: no mr vance i'm not putting a driver on the phone with a customer who's threatened to post his face
c {restraint,persistence} +0.6: i'm not hanging up till i hear a number rochelle any number with a comma in it
v: there isn't going to be a number mr vance
c {restraint} +0.3: then we're gonna be here for a while
v: let me check one thing with the depot while you're on the line can you hold for a minute
c {restraint}: i'm not going anywhere
~72
v: thanks for holding i had the depot manager confirm the scan the package was scanned in at the depot at three fifty two and it's on tomorrow's route first stop is larchmont court
c: first stop
v: first stop should be around eight fifteen
c: fine but that doesn't change anything about the money
v: i know
v: i'm going to give you everything in writing the recovery scan the delivery window tomorrow and the shipping refund and then i'm going to end the call because i've answered every question
c {restraint} +0.4: no you're not ending anything i'm the customer i decide when this is done
v: i understand you're not satisfied with the answer but continuing the call won't change it
c {restraint,persistence} +0.3: maybe it will maybe after another hour you'll get sick of me and cut a check
v: that won't happen
c {persistence,threat} +0.5: then tomorrow when that truck comes i'm gonna be standing at the curb and i'm gonna have a real conversation with whoever's driving it
v: mr vance if you threaten or confront the driver tomorrow the driver is instructed to leave without delivering and we'll hold the package at the depot for pickup
c {intimidation} +0.3: so now you're threatening to keep my laptop

v: no i'm telling you that our drivers won't be put in an unsafe situation if the delivery is calm the package gets delivered it's really that simple
c +2.0: fine whatever he can drop it off i won't say a word to him
v: thank you
c {restraint,persistence} +0.6: but i'm still not done about the money

v: i know and the answer is still no
c {persistence,threat}: then like i said i'm calling every day and every day i'm asking for rochelle
v: every call about this case will be routed to me and i'll give you the same answer each time i'd rather you spend the time getting your laptop set up
c {abuse} +0.4: don't tell me how to spend my time you've wasted enough of it

v: that's fair i'm sorry for the time you've lost yesterday and today i mean that
c +1.6: so sorry but not sorry enough to pay for it
v: i'm sorry and the answer on payment is no both of those are true
c +1.1: and what if it's damaged when it shows up tomorrow
v: then note the damage on the driver's device or refuse it and call us and we'll start a damage claim with techmart the same day
c: and if the screen's cracked and i don't see it till i open it
v: you have forty eight hours to report hidden damage just take photos of the box before you open it
c: great more homework
c {restraint} +0.3: i'm not hanging up
v: okay mr vance i'm going to summarize and then end the call your package t r eight eight four one zero six was recovered today it will be delivered tomorrow between eight and noon to fourteen a with a signature the shipping refund goes back through techmart you'll get all of that by email in the next few minutes
c {restraint} +0.3: wait wait i still have questions
v: go ahead if it's about the delivery
c {persistence,unreasonable_demand}: it's about the money
v: then i've answered it thank you for calling swiftline
c {restraint,abuse} +0.2: don't you dare hang up on me you don't get to
v: goodbye mr vance
`
};
