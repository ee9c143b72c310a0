/*
 * The word lists the normalizer and the scorer read: contractions typed
 * without the apostrophe and chat shorthand ("im", "u", "rn"), the words
 * whose "'s" means "is", and the function words of English and of the
 * other languages patients write in; with their lookups, hash maps built
 * once per process. Data, kept apart from the normalizer (bot/text.c) so
 * that a list can grow without touching it.
 */
#include <pthread.h>
#include <string.h>

#include "strmap.h"
#include "text.h"
#include "text_impl.h"

/* Contractions typed without the apostrophe, and chat shorthand. */
static const struct text_pair text_short[] = {
	{ "im", "i am" }, { "ive", "i have" }, { "id", "i would" },
	{ "dont", "do not" }, { "cant", "can not" }, { "cannot", "can not" },
	{ "wont", "will not" }, { "doesnt", "does not" },
	{ "didnt", "did not" }, { "isnt", "is not" }, { "arent", "are not" },
	{ "wasnt", "was not" }, { "werent", "were not" },
	{ "shouldnt", "should not" }, { "wouldnt", "would not" },
	{ "couldnt", "could not" }, { "havent", "have not" },
	{ "hasnt", "has not" }, { "hadnt", "had not" }, { "aint", "is not" },
	{ "youre", "you are" }, { "theyre", "they are" },
	{ "whats", "what is" }, { "thats", "that is" },
	{ "theres", "there is" }, { "hows", "how is" }, { "whos", "who is" },
	{ "wheres", "where is" }, { "its", "it is" }, { "shes", "she is" },
	{ "hes", "he is" }, { "weve", "we have" }, { "youve", "you have" },
	{ "theyve", "they have" }, { "wouldve", "would have" },
	{ "couldve", "could have" }, { "shouldve", "should have" },
	{ "whatre", "what are" }, { "itll", "it will" }, { "u", "you" },
	{ "ya", "you" }, { "ur", "your" }, { "r", "are" }, { "pls", "please" },
	{ "plz", "please" }, { "rn", "right now" }, { "thx", "thanks" },
	{ "thnx", "thanks" }, { "thanx", "thanks" }, { "ty", "thank you" },
	{ "tysm", "thank you so much" }, { "b4", "before" },
	{ "bc", "because" }, { "cuz", "because" }, { "coz", "because" },
	{ "bcuz", "because" }, { "wat", "what" }, { "wut", "what" },
	{ "wht", "what" }, { "abt", "about" }, { "bout", "about" },
	{ "idk", "i do not know" }, { "dunno", "do not know" },
	{ "gonna", "going to" }, { "wanna", "want to" },
	{ "gotta", "got to" }, { "tho", "though" }, { "thru", "through" },
	{ "w", "with" }, { "ppl", "people" }, { "y", "why" },
	{ "n", "and" }, { "tonite", "tonight" }, { "2nite", "tonight" },
	{ "2day", "today" }, { "tmrw", "tomorrow" }, { "tmr", "tomorrow" },
	{ "2morrow", "tomorrow" }, { "hrs", "hours" }, { "hr", "hour" },
	{ "mins", "minutes" }, { "wks", "weeks" }, { "wk", "week" },
	{ "yrs", "years" }, { "yr", "year" }, { "appt", "appointment" },
	{ "hv", "have" }, { "wen", "when" }, { "hw", "how" },
	{ "teh", "the" }, { "nw", "now" }, { "dnt", "do not" },
	{ "gona", "going to" }, { "tnight", "tonight" },
	{ "kinda", "kind of" }, { "sorta", "sort of" }, { "lemme", "let me" },
};

/* Words whose "'s" means "is" rather than a possessive. */
static const char *text_is_words[] = {
	"what", "it", "that", "there", "here", "he", "she", "who", "where",
	"how", "when", "why",
};

