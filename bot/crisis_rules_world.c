/*
 * Crisis rules for messages in other languages than English, one rule a
 * language, by its core words. Tried after the English rules and before
 * the net (bot/crisis_rules.c).
 */
#include <stddef.h>

#include "crisis_rules.h"

const struct crisis_rule crisis_rules_world[] = {
	/*
	 * Other languages, by their core words for suicide, dying, wanting
	 * not to live, self-harm, swallowing pills, not breathing or not
	 * waking, and being a burden. The knowledge is in English, so such a
	 * message would get the fallback at best: when in doubt, the crisis
	 * reply (988 has Spanish; it lists the clinic's phone number too).
	 * Accents are stripped by the normalizer ("no aguanto más" reads
	 * "no aguanto mas").
	 */
	/* Spanish */
	{ "world-es", 'A',
	    "\\b(?:pastillas en la mano|morirme|"
	    "tengo un plan para|(?:ya|you) lo decidi|"
	    "(?:pedi|pido|he pedido) a dios que me (?:lleve|recoja)|"
	    "me ire yo|suicid(?:arme|arse|io)|matarme|me (?:voy a|quiero) "
	    "matar|(?:me )?quiero morir|quisiera morir|(?:estar|estoy) "
	    "muert[oa]|no quiero (?:seguir )?(?:vivir|despertar)|acabar con "
	    "(?:todo|mi vida)|una carga para|mejor(?:es)? sin mi|me (?:corte|"
	    "estoy cortando)|no (?:para|deja) de sangrar|no (?:despierta|"
	    "respira|reacciona)|carta de despedida|no puedo respirar|no "
	    "puede respirar|ya no "
	    "voy a "
	    "estar|no voy a estar aqui|me voy a cortar|cortarme|"
	    "navaja|cuchilla|me duele (?:mucho )?el pecho|"
	    "dolor en el pecho|sobredosis|(?:tome|tomo|se tomo) "
	    "(?:\\w+ ){0,3}pastillas"
	    "|tengo (?:la|el|una|un|mi) (?:pistola|arma|escopeta|cuchillo"
	    "|cuerda|navaja|rifle)|ojala no despert\\w*|hoy es la noche"
	    "|adios a todos|ahogarme|colgarme"
	    "|tomarme todas|todas las pastillas|cartas a mis hijos"
	    "|se va a matar"
	    "|(?:ya|you) no aguanto|me tiro del puente|tirarme"
	    "|tengo las pills|(?:tonight|esta noche) es la noche"
	    "|me va a matar|estoy escondid\\w*"
	    "|dolor (?:fuerte )?en el pecho|cuesta respirar|compre (?:la"
	    "|una) cuerda|no voy a seguir"
	    "|tengo todo listo para (?:esta noche|hoy)"
	    "|ya no la voy a necesitar|se encerro|"
	    "ya no quiere vivir)\\b", CRISIS_PAST },
	/* French */
	{ "world-fr", 'A',
	    "\\b(?:douleur dans la poitrine|du mal a respirer|"
	    "je serai encore la|jai tout prepare|"
	    "me faire du mal|sorti les lames|pense (?:au|a) suicide|"
	    "scarifie\\w*|saigne beaucoup|"
	    "(?:nous|m|ma|lui|leur) a dit adieu|donne toutes (?:ses|mes) "
	    "affaires|me suicider|suicidaire|envie de mourir|veux mourir|"
	    "vais mourir|me tuer|en finir|plus envie de vivre|(?:ai|a) avale|"
	    "somniferes|surdose|(?:n arrive|narrive) plus a respirer|respire "
	    "plus|mal a la poitrine|me (?:couper|scarifier|suis coupee?)|un "
	    "fardeau|mieux sans moi|n en peux plus|nen peux plus|ecrit ma "
	    "lettre|lettre d adieu"
	    "|ne plus exister|une corde|lames de rasoir|message dadieu"
	    "|lettre dadieu|mot dadieu"
	    "|(?:pris|avale) toutes (?:ses|mes) (?:pilules|cachets"
	    "|medicaments|comprimes)|ne serai plus la"
	    "|me jeter sous|sous le train|respire a peine"
	    "|ne se reveille pas|toute la boite"
	    "|avale toute|respire (?:tres )?mal)\\b", 0 },
	/* Portuguese */
	{ "world-pt", 'A',
	    "\\b(?:cartela inteira|nao (?:consegue|consigo) respirar|"
	    "comprei uma corda|sei onde vou usar|nao reconhece ninguem|"
	    "muito palid[ao]|me matar|"
	    "suicid(?:ar|io)|quero morrer|nao quero (?:mais )?"
	    "viver|(?:tomei|tomou) (?:\\w+ ){0,3}(?:remedios|comprimidos|"
	    "pilulas)|nao (?:acorda|respira)|me cortei|sangrando muito|um peso"
	    " para|melhor sem mim|nao aguento mais|acabar com tudo"
	    "|se matar|parou de (?:responder|respirar)"
	    "|nao consigo respirar|coracao (?:ta|esta) disparado"
	    "|nao quero mais existir|dor no peito|desmaiou"
	    "|acabar com isso)\\b", CRISIS_PAST },
	/* German */
	/*
	 * Umlauts read without their dots ("brucke", "fur", "todlich");
	 * typed as "ue", "oe", "ae" they stay, hence "fue?r", "moe?chte".
	 * "im" reads "i am", "n" reads "and". world-de
	 * holds intent, plans, means, farewells and wishes to die, by verb
	 * family and in both word orders ("ich bring mich um", "dann bring
	 * ich mich um"); no mark, nothing turns it off. Its idioms stay out:
	 * "die hitze bringt mich um" has a third person verb, "ich sterbe
	 * vor hunger" no wish, "ich will nicht sterben" a negation.
	 */
	{ "world-de", 'A',
	    "\\b(?:"
	    /* killing oneself, every person and order */
	    "umbring\\w*|umzubringen|umbrin?ge?n?|umzubrin?gen|bringe? "
	    "(?:ich )?"
	    "mich (?:\\w+ ){0,2}um|bring\\w* (?:er |sie )?sich (?:\\w+ ){0,2}"
	    "um|"
	    "(?:mich|sich|dich) (?:\\w+ ){0,2}(?:zu )?(?:toe?ten|erhae?ngen|"
	    "aufhae?ngen|aufzuhae?ngen|erschiessen|vergiften|ertrae?nken)|"
	    "tote (?:ich )?mich|(?:mir|sich|dir) (?:\\w+ ){0,2}das leben "
	    "(?:zu )?(?:nehmen|nehme|nimmt)|(?:selbstmord|suizid) (?:zu )?"
	    "begehen|begehe? (?:\\w+ ){0,2}(?:selbstmord|suizid)|"
	    "(?:leben|allem|ganzen) (?:\\w+ ){0,2}ein ende (?:zu )?(?:setzen|"
	    "machen|bereiten)|(?:meinem|seinem|ihrem) leben (?:\\w+ )?ein "
	    "ende|(?:mein leben|alles) (?:\\w+ )?beenden|beende (?:ich )?"
	    "(?:mein leben|alles)|(?<!freund |freundin |partner |mann |frau "
	    "|ihm |ihr |dir )schluss (?:zu )?machen|mache? ich schluss|"
	    "lebensmue?d\\w*|des lebens mue?de|todeswunsch|todessehnsucht|"
	    "freitod|"
	    /* wishing to be dead, not to wake up */
	    "(?:will|moe?chte|moe?cht|wollte|wue?rde (?:gerne?|lieber)|"
	    "wue?nschte|wue?nsche mir) (?:(?!nicht\\b|nie\\b|kein\\w*\\b|"
	    "wissen\\b|ob\\b|fragen\\b|wie\\b)\\w+ ){0,4}(?:sterben|tot sein)|"
	    "(?:wae?re|waere) (?:ich )?(?:doch |lieber |bloss |nur |einfach "
	    ")*tot|(?:besser|schoe?ner|leichter) (?:\\w+ ){0,2}wenn ich "
	    "(?:\\w+ )?(?:tot|nicht mehr da|weg) (?:wae?re|bin)|(?:wue?nsche?|"
	    "wue?nschte|moe?chte|will|wollte|lieber) (?:mir |ich )?(?:\\w+ "
	    ")?tot zu sein|(?:wue?nschte?|hoffe|will|moe?chte|wollte|wue?rde "
	    "gerne?|einschlafen und|damit ich|um) (?:\\w+ ){0,6}(?:nie|nicht) "
	    "(?:mehr |wieder )*(?:aufwache\\w*|aufzuwachen)|(?:hoffe|"
	    "wue?nschte?) (?:\\w+ ){0,4}wache? (?:\\w+ )?(?:nie|nicht) (?:mehr "
	    "|wieder )*auf|hoffe (?:\\w+ ){0,5}(?:ue?berfae?hrt|ue?berfahren|"
	    "sterbe|tot bin)|(?:wae?re|waere) (?:es|alles) endlich vorbei|um "
	    "zu sterben|(?:heute nacht|heute abend|morgen fruh) ist (?:es|"
	    "alles) (?:endlich )?vorbei|"
	    /* not wanting to live, cannot go on */
	    "nicht mehr (?:leben|weiterleben|weiter leben|existieren)|"
	    "(?:kein\\w*|nicht) (?:\\w+ ){0,3}(?:weiterzuleben|weiter zu "
	    "leben|zu leben)|(?:mein|das) leben (?:\\w+ ){0,2}keinen sinn|"
	    "keinen ausweg mehr|sehe keinen ausweg|"
	    "(?:will|kann) (?:einfach |echt |wirklich |so |jetzt |nur )?"
	    "nicht mehr(?= *$| (?:ich|und|aber|es|das|weiter\\w*|hier|da|"
	    "sein)\\b)|halte? (?:das|es) (?:\\w+ )?nicht mehr aus|"
	    "ertrage (?:das|es) (?:\\w+ )?nicht mehr|"
	    /* means at hand: pills, gun, rope, heights, train, car, blades */
	    "(?:tabletten|pillen|medikamente|schlaftabletten) (?:\\w+ ){0,3}"
	    "(?:vor mir|bereit\\w*|gesammelt|gehortet|gebunkert)|die "
	    "tabletten liegen|(?:hab|habe) genug (?:tabletten|pillen|"
	    "schlaftabletten|medikamente)|(?:werde|will|wue?rde) (?:sie |die "
	    "|meine )?"
	    "(?:alle|ganze \\w+) (?:\\w+ ){0,2}(?:nehmen|schlucken|einnehmen|"
	    "einwerfen)|alle auf einmal|"
	    "(?:pistole|waffe|knarre|gewehr|revolver) (?:\\w+ ){0,6}"
	    "(?:benutzen|geladen|an den kopf|an die schlafe|abdrucken)|"
	    "(?:hab|habe|hole|kaufe|gekauft) (?:\\w+ ){0,2}(?:pistole|waffe|"
	    "knarre|gewehr|revolver)|mit der waffe|kugel (?:\\w+ ){0,2}"
	    "(?:kopf|jagen)|"
	    "(?:strick|seil|schlinge) (?:\\w+ ){0,4}(?:hae?ngt|hae?ngen|bereit|"
	    "besorgt|geknupft|geknotet|gekauft|dachboden|keller|balken)|"
	    "(?:springe?|stue?rzen|stue?rze|werfen|werfe) (?:\\w+ ){0,3}(?:von "
	    "der|vom|aus dem) (?:brue?cke|balkon|dach|hochhaus|turm|fenster)|"
	    "(?:vom|von der) (?:balkon|dach|brue?cke|hochhaus|fenster) "
	    "(?:\\w+ )?(?:zu )?(?:stue?rzen|springen|runter\\w*)|"
	    "(?:auf|an) (?:der|dem|den) (?:brue?cke|dach|gleisen|bahngleisen|"
	    "schienen|gelae?nder|klippe|balkon) (?:\\w+ ){0,4}(?:spring\\w*|"
	    "stue?rz\\w*|runter\\w*|hinunter\\w*)|(?:stehe?|steht|sitze?|"
	    "sitzt|bin|ist) (?:\\w+ ){0,3}(?:auf|an) (?:der|dem|den) "
	    "(?:brue?cke|dach|gleisen|bahngleisen|schienen|gelae?nder|klippe)|"
	    "(?:runter|hinunter|herunter)(?:zu)?(?:springen|stue?rzen)|"
	    "in den tod (?:springen|stue?rzen)|springt|offenen fenster|"
	    "auf die (?:gleise|schienen)|"
	    "(?:vor|unter) (?:den|einen|die|eine) (?:zug|bahn|ubahn|u bahn|"
	    "s bahn|lkw|laster|bus|auto|strassenbahn|tram) (?:\\w+ ){0,2}"
	    "(?:werfen|werfe|springen|springe|laufen|legen|lege)|"
	    "(?:auto|wagen|fahre?|fahr|rase?|setze?) (?:\\w+ ){0,4}gegen "
	    "(?:einen|den|die|eine|ne) (?:baum|wand|mauer|brue?cke|\\w*pfeiler|"
	    "lkw|betonwand)|schlauch am auspuff|(?:im|i am) auto in der "
	    "garage|gashahn|laufendem motor|motor (?:\\w+ ){0,3}garage|"
	    "(?:rasier)?klingen? (?:\\w+ ){0,3}(?:bereit\\w*|liegen|gekauft|"
	    "geholt|versteckt)|messer (?:\\w+ ){0,3}(?:bereit\\w*|in der "
	    "hand)|(?:schon|extra) (?:ein |das )?messer (?:\\w+ )?(?:gekauft|"
	    "geholt)|"
	    /* farewells, a will, things given away */
	    "abschiedsbrief\\w*|abschiedsnachricht\\w*|abschiedsvideo\\w*|"
	    "mein\\w* (?:abschied|ende|tod) (?:\\w+ )?(?:geplant|"
	    "vorbereitet)|es war schon mit (?:euch|dir|ihnen)|verabschiede "
	    "mich (?:\\w+ )?(?:fue?r immer|von allen)|"
	    "(?:das|dies) ist (?:mein|ein) (?:letzter |endgue?ltiger )?"
	    "abschied|mein letzter gruss|lebt (?:alle )?wohl|lebe wohl|"
	    "verabschied\\w* (?:\\w+ ){0,4}(?:fue?r immer|bevor ich (?:gehe|"
	    "sterbe)|ein letztes mal)|meine letzte nachricht|"
	    "(?:meine|alle meine) (?:sachen|habseligkeiten|wertsachen) "
	    "(?:\\w+ ){0,2}(?:verschenkt|weggegeben|verteilt|vermacht)|"
	    "alles verschenkt|brauch ich nicht mehr|bald brauche? ich "
	    "(?:\\w+ )?nicht mehr|"
	    /* a burden, better off without me */
	    "(?:bin|wae?re|sei) (?:\\w+ ){0,3}(?:eine )?(?:last|belastung|"
	    "burde)\\b|(?:besser|leichter|glue?cklicher) (?:\\w+ ){0,2}ohne "
	    "mich(?!(?: zurecht| klar)? (?:wae?hrend|solange))|ohne mich "
	    "(?:\\w+ ){0,3}(?:besser|leichter|glue?cklicher)|"
	    /* harm to others or to a child, voices */
	    "(?:etwas|was) (?:\\w+ ){0,2}(?:antue|antun|anzutun|antut)|"
	    "(?:tue?|tut) (?:\\w+ ){0,3}(?:was|etwas) an|(?:baby|kind) "
	    "(?:\\w+ )?(?:schue?ttle|schue?tteln|ersticke|ersticken)|(?:meinen|"
	    "meine|mein|jemanden|ihn|ihm|uns) (?:\\w+ )?zu (?:toe?ten|"
	    "erstechen|erschiessen|erwue?rgen)|"
	    "(?:koe?nnte|will|werde|moe?chte|wue?rde|muss) (?:\\w+ ){0,3}"
	    "(?:kind\\w*|baby|frau|mann|mutter|vater|chef\\w*|kolleg\\w*|"
	    "jemand\\w*|leute|menschen) (?:(?!nicht\\b|kein\\w*\\b)\\w+ ){0,2}"
	    "(?:zu )?(?:verletzen|toe?ten|erwue?rgen|ersticken|erschiessen|"
	    "abstechen|wehtun|weh tun)|(?:will|werde|muss|soll|sollte|"
	    "moe?chte|befehl\\w*|sagen|sagt) (?:\\w+ ){0,3}mich (?:selbst )?"
	    "(?:zu )?verletzen|(?:schlae?gt|prue?gelt|wue?rgt) (?:\\w+ ){0,2}"
	    "(?:mich|uns|die kinder|das kind|meine \\w+)|droht (?:\\w+ ){0,3}"
	    "(?:umzubringen|zu toe?ten|zu erschiessen|abzustechen)|"
	    "stimme\\w* (?:\\w+ ){0,8}(?:toe?ten|verletzen|springen|sterben|"
	    "antun|anzutun|ritzen|schneiden)|"
	    /* hopeless after treatment, euphemisms */
	    "letzte (?:hoffnung|chance) (?:\\w+ ){0,6}(?:schluss|vorbei|aus|"
	    "gebe (?:\\w+ )?auf|aufgeben|fertig|ende)|gebe? (?:\\w+ ){0,2}auf "
	    "(?:\\w+ ){0,2}(?:fue?r immer|endgue?ltig)|fertig mit (?:allem|dem "
	    "leben)(?! was)|mit (?:allem|dem leben) (?:\\w+ )?abgeschlossen|"
	    "fue?r immer (?:verschwinden|weg sein|gehen|aufgeben)|verschwinden "
	    "(?:\\w+ )?fur immer|(?:will|moe?chte|wollte|wue?nschte|wue?rde "
	    "gerne?) (?:\\w+ ){0,3}(?:fue?r immer (?:schlafen|einschlafen|"
	    "ruhe)|(?:schlafen|einschlafen) fue?r immer)|zu (?:meinem|meiner|"
	    "meinen) (?:verstorbenen|toe?ten) \\w+ (?:gehen|kommen)|bei "
	    "(?:meinem|meiner|meinen) (?:verstorbenen|toe?ten) \\w+ sein|"
	    "(?:meinem|meiner|meinen) (?:verstorbenen|toe?ten) \\w+ (?:folgen|"
	    "nachfolgen|hinterher)|(?:will|moe?chte|wollte) (?:\\w+ "
	    "){0,4}(?:in den himmel|zu gott)(?! beten| sprechen| finden)|gehe "
	    "(?:heute|bald|jetzt|morgen) (?:\\w+ )?(?:zu gott|in den himmel)|"
	    "(?:bin|sei|wae?re) (?:ich )?(?:bald |heute |morgen )?bei gott|"
	    "bald (?:\\w+ ){0,2}bei gott|(?:diese|die) welt (?:\\w+ "
	    "){0,2}verlassen|verlasse (?:\\w+ ){0,2}(?:diese|die) welt|aus dem "
	    "leben (?:scheiden|gehen|treten)|komme nicht (?:mehr )?zuruck|"
	    "eingeschlossen|antwortet nicht|"
	    /* gone soon, all settled, nobody would miss me */
	    "nicht mehr lange (?:da|hier|am leben|leben)|(?:werde|wue?rde) "
	    "(?:\\w+ ){0,2}nicht mehr (?:hier|da) sein|(?:morgen|bald|dann) "
	    "bin ich nicht mehr (?:da|hier)|gehe (?:\\w+ ){0,3}fue?r immer(?= "
	    "*$| (?:und|ich|danke|lebt)\\b)|(?:entschieden|beschlossen) "
	    "(?:\\w+ ){0,2}zu (?:sterben|gehen(?= *$| (?:danke|ich|lebt)\\b))|"
	    "alles (?:\\w+ )?geregelt (?:\\w+ ){0,6}testament|testament "
	    "(?:\\w+ ){0,6}alles (?:\\w+ )?geregelt|(?:keiner|niemand) "
	    "(?:wue?rde|wird) mich (?:\\w+ )?vermissen(?! (?:in|bei|auf) )|"
	    "(?:vermisst|vermissen) mich (?:eh |sowieso |doch )?(?:keiner|"
	    "niemand)|hat (?:doch )?alles keinen sinn mehr(?! gemacht)|"
	    "(?:pulsadern|adern|handgelenke?) (?:\\w+ )?(?:aufgeschnitten|"
	    "aufzuschneiden|aufschneiden)|"
	    /* a lethal amount */
	    "(?:wie ?viel\\w*|welche (?:menge|dosis)|ab wann|ab wie ?viel\\w*) "
	    "(?:\\w+ ){0,6}(?:toe?dlich|todliche dosis)|toe?dlich\\w* (?:dosis|"
	    "menge)|letale? dosis|(?:wae?re|waere) toe?dlich"
	    ")\\b", 0 },
	/*
	 * German words that are also said of the past, of a study or in a
	 * question about treatment ("vor zehn Jahren ein Suizidversuch",
	 * "früher geritzt", "hilft Ketamin gegen Suizidgedanken?"): the
	 * same crisis told now fires, told with one of these words not.
	 */
	{ "world-de-told", 'A',
	    "^(?!.*\\b(?:fruher|damals|als (?:kind|teenager|jugendliche\\w*|"
	    "student\\w*)|seit (?:\\w+ ){0,2}jahren (?:\\w+ ){0,2}(?:vorbei|"
	    "clean|nicht mehr|stabil|gut|frei|trocken)|jahre her|\\w*arbeit "
	    "ue?ber|studie\\w*|ich studiere|forschung|krankenschwester|"
	    "pfleger\\w*|pflegekraft|sanitater\\w*|kann ketamin|hilft ketamin|"
	    "hilft (?:\\w+ ){0,3}(?:gegen|bei)|gegen suizid\\w*|bei suizid\\w*|"
	    "patienten|auslosen|nebenwirkung\\w*|was passiert (?:\\w+ )?wenn|"
	    "was ist wenn|was wenn|was (?:\\w+ ){0,2}falls|beim kochen|aus "
	    "versehen|versehentlich|wenn ich (?:\\w+ ){0,2}(?:bekomme|kriege)|"
	    "letzte[ns]? (?:jahr|sommer|winter|herbst|monat)|vor (?:\\w+ "
	    ")?(?:monaten|jahren)|(?:geht|gehts) (?:es )?(?:mir )?(?:wieder |"
	    "jetzt |heute |inzwischen )?(?:gut|besser)|kann man|konnte man|"
	    "frage (?:nur|mich)|aus (?:sorge|neugier|interesse)|buch|roman|"
	    "literatur|film|serie|artikel|referat|vortrag|"
	    "podcast)\\b).*?\\b(?:suizid\\w*|selbstmord\\w*|selbsttotung|"
	    "uberdosis|ueberdosis|uberdosiert|"
	    /* self-harm */
	    "(?:ritze?|ritzt) (?:ich |er |sie )?(?:mich|sich)|(?:mich|mir) "
	    "(?:\\w+ ){0,3}(?:geritzt|die (?:arme|pulsadern|handgelenke) "
	    "aufgeschnitten)|schneide (?:ich )?mich (?:\\w+ ){0,3}(?:klinge|"
	    "rasierklinge|messer|arm\\w*|wieder|absichtlich)|(?:wieder|"
	    "absichtlich|klinge\\w*) (?:\\w+ ){0,3}geschnitten|(?:feuerzeug|"
	    "zigarette\\w*|absichtlich) (?:\\w+ ){0,4}verbrannt|verbrannt "
	    "(?:\\w+ ){0,3}(?:feuerzeug|zigarette\\w*)|pulsader\\w*|"
	    "rasierklinge\\w*|(?:hoe?rt|hoe?ren) nicht auf zu bluten|blutet "
	    "(?:\\w+ ){0,3}(?:stark|sehr|viel|uberall|heftig)|viel blut|"
	    /* pills swallowed now */
	    "(?:packung|schachtel|flasche|blister\\w*|tabletten|pillen|"
	    "medikamente|schlaftabletten) (?:\\w+ ){0,3}(?:geschluckt|"
	    "runtergeschluckt|eingeworfen)|(?:alle|ganze\\w*|viele|\\d{2,}|"
	    "zwanzig|dreissig|vierzig|funfzig|hundert|mehrere|handvoll|"
	    "restlichen) (?:\\w+ ){0,3}(?:tabletten|pillen|medikamente|"
	    "schlaftabletten|packung\\w*|schachtel\\w*) (?:\\w+ ){0,3}"
	    "(?:genommen|eingenommen)|(?:tabletten|pillen|medikamente) "
	    "(?:\\w+ ){0,3}(?:genommen|eingenommen) alle|(?:habe?|hab) "
	    "(?:sie |die )?alle (?:\\w+ )?(?:genommen|geschluckt|"
	    "eingenommen)|\\d{2,} \\w+ genommen|mit (?:\\w+ )?"
	    "(?:alkohol|wodka|vodka|schnaps|wein|bier|whisky) (?:\\w+ ){0,2}"
	    "(?:genommen|geschluckt|eingenommen)|alle meine tabletten|"
	    /* an emergency after an infusion */
	    "atmet (?:\\w+ ){0,4}(?:nicht|kaum|schwer|flach|komisch)|"
	    "(?:kann|koe?nnen) (?:\\w+ ){0,2}kaum (?:noch )?atmen|zuckt "
	    "(?:\\w+ ){0,2}ganzen koe?rper|(?:hat|bekommt|kriegt) (?:\\w+ )"
	    "{0,4}einen anfall|sich (?:\\w+ )?(?:erhae?ngt|aufgehae?ngt)|"
	    "erhae?ngt|"
	    "(?:bekommt|kriegt|bekomme|kriege?) (?:\\w+ ){0,4}keine luft|"
	    "atemnot|atemstillstand|(?:kann|konnen) (?:\\w+ ){0,2}nicht "
	    "(?:mehr )?atmen|(?:schnappt|ringt) nach luft|nicht (?:mehr )?"
	    "(?:wach zu (?:kriegen|bekommen)|aufzuwecken|wachzukriegen)|"
	    "wacht (?:\\w+ )?nicht (?:mehr )?auf|nicht (?:mehr )?"
	    "ansprechbar|reagiert nicht|bewusstlos|ohnmae?chtig (?:geworden|"
	    "umgefallen)|in ohnmacht gefallen|umgekippt|zusammengebrochen|"
	    "kollabiert|krampfanfall\\w*|krampft|krampfen|epilepti\\w* "
	    "anfall|zuckungen|(?:schmerz\\w*|druck|stechen|enge) (?:\\w+ ){0,2}"
	    "(?:in der|in die|auf der|an der) brust|brustschmerz\\w*|"
	    "herzinfarkt|(?:lippen|gesicht|finger) (?:\\w+ ){0,3}blau|"
	    "blau um die lippen|blaue lippen|(?:total|voe?llig|ganz|sehr|"
	    "extrem|komplett) (?:verwirrt|desorientiert)|kann (?:\\w+ ){0,3}"
	    "nicht (?:mehr )?(?:stehen|aufstehen|sprechen)"
	    ")\\b", CRISIS_PAST },
	/* Italian */
	{ "world-it", 'A',
	    "\\b(?:ne ho pres[ei] (?:una ventina|tante|troppe|tutte)|"
	    "non svegliar\\w* piu|non si sveglia|letter[ae] d ?addio|"
	    "non ci saro piu|suicid(?:armi|io)|"
	    "uccidermi|voglio morire|farla finita|"
	    "non ce la faccio piu|(?:preso|ingoiato) (?:\\w+ ){0,3}(?:pillole|"
	    "pastiglie|compresse)|non svegliarmi|mi (?:taglio|sono tagliat[oa])"
	    "|non respira|un peso per|sparire per sempre"
	    "|per morire"
	    "|dolore (?:\\w+ )?al petto|suda tantissimo"
	    "|la faccio finita)\\b", CRISIS_PAST },
	/* Polish (ł stays: it is a letter, not an accent) */
	{ "world-pl", 'A',
	    "\\b(?:samoboj\\w*|nie chce (?:juz )?zyc|chce umrzec|zabic sie|"
	    "zabije sie|(?:połkneła|połknał|wziełam|wziałem) (?:\\w+ ){0,3}"
	    "(?:tabletki|leki)|nie moge (?:jej |go )?dobudzic|poci(?:ełam|"
	    "ałem)|nie oddycha"
	    "|skocze z mostu|wszystko przygotowane)\\b", 0 },
	/* Tagalog */
	{ "world-tl", 'A',
	    "\\b(?:magpakamatay|mamatay|patayin (?:ko )?ang sarili|tatapusin "
	    "ko na|ayoko nang mabuhay|(?:uminom|ininom) (?:\\w+ ){0,3}gamot|"
	    "hindi (?:na )?(?:magising|humihinga)"
	    "|ayoko na (?:mabuhay|mag live)"
	    "|gusto ko na (?:\\w+ )?mawala|mawala na)\\b", 0 },
	/* Vietnamese (accents stripped) */
	{ "world-vi", 'A',
	    "\\b(?:khong muon song|muon chet|tu tu|ket thuc (?:tat ca|cuoc "
	    "song)|thuoc ngu|uong het|khong co toi"
	    "|đau nguc|dau nguc|kho (?:tho|though))\\b", 0 },
	/* Hindi (romanised) */
	{ "world-hi", 'A',
	    "\\b(?:jeena nahi chaht[aie]|marna chaht[aie]|mar jana chaht[aie]|"
	    "khudkushi|aatmahatya|atmahatya|sab khatam kar d\\w*|khatam kar "
	    "lung[aie]|neend ki goliyan"
	    "|nahi jee sakt\\w*|sab khatam)\\b", 0 },
	/* Russian */
	{ "world-ru", 'A',
	    "(?:hochu umeret|ne hochu zhit|bolshe ne mogu|не хочу жить|"
	    "хочу умереть|покончить с собой|покончу с собой|"
	    "самоубийств|суицид|убить себя|выпил[аи]? все таблетки|наглотал|"
	    "все закончу)", 0 },
	/* Korean, Japanese (the normalizer strips the dakuten: です is てす) */
	{ "world-ko-ja", 'A',
	    "(?:生きていたくない|飛ひ込|飛び込|죽으려고|약을 다 모아|살고 싶지 않|죽고 싶|자살|약을 다 먹|死にたい|自殺|"
	    "消えたい|"
	    "薬を全部|生きたくない)", 0 },
	/* Turkish (accents stripped; the dotless ı stays) */
	{ "world-tr", 'A',
	    "\\b(?:yasamak istemiyorum|olmek istiyorum|intihar\\w*|kendimi "
	    "oldur\\w*|atlayacag\\w*"
	    "|bilekleri\\w* kest\\w*|cok kan var)\\b", 0 },
	/* Chinese */
	{ "world-zh", 'A',
	    "(?:自杀|自殺|不想活|想死|一了百了|结束生命|結束生命|安眠药|安眠藥|"
	    "吃了很多药|叫不醒|割腕|跳楼|跳樓|活着太累|活著太累)", CRISIS_PAST },
	/* Dutch */
	/*
	 * "wat" reads "what", "u" reads "you", "m'n" reads "mn").
	 * world-nl holds intent, plans, means, farewells and wishes to die,
	 * by verb family; idioms stay out: "ik ga dood van de zenuwen" and
	 * "ik lag dood van het lachen" have "dood van", "ik moet ophangen"
	 * (the phone) no "mezelf".
	 */
	{ "world-nl", 'A',
	    "\\b(?:"
	    /* killing oneself, every person and order */
	    "zelfmoord (?:\\w+ )?(?:plegen|pleeg|te plegen|doen)|pleeg "
	    "(?:\\w+ ){0,3}zelfmoord|(?:mezelf|mijzelf|zichzelf|mij|me|zich) "
	    "(?:\\w+ ){0,2}(?:van kant|ombrengen|om te brengen|doden|te doden|"
	    "ophangen|op te hangen|verhangen|doodschieten|dood schieten|"
	    "vergiftigen|verdrinken|iets aandoen|iets aan te doen)|van kant "
	    "(?:\\w+ )?(?:te )?maken|(?:een )?(?:eind|einde) (?:\\w+ ){0,2}"
	    "aan (?:mijn |mn |m n |zijn |haar |het |zn )?leven|er (?:\\w+ )"
	    "{0,3}(?:een )?(?:eind|einde) aan (?:\\w+ )?(?:maken|te maken|"
	    "maak|breien)|(?:maak|maken) (?:ik |we )?er (?:\\w+ ){0,2}(?:een )?"
	    "(?:eind|einde) aan|uit het leven (?:\\w+ )?(?:stappen|stap|"
	    "gaan)|stap (?:ik )?eruit|eruit (?:te )?stappen|levensmoe\\w*|"
	    "het leven moe|doodswens|doodsverlangen|"
	    /* wishing to be dead, not to wake up */
	    "(?:wil|wou|wilde|zou (?:willen|graag|liever)|hoop|wens) "
	    "(?:(?!niet\\b|geen\\b|nooit\\b|weten\\b|of\\b|vragen\\b)\\w+ )"
	    "{0,6}(?:dood(?! van)|sterven|doodgaan|doodga|sterf|overlijden)|"
	    "was ik maar dood|(?:ben|zou|ware) (?:ik )?(?:\\w+ )?liever dood|"
	    "liever dood dan|(?:wou|wilde|hoop|wens|wil|zodat ik|om) "
	    "(?:\\w+ ){0,5}(?:niet|nooit) meer wakker|inslapen en (?:\\w+ )?"
	    "(?:nooit|niet) meer|om dood te gaan|om te sterven|"
	    /* not wanting to live, cannot go on */
	    "niet meer (?:leven|verder leven|doorleven)|geen (?:zin|kracht|"
	    "puf|energie|reden|moed) meer (?:\\w+ ){0,2}(?:om te leven|in het "
	    "leven|in mijn leven|in leven|om door te gaan|om verder te gaan|"
	    "te leven)|(?:mijn|het) leven (?:heeft|is) (?:\\w+ )?(?:geen zin|"
	    "zinloos)|zie het (?:\\w+ )?niet meer zitten|trek het (?:\\w+ )?"
	    "niet meer|kan het (?:\\w+ )?niet meer aan|(?:wil|hoef|kan) "
	    "(?:\\w+ )?niet meer(?= *$| (?:ik|en|het|verder)\\b)|"
	    "geen uitweg|(?:hou|houd) het (?:\\w+ )?niet meer vol|"
	    "(?:stop|stoppen|ophouden) (?:\\w+ ){0,2}met (?:het )?leven\\b|"
	    "wil er niet meer zijn|er niet meer (?:wil )?(?:zijn|te zijn)|"
	    "genoeg is geweest|"
	    /* means at hand: pills, gun, rope, heights, train, car, blades */
	    "(?:pillen|tabletten|medicijnen|slaappillen|pijnstillers) "
	    "(?:\\w+ ){0,3}(?:klaar|verzameld|gespaard|opgespaard)|"
	    "(?:neem|slik) ze (?:\\w+ )?allemaal|"
	    "(?:pistool|wapen|geweer|revolver) (?:\\w+ ){0,6}(?:gebruiken|"
	    "klaar|geladen|tegen mijn hoofd|te gebruiken)|(?:heb|heeft|"
	    "gekocht) (?:\\w+ ){0,2}(?:pistool|wapen|geweer|revolver)|"
	    "kogel door (?:mijn|mn|m n) (?:kop|hoofd)|(?:touw|strik) "
	    "(?:\\w+ ){0,4}(?:hangt|klaar|gekocht|zolder|balk|geknoopt)|"
	    "strop|(?:van|vanaf|op|over) (?:de|het|een) (?:brug|balkon|dak|"
	    "flat|reling|rand) (?:\\w+ ){0,5}(?:springen|spring|te springen|"
	    "af te springen|afspringen|storten|te storten)|(?:sta|staat|zit|"
	    "zat|stond|ben|is) (?:\\w+ ){0,3}op (?:de|het) (?:brug|dak|spoor|"
	    "rails|reling|spoorrails)(?! van (?:het|een|de) (?:schip|boot))|"
	    "spring\\w* (?:\\w+ ){0,2}(?:van|vanaf|voor|onder) (?:de|het|een) "
	    "(?:brug|balkon|dak|flat|trein|metro|tram|rails|spoor)|"
	    "naar beneden (?:te )?(?:springen|"
	    "spring|storten)|voor (?:de|een) (?:trein|metro|tram|vrachtwagen|"
	    "bus|auto) (?:\\w+ ){0,2}(?:springen|te springen|spring|gooien|"
	    "lopen|werpen|gaan liggen)|(?:auto|wagen|rij|rijd|rijden|knal|"
	    "knallen|crash|crashen) (?:\\w+ ){0,4}tegen (?:een|de) (?:boom|"
	    "muur|pijler|vrachtwagen|brugpijler)|scheermesjes? (?:\\w+ ){0,3}"
	    "(?:klaar|gekocht|liggen)|"
	    /* farewells, a will, things given away */
	    "afscheidsbrie\\w*|afscheidsbericht\\w*|afscheidsvideo\\w*|"
	    "(?:dit|het) is (?:mijn|een|het) (?:laatste )?afscheid|vaarwel|"
	    "(?:gedag|dag|afscheid) (?:\\w+ ){0,3}(?:zeggen|nemen) (?:\\w+ )"
	    "{0,2}voordat ik (?:ga|vertrek|sterf|er niet meer)|het ga "
	    "(?:jullie|je|you) (?:\\w+ )?goed|mijn laatste bericht|"
	    "(?:spullen|bezittingen|alles) (?:\\w+ ){0,2}(?:weggegeven|weg "
	    "gegeven|weggeschonken|verdeeld)|(?:straks|binnenkort) (?:\\w+ )"
	    "{0,2}niet meer nodig|"
	    /* a burden, better off without me */
	    "(?:ben|zou|voel me|voel mij) (?:\\w+ ){0,3}(?:een )?(?:last|"
	    "belasting|blok aan het been) (?:voor|van)|beter af zonder (?:mij|"
	    "me)(?! tijdens| zolang)|zonder (?:mij|me) (?:\\w+ ){0,3}beter|"
	    "beter af als ik er niet (?:meer )?(?:ben|was)|als ik er niet meer "
	    "ben|"
	    /* harm to others or to a child, voices, someone locked in */
	    "(?:wil|ga|zal|kan|zou|moet) (?:\\w+ ){0,4}(?:vermoorden|"
	    "doodmaken|dood maken|doodslaan|neersteken|neerschieten|wurgen)|"
	    "vermoord\\w*|(?:iets|wat|what) (?:\\w+ )?(?:aandoe|aandoen|aan te "
	    "doen|aan doen)|ik (?:\\w+ ){0,6}(?:mezelf|mijzelf|mijn \\w+|"
	    "iemand|anderen|hem|haar) (?:\\w+ ){0,2}pijn (?:\\w+ )?(?:te )?"
	    "doen|mezelf (?:\\w+ ){0,2}pijn (?:\\w+ )?(?:te )?doen|"
	    "slaat (?:\\w+ ){0,2}(?:mij|me|de kinderen|ons|mijn \\w+)|dreigt "
	    "(?:\\w+ ){0,3}(?:te vermoorden|dood te maken|te doden)|"
	    "stem(?:men)? (?:\\w+ ){0,8}(?:doden|dood|springen|pijn|snijden|"
	    "sterven|ophangen)|(?:heeft|heb) zich (?:\\w+ )?opgesloten|"
	    /* hopeless after treatment, euphemisms */
	    "(?:mijn|de) laatste (?:hoop|kans|redmiddel|strohalm) (?:\\w+ )"
	    "{0,5}(?:klaar|voorbij|afgelopen|over|op|stop\\w*|opgeven|geef)|"
	    "geef (?:het |mezelf |alles )?op (?:\\w+ ){0,2}voorgoed|voorgoed "
	    "opgeven|klaar met (?:alles|het leven|leven)|klaar mee (?:\\w+ )"
	    "{0,4}laatste poging|laatste poging (?:\\w+ ){0,4}klaar|voorgoed "
	    "(?:verdwijnen|weg|weggaan|slapen|inslapen|stoppen(?! met))|"
	    "(?:verdwijnen|"
	    "slapen|inslapen) (?:\\w+ )?(?:voorgoed|voor altijd|voor eeuwig)|"
	    "voor altijd (?:slapen|inslapen|verdwijnen)|naar (?:mijn|mn|m n) "
	    "(?:overleden|dode) \\w+|bij (?:mijn|mn) (?:overleden|dode) \\w+ "
	    "(?:zijn|wil)|(?:ben|zijn) (?:ik )?(?:\\w+ )?bij god|naar god "
	    "(?:gaan|toe)|(?:deze|de) wereld (?:\\w+ ){0,2}verlaten|verlaat "
	    "(?:\\w+ )?(?:deze|de) wereld|"
	    /* gone soon, nobody would miss me, stopping with everything */
	    "motor (?:\\w+ ){0,2}(?:aan|draaiend|lopen) (?:\\w+ ){0,3}garage|"
	    "garage (?:\\w+ ){0,4}motor (?:aan|draait|draaiend)|gaskraan|"
	    "niemand (?:zou|zal) (?:me|mij) missen|(?:zou|zal) (?:me|mij) "
	    "(?:toch )?niemand missen|(?:heeft|is) (?:\\w+ )?allemaal geen zin "
	    "meer|(?:ophoudt|stopt|ophouden|stoppen|ophoud) (?:\\w+ "
	    ")?voorgoed(?! met)|ben (?:ik )?er (?:dan |straks |morgen |"
	    "binnenkort )?niet meer(?= *$| (?:en|dus|hoor)\\b)|(?:mijn|zijn|"
	    "haar|het) leven (?:\\w+ )?(?:beeindigen|beeindig|te beeindigen)|"
	    "beeindig (?:ik )?(?:mijn|het) leven|besloten (?:\\w+ )?(?:om )?te "
	    "(?:sterven|gaan(?= *$| (?:bedankt|dag|doei|vaarwel|voorgoed)\\b))|"
	    "beter (?:\\w+ ){0,2}zonder (?:mij|me)(?! tijdens| zolang)|(?:baby|"
	    "kind) (?:\\w+ ){0,2}(?:door elkaar )?(?:schud|schudden|verstik|"
	    "verstikken)|stop (?:ermee )?met alles(?! (?:wat|what|dat|die)\\b)|"
	    "met alles (?:\\w+ )?stoppen|"
	    /* a lethal amount */
	    "(?:hoeveel|welke dosis|(?:wat|what) is (?:een|de)) (?:\\w+ ){0,5}"
	    "dodelijk\\w*|dodelijke (?:dosis|hoeveelheid)|letale dosis"
	    ")\\b", 0 },
	/*
	 * Dutch words also said of the past, of a study or in a question
	 * about treatment ("tien jaar geleden een zelfmoordpoging", "helpt
	 * ketamine tegen zelfmoordgedachten"): told now they fire.
	 */
	{ "world-nl-told", 'A',
	    "^(?!.*\\b(?:vroeger|ooit|toen ik|(?:jaar|jaren|maanden) "
	    "geleden|al jaren|scriptie|studie|onderzoek\\w*|verpleegkundige|"
	    "student\\w*|helpt (?:\\w+ ){0,3}(?:tegen|bij)|helpt ketamine|"
	    "kan ketamine|tegen zelfmoord\\w*|bij zelfmoord\\w*|patienten|"
	    "veroorzaken|bijwerking\\w*|(?:wat|what) (?:gebeurt|als)|"
	    "stel dat|vroeg of|vragen jullie|intake|per ongeluk|(?:bij|"
	    "tijdens) het koken|vorig jaar|vorige (?:maand|zomer|winter)|"
	    "gaat (?:nu |weer |het )*(?:goed|beter)|kun je|kan je|kan men|"
	    "bezorgd\\w*|nieuwsgierig|vraag (?:het )?(?:uit|me)|boek|roman|"
	    "literatuur|film|serie|artikel|spreekbeurt|werkstuk|podcast)\\b)"
	    ".*?\\b(?:zelfmoord\\w*|suicidaal|suicidale|suicide"
	    "(?:gedachten|poging\\w*)|zelfdoding|overdosis|overdosering|"
	    /* self-harm */
	    "(?:mezelf|me|mijn (?:arm|armen|pols|polsen|benen|been|huid)) "
	    "(?:\\w+ ){0,3}(?:gesneden|gekrast|opengesneden)|(?:snij|kras) "
	    "(?:ik )?(?:\\w+ )?(?:mezelf|mijn (?:arm|armen|pols|polsen|benen|"
	    "huid))|(?:snijdt|krast|snijden|krassen) (?:\\w+ )?(?:zichzelf|"
	    "zich|mezelf)|ben (?:weer |opnieuw |nu |alweer )?aan het "
	    "(?:snijden|"
	    "krassen)|(?:aansteker|sigaret|kaars) (?:\\w+ ){0,4}verbrand|"
	    "verbrand (?:\\w+ ){0,3}(?:aansteker|sigaret)|scheermes\\w*|"
	    "mesje\\w*|polsen doorgesneden|bloedt (?:\\w+ ){0,2}(?:heel erg|"
	    "erg|veel|flink|hard|enorm)|(?:houdt|stopt) niet (?:op )?met "
	    "bloeden|"
	    /* pills swallowed now */
	    "(?:hele|volle|complete) (?:doos|strip|pot|fles|verpakking|potje|"
	    "doosje) (?:\\w+ ){0,3}(?:ingenomen|genomen|geslikt|doorgeslikt)|"
	    "(?:pillen|tabletten|medicijnen|slaappillen|pijnstillers) "
	    "(?:\\w+ ){0,3}(?:doorgeslikt|geslikt|ingeslikt)|(?:alle|al "
	    "(?:mijn|zijn|haar|hun|"
	    "mn|zn|z n|m n|de)|"
	    "\\d{2,}|veel|te veel|twintig|dertig|veertig|vijftig|honderd) "
	    "(?:\\w+ ){0,2}(?:pillen|tabletten|medicijnen|slaappillen) "
	    "(?:\\w+ ){0,3}(?:genomen|ingenomen)|strip \\w+ genomen|"
	    "\\d{2,} \\w+ (?:genomen|ingenomen|geslikt)|met "
	    "(?:alcohol|drank|wodka|wijn|bier|whisky) (?:\\w+ )?(?:ingenomen|"
	    "genomen|doorgeslikt|geslikt)|"
	    /* an emergency after an infusion */
	    "schokt (?:\\w+ ){0,2}(?:helemaal|hele lichaam)|(?:heeft|krijgt|"
	    "kreeg) (?:\\w+ ){0,4}een aanval\\b(?! van)|(?:zich|mezelf|"
	    "zichzelf) (?:\\w+ )?opgehangen|"
	    "ademt (?:\\w+ ){0,4}(?:niet|nauwelijks|amper|slecht|raar|"
	    "moeilijk)|(?:krijgt|krijg) (?:\\w+ ){0,2}geen (?:lucht|adem)|"
	    "(?:ademhaling|adem) (?:is )?(?:gestopt|stopt)|stopt met ademen|"
	    "kan (?:\\w+ ){0,2}niet (?:meer )?ademen|happt naar (?:adem|"
	    "lucht)|niet (?:meer )?wakker te (?:krijgen|maken)|wordt niet "
	    "(?:meer )?wakker|reageert (?:\\w+ )?niet|bewusteloos|buiten "
	    "bewustzijn|flauwgevallen|flauw gevallen|in elkaar gezakt|"
	    "epileptische aanval|aanval (?:na|sinds|tijdens)|stuipen|"
	    "trekkingen|pijn (?:\\w+ ){0,2}(?:op|in|aan) (?:de|mijn|zijn|haar)"
	    " borst|borstpijn|hartaanval|lippen (?:\\w+ ){0,3}blauw|blauwe "
	    "lippen|(?:helemaal|erg|heel|totaal|compleet) (?:in de war|"
	    "verward|gedesorienteerd)|kan (?:\\w+ ){0,2}niet (?:meer )?"
	    "(?:staan|lopen|opstaan|praten)"
	    ")\\b", CRISIS_PAST },
	/* Swedish */
	{ "world-sv", 'A', "\\b(?:jag vill do|orkar inte mer|"
	    "ta livet av mig|sparat tabletter|vill inte leva)\\b", 0 },
	/* Arabic */
	{ "world-ar", 'A',
	    "(?:(?:لم|ما) (?:اعد|عدت) اريد ان اعيش|جهزت الحبوب|لا اريد ان اعيش|انتحار|الانتحار|انتحر|اموت|انهي حياتي|بلع|"
	    "لا يتنفس|عبء)", 0 },
};

const size_t crisis_rules_world_n = sizeof(crisis_rules_world) /
    sizeof(crisis_rules_world[0]);
