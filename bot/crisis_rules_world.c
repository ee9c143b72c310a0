/*
 * Crisis rules for messages in other languages than English: here
 * Spanish, French, Portuguese and Italian; German, Dutch and Swedish in
 * bot/crisis_rules_germanic.c, Polish, Russian, Turkish and Arabic in
 * bot/crisis_rules_east.c, the languages of Asia in
 * bot/crisis_rules_asia.c. Tried after the English rules and before the
 * net (bot/crisis_rules.c), in that order.
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
	/*
	 * French, by concept. Elided words are glued by the normalizer
	 * ("j'ai" reads "jai", "m'ouvrir" "mouvrir"), so "(?:m ?|me )"
	 * takes both spellings; "y" reads "why" ("il why a"). FR_PAST
	 * keeps what is told as history ("il y a dix ans", "en 2015") off
	 * the words that also tell a past: attempts, fainting, overdoses.
	 */
#define FR_PAST "^(?!.*\\b(?:(?:il )?(?:why|you) a (?:\\w+ )?(?:ans|annees" \
	"|mois)|en (?:19|20)\\d\\d|lan dernier|lannee derniere|autrefois" \
	"|quand jetais|cest du passe|(?:vais|va) (?:bien|mieux) " \
	"(?:maintenant|aujourdhui|depuis))\\b).*?\\b"
	/* French */
	{ "world-fr", 'A',
	    "\\b(?:"
	    /* 1 suicide, said outright; "va me tuer" is someone else */
	    "me suicid(?:er|e|erai|erais|ais|ant)\\b|suicider|"
	    "(?<!va )(?<!vont )(?<!vas )(?<!ira )(?<!allait )(?<!veut )"
	    "(?:me |m ?)tuer(?! (?:a la tache|au travail|au boulot))|"
	    "j(?:e |)me tue(?! (?:a|au|de|d)\\b)|"
	    "(?:pense|pensais|pensees?|idees?|envie) (?:\\w+ ){0,3}(?:au |a "
	    "|du |de )?suicide|"
	    "(?:jai|jai encore|je suis|jsuis|me sens|sens) (?:\\w+ ){0,2}"
	    "(?:idees suicidaires|suicidaire|idees noires)|"
	    "(?:me |m ?)(?:fout\\w*|fous|fiche\\w*) en lair|"
	    "(?:mettre|mets|mettrai|mettre) fin a (?:mes|ses) jours|"
	    "fin a (?:ma|sa) vie|"
	    "(?:d ?)?en finir(?! avec (?:\\w+ )?(?:depression|douleurs?|maladie"
	    "|anxiete|angoisses?|tabac|alcool|cigarettes?|insomnies?"
	    "|migraines?|toc|symptomes)\\b)|"
	    "pass(?:e|er|erai|erais) a lacte|"
	    "(?:envie de|veux|vais|voudrais) crever(?! de| d)|"
	    /* 2 wish to die, not to wake up */
	    "(?:j ?)?(?:voudrais|veux|veut|voulait|voulais|aimerais|souhaite"
	    "|souhaiterais|prefere"
	    "|prefererais|envie de|prie pour|espere) (?:\\w+ ){0,2}(?:mourir"
	    "(?! de (?:rire|faim|soif|chaud|froid|honte|peur|fatigue)\\b"
	    "| d ?(?:envie|ennui|impatience))|etre mort\\w*|crever(?! de))|"
	    "(?<!peur de )(?<!crainte de )(?<!risque de )ne (?:pas|plus"
	    "|jamais) (?:me )?(?:re)?reveiller|"
	    "ne (?:me )?(?:re)?reveille (?:pas|plus|jamais)|"
	    "(?:veux|voudrais|aimerais|envie de|souhaite) (?:plus|pas|jamais) "
	    "(?:me )?(?:re)?reveiller(?! (?:trop )?(?:tot|tard))|"
	    "vais mourir(?! de| d)|(?:ne )?plus exister|(?:cesser|arreter) "
	    "d ?exister|(?<!jeune )(?<!vite )pour (?:mourir|me tuer|me "
	    "suicider)\\b|"
	    /* 3 no wish or strength to live, cannot go on */
	    "(?:plus|pas) (?:\\w+ ){0,2}(?:envie|force|courage|volonte|raison"
	    "|raisons|gout|motivation) (?:\\w+ ){0,3}vivre\\b(?! avec)|"
	    "veux plus vivre|(?:marre|fatiguee?|lasse?) de (?:la )?vi(?:vre"
	    "|e)\\b(?! avec)|"
	    "(?:vivre|la vie) ne (?:m ?|me )interesse plus|"
	    "(?:n ?|j ?|n |j )en peux plus|"
	    "(?:peux|peut|pourrai) (?:plus|pas) continuer (?:comme ca"
	    "|ainsi|a vivre|de vivre)|tiens plus le coup|"
	    "que tout (?:s ?|se )arrete|"
	    "(?:sert|servirait) (?:a )?rien de vivre|a quoi bon vivre|"
	    /* 4 a plan with a time; the verbs above carry the rest */
	    "(?:ce soir|demain|cette nuit) (?:cest|ce sera) (?:la fin|fini)|"
	    "jai tout prepare|je serai encore la|"
	    /* 5 means at hand */
	    "(?:avaler|avale|avalee|prendre|pris|prise|ingurgite\\w*) (?:\\w+ )"
	    "{0,2}(?:tous|toutes|toute) (?:\\w+ ){0,2}(?:pilules|cachets"
	    "|comprimes|medicaments|medocs|somniferes|boites?|plaquettes?"
	    "|flacons?)|"
	    "(?:avaler|avale|avalee|prendre|pris|prise) (?:\\w+ ){0,2}(?:boite"
	    "|plaquette|flacon|tube)s? (?:entiere?s?|complete?s?)|"
	    "(?:pilules|cachets|comprimes|medicaments|medocs|somniferes) "
	    "(?:\\w+ )?(?:devant moi|a cote de moi|dans la main)|"
	    "(?:fusil|pistolet|arme|revolver|carabine)(?: \\w+){0,8} contre "
	    "moi|me tirer une balle|me (?:faire )?sauter la (?:cervelle|tete"
	    "|caisson)|"
	    "une corde|me pendre|me pends|me poignarder|"
	    "(?:couteau|lame|cutter|rasoir|ciseaux)(?: \\w+){0,8} (?:me "
	    "planter|me poignarder|me couper|mouvrir|me tuer|men servir)|"
	    "(?:couper|ouvrir|taillader|trancher) les (?:veines|poignets)|"
	    "mouvrir les veines|lames de rasoir|sorti les lames|"
	    "sauter(?! (?:un|une|le|la|les|ma|mon|mes|des|ce|cette|repas)\\b)"
	    "(?: \\w+){0,3} (?:pont|balcon|toit|fenetre|immeuble|falaise"
	    "|vide|viaduc|etage)|"
	    "(?:pont|balcon|toit|fenetre|rebord|falaise|viaduc)(?: \\w+){0,8}"
	    " (?:sauter(?! (?:un|une|le|la|les|ma|mon|mes|des|ce|cette)\\b)"
	    "|me jeter|me lancer|enjamber|menjamber)|"
	    "me (?:jeter|lancer|balancer) (?:du|d un|de la|depuis|par|sous"
	    "|dans le vide|devant)|sous (?:le|un) (?:train|metro|camion)|"
	    "(?:voiture|bagnole|caisse)(?: \\w+){0,4} (?:contre|dans) (?:un"
	    "|une|le|la) (?:arbre|mur|pilier|camion|ravin|platane|poteau)|"
	    /* 6 preparations and farewells */
	    "(?:cest|ceci est|voici) (?:un|mon|mes) adieux?|"
	    "je (?:vous |te )?dis adieu|faire mes adieux|"
	    "(?:au revoir|adieu) a (?:tout le monde|tous|toute ma famille"
	    "|mes proches|mes enfants)|"
	    "(?:partir|men aller|disparaitre) (?:pour (?:de bon|toujours)"
	    "|a jamais|definitivement)|"
	    "(?:nous|m|ma|lui|leur) a dit adieu|"
	    "(?:lettre|message|mot)s? d ?adieu|ecrit ma lettre|"
	    "(?:donne|distribue|offert|donner|distribuer) (?:tous|toutes) "
	    "(?:mes|ses) (?:affaires|biens|objets|choses|vetements|bijoux)|"
	    "testament(?: \\w+){0,8} pret\\w* a partir|"
	    "affaires en ordre(?: \\w+){0,10} (?:je pars|partir|adieu"
	    "|ce soir|cette nuit)|"
	    "(?:quand|lorsque) je (?:ne )?serai (?:plus la|partie?|morte?)|"
	    "ne serai plus la|ne me (?:reverrez|reverras) (?:plus|jamais)|"
	    "lettres? (?:\\w+ ){0,2}(?:a|pour) mes (?:enfants|proches|filles"
	    "|fils)|(?:mes enfants|ma famille|mes proches) (?:\\w+ ){0,3}"
	    "mes lettres|"
	    /* 7 a burden */
	    "(?:un|qu un) (?:fardeau|boulet|poids) pour(?! moi)|un fardeau|"
	    "mieux sans moi|si je (?:n ?|ne )?etais (?:plus|pas) la|"
	    "si je (?:disparaissais|mourais|crevais|me tuais|netais plus)|"
	    /* 8 self-harm now */
	    "me (?:suis )?(?:coupee?s?|taillade\\w*|entaille\\w*) (?:\\w+ )"
	    "{0,6}(?:expres|volontairement|poignets?|veines|cuisses?|bras)|"
	    "me (?:suis )?brulee?s? (?:\\w+ ){0,8}(?:expres|volontairement"
	    "|cigarette|briquet)|"
	    "(?:envie de|vais|veux|besoin de|pense a|viens de|en train de) "
	    "(?:\\w+ )?me (?:couper|scarifier|bruler|mutiler|taillader)"
	    "(?! les (?:cheveux|ongles|barbe|frange))|"
	    "scarifi\\w*|me mutile\\w*|automutil\\w*|"
	    "me faire du mal(?! en (?:conduisant|tombant))|"
	    "^(?!.*\\b(?:regles|nez|gencives)\\b).*?\\bsaign\\w* (?:beaucoup"
	    "|trop|enormement|partout|sans arret)|"
	    "(?:arrete|arrive) pas (?:de|a) saigner|sang partout|"
	    /* 9 an overdose taken now */
	    FR_PAST "(?:(?:j ?)?ai|a|viens de|vient de) (?:fait|pris|faire"
	    "|prendre) (?:une )?(?:surdose|overdose|od)\\b|"
	    "(?:je|il|elle) (?:fais|fait) une (?:surdose|overdose)|"
	    "en (?:surdose|overdose)|"
	    FR_PAST "(?:pris|avale|prendre|avaler) (?:\\d{2,}|une vingtaine"
	    "|une trentaine|des dizaines|plein|trop) (?:de )?(?:\\w+ )?"
	    "(?:pilules|cachets|comprimes|medicaments|medocs|somniferes"
	    "|gelules)|"
	    FR_PAST "(?:ai|a) avale|avale toute|toute la boite|"
	    "(?:pris|avale|bu)(?: \\w+){0,6} (?:cachets|pilules|comprimes"
	    "|medicaments|medocs|somniferes|xanax)(?: \\w+){0,4} (?:avec|et)"
	    " (?:\\w+ ){0,3}(?:alcool|vodka|whisky|vin|biere|bouteille|rhum)|"
	    /* 10 asking for a lethal amount */
	    "(?:combien|quantite|dose|nombre|assez|suffit|faut)(?: \\w+){0,8}"
	    " (?:pour (?:mourir|me tuer|en finir|crever|y passer|ne plus me "
	    "reveiller|ne (?:plus|pas) se reveiller)|(?:mortelle|letale"
	    "|fatale)s?(?! pour (?:un|une|mon|ma|le|la|les) (?:chat|chien"
	    "|animal|chaton|chiot)))|"
	    /* 11 an emergency after an infusion */
	    "douleur (?:\\w+ )?(?:dans|a) la poitrine|mal a la poitrine|"
	    "(?:\\bj ?ai|\\ba) (?:\\w+ )?du mal a respirer|"
	    "(?:narrive|n arrive|arrive) (?:plus|pas) a respirer|"
	    "respire (?:plus|pas|a peine|tres mal|mal)|"
	    "(?:peux|peut) (?:plus|pas) respirer|(?:il|elle|je) (?:s ?|m ?)"
	    "etouffe|"
	    "ne se reveille (?:pas|plus)|ne reagit (?:plus|pas)|"
	    "(?:fait|a|fais) (?:une |des )?(?:crise convulsive|crise "
	    "depilepsie|convulsions?)|convulse|"
	    "levres (?:sont |deviennent )?(?:toutes )?(?:bleues|violettes)|"
	    FR_PAST "(?:s ?|se |m ?|me )(?:est|suis) evanouie?|"
	    FR_PAST "(?:a|ai) perdu connaissance|(?:est|suis|reste) "
	    "inconsciente?|"
	    "(?:tient|tiens) (?:plus|pas) debout|"
	    /* 12 someone else in danger now */
	    "(?:va|vont|allait|veut|voulait|menace de|parle de|pense a|envie"
	    " de|essaye de|essaie de|tente de) (?:\\w+ )?(?:se |s ?)(?:tuer"
	    "|suicider|pendre|jeter(?! a leau)|foutre en lair)|"
	    "menace de sauter|"
	    /* 13 harm to others, to a child */
	    "(?:envie de|vais|veux|va|vas|pense a|peur de|capable de"
	    "|pourrais) (?:\\w+ )?(?:tuer|buter|egorger|etrangler|poignarder"
	    "|frapper|battre|secouer|noyer|etouffer|tabasser|faire du mal a"
	    "|faire mal a)(?! (?:\\w+ ){0,2}(?:temps|lennui|lattente"
	    "|records?)\\b) "
	    "(?:\\w+ )?(?:mon|ma|mes|ce|cette|son|sa|lui|leur|quelqu ?un"
	    "|tout le monde|lenfant|lautre)\\b|"
	    "(?:vais|veux|envie de) (?:le |la |les |l ?)(?:tuer|buter)|"
	    "(?:vais|veux|envie de) (?:tuer|buter|egorger|etrangler"
	    "|poignarder) (?:le|la|les)\\b(?! temps)|"
	    /* 14 voices that tell them to hurt themselves */
	    "voix(?: \\w+){0,8} (?:tuer|suicider|mourir|sauter|me faire du "
	    "mal|me couper|me jeter|me blesser|blesser|frapper|en finir)|"
	    /* 15 hopelessness with intent after the treatment failed */
	    "(?:dernier|derniere|seul|seule) (?:espoir|chance|recours)(?: \\w+)"
	    "{0,12} (?:jabandonne|abandonne|cest fini|je laisse tomber"
	    "|jarrete tout|je lache tout)|"
	    "(?:nai|jai|ai) plus (?:aucun |d ?|de |le moindre )espoir|"
	    "cest fini pour moi|"
	    /* 16 euphemisms */
	    "(?:veux|vais|voudrais|aimerais|envie de|besoin de|souhaite) "
	    "(?:\\w+ )?disparaitre(?! (?:de|des|du) (?:votre|vos|la liste"
	    "|liste|mails|reseaux))|"
	    "(?:(?:m ?|me )endormir|dormir|fermer les yeux) (?:pour toujours"
	    "|a jamais|pour de bon|definitivement|pour leternite)|"
	    "(?:veux|vais|voudrais|aimerais|envie de|pret a|prete a|hate de"
	    "|bientot|ce soir|cette nuit) (?:\\w+ ){0,2}(?:rejoindre"
	    "|retrouver) (?:\\w+ ){0,3}(?:dieu|seigneur|jesus|anges|ciel"
	    "|paradis|defunte?|decedee?s?|morte?s?)|"
	    "(?<!a )quitt\\w* (?:ce monde|cette terre|la vie|cette vie)|"
	    "partir de ce monde"
	    ")\\b", 0 },
