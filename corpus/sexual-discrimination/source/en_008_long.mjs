import { conv } from './_dsl.mjs';

// Long call: airline refunds line, a caller who will not accept an agent with an accent.
export default conv({
  id: 'sexual-discrimination-en-008', lang: 'en', setting: 'call_center', format: 'json',
  verdict: 'kasuhara', severity: 3, borderline: false,
  notes: 'Long airline refund call (~30 min, ASR). The refund itself is legitimate and gets processed; around it the caller keeps demanding a "native"/American agent in ever new wording, mocks both Filipino agents, refuses to end the call, demands a $500 voucher for having to deal with them, and threatens to post the recording with their names unless she gets her way. Her refund requests and the standard compensation question are not spans; the first restatement to the supervisor is discrimination without persistence.',
  speakers: { c: { role: 'customer', name: 'caller' }, h: { role: 'customer', name: 'husband' }, s: { role: 'staff', name: 'agent' }, m: { role: 'staff', name: 'supervisor' } },
}, `
s| thank you for calling TransAmerica Airways refunds and changes my name is Jomar may I have your booking reference please
c| yeah hi uh my flight got cancelled on Sunday and I want my money back not a voucher
s| I'm sorry about the cancellation ma'am I can help you with the refund may I have the booking reference
c| it's uh H as in hotel Z seven... hold on... Q M four
s| thank you H Z seven Q M four let me pull that up
c| sorry what's your name again
s| it's Jomar ma'am
c| Jomar okay um where are you located
s| I'm with our customer care team ma'am I see the booking for Brenda Kowalski Chicago to Phoenix on Sunday the fourth two passengers
c| that's me
s| thank you ma'am for security can I confirm the email address on the booking
c| it's B Kowalski seventy one at gmail
s| thank you and the second passenger is Michael Kowalski
c| my husband yeah
s| and I see you also paid for two checked bags and two extra legroom seats on that flight
c| yes and I want all of that back too not just the tickets
s| understood ma'am I'll make sure the optional fees are included
c| okay look can you put me through to someone who's a native English speaker #dc
s| I'll be able to take care of the refund for you today ma'am and I'll confirm every detail with you
c| no I mean it I want somebody who grew up speaking English this is about money I don't want any mistakes #dc,ps
s| I understand it's important ma'am I'll read everything back to you before I submit anything
s| your flight was cancelled by the airline so you're entitled to a full refund to the original form of payment
c| okay that's what I want full refund to my card not a credit
s| yes ma'am the total is six hundred and forty two dollars and eighteen cents for two passengers
c| six forty two eighteen yeah that sounds right
s| before I submit I need to verify the last four digits of the card that was used
c| it's um four four zero nine
s| thank you the refund will go back to the visa ending four four zero nine
c| is there anybody there from the States like anybody at all #dc,ps
s| ma'am I'm the agent assigned to your call and I'm processing the refund now
c| you're in Manila aren't you I can hear it I want the Dallas office #dc,ps
s| this line is handled by our customer care team ma'am and there's no transfer to another office for refunds
c| oh come on there's a Dallas office I've called it before
s| the Dallas number is for corporate accounts ma'am individual refunds come through this team
c| I'm not being rude I just need somebody I can actually understand an American #dc,ps
s| I hear you ma'am I'll slow down a little your refund request is being submitted now
c| slow down yes please slow way down po is that how you say it po #dc,ab
s| ma'am I'd ask you not to make fun of how I speak I'm here to help
c| I'm not making fun I'm just saying what I hear
c| where'd you learn your English anyway off a cereal box #dc,ab
s| I've spoken English since school ma'am let's focus on getting your money back
h| Brenda come on the guy's doing it just let him finish @1.5
c| Mike stay out of it I'm handling it
h| I'm just saying he's been fine
c| can you just give me a minute
s| the refund has been submitted the reference number is R F eight eight two one zero
c| R F what
s| R F eight eight two one zero I'll also send it by email
c| and when does the money actually come
s| refunds to a credit card take seven to ten business days to appear
c| ten business days that's two weeks
s| yes ma'am that's the processing time from the card company
c| that's ridiculous I paid instantly they took my money in like a second
s| I understand the frustration ma'am it's the time the banks take to reverse the charge
c| sorry okay where were we
s| the refund reference ma'am R F eight eight two one zero
c| and what about compensation I had to take an Uber to a hotel I missed a day of work
s| you can claim hotel and transport costs for a cancellation ma'am if you send the receipts through the claims form
c| fine send me that
s| I'll include the link in the email with your refund reference
c| wait did that six forty two include the bags and the seats
s| let me double check that for you ma'am one moment
c| you should know that without checking
s| the seat fees are included ma'am the bag fees are listed separately I'm confirming them now
c| uh huh
c| okay and I want it noted that I asked for an American and didn't get one #dc,ps
s| I'll note that you requested a different agent ma'am
c| not a different agent an American agent write that down #dc,ps
s| I've noted your request ma'am is there anything else I can help you with today
c| yes I'm not hanging up until you get me an American on this line #rs,dc,ps
s| ma'am your refund is complete and there's no other agent I can transfer you to for this
c| then I'll just sit here I've got nothing but time #rs
s| let me get my supervisor for you please hold
x| ♪ ♪ @55
x| thank you for watching @80
m| hi this is Liza Reyes I'm the supervisor here ma'am I understand you'd like to speak with someone else @18
c| where are you even from
m| I'm based in our Manila center ma'am like Jomar
c| oh great of course you are is everybody in that building from the Philippines #dc
m| I'm the supervisor for this team ma'am I see that Jomar has completed your full refund and sent you the claims link
c| I don't care what Jomar did I asked for somebody I can understand
m| you'll find the refund reference and all the details in writing in your email ma'am so nothing depends on anyone's accent
c| can you just transfer me stateside please is that so hard #dc,ps
m| there's no transfer for this line ma'am I'm the most senior person available and I'm happy to answer any questions about the refund
c| then find me someone with a normal accent #dc,ps
m| ma'am we won't reassign a call because of someone's accent or nationality I'm asking you to stop commenting on ours
c| oh so now I'm the bad guy I'm the customer here
m| you are the customer and your refund has been handled properly what else can I help you with
c| I want five hundred dollars in vouchers for this whole experience #ud
m| I'm sorry ma'am I'm not able to offer vouchers for that your cancellation is covered by the refund and the expense claim
c| for having to deal with people I can't understand for forty minutes five hundred that's fair #ud,dc,ps
m| I can't do that ma'am vouchers aren't given because of who answered the phone
c| unbelievable do you know how much I fly with you people
m| I can see you're a silver member ma'am and I appreciate your loyalty
c| then treat me like one get me an American and five hundred #ud,dc,ps
m| I've explained what I can do the refund is complete and you can claim the hotel and the Uber
c| and the bags did Jomar refund the bags because I don't think he did
m| let me check the breakdown ma'am please hold
x| ♪ ♪ @30
m| thank you for holding ma'am you were right the two checked bag fees weren't included I've added seventy dollars to the refund @52
c| see I knew it I knew something would get messed up
m| I'm sorry for that ma'am the seat fees were included the new total is seven hundred twelve dollars and eighteen cents
c| seven twelve eighteen okay finally somebody checks
m| the refund reference stays the same and the updated amount will show in your email
c| what about the day of work I lost that's like three hundred bucks
m| lost wages aren't covered under our conditions of carriage ma'am but you're welcome to send the claim and it'll be reviewed
c| reviewed by who someone else in Manila #dc
m| by our claims department ma'am
c| you know what I'm recording this call
m| calls on this line are recorded on our side as well ma'am
c| good so everyone can hear what I had to put up with I'm putting this on TikTok with your names Jomar and Liza see how you like that #sn,dc
m| ma'am I'd ask you not to post our names or recordings of our staff that isn't appropriate
c| then give me what I asked for and I won't post anything #sn,ud,ps
m| I won't make any offer in exchange for that ma'am
c| so you'd rather get exposed fine that's your call
m| I've heard your concerns ma'am is there anything else about the booking or the refund
c| yes I want to talk to your manager's manager and I want him to be American #dc,ps
m| I can take a complaint about this call and it'll go to our customer relations team in writing
c| oh a complaint that'll go right in the trash
m| every complaint gets a reference number and a written reply ma'am would you like me to file one
c| ...fine file it @3
m| I'm filing it now it's C R three three nine four zero you'll get it by email too
c| and put in there that your agents need English lessons #dc,ab
m| I'll include your description of the call in your own words ma'am
c| my own words good put them in verbatim
m| I will ma'am is there anything else about your refund today
c| I'm not done
m| what else can I help you with
c| I want the refund expedited I don't want to wait ten days
m| I've checked ma'am the refund has already been released from our side there's nothing further that can be done to speed up the bank
c| there's always something you can do you just don't want to
m| it's out of our hands once it's released ma'am if it hasn't appeared in ten business days call us with the reference and we'll trace it
c| call you and get another person I can't understand no thanks #dc,ps
m| you can also use the chat on the website ma'am if you'd prefer to write
c| yeah so I can read broken English instead great #dc,ab
m| ma'am this is the second time I've asked you to stop I'll give you one more clear warning
m| if the comments about our nationality and our English continue I'll end the call your refund and your complaint are already recorded
c| you can't hang up on me I'm a customer #rs
m| I'd prefer not to ma'am that's why I'm giving you the warning
c| okay okay I'll be nice happy
m| thank you is there anything else you need today
c| yeah I want to hear that refund amount again
m| seven hundred twelve dollars and eighteen cents including the bag fees to the visa ending four four zero nine reference R F eight eight two one zero
c| and the claims link is in the email
m| yes ma'am along with the complaint reference
c| okay and the hotel how much can I claim
m| up to two hundred dollars per room per night for a cancellation like this with a receipt
c| it was one eighty nine
m| then that should be covered in full once the claims team reviews it
c| and the Uber forty six dollars
m| that's covered too with the receipt
c| I don't have a receipt for the Uber it's just in the app
m| a screenshot from the app showing the date the route and the amount is fine ma'am
c| a screenshot okay Mike can you screenshot the Uber
h| yeah I've got it
m| you can upload it on the same claims form ma'am there's a box for each expense
h| Bren the hotel's covered that's what you wanted
c| I know Mike I heard her
c| okay so why couldn't the first guy tell me that
m| he sent you the claims link ma'am the link explains the limits I'm happy to go over it
c| I'm just saying if he'd been from here he would've known #dc,ps
m| ma'am
c| I'm joking I'm joking god you people are sensitive
m| is there anything else I can help you with regarding the booking
c| yes I want to rebook the same trip for next month and I want a discount for this mess
m| I can help you rebook ma'am discounts aren't available but I can check fares
c| check the twelfth same flight two people
m| let me look please hold for a moment
x| ♪ ♪ @35
m| thank you for holding the twelfth at nine twenty a.m. Chicago to Phoenix two seats are available at two hundred ninety eight each @58
c| two ninety eight that's more than last time
m| fares change with demand ma'am the previous fare was two ninety three
c| five dollars more because you cancelled on me that's insulting
m| I understand ma'am I can waive the seat selection fee on the new booking as a courtesy that saves you thirty dollars
c| fine do that
m| would you like me to book it on the same card
c| yes the same card
m| booked new reference K L nine five two T two passengers the twelfth nine twenty a.m. seats fourteen A and fourteen B
c| fourteen A and B okay
m| you'll get the confirmation by email within a few minutes
c| see that wasn't so hard you could've done that from the beginning
m| I'm glad it's sorted is there anything else today ma'am
c| yeah one more thing next time I call I want a note on my account that I get an American agent #dc,ps,ud
m| we can't add a note like that ma'am agents are assigned to calls as they come in
c| then I'll keep calling back till I get one I'll hang up on every one of you #ps,dc
m| you're free to call back ma'am but hanging up on agents because of their accent won't get you a different result
c| we'll see about that
m| I'm going to wrap up the call now ma'am you have your refund your claim link your complaint reference and your new booking
c| no wait I'm not done I haven't said I'm done #rs
c| transfer me to customer relations right now I'll tell them myself #ps
m| customer relations doesn't take live calls ma'am they respond in writing to the complaint I've filed
c| then give me their direct number there's always a direct number #ps
m| there isn't a public direct line ma'am the complaint reference is the way to reach them
m| is there a question about any of those four things ma'am
c| I want to know Jomar's last name for the complaint #pt
m| we don't give out agents' last names ma'am the complaint already includes his agent ID
c| his ID isn't a name I want his full name #pt,ps
m| I'm not able to share that ma'am
c| so you're protecting him from what exactly
m| our agents' personal details are kept private ma'am the complaint will reach the right people with the ID
c| whatever I'll find him on LinkedIn Jomar how many Jomars can there be at TransAmerica #pt,th
m| ma'am looking up our staff to go after them personally isn't acceptable I'm noting that on the complaint
c| noting it go ahead note everything
m| I'm going to end the call now ma'am thank you for calling TransAmerica Airways
c| don't you dare hang up I'm staying on this line until I get an American I told you that #rs,dc,ps
m| I've given you a warning ma'am and everything you called about is complete
c| I'll stay on hold all night I've got my headphones in I don't care #rs
h| Brenda hang up it's done you got everything @2
c| I'm not hanging up Mike they hang up first #rs
m| I'm ending the call now goodbye
c| hello hello unbelievable
`);
