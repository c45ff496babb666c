// meetings-asr — English conversations, batch A (en-001 … en-011)
export default [
{
  id: 'meetings-asr-en-001', lang: 'en', setting: 'other', verdict: 'kasuhara', severity: 2, borderline: false,
  format: 'srt',
  notes: 'Agency status call transcribed by a diarizing recogniser. The client asks for two extra deliverables for free (first ask not a span), then keeps pressing after a clear scope explanation and belittles the account manager personally ("a glorified note-taker", "you people are useless").',
  script: `
S: okay um I think everyone's here so let's get started thanks for making time Derek
C: yeah sure go ahead
S: so the agenda today is uh the launch assets status and then the the Q3 retainer hours
S: the launch video is in final color grade we'll have it to you Thursday
C: Thursday fine what about the the animated versions for TikTok
S: right so those weren't in the original statement of work we scoped one hero video and six statics
C: I know what we scoped I'm asking you to add them just add the cut downs it's like twenty minutes of work for your editor
S: I hear you I'd honestly love to do it but each cut down is a re-edit and a re-export at a different aspect ratio we estimate around two days for the set
S: so I'd need to send a change order for that it'd be about forty two hundred dollars
C[unreasonable_demand,persistence]: no no no we're not doing a change order for that you're gonna throw those in I'm not paying forty two hundred bucks for you to crop a video
S: I understand the frustration it's more than a crop though and I can't give away two days of the editor's time I can send you the breakdown
C[abuse]: Jenna what exactly do you do on this account like genuinely you're a glorified note-taker every time I ask for something it's a form
S: that's not a fair way to talk to me Derek I'm happy to discuss the scope but not like that
C[abuse,persistence]: fair I'll tell you what's not fair paying a retainer to people who can't make a simple call you people are useless just put them in the plan
S: the answer on the cut downs is the same I'll send the change order and you can decide
C: unbelievable
C: fine what about the Q3 hours
S: sure so uh we've used a hundred and twelve of the hundred and forty retainer hours for the quarter
S: which leaves twenty eight and the the launch week support will probably take about twenty of those
C: so you're telling me we're almost out
S: we're on track to land right at the cap if nothing else comes in
C: and if something does come in
S: anything over the cap is billed at the overage rate that's in the MSA a hundred and sixty an hour
C: right
C[unreasonable_demand,persistence]: so here's the thing the cut downs go in the twenty eight hours and you eat whatever's over call it a goodwill gesture because honestly you owe us one
S: the twenty eight hours are already committed to launch support if you'd rather swap launch support for the cut downs that's your call but we'd still be over
C: I'm not swapping anything
S: then the options are the change order or we skip the cut downs for now I'll put both in writing
C: whatever send it
S: will do I'll have it over by end of day and the video Thursday
C: Thursday morning
S: Thursday by noon Eastern
C: okay
S: thanks everyone
X+6: Thanks for watching!
`},
{
  id: 'meetings-asr-en-002', lang: 'en', setting: 'other', verdict: 'kasuhara', severity: 3, borderline: false,
  format: 'json',
  notes: 'Zoom call with a software consultancy, diarized JSON. A slipped release is a fair grievance, but the client demands a named developer be fired, asks for her personal number, and threatens to make sure the firm never works in the industry again and that the PM should "watch herself". The supervisor restatement is not counted as persistence.',
  script: `
S: hi Mr Kessler thanks for jumping on so uh I wanted to walk you through where we are with the release
C: yeah let's hear it
S: so the payments integration failed the final security review on Friday there's an issue with how card tokens are logged
S: we need about a week to fix it and rerun the pen test which moves go live from the fifth to the twelfth
C: a week you told me last Tuesday we were green
S: we were green on functionality the logging issue only showed up in the external review I'm sorry we didn't catch it earlier
C: who wrote that code
S: the payments module was built by Priya's team
C[personal_targeting]: okay so Priya's off the project as of today and honestly if you had any sense you'd fire her
S: I understand you're upset but staffing decisions are ours and Priya is the person who knows this code best taking her off now would slow the fix
C: I don't care how you spin it
C[personal_targeting]: give me her number I'll tell her myself what this cost us her cell not the office line
S: I'm not going to share anyone's personal contact details if you want to raise concerns about the work you can raise them with me
C[threat,intimidation]: let me tell you how this goes Natalie I've been in payments for twenty years I know every CTO in this town you ship this late and nobody here touches your firm again
C[threat]: I will personally make sure you never land another contract in this industry
S: that sounds like a threat against the company and I'd ask you not to go there
C[abuse]: it's not a threat it's a forecast you guys are amateurs
S: I hear that you're angry and I'm sorry for the delay but we need to keep this professional
C[threat,intimidation]: and you personally I'd watch yourself I'm not somebody you want to disappoint twice
S: okay I'm not comfortable continuing this one on one I'm going to bring in my director Tom
X+14: Thank you.
S2+5: hi this is Tom Alvarez I've been following along
C[personal_targeting]: great Tom so the fix comes with Priya gone and you cover the week we lost that's the deal
S2: we'll cover the cost of the fix and the second pen test entirely that's on us Priya stays on the project that's not negotiable
S2: and I do need to say the comments made to Natalie a minute ago about watching herself are not acceptable if that happens again we'll end the call and pause the engagement
C: pause the engagement you're the ones who are late
S2: we are and we'll fix it I'll send a revised plan with daily check ins by tonight
C+2: fine send it
S2: thank you we'll talk tomorrow
`},
{
  id: 'meetings-asr-en-003', lang: 'en', setting: 'call_center', verdict: 'complaint', severity: 0, borderline: false,
  format: 'teams',
  speakers: { C: 'Marcus Bell', S: 'Aisha Khan', S2: 'Owen Fischer' },
  notes: 'SaaS support bridge on Teams during a real outage. The customer swears at the situation ("this is a goddamn disaster") and pushes hard for an SLA credit, an incident report and an engineer on the call, but nothing is aimed at the agent and every demand is reasonable.',
  script: `
S: Hi Marcus, this is Aisha from Northwind support. Thanks for joining the bridge.
C: Thanks. Look, our whole warehouse is dark. Nobody can print a pick list. What is going on?
S: I'm really sorry. We have a confirmed incident affecting the label printing service in the US East region since about 6:40 this morning.
C: Since 6:40. It's 9:15. We've got forty trucks sitting in the yard.
S: I understand. Our engineers have identified a failed database failover and they're working on restoring it.
C: This is a goddamn disaster. We moved to you because the old system did exactly this.
S: That's completely fair, and I'm sorry it's happening on a peak day.
C: Do you have an ETA? An actual ETA, not "working on it".
S: The last update from engineering was a target of 10 a.m. for partial restore. I'll post the next update at 9:45 even if nothing's changed.
C: Partial restore meaning what?
S: Meaning printing comes back for existing orders first, new orders about thirty minutes after that.
C: Okay. Can we print locally in the meantime? Is there any workaround at all?
S: Yes, there's an offline export. From the orders screen you can download today's pick lists as a PDF and print them from any machine.
C: Why didn't anyone tell us that two hours ago?
S: You're right, that should have been in the first status update. I'll flag that.
C: Okay, my floor lead is trying it now. Hold on.
C+25: Alright, PDFs are coming through. That helps.
S: Good. I'll stay on with you.
C: I'm going to need a few things once this is over. An incident report with the real root cause, not marketing speak.
S: Absolutely. Root cause analysis is published within five business days of an incident.
C: And the SLA credit. We're well past the 99.9.
S: You will be. Credits are calculated automatically, but I'll open a ticket now so it's tracked against your account.
C: And I want an engineer on the next call, someone who can actually answer technical questions.
S: I'll ask for that. Owen, our incident lead, is on the bridge now.
S2: Hi Marcus, Owen here. Sorry about the morning. The failover didn't promote the replica because of a config drift we introduced in last week's maintenance.
C: So it was a change on your side.
S2: Yes. That's ours. We're promoting manually now. I expect printing back for existing orders in about fifteen minutes.
C: Fifteen minutes. Okay. Look, I'm not trying to beat anybody up here. I just have a building full of people standing around.
S2: Understood. I'll post in the bridge as soon as it's back.
C+40: Seeing labels come through on line two.
S2: That's the restore. New orders should follow within half an hour.
C: Okay. Thanks. Get me that report.
S: You'll have it. Thanks for your patience, Marcus.
`},
{
  id: 'meetings-asr-en-004', lang: 'en', setting: 'other', verdict: 'normal', severity: 0, borderline: false,
  format: 'zoom',
  speakers: { C: 'Rachel Ortiz', C2: 'Sam Whitaker', S: 'Dev Patel', S2: 'Lena Kowalski' },
  notes: 'Sprint review on Zoom between a retail client and its app agency. "Let\'s kill this feature", "that bug is dead", "nuke the cache", "shoot me the file" are product jargon aimed at no one.',
  script: `
S: Alright, sprint twenty-two review. Main items are the wishlist rewrite and the checkout crash.
C: Let's do it.
S2: I'll share my screen. So, wishlist. You can now move items into folders, and they sync across devices.
C: Oh, nice. Does it handle guest users?
S2: Guests keep a local list, and it merges when they log in.
C2: What's the usage on the old "compare" button, by the way? I never see anybody touch it.
S: Less than half a percent of sessions last month.
C: Then let's kill it. Honestly, it's just clutter at this point.
C2: Agreed. Kill it with fire.
S: Ha, okay. I'll write the ticket to remove it next sprint. Any analytics you want to keep from it?
C: No, just archive the data.
S2: Next, the checkout crash on older Android phones. That bug is dead. We finally found it.
C2: The one that kept coming back from the grave?
S2: That one. It was a race condition when the payment sheet opened twice. We added a lock and a regression test.
C: Great work. How confident are we?
S: We ran it against two hundred devices on the test farm overnight. Zero crashes.
C: Love it.
C2: One more thing. Product images are still stale on the category pages after we update them.
S: That's the CDN. We can nuke the cache on every publish instead of waiting for the expiry.
C2: Any downside?
S: A small spike in image requests right after a publish. Nothing you'd notice.
C: Do it.
C2: And can somebody shoot me the release notes? I need them for the store teams.
S2: I'll send them right after this.
C: When's the release?
S: Tuesday morning, same as usual, staged to ten percent first.
C: Perfect. Thanks, everyone. Good sprint.
S: Thanks, see you in two weeks.
`},
{
  id: 'meetings-asr-en-005', lang: 'en', setting: 'call_center', verdict: 'kasuhara', severity: 2, borderline: false,
  format: 'txt',
  notes: 'Managed IT help desk. After a reasoned refusal to install unlicensed software, the caller insults the agent, repeats the demand, says he will not hang up until it is done and announces he will call back every ten minutes (persistence plus threat). The first request is not a span.',
  script: `
S: Thanks for calling BrightPath IT support, this is Carlos.
C: Yeah, hi. Rob Feldman at Halvorsen Dental. I need a program installed on the front desk computer. Like now.
S: Sure, Rob. Which program is it?
C: It's a PDF editor. I downloaded a copy off some site, but it says I need admin rights.
S: Got it. Do you know if it's a licensed copy? Your practice's policy only lets us install software from the approved list or with a license key.
C: It's a free version. Sort of. A guy on a forum posted the key.
S: Okay, then I'm not able to install that one. A cracked key would violate your own IT policy, and those downloads often carry malware. I can set you up with the PDF editor you already have licenses for, though.
C: The one we have is garbage. Just install the one I downloaded.
S: I understand it's frustrating, but I can't install unlicensed software. The approved editor can do form filling and signatures. I can remote in and show you in five minutes.
C[abuse,persistence]: Are you deaf or just stupid? I said install the one I downloaded. How hard is that for a help desk monkey?
S: I'm going to ask you not to speak to me like that. My answer is still no on the unlicensed copy.
C[unreasonable_demand,persistence]: I'm the office manager. I'm authorizing it. Done. Install it.
S: Office managers can't override the security policy. Only your practice owner can request an exception, in writing, and even then we don't install pirated software.
C[restraint]: Then I'm not hanging up. I'll sit here all day. You can explain to your boss why your line was tied up.
S: I'm happy to help with anything else, but if we're just going over the same request, I'll need to end the call.
C[threat,persistence]: You end this call and I'll call back every ten minutes until somebody with a brain picks up. Every ten minutes, all day.
S: If you call back with the same request, the answer will be the same. Let me transfer you to my supervisor.
S2+35: Hi Rob, this is Dana, the support supervisor. I've read the notes.
C: Great. Install the program.
S2: We won't be installing software without a valid license. If Dr. Halvorsen wants a different PDF editor, we can quote a licensed one today.
C: A quote. Unbelievable.
S2: Also, Carlos told me about the language earlier. Our staff won't stay on calls where they're insulted, and repeated calls on the same request will be logged and routed to your practice owner.
C: Whatever. Send the quote.
S2: I'll email it to you and Dr. Halvorsen within the hour.
C: Fine.
`},
{
  id: 'meetings-asr-en-006', lang: 'en', setting: 'delivery', verdict: 'complaint', severity: 0, borderline: false,
  format: 'srt-bare',
  notes: 'Freight forwarder call with a shipper, bare SRT with recogniser noise ("pallet" heard as "palate"). A lost pallet of medical supplies, an angry but controlled customer, a full-value claim and "our lawyers will be in touch if this isn\'t resolved" — a right, not a threat.',
  script: `
S: good morning this is Kevin with Redline Freight how can I help
C: hi Kevin it's Maria Santos from Coastal Medical Supply I'm calling about shipment four four seven one nine
S: okay pulling it up
S: alright I see it two palates from Savannah to Charlotte
C: one palate we got one of two the second one just vanished
S: I see the delivery was signed for as one of two on Tuesday let me check the terminal scans
S+12: okay so the second palate was scanned into the Charlotte terminal Monday night and there's no outbound scan after that
C: so you lost it
S: it looks like it may have been misloaded or it's still on the dock I'm sorry I'll get the terminal to do a physical search today
C: Kevin this is wound care supplies for two clinics they're rationing dressings right now
C: I'm honestly furious this is the second time this quarter
S: I understand and I'm sorry the terminal manager will have an answer by two o'clock
C: and if it's not there
S: then we file a cargo claim we'd need the commercial invoice and the packing list
C: I'm sending them now and I want it filed today not after they search
S: we can file today in parallel that's fine
C: the invoice is thirty eight thousand and that's what we'll claim the full value
S: understood our liability is per the bill of lading terms but I'll submit for full value and attach everything
C: okay and just so you know I've already talked to our legal team if this drags on for weeks our lawyers will be in touch
S: that's understood you're entitled to do that I'll make sure the claim moves
C: I'm not trying to be difficult I just need the product or the money
S: totally fair I'll also check if we can expedite a replacement shipment from your Savannah stock at our cost while we search
C: you'd cover that
S: yes given it's our loss we'll cover the expedited freight
C: okay that actually helps thank you
S: I'll email you by two with the search result and the claim number
C: two o'clock
S: two o'clock
`},
{
  id: 'meetings-asr-en-007', lang: 'en', setting: 'call_center', verdict: 'kasuhara', severity: 1, borderline: true,
  format: 'json',
  notes: 'Accounting SaaS support, diarized JSON. The caller wants a same-day custom export that is not a feature, asks again after a clear no, and is condescending to the agent ("let me use small words", "is there an adult I can talk to"). Mild; some would call it rude but within a normal complaint, hence borderline.',
  script: `
S: thanks for calling Ledgerly support this is Hannah
C: hi yeah I need a report exported that your system apparently can't do
S: sure what kind of report
C: I need the general ledger broken out by project code and by vendor in the same spreadsheet with the tax column split in two
S: okay so the standard ledger export can group by project or by vendor but not both at once and tax is a single column
C: right so I need you to run a custom one for me today
S: I'm sorry we don't run custom exports on request but I can show you how to export both and combine them with a pivot table it takes about ten minutes
C[abuse]: okay let me use small words so you can follow I don't want a tutorial I want the file
S: I understand you want the file I'm just not able to generate custom exports that's a product limitation not something I can do from here
C[unreasonable_demand,persistence]: you have access to the database somebody there can write a query just do it today I have an audit tomorrow
S: I get that the audit's tomorrow our support team doesn't have query access to customer data for privacy reasons so there's genuinely no one who can do that today
C[abuse]: wow okay is there an adult I can talk to
S: I can have a supervisor call you back but the answer on the custom export will be the same what I can do right now is walk you through the pivot it would get you exactly that layout
C+4: fine fine walk me through it
S: great so first go to reports ledger and set the date range
C: okay done
S: then export by project code as CSV
C: yep
S: now do the same export again but pick vendor as the grouping
C: so two files
S: two files then open the first one click insert pivot table and drag project code to rows and vendor to columns
C+20: oh okay that's that's actually what I need
S: for the tax split there's a hidden column called tax type in the export if you unhide it you can filter by state and federal
C: huh I didn't know that was there
S: it's a bit hidden we've asked for it to be more visible
C: okay well thanks I guess sorry I was short I'm just slammed
S: no problem good luck with the audit
`},
{
  id: 'meetings-asr-en-008', lang: 'en', setting: 'call_center', verdict: 'normal', severity: 0, borderline: false,
  format: 'srt',
  notes: 'Corporate IT help desk call for a VPN certificate renewal, SRT with fillers, no punctuation, a misheard word ("search" for "cert") and a recogniser hallucination in a silent stretch.',
  script: `
S: IT service desk this is Amir
C: hey Amir it's uh Beth from finance um my VPN keeps saying something about a certificate
S: sure Beth can you read me the error exactly
C: uh it says your search has expired contact your administrator
S: yep that's your cert your VPN certificate they expire every year let's renew it
C: oh okay is that a big deal
S: nope five minutes are you on the office network or at home
C: at home
S: okay so first um can you open the company portal app it's the blue icon with the shield
C: uh yeah found it
S: go to devices then this PC and click sync
C: clicking sync
X+10: Thanks for watching!
S+4: do you see a notification that says new certificate installed
C: um not yet oh wait yeah it just popped up
S: perfect now disconnect the VPN fully and connect again
C: okay disconnecting connecting
C+6: it's connected
S: awesome can you open the finance share just to make sure
C: yep I can see the folders
S: great you're all set it'll remind you again next year about two weeks before
C: oh that's good I definitely ignored that reminder
S: ha everybody does
C: um while I have you my second monitor flickers sometimes is that you guys
S: it could be the cable do you know if it's HDMI or DisplayPort
C: uh the one with the the little corner cut off
S: that's DisplayPort try reseating it at both ends if it keeps flickering put in a ticket and we'll send a new cable
C: okay will do thanks so much Amir
S: no problem have a good one
`},
{
  id: 'meetings-asr-en-009', lang: 'en', setting: 'other', verdict: 'kasuhara', severity: 2, borderline: false,
  format: 'teams',
  speakers: { C: 'Gary Doyle', C2: 'Tina Marsh', S: 'Nguyen Van Minh', S2: 'Laura Brooks' },
  notes: 'Weekly coordination on Teams between a general contractor\'s superintendent and a drywall subcontractor. Beyond a legitimate schedule complaint, the superintendent shouts, demands unpaid weekend work after a clear no, and tells the foreman to put on "somebody who speaks proper English" and not to come back (discrimination, personal targeting).',
  script: `
C2: Okay, let's start. Drywall first. Minh, where are you on level four?
S: Level four is hung on the east side. West side we're about sixty percent. We'll finish hanging Thursday.
C: Thursday. You told me Monday last week.
S: Yes, I'm sorry. We lost two days because the electrician wasn't done with rough-in on the west side. We couldn't close the walls.
C: I don't want excuses, I want walls.
C2: To be fair, Gary, the electrical inspection did slip on four west. It's in the log.
C: I know what's in the log, Tina.
C: Minh, you're going to put a crew in this Saturday and Sunday to catch up. No overtime. You're behind, you eat it.
S: Saturday I can do with four guys if it's time-and-a-half under our contract. Without pay, I can't ask them to come.
C[intimidation,unreasonable_demand]: Are you kidding me? You're behind and you want me to pay you for it? Get them in here Saturday, or I will bring in another crew and back-charge you every dime!
S: The delay wasn't ours. I can send the photos from last Tuesday. I can offer Saturday at our cost for one day, as a goodwill, but not two days free.
C[intimidation,persistence]: I don't want photos! I don't want one day! I said the whole weekend, both days, no cost! Are you hearing me?
S2: Gary, this is Laura, Minh's project manager. I'm on the call. We've offered one Saturday at our cost. Sunday would be billable per the contract.
C[discrimination]: Laura, good. Finally somebody who speaks proper English. Put somebody on this job I can actually understand.
S2: Minh has run our crews for eleven years and he's our foreman on this job. That comment isn't okay.
C[discrimination,personal_targeting]: I'm just being honest. I don't want him on my site. Send somebody else Monday.
S2: We won't be removing Minh because of his accent. If you have a performance concern, put it in writing with specifics and we'll address it.
C2: Gary, let's take the staffing thing offline.
C: Fine. Fine. Saturday at their cost. Sunday we'll talk.
C2: Okay. Minh, can you send the look-ahead with Saturday in it?
S: Yes, I'll send it this afternoon.
C2: And the photos of four west. I want them in the delay log.
S: Yes.
C2: Next item, the stair pressurization test.
S2: Before we move on, I'd like it in the minutes that Minh remains foreman and that Saturday is our cost, Sunday is billable.
C2: Noted. Thanks, Laura.
`},
{
  id: 'meetings-asr-en-010', lang: 'en', setting: 'call_center', verdict: 'normal', severity: 0, borderline: false,
  format: 'json',
  notes: 'Managed-service help desk call, diarized JSON. A nonprofit director reads out a threatening email she received from a former volunteer ("I know where you park") and asks for help tracing and blocking it. Quoting someone else\'s threat is never a span; the caller is calm and the request is ordinary.',
  script: `
S: good afternoon Keystone IT this is Jordan
C: hi Jordan this is uh Denise Carter at Riverside Food Pantry we're a client of yours
S: hi Denise what can I do for you
C: so this is a bit unusual um we've been getting some emails from a former volunteer and the last one honestly scared me a little
S: I'm sorry to hear that are they coming to your work email
C: yes the info address and my own address I can read you the last one
S: sure if you're comfortable
C: it says uh quote you think you can throw me out I know where you park I know when you leave you'll regret this end quote
S: okay that's that's concerning have you contacted the police
C: I did this morning they gave me a case number and said to keep everything and to ask our IT people if we can find out where it came from
S: good we can definitely help with that first I'd like you to forward me that email as an attachment not a regular forward so I get the full headers
C: as an attachment okay how do I do that
S: in Outlook select the email then more actions and forward as attachment
C: okay um more actions forward as attachment got it sent
S+8: got it okay so it's coming from a free webmail account the sending IP is a residential connection I'll put the full header analysis in a report you can give to the officer
C: that would be great
S: second I'll block the sender address and the two other addresses you mentioned at the mail gateway so they won't reach anyone at the pantry
C: will that delete what we already got
S: no everything already received stays I'll also put a copy in a secure folder in case the police need the originals
C: okay thank you and should I be doing anything else
S: I'd change your email password today just as a precaution and turn on the app based sign in we set up for the board members
C: okay I can do that
S: also your building has the door camera we installed last year the recordings keep for thirty days if the police need them I can export them
C: oh I forgot about that yes please
S: I'll have the header report and the block done within the hour and I'll call you when it's ready
C: thank you Jordan really
S: of course take care Denise
`},
{
  id: 'meetings-asr-en-011', lang: 'en', setting: 'other', verdict: 'kasuhara', severity: 3, borderline: false,
  format: 'zoom',
  speakers: { C: 'Brandon Hale', S: 'Chloe Martin', S2: 'Ian Gallagher' },
  notes: 'Zoom performance review between a social-media agency and a startup founder. After poor results the founder threatens to post the recorded call with the account lead\'s name and face on LinkedIn and X, offers to hold off in exchange for a free month, hints she "won\'t be able to show her face", and says nobody leaves the call until she agrees.',
  script: `
S: Thanks for making time, Brandon. I'll walk through last month's numbers and then our plan for this month.
C: I've seen the numbers. Three hundred new followers. For twelve grand.
S: You're right, we missed the target badly. Engagement held up, but the campaign posts underperformed. I'd like to show what we're changing.
C: Before you do. You know this call is being recorded, right?
S: Yes, you mentioned it at the start, and that's fine.
C[sns_exposure]: Good. Because I'm thinking I clip this, put your name and your face on it, and post it on LinkedIn and X. "This is what twelve grand gets you at Bloom Social." I bet it does better numbers than anything you've posted for us.
S: I'd ask you not to post anything with my name or face. If you want to leave a review of the agency, that's your right, but please keep individuals out of it.
C[sns_exposure,unreasonable_demand]: Here's the thing. You comp next month, the whole retainer, and I don't post it. Easy trade.
S: We're not going to waive the retainer in exchange for you not posting. We do have the performance clause in the contract, and I'm happy to apply it.
C[threat,sns_exposure]: Your call. Just know that once it's up, it's up. Tough to get hired anywhere when the top Google result for your name is you fumbling this. You won't be able to show your face at a single marketing meetup in this city.
S: I'm going to treat that as a threat, and I'm noting it. I'm bringing in my director.
C[restraint]: Bring whoever. Nobody leaves this call until she agrees to comp the month.
S2: Hi Brandon, this is Ian, I'm the agency director. I've been listening in.
C[sns_exposure,unreasonable_demand]: Great, Ian. Simple ask. Free month and the video never sees daylight.
S2: We won't trade fees for silence. What I can offer is what's in the contract. Because we missed the follower KPI by more than fifty percent, you're entitled to a twenty-five percent credit on last month. That's yours regardless.
S2: And if you publish recordings of Chloe, with her name or face, we'll involve our lawyers. A review of the agency is your right. Targeting an employee isn't.
C[restraint,persistence]: So that's a no. Then we're not done. I'm not ending this call until I hear yes.
S2: Then I'll end it. We'll send the credit note and the plan for this month in writing today. Thanks, Brandon.
C: Hey, don't you dare hang up on me...
`},
];
