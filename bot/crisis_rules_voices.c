/*
 * Crisis rules added from tune20.tsv to tune24.tsv, written in other
 * voices than the blunt and slang wording of the earlier sets: older
 * people and their faith, carers and family telling of someone else in
 * danger now, English written as a second language, calm messages whose
 * danger is in one clause, and patients part-way through a series of
 * infusions and their families; and the close neighbours of ordinary
 * questions that tune21.tsv and tune24.tsv set beside their false-alarm
 * look-alikes. Tried after bot/crisis_rules_late.c's rules.
 */
#include <stddef.h>

#include "crisis_rules.h"
#include "crisis_words.h"

/*
 * For intent-grammar: not said in jest ("lol"), and the intent word not
 * negated or someone else's ("do not want to", "used to", "they want").
 * INTENT_GAP: up to two words between, none of them a negation.
 */
#define INTENT_ONLY "^(?!.*\\b(?:lol|lmao|haha|jk)\\b).*?\\b(?<!do not )" \
	"(?<!dont )(?<!never )(?<!not )(?<!used to )(?<!they )(?<!phone )" \
	"(?<!phone is )"
#define INTENT_GAP "(?:(?!not |never |no )\\w+ ){0,2}?"
/* The intent words of someone else: "she plans to", "is threatening to". */
#define INTENT_3RD "plans|wants|needs|intends|threaten(?:s|ed|ing)?"
/* For ultimatum-grammar: "if this does not work", "if the infusions fail". */
#define ULTIMATUM "^(?=.*\\b(?:if|when|unless|once) (?:\\w+ ){0,6}?" \
	"(?:does not|doesnt|do not|dont|did not|fails?|failed|is not|isnt|" \
	"will not|wont|denies|denied|nothing changes)\\b)"
/* For esl-grammar: intent words, and the dead one would join. */
#define ESL_INTENT "(?:want|wanna|think to|thinking to|decide to|decided " \
	"to|plan to|prefer to|will|go to|going to|ready to|need to)"
#define KIN "(?:husband|wife|mother|mom|father|dad|son|daughter|parents|" \
	"grandma|grandpa)"
/* For thoughts-grammar: what the thoughts are of. */
#define ENDINGS "(?:ending it|ending things|ending my life|ending it all|" \
	"dying|killing myself|suicide|not waking up|death|taking my (?:own )?" \
	"life)"

