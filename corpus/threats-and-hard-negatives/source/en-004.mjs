export default {
  id: 'threats-and-hard-negatives-en-004', lang: 'en', setting: 'hotel', verdict: 'kasuhara', severity: 2, borderline: false,
  format: 'zoom',
  notes: 'Hotel guest-relations video call. A guest wants the difference between a prepaid non-refundable rate and a later promotional rate refunded; after a clear, reasoned refusal he announces he will call every hour and come to the front desk every day of his stay until someone gives in, and targets the night clerk. Daily/hourly contact threats are persistence and threat.',
  speakers: { s: { role: 'staff', name: 'Priya Nair' }, c: { role: 'customer', name: 'Glen Okafor' } },
  turns: `
s: Hi Mr. Okafor, this is Priya Nair from guest relations at the Lakeview. Thanks for hopping on a call.
c +0.9: Yeah. Thanks for finally calling me back.
s: I'm sorry it took until this morning. I understand this is about your room rate?
c: I booked six nights at two eighty nine a night, prepaid, in January. Now your website is showing the same room for two nineteen. I want the difference back. That's four hundred and twenty dollars.
s: I can see why that's frustrating. Let me explain what I'm seeing. Your booking was on our advance purchase rate, which is non-refundable and locked at the time of booking. The two nineteen is a flash sale that started on Monday.
c: So I get punished for booking early.
s: I hear you. Unfortunately the advance purchase rate can't be repriced, and I'm not able to refund the difference. What I can do is add our breakfast package for your stay at no charge, which is about thirty dollars a day.
c {persistence}: I don't eat breakfast. I want the money.
s: I understand. The refund isn't something I can do. That's a clear policy across all our properties, not just a decision on my part.
c +1.1: You know how many times I've stayed here? Twelve. Twelve times.
s: And we genuinely appreciate that. That's why I'm offering the breakfast package, and I can also add a late checkout on your last day.
c {persistence} +0.4: I didn't ask for late checkout. I asked for four hundred and twenty dollars.
s: I understand, and my answer on the refund is still no.
c {persistence,threat} +0.3: Okay. Then here's how this goes. I'm going to call the front desk every hour, on the hour, until somebody who's smarter than you says yes. Every hour. Including overnight.
s: Mr. Okafor, calling the front desk repeatedly about a question that's already been answered ties up the line for other guests. I'd ask you not to do that.
c {persistence,threat} +0.4: And every morning, when I come down, I'll be at that desk, asking again. Six days. I've got nothing but time.
s: If you have a new concern during your stay, the front desk is there for you. But the refund has been decided, and the front desk will give you the same answer.
c {personal_targeting,threat} +0.3: That night guy, Kevin? He's the one who told me to call guest relations. He's gonna hear from me every single night. Make sure he knows.
s: I'd ask you to leave Kevin out of this. He followed our process correctly. If our staff are repeatedly approached about this, we'll have to treat it as a conduct issue under the guest policy.
c +1.5: A conduct issue. For asking for my money.
s: For the repeated calls and for targeting a specific employee. Asking is completely fine. And you're also free to dispute the charge with your card issuer, that's your right, and I'll send you the rate terms in writing so you have them.
c {persistence}: Send whatever you want. I'll see you at the desk at seven a.m.
s: I'll send the written terms and the breakfast offer by email within the hour. Thank you for your time, Mr. Okafor.
`
};
