export default {
  id: 'threats-and-hard-negatives-en-022', lang: 'en', setting: 'call_center', verdict: 'normal', severity: 0, borderline: false,
  format: 'txt',
  notes: 'Mobile-phone carrier, bereavement line. A widow calls to report her husband\'s death and close his line while keeping the family plan. "Died", "death certificate" and "passed away" recur in an ordinary, gentle service call.',
  speakers: { s: { role: 'staff', name: 'Agent' }, c: { role: 'customer', name: 'Caller' } },
  turns: `
s: Thank you for calling Verity Mobile. My name is Tasha. How can I help you today?
c +1.2: Hi. Um. My husband passed away two weeks ago, and I need to do something about his phone. I don't really know what.
s: I'm so sorry for your loss. I can help you with that, and we can take it one step at a time. Can I have your name and the phone number on the account?
c: Linda Morales. The main number is mine, nine one six, five five five, zero one eight two.
s: Thank you, Linda. I see the family plan with three lines. Your husband's line would be the one ending in four four seven?
c: Yes. Ray's.
s: Okay. Would you like to cancel Ray's line, or would you like to keep the number? Some people like to keep it for a while, for the voicemail.
c: Oh. I didn't know I could keep it. His voicemail greeting is... I listen to it sometimes.
s: That's very common. You can move the number to a no-cost suspended status for up to ninety days. It keeps the voicemail and stops the monthly charge.
c: I'd like that. I'm not ready to lose the voicemail.
s: Of course. For the bereavement process I'll just need a copy of the death certificate. You can upload it later from a link I'll text you. There's no rush.
c: I have it. The funeral home gave me ten copies.
s: Okay. And Ray's phone itself still has a payment plan of a hundred and twelve dollars left. When an account holder's family member dies, we waive the remaining balance on their device.
c: Really? Thank you. I wasn't expecting that.
s: You're welcome. Is there anything on his phone you're trying to get to, like photos? I can walk you through it.
c: The photos, yes. Our grandkids. I don't know his passcode.
s: If the photos were backed up to his cloud account, there's a legacy contact process for that. I'll text you the instructions. If not, a store can help with the device in person, with the death certificate.
c: Okay. My daughter's good with that stuff. She can help me.
s: That sounds great. So to recap, Ray's line is suspended at no cost for ninety days, the phone balance is waived once the certificate is uploaded, and I'm texting you the upload link and the photo instructions.
c: Thank you, Tasha. You've been very kind. Everybody I call, I have to say it again. He died. It doesn't get easier.
s: I'm really sorry, Linda. I've added a note so that if you call again, you won't have to explain it.
c: That would help. Thank you.
s: Take care of yourself. Goodbye.
`
};
