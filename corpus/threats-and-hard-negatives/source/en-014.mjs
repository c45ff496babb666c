export default {
  id: 'threats-and-hard-negatives-en-014', lang: 'en', setting: 'delivery', verdict: 'complaint', severity: 0, borderline: true,
  format: 'txt',
  notes: 'Furniture retailer\'s delivery line. A customer whose sofa delivery has failed three times (no-show, wrong item, damaged item) calls again and repeats the same request for a guaranteed date and a refund of the delivery fee several times, and says she will file with the state attorney general. The repetition is caused by the company\'s repeated failures and stays polite; borderline only because of how often the request recurs.',
  speakers: { s: { role: 'staff', name: 'Agent' }, c: { role: 'customer', name: 'Customer' } },
  turns: `
s: Thank you for calling Hearth and Home delivery services, this is Luis. How can I help you?
c +0.9: Hi Luis. I'm calling about order eight eight two four one six. This is my fourth call about the same sofa.
s: I'm sorry to hear that. Let me pull it up. Okay, I see the history. Oh, wow.
c: Yeah. "Oh wow" is right. First delivery, nobody showed up. Second time, they brought a loveseat instead of a sofa. Third time, Saturday, they brought the right sofa with a six-inch gash in the arm.
s: I'm really sorry. That's three failed deliveries. That's not okay.
c: I've taken three days off work. I need two things. A guaranteed delivery date where someone confirms the sofa has been inspected before it leaves the warehouse, and my delivery fee refunded.
s: Okay, the delivery fee I can refund right now. That was a hundred and forty nine dollars. It'll go back on your card in five to seven days.
c: Thank you. And the date?
s: The next available slot is Wednesday between eight and noon.
c: Okay. But I was given a slot three times already. I need to know that someone is going to physically look at this sofa before it's put on a truck.
s: I can put an inspection request on the order.
c: Last time I was told there was an inspection request on the order. It came with a gash.
s: You're right. I see that note from last week.
c +1.2: So I'm asking again, and I'm sorry to keep asking, but can you confirm with the warehouse, today, while I'm on the phone, that the sofa going out Wednesday has been inspected?
s: Let me try the warehouse lead. Can you hold for a few minutes?
c: I'll hold.
~150
s: Thanks for holding. I got Sandra, the warehouse lead. She pulled the replacement sofa herself, it's unboxed, inspected, and she took photos. I'm emailing them to you now.
c: Oh. Okay. That's actually the first time anyone's done that.
s: It should have happened the first time. She also put a hold tag on it so it won't go to anyone else.
c: And Wednesday is guaranteed?
s: It's confirmed on the route, and I'm adding my direct extension so if anything changes, you hear from me, not from a truck that doesn't show up.
c: I appreciate that. I'll be honest, I already drafted a complaint to the attorney general's consumer protection office. I'm going to hold on to it until Wednesday.
s: That's completely your right. I hope we don't give you a reason to send it.
c: Me too. Can you put in writing the fee refund and the inspection?
s: Yes, you'll get a confirmation email with the refund, the Wednesday window, the photos, and my extension.
c: Okay. Thank you, Luis. Really.
s: You're welcome. I'm sorry again for all of this.
`
};
