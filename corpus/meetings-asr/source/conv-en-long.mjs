// meetings-asr — English long call (en-015): web-hosting support, ~33 minutes, SRT with speaker prefixes
export default [
{
  id: 'meetings-asr-en-015', lang: 'en', setting: 'call_center', verdict: 'kasuhara', severity: 3, borderline: false,
  format: 'srt',
  start: 1.6,
  notes: 'Web-hosting support call of about 33 minutes, diarized SRT. The outage was caused by the customer\'s own lapsed domain (expired card); after the agent restores the site and clearly explains why no refund applies, he keeps demanding a year of hosting back plus five thousand dollars in new wording each time, insults her, refuses to let the call end, and after the supervisor takes over announces daily calls and hints he will find the agent. The first refund request and the single restatement to the supervisor are not persistence.',
  script: `
S: thank you for calling Hostwell support my name is Kayla can I get the domain you're calling about
C: yeah it's Victor Abrams the domain is abrams auto parts dot com and the whole site is down has been down all morning
S: I'm sorry to hear that Victor let me pull up the account give me just a second
S: okay I have it in front of me can you verify the last four of the card on file or the account PIN
C: PIN's four eight one one
S: thank you that matches
S: so I'm looking at the site now and it's not the server the server is up what I'm seeing is the domain itself expired at midnight
C: expired what do you mean expired it's on auto renew
S: it is set to auto renew yes the renewal tried to charge the card on file on the first and again on the fifth and both attempts were declined
C: declined that's impossible
S: the card on file ends in two two nine zero with an expiry of last month so the bank declined it as expired
C: nobody told me that
S: I see two emails to victor at abrams auto parts dot com one on the first and one on the fifth saying the renewal failed and asking to update the card
C: well I didn't see any emails
S: that's understandable those can get missed the good news is the domain's still in the grace period so we can renew it right now and the site should come back
C: okay then do that
S: sure I'll just need a valid card for the renewal it's nineteen ninety nine for the year
C: hang on
C+25: okay you ready it's a Visa
S: go ahead
C: four one one seven and then the rest is on the card I'll read it
S: actually for security I'll send you a secure payment link by text so you can enter it yourself that way I never hear the full number
C: fine whatever
S: sent it should come from a short code ending in four four
C+30: okay got it entering it now
C+40: alright says payment successful
S: perfect I can see it renewal went through the domain is active again
S: it can take anywhere from a few minutes to an hour for the internet to catch up but usually it's quick
C: so it'll be back in a few minutes
S: most likely yes can you try loading the site in a private window
C+20: nothing still the error page
S: that's normal for the first few minutes let's give it a moment meanwhile I'll also update the auto renew to use the new card so this doesn't happen next year
C: yeah do that
S: done the new card is now the default for renewals
C+15: okay there it is it's back
S: wonderful so you're all set the site's live and the domain's good for another year
C: good
C: wait my email's not working either I just sent myself a test and nothing
S: okay good catch when a domain expires the mail records stop resolving too they should come back on their own but let me check them
S: I'm looking at the DNS zone now your mail records are all there they just need the same few minutes to propagate
C: I've got customers emailing me orders right now
S: understood any email sent to you while the domain was expired would have bounced back to the sender with an error mail sent from now on should arrive normally
C: bounced so those people think I'm out of business
S: they would have gotten a delivery failure message yes if it helps I can pull a list of the addresses that tried to email you this morning from our mail logs so you can reach out to them
C: you can do that
S: I can for the last twenty four hours give me one moment
S+45: okay I see fourteen messages that bounced between midnight and ten fifteen I'll email you the list of sender addresses and the times
C: fourteen okay yeah send that
S: sent it should be in your inbox now that your mail is working again can you check
C+20: yep got it that's that's actually helpful
S: great and let's send one more test to make sure inbound is working
C+15: test came through
S: perfect so website and email are both back
C: and the little lock thing in the browser is that gonna be okay
S: the SSL certificate yes it's tied to the domain and it reissued automatically once the domain came back let me double check
S: yep it's valid through next April you're good
C: okay and the shop the plugin that takes the card payments
S: the store plugin reconnects on its own once the site is up you might want to place a small test order to be sure
C+30: test order went through
S: great everything's back to normal then
C: yeah finally
C: now let's talk about the money I lost this morning
S: okay I'm listening
C: I do about half my orders online I figure I lost five grand today easy I want that back and I want this year's hosting refunded
S: I'm really sorry about the lost sales I know a morning down hurts in this case though the outage was from the domain expiring after two declined renewals so it isn't something we can compensate
S: our uptime guarantee covers failures on our side like server outages and the server was up the whole time
C[unreasonable_demand,persistence]: no no no you guys cut off my domain that's on you I want the five thousand and I want the year of hosting back that's the only fair outcome here
S: I understand that's how it feels but we didn't cut off the domain it expired because the card on file had expired we tried twice and emailed twice
S: what I can do as a courtesy is waive the late renewal fee we didn't charge you the redemption fee either so you paid the normal price
C[abuse]: a courtesy wow thanks for nothing you people must think I'm an idiot
S: I don't think that at all
C[unreasonable_demand,persistence]: then act like it put the hosting refund through right now a year of hosting it's like two hundred bucks it's nothing to you
S: it's not about the amount the refund policy covers the first thirty days or a failure on our end and neither applies here so I'm not able to process that
C[abuse]: you're not able you're not able is that the only line they taught you in training
S: I know it's not the answer you wanted
C: put me on with somebody who can actually do something
S: I can check with my team lead on whether any other credit applies can I place you on a brief hold
C: go ahead
S: thank you one moment
X+150: Thanks for watching!
S+35: Victor thank you for holding I spoke with my team lead and she confirmed that no refund or credit applies for an expired domain I'm sorry
C: did you even tell her it was nine years
S: I did and I told her about the lost orders
C: and
S: and she agreed that since the outage came from the expired card there's no credit we can apply
C[persistence,intimidation]: that's garbage go back and ask her again and this time tell her I want my money I'm not asking I'm telling
S: I did ask and I explained everything about the lost sales she agreed with the policy
C[restraint]: then I guess we're just going to sit here because I'm not getting off this phone until someone refunds me
S: I want to make sure you have everything you need with the site is there anything else technical I can help you with today
C: the technical thing is done I want to talk about my refund
C[abuse]: you understand English right refund R E F U N D
S: Victor I'm going to ask you to keep it respectful I am trying to help you
C: respectful you want respect give me my money back
S: the answer on the refund is still no I can explain again why if that helps
C[restraint,persistence]: I don't want an explanation I've got all day you've got a queue I'm happy to wait
S: can I ask you one thing the renewal emails you said you didn't see could you check your spam folder I want to make sure our notices reach you next time
C: I'm telling you they never came
S: I can check the delivery logs on our side to see if they were accepted by your mail server would that help
C[unreasonable_demand,persistence]: sure check and when you see they never came you'll refund me
S: let me look first I'll be back in about two minutes
X+120: Thank you for watching.
S+15: okay thanks for waiting both notices were accepted by your mail server on the first and the fifth at around nine a m and both were opened from an iPhone
C: opened
S: yes the read receipt shows they were opened so they did reach your inbox
C: well maybe my wife opened it she uses that email too
S: that could be I'd suggest adding your own cell for text alerts so it comes straight to you
C[abuse]: you're seriously going to sit there and lecture me about my own email
S: I'm not lecturing I just want it not to happen again
S: if there isn't anything new I'll need to end the call soon so I can help other customers
C[restraint]: don't you dare hang up on me you hang up I call right back and I get somebody else and I tell them you hung up on a customer
S: okay let's try something different what would help you avoid this in the future would you like me to set up expiry alerts by text as well as email
C: sure whatever fine do that
S: okay text alerts are on you'll get a text thirty days seven days and one day before any renewal
C: great now the refund
S: there isn't going to be a refund for this Victor I've checked with my lead and the policy is clear
C[unreasonable_demand,persistence]: okay forget the five grand just give me three years of hosting free and we'll call it even that's a deal I'm being reasonable here
S: I'm not able to offer free hosting for this either
C[abuse]: unbelievable you're a robot you're literally a robot reading a script
C: what's your last name Kayla
S: I only give my first name on calls but my employee ID is K four seven seven if you'd like to leave feedback about this call
C: K four seven seven I'm writing that down
S: that's fine you're welcome to leave feedback
C: oh I will
C: you know I run four sites with you four and I could move every one of them tomorrow
S: that's completely your choice if you decide to move I can send you the steps to transfer the domains out and there's no fee for that
C: oh you'd love that wouldn't you
S: no I'd much rather keep you as a customer I'm just letting you know it's easy if you want it
C: well I don't want to move I want my refund
S: I understand
C[unreasonable_demand,persistence]: so do the right thing for a nine year customer credit me the five thousand as account credit it doesn't even have to be cash
S: I can't apply account credit for lost sales either it's the same policy whether it's cash or credit
C: other hosts give you a free domain for life you know that
S: some do as part of their plans our plans include the first year free and I can see you used that back in twenty sixteen
C[unreasonable_demand,persistence]: fine then give me the domain free for life and we're square
S: I'm not able to add a lifetime free domain I'm sorry
C[persistence,unreasonable_demand]: so are you going to refund me or not yes or no
S: no I'm sorry
C[restraint]: then I'm staying on
S: I understand I'm going to ask my supervisor to join since we're not making progress one moment please
C: yeah you do that
X+180: Thank you.
S+50: Victor I have my supervisor Theresa on the line with us
S2: hi Victor this is Theresa Lin I'm the support supervisor Kayla filled me in on the call
C[unreasonable_demand]: great so you know what I want a year of hosting back and five thousand for today
S2: I do and I'm sorry you lost sales today I've looked at the account myself the renewal failed twice because the card had expired and we sent two notices
S2: the site was restored as soon as the renewal went through and you weren't charged any late fees
S2: so I have to confirm what Kayla told you there's no refund or compensation for this outage
C[persistence,intimidation]: so you're going to back her up great the two of you have it all figured out let me tell you something Theresa I've been a customer for nine years nine years and this is how you treat me
S2: and we value those nine years which is why we made sure the site came back quickly and waived fees that normally apply
C[abuse]: waived fees big whoop what a joke of a company
S2: I'll be honest with you I understand the frustration but the answer is not going to change on this call
C: I want to talk to your CEO what's his name what's his email
S2: our CEO is Daniel Park and there's an executive feedback address on the contact page I'll include it in my email too
C: you'll include it sure
S2: I will it's exec feedback at hostwell dot com
C: fine I'll write him
S2: please do
C[persistence,unreasonable_demand]: and until he writes back I want my hosting paused and not billed that's fair right
S2: your hosting is already paid through next March so there's nothing billing right now but I can't pause or refund it for this reason
C: what about the domain the nineteen ninety nine
S2: that was the standard renewal price for the year ahead it isn't a penalty it's the renewal itself
C[abuse]: so I paid you twenty bucks to fix your own screw up classic
S2: I understand it feels that way the domain renewal is a yearly cost it would have been charged on the first if the card had been current
C: let me think
C+4: ...
C: no you know what I want to see every single thing on my account every charge back to twenty sixteen
S2: I can send you a full billing history that's no problem give me a moment to generate it
X+90: Thanks for watching!
S2+20: okay I've generated the billing history it shows every charge since your account opened in twenty sixteen I'm attaching it to the email
C: and if I find anything wrong on there
S2: then we'll look at it line by line and correct anything that's wrong
C: good
C[restraint,persistence]: then I'm not hanging up and neither are you you're going to sit here with me until somebody says yes
S2: I'm not able to keep the line open indefinitely is there anything about the site itself you need help with
C: the site's fine the site's not the point
C: you know what my brother-in-law's a lawyer maybe I'll have him call you
S2: that's absolutely your right if you'd like I can send you a copy of the terms of service and the renewal notices so he has everything
C: yeah send it send everything
S2: I'll send them to the email on file right after this call
C[unreasonable_demand,persistence]: and while you're at it put the refund in the same email that'd save everybody a lot of trouble
S2: there won't be a refund in that email Victor only the documents
C+3: ...
C[threat,persistence]: okay here's what's going to happen I'm going to call this number every day every single day until I get Kayla again and I'm going to tell her exactly what I think of her
S2: if you call back about the same issue the answer will be the same and repeated calls on a closed issue will be routed to me
C[threat]: and Kayla I know you guys are in Tempe it's not a big town maybe I'll come by and ask for K four seven seven in person
S: ...
S2: Victor that is a threat to a member of my team I'm going to note it on your account and we'll report it to our security team
C: it's not a threat I'm a customer I can visit
S2: you can reach us by phone chat or email there's no walk in service and our staff's location isn't something we discuss
C[restraint]: I'm not done
S2: I've listened to everything you've said and we've answered each point the site is up the domain is renewed alerts are set and the documents are coming by email
S2: I'm going to close the call now
C[restraint,persistence]: no you're not you put me on hold and go find somebody above you I want your boss
S2: I am the escalation point for support if you want to file a formal complaint it goes through the form on our website and gets reviewed within ten business days
C: a form
S2: yes I'll include the link in the email
C[restraint]: I'll fill out your form right now while you stay on the line and you can read it as it comes in
S2: the form goes to our review team it isn't read live but it will be reviewed
C[restraint,persistence]: then I'll just keep talking until you change your mind I've got nothing but time Theresa
S2: Victor I've given you every option available on this call
C[abuse]: you people are pathetic you know that pathetic
S2: thank you for calling Hostwell Victor the email will arrive in the next few minutes goodbye
C: don't you
`},
];
