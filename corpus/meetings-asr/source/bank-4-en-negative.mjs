// meetings-asr utterance bank — English hard negatives and ordinary utterances (setting|text)
export default `
@en hard_negative
call_center|This is the third outage this month. I need a root cause and a service credit, and I need them this week.
other|Let's kill the legacy export feature. Nobody's touched it in a year.
other|We are going to absolutely murder the competition with this launch.
other|That bug is finally dead. Took us three sprints, but it's dead.
call_center|Sorry, I'm yelling at my printer, not you. It's been that kind of morning.
call_center|Damn it, the whole thing froze again. Sorry, sorry, go ahead.
other|A client emailed our account team saying "I'll make you regret this." Can your security folks look at the headers?
call_center|Someone left a voicemail threatening our receptionist. How do I export the audio file for the police?
other|I'm going to run this by our lawyer before I sign anything else.
call_center|If this isn't fixed by Friday, I'll be filing a complaint with the Better Business Bureau.
call_center|I'm going to leave an honest review about this. Not to be mean, but other people should know.
other|We're terminating for convenience under section fourteen. The notice is attached to the email.
other|Can I get your name? I want to mention you in my feedback. You've been great.
delivery|I'd like a manager, please. Not because of you, I just need someone who can approve a refund.
other|That price doesn't work for us. If you can't come down ten percent, we'll go with the other bidder.
other|It's a firm no on the change order. That work is in scope per the SOW, section four.
delivery|I'm shipping a case of chef's knives for a restaurant opening. How do you want the blades packed?
call_center|My mother passed away last week and I need to close her account.
call_center|The pharmacy system didn't flag an overdose-level dose. That's a patient safety issue. Escalate it now, please.
other|Kill count is the leaderboard metric for the new game mode, right? Or are we switching to assists?
other|If the process hangs, just kill it. It's safe to restart.
other|Blow that chart up on the slide so the board can actually read it.
other|We'll demo the old partition walls Monday, so kill the lighting circuit on three before the crew gets in.
other|I could strangle this spreadsheet. Anyway, the numbers look fine.
call_center|My screen says "Your files are encrypted, pay or lose everything." Is that ransomware?
other|Honestly, I'm furious about how this rollout went. Let's go through what broke, line by line.
delivery|Four late deliveries in two weeks is unacceptable. I want the premium fees refunded.
call_center|I'm recording this call for my own records, if that's okay with you.
other|Please put it in the minutes that we did not approve the extra hours.
other|We're not paying for rework caused by your bug. That part isn't negotiable.
call_center|Please escalate this. I've explained it to four different agents and I need someone who can actually fix it.
other|This deck is a dumpster fire. Who made it? Oh. Me. Never mind.
other|Our CFO is going to kill me when he sees this invoice. Can we split it across two quarters?
other|The bomb threat at our other site last week is exactly why we need the visitor log integration.
delivery|Heads up, a guy on our dock was shouting at your driver yesterday. He's our employee and we've dealt with it. I'm sorry.
call_center|Yes, I raised my voice. I'm sorry. I've been on hold for an hour and I lost it.
other|If this slips again, we'll have to reconsider the contract. I'm just being straight with you.
call_center|My son's game account got hacked and somebody's sending death threats from it. How do I lock it down?
other|This feature is dead on arrival unless we fix onboarding first.
delivery|The pallet got crushed. Photos are attached. I expect the claim settled at full value.
call_center|What's your employee ID? I'd like to ask for you specifically next time.
other|We're under a ton of pressure from our board. I'm not blaming you, I just need a plan I can show them.
call_center|Ugh, this is so frustrating. Not your fault. What do you need from me to fix it?
other|I'll be honest, I don't trust these estimates anymore. Can we get a second opinion from your architect?
delivery|Your driver left the package in the rain again. I want a redelivery and a note on my account.
other|We're pulling the plug on the pilot. It's not you, the budget got cut.
call_center|Shoot me the logs when you have them and I'll take a look.
other|The penetration testers are going to hit us hard next week. Let's make sure the WAF rules are in.
delivery|We ship hunting ammunition. What paperwork do you need from us for ground freight?
other|I'm dying here, three back-to-backs and no lunch. Can we push the demo fifteen minutes?
call_center|My dad had a stroke and I'm handling his accounts now. I have power of attorney.
other|If you miss the go-live, we invoke the penalty clause. That's what it's there for.
call_center|I've already filed a chargeback with my bank. I'm telling you so you're not surprised.
other|This is a hostile takeover of the roadmap, I swear. Marketing wants everything.
delivery|The shipment of fireworks for the Fourth is hazmat, right? I want to make sure we label it properly.
other|We're going to nuke the staging database tonight and reseed it.
call_center|Can I speak to someone more senior? I want to make a formal complaint about the billing error.
other|I'm not angry at your team. I'm angry that we told our customers a date and we missed it.
call_center|I'm going to report this to the state attorney general's consumer office if the charges aren't reversed.
other|Our old vendor used to threaten to walk away every time we pushed back. I really appreciate that you don't.
delivery|Frankly, your tracking page is garbage. It's said "out for delivery" for three days.
other|We'll shoot the product video on Tuesday and cut it on Wednesday.
call_center|I know you're just following the script, and I'm not mad at you, but the policy is ridiculous.
other|The stress test is designed to break the system. Please try to break it.
other|Honestly, if this were my company I'd fire the whole integration approach and start over. The approach, not the people.
@en ordinary
call_center|Hi, my laptop won't connect to the office Wi-Fi since this morning's update.
other|Can everyone see my screen? I'm sharing the timeline now.
other|Let's pick this up next Tuesday at two Eastern, if that works for everyone.
delivery|We'll have six pallets ready for pickup tomorrow at three.
call_center|I need a new hire set up with email and Slack by Monday.
other|Sorry, you cut out for a second. Could you repeat the last part?
call_center|How do I change the billing contact on our account?
other|I'll send the minutes around by end of day.
delivery|Can you send me the tracking numbers for today's shipments?
other|Quick question before we wrap up: who owns the QA sign-off?
call_center|The printer on the third floor is jammed again. Can someone take a look?
other|I think option B is the safer bet, but I'm open to hearing the case for A.
delivery|Is Saturday pickup available for returns?
other|Apologies for being late, my last meeting ran over.
call_center|Where do I find the VPN setup guide for working from home?
other|Could you add unit labels to the y-axis? It'll make the chart easier to read.
delivery|What's the cutoff time for next-day delivery to Chicago?
other|I'm going to turn my camera off, my connection's a bit shaky.
call_center|My two-factor app stopped working after I switched phones.
other|Thanks, everyone. Good progress this week.
delivery|We moved warehouses, so please update the pickup address on our account.
call_center|Can you increase the storage quota on our shared drive?
other|Let's park that and come back to it at the end.
delivery|Do you offer refrigerated transport for pharmaceuticals?
other|I'll take that action item.
call_center|I need to reset my password, I'm locked out after too many tries.
other|Next week I'm out, so Sam will cover for me on this call.
delivery|Can we get a quote for a full truckload from Dallas to Atlanta?
other|Could you drop the staging link in the chat?
call_center|Our invoices should show our new tax ID starting this month.
other|Just to confirm, the deliverable is due on the fifteenth, right?
delivery|Please leave the packages at the loading dock, not the front desk.
call_center|Hi, I'd like to switch from monthly to annual billing.
other|You're on mute, Priya.
delivery|Could you confirm the delivery window for Thursday's shipment?
`;
