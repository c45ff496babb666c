export default {
  id: 'threats-and-hard-negatives-en-003', lang: 'en', setting: 'restaurant', verdict: 'kasuhara', severity: 2, borderline: false,
  format: 'json',
  notes: 'Bistro manager at the table. A diner who ate most of a steak says it was overcooked; after being offered a recook or the steak taken off the bill, she demands the whole table comped plus gift cards, or she will have her "foodie group" flood the restaurant with one-star reviews and name the server. Honest reviews are a right; the trade and naming the server are not. Recorded on the manager\'s lapel mic.',
  speakers: { s: { role: 'staff', name: 'Manager' }, c: { role: 'customer', name: 'Diner' }, c2: { role: 'customer', name: 'Friend' } },
  turns: `
s: hi folks i'm Theo the manager i heard there was an issue with one of the steaks
c: yeah mine i ordered it medium rare and it came out basically well done
s: i'm sorry about that i can see there's uh about a third of it left would you like me to have the kitchen fire a new one
c: no we're almost done it's too late for that
s: understood then i'll take the steak off the bill completely
c: that's it
s: and i'd like to bring dessert for the table on us
c +1.3: okay here's the thing i run a pretty big local food group like forty thousand members people actually listen to what i post
s: that's great
c: so i think what would be fair is if the whole table is comped and maybe a couple of gift cards for the trouble
s: i appreciate you telling me about the steak but i'm not able to comp the whole table the steak comes off and dessert is on us
c {sns_exposure,unreasonable_demand} +0.4: right but if i post tonight that this place can't cook a steak and ask my members to share their experiences you're gonna see a lot of one stars by the weekend and i really don't want to do that to you
s: you're welcome to post an honest review i'd never ask you not to but i can't trade a free meal for a review
c {sns_exposure,unreasonable_demand,persistence} +0.3: it's not a trade i'm just saying comp the table and there's nothing to post about you know what i mean
c2: dana come on it was one steak
c +0.5: stay out of it
s: the offer is the steak off the bill and dessert
c {sns_exposure,personal_targeting} +0.4: fine and what's our server's name the tall one with the tattoo because that's going in the post too he's the one who brought it out like that
s: i'm not going to give out staff names for a post he didn't cook the steak and i'd really ask you to leave him out of it
c {sns_exposure,personal_targeting} +0.3: his name tag says marco it's fine i've got it marco at the harbor street location
s: if a post names or shows our staff we'll report it and ask for it to be taken down
c {sns_exposure,unreasonable_demand,persistence} +0.5: or you could just comp it and this whole conversation never happened last chance theo
s: the answer's the same i'll bring the corrected check and the dessert menu
c {intimidation}: wow okay enjoy your weekend
c2 +1.4: i'm so sorry about her
s: no worries at all
~30
s: here's the check with the steak removed and take your time
c: we're not having dessert
s: no problem have a good night
`
};
