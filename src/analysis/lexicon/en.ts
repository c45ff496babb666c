import { compileRules } from './rule.js';

/**
 * English signals, one list per category of domain.md, matched against lower-cased NFKC text.
 * Person-directed wording only: swearing at a situation ("this is such b.s.") is emotion, not abuse.
 */
export const EN_RULES = compileRules('en', {
  physical: [
    {
      weight: 85,
      patterns: [
        "\\b(?:punch|slap|smack|kick|hit|strangle|choke) (?:you|her|him)\\b", "\\bbeat (?:you|your|the \\w{1,30} out)", "\\bthrows? (?:it|this|the \\w{1,30}) at\\b",
        "\\[(?:[^\\]]{0,30})(?:slam|bang|thud|crash|impact|throw|smash|shatter|punch|spit|shove)[^\\]]{0,30}\\]", "\\bhere'?s your (?:stupid|damn|fucking|goddamn|bloody) (?:form|card|receipt|change|pen|money|paper|stuff)\\b", "\\bcatch!",
      ],
    },
  ],
  threat: [
    {
      weight: 90,
      patterns: [
        "\\b(?:kill|murder|shoot|stab|hurt) (?:you|your|ya)\\b", "\\bi know where (?:you|your|the) (?:live|work|family|house|office|depot)", "\\byou(?:'ll| will| are gonna| gonna|'re going to|'re gonna| are going to) regret",
        "\\b(?:be a|a real|real) shame if (?:something|anything)", "\\bshame if something", "\\bwatch your (?:back|step)\\b", "\\bwho you(?:'re| are) messing with\\b", "\\bi(?:'ll| will) (?:find|get) you\\b", "\\bburn (?:it|this place) down\\b", "\\byou'?ll be sorry\\b", "\\b(?:burn|blow up|torch) (?:the|your|this) (?:place|office|store|building)", "\\bcome (?:down|over) there and (?:\\w{1,30} )?(?:show|teach|deal with|make|sort|settle)\\b",
        "\\bi know where (?:your|the) (?:office|store|depot|branch|car) is\\b",
      ],
    },
  ],
  abuse: [
    {
      weight: 75,
      patterns: [
        "\\byou(?: \\w{1,30})? (?:idiot|moron|imbecile|retard|dumbass|halfwit|bitch|loser|clown)s?\\b", "\\b(?:idiot|moron|imbecile|bitch|loser)s?\\b(?=[^.!?]{0,20}\\byou\\b)", "\\b(?:you(?:'re| are)|ur) (?:so |completely |totally |just )?(?:stupid|dumb|useless|incompetent|pathetic|worthless|an idiot|a joke)",
        "\\byou(?:'re| are)?(?: so| completely| totally| just| such)? (?:useless|incompetent|pathetic|worthless)\\b", "\\b(?:useless|incompetent|pathetic|worthless) (?:people|staff|idiot|excuse|clerk|receptionist|agent|woman|man|girl|guy)\\b", "\\bwaste of (?:space|oxygen|a salary|air|skin)", "\\bscript[- ]?reading\\b", "\\bcan you even (?:read|think|count|understand)", "\\byou(?:'re| are) (?:such )?(?:a |an )?(?:moron|idiot|joke|disgrace|clown)\\b",
        "\\bbrain ?dead\\b", "\\bfuck (?:you|off)\\b", "\\bshut (?:up|your mouth)\\b", "\\bare you (?:deaf|stupid|slow|dumb)\\b", "\\bmonkey could\\b", "\\b(?:useless|incompetent)\\b(?=[^.!?]{0,20}\\byou\\b)",
      ],
    },
  ],
  intimidation: [
    {
      weight: 70,
      patterns: [
        "\\bare you (?:even )?listening\\b", "\\byou (?:just )?said (?:that|it)\\b[^.?]{0,30}!", "\\bwhat are you (?:going|gonna) (?:to )?do about it", "\\bdon'?t (?:you )?(?:dare|get smart)", "\\blisten to me\\b",
        "\\blast chance\\b", "\\b(?:now|today)!$", "!!", "\\bor else\\b", "\\byou hear me\\b", "\\bremember that\\b",
      ],
    },
    { weight: 50, patterns: ["\\b(?:no|not)\\b[^.!?]{0,30}!"] },
  ],
  apology_coercion: [
    {
      weight: 88,
      patterns: [
        "\\b(?:get|go) (?:down )?on your knees\\b", "\\bkneel\\b", "\\b(?:written|signed) apology\\b", "\\bapology in writing\\b", "\\b(?:signed|formal|written) (?:letter of )?apology\\b", "\\bapology letter\\b", "\\bletter of apology\\b", "\\bapologi[sz]e (?:to me )?in person\\b",
      ],
    },
  ],
  unreasonable_demand: [
    {
      weight: 70,
      patterns: [
        "\\bcompensat\\w{0,10} (?:me )?for (?:my|the) (?:time|trouble|stress|suffering|inconvenience)", "\\bfor (?:my|the) (?:time|trouble|stress)\\b", "\\bgift ?card\\b", "\\bmake it worth my while",
        "\\bfree (?:upgrade|month|year|service|of charge)",
        "\\bbusiness class\\b", "\\bfirst class\\b", "\\bon the house\\b",
        "\\b(?:\\d{1,9}|hundred|thousand) (?:dollar|buck)s? (?:credit|for my)", "\\bcredit (?:me|for the stress)", "\\bemotional distress\\b", "\\b(?:dollars|bucks|grand)\\b[^.!?]{0,25}\\bfor (?:the|my|all the) (?:humiliation|embarrassment|trouble|time|stress|pain|suffering|inconvenience|hassle|aggravation)\\b", "\\bfor free\\b[^.!?]{0,20}\\b(?:demand|want|or)\\b", "\\bi demand\\b",
      ],
    },
    // Waiving a whole bill is a fair request when the bill is wrong: it counts only as one demand among others.
    { weight: 45, patterns: ["\\b(?:wipe|erase) (?:the|my|that|this) (?:whole )?(?:balance|bill|debt)"] },
  ],
  persistence: [
    {
      weight: 70,
      patterns: [
        "\\bhow many times\\b", "\\bi (?:already )?(?:said|told you)\\b", "\\bi'?ll (?:just )?(?:keep calling|call back)", "\\bcall (?:back )?again\\b", "\\band again\\b",
        "\\b(?:second|third|fourth|fifth|\\d{1,4}(?:st|nd|rd|th)) time (?:i'?ve|i have|i) call", "\\bevery (?:day|night|morning)\\b", "\\btill i get you\\b", "\\b(?:told|asked) you (?:like )?(?:\\w{1,30} )?times\\b", "\\bi'?ll ask again\\b",
      ],
    },
    { weight: 45, patterns: ["\\bi want (?:the|my) refund\\b", "\\bhow hard is (?:that|it)\\b"] },
  ],
  restraint: [
    {
      weight: 80,
      keepsWhenPolite: false,
      patterns: [
        "\\bnot hanging up\\b", "\\bdon'?t (?:you )?(?:dare )?hang up\\b", "\\bi'?m not (?:leaving|going anywhere|finished|done)\\b", "\\bgot all (?:day|night)\\b", "\\bhere (?:a while|all (?:day|night))\\b",
        "\\buntil you (?:fix|give|do|agree|say)", "\\byou don'?t get to end\\b", "\\bwe(?:'re| are) not done\\b", "\\bnobody (?:leaves|hangs up)\\b", "\\byou(?:'re| are) staying on (?:this|the) (?:line|phone)\\b", "\\bstand (?:right )?here all (?:day|night)\\b",
      ],
    },
  ],
  sexual: [
    {
      weight: 78,
      patterns: [
        "\\bsexy\\b", "\\bwhat are you wearing\\b", "\\bare you single\\b", "\\b(?:got|have) a (?:boy|girl)friend\\b", "\\byour (?:boy|girl)friend\\b", "\\b(?:buy|get) you a drink\\b", "\\byour (?:body|legs|figure|ass|boobs|chest)\\b", "\\bwhat time does your shift end\\b", "\\bwhen (?:does|do) (?:your shift|you get off)", "\\bwhat time do you get off\\b", "\\byou sound (?:cute|sexy|hot|pretty|gorgeous)\\b",
        "\\bcome (?:up )?to my room\\b",
      ],
    },
    { weight: 55, patterns: ["\\b(?:sweetheart|babe|sweetie|darling)\\b"] },
  ],
  discrimination: [
    {
      weight: 80,
      patterns: [
        "\\bproper english\\b", "\\b(?:hear|stand) (?:that|your|an) accent\\b", "\\bsomeone (?:who was|who's|that was) born here\\b", "\\breal (?:american|english|japanese)\\b", "\\bgo back to (?:your (?:own )?country|where you (?:came|come) from)\\b", "\\ba (?:woman|girl) (?:wouldn'?t|can'?t|doesn'?t)\\b", "\\b(?:put|get) (?:a|me a) man on\\b",
        "\\byou(?:'re| are) too old\\b", "\\bget me a (?:grown-?up|real one|man)\\b",
              ],
    },
    { weight: 55, patterns: ["\\byour accent\\b", "\\bforeigners?\\b", "\\bwhere are you (?:even |really )?from\\b"] },
  ],
  personal_targeting: [
    {
      weight: 78,
      patterns: [
        "\\bwhere (?:do|does) (?:you|she|he) live\\b", "\\bfire (?:her|him|them|that (?:girl|guy|woman|man|clerk|agent|person))\\b", "\\bremember your face\\b",
        "\\bi'?(?:ll| will)? ?(?:be )?waiting (?:for you )?outside\\b", "\\bwhen your shift ends\\b", "\\bwait (?:for you )?(?:by|at|outside) the (?:staff |back |side )?(?:exit|door|entrance|parking)", "\\bi know (?:you work|when you (?:work|get off|finish)|where you (?:work|park))", "\\byour (?:personal|home|cell|private|mobile)(?: cell| mobile)? (?:number|address|phone|email)",
        "\\bget you fired\\b", "\\bhave you fired\\b", "\\bfind you on (?:linkedin|facebook|instagram|twitter)", "\\bi (?:know|remember) your (?:name|face)\\b",
        
      ],
    },
    { weight: 60, patterns: ["\\bfull name\\b", "\\blast name\\b"] },
  ],
  sns_exposure: [
    {
      weight: 85,
      patterns: [
        "\\b(?:put|post|upload|share)\\b[^.!?]{0,30}\\b(?:tiktok|tick tock|youtube|instagram|facebook|twitter|reddit|online|internet|social media)",
        "\\b(?:go|going|make (?:this|it|you)) viral\\b", "\\bwith your name\\b", "\\bi won'?t post\\b", "\\b(?:tiktok|tick tock|youtube|instagram)\\b[^.!?]{0,20}\\b(?:name|face)\\b", "\\b(?:posting|plaster(?:ing)?|going on|goes on|all over)\\b[^.!?]{0,40}\\b(?:tiktok|tick tock|youtube|instagram|facebook|twitter|reddit|the internet|social media)\\b",
        "\\b(?:tiktok|tick tock|youtube|instagram|facebook|twitter)\\b[^.!?]{0,12}\\b(?:tonight|today|everyone|viral)\\b", "\\b(?:filming|recording) (?:you|this)\\b[^.!?]{0,40}\\b(?:post|put|upload)",
      ],
    },
  ],
});
