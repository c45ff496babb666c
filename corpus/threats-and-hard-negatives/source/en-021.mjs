export default {
  id: 'threats-and-hard-negatives-en-021', lang: 'en', setting: 'call_center', verdict: 'normal', severity: 0, borderline: false,
  format: 'zoom',
  notes: 'Video-game publisher\'s player support (video call for account recovery). A teenager recovering a hacked account chats about "killing" bosses, "getting killed by campers" and "I\'m gonna murder this raid"; all game talk, friendly and ordinary.',
  speakers: { s: { role: 'staff', name: 'Jordan - Player Support' }, c: { role: 'customer', name: 'xXFrostbiteXx' } },
  turns: `
s: Hey, this is Jordan from Ironclad player support. You're here about account recovery, right?
c +0.9: Yeah. Somebody got into my account on Friday and changed the email. I can't log in.
s: That's the worst. Okay, I can help. I'll need to verify a few things that only the real owner would know. What's the character name on the account?
c: Frostbite, with a k? No, F R O S T B I T E. Level ninety-two paladin.
s: Got it. And roughly when did you create the account?
c: Like, summer of twenty twenty-one? I was in seventh grade.
s: That matches. Can you tell me the last thing you did before you got locked out? Like a boss or a purchase.
c: Uh, I killed the Hollow King on heroic. First time. Took us like forty wipes.
s: Oh nice, congrats. That fight is brutal.
c: Yeah, the second phase kills everybody. I died like thirty times to the ground slam.
s: Same, honestly. Okay, I can see the Hollow King kill on your log Thursday night. And then on Friday there's a login from a new device in another country.
c: That wasn't me. I was at school.
s: Right. They also traded away some items. I see the Emberforged Blade went to another account.
c: Are you serious? That sword took me three months.
s: I know. Good news is, stolen items from a confirmed compromise are restored. I'm putting the blade back and locking the account that received it.
c: Yesss. Okay, thank you.
s: Let's get your email changed back. I'm sending a code to the original email on file, the one that ends in gmail.
c: Got it. Seven four one nine nine two.
s: Perfect. You're back in. I'd really recommend turning on the authenticator app. The person got in with just your password.
c: I used the same password for everything, which, yeah, I know.
s: Happens to a lot of people. Change it here and anywhere else you used it, and turn on two-factor. It takes two minutes.
c: Okay, doing it now.
s: Anything else while you're here?
c: No, that's it. My guild is doing the raid again tonight. We're gonna murder it this time.
s: Ha, go get 'em. And watch out for the ground slam.
c: I'll stand behind the tank this time. Thanks, Jordan.
s: Anytime. Have fun.
`
};
