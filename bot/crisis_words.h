/*
 * Word lists shared by the crisis rule files (bot/crisis_rules*.c): who
 * is meant, which drugs, which idioms are not a crisis. Each is a PCRE2
 * group spliced into the rules as a string literal; private to the rules.
 */
#ifndef FAQBOT_CRISIS_WORDS_H
#define FAQBOT_CRISIS_WORDS_H

/* Someone other than the writer: "my brother", "she", "a friend". */
#define OTHER "(?:he|she|they|(?:a|my|our) (?:best )?" \
	"(?:friend|brother|sister|mom|mother|dad|father|son|daughter|wife|" \
	"husband|partner|roommate|girlfriend|boyfriend|kid|child|teen|" \
	"teenager|cousin|aunt|uncle|grandma|grandpa|grandmother|grandfather|" \
	"patient|buddy|fiance|fiancee|spouse|coworker|neighbor|family member))"
/* Medicines and poisons a person could take too much of. */
#define DRUG "(?:pills|meds|medications?|medicines?|tablets|capsules|" \
	"prescriptions?|xanax|klonopin|valium|ativan|ambien|benzos?|" \
	"oxy\\w*|percs?|percocet|vicodin|opioids?|fentanyl|heroin|tylenol|" \
	"acetaminophen|paracetamol|advil|ibuprofen|aspirin|benadryl|nyquil|" \
	"trazodone|zoloft|prozac|lexapro|celexa|wellbutrin|effexor|" \
	"cymbalta|seroquel|lithium|lamictal|gabapentin|lyrica|insulin|" \
	"tramadol|morphine|methadone|ketamine|troches|lozenges|" \
	"sertraline|fluoxetine|escitalopram|citalopram|paroxetine|" \
	"bupropion|venlafaxine|duloxetine|mirtazapine|amitriptyline|" \
	"nortriptyline|quetiapine|olanzapine|aripiprazole|clonazepam|" \
	"lorazepam|alprazolam|diazepam|zolpidem|hydrocodone|oxycodone|" \
	"codeine|propranolol|metoprolol|digoxin|warfarin|midazolam|" \
	"heart (?:meds|pills|tablets)|blood pressure (?:meds|pills|tablets)|" \
	"antidepressants?|painkillers|pain killers|sedatives|sleeping pills|" \
	"sleep aids?|melatonin|cough syrup|cough medicine|robitussin|dxm|" \
	"bleach|antifreeze|rat poison|drain cleaner|" \
	"poison|pesticide|weed killer)"
/* People a patient may fear for or threaten. */
#define PERSON "(?:(?:my|the|a|his|her|our) (?:\\w+ )?(?:baby|babies|" \
	"kids?|children|child|newborn|infant|toddler|son|daughter|wife|" \
	"husband|partner|roommate|" \
	"mom|mother|dad|father|family|boss|coworkers?|workplace|school|" \
	"class|office|neighbou?r|neighbou?rs|brother|sister|girlfriend|" \
	"boyfriend|teacher|ex|doctor|nurse|therapist|manager|landlord)|" \
	"someone|somebody|people|everyone|everybody|" \
	"him|her|them)"
/* What people "overdose on" in jest: "overdosed on netflix". */
#define TREATS "(?:netflix|tv|sugar|candy|chocolate|coffee|caffeine|cake|" \
	"pizza|work|shows|youtube|tiktok|social media|love|drama|dopamine|" \
	"vitamins?)"
/*
 * What the net (the last rule) leaves alone: idioms ("dying to know"),
 * other people's deaths, work with the dying, a past.
 */
