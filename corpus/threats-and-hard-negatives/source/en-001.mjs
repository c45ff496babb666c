export default {
  id: 'threats-and-hard-negatives-en-001', lang: 'en', setting: 'call_center', verdict: 'kasuhara', severity: 3, borderline: false,
  format: 'txt',
  notes: 'Cable/internet provider billing line. A disputed early-termination fee turns into veiled and then explicit threats: the caller says he knows which office the agent works at, when shifts end, and that the agent should watch her back. First refund request is not a span.',
  speakers: { s: { role: 'staff', name: 'Agent' }, c: { role: 'customer', name: 'Caller' }, s2: { role: 'staff', name: 'Supervisor' } },
  turns: `
s: Thank you for calling Brightline, this is Dana. Can I start with the account number or the phone number on the account?
c +0.8: Yeah, it's five oh three, two one two, eight eight four zero. Name's Rick Holloway.
s: Thank you, Mr. Holloway. One moment while I pull that up.
~12
s: Okay, I have the account here. How can I help you today?
c: You charged me a two hundred and forty dollar cancellation fee. I moved. You don't even service my new address.
s: I'm sorry about the surprise on the bill. Let me look at the notes. I see the contract was a twenty-four month agreement signed in March of last year, and it was cancelled at month fourteen.
c: Right, because I moved. I want the fee taken off.
s: I understand. For a move to an area we don't serve, there is a waiver, but it needs proof of the new address. If you can send a lease or a utility bill, I can submit it today.
c: I'm not sending you my lease. Just take it off.
s: I'm not able to remove it without the documentation, but the moment we get it, the waiver usually goes through within a week.
c: You're not able to. Okay. You know, your call center's out on Tillman Road, right? Behind the outlet mall.
s: I'm not able to discuss our locations, sir. Would you like me to email you the upload link for the document?
c {threat} +0.6: I drive past there every day. Big parking lot. Not a lot of lights out back.
s: Sir, I'd ask you not to make comments like that. I'm happy to help with the fee.
c {threat,personal_targeting}: Dana. Dana, what's your last name, Dana? Shift ends at six, I bet.
s: I won't be giving out personal information. If this continues I will have to end the call.
c {threat,intimidation} +0.3: End the call, sure. Go ahead. But you'd better watch your back walking out to that car tonight.
s: Sir, that is a threat, and this call is being recorded. I'm going to transfer you to my supervisor.
c {threat}: Transfer me wherever you want. I know where you people are.
~20
s2: This is Marcus, I'm the supervisor on duty. I've been listening to the last part of the call.
c: Good. Then take the fee off and we're done.
s2: What I heard were threats against my agent. I'm not going to discuss the account while that's happening. We take that seriously and it's being reported to our security team.
c {threat,intimidation} +0.4: Reported. Wow. You think security's gonna walk her to her car every night? Every single night?
s2: Mr. Holloway, the waiver process is available by email and I'll send the link to the address on file. This call is ending now.
c {threat} +0.2: Tell Dana I said hi. I'll see her around.
s2: This call has been documented. Goodbye.
`
};
