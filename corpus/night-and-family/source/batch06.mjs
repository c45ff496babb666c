// Batch 6: en-002 .. en-009
export const conversations = [
{
  id: 'night-and-family-en-002', lang: 'en', setting: 'other', verdict: 'kasuhara', severity: 3, borderline: false,
  format: 'srt',
  notes: 'Rideshare dashcam audio, about 1:30 a.m. A drunk passenger back from a bachelor party accuses the driver of padding the fare, threatens to put his head through the window, kicks the seat (revealed by the driver) and says he knows his name and plate and will find him. The one-star rating he promises is a right, not a span.',
  speakers: { D: { role: 'staff', name: 'Marcus' }, P: { role: 'customer', name: 'Kyle' }, G: { role: 'other', name: 'unknown' } },
  script: `
D| hey how's it going you Kyle
P| yeah yeah that's me uh Kyle
D| alright heading to fourteen twenty Birch Street right
P| yep Birch let's go buddy
+14 P| man what a night dude my buddy's bachelor party
D| oh nice congrats to him
P| you got any water in here
D| sorry man I don't keep water in the car but there's a gas station on the way if you need it
P| nah nah I'm good I'm good
+28 G| Thank you for watching.
+4 P| hey why are we getting on the highway the app says Fifth Avenue
D| the app rerouted there's construction on Fifth tonight it's actually faster this way
P in| don't feed me that you're running the meter up on me I'm not stupid
D| I get it man the fare's fixed in the app though it doesn't change with the route
P| whatever
+24 P| pull over I gotta I gotta get out
D| you gonna be sick there's a bag in the seat pocket I can pull over at the next exit
P| no I just want out right here
D| we're on the highway I can't stop here it's not safe give me one minute
P th,in| stop the car right now or I swear to God I'll put your head through that window
D| sir I'm taking the next exit please calm down
P ph,in| open the damn door open it open it
D| hey hey stop kicking my seat stop
P th,pt| you know what I got your name Marcus right it's right there on the app I know your plate I'm gonna find you
D| okay I'm pulling over the trip is ending now I'm recording this and I'm reporting it
P ab| yeah report it you pathetic loser go cry to the app
D| please step out of the vehicle
P| fine this is the worst ride of my life one star
+5 D| hi yes I need to report a rider incident the trip just ended on Route nine near exit fourteen
`},
{
  id: 'night-and-family-en-003', lang: 'en', setting: 'hotel', verdict: 'kasuhara', severity: 2, borderline: false,
  format: 'json',
  notes: 'Hotel front desk at 2 a.m. A drunk guest needing a new key compliments the night clerk\'s eyes, asks when her shift ends, invites her to his room, then plants himself at the desk and keeps pressing after she asks him to leave; security walks him up. The key request is ordinary.',
  speakers: { G: { role: 'customer', name: 'guest' }, S: { role: 'staff', name: 'night clerk' }, R: { role: 'staff', name: 'security' }, X: { role: 'other', name: 'unknown' } },
  script: `
G| hey hey there she is the night shift hero
S| good evening sir how can I help you
G| room seven fourteen my key stopped working and uh also I just wanted to see your face again
S| I can make you a new key may I see some ID please
G se| ID sure here you go you know you have really pretty eyes has anybody told you that
S| thank you Mr Delgado one moment while I encode the key
G se| so what time do you get off tonight
S| here's your new key sir room seven fourteen the elevators are to your left
G se| come on don't be like that I'm just being friendly you should come up for a drink after your shift I got a whole minibar
S| I'm not able to do that sir have a good night
G| I'll just hang out here then keep you company it's boring at two a.m. right
S| I appreciate it but I need to get back to work please head up to your room
G re,se| nah I'm good right here the view's better from here
S| sir I'm asking you to go to your room now
G se,pe| one drink just one drink and I'll leave you alone I promise
S| no I'm going to call security if you don't leave the desk
G| whoa okay okay relax I was joking you don't have to be so uptight
G ab| geez no wonder they got you working nights by yourself
S| security to the front lobby please security to the front lobby
+40 R| evening sir let me walk you up to the elevator
G| yeah yeah I'm going I'm going
S| thank you Ray
+12 X| Thank you for watching.
`},
{
  id: 'night-and-family-en-004', lang: 'en', setting: 'bank', verdict: 'normal', severity: 0, borderline: false,
  format: 'zoom',
  notes: 'Bank video appointment. A hard-of-hearing elderly customer asks the adviser to repeat things and asks twice about his password; patience on both sides, ordinary inquiry.',
  speakers: { S: { role: 'staff', name: 'Priya Nair' }, C: { role: 'customer', name: 'Harold Jenkins' } },
  script: `
S| Good morning, Mr. Jenkins. This is Priya from Riverside Savings. Can you hear me all right?
C| What's that? You'll have to speak up, dear, my hearing aid is on the kitchen table.
S| Of course. Good morning, Mr. Jenkins. I'm Priya, from the bank.
C| Good morning, Priya. There, I've got it in now. Much better.
S| Wonderful. You booked this appointment about setting up online banking, is that right?
C| That's right. My grandson says I should stop going to the branch every Thursday. I rather like going to the branch, mind you.
S| The branch will always be there for you. Online banking would just let you check your balance from home.
C| Well, let's give it a go. But first, I got an email last week that worried me. It said my account was locked and I had to click a link.
S| Did you click the link, Mr. Jenkins?
C| No. My grandson told me never to click those. I printed it out, though. Shall I read it to you?
S| Yes, please.
C| It says, dear valued customer, your Riverside Savings account has been suspended, verify your identity within twenty-four hours.
S| That email is not from us. We never ask you to verify your identity through a link, and we would never threaten to suspend your account by email.
C| I thought as much. The spelling was atrocious.
S| You did exactly the right thing. If you can, forward it to the fraud address on the back of your bank card, then delete it.
C| The back of the card. Let me look. My eyes aren't what they were.
+8 C| Here it is. Fraud at Riverside Savings dot com.
S| That's the one.
C| My grandson can forward it for me on Sunday. He comes for dinner.
S| That's perfect. Now, shall we set up your online banking?
C| Yes, let's.
S| First, you'll choose a password. It needs at least eight characters, with a number in it.
C| Eight characters. Can it be my late wife's name? Margaret has eight letters.
S| It's best to use something other people wouldn't guess, and you'll need to add a number too.
C| Margaret and a number, then. I'll think of one.
S| Please don't tell me the password itself. You'll type it on your screen in a moment.
C| Right you are. I won't say it out loud.
S| Now, I'm sending you a text message with a six-digit code. Could you read it to me when it arrives?
+12 C| Here it is. Four, one, nine, nine, two, seven.
S| Perfect, thank you. Now type the password you chose into the box that says new password.
+20 C| Done. Now, what was it I was supposed to put in there again? The password, was it a number?
S| It was the password you chose yourself, with at least eight characters and one number.
C| Oh yes, Margaret and the number. I wrote it on the notepad here. Sorry, my memory isn't what it was.
S| That's perfectly fine. Could you keep that notepad somewhere safe, not next to the computer?
C| I'll put it in the drawer with the checkbook.
S| Good idea. You're now logged in. Do you see your checking account at the top?
C| I do. Twelve hundred and six dollars. That sounds about right.
S| That's it. And below that is your savings account.
C| Well, I'll be. Margaret would have been impressed.
S| I'm sure she would. Is there anything else you'd like to see today?
C| No, I think that's plenty of excitement for one morning. I may still come in on Thursdays, though.
S| We'd love to see you. Have a lovely day, Mr. Jenkins.
C| You too, Priya. Thank you for being so patient with an old man.
`},
{
  id: 'night-and-family-en-005', lang: 'en', setting: 'call_center', verdict: 'kasuhara', severity: 2, borderline: false,
  format: 'txt',
  notes: 'Wedding venue events line. The bride reports the wrong flowers were delivered and gets a refund offer; her mother takes the phone, calls the coordinator incompetent and worse, demands the whole reception be refunded again after a clear no and that the coordinator be fired. The bride\'s complaint and the mother\'s first refund demand are not spans.',
  speakers: { S: { role: 'staff', name: 'Dana', label: 'Coordinator' }, C: { role: 'customer', name: 'bride', label: 'Caller' }, M: { role: 'customer', name: 'mother', label: 'Caller (mother)' } },
  script: `
S| Thank you for calling Willow Creek Estate events team, this is Dana.
C| Hi Dana, it's Jessica Moreno. We had our wedding there on Saturday.
S| Jessica! Congratulations again. How can I help?
C| Thank you. So, um, I wanted to talk about the flowers. We ordered white peonies for the centerpieces, and they were pink carnations.
S| I saw the photos you emailed this morning. You're right, that was not your order, and I'm so sorry.
C| I mean, it still looked nice, but it wasn't what we paid for.
S| I completely understand. The florist confirmed they swapped two orders. We're refunding the full centerpiece cost, eighteen hundred dollars, to your card.
C| Okay. That's, that's fair. Thank you.
M| Give me that. Hello? This is her mother.
S| Hello, Mrs. Moreno. I was just explaining the refund for the centerpieces.
M| Eighteen hundred dollars? We spent forty thousand dollars on that wedding and you ruined it. I want the reception refunded. All of it.
S| I'm very sorry the flowers were wrong. The reception itself was delivered as contracted, so we can't refund it, but the centerpiece cost will be refunded in full.
M ab| You people are incompetent. Honestly, I don't know how you have a job. My daughter's pictures are ruined because you can't read an order form.
S| I understand you're upset. The error was the florist's, and we've taken responsibility for it.
M ud,pe| Don't lecture me about responsibility. Refund the reception. I'm not asking again.
S| I'm sorry, Mrs. Moreno. The answer on the reception is no. The centerpiece refund will post within five business days.
M pt| Then I want you fired. What's your manager's name? I'm going to make sure you never coordinate another wedding.
S| My manager is Tom Reyes, and you're welcome to contact him about our service. I'll send you his email.
M ab| Oh, I will. You're a disgrace, you know that? A glorified waitress with a clipboard.
C| Mom. Mom, stop. Give me the phone.
C| Dana, I'm really sorry about that.
S| It's okay, Jessica. The refund is already processing, and I'll email you Tom's contact details too.
C| Thank you. And honestly, everything else was perfect.
S| That means a lot. Congratulations again to you both.
C| Thanks. Bye.
`},
{
  id: 'night-and-family-en-006', lang: 'en', setting: 'call_center', verdict: 'complaint', severity: 0, borderline: false,
  format: 'txt',
  notes: 'Mobile carrier support. A young customer without signal for three days swears about the situation, not the agent, asks for a bill credit and says he will leave a review; legitimate complaint.',
  speakers: { S: { role: 'staff', name: 'agent', label: 'Agent' }, C: { role: 'customer', name: 'caller', label: 'Customer' } },
  script: `
S| Thanks for calling NorthWave Mobile, my name is Luis. Who am I speaking with?
C| Hey, it's Tyler Brooks. My phone's had no signal since Sunday. Like, zero bars.
S| I'm sorry about that, Tyler. Let me pull up your account. Can you confirm your date of birth?
C| March third, two thousand three.
S| Thank you. I see you're in the Eastgate area, right?
C| Yeah, Eastgate. By the college.
S| Okay. There's a tower outage in Eastgate. Crews are working on it, and it's expected to be fixed by tomorrow evening.
C| Tomorrow? Dude, this is such bullshit. I've had to do my job applications from the library wifi for three days.
S| That sounds really frustrating, and I'm sorry it's hitting you during job applications.
C| Like, I missed a callback from an interview because my phone was basically a brick. That's on me for not checking my voicemail at the library, I guess, but still.
S| That's rough. While the outage lasts, you can turn on wifi calling, so calls come through whenever you're on wifi.
C| Wait, that's a thing? Nobody told me that.
S| It is. Go to Settings, then Phone, then Wifi Calling, and switch it on.
C| Okay, done. Ugh, would have been nice to know on Sunday.
S| You're right. We should have sent an outage notice with that tip. I'll pass that along.
C| Also, I'm paying for a service I literally didn't get. Can I get something back for those days?
S| Yes. I'm applying a credit for five days of service, plus a ten-dollar courtesy credit, on your next bill.
C| Okay, that's fair. Honestly, I'm still gonna leave a review about the outage thing, though. No text, no email, nothing.
S| That's totally your call, and the feedback about notifications is valid. Is there anything else I can help with?
C| Nah. Just fix the tower, man.
S| We're on it. Thanks for your patience, Tyler.
`},
{
  id: 'night-and-family-en-007', lang: 'en', setting: 'store', verdict: 'kasuhara', severity: 2, borderline: false,
  format: 'srt-plain',
  notes: 'Late-night convenience store, counter recorder, no speaker labels. A young streamer films the older clerk for his chat, mocks his age, reads his name tag aloud so viewers can find him and keeps streaming after a clear refusal. Asking for a bag and the price are ordinary.',
  speakers: { C: { role: 'customer', name: 'streamer' }, S: { role: 'staff', name: 'clerk' } },
  script: `
C| yo yo yo chat we are live at the Quick Stop at three a m let's see what's good
S| evening
C| evening he said evening chat this man is vintage
C di| bro how old are you like seventy they still let you work nights boomer
S| can I help you find something
C| yeah uh two energy drinks and uh what's the price on the hot dogs
S| two dollars for the hot dogs the drinks are in the back cooler
S| also I'm gonna ask you not to film me please
C| it's a public place my guy I can film whatever
S| it's private property and I'm asking you to stop filming me
C sn,ab| chat he's mad look at his face zoom in zoom in on this clown
C pt,sn| his tag says uh Dennis everybody say hi to Dennis night shift Dennis at the Quick Stop on Maple go visit him
S| turn that off now or you need to leave
C sn| nah this is content chat clip that clip it Dennis is going viral tonight
+45 C| okay okay ring me up
S| that's six forty nine
C| keep the change grandpa
S| please leave the store
C sn| we out chat Dennis says bye peace
`},
{
  id: 'night-and-family-en-008', lang: 'en', setting: 'other', verdict: 'complaint', severity: 0, borderline: true,
  format: 'json',
  notes: 'Airport gate after a third delay. A mother travelling with two children snaps at the gate agent personally (「you people are useless」) and apologises a minute later. Borderline: the words were aimed at the agent, but they were taken back at once, so it is treated as one outburst then an apology.',
  speakers: { C: { role: 'customer', name: 'passenger' }, S: { role: 'staff', name: 'gate agent' }, K: { role: 'customer', name: 'child' }, X: { role: 'other', name: 'unknown' } },
  script: `
X| attention passengers on flight twenty two eighty to Denver the departure is now delayed until eleven forty
C| excuse me hi the flight to Denver that's the third delay
S| yes ma'am I'm sorry we're waiting on a replacement part for the aircraft
C| we've been here since six my kids haven't eaten a real meal
S| I understand I can give you meal vouchers for the three of you
C| what time is it actually going to leave though like realistically
S| right now maintenance is estimating eleven forty but I can't promise that
C| are you even listening to me I asked realistically you people are useless honestly
S| I hear you ma'am
K| mom I'm tired
+6 C| sorry I'm sorry that wasn't fair you didn't break the plane
S| it's okay it's been a long night for everybody
C| it's just we have a connection in Denver to Boise and if we miss it we're stuck
+4 S| let me check I can protect you on the first Boise flight tomorrow if you miss tonight's and there's a hotel voucher if you need it
C| okay yes please do that just in case
+35 S| done you're protected on the six fifteen and here are three meal vouchers fifteen dollars each
C| thank you really and sorry again
S| no problem the food court by gate B twelve is still open
`},
{
  id: 'night-and-family-en-009', lang: 'en', setting: 'other', verdict: 'complaint', severity: 0, borderline: false,
  format: 'zoom',
  notes: 'Apartment management video call about a broken heating system in January. The tenant reports it, her husband calmly takes over to ask for rent abatement under the lease and mentions the tenants\' rights office; firm, legitimate complaint.',
  speakers: { S: { role: 'staff', name: 'Kevin Walsh' }, C: { role: 'customer', name: 'Angela Ruiz' }, H: { role: 'customer', name: 'Tom Ruiz' } },
  script: `
S| Hi Angela, Kevin from Parkside Property Management. Thanks for hopping on.
C| Hi Kevin. So you know why I'm calling. The heat's been out in our unit since Thursday.
S| I do, and I'm really sorry. It's been a brutal week to be without heat.
C| It was fifty-one degrees in the kids' room this morning. We've got two space heaters running, and they keep tripping the breaker.
S| That's not okay. The boiler part we need was back-ordered, but it arrived this morning. The technician is scheduled for tomorrow at nine.
C| Tomorrow. That's six days.
S| I know. I'd have preferred it fixed on day one.
H| Hey Kevin, it's Tom, Angela's husband. Mind if I jump in?
S| Sure, go ahead, Tom.
H| Thanks. I looked at our lease last night. Section twelve says if a vital service is out for more than seventy-two hours, we're entitled to a prorated rent reduction.
S| That's correct, that clause is in the standard lease.
H| So we'd like that applied for every day from Thursday until it's fixed. And we'd like the electricity for the space heaters covered, since we had no choice.
S| The rent reduction I can confirm now. The electricity I'll need to take to the owner, but I think it's a reasonable request and I'll recommend it.
H| Appreciate that. Can we get that in writing?
S| Yes, I'll email a summary today.
H| And if tomorrow's repair doesn't hold, I'll be calling the city's tenant rights office. Not as a threat, just so you know where we stand.
S| Understood, and that's your right. I'd rather we fix it so you don't need to.
C| One more thing. Can you make sure the tech actually calls before coming? Last time someone just let themselves in.
S| Absolutely. I'll put a note that he must call you thirty minutes ahead.
C| Thanks, Kevin.
S| Thank you both. Stay warm tonight, and call the emergency line if the heaters give you any trouble.
`},
];
