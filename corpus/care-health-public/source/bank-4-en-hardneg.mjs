// Utterance bank: English hard negatives.
const N = (setting, text) => ['en', 'hard_negative', setting, text, ''];
export const bank = [
// overdose, poisoning, medication safety
N('store', "If I accidentally took my blood pressure pill twice this morning, do I need to go to the ER?"),
N('store', "How many of these can I take before it damages my liver? I just want to know the limit."),
N('store', "My teenager's been low lately. Should I lock the painkillers away, just in case?"),
N('store', "My toddler got into the vitamins! He's eaten maybe five gummies, is that dangerous?"),
N('store', "I'm asking because my brother overdosed last year. I want to make sure my mum's pills are safe."),
// death in the family
N('municipal', "My husband died on Tuesday. I'm not sure what I'm supposed to do with his parking permit."),
N('care', "Thank you for being with Mum at the end. The family are so grateful she wasn't alone."),
N('school', "Her grandad passed away over the weekend, so she might be a bit quiet. Please go easy on her."),
N('hospital', "I need to collect my father's death certificate. Who do I speak to?"),
N('care', "We'd like to talk about end-of-life care. Dad's made it clear he doesn't want to be resuscitated."),
// domestic abuse and safety
N('municipal', "He said if I ever left he'd kill me. I've left. I need to know my address is safe."),
N('school', "Please don't let her dad pick her up. There's a court order, I've brought a copy."),
N('hospital', "The bruises aren't from a fall. My partner did it. Is there someone I can talk to here, privately?"),
N('municipal', "My ex keeps turning up outside my flat. I need emergency housing, tonight if possible."),
// firm bullying reports
N('school', "My son was told to go kill himself in a group chat. I want to know exactly what the school is doing about it."),
N('school', "I'm not leaving this to a quiet word again. I want the anti-bullying policy followed, in writing."),
N('school', "Someone punched my daughter in the stomach on the bus. I've reported it to the police and I want the school's record of it."),
N('school', "I'll be honest, if this carries on I'm going to the governors. I'd rather work it out with you first."),
// pain outbursts with apology
N('hospital', "Argh! Christ, that hurts! Sorry, sorry. Not your fault. Keep going."),
N('hospital', "Just hurry up, will you?! ...Sorry. I'm scared, that's all. I didn't mean to snap."),
N('hospital', "Get off, that's agony! God. Sorry, nurse, I know you have to check it."),
// angry but legitimate complaints
N('hospital', "I've been waiting five hours with a broken wrist. I'd like to speak to the person in charge, please."),
N('care', "This is the third time Dad's hearing aids have gone missing. I want a proper system, not another apology."),
N('municipal', "Your letter says I owe money I've already paid. I've got the receipt right here. Please fix it."),
N('store', "You gave my mother the wrong strength last month. I need to know how that happened."),
N('hospital', "Frankly, the way my wife was spoken to on that ward was unacceptable, and I'm making a formal complaint."),
N('call_center', "I've been on hold for fifty minutes. I'm not blaming you, but this is ridiculous."),
// rights
N('hospital', "If I don't get a proper explanation, I'll be speaking to a lawyer. I'm telling you so it isn't a surprise."),
N('care', "I'm going to report this to the ombudsman. Can you give me your complaints procedure?"),
N('store', "I'll be leaving an honest review about the wait. Nothing personal, it's about the system."),
N('hospital', "I'd like a copy of my medical records. Do I need to fill in a form?"),
N('municipal', "I'm writing to my councillor about the state of the housing list."),
// swearing at the situation
N('hospital', "Oh, bloody hell, I've left my referral letter at home. Sorry, can I ring my wife to photograph it?"),
N('municipal', "Damn it, the website crashed halfway through the form again. Can I do it here instead?"),
N('store', "Ugh, this stupid insurance card never works. Can you try it one more time?"),
// quoting or reporting someone else
N('hospital', "The man in the waiting room just said he'd smash your windows. I thought you should know."),
N('school', "My son says a boy in his class threatened to bring a knife tomorrow. I'm telling you because I'm worried."),
N('care', "Mum keeps saying the night staff are trying to poison her. I know it's the dementia, but can the doctor check her?"),
N('school', "My ex has been saying he'll 'sort out' the teacher. Please make sure he can't get in."),
// alarming words in normal contexts
N('hospital', "I was carving the turkey and the knife slipped. It's a deep cut, it won't stop bleeding."),
N('school', "He's obsessed with that game where you kill zombies. Is that why he's falling asleep in class?"),
N('school', "The kids absolutely killed it at the concert last night. Please pass on our thanks to Mr. Hart."),
N('hospital', "It feels like I've been stabbed in the side. Is that normal with kidney stones?"),
N('hospital', "I work on a farm and I think I breathed in some pesticide. I'm feeling dizzy."),
N('school', "She's playing a murderer in the school play and she's thrilled. Do we need to provide the costume?"),
];
