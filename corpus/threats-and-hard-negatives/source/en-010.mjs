export default {
  id: 'threats-and-hard-negatives-en-010', lang: 'en', setting: 'school', verdict: 'kasuhara', severity: 1, borderline: true,
  format: 'txt',
  notes: 'High-school front-office phone line. A father whose son was cut from the varsity team argues reasonably at first, then tells the athletic secretary "you\'ll regret this, I promise you" and that he will be at every practice. A single veiled warning plus an announced daily presence: persistence/threat by convention, but mild and arguably just anger, so borderline.',
  speakers: { s: { role: 'staff', name: 'Staff' }, c: { role: 'customer', name: 'Parent' } },
  turns: `
s: Lincoln High, athletics office, this is Joanne.
c +0.8: Hi, this is Mark Petrakis. My son Nico was cut from varsity basketball yesterday, and I'd like to understand how that decision was made.
s: Okay, Mr. Petrakis. Tryouts were run by Coach Daniels and the two assistant coaches, and each player was scored on a rubric. I can request a copy of Nico's evaluation for you.
c: I'd like that. He's been on the team for two years. He's a junior. Nobody gets cut as a junior.
s: It does happen, unfortunately. This year there were thirty-one players trying out for fifteen spots.
c: Thirty-one. Okay. Can I talk to the coach?
s: Coach Daniels meets with parents by appointment. I can set one up for Thursday after school.
c: Thursday. He's crushed. He's not eating.
s: I'm really sorry. That's hard to see as a parent. The JV coach would also be glad to have him, if that's something he'd consider.
c: He's not playing JV as a junior. That's humiliating.
s: I understand. I'll put the meeting on Thursday at three fifteen, and I'll have his rubric printed for you.
c +1.2: You know, this whole thing smells. Daniels's nephew made the team. Everybody knows it.
s: If you have concerns about fairness, you can put them in writing to the athletic director, and they'll be reviewed. I can give you her email.
c {threat} +0.4: Joanne, right? Tell Daniels he'll regret this. I promise you he will.
s: Mr. Petrakis, I'm going to ask you not to say things like that. I'll pass along your request for the meeting, not that.
c +1.0: I didn't mean anything by it. I'm just upset.
s: I understand. I'll note the meeting for Thursday.
c {persistence,threat} +0.3: And I'll be at every practice. Every single one, in the bleachers, until somebody explains this to me.
s: Practices are closed to parents, but the Thursday meeting is the right place for that conversation. And the athletic director's email is athletics at lincolnhs dot org.
c: Fine. Thursday.
s: Three fifteen, Thursday. Have a good afternoon.
`
};
