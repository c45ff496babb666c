// Batch 8: en-001 — long call (about 30 minutes, 200+ cues)
export const conversations = [
{
  id: 'night-and-family-en-001', lang: 'en', setting: 'call_center', verdict: 'kasuhara', severity: 3, borderline: false,
  format: 'teams',
  notes: 'Travel agency customer care, recorded Teams call of about 30 minutes. A daughter handles her elderly parents\' cancelled Italy tour; the late notice is the agency\'s fault and everything spent is refunded. She then keeps pressing for 10,000 dollars and business class after clear refusals, insults both agents, targets the agent by ID, threatens daily calls and to post their names, offers silence for 5,000 and refuses to end the call, while her parents calmly accept a spring rebooking. First demand, the restatement to the supervisor, the lawyer and review mentions and the pre-night hotel request are not spans.',
  speakers: {
    S: { role: 'staff', name: 'Ethan C.' },
    C: { role: 'customer', name: 'Michelle Harper' },
    J: { role: 'customer', name: 'June Harper' },
    G: { role: 'customer', name: 'Gary Harper' },
    V: { role: 'staff', name: 'Rosa Delgado' },
  },
  script: `
S| Thank you for calling Horizon Journeys customer care. My name is Ethan. Who do I have the pleasure of speaking with?
C| Hi, Ethan. This is Michelle Harper. I'm calling about my parents' booking.
S| Hi, Michelle. I'm happy to help. Are your parents on the line with you, or are you calling on their behalf?
C| My mom's here with me. My dad's at a doctor's appointment. I'm the one who booked it, though, on my card.
S| Great. Could I have the booking reference?
C| It's H J, seven, seven, four, one, nine.
S| Thank you. I see the Classic Italy escorted tour, fourteen days, for Gary and June Harper, departing on the eighteenth.
C| Right. Departing on the eighteenth. Except it's not departing, is it?
S| Let me just check the status. One moment.
+6 S| I see a cancellation notice on the file, yes.
C| Yes. We got an email on the eighth. Ten days before departure. Ten.
S| I'm sorry. I can see how upsetting that would be.
C| My parents have been talking about this trip for two years. My dad's seventy-six. He had two knee surgeries so he could walk around Rome.
S| That's a lot of preparation. I really am sorry.
C| They bought a new suitcase. They found someone to feed the cat for two weeks. My mom made a whole notebook of restaurants.
S| It sounds like they were really looking forward to it.
J| Hello? Is that the travel people?
C| Yes, Mom. Hold on, I've got it.
J| Tell him about the shoes, honey.
C| Mom. She bought walking shoes. Special ones. That's not the point.
S| Hello, Mrs. Harper. It's nice to meet you.
J| Oh, hello, dear. Is the trip still on?
C| No, Mom, it's cancelled. We talked about this.
J| Oh. That's right. I'm sorry.
S| No need to apologize, Mrs. Harper.
C| So here's the thing. The email said the tour didn't reach the minimum number of passengers.
S| That's right, that's what the note says.
C| But your own terms say that if that happens, you notify at least thirty days before departure. I have the terms open right here.
S| Yes, that's section nine, the minimum group size clause.
C| So you broke your own contract.
S| Let me look into exactly what happened and when the decision was made, so I can give you a proper answer. May I place you on a brief hold? It may take two or three minutes.
C| Fine.
+170 S| Thank you for holding, Michelle.
S| I've spoken with our operations team. The minimum numbers weren't met at the thirty-day mark, and the decision should have been made and sent to you then. It wasn't. It was held for another three weeks in the hope of more bookings.
C| So, yes. You broke the contract.
S| Yes. We didn't follow our own notification policy, and I apologize for that on behalf of the company.
C| Okay. Thank you for admitting it.
C| So what happens now? Because they also have flights. Nonrefundable flights. That I also booked through you.
S| Yes, I see the flights with Transatlantic Air, booked as a separate component. Three thousand four hundred dollars for both.
C| And the airline says they'll give a credit, not a refund.
S| That's correct. Their fare rules only allow a credit.
C| My parents are not going to fly to Europe on their own without a tour. So a credit is useless to them.
S| I understand. Because this happened due to our late notice, here's what I'm able to offer.
S| First, the full tour price, eight thousand nine hundred dollars, is refunded. That's already been processed to your card.
C| Okay.
S| Second, because the late cancellation left the flights stranded, we'll reimburse the full cost of the flights, the three thousand four hundred, in cash, and the airline credit stays with your parents in case they want it.
C| Okay. That's, that's actually more than I expected.
S| And third, a five hundred dollar goodwill credit toward any future Horizon tour, and a fifteen percent discount if they rebook the Italy tour next year.
J| Next year would be fine, honey. We could go in the spring.
C| Mom, let me handle this.
C| Can I ask something? If they'd had travel insurance, would that have covered the flights?
S| For a cancellation by the operator, most policies would have covered the flights, yes.
C| Nobody offered them insurance. I booked this on the phone with you people and nobody said a word.
S| Let me check the booking notes for you.
+12 S| The notes from the booking call say insurance was offered and declined, but I understand that may not be how you remember it.
C| I honestly don't remember. It was a year ago. Whatever, it doesn't matter now.
S| Either way, since we're reimbursing the flights ourselves, insurance wouldn't change the outcome for you.
C| Fine.
C| There's also a hotel. I booked them a night in Rome before the tour starts, on a separate site. Two hundred and eighty dollars, nonrefundable.
S| That wasn't booked through us, so it isn't on my file. Do you have the confirmation?
C| I can email it to you right now.
S| Please do. Give me a moment once it arrives.
+40 S| I have it. Because the only reason that night is wasted is our late notice, I've asked for approval to reimburse it as well.
+55 S| That's approved. The two hundred and eighty will be added to the flight reimbursement.
C| Okay. Good. Thank you.
C| Ethan, I appreciate that. But I want you to understand what this did to my parents. My dad hasn't slept properly in a week. My mom cried for two days.
S| I'm really sorry. That's not the experience anyone should have with us.
C| So I think compensation is due. For the distress. Ten thousand dollars. And a business-class upgrade for them next year, on you.
S| I understand why you'd ask. I have to be honest with you: ten thousand dollars in compensation and business-class flights are not something I'm able to offer. The refunds, the reimbursements and the credit are what we can do.
C ud,pe| I don't think you heard me. Ten thousand. Plus business class. That's what this is worth.
S| I did hear you, and I'm sorry, but my answer on that stays the same.
C| My father had knee surgery for this trip. Twice.
S| I know, and I'm sorry. It's part of why we're covering everything they spent.
C ab| You're reading from a script. Do you even have a brain of your own, or do they just plug you in in the morning?
S| I'm not reading from a script, Michelle. I'm telling you what I'm authorized to offer.
C ud,pe| Then get authorized. Ten grand and business class, or this doesn't end.
S| I'm not able to change that answer.
C| You know what, I'm going to write a review. On every site there is.
S| That's your right, and I'd understand.
C sn,pt| And I'm going to name you. Ethan, at Horizon Journeys. I'm recording this call, and I'll post the whole thing.
S| I'd ask you not to post my name or a recording of me. You're welcome to share your experience with the company.
C pt| What's your last name, Ethan? And your employee number.
S| I don't share my last name. This call is logged under my agent ID, which is four four two seven.
C pt| Four four two seven. Great. I'm going to make sure four four two seven never works in travel again.
S| I understand you're angry. I'd like to focus on what I can do for your parents.
J| Michelle, honey, he's being very nice.
C| Mom, please.
J| I just think we could go next spring.
C| We'll talk about it later, Mom.
C ud,pe| Ethan. One more time. I want ten thousand dollars in compensation. Are you going to give it to me, yes or no?
S| No, I'm sorry. I'm not able to.
C re| Then I'm not hanging up. I'll stay on this call all day if I have to.
S| I'm happy to stay on while we finish what we can do, but the answer on compensation won't change.
C re| I don't care. I've got nothing but time. My kids are at school until three.
S| Understood. While we're on, is there anything else about the booking I can check for you?
C| No. Just the money.
S| Would you like me to confirm the reimbursement details so that's in motion?
C| Fine. Confirm it.
S| The three thousand six hundred and eighty will go back to the card ending in eight eight one two. It'll take five to seven business days.
C| Fine.
S| And the five hundred dollar credit will be emailed to your parents. Is the address on file still the one starting with june harper fifty-two?
J| Oh, I don't know. Is that mine? Gary set it up.
C| Yes, Mom, that's yours. That's the one you use for the church newsletter.
J| Oh, that one. Yes.
S| Thank you, Mrs. Harper. The credit will arrive there within the hour.
C| And how do I know the three thousand six hundred is actually going back? Last time a company told me five to seven days, it took two months.
S| I'll give you the refund reference now, so you can quote it to your bank. It's R F, zero zero nine, one five two.
C| R F, zero zero nine, one five two. Got it.
J| Michelle, is the trip still on, then?
C| No, Mom. It's cancelled. They're giving the money back.
J| Oh, that's right. You said.
C ud,pe| Great. So now that that's done, let's talk about the ten thousand again.
S| Michelle, I've given you my answer on that several times now.
C ab| Your answer is garbage. You're garbage. This whole company is garbage.
S| I'm going to ask you not to speak to me that way. I'm willing to keep helping, but not if the insults continue.
C in| Or what? You'll hang up on a family you screwed over? Go ahead. Try it.
S| No one is hanging up. If you'd like, I can transfer you to my supervisor.
C| Yes. Finally. Someone who can actually make a decision.
S| I'll brief her so you don't have to repeat yourself. Please hold.
C| Fine.
+95 S| Michelle, my supervisor is just finishing another call. It'll be about two more minutes. Are you still all right to hold?
C re| I told you, I'm not going anywhere.
+130 V| Hi Michelle, hi Mrs. Harper. This is Rosa Delgado, the customer care supervisor. Ethan's filled me in on everything.
C| Good. Then you know what I want.
V| I know what happened, and I want to start by saying I'm sorry. We were late notifying you, and your parents paid for it in stress and worry.
V| I've also flagged the delayed decision with our operations director, so the thirty-day rule is enforced on every departure going forward.
C| Ten thousand dollars in compensation and business class next year. That's what I want.
V| I understand. I've reviewed the file, and I'm going to be straightforward. We won't be offering monetary compensation beyond the refunds and the full reimbursements, and we won't be offering business-class flights.
C ud,pe| Then what are you for? I've said it five times now. Ten thousand.
V| You have, and I've heard it. The answer is the same from me.
C| You know what happens when you tell a lawyer about a broken contract?
V| You're welcome to consult a lawyer, absolutely. We've admitted the notice was late, and we've reimbursed every dollar your parents spent because of it.
C| That's not the same as compensation.
V| I understand it doesn't feel like enough.
C| I want a written apology, too. From the company. Saying you broke the contract.
V| That's reasonable. I'll send a signed letter from our customer care director acknowledging the late notice and apologizing to your parents.
C ap,pt| And one from Ethan. Personally. Saying he's sorry for how he treated us, and that he's been disciplined.
V| Ethan has been courteous throughout this call, and he won't be writing a personal letter. The director's letter will cover the company's apology.
C ap,pe| So the guy who stonewalled us for half an hour gets nothing? I want his apology in writing. Signed.
V| The answer is no, Michelle. There's no basis for disciplining Ethan.
C| Unbelievable.
J| Michelle, you're being awfully rude to these people.
C| Mom, I'm doing this for you.
J| I know, dear. But I'm not senile. I can speak for myself.
C| I never said you were.
J| Honey, I think someone's at the door.
+8 G| June? Michelle? I'm home. Who are you talking to?
J| The travel people, Gary. About Italy.
G| Oh. Let me sit down. Hello?
V| Hello, Mr. Harper. This is Rosa Delgado from Horizon Journeys. I'm so sorry about the cancellation.
G| Well, these things happen. Did we get the money back?
V| Yes, sir. The tour price has been refunded, and we're reimbursing your flights and the Rome hotel in full.
G| The flights too? Well, that's decent of you.
C| Dad, it's not decent. They broke the contract. They owe you more.
G| Michelle, they gave back the money. What more is there?
C| Compensation, Dad. For what you went through.
G| I went through a week of grumbling. I'll live.
V| Mr. Harper, there's also a fifteen percent discount if you'd like to go in the spring. I can hold two seats for thirty days without a deposit.
G| Spring. June, what do you think?
J| I told her spring would be lovely.
G| Is it the same tour? With the gondola in Venice and the day in Florence?
V| Same itinerary, sir. Rome, Florence, Venice, and the Lake Como extension is optional.
G| Lake Como. June, that's where the movie star lives.
J| Oh, Gary.
G| Then hold them, young lady. Hold two.
V| Done. I'll send the hold confirmation with a written summary today.
C| Dad, you're letting them off the hook.
G| I'm letting myself off the hook, sweetheart. My knees want to see Rome, not a courtroom.
G| I'm going to go put my feet up. Thank you, Rosa.
V| Thank you, Mr. Harper. Rest well.
C ud,pe| Okay. Now that my dad's gone, let's be real. He's too nice to ask. I'm not. I want the ten thousand.
V| Michelle, your father has accepted the refunds and the spring hold. The answer on compensation is still no.
C ab| You're as useless as he is. Do they hire you people for being spineless?
V| I'll keep helping you, but I'm going to ask you to stop the personal insults.
C| I want to talk to your CEO.
V| I can't transfer you to the CEO, but I can give you the executive office's complaints address. Every letter there is read and answered.
C| A mailbox. Wow.
V| It's the formal route, and it does get a response within fifteen business days.
C| What's the address, then?
V| Executive Office, Horizon Journeys, forty-two Harbor Plaza, suite nine hundred, Boston. I'll put it in the summary email as well.
C| Forty-two Harbor Plaza. Fine.
C th,pe| Fine. Then I'll call every single day. Every morning at nine, until somebody there grows a conscience.
V| You're always welcome to contact us, but the answer on compensation will stay the same, and repeated calls on the same demand may be limited.
C sn,pt| And the recording's going online tonight. With Ethan's name and yours. Rosa Delgado. People can decide for themselves.
V| I'd ask you not to post our names or recordings of staff. If you'd like to share your experience, please do it without targeting individual employees.
C sn,ud| Or you can make this go away. Five thousand, and it never gets posted. Your call.
V| We won't pay in exchange for something not being posted. That's not something we do.
C in| Then don't act surprised when it blows up in your face.
V| Let's focus on what's been done for your parents. I'll send the written summary, the director's letter and the hold confirmation today.
C re| I don't want a summary. I want a yes. I'm staying on this line until I get one.
V| Michelle, we've been on this call for nearly half an hour, and I've answered each point. If you have any other questions about the refunds or the rebooking, I'm happy to answer them now.
C re| I'm not done. You don't get to decide when I'm done.
V| Is there anything about the refunds, the flights, the hotel or the spring hold that's unclear?
C| That's not the point.
V| Then I'm going to summarize and close the call.
C re| Don't you dare hang up on me.
V| Michelle, I'm not going to keep the line open for the same request. I'll read the summary, and then I'll end the call.
C re| You'll stay on until I say we're finished. I'm the customer here.
V| The tour refund of eight thousand nine hundred dollars has been processed. The flight and hotel reimbursement of three thousand six hundred and eighty dollars will arrive in five to seven business days.
V| Your parents have a five hundred dollar credit, two seats held on the spring departure with fifteen percent off, and a letter of apology from our director.
C ud,pe| And my ten thousand?
V| There won't be any further compensation. I'm sorry it isn't the answer you wanted.
C ab| You people are pathetic. Absolutely pathetic.
V| Thank you, Mrs. Harper, for your patience today. Michelle, I'm ending the call now. Take care.
J| Thank you, Rosa. Goodbye, dear.
C re| I'm calling back. You hear me? I'm calling right back.
`},
];
