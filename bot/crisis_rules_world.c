/*
 * Crisis rules for messages in other languages than English, one rule a
 * language, by its core words. Tried after the English rules and before
 * the net (bot/crisis_rules.c).
 */
#include <stddef.h>

#include "crisis_rules.h"

/* Spanish idioms of being dead or dying: "muerto de cansancio". */
#define ES_IDIOM "(?! de (?:cansancio|hambre|risa|sueno|miedo|" \
	"verguenza|frio|calor|sed|ganas|aburrimiento|envidia|nervios|pena|" \
	"amor|celos|la risa))"

/*
 * Own medicines taken as usual ("tome todas mis medicinas como siempre",
 * "tomei todos os meus remedios hoje de manha"): not an amount.
 */
#define OWN_MEDS "(?! (?:os |as )?(?:mis|meus|minhas) \\w+ (?:\\w+ )?" \
	"(?:como (?:siempre|sempre|de costumbre|de costume)|de manha|" \
	"esta manha|pela manha|esta manana|en la manana|normalmente))"

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
	/*
	 * Spanish. Acts that can be told as history (cutting, burning,
	 * pills swallowed, an overdose, an attempt): kept off by a resolved
	 * past, English or Spanish ("hace diez anos", "de joven", "ahora
	 * estoy bien"). Pills count only with an amount ("toda la caja",
	 * "30 pastillas"): "tomo dos pastillas al dia" asks about medicines.
	 */
	{ "world-es", 'A',
	    "^(?!.*\\b(?:hace (?:\\w+ )?(?:anos|meses|tiempo|mucho)|"
	    "(?:de|cuando era) (?:joven|nin[oa]|adolescente|chic[oa])|"
	    "a los \\d+(?: anos)?|(?:ahora|hoy) (?:estoy|esta|estamos) "
	    "bien)\\b).*"
	    "\\b(?:pastillas en la mano|morirme" ES_IDIOM "|"
	    "suicid(?:arme|arse)|"
	    "matarme|me (?:corte|estoy cortando|sigo cortando|he cortado)|"
	    "(?:hice|hago|haciendo|hecho) (?:\\w+ ){0,2}cortes|"
	    "me voy a cortar|cortarme|"
	    "(?:quemarme|me (?:estoy )?quem(?:o|e|ando)) (?:\\w+ ){0,2}"
	    "(?:con (?:\\w+ )?(?:cigarr\\w*|encendedor|mechero|cerillos?|"
	    "fosforos?|plancha)|a proposito)|"
	    "(?:lastimarme|me (?:estoy )?lastim(?:o|e|ando)) a proposito|"
	    "no (?:para|deja) de sangrar|(?:hay|sale|pierdo|perdiendo) "
	    "(?:\\w+ )?mucha sangre|estoy sangrando|"
	    "(?:tome|trague|tomado|tragado|tomarme|tomarmelas|tragarme|"
	    "tomarse|acabo de tomar(?:me)?|se tomo|se trago) (?:\\w+ ){0,3}"
	    "(?:(?:todas|todos)(?! l[ao]s (?:dias|mananas|noches|tardes|"
	    "semanas|veces))" OWN_MEDS "|toda|muchas|demasiad[ao]s|"
	    "un (?:monton|bote|punado)|varias|un frasco|la caja|"
	    "una caja|el frasco|un blister|un punado|\\d{2,}|veinte|treinta|"
	    "cuarenta|cincuenta|cien)|"
	    "(?:tuve|tengo|tuvo|tiene|hice|hizo|teniendo|provocar(?:me)?) "
	    "(?:una )?sobredosis|me (?:voy a )?(?:hacer|provocar) "
	    "una sobredosis|sobredosis (?:a proposito|ahora)|"
	    "(?:me|se) (?:corto|corte|cortado|cortaba|cortando) (?:\\w+ ){0,2}"
	    "(?:munecas|brazos|venas|piernas)|"
	    "(?:brazos|munecas|piernas) cortad[oa]s|se (?:esta )?cortando|"
	    "se me (?:paso|fue) la mano con (?:\\w+ ){0,1}(?:pastillas|"
	    "medicamentos|pildoras|alcohol)|"
	    "tomarme todas|todas las pastillas|se encerro)\\b", CRISIS_PAST },
	/*
	 * Spanish intent, plans and means, never told as history: wanting
	 * to die or not to live, a day or a moment chosen, pills saved, a
	 * gun, a rope, a bridge, a car, letters and goodbyes, being a
	 * burden, voices, harm to others, someone else about to die, a last
	 * hope gone, and the soft words (dormir para siempre, irme con
	 * Dios). Every verb in its persons: "me quiero matar", "quiero
	 * matarme", "me voy a matar", "me mato". Idioms stay out: "me muero
	 * de hambre", "muerto de cansancio", "mi jefe me va a matar si",
	 * "matar el tiempo"; so does the topic ("tesis sobre el suicidio").
	 */
	{ "world-es-intent", 'A',
	    "\\b(?:me (?:voy a|quiero|kiero|qiero|pienso|tengo que) "
	    "(?:suicidar|matar|quitar la vida)|"
	    "me quit(?:o|are) la vida|quitarme la vida|"
	    "me suicido|(?<!calor )(?<!trabajo )me mato(?! (?:trabajando|"
	    "estudiando|de |a trabajar|entrenando|corriendo))|"
	    "(?:pienso|pensando|pense|penso|pensar) (?:\\w+ ){0,3}en "
	    "(?:el )?suicid\\w*|"
	    "tengo (?:(?!pacientes|clientes|alumnos|personas|gente)\\w+ ){0,2}"
	    "(?:ideas|pensamientos) "
	    "(?:suicidas|de (?:suicidio|matarme|morir\\w*))|"
	    "(?:me siento|estoy|soy) (?:muy )?suicida|"
	    "(?:planeando|planear|planeo|preparando|organizando) (?:\\w+ )?"
	    "(?:mi|el) (?:suicidio|muerte)|"
	    "(?:me )?(?:quiero|kiero|qiero) morir\\w*\\b" ES_IDIOM "|"
	    "quisiera morir|mejor (?:me muero|morirme|me mato|estar "
	    "muert[oa])|mi vida no tiene sentido|"
	    "no quiero (?:seguir )?estar aqui(?! (?:en|esperando))|"
	    "(?:tengo|puse) (?:la )?fecha para (?:irme|morir|hacerlo|"
	    "acabar|matarme)|planee (?:todo|como|el dia)|"
	    "hacerme dano|me (?:quiero|voy a) hacer dano|"
	    "me (?:lastimo|corto|quemo|golpeo) para (?:sentir|aliviar|"
	    "calmar|castigar)|"
	    "(?:irme|me voy) para siempre|"
	    "(?:voy a|quiero|quisiera) descansar en paz|"
	    "(?:reunirme|encontrarme|reencontrarme|irme) (?:\\w+ ){0,3}"
	    "en el cielo|"
	    "me (?:despedi|estoy despidiendo) de (?:todos|mi familia|"
	    "mis hijos|la vida)|"
	    "quitarme del medio|(?:quitarme|irme) de en medio|"
	    "no (?:haber|hubiera|hubiese) nacido|"
	    "no vale la pena (?:seguir )?(?:vivir|viviendo)|"
	    "no me (?:van a )?(?:volver a ver|veran mas)|"
	    "no (?:pienso|quiero|voy a) (?:volver a )?despertar|"
	    "lo (?:termino|acabo|terminare|acabare) todo|"

	    "(?:quiero|quisiera|desearia|deseo|me gustaria|preferiria|"
	    "prefiero) (?:\\w+ ){0,2}(?:morir\\w*\\b" ES_IDIOM "|"
	    "estar muert[oa]" ES_IDIOM "|"
	    "no despertar|no existir|dejar de existir)|"
	    "(?:estar|estoy) muert[oa]" ES_IDIOM "|"
	    "ojala (?:\\w+ ){0,2}(?:no despert\\w*|no amanec\\w*|me muer\\w*|"
	    "estuviera muert[oa]|morir\\w*)|"
	    "(?:dormir(?:me)?|dormirme) y no (?:volver a )?despertar|"
	    "no (?:volver a )?despertar(?:me)? (?:nunca|jamas|mas)|"
	    "(?:necesito|hace falta|se necesitan?) para no despertar|"
	    "no quiero (?:seguir )?(?:vivir|despertar|"
	    "existir|estar viv[oa])|"
	    "(?:pedi|pido|he pedido|le pido|le rezo) a dios (?:\\w+ ){0,3}"
	    "que me (?:lleve|recoja)|que dios me lleve|me ire yo|"
	    "no (?:tengo|me quedan) (?:\\w+ ){0,2}(?:fuerzas|ganas|razones|"
	    "motivos) (?:para|de) (?:seguir|vivir)|"
	    "(?:perdi|sin) (?:las )?ganas de vivir|"
	    "(?:cansad[oa]|hart[oa]|me canse) de vivir|"
	    "no (?:le )?(?:encuentro|veo|tiene) sentido (?:a |la )?"
	    "(?:seguir|vivir|mi vida|la vida)|"
	    "no (?:puedo|aguanto) mas con (?:esta|mi|la) vida|"
	    "(?:ya|you) no (?:puedo|aguanto) mas(?! con (?:el|este|esta|la|"
	    "los|las) (?!vida))|(?:ya|you) no aguanto|no aguanto mas vivir|"
	    "no quiero seguir (?:aqui|asi|viviendo|viv[oa]|existiendo|"
	    "en este mundo)|no voy a seguir|"
	    "(?:acabar|acabo|acabare|terminar|termino|terminare) con "
	    "(?:todo(?! (?:el|la|los|las|lo|eso)\\b)|mi vida|esta vida)|"
	    "poner fin a (?:todo|mi vida)|"
	    "tengo un plan para|(?:ya|you) lo decidi|"
	    "(?:elegi|escogi) (?:el dia|la fecha|la hora)|"
	    "tengo todo (?:listo|planeado|pensado|preparado) para "
	    "(?:esta noche|hoy|acabar|terminar|hacerlo|irme|morir)|"
	    "hoy es la noche|(?:tonight|esta noche) es la noche|"
	    "(?:pastillas|medicamentos|pildoras) (?:\\w+ ){0,2}"
	    "(?:guardad[oa]s|juntad[oa]s|ahorrad[oa]s)|"
	    "(?:guardando|juntando|acumulando) (?:\\w+ ){0,2}(?:pastillas|"
	    "medicamentos|pildoras)|"
	    "tengo (?:la|el|una|un|mi) (?:pistola|arma|escopeta|cuchillo"
	    "|cuerda|soga|navaja|rifle|revolver)(?! de (?:agua|juguete|"
	    "silicona|calor|pintura|aire))|"
	    "(?:usarla|usarlo) (?:conmigo|contra mi)|dispararme|"
	    "(?:pegarme|meterme) un tiro|volarme la cabeza|"
	    "compre (?:la|una|el) (?:cuerda|soga|veneno|pistola|arma)|"
	    "colgarme|ahorcarme|me voy a (?:colgar|ahorcar)|ahogarme|"
	    "tirarme|me tiro del puente|"
	    "(?:me (?:voy a |quiero )?(?:tir|lanz|avent|arroj)(?:ar|are|o)|"
	    "lanzarme|aventarme|arrojarme|(?:voy a |quiero )?(?:saltar|"
	    "brincar)) (?:del?|por|al|a|desde|bajo|frente) "
	    "(?:\\w+ ){0,2}(?:puente|"
	    "balcon|ventana|edificio|techo|azotea|tren|metro|vias|"
	    "precipicio|acantilado|terraza|piso|camion)|"
	    "(?:esta|estoy|estan) (?:parad[oa] )?en (?:el|la|un|una) "
	    "(?:puente|cornisa|azotea|vias)(?! de\\b)|"
	    "estrellar(?:me)?|estamparme|"
	    "(?:cortarme|cortar(?:se)?|abrirme) las venas|"
	    "navaja|cuchilla|"
	    "(?:notas?|mensajes?) de despedida|"
	    "cartas? (?:de despedida|para mis|a mis|para mi (?:familia|"
	    "hij[oa]|espos[oa]|mama|papa))|"
	    "escribi (?:\\w+ ){0,2}cartas? (?:para|a|de)|"
	    "mensajes? de despedida|(?:es|esto es) (?:mi|una) despedida|"
	    "me despido de (?:todos|ustedes|ti|mis|la vida|este mundo)|"
	    "adios para siempre|"
	    "(?:regalando|regale|repartiendo|reparti|dando|doy) "
	    "(?:\\w+ ){0,2}(?:mis cosas|todas mis|mis pertenencias)|"
	    "(?:ya|you) no (?:las|los|la|lo) voy a necesitar|"
	    "deje todo (?:arreglado|listo|ordenado|en orden)|"
	    "(?:para )?cuando (?:ya|you) no este|(?:ya|you) no voy a estar|"
	    "no voy a estar aqui|nadie me (?:va a )?extranar\\w*|"
	    "(?:soy|me siento) (?:\\w+ ){0,2}(?:una carga|un estorbo)|"
	    "una carga para|mejor(?:es)? sin mi|"
	    "si (?:yo )?no (?:existiera|estuviera)|si (?:yo )?desapareciera|"
	    "solo (?:les )?(?:doy|causo) problemas|"
	    "(?:voz|voces) (?:\\w+ ){0,5}(?:mate|matar\\w*|hacer\\w* dano|"
	    "lastim\\w*|tire|tirarme|corte|cortarme|muera|morir|suicid\\w*)|"
	    "(?:voy a|vamos a|quiero|queria|pienso|pienso en|podria|ganas de"
	    "|miedo de|capaz de) (?:\\w+ ){0,2}(?:(?:matar|lastimar|herir|"
	    "ahogar|asfixiar|danar|golpear|hacerle dano|hacerles dano|"
	    "hacer dano|hacer(?:le|les) algo(?: malo)?) a(?:l)?|"
	    "matarl[oa]s?|lastimarl[oa]s?)\\b|"
	    "tengo las pills|"
	    "(?:era|fue) mi ultima (?:esperanza|oportunidad|opcion)|"
	    "no hay salida|"
	    "(?:desaparecer|dormir|descansar) para siempre|"
	    "(?:ir(?:me)?|estar) con dios|"
	    "(?:ir(?:me)?|reunirme|estar|juntarme) con mi (?:difunt[oa]|"
	    "fallecid[oa])|reunirme con (?:dios|mi \\w+ en el cielo)|"
	    "(?:dejar|abandonar|ir(?:me)? de) este mundo|(?:irme|ir) al cielo|"
	    "adios a todos(?! (?:hasta|nos vemos|buen|feliz|que))|"
	    "estoy escondid\\w*|me va a matar(?! si\\b)|"
	    "(?:dosis|cantidad) (?:\\w+ ){0,3}(?:letal|mortal)|"
	    "(?:letal|mortal) de|"
	    "cuant[oa]s? (?:\\w+ ){0,4}(?:para|hace falta para|necesito "
	    "para|se necesita para) (?:morir|matarme|no despertar|"
	    "quitarme la vida)|cuant[oa]s? (?:\\w+ ){0,4}(?:son|es) "
	    "(?:una dosis )?(?:letal|mortal)|(?:mata|matan|mataria|matarian)"
	    " a una persona)\\b", 0 },
	/*
	 * Spanish: someone else about to die ("mi hijo dijo que se va a
	 * matar"), but not a nurse's or a student's question about a patient.
	 */
	{ "world-es-others", 'A',
	    "^(?!.*\\b(?:que (?:hago|hacen|hacemos|debo hacer) si|"
	    "si (?:un|una) (?:paciente|persona|cliente)|"
	    "soy (?:enfermer[oa]|medic[oa]|psicolog[oa]|terapeuta|"
	    "estudiante)|pacientes?)\\b).*"
	    "\\b(?:se quiere morir|quiere morirse|"
	    "(?:ya|you) no quiere vivir|dice que (?:se )?quiere morir|"
	    "se (?:va|iba|quiere) a? ?(?:matar|suicidar|quitar la vida|"
	    "tirar|colgar)|(?:va a|quiere|piensa) (?:matarse|suicidarse|"
	    "quitarse la vida|tirarse|colgarse)|se va a matar)\\b", 0 },
	/*
	 * Spanish emergencies now: not breathing or waking, a seizure,
	 * chest pain, blue lips, fainted and confused. "Que pasa si me
	 * desmayo?" asks: the past "se desmayo" tells.
	 */
	{ "world-es-emergency", 'A',
	    "\\b(?:no (?:despierta|respira|reacciona|se despierta)(?! "
	    "(?:temprano|a tiempo|sol[oa]|para|en las mananas))|"
	    "(?:esta|sigue|quedo) inconsciente|no responde (?:despues|desde|"
	    "cuando|a nada|nada)|"
	    "no (?:puedo|puede) respirar|cuesta respirar|"
	    "(?:esta|estoy|sigue) convulsionando|"
	    "(?:tiene|tuvo|le dio|le da|esta teniendo|le esta dando) "
	    "(?:una |un )?(?:convulsion\\w*|ataque (?:epileptico|al "
	    "corazon|cardiaco))|"
	    "me duele (?:mucho )?el pecho|(?<!si tengo )(?<!causa )"
	    "(?<!causar )(?<!dar )(?<!da )(?<!provoca )(?<!provocar )"
	    "dolor (?:\\w+ ){0,3}en el pecho|"
	    "(?:labios|boca|cara|dedos) (?:\\w+ ){0,2}(?:morad[oa]s?|"
	    "azul(?:es)?|azulad[oa]s?)|respira(?:ndo)? (?:muy )?mal|"
	    "se desmayo|me desmaye|"
	    "(?:dormid[oa]|no despierta) (?:\\w+ ){0,2}no (?:contesta|"
	    "responde)|"
	    "confundid[oa] (?:\\w+ ){0,6}no (?:se )?puede|"
	    "no (?:se )?puede (?:poner de pie|mantener en pie))\\b", 0 },
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
	/*
	 * Portuguese (Brazil and Portugal: "to me cortando", "estou a
	 * queimar-me"; chat "n" reads "and"). Acts that can be told as
	 * history, kept off by a resolved past ("ha 8 anos", "faz anos",
	 * "hoje estou bem"): cutting, burning, pills swallowed with an
	 * amount ("a caixa inteira", "40 comprimidos"), an attempt.
	 */
	{ "world-pt", 'A',
	    "^(?!.*\\b(?:(?:ha|faz|fazem) (?:\\w+ )?(?:anos|meses|tempo)|"
	    "(?:quando (?:eu )?era|na) (?:jovem|crianca|adolescente|"
	    "adolescencia)|(?:hoje|agora) (?:eu )?(?:estou|to|ta|esta|"
	    "estamos) bem)\\b).*"
	    "\\b(?:cartela inteira|me matar(?! se\\b)|matar me|"
	    "suicidar(?:me)?|me suicidei|se suicidar|se matar|"
	    "(?:tomei|tomou|engoli|engoliu|tomado|engolido|tomar|"
	    "acabei de tomar|acabou de tomar) (?:\\w+ ){0,3}"
	    "(?:(?:todos|todas)(?! (?:os|as) (?:dias|manhas|noites|"
	    "semanas|vezes))" OWN_MEDS "|toda a|inteir[oa]|muit[oa]s|"
	    "vari[oa]s|um monte|cartela|caixa|"
	    "frasco|vidro|\\d{2,}|vinte|trinta|quarenta|cinquenta|cem)|"
	    "(?:tomei|tomou) (?:\\w+ ){0,3}(?:remedios|comprimidos|"
	    "pilulas) (?:com|e) (?:\\w+ )?(?:alcool|vodka|cachaca|vinho|"
	    "cerveja|whisky)|"
	    "(?:tive|tomei|teve|fiz|fez|tendo|tenho) (?:uma )?overdose|"
	    "me cortei|me (?:cortando|cortar|corto)\\b(?! o cabelo)|"
	    "(?:estou|to|tou|ta|esta) a cortar me|cortar me|"
	    "(?:queimar me|me queimei|me queimando|me queimo|queimando me|"
	    "estou a queimar me) (?:\\w+ ){0,2}(?:com (?:o |um )?"
	    "(?:isqueiro|cigarro|fosforo|vela|ferro)|de proposito)|"
	    "me (?:machuquei|machucando|machuco|feri|ferindo) "
	    "(?:\\w+ ){0,1}(?:de proposito|de novo|outra vez|pra aliviar|"
	    "para aliviar|pra sentir)|"
	    "sangrando muito|(?:nao|and) para de sangrar|muito sangue)\\b",
	    CRISIS_PAST },
	/*
	 * Portuguese intent, plans, means, farewells, burden, voices, harm
	 * to others, someone else in danger, a last hope gone and the soft
	 * words (sumir pra sempre, ir para junto de Deus). Idioms stay out:
	 * "morrendo de fome", "morto de cansaco", "meu chefe vai me matar
	 * se", "matar o tempo"; so does the topic ("trabalho sobre
	 * suicidio", "prevencao do suicidio").
	 */
	{ "world-pt-intent", 'A',
	    "\\b(?:vou me (?:matar|suicidar)|me mato\\b(?! (?:de |trabalhando|"
	    "estudando|de tanto))|planejei (?:tudo|como|o dia|a data)|"
	    "(?:corda|forca) (?:\\w+ ){0,6}(?:amarrar|pendurar|me enforcar)|"
	    "sei onde (?:amarrar|pendurar)|"
	    "(?:planejando|planejar|planejo|preparando) (?:\\w+ )?(?:meu|o) "
	    "(?:suicidio|morte)|planejando minha morte|"
	    "(?:ir embora|partir|me ir) (?:pra|para) sempre|"
	    "(?:vou|quero|queria) descansar em paz|"
	    "(?:quero|queria|vou) (?:\\w+ ){0,2}(?:encontrar|ver|reencontrar|"
	    "ficar com|juntar me) (?:\\w+ ){0,3}no ceu|"
	    "(?:quero|queria|vou) (?:ir|subir) (?:pro|para o) ceu|"
	    "tirar (?:a )?(?:minha )?(?:propria )?vida|"
	    "acab(?:ar|o|arei) com (?:a )?minha vida|"
	    "(?:por|dar) fim (?:a|na|em) (?:minha )?vida|"
	    "(?:pensando|penso|pensei|pensar) (?:\\w+ ){0,2}em "
	    "(?:\\w+ ){0,1}(?:suicidio|me matar|morrer)|"
	    "(?:tenho|to com|estou com|ando com|tive) (?:\\w+ ){0,1}"
	    "(?:pensamentos|ideias) (?:suicidas|de (?:morte|suicidio|me "
	    "matar))|(?:sou|me sinto|estou|to) (?:muito )?suicida|"
	    "(?:quero|queria|gostaria de|preferia|prefiro|desejo|vontade de) "
	    "(?:\\w+ ){0,1}(?:morrer(?! de)|estar mort[oa]|nao acordar|"
	    "deixar de existir|nao existir|(?:sumir|desaparecer)(?! (?:de "
	    "ferias|por (?:um|uns|umas|alguns)|um pouco|pra praia)))|"
	    "apetece me (?:morrer|matar|desaparecer|sumir)|"
	    "ninguem vai sentir (?:a )?minha falta|"
	    "tomara que eu (?:nao acorde|morra)|"
	    "(?:nunca|nao) mais acordar|nao acordar (?:nunca )?mais|"
	    "(?:peco|pedi|pedindo|rezo|rezando|implorando) (?:\\w+ ){0,3}"
	    "deus (?:\\w+ ){0,3}(?:me levar|me leve|morrer)|"
	    "deus me (?:leve|levar|levasse)|"
	    "(?:nao|and) quero (?:mais )?(?:viver|existir|acordar|"
	    "estar viv[oa])|(?:nao|and) aguento mais(?! (?:esperar|de "
	    "esperar|ess[ae] (?!vida|dor|sofrimento)|est[ae] (?!vida)|"
	    "o (?:calor|frio|transito)|kk\\w*))|"
	    "(?:nao|and) (?:tenho|me restam?) (?:mais )?(?:forcas|vontade|"
	    "motivos?|razao|razoes) (?:\\w+ ){0,1}(?:pra|para|de) "
	    "(?:viver|continuar)|"
	    "(?:sem|perdi a) vontade de viver|"
	    "(?:nao|and) consigo (?:mais )?continuar|"
	    "(?:cansad[oa]|farto|farta) de viver|"
	    "(?:nao|and) vejo sentido (?:em|na) (?:viver|vida|continuar)|"
	    "acab(?:ar|o|arei|ei) com tudo(?! (?:o|a|os|as|isso)\\b)|"
	    "acabar com is(?:so|to)|arma na (?:cabeca|boca)|"
	    "(?:escolhi|marquei) (?:a|o) (?:data|dia|hora)|"
	    "(?:remedios?|comprimidos|pilulas) (?:\\w+ ){0,1}guardad[oa]s|"
	    "guardando (?:\\w+ ){0,2}(?:remedios|comprimidos|pilulas)|"
	    "(?:tomar|engolir) tudo de uma vez|"
	    "(?:usar|usa la|usar ela|usa lo|usar ele) (?:em|contra) mim|"
	    "(?:me dar|dar me) um tiro|atirar em mim|estourar os miolos|"
	    "comprei (?:uma|a) corda|(?:me )?enforcar(?: me)?|"
	    "sei onde vou usar|"
	    "ponte (?:\\w+ ){0,3}(?:pular|me jogar|pensando)|"
	    "(?:pular|me jogar|jogar me|atirar me|me atirar) (?:\\w+ ){0,1}"
	    "(?:da|de|do|pela|pelo|na|no|para a|embaixo|debaixo|na frente) "
	    "(?:\\w+ ){0,1}(?:ponte|janela|predio|varanda|sacada|viaduto|"
	    "terraco|trem|comboio|metro|linha|carro|caminhao|onibus)|"
	    "linha do (?:comboio|trem|metro)|"
	    "(?:ta|esta|estou|to) na ponte(?! aerea)|"
	    "(?:jogar|bater) o carro|"
	    "cortar (?:os|meus) pulsos|(?:lamina|gilete|navalha|estilete) "
	    "(?:\\w+ ){0,3}(?:cortar|pulsos?)|"
	    "cartas? (?:\\w+ ){0,1}(?:pros?|pras?|para|aos?|as?) "
	    "(?:\\w+ ){0,1}(?:filhos|filhas|familia|mae|pai|marido|"
	    "esposa)|carta de despedida|"
	    "(?:isso|este|esse) e (?:um|o meu|meu) adeus|"
	    "(?:mensage(?:m|ns)|bilhetes?|recados?) de despedida|"
	    "adeus (?:pra|para) sempre|"
	    "me despeco de (?:todos|voces|todo mundo|tudo|la vida)|"
	    "(?:dando|doando|dei|doei|distribuindo) (?:\\w+ ){0,1}"
	    "(?:minhas coisas|meus pertences|tudo que (?:eu )?tenho)|"
	    "(?:nao|and) vou (?:mais )?precisar (?:mais )?del[ae]s|"
	    "quando eu (?:partir|nao estiver mais|me for)|"
	    "deixei tudo (?:organizado|arrumado|pronto|em ordem)|"
	    "(?:sou|me sinto|me sentindo|sinto me) (?:\\w+ ){0,2}"
	    "(?:um peso|um fardo|um estorvo)|"
	    "um peso para|(?:ficariam|ficaria|estariam|estaria|viveriam) "
	    "melhor sem mim|melhor sem mim|"
	    "se eu (?:nao existisse|sumisse|morresse|desaparecesse)|"
	    "so (?:dou|causo) trabalho|melhor eu (?:sumir|morrer)|"
	    "voz(?:es)? (?:\\w+ ){0,5}(?:me matar|matar me|me machucar|"
	    "machucar|morrer|pular|me jogar|me cortar|suicid\\w*|"
	    "fazer mal)|"
	    "(?:vou|quero|tenho vontade de|vontade de|medo de|penso em|"
	    "posso) (?:\\w+ ){0,1}(?:matar|machucar|ferir|fazer mal|"
	    "agredir|sufocar|afogar|esfaquear) (?:a |ao |para |pro |pra )?"
	    "(?:meu|minha|meus|minhas|alguem|ele|ela|eles|todos|todo mundo|"
	    "aquele|aquela)\\b|"
	    "(?:vai|quer|ia|pensa em|ameacou|ameaca) se (?:matar|suicidar|"
	    "enforcar|jogar|cortar)|"
	    "(?:disse|falou|diz|fala) que (?:quer|vai) (?:morrer|se matar|"
	    "sumir)|se trancou (?:\\w+ ){0,5}(?:arma|faca|remedios|corda)|"
	    "(?:era|foi) (?:a )?minha ultima (?:esperanca|chance|opcao)|"
	    "pra mim chega|desisto de (?:tudo|viver|mim|da vida)|"
	    "(?:nao|and) (?:tem|ha|vejo|existe) (?:mais )?(?:nenhuma )?"
	    "saida|"
	    "(?:sumir|desaparecer|dormir|descansar) (?:pra|para) sempre|"
	    "(?:quero|queria|vou|preciso|desejo) (?:\\w+ ){0,1}(?:ir|ficar|"
	    "estar) (?:pra |para )?junto (?:de|a|com) deus|"
	    "(?:juntar|encontrar)(?: me)? (?:\\w+ ){0,1}(?:ao|a|com) "
	    "(?:meu|minha) (?:falecid[oa]|finad[oa])|"
	    "(?:deixar|sair d)(?:e|este|esse) mundo|deixar (?:este|esse) "
	    "mundo|partir desta (?:pra|para) (?:melhor|uma melhor)|"
	    "(?:ir|partir|ir embora) (?:deste|desse) mundo|"
	    "nao quero mais existir|"
	    "dose (?:\\w+ ){0,2}(?:letal|mortal|fatal)|"
	    "quant[oa]s? (?:\\w+ ){0,4}(?:precisa|preciso|e preciso|tem que "
	    "tomar|para|pra) (?:\\w+ ){0,2}(?:morrer|nao acordar|me matar)|"
	    "(?:mata|matam|mataria) (?:uma pessoa|alguem)\\b)\\b", 0 },
	/*
	 * Portuguese emergencies now: not breathing or waking, a seizure,
	 * chest pain, purple lips, fainted and confused, can not stand.
	 */
	{ "world-pt-emergency", 'A',
	    "\\b(?:(?:nao|and) (?:consegue|consigo) respirar|"
	    "(?:nao|and) (?:esta |ta )?(?:respira|respirando|acorda|"
	    "acordando|reage|reagindo)\\b|"
	    "parou de (?:responder|respirar)|nao reconhece ninguem|"
	    "muito palid[ao]|coracao (?:ta|esta) disparado|"
	    "(?:tendo|teve|deu|dando|com) (?:uma )?convuls\\w*|"
	    "convulsionando|(?:labios|boca|rosto|dedos) (?:\\w+ ){0,2}"
	    "(?:rox[oa]s?|azul|azuis|azulad[oa]s?|arroxead[oa]s?)|"
	    "respirando (?:muito )?mal|respirando com dificuldade|"
	    "(?<!tiver )(?<!sentir )(?<!causar )(?<!causa )"
	    "(?<!dar )(?<! da )(?:dor|aperto) (?:\\w+ ){0,2}no peito|"
	    "desmaiou|desmaiei|(?:nao|and) consegue (?:ficar em pe|"
	    "se levantar|levantar))\\b", 0 },
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
