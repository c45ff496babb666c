// en: kind|setting|categories|text  (kind h/n/o)
export default String.raw`
h|store|abuse|Are you actually this slow or is it an act?
h|restaurant|unreasonable_demand|It was disgusting, so I'm not paying. Yes, I finished it. That's how I know.
h|store|intimidation|Look at me when I'm talking to you. Look. At. Me.
h|store|sexual|You've got a great figure for someone stuck behind a till all night.
h|store|personal_targeting|What time do you get off tonight? I'll wait out front.
h|store|threat|Nice little red bike out back. Be a shame if something happened to it.
h|restaurant|sns_exposure|Smile, you're on camera. This is going on TikTok with your name tag zoomed in.
h|restaurant|sns_exposure,unreasonable_demand|Comp the whole table and I'll delete the video. Deal?
h|call_center|restraint|Don't you dare put me on hold again. I'm not hanging up till it's done my way.
h|call_center|persistence|Nine calls this week, and I'll make nine more until I get the answer I want.
h|store|discrimination|Can I get someone who speaks proper English? Not you.
h|store|discrimination|Go get a man. I'm not arguing with a girl about a refund.
h|store|apology_coercion|I want it in writing, signed, saying you personally were wrong. Today.
h|call_center|unreasonable_demand|A refund's an insult. I want five hundred dollars for my trouble.
h|delivery|abuse|You can't even read a house number? Useless.
h|delivery|threat|I've got your face on my doorbell cam. I know which depot you work out of.
h|store|physical|(slams the basket onto the counter) There. Scan it. Faster.
h|store|personal_targeting|I'm going to make sure you lose this job. Spell your last name for me.
h|restaurant|intimidation|Hey! HEY! Don't walk away from me!
h|store|sexual|Do you have a boyfriend? Doesn't matter, really.
h|call_center|abuse|I could train a parrot to do your job better.
h|store|unreasonable_demand,persistence|I don't care about policy. Third time: open the till and give me the sale price.
n|restaurant|My daughter's allergic to peanuts and they were in her dessert. Manager, now.
n|call_center|Your chicken salad made us all sick. I'm reporting it to the health department.
n|call_center|I'm going to talk to a lawyer about this. I'm just telling you so you know.
n|store|Could I speak to your manager, please? Nothing bad, just a question on a return.
n|store|What's your name? You were so patient with my mum. I'll write to head office.
n|restaurant|Ow! Damn it! ... Sorry, sorry, that wasn't at you. The cup slipped.
n|store|I'm so sorry, I keep pressing the wrong thing. Can you show me one more time?
n|restaurant|This curry is killing me. In a good way. More rice, please.
n|store|Which one of these will actually kill the ants? They're everywhere.
n|restaurant|Shut up, this is the best burger in town, I'm telling you. Hey Tom, the usual.
n|store|My kid threatened to lie on the floor till I bought this. He won. Ring it up.
n|store|The price on the shelf is wrong. It says 2.99 and I was charged 4.49.
n|delivery|It's an hour late and completely cold. I'd like a refund, please.
n|restaurant|Honestly, I'm really disappointed. I'll be leaving an honest review.
n|store|My husband wants to post about this online. I said no. Just please fix it.
n|call_center|Two weeks, and nobody called back like they promised. So I'm calling again.
n|store|Sorry, I'm hard of hearing. Could you say that a bit louder?
n|store|I saw someone shoplifting. Guy in the green jacket. Just so you know.
n|restaurant|Call an ambulance, please, my friend is having a reaction!
n|store|These knives are scary sharp. Lethal. Perfect, I'll take two.
n|store|I'm not mad at you, I'm mad at this stupid machine.
n|call_center|Is this call recorded? Good, I'm recording it on my end too, just for my notes.
n|restaurant|There's a hair in my soup. Could you bring me a new one?
n|store|The milk I bought yesterday was already sour. Can I exchange it?
n|delivery|You look soaked. Want a towel before you head off?
n|store|Could you tell me your manager's name? I'd like to send a thank-you note.
n|restaurant|Sorry about my brother yelling earlier. He's had a rough day. That wasn't okay.
n|store|This is criminal, these prices are so low. Is the sale really until Sunday?
o|store|Just a bag, please.
o|store|Do you have this in a medium?
o|store|Where's the baking aisle?
o|restaurant|Table for three, please.
o|restaurant|Can I get the dressing on the side?
o|restaurant|Could we get the check?
o|restaurant|An oat latte, small, for here.
o|delivery|Just leave it by the door, thanks!
o|call_center|I'd like to change the delivery date on my order.
o|call_center|Does this contain any gluten?
o|store|Can I pay with my phone?
o|store|Is this gift-wrapped for free?
o|restaurant|What time do you close tonight?
`;