/* Function words: indexed, but worth little when scoring. */
static const char *text_stop[] = {
	"a", "about", "am", "an", "and", "any", "are", "as", "at", "be",
	"been", "being", "but", "by", "can", "could", "did", "do", "does",
	"for", "from", "had", "has", "have", "how", "i", "if", "in", "is",
	"it", "just", "me", "my", "of", "on", "or", "our", "really", "so",
	"that", "the", "them", "then", "there", "these", "they", "this",
	"those", "to", "too", "us", "was", "we", "were", "what", "which",
	"will", "with", "would", "you", "your", "should", "get", "some",
	"im", "like", "know", "want", "tell", "please", "hey", "okay",
	/*
	 * Function words of the other languages patients write in (Spanish,
	 * Portuguese, French, Italian, German). The knowledge is English:
	 * unknown, each would count as a rare word the question is about.
	 * Words that are also English ("die", "do", "me", "no", "man") are
	 * left out.
	 */
	"el", "la", "los", "las", "un", "una", "es", "que", "como", "para",
	"por", "del", "al", "mi", "yo", "tu", "su", "se", "lo", "le", "y",
	"o", "de", "en", "hay", "esta", "estoy", "quiero", "puedo", "cuanto",
	"cuanta", "cual", "cuando", "donde", "hago", "sirve", "aqui",
	"os", "um", "uma", "da", "das", "dos", "na", "nas", "nos",
	"cada", "eu", "voce", "quero", "saber", "isso", "e",
	"les", "des", "du", "une", "est", "quels", "quel", "quelle", "sont",
	"je", "il", "elle", "nous", "vous", "avec", "pour", "dans", "apres",
	"gli", "di", "sono", "quali", "quale", "che", "con",
	"der", "dem", "ein", "eine", "ist", "und", "wie",
	"ich", "bei", "mit", "vor", "nach", "muss", "darauf", "wirklich",
	"sus", "mis", "muy", "mas", "pero", "porque", "sobre", "tengo",
	"tiene", "debo", "antes", "despues", "mismo", "soy", "sera",
	"exactamente", "realmente",
	"sao", "fazer", "mesmo", "qual", "quanto", "quantas", "quantos",
	"posso", "devo", "meu", "minha", "seu", "sua", "ao", "pelo", "pela",
	"com", "sem", "mais", "muito", "ser", "vou", "preciso",
	"ce", "cest", "ca", "ou", "au", "aux", "sur", "pas", "ne", "mon",
	"mes", "votre", "vos", "comment", "quoi", "qui", "faut", "peut",
	"peux", "dois", "etre", "avoir", "fait", "tres", "vraiment",
	"della", "delle", "dei", "degli", "nel", "nella", "sul", "per",
	"non", "cosa", "quanta", "quante", "quanti", "dove", "si", "ci",
	"mio", "mia", "miei", "mie", "puo", "davvero", "prima", "dopo",
	"piu", "molto", "anche", "ho", "ha", "hanno", "questo", "questa",
	"das", "den", "des", "einen", "einem", "einer", "sind", "sie",
	"ihnen", "ihr", "wir", "ja", "nicht", "auch", "noch", "schon",
	"wann", "wo", "welche", "welcher", "welches", "gibt", "habe",
	"haben", "hat", "kann", "soll", "mein", "meine", "meinen",
	"dasselbe", "uberhaupt", "zu", "fur", "auf", "aus", "von", "im",
	"ob",
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/*
 * The shorthand and stop-word tables as hash maps, built once: they are
 * consulted for every word of every question.
 */
static struct strmap *text_short_map, *text_stop_map;
static size_t text_short_longest;	/* no longer word has an expansion */
static pthread_once_t text_words_once = PTHREAD_ONCE_INIT;

/* Build the maps (called once per process). */
static void
text_words_init(void)
{
	text_short_map = strmap_new();
	for (size_t i = 0; i < NELEM(text_short); i++) {
		size_t n = strlen(text_short[i].from);

		strmap_put(text_short_map, text_short[i].from, n, (int)i);
		if (n > text_short_longest)
			text_short_longest = n;
	}
	text_stop_map = strmap_new();
	for (size_t i = 0; i < NELEM(text_stop); i++)
		strmap_put(text_stop_map, text_stop[i], strlen(text_stop[i]),
		    (int)i);
	/* Most words of a question are in neither. */
	strmap_filter(text_short_map);
	strmap_filter(text_stop_map);
}

const char *
text_short_find(const char *w, size_t n)
{
	int i;

	pthread_once(&text_words_once, text_words_init);
	if (n > text_short_longest)
		return NULL;
	return strmap_get(text_short_map, w, n, &i) ? text_short[i].to : NULL;
}

bool
text_is_is_word(const char *w, size_t n)
{
	for (size_t i = 0; i < NELEM(text_is_words); i++)
		if (strlen(text_is_words[i]) == n &&
		    memcmp(text_is_words[i], w, n) == 0)
			return true;
	return false;
}

/* True for the function words listed above. */
bool
text_is_stopword(const char *w, size_t n)
{
	pthread_once(&text_words_once, text_words_init);
	return strmap_get(text_stop_map, w, n, NULL);
}
