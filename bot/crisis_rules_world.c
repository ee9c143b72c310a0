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
	{ "world-de", 'A',
	    "\\b(?:todlich\\w*|(?:vom|von der) (?:balkon|dach|brucke) "
	    "(?:zu )?"
	    "(?:sturzen|springen)|krampfanfall\\w*|reagiert nicht mehr|"
	    "schluss (?:zu )?machen|selbstmord|suizid\\w*|umbringen|"
	    "will sterben|nicht mehr "
	    "leben|tabletten (?:\\w+ ){0,3}genommen|atmet (?:kaum|nicht)|"
	    "abschiedsbrief|besser dran ohne mich|ritze mich|uberdosis|"
	    "ueberdosis|schlaftabletten|komme nicht (?:mehr )?zuruck|tabletten "
	    "geschluckt|alle meine tabletten"
	    "|krampfanfall|brustschmerz\\w*|atemnot|bewusstlos|(?:ware"
	    "|waere) (?:lieber )?tot|\\d{2,} \\w+ genommen"
	    "|bringe? mich (?:\\w+ )?um|die tabletten liegen"
	    "|abschiedsbriefe\\w*|ich kann nicht mehr|schlauch am auspuff"
	    "|im auto in der garage|eingeschlossen|antwortet nicht"
	    "|will nicht mehr|krampft|blau um die lippen|"
	    "mit der waffe"
	    "|alles verschenkt|brauch ich nicht mehr|ware todlich|springt"
	    "|offenen fenster)\\b", 0 },
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
	{ "world-nl", 'A', "\\b(?:ik wil (?:niet meer leven|dood)|zelfmoord|"
	    "mezelf (?:van kant maken|doden|ombrengen|iets aandoen)|"
	    "pillen (?:al )?klaar|wil er niet meer zijn"
	    "|slaappillen|strip \\w+ genomen|pillen genomen"
	    "|genoeg is geweest|ik heb besloten)\\b", 0 },
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
