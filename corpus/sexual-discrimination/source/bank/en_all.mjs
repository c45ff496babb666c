export default { lang: 'en', lines: `
H ho sx | What time do you clock off? I'll be at the bar, first one's on me.
H rs sx | Write your number on the receipt and I'll leave you a tip you won't forget.
H cc sx | You've got a voice made for late-night radio, sweetheart. You single?
H ot sx | Those leggings don't leave much to the imagination, huh?
H hp sx | Nurse, you can give me a sponge bath any time you like.
H st sx | You'd be a lot prettier if you smiled, you know that?
H bk sx | Nice ring. Is it real or are you still looking? Because I'm available.
H ot sx,ps | I've asked you out three times now. Just say yes and I'll stop asking.
H ho sx | Bring the towels up yourself. I'll be in the shower, just let yourself in.
H rs sx | Bend down and get that napkin for me, would you? Nice and slow.
H cc sx,ud | Tell me what you're wearing and I'll stop complaining about the bill.
H ot sx | Is that a wedding ring? Shame. Lucky guy, I'd keep you busy too.
H hp sx | Are you on your period or something? You're awfully snippy today.
H bk sx | You should get married before your looks go, honey. Clock's ticking.
H st sx | Bet your boyfriend loves you in that uniform.
H ot sx | You pregnant or just putting on a few? Either way, it suits you.
H ho sx,ph | Come here, let me fix your collar for you. There we go, that's better.
H rs sx,ph | Good girl. Keep 'em coming, and don't pull away when I'm talking to you.
H ot th,sx | I know you finish at ten. I'll be waiting by your car, no pressure.
H st th,pt | You live over on Maple, right? I've seen you walking your dog.
H cc th,pt,sx | I looked you up. Kelsey from Tulsa, right? Your Instagram is cute.
H hp th,pt | I know which door the night staff use. Maybe I'll say hi on my way out.
H ot th,sx,ps | I'll just keep coming to your Thursday class until you give me a chance.
H bk pt,sx | What's your full name? I want to send flowers to your house, not the branch.
H rs sx,rs | I'm not leaving until you sit down and have a drink with me.
H cc sx,rs | Don't hang up. I just want to hear your voice a bit longer, come on.
H cc dc | I'd prefer someone who speaks proper English, if it's all the same to you.
H cc dc,ab,ps | I asked for an American. Are you deaf or just foreign?
H st dc | Is there anyone working here who was actually born in this country?
H ho dc | Could you send a different housekeeper? Not one of the... you know. A local one.
H hp dc | I don't want a foreign doctor touching me. Get me someone from here.
H rs dc,ab | Go back to wherever you came from if you can't take an order right.
H ot dc | Can I get a driver who isn't wearing a turban? No offense, it makes me nervous.
H bk dc | Put a man on. I'm not discussing my mortgage with a girl.
H cc dc | Women shouldn't be doing tech support. Transfer me to one of the guys.
H ot dc | I don't want some old-timer training me. Find me someone under fifty.
H st dc,ab | Why do they let cripples work the register? This line's taking forever.
H ho dc | Can I get a receptionist without the accent? I'd like to understand my own bill.
H hp dc | Are you even old enough to be a nurse? Send in a real one.
H bk dc,ab | Grandma, you're too slow for this. Let one of the young ones do it.
H rs dc | I'd rather be served by someone who looks like they belong in a steakhouse, if you get me.
H ot dc | A guy doing nails? What is this place? Get me a woman who knows what she's doing.
H cc dc,ps | Transfer me to your stateside office. I don't care what the policy is. Stateside.
H st dc | Do you even speak English? Get me somebody who does.
H ho dc,sx | They hired a pretty Asian girl for the front desk, smart move. Do you do massages too?
H hp dc | I'd rather not have the one with the headscarf, if that's possible.
H bk dc | Someone with a stutter handling my account? Not a chance. Swap him out.
H ot dc,ab | You're too old to be checking tickets, pal. Retire already and let someone quick do it.
H cc dc,sn | I'm posting this call online, "this is what you get when they outsource." With your name on it.
H rs sx,sn | Smile for the camera, love. My followers are going to love you.
H ho sx,sn | Say no again and your name's going in a one-star review. "Front desk girl with an attitude."
H st dc,im | Don't you dare take that tone with me in my own country!
H cc sx,ud | Waive the fee and I'll stop calling you sugar. Deal?
H ot sx | You must be a yoga girl, you're so bendy. Do that stretch again for me.
H hp sx | Doc, you can examine me anywhere you like. I won't complain.
H bk sx | Got a boyfriend? Because I'd open a joint account with you any day.
H ho dc,ab | Mexican, huh? Make sure you count the minibar right, I know how you people are.
H rs sx,ps | You said you're busy tonight. Tomorrow, then? And the night after? I'm patient.
H ot sx | Young lady, if I were forty years younger I'd carry you off. Come sit on grandpa's knee.
H st sx | Yo, you're literally so fine. Snap? Insta? Anything?
N hp - | Would it be possible to have a female nurse for the catheter? I'd just feel more comfortable.
N hp - | Can I request a chaperone for the exam, please? It's something I always do.
N ot - | Do you have any female massage therapists free Saturday? I relax more that way.
N ot - | Is there a women-only hour at the pool? My faith requires it.
N cc - | My English isn't very good. Is there someone who speaks Spanish?
N hp - | My mother only speaks Cantonese. Can we get an interpreter for the consultation?
N bk - | I'm hard of hearing. Could you face me when you talk so I can read your lips?
N cc - | Sorry, the line's breaking up and I'm missing words. Could you say that again a bit slower?
N ho - | Do any of your staff speak Japanese? My parents arrive tonight and they don't speak English.
N ot - | I'm Deaf. Can we use the notepad? Thank you.
N ho - | The woman at the front desk last night was fantastic. What's her name? I want to mention her in my review.
N rs - | Our server tonight was wonderful. Could you pass that on to the manager?
N st - | You always make my morning, you know that? Thanks, dear.
N hp - | I want to thank the night nurses properly. Could I get their names so I can write a card?
N bk - | You've been so patient with me. I'm telling your manager you deserve a raise.
N cc - | What's your name again? I'm filling in that survey and saying you were the best person I've talked to all week.
N ot - | Great driving, honestly. Five stars. What's your first name for the app?
N ot - | Your color work is gorgeous. How long have you been doing hair?
N ho - | This is the third time the key card's failed. I've been locked out at midnight twice. I want this fixed now.
N cc - | I've been on hold for an hour and twenty minutes. This is absolutely unacceptable.
N hp - | Nobody told me the surgery was cancelled. I fasted for fourteen hours for nothing!
N bk - | You charged me twice and now you're telling me to wait ten days? That's my rent money.
N rs - | My son has a nut allergy, I told you twice, and this has peanuts on it. Where's the manager?
N ot - | The flight was cancelled and nobody said a word at the gate. What are we supposed to do?
N ot - | Oh, for God's sake, not again. Sorry, not you, the app just crashed on me.
N st - | Damn it, I left my wallet in the car. Could you hold that for me?
N cc - | Bloody hell, this form is a nightmare. Sorry. Can you walk me through it?
N ot - | A guy in the weights area keeps telling me to "smile, sweetheart." Can someone have a word with him?
N ho - | The man in 302 said something gross to the housekeeper in the hallway. I heard it. You should know.
N cc - | Your technician told my wife "let me talk to the man of the house." I want that on record.
N st - | Someone just told your cashier to go back to her country. I'm sorry, she didn't deserve that.
N rs - | My friend's date asked for a white waiter. We're mortified. Please tell your staff we're sorry.
N hp - | My dad made a comment about your accent earlier. He has dementia, I'm so sorry.
N bk - | If this isn't resolved by Friday, I'll be taking it to the financial ombudsman.
N ho - | I'm going to be honest in my review. The room wasn't what was advertised.
N cc - | I've spoken to a lawyer about the contract terms, and I'd like everything in writing from now on.
N ot - | I'll be filing a complaint with the Department of Transportation about the delay compensation.
N st - | Where do you keep the hunting knives? I need one for deer season.
N hp - | I think my son took too many of his ADHD pills. Is that an overdose? Should I bring him in?
N bk - | My husband died last month. I need to close his accounts and I don't know where to start.
N st - | I absolutely killed it at the tournament last night. Give me the biggest coffee you've got.
N ot - | This workout is murder. Are you trying to kill us?
N hp - | My chest is tight and my left arm is tingling. Can someone see me right away?
N st - | Where are the pregnancy tests? Do you have the digital ones?
N st - | Which aisle has pads? The overnight ones.
N rs - | This steak knife could cut through anything. Great steak, by the way.
N ot - | My grandmother's ashes are in my carry-on. Is there anything I need to declare?
N ot - | You're seventy-five and still driving a cab? Good for you, I hope I'm that sharp.
N hp - | You're young, but you explained that better than any doctor I've seen. Thank you.
N cc - | Could I speak to someone in billing? This is really a billing question.
N ho - | We asked for the same room attendant as last year, Rosa. Is she in this week? She was so kind to our kids.
N bk - | My mother gets confused on the phone. Is there someone who can do this in person with her, slowly?
O ho - | Hi, could I get a late checkout tomorrow, maybe noon?
O ho - | Is breakfast included with my room?
O st - | Just the gas on pump four, and a bottle of water.
O st - | Do you have any phone chargers, the USB-C kind?
O rs - | Could we get the check, please? Separate cards.
O rs - | Table for three. Do you have anything on the patio?
O hp - | I need to reschedule my appointment on Thursday.
O hp - | Does my insurance cover the flu shot here?
O bk - | I'd like to deposit this check, please.
O bk - | Can I order new checks at the counter?
O cc - | I'm calling to update my billing address.
O cc - | My package says delivered but it's not on my porch.
O ot - | Can you take me to the Marriott on Fifth?
O ot - | Is there a fee to check a second bag?
O ot - | What time does boarding start for gate twenty-two?
O ot - | Can I freeze my membership for two months while I travel?
O ot - | Just a trim, about an inch off the ends.
O ho - | What's the Wi-Fi password?
O rs - | Is the soup of the day vegetarian?
O st - | Can I get a receipt, please?
O hp - | Where's the pharmacy pickup window?
O bk - | What's the interest rate on your savings account right now?
O cc - | Can I pay my bill over the phone with a card?
O ot - | Could you drop me at departures, terminal B?
O ot - | Do you have any openings with a stylist this afternoon?
O ho - | Could you recommend a good place for dinner nearby?
O rs - | Thanks, everything was delicious.
O cc - | I'd like to cancel my subscription at the end of the month.
` };
