import { t, sp } from './util.mjs';
export default [
{ id: 'en-001', lang: 'en', setting: 'call_center', verdict: 'kasuhara', severity: 2, borderline: false, format: 'txt',
  notes: 'Ninth call of the day about a travel voucher already refused; the caller re-words the same cash demand, vows to call every hour and refuses to let the agent close. First demand is not a span.',
  speakers: sp(['s', 'Agent', 'Agent'], ['c', 'Caller', 'Caller']),
  turns: t(`
s: Thank you for calling Bluewing Air, this is Dana speaking. How can I help?
c: Yeah, hi Dana. You're the ninth person I've talked to today, so let's skip the script.
s: I'm sorry it's been a long day. Can I have your booking reference, please?
c: R7K2PQ. Same as the last eight times.
s: Thank you. I can see your flight to Denver was cancelled on the fourth and a travel voucher for four hundred twenty dollars was issued.
c: Right. And I don't want a voucher. I want the cash.
s: I understand. Because you accepted the rebooking offer on the fourth, the fare was converted into that voucher, and I'm not able to change it to a cash refund.
c[P]: The guy at nine a.m. said that. The woman at ten said that. I'm asking you, because you sound smarter.
s: I appreciate that, but the answer is the same. The voucher is valid for twelve months on any route.
c[P,U]: Fine, then give me the cash plus the voucher and we'll call it even. You people owe me for the hotel anyway.
s: The hotel night was reimbursed on the sixth, ninety-eight dollars. I can't add cash on top of the voucher.
c[P]: So what you're telling me, for the ninth time today, is no.
s: Yes, I'm sorry. I can email you the voucher terms so you have them in writing.
c[P,T]: Here's what I'm telling you. I'll call every hour until midnight, and tomorrow I'll start at six. Every single hour. Write that down.
s: Calling again won't change the outcome, sir. The decision on this booking is final.
c[P,U]: Then transfer me to whoever can un-final it. Refund department, executive office, the CEO's assistant, I don't care.
s: Refund requests are decided by the team whose decision I've just read to you. There's no further level for this.
c[R]: Okay. Then I'm just going to stay on the line. You can't hang up on a customer, it's in your policy, I read it.
s: If the conversation keeps repeating the same request, I'll need to end the call. I'm letting you know now before I do that.
c[R,P]: Don't you dare. I have not finished. Cash, Dana. Cash.
s: The answer remains the voucher. I'm going to end the call now. Have a good evening.
c[P]: See you at eight o'clock.
s: Goodbye.
`) },
{ id: 'en-002', lang: 'en', setting: 'call_center', verdict: 'complaint', severity: 0, borderline: false, format: 'zoom',
  notes: 'Third complaint about the same internet outage; the customer repeats herself and is sharp, but the provider failed three technician appointments. Legitimate repeat complaint, a hard negative.',
  speakers: sp(['c', 'Priya Raman'], ['s', 'Northline Support - Tom']),
  turns: t(`
s: Northline support, Tom speaking.
c: Hi Tom, it's Priya Raman, account ending 4471. This is my third call about the same outage and the third missed technician.
s: I'm sorry, Ms Raman. I can see the notes. Appointments on Monday, Wednesday and this morning, all marked no-show on our side.
c: On your side. I took three mornings off work. Three.
s: That's on us, and I'm sorry. It shouldn't have happened once, let alone three times.
c: I'm going to say what I said the first two times, because nothing changed. I need a working connection, I need a technician who actually comes, and I need the days without service credited.
s: All three are reasonable. I'll do the credit now, that's eleven days at the daily rate, so thirty-four dollars and ten cents.
c: Okay. And the technician?
s: I'm booking this as a priority escalation, which goes to the regional dispatcher, not the general queue. The earliest is tomorrow between eight and ten.
c: The other two people also said priority.
s: Fair. The difference is I'll put my direct extension on the ticket, and the dispatcher calls you thirty minutes before. If no call by nine, you ring me, not the main line.
c: And if it doesn't happen again I'm cancelling, and I'm not paying the early termination fee.
s: If the fourth appointment is missed, I'll waive that fee myself. I'm writing it on the account now.
c: Thank you. Sorry if I'm snappy, it's not you personally.
s: You have every reason to be. Extension 2290, Tom.
`) },
{ id: 'en-003', lang: 'en', setting: 'hotel', verdict: 'kasuhara', severity: 2, borderline: true, format: 'teams',
  notes: 'A late room is real, a fifty percent refund is offered; the guest then presses for a full refund and a free future stay, twice after a clear no, and insists the manager apologise on video. Borderline: the pressing is firm rather than abusive, and some would call it hard bargaining.',
  speakers: sp(['c', 'Greg Holloway'], ['s', 'Front Office - Lucia'], ['s2', 'Hotel Manager - Ben Okafor']),
  turns: t(`
c: We checked in at ten at night because the room wasn't ready at three. Seven hours in the lobby with two kids.
s: I'm truly sorry, Mr Holloway. A housekeeping shortage left several rooms late that day.
c: I don't care why. What are you doing about it?
s: We'd like to refund fifty percent of the first night and waive the parking for your stay.
c: Fifty percent. No. The whole stay, all four nights, refunded. And a free weekend in the spring so we can have the holiday we actually paid for.
s: I'm afraid I can't offer either. The refund is for the night affected, and it's the most I'm authorised to give.
c[P,U]: Then get someone authorised. Four nights and a free weekend isn't crazy, it's what a decent hotel would do.
s: I'll bring the manager.
s2: Mr Holloway, Ben Okafor, the manager. I've read the notes. The delay was unacceptable and I apologise. I can increase the refund to the full first night.
c[P,U]: One night. Still one night. I said the whole stay. You're not listening to a word.
s2: I am listening. A full refund for four nights we've provided, and a free future stay, is not something I can agree to.
c[A]: Then I want you to record a video apology to my kids. On my phone, right now. They were crying in your lobby.
s2: I'll happily say sorry to your children in person, but I won't record a video.
c: Whatever. Put the first night in writing.
s2: It'll be on your folio within the hour.
`) },
{ id: 'en-004', lang: 'en', setting: 'care', verdict: 'normal', severity: 0, borderline: false, format: 'srt-bare',
  notes: 'An elderly resident asks a carer the same question about her son visiting several times because she forgets; gentle repetition, no harassment. Hard negative for persistence.',
  speakers: sp(['s', 'Carer'], ['c', 'Resident']),
  turns: t(`
c: Excuse me, love, is it Sunday today?
s: It's Saturday, Mrs Pell. Sunday's tomorrow.
c: Oh. Is Michael coming?
s: Michael's coming tomorrow after lunch. He phoned this morning.
c: Tomorrow. Lovely. I'll wear the blue cardigan.
s: That'll look nice. Shall we have a cup of tea?
c: Yes please. Milk, no sugar.
~20
c: Sorry, dear, is Michael coming today?
s: Tomorrow, Mrs Pell. I've written it on your board, look. Sunday, Michael, two o'clock.
c: Oh yes, there it is. You must think I'm daft asking again.
s: Not at all. Ask as often as you like.
c: He's a good boy, Michael. Drives all the way from Leeds.
s: He is. He said he's bringing the photos from the wedding.
c: Oh, the wedding. Whose wedding was it?
s: Your granddaughter Amy's.
c: Amy. Of course. Is it Sunday?
s: Saturday today, Sunday tomorrow. Michael tomorrow.
c: Right you are. I'll have my tea now.
`) },
{ id: 'en-005', lang: 'en', setting: 'store', verdict: 'kasuhara', severity: 3, borderline: false, format: 'json',
  notes: 'Shopper refused a refund on a used, out-of-policy item returns three days running, lingers at the counter past closing, photographs the cashier and hints at waiting for her after her shift. Persistence, restraint, threat, sns exposure, personal targeting.',
  speakers: sp(['s', 'Cashier'], ['c', 'Shopper'], ['s2', 'Store manager']),
  turns: t(`
s: Hi there, what can I do for you?
c: You know what. Same as yesterday. Same as Tuesday.
s: The blender. I remember. As we said, it's been used for about two months and there's no fault, so it's outside the thirty-day return window.
c[P]: And as I said, I want my money back. It's louder than the one in the ad.
s: I'm sorry, it's not something we can refund. I can show you how to register the two-year warranty if anything goes wrong.
c[P,U]: I don't want a warranty. Eighty-nine ninety-nine, cash, in my hand. Third time I'm asking.
s2: Hi, I'm the manager. I'm afraid the answer from Tuesday stands. We won't be refunding this one.
c[P]: It stands. Okay. Then I'll be back tomorrow. And the day after. I've got nothing but time.
s2: You're welcome to shop here, but the refund won't change.
c[S,K]: That's fine. I'm just going to take a picture of you, Jess, for my little review. Name badge and all.
s: Please don't photograph me.
c[S,K]: Already done. Four thousand followers in this town. They'll love the lady who robbed a pensioner.
s2: Please delete that photo. Our staff don't consent to being posted.
c[R]: I'll stand right here until I get my money. You close at nine, right? I'll wait.
~240
s2: We're closing now. I need to ask you to leave the store.
c[R,T]: I'll leave. I'll wait by the car park, that's public. Jess finishes at nine fifteen, doesn't she.
s2: I'm calling security and I'll report that remark. Please go.
c: Calm down, I'm going.
`) },
{ id: 'en-006', lang: 'en', setting: 'restaurant', verdict: 'complaint', severity: 0, borderline: false, format: 'srt',
  notes: 'A diner asks for the manager once about a wrong allergy-safe dish, is angry, accepts the explanation and remedy. Manager request once is a right.',
  speakers: sp(['s', 'Server'], ['c', 'Diner'], ['s2', 'Manager']),
  turns: t(`
c: Sorry, this has parmesan on it. I told you dairy-free, it's on the ticket, look.
s: Oh no. You're right, I'm so sorry. Did you eat any?
c: One bite before I saw it. It's not an allergy, thank God, I'm intolerant. But still.
s: I'll take it back right away.
c: Can I speak to the manager, please? This is the second time here.
s: Of course.
s2: Hi, I'm Marco, the manager. I'm really sorry. The ticket was flagged, but the garnish station missed it.
c: That's a bit worrying, honestly. What if it had been an allergy?
s2: It is worrying and I'll be going over it with the kitchen tonight. We'll remake it dairy-free and your meal is on us.
c: Okay. Thank you. I just wanted someone to take it seriously.
s2: We do. Thank you for telling us.
`) },
];
