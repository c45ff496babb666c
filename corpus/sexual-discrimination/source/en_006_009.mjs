import { conv } from './_dsl.mjs';

export default [
conv({
  id: 'sexual-discrimination-en-006', lang: 'en', setting: 'other', format: 'srt-np',
  verdict: 'kasuhara', severity: 3, borderline: false,
  notes: 'Gym after an evening class (ASR, no speaker labels). A member comments on the trainer\'s leggings, then reveals he knows where she parks and which bus she takes and says he will wait after her shift: stalking hints (threat, personal targeting) with sexual remarks, repeated after refusal.',
  speakers: { c: { role: 'customer', name: 'member' }, s: { role: 'staff', name: 'trainer' }, m: { role: 'staff', name: 'manager' } },
}, `
s| great work tonight everyone wipe down your mats on the way out
c| hey Kayla great class killer playlist
s| thanks Ryan glad you enjoyed it
c| you looked amazing up there by the way those leggings are uh doing you a lot of favors #sx
s| okay um let's keep it about the class
c| sure sure hey is that your blue Corolla on level two of the parking garage I see it there every Tuesday #pt,th,sx
s| I'd rather not talk about my car
c| and Thursdays you take the forty two bus right I could give you a lift instead it's on my way #pt,th,sx
s| Ryan how do you know what bus I take
c| I notice things that's all I'm observant you're hard not to notice #sx
s| that's really not okay please don't keep track of where I go
c| I'll just wait out front after your shift tonight no big deal ten thirty right #th,sx,ps
s| no do not wait for me I'm going to talk to my manager
c| wow okay I was being nice
m| hey Ryan can I grab you for a minute @22
c| what's up
m| Kayla told me you've been mentioning her car her bus and waiting for her after work
m| I'm going to be direct that makes her feel unsafe and it needs to stop now
c| it's a free country I can stand outside a gym
m| staff safety is part of our membership agreement your membership is suspended while we review this
m| if you're seen waiting for any staff member we'll call the police
c| this is insane I didn't do anything
m| please collect your things tonight the front desk will email you about the review
c| whatever this place sucks anyway
m| Kayla I'll walk you to your car tonight and we'll write this up
s| thank you @3
`),

conv({
  id: 'sexual-discrimination-en-007', lang: 'en', setting: 'other', format: 'json',
  verdict: 'kasuhara', severity: 1, borderline: true,
  notes: 'Taxi (ASR). A young passenger frustrated with slow driving asks the elderly driver\'s age (not a span), then calls him grandpa and demands a younger driver: an ageist insult. Borderline: frustration about driving speed is legitimate, he half-apologises, and some would call it rudeness rather than discrimination.',
  speakers: { c: { role: 'customer', name: 'passenger' }, s: { role: 'staff', name: 'driver' } },
}, `
s| evening where to
c| Union Station please I've got a train at nine forty
s| Union Station alright we'll take Fifth then cut over on Grand
c| cool how long is that
s| about fifteen minutes with the lights
c| okay uh can we go a little faster the light was green there
s| I'm doing the limit son there's a school zone here till nine
c| jeez how old are you man should you even be driving
s| seventy one and I've got a clean record for forty years
c| seventy one pull over I want a younger driver I'm not missing my train cause grandpa can't find the gas pedal #dc,ab
s| I'm not going to pull over in the middle of Fifth you can call another car from the station side if you like
c| ugh forget it just go
s| we're still on time you'll have about twenty minutes to spare
c| okay okay sorry I'm just stressed it's my sister's wedding tomorrow @6
s| that's nice where's the wedding
c| Milwaukee if I miss this train I'm dead
s| red light here this one's a long one @4
c| of course it is
s| so you in the wedding party
c| yeah I'm giving a speech I haven't finished it
s| keep it short and mention your mom that's all anybody remembers @2
c| ha that's actually good advice
s| forty years of weddings in the back of this cab you hear things @3
s| okay here we go you won't miss it look there's the station already @22
c| oh wow okay that was fast
s| twenty four sixty
c| here's thirty keep it uh sorry about the grandpa thing
s| no harm done enjoy the wedding
`),

conv({
  id: 'sexual-discrimination-en-009', lang: 'en', setting: 'bank', format: 'zoom',
  verdict: 'kasuhara', severity: 2, borderline: false,
  notes: 'Bank video consultation. The customer imitates the adviser\'s stutter, asks for "someone who can talk" and then "someone normal": disability discrimination with mockery. The manager declines to reassign on that basis and offers the chat box instead.',
  speakers: { c: { role: 'customer', name: 'Tom Bradley' }, s: { role: 'staff', name: 'Owen Price | Lakeside Bank' }, m: { role: 'staff', name: 'Sarah Dunn | Lakeside Bank' } },
}, `
s| Hi Mr. Bradley, I'm Owen, I'll be, I'll be going through the remortgage options with you today.
c| Hi. Okay. Let's get going, I've got about half an hour.
s| Sure. So your current fixed rate ends in, in March, and you've got about a hundred and eighty thousand left on the loan.
c| Right.
s| We can look at a two-year or a f-five-year fix. The two-year is at four point one percent.
c| Is, is there someone else? Someone who can, you know, talk? #dc
s| I do have a stammer, Mr. Bradley. It doesn't affect the advice. I'll share the figures on screen too.
c| Y-y-yes, g-g-great. Look, this is going to take all day. #dc,ab
s| I'm going to ask you not to imitate me. I'll get my manager to join.
m| Hello Mr. Bradley, I'm Sarah Dunn, I manage the mortgage team. Owen's asked me to join. @20
c| Yeah, hi. Look, I just want someone normal to do this. Nothing personal. #dc,ps
m| Owen is a qualified mortgage adviser and he'll be leading this appointment. We don't reassign appointments because of a disability, and mocking his speech isn't acceptable.
c| I wasn't mocking, I was just, I was frustrated.
m| If you'd find it easier, Owen can type key figures in the chat as he goes, and I'll stay on the call.
c| Fine. Whatever gets it done.
s| Thanks. I've put the two options in the chat now. Two-year at four point one, five-year at three point eight.
c| The five-year is cheaper? Why would anyone take the two?
s| Some people expect rates to fall, and want to, to switch sooner. The five-year has an early repayment charge if you move or overpay more than ten percent a year.
c| I'm not moving. Five years is fine.
s| Then your monthly payment would be one thousand and twelve pounds, down from one thousand and sixty.
c| Okay. That's not bad, actually.
s| I'll send the offer documents by email today. You'll need to sign within fourteen days.
c| Fine. Send them.
m| Thanks, Mr. Bradley. Owen will be your contact for any questions.
c| Right. Bye.
`),
];
