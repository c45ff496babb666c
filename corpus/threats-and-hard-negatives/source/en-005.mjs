export default {
  id: 'threats-and-hard-negatives-en-005', lang: 'en', setting: 'bank', verdict: 'kasuhara', severity: 3, borderline: false,
  format: 'teams',
  notes: 'Video banking appointment. A small-business loan application is declined for documented reasons; the applicant moves from a legitimate request for reconsideration to veiled and then open threats against the loan officer ("watch your back", waiting in the parking lot, "accidents happen"). The first request to reconsider is not a span.',
  speakers: { s: { role: 'staff', name: 'Hannah Keller' }, c: { role: 'customer', name: 'Dale Whitcomb' } },
  turns: `
s: Good afternoon, Mr. Whitcomb. Thanks for joining. I'm Hannah Keller, I handled your application.
c +1.0: Afternoon. I got the letter. I'd like to know why.
s: Of course. The main reasons are the debt-to-income ratio, which came in at fifty-eight percent against our limit of forty-five, and the two late payments on the equipment lease in the last twelve months.
c: Those late payments were because my customer paid me late. That's not on me.
s: I understand, and I did note that in the file. Unfortunately the ratio on its own was above what we can approve.
c: So approve it at a smaller amount. Sixty instead of ninety.
s: I actually ran that scenario. At sixty thousand the ratio is still at fifty-one percent. I'm sorry, it doesn't get under the limit.
c: Run it again.
s: I can resubmit it to underwriting with the explanation about the late payments, but I want to be honest that I don't expect a different result unless the numbers change.
c +1.4: You know, I've banked here for nineteen years. Nineteen years, and some kid reads a spreadsheet and tells me no.
s: I hear you, and I'm sorry this isn't the answer you needed. There are other options I can walk through, like an SBA microloan, which has different limits.
c {intimidation} +0.3: I don't want a pamphlet. I want you to push the button.
s: It's not something I can override. It goes through underwriting.
c {threat} +0.5: Okay. You know, Hannah, you should be careful about how you treat people. People remember this kind of thing.
s: Mr. Whitcomb, I'd ask you not to talk to me that way.
c {threat,personal_targeting} +0.4: What way? I'm just saying. The Elm Street branch, right? That's where you are. That little lot out back where you park.
s: I'm going to stop you there. That sounds like a threat, and I'm going to document it.
c {threat} +0.3: Document it. You'd better watch your back when you leave tonight, that's all I'm saying. Accidents happen in parking lots.
s: This meeting is over. I'm reporting this to our security team and to the branch manager. Any further contact about your account will go through the branch manager.
c {threat,intimidation} +0.2: Go ahead. Tell your manager. I'll be out there at five thirty either way.
s: Goodbye, Mr. Whitcomb.
`
};
