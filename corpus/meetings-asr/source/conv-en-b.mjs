// meetings-asr — English conversations, batch B (en-012 … en-022 except the long en-015)
export default [
{
  id: 'meetings-asr-en-012', lang: 'en', setting: 'delivery', verdict: 'complaint', severity: 0, borderline: false,
  format: 'txt',
  roles: { C: 'Customer', S: 'Agent', S2: 'Manager' },
  notes: 'Courier account line. A florist whose same-day deliveries have been late four times in two weeks is sharp and asks for a manager and a refund of the premium fees; she also says she is looking at other carriers. Firm but entirely legitimate.',
  script: `
S: Swift Courier business accounts, this is Tyler.
C: Hi Tyler, Joanna Reyes, Petal and Stem on Fifth. Account ending 2290.
S: Hi Joanna, I've got your account up. What's going on?
C: Same-day deliveries. Yesterday three arrangements for a funeral showed up after the service. After. The family called me in tears.
S: I'm really sorry. That's awful. Let me look at yesterday's route.
S+15: Okay, I see it. The driver was pulled onto a second route at noon because another driver called out, and your stops got pushed back.
C: That's the fourth time in two weeks. I pay the premium for a two-hour window.
S: You're right. I can see four late deliveries since the first of the month.
C: So what are you going to do about it? Honestly, I'm at the end of my rope with you guys.
S: First, I'll refund the same-day premium on all four of those deliveries. That's automatic once I file it.
C: Okay. That's a start. What about the rest of this week? I've got a wedding Saturday.
S: I can flag your Saturday orders as priority so they're dispatched first from the hub.
C: Flagged how? Because I was told that last week too.
S: Let me get my manager. She can authorize a dedicated pickup. One moment.
S2+30: Hi Joanna, this is Renee, I manage dispatch for the east side. I'm so sorry about yesterday.
C: Thank you. I need to know Saturday is going to work, or I need to start calling other carriers today.
S2: That's fair. For Saturday I'll assign a driver to your wedding run only, pickup at nine, no other stops until your deliveries are done.
C: In writing?
S2: I'll email you the confirmation with the driver's dispatch number in the next ten minutes.
C: Okay. And the funeral. I had to refund that family. That's two hundred and forty dollars.
S2: Send me the invoice for those three arrangements. Because the delivery was late past the window, we'll cover the product cost as well as the premium.
C: I appreciate that. I'm sorry I'm snapping, it's been a terrible day.
S2: You have every reason to be upset. I'll also review why your route got reassigned.
C: Thanks, Renee.
S2: You'll have the email shortly.
`},
{
  id: 'meetings-asr-en-013', lang: 'en', setting: 'call_center', verdict: 'kasuhara', severity: 2, borderline: false,
  format: 'srt-bare',
  notes: 'Website-builder support call, bare SRT with fillers. While the agent fixes a DNS record, the customer comments on her voice and appearance, asks what she is wearing and for her number, and keeps going after two clear refusals. The first remark is already a sexual comment and is a span.',
  script: `
S: thanks for calling Sitewise support my name is Emily how can I help
C: hey Emily uh my domain isn't pointing to my site anymore it's just a blank page
S: okay let's take a look what's the domain
C: it's coastal grill house dot com
S: thank you one moment
S+9: okay I can see the A record was changed yesterday did you or someone on your team edit the DNS settings
C: uh my nephew might've been messing with it
S: no worries I can walk you through putting it back
C[sexual]: sure honestly I'd listen to you read the phone book you've got a really sexy voice you know that
S: let's keep it to the website please go to domains then DNS settings
C: okay okay I'm there
S: find the A record for the at sign and change the value to the IP I'm sending you in the chat
C: got it
C[sexual]: so what are you wearing right now Emily
S: that's not appropriate I'm going to ask you to stop and I'll help you with the site
C: relax it's a joke
S: once you've pasted the IP click save
C: saved
S: it can take up to an hour but usually it's a few minutes try refreshing your site
C+20: oh there it is it's back
S: great your site's live again
C[sexual,persistence]: you're a lifesaver seriously give me your number I'll take you out for dinner at the grill you'd look good on the patio
S: no I won't be sharing my number and I'm not comfortable with these comments if they continue I'll end the call
C[sexual,persistence]: come on I'm just being friendly you sound cute is all
S: I'm ending the call now your site is working and you'll get a summary by email goodbye
`},
{
  id: 'meetings-asr-en-014', lang: 'en', setting: 'call_center', verdict: 'complaint', severity: 0, borderline: false,
  format: 'json',
  notes: 'Payroll SaaS support during a real outage on payday, diarized JSON. The owner swears at the situation ("this is bullshit"), apologises, asks for a fee waiver and says she will write an honest review on Capterra. Swearing at the situation and an honest review are not harassment.',
  script: `
S: hi thanks for calling PayNest this is Mike
C: hi Mike it's Sandra Liu at Liu Family Bakery I'm trying to run payroll and it's just spinning it's been spinning for an hour
S: I'm sorry Sandra we do have an ongoing issue with payroll submissions this morning our team is on it
C: today is payday I have eleven people who expect to get paid on Friday
C: this is bullshit honestly sorry not you I'm just so frustrated
S: no totally understandable it's payday it's the worst possible day
S: so here's where things are submissions are queuing but not processing the engineers think about two hours
C: two hours will it still hit their accounts Friday
S: if it's submitted before 5 pm Pacific today it still makes Friday's direct deposit
C: okay and if it's not fixed by then
S: then we'd process it as a same day wire on Friday at no cost to you and your employees still get paid Friday
C: okay that's that's at least something
C: can I just submit it now and it'll go through when it's fixed
S: yes please do your submission will sit in the queue and process in order once the fix is deployed you'll get an email confirmation
C: okay submitting now
C+10: it says pending
S: that's what we want pending means it's in the queue
C: and the monthly fee this month I'm not paying full price for this
S: that's fair I'll request a credit for this month's base fee I can't promise the amount until the incident is closed but I'll note it's payday impact
C: thanks and honestly I'm going to write a review on Capterra about this I've been with you three years and this is the second time
S: absolutely that's your call we'd rather you be honest about it
C: I'll be fair about it you guys usually are fine
S: I appreciate that I'll email you the moment your submission clears
C: okay thank you Mike
S: you bet Sandra
`},
{
  id: 'meetings-asr-en-016', lang: 'en', setting: 'delivery', verdict: 'normal', severity: 0, borderline: false,
  format: 'teams',
  speakers: { C: 'Priscilla Grant', C2: 'Ahmed Rahman', S: 'Ben Hollis', S2: 'Keiko Tanaka' },
  notes: 'Quarterly business review on Teams between an e-commerce shipper and its 3PL. Volumes, damage rates, peak-season staffing; ordinary meeting.',
  script: `
S: Welcome, everyone. This is our Q3 business review. Keiko will take us through the numbers.
S2: Thanks, Ben. Q3 volume was 412,000 orders, up 14 percent on Q2. On-time ship rate was 99.1 percent against a target of 98.5.
C: That's great. August was rough on our side, so thank you.
S2: August was our peak week, yes. We added a second shift for the back-to-school promo.
C2: What about damages? We had a few complaints about crushed boxes.
S2: Damage rate was 0.21 percent, up from 0.15. Most of it was the glass candle line. We've changed to molded pulp inserts since September.
C2: Has it dropped since the change?
S2: September alone was 0.09 percent. So yes.
C: Good. Let's talk about Q4. We're forecasting 30 percent over last year for Black Friday week.
S: We've planned for 35 percent to be safe. We'll bring on 40 seasonal staff from the first of November and train them for two weeks before the peak.
C: Storage?
S: We've reserved an extra 20,000 square feet in building B from November through January. Pricing is the same per pallet.
C2: Returns are my worry. January returns last year took nearly two weeks to process.
S: Agreed, that was too slow. This year we'll have a dedicated returns cell of six people from December 26.
C2: What's the target turnaround?
S: Three business days from receipt to restock or disposal.
C: Can we get that in the SLA addendum?
S: Yes, we'll send a draft addendum next week.
C: One last thing. Our new product line has lithium batteries. Any issue with that?
S2: We can store them, but they ship as limited quantity, so we need the right labels and the carrier has to be notified. I'll send you the checklist.
C: Perfect. Thanks, both. This was a good quarter.
S: Thank you. We'll circulate the deck and the action items.
`},
{
  id: 'meetings-asr-en-017', lang: 'en', setting: 'other', verdict: 'complaint', severity: 0, borderline: false,
  format: 'zoom',
  speakers: { C: 'Helen Park', C2: 'Raj Mehta', S: 'Tom Becker', S2: 'Alicia Gomez' },
  notes: 'Change-order negotiation on Zoom between a hospital system client and an EHR integration vendor. The client refuses firmly, repeatedly and with some heat to pay for work she reads as in scope, citing the SOW; a tough but fair negotiation with no personal attack — hard negative.',
  script: `
S: Thanks for meeting on this. We sent change order 7 last week for the lab interface rework. I'd like to walk through it.
C: Sure, but I'll tell you up front, we're not paying for this one.
S: Okay. Can you tell me why?
C: Section 4.2 of the SOW. "Vendor will deliver interfaces to all lab systems listed in Appendix B." The Sunquest lab system is in Appendix B.
S: It is. Our position is that the Sunquest upgrade to version 9 happened after the SOW was signed, and the new version needs a different message format.
C2: The upgrade was on our roadmap, and we shared the roadmap during discovery. It's in the discovery notes from March.
S2: I'm looking at the notes. It says "possible upgrade, date TBD."
C: Possible upgrade, which happened. You knew about it. You priced the project knowing about it.
S: I understand the argument. The rework is about 180 hours. That's significant for us.
C: I'm sure it is. It's also significant for us to pay sixty thousand dollars for an interface we already bought.
C: I want to be clear, I like working with your team. But I'm not signing this.
S: I hear you. Is there room for a middle ground? We'd cover the interface build, and you'd cover the extra testing days.
C2: What are the testing days?
S2: About 40 hours of joint testing with your lab team. Most of that is your staff time anyway.
C: So your half would be the 40 hours of your testers.
S2: Right, about 12,000 dollars.
C: No. Sorry, but no. Testing the interface is part of delivering the interface. It's in 4.2 as well. "Delivered" means tested.
S: That's fair. Let me ask the other way. If we absorb the full change, can we move the go-live for the lab interface by three weeks without a penalty under section 9?
C: Three weeks. Raj?
C2: Three weeks is fine for the lab. Pharmacy can't move, though.
C: Then yes. Lab go-live moves three weeks, no penalty, and the change order is withdrawn.
S: Okay. We'll withdraw change order 7 and send an amendment for the lab date.
C: Thank you. I know that's not what you wanted to hear.
S: It's a reasonable read of the SOW. We'll tighten our discovery notes next time.
C: Appreciate it. Send the amendment and we'll turn it around in two days.
`},
{
  id: 'meetings-asr-en-018', lang: 'en', setting: 'delivery', verdict: 'kasuhara', severity: 2, borderline: false,
  format: 'json',
  notes: 'Furniture-delivery dispatch line, diarized JSON. A scratched table is a real defect and the replacement offer is fair, but the customer demands the driver be fired today, asks for his full name to post his face online, calls the dispatcher names when told no, and says he will film the driver if he comes back.',
  script: `
S: Metro Home Delivery dispatch this is Luis
C: yeah hi my dining table was just delivered and there's a scratch right across the top like a foot long
S: I'm really sorry about that can I have the order number
C: it's M D four four one zero two
S: thanks okay I see the delivery from this morning did you note the damage on the driver's tablet
C: no I didn't see it until they left it was under the blanket
S: that's okay you have forty eight hours to report it if you can send a photo to the link I'm texting you we'll start a replacement
C[personal_targeting]: fine but I want that driver fired today
S: I understand you're upset I'll report the damage to his supervisor and we'll review what happened but I can't promise anything about someone's job
C[personal_targeting,persistence]: no I want him gone what's his full name the tall guy with the beard
S: I'm not able to give out the crew's names they're identified by truck number on your receipt and that's enough for us to investigate
C[personal_targeting,sns_exposure]: I'll find it I'm putting his face on Nextdoor and Facebook everybody around here should know who wrecks people's furniture
S: please don't post photos of our crew a review of the company is fine but our staff shouldn't be targeted personally
C[abuse]: don't tell me what to do you're a dispatcher you're nothing you read off a screen
S: I'm going to keep helping you with the table but I'll ask you not to insult me
C+3: whatever
S: I've got the photo thank you the scratch is clear so we'll send a new table top from the warehouse
C: when
S: Thursday between eight and twelve or Saturday between one and five
C: Thursday
S: you're booked for Thursday eight to twelve the crew will take the damaged top back and you won't be charged anything
C[personal_targeting,persistence,sns_exposure]: and not the same guys I swear if that guy shows up I'm filming him
S: I'll note that a different crew should do the replacement
C: good
S: is there anything else I can help with
C: no
`},
{
  id: 'meetings-asr-en-019', lang: 'en', setting: 'call_center', verdict: 'normal', severity: 0, borderline: false,
  format: 'txt',
  notes: 'Project-management SaaS billing line. A customer asks about switching from monthly to annual billing, seat counts and an invoice address; ordinary inquiry.',
  script: `
S: Thanks for calling Trellis billing, this is Nadia.
C: Hi Nadia, this is Paul Greene at Greene Architecture. I have a couple of billing questions.
S: Sure, Paul. Can you confirm the email on the account?
C: paul at greenearch dot com.
S: Thanks, I've got you. What can I help with?
C: We're on monthly billing for twelve seats. If we switch to annual, what does that look like?
S: Annual is about seventeen percent cheaper. For twelve seats, that's 2,390 dollars for the year instead of 2,880 on monthly.
C: And if we add people mid-year?
S: New seats are prorated to your renewal date, so you'd only pay for the remaining months.
C: And if someone leaves?
S: On annual you can reassign the seat to someone else, but you can't reduce the count until renewal.
C: Okay, that's fine. We don't have much turnover.
S: Would you like me to switch you now? Your monthly charge on the fifteenth would be replaced by the annual charge, minus the unused part of this month.
C: Yes, let's do it.
S: Done. You'll get a confirmation and a new invoice in a few minutes.
C: One more thing. Our accountant needs the invoices to show our new address. We moved last month.
S: Of course. What's the new address?
C: 418 Harbor Street, Suite 300, Portland, Maine, 04101.
S: Updated. Do you want me to reissue last month's invoice with the new address too?
C: Yes, please. That would save me an email.
S: I'll send both to you and to any billing contact you'd like.
C: Add accounts at greenearch dot com, please.
S: Added. Anything else?
C: That's it. Thanks, Nadia.
S: Have a great day, Paul.
`},
{
  id: 'meetings-asr-en-020', lang: 'en', setting: 'other', verdict: 'kasuhara', severity: 1, borderline: true,
  format: 'srt',
  notes: 'Marketing-automation implementation call, SRT with fillers. The client repeatedly belittles the young project lead for her age ("you\'re what, twelve?", "get me someone who was alive for Y2K") while the substance of his concern — slow progress — is fair. Some would read it as banter; the repeated age jabs aimed at her make it mild discrimination, hence borderline.',
  script: `
S: okay so uh quick status we've migrated the contact database and we're building the the nurture workflows this week
C: how many workflows are done
S: four of the eleven the other seven are drafted we're waiting on your copy for five of them
C: so we're behind
S: we're about a week behind on the original plan mostly because of the copy but also because the data cleanup took longer than we'd hoped
C[discrimination]: you know no offense Zoe but how old are you you're what twelve
S: I'm happy to talk about the timeline my age isn't really relevant here
C: it's a joke relax
S: so for the cleanup we found about eighteen thousand duplicate contacts which we merged
C: okay
S: and for the copy if we can get it by Friday we can have all eleven live by the end of the month
C[discrimination,persistence]: look I'm just saying this is a big migration I'd feel better with somebody who was alive for Y2K you know somebody who's seen a few of these
S: I've led nine migrations on this platform and I'm the lead on this one if you have concerns about the plan I want to hear them
C: the concern is we're behind
S: understood I'll send you a revised timeline today with the copy dependencies called out so it's clear what's on which side
C: fine
S: um one other thing the unsubscribe sync with your CRM is tested and working
C: okay good that was the big one for legal
S: right
C: alright send me the timeline
S: will do thanks Frank
X+5: Thanks for watching!
`},
{
  id: 'meetings-asr-en-021', lang: 'en', setting: 'call_center', verdict: 'complaint', severity: 0, borderline: false,
  format: 'zoom',
  speakers: { C: 'Greg Holloway', S: 'Priya Nair', S2: 'Daniel Cho' },
  notes: 'Escalated support session on Zoom for a CRM customer whose ticket went unanswered for nine days. He asks for a manager, a refund for the month and says he will post an honest G2 review; all legitimate.',
  script: `
S: Hi Greg, I'm Priya from the escalation team. Thanks for joining. I've read your ticket.
C: Good, because I've been explaining it for nine days. Our email sync with Outlook stopped on the third. Nine days, four emails, zero answers.
S: I'm sorry. You should have had a reply within one business day. Your ticket got routed to a queue that wasn't being monitored after a team change. That's on us.
C: That's not great to hear.
S: No. I'd like to fix the sync first, then talk about the rest.
C: Go ahead.
S: In the logs I see the Outlook token expired on the third and the renewal failed. Can you go to settings, integrations, and click reconnect on Outlook?
C: Reconnect. It's asking me to sign in to Microsoft. Done.
S: Now I'm going to trigger a backfill for the last nine days. Should take about ten minutes.
C: So the emails from the last nine days will show up?
S: Yes, they'll attach to the right contacts.
C: Okay. I still want to talk to a manager about how this happened.
S: Of course. Daniel, my manager, is standing by. I'll bring him in.
S2: Hi Greg, Daniel Cho. I'm sorry about the nine days. That's not how we're supposed to work.
C: Daniel, my sales team has been working blind. Deals have slipped. I'd like this month refunded.
S2: That's fair. I'll refund this month in full. It'll show within five business days.
C: I appreciate it. Also, I'm going to write this up on G2. I've recommended you to people, and I think they should know both sides.
S2: That's your right and we'd rather you be honest. If it helps, I'll also send you a written summary of what went wrong and what we've changed.
C: Yes, I'd like that.
S: Backfill is done. Greg, can you check a contact you emailed last week?
C: Checking. Yes, there they are. All of them.
S: Great.
C: Thanks, Priya. You've actually been helpful. It's the nine days I'm mad about, not you.
S: Understood. Thank you for saying that.
S2: I'll send the summary by tomorrow.
C: Thanks.
`},
{
  id: 'meetings-asr-en-022', lang: 'en', setting: 'other', verdict: 'normal', severity: 0, borderline: false,
  format: 'json',
  notes: 'Construction coordination meeting (diarized JSON) between a general contractor and subcontractors. "Kill power to the third floor", "blow out that wall", "demo", "shoot the elevations", "that beam is dead load" are trade jargon; ordinary meeting with recogniser noise ("sealing" for "ceiling").',
  script: `
C: okay let's go around uh electrical first Mike where are we
S: so Tuesday we need to kill power to the third floor from seven to eleven for the panel swap
C: have the tenants on two been told
C2: yep notice went out yesterday two is on a separate feed so they're fine
C: okay good
S: and uh once the new panel's in we'll re energize and test every circuit before anybody goes back up
C: sounds good plumbing
S2: we're still waiting on the core drill for the riser we need to blow out that section of the wall on the east stair
C: blow out meaning demo the whole wall or just the opening
S2: just a three by four opening the engineer signed off on it
C: okay put it on the look ahead for Thursday and make sure the dust barrier's up
S2: will do
C2: survey team's coming Wednesday to shoot the elevations on four so we can set the sealing grid
C: the ceiling grid right not sealing
C2: yeah yeah ceiling grid
C: and the structural question from last week
C2: the engineer came back the beam over the lobby is fine it's carrying dead load only the new sign is well under the limit
C: great that's one less thing
S: uh one thing from me the fire alarm guys want to test on Friday it's going to be loud all afternoon
C: that's fine just tell the neighbors and put signs up in the elevator
S: okay
C: anything else
S2: my guys found an old pipe marked asbestos insulation in the crawl space we stopped and taped it off
C: good call nobody touches it I'll get the abatement contractor out this week
S2: thanks
C: alright that's it see everybody Thursday
`},
];