#undef FR_PAST
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
	/*
	 * Italian, by concept. Elided words are glued ("un'overdose" reads
	 * "unoverdose", "l'ammazzo" "lammazzo"); chat "nn" is "non". The
	 * mark CRISIS_PAST reads "anni fa" and "nel 2015" as history.
	 */
	{ "world-it", 'A',
	    "\\b(?:"
	    /* 1 suicide, said outright; "mi ammazza" is an idiom of others */
	    "suicid(?:armi|arsi|arti)|uccidermi|ammazzarmi|"
	    "(?:togliermi|togliersi|tolgo|toglier\\w*) la vita|"
	    "mi (?:ammazzo|uccido|impicco)\\b(?! di (?:lavoro|fatica|studio)"
	    "| dalle risate)|"
	    "(?:farla|la faccio|la facciamo) finita(?! con (?:\\w+ )?"
	    "(?:depressione|ansia|dolori?|malattia|fumo|alcol|sigarette"
	    "|insonnia|emicrania|sintomi)\\b)|"
	    "mi (?:voglio|vorrei|devo|vado a|sto per|posso) (?:ammazzare"
	    "|uccidere|suicidare|impiccare|togliere la vita|sparare)\\b|"
	    "(?:penso|pensando|pensato|pensare|pensiero|idea|tentato|tentare"
	    "|tentazione|voglia) (?:\\w+ ){0,3}(?:al |il |del |di )?suicidio|"
	    "(?:ho|sto avendo) (?:\\w+ ){0,2}(?:pensieri|istinti|idee|tendenze)"
	    " (?:di morte|suicid\\w*)|(?:sono|mi sento|sentirmi) (?:\\w+ )?"
	    "suicida|"
	    "mi (?:tolgo|levo) di (?:mezzo|torno)|togliermi di mezzo|"
	    /* 2 wish to die, not to wake up */
	    "(?<!chiama )(?<!titolo )(?:vorrei|voglio|voglia di|desidero"
	    "|spero di|preferirei|meglio) "
	    "(?:\\w+ ){0,2}(?:morire|essere mort[oa]|crepare)|"
	    "(?<!paura di )(?<!timore di )(?:non|nn) (?:ri)?svegliarmi"
	    "(?! (?:troppo )?(?:presto|tardi|durante|in tempo|a meta))|"
	    "non (?:mi )?(?:ri)?svegli\\w* piu|"
	    /* 3 no wish or strength to live, cannot go on */
	    "(?:non|nn) (?:ho )?(?:piu )?(?:voglia|la forza|forza|il coraggio"
	    "|motivo|motivi|ragione|ragioni) (?:\\w+ ){0,2}(?:vivere|andare "
	    "avanti)|"
	    "(?:non|nn) voglio piu vivere|non ce la faccio piu|"
	    "(?:stanc|stuf)[oa] di (?:vivere|questa vita|stare al mondo)|"
	    "non ne posso piu di (?:vivere|questa vita|stare al mondo)|"
	    "(?:non|nn) (?:voglio |vorrei )?(?:piu )?esistere|"
	    "smettere di esistere|"
	    "(?:la vita|vivere) non ha (?:piu )?senso|"
	    /* 5 means at hand */
	    "(?:prendo|prendere|ingoio|ingoiare|inghiotto|preso|ingoiato"
	    "|mandato giu) (?:\\w+ ){0,3}(?:tutte|tutta|tutti|troppe"
	    "|una ventina|una trentina|decine di|\\d{2,}|tante)(?: \\w+){0,3}"
	    " (?:pillole|pastiglie|compresse"
	    "|medicine|farmaci|scatola|confezione|flacone|boccetta|sonniferi)|"
	    "ne ho pres[ei] (?:una ventina|tante|troppe|tutte)|"
	    "(?:preso|ingoiato|ingoio|prendo|mandato giu) (?:\\w+ ){0,2}"
	    "(?:scatola|confezione|flacone|boccetta|blister) inter[ao]|"
	    "(?:pillole|pastiglie|compresse|farmaci|medicine|sonniferi) "
	    "(?:\\w+ )?(?:davanti a me|in mano)|"
	    "(?:pistola|fucile|arma|rivoltella)(?: \\w+){0,8} (?:su di me"
	    "|contro di me|spararmi)|spararmi(?! una| un)|"
	    "mi sparo (?:in testa|un colpo|alla testa)|"
	    "impiccarmi|impiccarsi|appendermi|una corda per|cappio|"
	    "(?:preparato|comprato|appeso|legato|annodato) (?:\\w+ )?(?:la"
	    "|una) corda|corda (?:\\w+ ){0,3}(?:pronta|appesa|al collo)|"
	    "pugnalarmi|accoltellarmi|"
	    "(?:coltello|lama|lametta|rasoio|forbici)(?: \\w+){0,8} "
	    "(?:piantarmel[oa]|pugnalarmi|accoltellarmi|tagliarmi|uccidermi"
	    "|ammazzarmi|su di me|contro di me)|"
	    "(?:tagliarmi|tagliarsi|tagliat[oa]|taglio) (?:\\w+ )?(?:le vene"
	    "|i polsi|il polso)|"
	    "lamett\\w*(?: \\w+){0,8} (?:tagliarmi|tagliare|polsi|vene)|"
	    "(?:buttarmi|buttarsi|gettarmi|gettarsi|lanciarmi|lanciarsi"
	    "|mi butto|mi getto|mi lancio|si butta|si getta|si lancia) (?:giu "
	    ")?(?:dal|dalla|dallo|da|sotto|nel vuoto|davanti)\\b|"
	    "(?:ponte|balcone|finestra|tetto|cornicione|terrazzo|viadotto)"
	    "(?: \\w+){0,8} (?:buttarmi|buttarsi|gettarmi|gettarsi|lanciarmi"
	    "|lanciarsi|saltare)|"
	    "schiantarmi|schiantarsi|mi schianto|"
	    "(?:macchina|auto)(?: \\w+){0,4} contro (?:un|il|la|una) (?:muro"
	    "|albero|camion|guardrail|pilone)|"
	    /* 6 preparations and farewells */
	    "letter[ae] d ?addio|non ci saro piu|"
	    "(?:domani|stasera|stanotte|presto|tra poco) non ci saro|"
	    "e (?:un|il mio) addio|(?:vi|ti) dico addio|addio a tutti|"
	    "dire addio a (?:tutti|tutto|questo mondo)|"
	    "(?:sparire|andarmene|andare via|me ne vado|vado via) (?:\\w+ )?"
	    "per sempre|"
	    "regalat[oa] (?:\\w+ )?(?:tutte|tutti|tutto) (?:le mie|i miei"
	    "|quello)|pront[oa] (?:ad|a) (?:andarmene|morire|farla finita)|"
	    /* 7 a burden */
	    "un peso per|meglio senza di me|"
	    "se (?:io )?(?:non ci fossi|sparissi|morissi|me ne andassi)|"
	    /* 8 self-harm now */
	    "mi sto (?:tagliando|bruciando|ferendo|facendo del male)|"
	    "mi taglio(?! i capelli| le unghie| la barba)|"
	    "mi sono (?:tagliat|bruciat|ferit)[oa] (?:\\w+ ){0,6}(?:apposta"
	    "|di proposito|volontariamente|accendino|sigaretta|lametta"
	    "|polsi|vene|braccia|cosce)|"
	    "farmi del male(?! (?:guidando|cadendo|alla guida))|(?:mi|faccio|pratico) autolesion\\w*|"
	    "^(?!.*\\b(?:ciclo|mestruazion\\w*|naso|gengive)\\b).*?\\bsanguin"
	    "\\w* (?:tanto|tantissimo|molto|troppo|parecchio)|"
	    "non smette di sanguinare|"
	    /* 9 an overdose taken now */
	    "(?:preso|fatto|prendo|faccio) (?:un ?|una )?overdose|"
	    "unoverdose|(?:sono|e) (?:andat[oa] )?in overdose|"
	    /* 10 asking for a lethal amount */
	    "(?:quant[aeio]|dose|dosi)\\b(?: \\w+){0,6}? (?:letale|letali"
	    "|mortale|mortali|fatale|per morire|per farla finita"
	    "|per uccidermi|per non (?:ri)?svegliar\\w*)|per morire|"
	    /* 11 an emergency after an infusion */
	    "non respira|non si (?:ri)?sveglia|dolore (?:\\w+ )?al petto|"
	    "suda tantissimo|(?:ho|ha|sta avendo|faccio|fa) (?:\\w+ )?"
	    "(?:fatica|difficolta) a respirare|"
	    "(?:non riesco|non riesce) a respirare|respira (?:male|a fatica"
	    "|appena)|"
	    "(?:ha|sta avendo|e in preda a) (?:le |una |delle |un )?"
	    "(?:convulsioni|crisi (?:epilettica|convulsiva)|attacco "
	    "epilettico)|"
	    "labbra (?:blu|viola|bluastre|violacee)|"
	    "(?:e|sono) svenut[oa]|(?:perso|perde) (?:i )?(?:conoscenza"
	    "|sensi)|non (?:sta|riesce a stare) in piedi|non reagisce|"
	    /* 12 someone else in danger now */
	    "si (?:vuole|vuol|sta per|va a) (?:ammazzare|uccidere|suicidare"
	    "|buttare|impiccare|sparare)|"
	    "(?:ammazzarsi|uccidersi|suicidarsi|togliersi la vita)|"
	    "minaccia di (?:buttarsi|uccidersi|ammazzarsi|saltare)|"
	    /* 13 harm to others, to a child */
	    "(?:voglia di|voglio|vorrei|sto per|vado a|penso di|paura di"
	    "|potrei) (?:\\w+ )?(?:uccidere|ammazzare|picchiare|strangolare"
	    "|accoltellare|soffocare|fare del male|fare male|scuotere"
	    "|annegare)(?! (?:\\w+ ){0,2}(?:tempo|noia|attesa|record)\\b) "
	    "(?:\\w+ )?(?:il|la|lo|i|le|gli|mio|mia|miei|mie|al|alla|ai"
	    "|agli|allo|qualcuno|tutti|quel|quella|lui|lei)\\b|"
	    "(?:ammazzo|uccido) (?:il|la|lo|mio|mia|quel|quella|tutti)\\b|"
	    "(?:lo|la|li|le|l ?)(?:ammazzo|uccido)\\b|"
	    /* 14 voices that tell them to hurt themselves */
	    "voc[ei](?: \\w+){0,8} (?:uccidermi|ammazzarmi|farmi del male"
	    "|buttarmi|tagliarmi|morire|suicidarmi|uccidere|farla finita)|"
	    /* 15 hopelessness with intent after the treatment failed */
	    "(?:ultima speranza|ultima spiaggia)(?: \\w+){0,12} (?:mollo"
	    "|basta cosi|e finita|ho chiuso|mi arrendo)|"
	    /* 16 euphemisms */
	    "(?:voglio|vorrei|voglia di|desidero) (?:\\w+ )?sparire(?! sotto"
	    "| dalla| dal| dai| per un po| per qualche)|"
	    "(?:addormentarmi|dormire) per sempre|"
	    "raggiungere (?:\\w+ ){0,3}(?:defunt[oa]|mort[oa]|in cielo"
	    "|lassu|in paradiso)|raggiungere (?:dio|il signore|gesu)|"
	    "(?:lasciare|lascero|lascio) questo mondo|"
	    "andarmene da questo mondo|(?:andare|tornare) (?:da|dal) (?:dio"
	    "|signore)|andare in cielo"
	    ")\\b", CRISIS_PAST },

};

const size_t crisis_rules_world_n = sizeof(crisis_rules_world) /
    sizeof(crisis_rules_world[0]);