#define NET_IDIOMS "(?:past (?:suicide attempt|attempt|suicidal)|" \
	"lol|haha|lmao|jk|" \
	"(?:does|will|can|could|would) (?:\\w+ ){0,3}kill you|literally " \
	"killing me|killing me for|(?:technically|clinically) dead|" \
	"kill (?:the |a |an |those |these |my )?(?:weeds?|spiders?|bugs?|" \
	"ants?|flies|mice|rats?|roaches|germs|mou?ld|effects?|buzz)|" \
	"goodbye (?:card|party|gift|lunch|dinner|drinks)|retir\\w+|" \
	"goodbye to (?:my |the )?(?:ssris?|meds|antidepressants?|pills|" \
	"depression|anxiety)|first aid|cpr|lifeguard|social worker|" \
	"clients?|surgery|ana?esthesia|on the table|do or die|till death|" \
	"so dead|back from the dead|walking dead|(?:emotionally|" \
	"inside) dead|dead emotionally|dead on (?:my|her|his) feet|" \
	"die of (?:hunger|boredom|embarrassment|laughter|cringe|shame|" \
	"thirst)|kill (?:every|all|the|my) (?:plants?|flowers)|(?:could|" \
	"would) kill a (?:man|horse|person|elephant)|kill (?:the )?" \
	"(?:monsters?|zombies?|bad guys|dragons?)|literally killing " \
	"(?:her|him|them)|(?:documentary|film|movie|book) about|" \
	"(?:drank|drinking|" \
	"drunk|worked|working) (?:himself|herself|themselves) to death|" \
	"(?:lost|losing) (?:\\w+ ){0,4}to suicide|killing time|kill (?:this|" \
	"my|the|off (?:this|my|the)) (?:\\w+ )?(?:depression|anxiety|pain|" \
	"migraine|headache|ptsd|ocd|fog|mood|stress|insomnia)|(?:thesis|" \
	"dissertation|paper|essay|article|course|class|training) on " \
	"suicide|(?:bad trip|" \
	"trip on|tripping) (?:\\w+ ){0,8}(?:dying|dead|death)|(?:sounds|" \
	"seems) like it (?:could|would|might) kill me|near death|gun to " \
	"my head (?:and )?i (?:can not|could not) (?:decide|choose|pick)|" \
	"dying to|dead (?:tired|set|serious)|(?:would|could) (?:literally )?" \
	"kill (?:for|to (?:have|get|sleep|be))|(?:is|are|was) " \
	"killing me|overdos\\w* on " TREATS "|accidental\\w* overdos\\w*|" \
	"ego death|(?:died|passed away|dying) (?:of|from|by|in|after)|i " \
	"could (?:just )?die\\b(?! (?:tonight|today|now|soon|and))|if i " \
	"(?:have to|hear|see|get) (?:\\w+ ){0,8}(?:going to|gonna|will) " \
	"die|(?:death|dying) is part of my job|die " \
	"for (?:a|an|some|my|the)|(?:plants?|flowers?|garden|grass|battery|" \
	"phone|laptop|car) (?:\\w+ ){0,2}(?:dying|died|dead)|(?:deal|" \
	"dealing|work|working) with (?:death|dying)|sees? overdos\\w*|" \
	"watched " \
	"(?:\\w+ ){0,2}die|(?:i am|i work as|i work in|i work at) (?:a |an " \
	"|the )?(?:\\w+ )?(?:nurse|paramedic|emt|doctor|physician|er|icu|" \
	"hospital|hospice|pharmacist|counsell?or|therapist|social worker|" \
	"police|cop|firefighter|medic)|(?:used to|no longer) (?:be |feel )?" \
	"(?:suicidal|want to die)|goodbye to (?:my|the|our) (?:old|former|" \
	"previous|last)|" \
	"killing (?:my|our|the) (?:\\w+ )?(?:motivation|mood|vibe|energy|" \
	"back|feet|buzz|sleep|appetite|productivity|focus|drive|libido|joy|" \
	"budget|battery|wallet|career|job|grades|marriage|knees)|" \
	"(?:mom|dad|mother|father|parents|boss|" \
	"teacher|wife|husband) (?:is |are |will )?(?:going to |gonna )?kill " \
	"me|not dying(?! (?:fast|soon|quick))|kill for|would kill me|will " \
	"kill me|drop dead|death of me|killing it|to die for|dead end|dead " \
	"battery|hang on|hang in|hang out|hanging out|gun safe|gun lock|" \
	"feet are dying|feel(?:ing)? like death|felt like death|" \
	"(?:phone|battery|laptop|computer|car|tablet) (?:is )?(?:about to|" \
	"going to|will) die|killing my (?:\\w+ )?(?:week|day|weekend|" \
	"budget|back|feet|knees|mood|vibe|schedule)|(?:plants?|battery|" \
	"phone|laptop|goldfish) (?:\\w+ ){0,3}(?:is|are|was|went) dead|" \
	"plant murderer|dead sick|used to make me (?:wish|want)|k hole|" \
	"feel like i am dying (?:during|when|in)|" \
	"overdose scare|palliative|(?:rather|sooner) die than|i am (?:so |" \
	"literally )?dead (?:lol|lmao|haha|my|" \
	"this|that|the)|(?:is|will|would|could|can) (?:this|it|that|" \
	"ketamine|this stuff|the \\w+) (?:\\w+ )?(?:going to |" \
	"gonna )?kill me|" \
	"panic attacks? (?:\\w+ ){0,8}(?:die|dying)|(?:watched|saw|seen|" \
	"watching|seeing) (?:a lot of |" \
	"many |so many )?(?:\\w+ ){0,3}(?:die|dying|get killed)|" \
	"die of (?:boredom|embarrassment|laughter|" \
	"shame|curiosity)|(?:bored|scared) to death|" \
	"dying (?:my|her|his|their) hair|(?:they|people|you) " \
	"(?:are|feel) (?:like )?(?:they are )?dying)"
/* "if she eats my lasagna again": a condition of daily life, not a plan. */
#define IF_THEY "(?!.*\\bif (?:she|he|they|you) (?:\\w+ )?(?:eats?|ate|" \
	"touch\\w*|takes?|finish\\w*|uses?|borrows?|drinks?|breaks?|" \
	"spoils?|reads?|forgets?|is late|keeps?)\\b)"
/*
 * Not a threat in jest: "she'll kill me if i forget our anniversary lol".
 */
#define JEST "(?! if i (?:forget|miss|am late|eat|break|lose|spoil|quit|" \
	"skip|stop|do not " \
	"(?:call|text|show))\\b)" IF_THEY \
	"(?!.*\\b(?:lol|haha|lmao|lmfao|jk)\\b)"
/*
 * A farewell taken back in the same message: "bye forever jk, see you
 * thursday".
 */
#define SEE_YOU "(?!.*\\b(?:jk|just kidding|see (?:you|ya) (?:on )?" \
	"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|" \
	"tomorrow|next|soon|then|later))\\b)"
/* A short gap of up to n words. */
/* Blue lips or skin from something that tints them, not from no air. */
#define NOT_TINTED "(?! (?:from|because of|after) (?:the |a |my |that )?" \
	"(?:popsicle|ice pop|slushie|candy|lollipop|juice|blueberr\\w*|" \
	"lipstick|dye|paint|cold|pool|swim\\w*|ice|snow|costume|makeup))"
#define GAP(n) "(?:\\w+ ){0," #n "}?"
/* "i" as a statement, not after "will/would/could/might/if/what if". */
#define I_STMT "(?<!will )(?<!would )(?<!could )(?<!might )(?<!if )\\bi "


#endif