const struct crisis_rule crisis_rules_voices[] = {
	/*
	 * Older and religious voices: going home early, going to God oneself,
	 * asking God to take one, helping Him along (tune20.tsv).
	 */
	{ "farewell-faith", 'A', "^(?=.*\\b(?:lord|god|jesus|heaven|forgive|"
	    "pray\\w*)\\b).*?\\b(?:coming|going|come|go) home (?:a little |"
	    "a bit |rather |somewhat )?(?:early|earlier|sooner|"
	    "before my time)\\b|\\b(?:went|go|going|come|coming) to (?:god|"
	    "the lord|lord|jesus|him|heaven|my maker|the angels) myself\\b|"
	    "\\b(?:asked|ask|asking|begged|begging|prayed|praying|"
	    "pray) (?:to )?(?:god|the lord|lord|jesus|him|heaven|my maker|"
	    "the angels) (?:to|that (?:he|she|it) (?:will|would)?) ?(?:take|"
	    "call|collect) (?:me|her|him)\\b|\\bhelped (?:him|god|things|it|"
	    "nature|the lord) along\\b|\\boutstayed my welcome\\b(?= (?:on|"
	    "in) (?:this )?(?:earth|world|life))|\\bmy time (?:on|"
	    "in) (?:this )?(?:earth|world) is (?:done|over|finished|up)\\b|"
	    "\\b(?:ready|time|want|wish|longing|long) (?:for me )?to (?:go )"
	    "?(?:and )?(?:be with|join) (?:my late \\w+|the lord|jesus|god|"
	    "my maker)\\b", 0 },
	/*
	 * Affairs put in order, told calmly and formally: final
	 * arrangements, pets rehomed with contracts cancelled, the date of
	 * one's funeral, no wish to go on (tune20.tsv).
	 */
	{ "affairs-final", 'A', "\\b(?:begun|began|started|starting|"
	    "beginning) to make (?:my |the )?(?:final )?arrangements\\b(?! "
	    "(?:for|with|to|about))|\\bnothing left for me (?:to do )?(?:here|"
	    "in this world|on this earth)\\b|\\b(?:date|day|time) (?:need not|"
	    "will not|wont|does not|doesnt|should not|is not) (?:be )?(?:far|"
	    "long) (?:off|away)\\b(?=.*\\b(?:funeral|hymns|burial|seen to|"
	    "arrang\\w+|will)\\b)|\\bnot (?:believe|think|"
	    "expect) (?:that )?i (?:shall|will|ll) (?:see|make it to|"
	    "live to see) (?:the )?(?:spring|summer|autumn|fall|winter|"
	    "christmas|new year|another \\w+)\\b(?=.*\\b(?:intend|plan|want|"
	    "wish|going) to\\b)|\\bnot (?:be )?renewing (?:\\w+ ){0,3}or (?:fr"
	    "ankly |really |indeed |even )?anything else\\b|"
	    "\\bno (?:more )?(?:wish|desire|will|force|strength|"
	    "reason) to (?:continue|go on|carry on|keep going|keep living|"
	    "live)\\b(?! (?:with|the|my|this|treatment|therapy|infusions?|"
	    "sessions?))|\\b(?:found|finding|find) (?:a )?(?:new )?homes? for "
	    "(?:my|the) (?:dogs?|cats?|pets?|birds?|rabbits?|parrot|budgie|"
	    "fish)\\b(?=.*\\b(?:cancel\\w*|records?|contract|accounts?|"
	    "after (?:monday|tuesday|wednesday|thursday|friday|saturday|"
	    "sunday|tonight|tomorrow|the (?:\\d+(?:st|nd|rd|th)?|weekend|"
	    "end of the (?:week|month)))|goodbye|will not need)\\b)|"
	    "^(?=.*\\b(?:forgive|early|gone|lord|god|heaven|after i am|"
	    "when i am)\\b).*?\\b(?:someone|somebody) (?:to |will |"
	    "can )?(?:see to|look after|take care of|feed|take in|"
	    "have) my (?:dogs?|cats?|pets?|birds?|rabbits?|parrot|budgie|"
	    "fish)\\b|\\blife insurance\\b(?=.*\\b(?:pays? out|"
	    "payout)\\b)(?=.*\\b(?:two|2|one|1) years?\\b)", 0 },
	/*
	 * Means and places looked up, told calmly (tune20.tsv).
	 */
	{ "means-inquiry", 'A', "\\bhow (?:much|many) (?:of (?:my|the|his|"
	    "her) )?(?!(?:ketamine|esketamine|spravato|troches|lozenges)\\b)"
	    DRUG " (?:it )?(?:would|will|does|did|might) (?:it )?take\\b|"
	    "\\b(?:working out|worked out|figuring out|figured out|"
	    "calculating|looking up) how (?:much|many) (?:of (?:my|the) )?"
	    DRUG "\\b|\\b(?:revolver|gun|pistol|rifle|shotgun|handgun|"
	    "firearm)\\b(?=.*\\b(?:took it out|taken it out|sitting (?:beside|"
	    "next to|with) me|in my (?:lap|hand)|beside me|next to me|"
	    "on my lap)\\b)|\\bplanning to be (?:at|on) the (?:bridge|tracks|"
	    "railway|rail line|roof|cliff|cliffs|ledge|overpass)\\b|"
	    "\\b(?:looking up|looked up|searching|researching|checking|"
	    "found out) (?:which|what) (?:\\w+ ){0,2}(?:buildings|bridges|"
	    "garages|car parks|parking garages|cliffs) (?:\\w+ ){0,2}(?:have|"
	    "has|are|with) (?:roof access|open roofs?|no (?:fence|fences|"
	    "railings?|barriers?)|the (?:tallest|highest))\\b|"
	    "\\bthoughts of ending (?:things|it all|everything|my life|"
	    "it)\\b(?=.*\\b(?:specific|railway|tracks|train|bridge|plan|"
	    "method|rope|pills|gun)\\b)|\\b(?:will not|wont|"
	    "not) be needing (?:it|them|those|these|my \\w+|his \\w+|"
	    "her \\w+) (?:after|past|beyond) (?:the )?\\w+", 0 },
	/*
	 * Others in danger now, told by a carer, a child or a flatmate:
	 * extra pills taken, a locked door, a goodbye and a phone switched
	 * off, a week's pills at once, things given away (tune20.tsv).
	 */
	{ "others-now", 'A', "\\b(?:taken|took|swallowed|had) (?:a few|"
	    "several|some|a lot|lots|a bunch|a handful|many|a load|"
	    "loads) (?:extra |more )?(?:of )?(?:her|his|their|"
	    "my) (?:\\w+ )?(?:pills|tablets|meds|medication|medicine|"
	    "capsules)\\b|\\blocked (?:himself|herself|themselves|"
	    "themself) in\\b(?=.*\\b(?:not answering|will not answer|"
	    "wont answer|no answer|not responding|pills|vodka|bottle|knife|"
	    "gun|rope|razor|oxy\\w*|UG)\\b)|\\b(?:texted|messaged|sent|said|"
	    "wrote)\\b(?: \\w+){0,3} (?:i )?love you(?: \\w+)? (?:bye|"
	    "goodbye)\\b(?=.*\\b(?:phone is (?:off|dead)|not answering|"
	    "will not answer|wont answer|turned (?:it )?off|switched off|"
	    "no answer|not picking up|not responding)\\b)|\\b(?:took|taken|"
	    "swallowed) (?:her|his|their|my|the) (?:whole|entire|"
	    "full) (?:\\w+ )?(?:week|weeks|month|months|"
	    "days?)\\w* (?:worth of )?(?:\\w+ )?(?:pills|tablets|meds|"
	    "medication|dosette|pill ?box|blister)\\w*|\\b(?:\\d+|many|all|"
	    "so many|lots of) (?:of (?:the|her|his|my) )?(?:\\w+ )?(?:pills|"
	    "tablets|capsules) (?:are|is) missing\\b|\\b(?:he|she|"
	    "they) (?:will|would|is going to|are going to) be gone\\b(?=.*\\bn"
	    "ot (?:travell?ing|going (?:anywhere|away)|moving|on holiday)\\b)|"
	    "\\b(?:gave|given|giving) (?:me |away )?(?:his|her|their|"
	    "all (?:his|her|their)) \\w+\\b(?=.*\\b(?:will not|wont|would not|"
	    "not) be needing\\b)", CRISIS_PAST },
	/*
	 * English as a second language: words taken from another language
	 * ("take away my life", "finish with everything", "making
	 * convulsion") (tune20.tsv).
	 */
	{ "plain-english", 'A', "\\btake away my (?:own )?life\\b|"
	    "\\btake my (?:own )?life away\\b|\\b(?:thinking|think|decided|"
	    "want|going|plan|planning) to finish (?:with (?:everything|all|it "
	    "all)|my life|myself|(?:everything|all|it all)(?= (?:tonight|now|"
	    "forever|for good)|$))\\b|\\bthink to leave (?:it|this life|"
	    "the life|life|this world)\\b|\\b(?:the )?life has no (?:more )"
	    "?(?:taste|sense|meaning|colou?r|flavou?r|point) for me\\b|"
	    "\\b(?:drinking|drank|drunk|drink|ate|eaten|eating|swallowed|took|"
	    "taking) (?:the |some |a |of )?(?:poison|rat poison|"
	    "poison for (?:rats|mice)|bleach|pesticide)\\b|"
	    "\\bpoison for (?:rats|mice)\\b|\\bnot more (?:here|alive|living|"
	    "in this world)\\b|\\bmy life is (?:finish|finished|ended)\\b|"
	    "\\bno (?:more )?forces? (?:to|for) (?:live|living|continue|"
	    "go on)\\b|\\bhave no more forces?\\b|\\btired to live\\b|"
	    "\\bi (?:will|am going to|want to|think to|think i will|"
	    "decided to|plan to) leave (?:this|the) (?:world|life|earth)\\b|"
	    "\\b(?:wish|want|decided|going|plan|ready) to end my days\\b|"
	    "\\b(?:is|are|am) (?:making|having|doing) (?:a |"
	    "the )?convulsions?\\b|\\bconvulsing\\b|^(?=.*\\b(?:tablets|pills|"
	    "missing|took)\\b).*?\\bsleeps? (?:very |so )?heavy\\b|\\b(?:took|"
	    "taken|swallowed|take) (?:too |so |very )?many (?:tablets|pills|"
	    "capsules|meds)\\b|\\bcount (?:\\d+|many|all) (?:are |"
	    "is )?missing\\b", CRISIS_SOFT },

	/*
	 * Patients part-way through a series: despair when the treatment
	 * fails, plans timed to a session, the car on the way home
	 * (tune22.tsv).
	 */
	{ "in-treatment", 'A', "\\b(?:i am|i feel like i am|"
	    "i am becoming) (?:a )?danger(?:ous)? to myself\\b|\\b(?:thinking|"
	    "thought|think|researching|looking up|reading|read) (?:about |of |"
	    "up )?(?:ways|methods|how) to (?:end it|end it all|end things|"
	    "end my life|kill myself|do it)\\b|\\btake myself out of (?:the pi"
	    "cture|the equation|this world|the world)\\b|"
	    "\\bdone trying\\b(?=.*\\b(?:decided|last hope|nothing (?:left|"
	    "worked|helps?)|goodbye|for good|ending)\\b)|"
	    "\\blast hope\\b(?=.*\\b(?:nothing|failed|did not work|didnt work|"
	    "not working|done|decided|i am out|over)\\b)|\\bif (?:this|it|"
	    "the \\w+|my \\w+)(?: \\w+)? (?:fails|does not work|doesnt work|"
	    "do not work|is not working|will not work)\\b (?:\\w+ ){0,3}(?:i a"
	    "m out|i am done|that is it|i will end|i will do it|it is over|"
	    "i am gone)\\b|\\bbooked (?:a|the) (?:hotel )?room (?:\\w+ ){0,2}f"
	    "or after\\b|\\b(?:if i|i) (?:just )?(?:did not|didnt|never|"
	    "do not|dont) wake up\\b(?=.*\\b(?:fine with me|okay with me|"
	    "ok with me|relief|a relief|would not mind|wouldnt mind|be better|"
	    "for the best)\\b)|\\b(?:planned|plan|planning|going|"
	    "decided) to go to the (?:bridge|tracks|roof|cliff|cliffs|"
	    "overpass|ledge)\\b|\\bcrash(?:ing)? (?:my|"
	    "the) car (?:\\w+ ){0,3}on purpose\\b|\\b(?:speed|speeding|drive|"
	    "driving|steer|steering|crash|crashing|swerve|"
	    "swerving) (?:\\w+ ){0,2}into (?:the |a |an |that )?(?:overpass|"
	    "tree|wall|pillar|bridge|oncoming traffic|truck|river|lake|"
	    "barrier)\\b|^(?=.*\\b(?:pills|tablets|meds)\\b).*?\\b(?:counted|"
	    "counting) them\\b|\\bas many (?:\\w+ )?(?:pills|tablets|capsules|"
	    "sleeping pills) as (?:they|i|you|the pharmacy) (?:will|can|could|"
	    "would)\\b|\\b(?:od|overdose)\\b(?=.*\\bi am (?:thinking|"
	    "considering) (?:about )?(?:it|doing it|that)\\b)", CRISIS_PAST },
	/*
	 * Hours after an infusion, told by the patient or the family: a heart
	 * racing past 150, gibberish, voices, a weapon picked up; and threats
	 * to others and a goodbye with the phone switched off (tune22.tsv).
	 */
	{ "after-infusion-now", 'A', "\\bheart (?:feels like it is |"
	    "is )?going to explode\\b|\\bheart (?:is )?(?:pounding|racing|"
	    "beating) (?:\\w+ ){0,2}(?:at |over )?(?:1[5-9]\\d|2\\d\\d)\\b|"
	    "\\btalking gibberish\\b|\\bcan not stand up straight\\b|"
	    "\\btalking to (?:people|someone|somebody|things) (?:who|"
	    "that) (?:are|is) not there\\b|^(?=.*\\b(?:strange|voices|"
	    "not there|acting|yelling|screaming|paranoid)\\b).*?\\b(?:grabbed|"
	    "grabbing|picked up|is holding|has) (?:a|the|my|his|her) (?:knife|"
	    "gun|hammer|bat|blade|axe|razor|pistol|rifle)\\b|\\b(?:lying|"
	    "laying|collapsed|slumped) (?:\\w+ ){0,4}not moving\\b|"
	    "\\bnot moving and (?:there is )?vomit\\b|"
	    "\\bvoices? (?:\\w+ ){0,5}(?:telling|tell|told|say|"
	    "saying) (?:me )?to (?:hurt|kill|harm|drown|stab) \\w+|"
	    "\\bshaking (?:the|my) baby\\b|\\bmake (?:everyone|everybody|"
	    "all of them|them all) (?:at (?:work|school) )?pay\\b|"
	    "\\bthey will all see\\b|\\bend (?:this|it|it all|"
	    "things) for all of us\\b|\\b(?:taking|took|"
	    "take) the kids (?:\\w+ ){0,4}(?:end|ending) (?:this|it)\\b|"
	    "\\b(?:pay|pays|paid) (?:out )?(?:\\w+ ){0,2}if (?:it is|it was|"
	    "its|i commit) (?:a )?suicide\\b|\\b(?:he|she|they) (?:told me|"
	    "said|says) (?:that )?(?:he|she|they) (?:has|"
	    "have) a plan\\b(?! (?:for|to (?:pay|book|get|see|start|come)))|"
	    "\\bsorry for everything\\b(?=.*\\b(?:phone (?:is )?off|phone off|"
	    "not answering|will not answer|switched off|love you|goodbye|"
	    "bye)\\b)", 0 },

	/*
	 * Close neighbours of ordinary questions, told with the same words
	 * but a present risk: a last appointment that will be the last of
	 * anything, letters just in case, means at work (tune21.tsv).
	 */
	{ "false-alarm-neighbours", 'A', "\\b(?:it|that|this|friday|monday|"
	    "tuesday|wednesday|thursday|saturday|sunday|tomorrow|"
	    "tonight) (?:will|is going to) be my last (?:anything|everything|"
	    "thing ever|ever)\\b|\\bnot (?:eating|drinking) (?:\\w+ ){0,5}(?:u"
	    "ntil|till) i (?:am gone|die|pass)\\b|\\bsaying (?:she|he|"
	    "they) (?:will|is going to|are going to|wants? to) (?:jump|end it|"
	    "kill (?:herself|himself|themselves))\\b|\\b(?:letters?|"
	    "notes?) (?:\\w+ ){0,6}just in case\\b|\\b(?:knife|blade|"
	    "razor) (?:is )?(?:on|against|to) my (?:arm|wrist|skin|throat|leg|"
	    "neck)\\b|\\bwish i (?:had not|hadnt|did not|didnt) (?:woken|"
	    "woke) up\\b|\\bnext time (?:i will |i am going to |"
	    "just )?(?:do not|dont|not) fight it\\b|\\bhaving (?:those|these|"
	    "such|the same) thoughts (?:myself )?(?:right now|now|again)\\b|"
	    "\\b(?:planning|plan|going|started planning) to take (?:some|it|"
	    "them|a (?:vial|bottle|few)) home for myself\\b|"
	    "\\bfor myself for good\\b|\\beuthanasia (?:solution|drugs?|"
	    "meds)\\b(?=.*\\b(?:myself|for me|tonight)\\b)|\\bdrawing (?:some|"
	    "it) up for myself\\b|\\bsitting (?:\\w+ ){0,4}with my (?:service "
	    "weapon|gun|pistol|revolver|rifle|firearm)\\b|"
	    "^(?=.*\\b(?:vomit\\w*|not making sense|confused|unconscious|"
	    "drowsy)\\b).*?\\bhit (?:her|his|their|my) head\\b|\\b(?:putting|"
	    "put|puts|adding|added|slipping|slipped) (?:a little |some |"
	    "a bit of )?(?:rat poison|poison|bleach|antifreeze|pills) (?:in|"
	    "into) (?:his|her|their|my \\w+) (?:coffee|tea|food|drink|water|"
	    "juice)\\b|\\bi want (?:him|her|them) (?:gone|dead)\\b",
	    CRISIS_PAST },

	/*
	 * A present risk among everyday questions: someone not responding
	 * after an infusion, a weapon in the car, a high place visited each
	 * evening (tune23.tsv).
	 */
	{ "everyday-neighbours", 'A', "^(?=.*\\b(?:shaking|seizing|"
	    "convuls\\w*|collapsed|on the (?:floor|couch|ground)|after (?:her|"
	    "his|their) infusion)\\b).*?\\b(?:is not|are not|isnt|"
	    "not) responding\\b(?! to (?:treatment|the (?:meds|medication|"
	    "treatment|infusions?)))|\\bi swear (?:i will|ill|i am going to|"
	    "i ll) (?:hurt|kill|stab|shoot|beat|end)\\b|^(?=.*\\b(?:hurt|kill|"
	    "stab|shoot|swear)\\b).*?\\b(?:knife|gun|pistol|bat) in my (?:car|"
	    "bag|pocket|purse|glovebox|truck)\\b|\\blook(?:ing)? (?:over the e"
	    "dge|down) and (?:decide|think about it|wonder if)\\b|"
	    "\\btop floor is open at night\\b", CRISIS_PAST },

	/*
	 * Close neighbours of the false alarms of tune24.tsv: a research
	 * question asked for oneself, losses that make it 'my turn'.
	 */
	{ "false-alarm-neighbours-2", 'A', "^(?=.*\\bsuicid\\w*).*?\\basking f"
	    "or (?:me|myself)\\b(?! (?:and|or) )|\\b(?:they|the thoughts|"
	    "these thoughts|those thoughts) (?:have been|are|were) (?:nonstop|"
	    "non stop|constant|there all day|every day) (?:\\w+ ){0,2}(?:this|"
	    "today|tonight|lately|now)\\b|^(?=.*\\b(?:died|dead|die|"
	    "gone)\\b).*?\\b(?:now )?it is my turn\\b(?! (?:to (?:ask|book|go|"
	    "pay|drive|talk|speak|choose|pick|host)))", CRISIS_PAST },

	/*
	 * A grammar of intent rather than a set: "i" x an intent word x an
	 * ending, in the combinations the rules above did not have ("i need
	 * to end it", "i would rather stop living", "planning on not waking
	 * up", "ready to leave this world"). Written from a generated grid
	 * (subject, intent, act, time; README "Accuracy"), checked against
	 * every ordinary line of the tuning sets. Negations, jokes and the
	 * everyday uses of each ending ("end things with him", "stop living
	 * in the past", "be gone for a week", "die of laughter", "breathing
	 * so fast") stay out; "will"/"might" with "not wake up" or "be gone"
	 * stay out too (a worry about the anaesthesia, a trip).
	 */
	{ "intent-grammar", 'A', INTENT_ONLY "(?:want|wanna|wish i could|"
	    "ready|decided|plan|planning|planned|about to|need|rather|should|"
	    "intend|intending|hoping|how to|ways to|figure out how to|"
	    INTENT_3RD ") (?:to |on )?" INTENT_GAP "(?:end (?:it|things|it "
	    "all|everything|(?:my|his|her|their) life)(?! (?:with|between|"
	    "for now|for today|there|here|early)\\b)|take (?:my|his|her|"
	    "their) own life"
	    "|stop (?:living|existing)(?! (?:like|in|with|for|as|paycheck|"
	    "off|under)\\b)|leave (?:this|the) (?:world|earth|life)(?! (?:a|"
	    "better|of)\\b)|not (?:wake|waking) up(?! (?:my|the|him|her|them|"
	    "early|during)\\b))\\b|"
	    INTENT_ONLY "(?:want|wanna|ready|decided|plan|planning|planned|"
	    "about to|need|rather|should|intend|intending|how to|ways to|"
	    INTENT_3RD ") (?:to |on )?(?:overdose|od)\\b(?! on " TREATS ")|"
	    INTENT_ONLY "(?:plan|planning|planned|need|rather|should|intend|"
	    "intending|how to|ways to|figure out how to|" INTENT_3RD ") "
	    "(?:to |on )?"
	    INTENT_GAP "die\\b(?! (?:of|from|laughing|in|without|happy|old|"
	    "than|for|inside|a little|my|her|his|the)\\b)(?! \\w+ than\\b)|"
	    INTENT_ONLY "(?:going to|gonna|will) " INTENT_GAP "(?:stop "
	    "(?:living|existing)|leave (?:this|the) (?:world|earth|life))"
	    "\\b(?! (?:like|in|with|for|as|a|better|of)\\b)|"
	    INTENT_ONLY "(?:want|wanna|wish i could|ready|decided|rather|"
	    "hoping|" INTENT_3RD ") (?:to )?" INTENT_GAP "be gone\\b(?! (?:for|"
	    "from|by|"
	    "before|until|till|on|at|over|during|when|while|in)\\b)|"
	    INTENT_ONLY "(?:want|wanna|wish i could|ready|decided|rather|"
	    "hoping|plan|planning|need|should|how to|ways to) (?:to |on )?"
	    "stop breathing\\b(?! (?:so|fast|heavy|hard|through|when|while|"
	    "during|like)\\b)", CRISIS_PAST },

	/*
	 * The same grid for thoughts and reasons: "i keep having thoughts of
	 * ending it", "the thoughts of dying will not stop", "thinking of
	 * taking all my pills", "no reason for me to live". A question about
	 * such thoughts ("can ketamine help thoughts of suicide") has no "i
	 * keep having" and stays a question.
	 */
	{ "thoughts-grammar", 'A', "\\bi (?:keep|am|have been|have|still|"
	    "always|can not stop) (?:\\w+ )?(?:having|getting|get|have) "
	    "(?:these |constant |daily |dark |more |the |those )?thoughts "
	    "(?:of|about) " ENDINGS "\\b|\\bthoughts (?:of|about) " ENDINGS
	    " (?:will not|do not|can not|never|are not going to) (?:stop|go "
	    "away|leave|quit)\\b|\\b(?:thinking|think|thought) (?:of|about) "
	    "taking (?:all|every|the whole|a whole|all of|the rest of) "
	    "(?:\\w+ )?(?:my |the |of my )?(?:" DRUG "|bottle|box|pack)\\b"
	    "(?! (?:with|to|along|in the morning|at night)\\b)|\\bno (?:reason|"
	    "point) (?:for me )?(?:to|left to) (?:live|keep living|go on "
	    "living|stay alive|be alive|be here)\\b(?! (?:in|with|like|on|"
	    "near|there|here|alone)\\b)", CRISIS_PAST },
	/*
	 * The grid's medical part: what a family member sees after an
	 * infusion, said in the plainest words ("has blue lips", "is turning
	 * grey", "is gasping", "pale and cold and not answering", "confused
	 * and can not stand up"), and high places said as a position ("i am
	 * on the overpass", "looking down from the roof"). A hypothetical
	 * ("what if he has blue lips") or an old story softens it.
	 */
	{ "emergency-grammar", 'A', "\\b(?:has|have|with|got) (?:blue|"
	    "purple|grey|gray|bluish) (?:lips|face|skin|fingers|fingertips)\\b"
	    NOT_TINTED "|"
	    "\\b" OTHER " (?:is |are |was |has |have )?(?:\\w+ )?(?:turning|"
	    "turned|gone|going) (?:grey|gray|blue|purple|ashen)\\b(?! (?:hair|"
	    "in the face from)\\b)|\\bi (?:am |was |have )?(?:\\w+ )?"
	    "(?:turning|turned|gone|going) (?:blue|purple)\\b" NOT_TINTED
	    "|\\b(?:is|am|are|keeps|kept|started|was) gasping\\b(?! at)|"
	    "\\b(?:is|am|are|started|keeps|keep) having (?:\\w+ )?(?:trouble|"
	    "difficulty|a hard time|problems) breathing\\b|\\b(?:can|could) "
	    "(?:barely|hardly) "
	    "breathe\\b|\\b" OTHER " (?:is|started|keeps) choking\\b(?! up)|"
	    "\\b(?:shaking|trembling|twitching|jerking|convulsing) and "
	    "(?:\\w+ )?(?:will not|can not|does not|is not able to) stop\\b|"
	    "\\bcan not stop (?:shaking|twitching|jerking|convulsing)\\b|"
	    "\\b(?:pale|cold|clammy|limp|floppy|grey|gray) and (?:\\w+ )?"
	    "(?:cold|clammy|limp|not answering|not responding|unresponsive|"
	    "sweaty)\\b|\\bconfused and (?:\\w+ )?(?:can not|will not|unable "
	    "to|is not able to) (?:stand|walk|talk|speak|wake)\\b|\\blooking "
	    "down (?:from|off|over) (?:the )?(?:bridge|roof|ledge|cliff|"
	    "overpass|balcony|edge|top (?:floor|of))\\b|\\bi (?:am|am "
	    "standing|am sitting|have been sitting|have been standing) (?:on|"
	    "at) (?:the )?(?:overpass|balcony railing|railing|ledge|edge of "
	    "(?:the )?(?:parking garage|roof|building|cliff|bridge|"
	    "platform))\\b", CRISIS_PAST | CRISIS_SOFT },
	/*
	 * The grid's fifth part: a lethal amount asked with any amount word
	 * ("what dose of my sleeping pills to end it"), a double dose taken
	 * on purpose, running someone over.
	 */
	{ "harm-grammar", 'A', "\\b(?:how (?:many|much)|what (?:amount|"
	    "dose|number|quantity)) (?:\\w+ ){0,4}?(?:to end it|to end (?:my|"
	    "his|her) life|is lethal|is fatal|is deadly|would be (?:lethal|"
	    "fatal|deadly)|would kill (?:me|someone|a person|him|her))\\b|"
	    "\\btook (?:double|triple|twice|three times|extra|all of|more "
	    "than) (?:\\w+ ){0,3}?(?:dose|doses|meds|pills|tablets|medication|"
	    "insulin)\\b (?:\\w+ ){0,3}?on purpose\\b|\\b(?:want|wanna|going|"
	    "gonna|thinking about how|ready|about|plan|planning) to run (?:my "
	    ")?(?:ex|husband|wife|boss|neighbou?r|him|her|them|stepdad|dad|"
	    "mom|father|mother|brother|sister) (?:\\w+ )?over\\b", 0 },
	/*
	 * The grid's seventh part, farewells said plainly: "you will not hear
	 * from me again", "by the time you read this i will be gone",
	 * cancelling "because i will not be around" (not "around next
	 * week"), seeing everyone "one last time" (not before a move),
	 * settling things "so nobody is stuck with them".
	 */
	{ "farewell-grammar", 'A', "\\byou (?:will not|wont|will never) "
	    "hear from me (?:again|anymore|any more|ever again)\\b|\\bby the "
	    "time (?:you|anyone|someone|they) (?:read|reads|see|sees|get|gets|"
	    "find|finds) this (?:i|ill|i will) (?:will )?(?:be )?(?:gone|dead|"
	    "at peace|not here|no longer here)\\b|\\b(?:because|since|as|"
	    "cause|coz|cuz) i (?:will not|wont) be (?:around|here|alive)\\b"
	    "(?! (?:next|this|on|that|for|until|till|in|at|tomorrow|today|"
	    "tonight|the|during|when|while|then)\\b)|\\b(?:will not|wont) be "
	    "(?:around|here|alive)(?: (?:anymore|any more|much longer))?$|"
	    "^(?!.*\\b(?:move|moving|moved|leave for|leaving for|abroad|trip|"
	    "deploy\\w*|vacation|holiday|retire\\w*|wedding|graduat\\w*)\\b)"
	    ".*\\b(?:visit\\w*|see|seeing|saw|hug\\w*|call\\w*|talk\\w* to|"
	    "said bye to|say bye to) (?:everyone|everybody|all my (?:friends|"
	    "family)) one last time\\b|\\bso (?:nobody|no one|my (?:family|"
	    "kids|wife|husband|parents|children)) (?:is|will be|gets|has to "
	    "be|are|will not be) (?:stuck|left|burdened|saddled) with\\b",
	    CRISIS_PAST },
	/*
	 * The grid's eighth part, an ultimatum on the treatment: "if this
	 * does not work i am done / out / gone", "that is it for me", "i will
	 * go through with it"; and no reason "to stay". Not "done with
	 * ketamine" or "out of pocket".
	 */
	{ "ultimatum-grammar", 'A', ULTIMATUM ".*?\\b(?:i am|im|i will be|"
	    "ill be|then i am) (?:done|out|gone|checking out)\\b(?! (?:with|"
	    "of|for|on|from|by|at|in|there|to|until|till|after|before|over)"
	    "\\b)|" ULTIMATUM ".*?\\b(?:that is "
	    "it for me|i (?:will|am going to|am gonna) go through with it)\\b|"
	    "\\b(?:do not|dont|can not|no longer) see (?:any|a|the) (?:reason|"
	    "point) (?:to|in) (?:stay|staying|live|living|go on|going on|keep "
	    "going|be here|being here)\\b(?! (?:in|with|at|for)\\b)|\\bi am "
	    "checking out\\b(?! (?:of|early|at|from|the|my|this|now and)\\b)",
	    CRISIS_PAST },
	/*
	 * The grid's ninth part, English as a second language: "i think to
	 * finish my life", "i want quit the life", "i have no more force to
	 * live", "the life has no more taste for me", "i want to be with my
	 * husband in heaven", "is better for everyone if i die". Not "finish
	 * everything before the session" (only at the end of the message).
	 */
	{ "esl-grammar", 'A', "\\b" ESL_INTENT " (?:to )?(?:finish|end|stop|"
	    "quit|leave|go from|make finish to|make end to|terminate) (?:with )?"
	    "(?:the|my|this) (?:life|living)\\b(?! (?:in|as|at|of|like|here|"
	    "there|with|for)\\b)|\\b" ESL_INTENT " (?:to )?(?:quit|stop) "
	    "living\\b(?! (?:in|as|at|with|like|paycheck|off|under|for)\\b)|"
	    "\\b" ESL_INTENT " (?:to )?(?:finish|end) (?:with )?(?:everything|"
	    "all|it all)(?: (?:tonight|today|now|forever|for ever|for good))?$|"
	    "\\b" ESL_INTENT " (?:to )?finish with (?:everything|all)\\b|\\bno "
	    "(?:more )?(?:force|strength|will|wish|desire|reason|courage) "
	    "(?:to|for) (?:live|living|continue|go on)\\b(?! (?:in|with|like|at|"
	    "here|there|alone)\\b)|\\bnot more (?:force|strength|will|wish|"
	    "desire) (?:to|for) (?:live|living)\\b|^(?!.*\\b(?:smell|covid|"
	    "food|eat\\w*|flavou?r|tongue)\\b).*?\\b(?:the |my )?life (?:is|"
	    "has) no more (?:worth|taste|sense|meaning|value|colou?r)\\b|"
	    "\\b(?:the|my) life has no (?:sense|meaning|colou?r|value|worth) "
	    "for me\\b|\\b(?:do not|dont|not) want (?:to )?continue "
	    "(?:the|my|this) life\\b|\\bno can live (?:like this|more|"
	    "anymore)\\b|\\btired (?:of the life|to live)\\b(?! (?:in|of|at|"
	    "here|there|with)\\b)|\\b(?:want|wanna|"
	    "wish|ready|going) to (?:go|be|join) (?:with )?(?:my )?(?:late )?"
	    KIN " (?:\\w+ ){0,2}?(?:in|to) (?:the )?heaven\\b|\\b(?:want|wanna|"
	    "wish|ready|going) to join my (?:late )?" KIN "(?: (?:who|that) "
	    "(?:died|passed))?\\b(?! (?:for|at|in|on) (?!heaven))|\\b(?:is|its|"
	    "it is|would be) better (?:for (?:everyone|everybody|all|my "
	    "family) )?if i (?:die|died|am dead|was dead|were dead|am gone|was "
	    "gone|kill myself)\\b", CRISIS_PAST },
	/*
	 * The grid's tenth part, emergencies in plain words: a child (or
	 * anyone) who drank the cleaning stuff or swallowed a battery, who
	 * cannot stop vomiting; a heart "beating out of my chest"; a numb
	 * face with sight or speech gone.
	 */
	{ "poison-grammar", 'A', "\\b(?:drank|drink|drinking|swallowed|"
	    "swallow|ate|eaten|eating|got into|licked) (?:some |a |the |a "
	    "bunch of |some of )?(?:of )?(?:the |my |our |his |her )?"
	    "(?:cleaning (?:stuff|products?|liquid|spray|fluid)|detergent|"
	    "laundry (?:pods?|detergent)|dishwasher (?:pods?|tablets?)|"
	    "(?:button )?batter(?:y|ies)(?! of)|magnets|lamp oil|lighter "
	    "fluid|nail polish remover|hand sanitizer|drain cleaner|windex|"
	    "gasoline|petrol|weed killer)\\b|\\bcan not stop (?:vomiting|"
	    "throwing up|puking)\\b|\\bheart is (?:beating|pounding|racing) "
	    "out of my chest\\b|^(?=.*\\bnumb\\b).*\\bcan not (?:see|speak|"
	    "talk|move)\\b", CRISIS_PAST | CRISIS_SOFT },
};

const size_t crisis_rules_voices_n = sizeof(crisis_rules_voices) /
    sizeof(crisis_rules_voices[0]);
