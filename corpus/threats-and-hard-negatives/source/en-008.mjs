export default {
  id: 'threats-and-hard-negatives-en-008', lang: 'en', setting: 'call_center', verdict: 'kasuhara', severity: 3, borderline: false,
  format: 'zoom',
  notes: 'Airline reservations line (finer setting: airline). A passenger who missed a connection is rebooked on the next available flight but demands a seat on a full departure; after refusals he threatens that someone at the gate will get hurt, refuses to hang up, and tells the agent to "pray" she never works at his airport. The rebooking request itself is legitimate.',
  speakers: { s: { role: 'staff', name: 'Carla (SkyWest Reservations)' }, c: { role: 'customer', name: 'Caller +1 312 555 0148' }, s2: { role: 'staff', name: 'Devin (Duty Supervisor)' } },
  turns: `
s: Thank you for calling SkyWest, this is Carla. Can I have your confirmation number?
c +0.9: Q, seven, R, four, L, X. I missed my connection in Denver because your first flight sat on the tarmac for an hour.
s: I'm sorry about that, Mr. Novak. I see the delay. You've been automatically rebooked on the eight forty tomorrow morning to Chicago.
c: Tomorrow morning doesn't work. There's a five fifteen tonight. Put me on that.
s: Let me check. I'm sorry, the five fifteen is completely full, including standby. I can add you to the standby list, but there are already fourteen people ahead of you.
c: Then take somebody off. I have a business meeting at eight a.m.
s: I'm not able to remove a confirmed passenger. What I can do is look at partner airlines tonight.
c: Fine, look.
~35
s: Okay, the only partner option tonight connects through Dallas and arrives at two a.m. I can put you on that at no cost.
c {persistence} +0.5: Two a.m. after a connection. No. The five fifteen. I'm not asking again.
s: I understand. The five fifteen is full. Your options are standby, the Dallas connection tonight, or the confirmed seat tomorrow morning, and I'll add a meal and hotel voucher for tonight.
c {persistence,intimidation} +0.3: I said the five fifteen. Are you deaf? Put me on the five fifteen.
s: Sir, I've explained that I can't. I'd ask you not to speak to me that way.
c {threat} +0.4: Listen to me. If that plane leaves without me, somebody at that gate is getting hurt. I promise you that.
s: Sir, that is a threat. This call is recorded, and I'm required to report threats involving an airport.
c {threat,intimidation} +0.3: Report it. I'll be standing right at gate B twelve. You tell those gate agents to have a nice day.
s: I'm transferring you to my duty supervisor.
c {restraint} +0.3: No, you're not transferring me, you're staying on this line until I'm on that flight. I'm not hanging up.
~15
s2: This is Devin, duty supervisor. Carla's briefed me. Sir, threats against our gate staff are reported to airport police as a matter of policy, and that's been done.
c {restraint,persistence} +0.4: Good for you. I'm still not hanging up until somebody puts me on the five fifteen.
s2: Your seat tomorrow at eight forty is confirmed, and a hotel voucher has been emailed. Because of the threat, your reservation has also been flagged for review before boarding. I'm going to end this call now.
c {threat,personal_targeting} +0.2: Carla better pray she never works a gate at O'Hare. I'll remember the name.
s2: Goodbye, sir.
`
};
