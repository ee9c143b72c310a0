/*
 * Unit tests of the matcher (match.c with index.c and crisis.c under it),
 * on the small knowledge base tests/fixtures/clinic.kb: answers for
 * examples and paraphrases, typos, synonyms, patterns, the fallback and
 * "did you mean", crisis precedence and its false alarms, conversation
 * context, the disclaimer, and many threads on one knowledge base.
 */
#include <ftw.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "buf.h"
#include "diag.h"
#include "kb.h"
#include "match.h"

/* Where the fixtures are; tests/run.sh runs from the repository root. */
static const char *
fixtures(void)
{
	const char *env = getenv("FAQBOT_FIXTURES");

	return env != NULL && env[0] != '\0' ? env : "tests/fixtures";
}

/* The fixture knowledge base, loaded once for the group. */
static struct kb *kb;
static char kbpath[1024];

static struct kb *
load(const char *path)
{
	struct diag *d = diag_new();
	struct kb *k = kb_load(path, d);

	if (k == NULL) {
		diag_print(d, stderr);
		print_error("cannot load %s\n", path);
	}
	diag_free(d);
	return k;
}

static int
group_setup(void **state)
{
	(void)state;
	snprintf(kbpath, sizeof(kbpath), "%s/clinic.kb", fixtures());
	kb = load(kbpath);
	return kb == NULL ? -1 : 0;
}

static int
group_teardown(void **state)
{
	(void)state;
	kb_unref(kb);
	return 0;
}

/* Ask q with no conversation; the caller finishes r. */
static void
ask(const char *q, struct match_result *r)
{
	assert_int_equal(match_ask(kb, NULL, q, strlen(q), r, NULL), 0);
	assert_non_null(r->answer);
}

/* The id answered, or "(fallback)" / "(crisis)". */
static const char *
answered(const struct match_result *r)
{
	if (r->kind == MATCH_CRISIS)
		return "(crisis)";
	if (r->kind == MATCH_FALLBACK || r->entry == NULL)
		return "(fallback)";
	return kb_entry_id(r->entry);
}

/* Assert that q is answered by entry id (no conversation). */
static void
expect_entry(const char *q, const char *id)
{
	struct match_result r;

	ask(q, &r);
	if (strcmp(answered(&r), id) != 0) {
		print_error("'%s': want %s, got %s (score %.3f)\n", q, id,
		    answered(&r), r.score);
		match_result_finish(&r);
		fail();
	}
	match_result_finish(&r);
}

/* Assert that q gets (or does not get) the crisis reply. */
static void
expect_crisis(const struct kb *k, const char *q, bool want)
{
	struct match_result r;

	assert_int_equal(match_ask(k, NULL, q, strlen(q), &r, NULL), 0);
	if ((r.kind == MATCH_CRISIS) != want) {
		print_error("'%s': want %s, got %s\n", q, want ? "crisis" :
		    "no crisis", answered(&r));
		match_result_finish(&r);
		fail();
	}
	if (want) {
		assert_null(r.entry);
		assert_true(r.tier == 'A' || r.tier == 'B');
		assert_string_equal(r.answer, kb_text(k, KB_TEXT_CRISIS));
	}
	match_result_finish(&r);
}

/* How many times needle occurs in s. */
static int
count(const char *s, const char *needle)
{
	int n = 0;

	for (const char *p = strstr(s, needle); p != NULL;
	    p = strstr(p + 1, needle))
		n++;
	return n;
}

/* Every example of every entry comes back to its own entry. */
static void
test_examples(void **state)
{
	(void)state;
	assert_int_equal(kb_count(kb), 7);
	for (size_t i = 0; i < kb_count(kb); i++) {
		const struct kb_entry *e = kb_entry_at(kb, i);

		for (size_t k = 0; k < kb_entry_example_count(e); k++)
			expect_entry(kb_entry_example(e, k), kb_entry_id(e));
	}
}

/* Questions worded unlike any example still find their entry. */
static void
test_paraphrases(void **state)
{
	(void)state;
	expect_entry("tell me what ketamine is", "what-is-ketamine");
	expect_entry("Where can I park?", "parking");
	expect_entry("is parking free", "parking");
	expect_entry("What are ketamine side effects?", "side-effects");
	expect_entry("is ketamine expensive", "cost");
	expect_entry("how much will treatment cost me", "cost");
	expect_entry("whats the price", "cost");
	expect_entry("how long is an infusion session", "infusion-session");
	expect_entry("does ketamine help suicidal thoughts",
	    "suicidal-thoughts");
}

/* The result of a plain answer: its fields and its reply text. */
static void
test_answer_fields(void **state)
{
	struct match_result r;
	const struct kb_entry *e = kb_find(kb, "cost");

	(void)state;
	ask("how much does it cost", &r);
	assert_int_equal(r.kind, MATCH_ANSWER);
	assert_ptr_equal(r.entry, e);
	assert_null(r.second);
	assert_false(r.unsure);
	assert_true(r.score >= 0.5 && r.score <= 1.0);
	/* The answer, with its variable filled, then the disclaimer. */
	assert_int_equal(strncmp(r.answer, kb_entry_answer(e),
	    strlen(kb_entry_answer(e))), 0);
	assert_non_null(strstr(r.answer, "$400"));
	assert_int_equal(count(r.answer, "FIXTURE-DISCLAIMER"), 1);
	/* Suggestions are the entry's related ids. */
	assert_int_equal(r.nsuggest, 1);
	assert_string_equal(kb_entry_id(r.suggest[0]), "infusion-session");
	match_result_finish(&r);
	match_result_finish(&r);	/* twice is harmless */
	match_result_finish(NULL);
}

/* Misspellings of words of four letters or more are corrected. */
static void
test_typos(void **state)
{
	(void)state;
	expect_entry("what is ketamin", "what-is-ketamine");
	expect_entry("wat is ketamine", "what-is-ketamine");
	expect_entry("what happens in an infusoin", "infusion-session");
	expect_entry("infusoin", "infusion-session");
	expect_entry("pirce of treatment", "cost");
}

/* A word of fewer than four letters is never corrected: "fea" != "fee". */
static void
test_no_typo_short_words(void **state)
{
	struct match_result r;
	struct buf ex;

	(void)state;
	buf_init(&ex, 0);
	assert_int_equal(match_ask(kb, NULL, "fea", 3, &r, &ex), 0);
	assert_int_equal(r.kind, MATCH_FALLBACK);
	assert_non_null(strstr(buf_str(&ex), "fea?"));	/* unknown */
	assert_null(strstr(buf_str(&ex), "typos corrected"));
	match_result_finish(&r);
	/* The same word spelled right is known. */
	buf_reset(&ex);
	assert_int_equal(match_ask(kb, NULL, "fee", 3, &r, &ex), 0);
	assert_non_null(strstr(buf_str(&ex), " fee("));
	match_result_finish(&r);
	buf_finish(&ex);
}

/* Assert that q is read with term (a stem) and without word. */
static void
expect_terms(const char *q, const char *term, const char *word)
{
	struct match_result r;
	struct buf ex;
	char want[64];

	const char *terms;
	size_t tn;

	buf_init(&ex, 0);
	assert_int_equal(match_ask(kb, NULL, q, strlen(q), &r, &ex), 0);
	/* Only the line of terms as typed, not the normalized question. */
	terms = strstr(buf_str(&ex), "as typed: terms:");
	assert_non_null(terms);
	tn = strcspn(terms, "\n");
	snprintf(want, sizeof(want), " %s(", term);
	if (memmem(terms, tn, want, strlen(want)) == NULL ||
	    memmem(terms, tn, word, strlen(word)) != NULL) {
		print_error("'%s': want term '%s' and no '%s' in:\n%s\n", q,
		    term, word, buf_str(&ex));
		fail();
	}
	match_result_finish(&r);
	buf_finish(&ex);
}

/* Synonyms of one word and of several words read as the main phrase. */
static void
test_synonyms(void **state)
{
	(void)state;
	/* "drip" and "pricey" appear in the fixture only as synonyms. */
	expect_entry("how long is the drip", "infusion-session");
	expect_terms("how long is the drip", "infus", "drip");
	expect_entry("is it pricey", "cost");
	expect_terms("is it pricey", "expens", "pricey");
	/* Multi-word synonyms: "special k", "bad reactions". */
	expect_entry("what is special k", "what-is-ketamine");
	expect_terms("what is special k", "ketamin", "special");
	expect_entry("any bad reactions?", "side-effects");
	expect_terms("any bad reactions?", "side", "reaction");
	expect_entry("Adverse reactions?", "side-effects");
}

/* A matching pattern wins, even over words that point elsewhere. */
static void
test_pattern(void **state)
{
	struct match_result r;
	struct buf ex;
	const char *q = "is the parking out of pocket";

	(void)state;
	/* "pocket" is in no example or keyword, only in cost's pattern. */
	expect_entry("what do i pay out of pocket", "cost");
	buf_init(&ex, 0);
	assert_int_equal(match_ask(kb, NULL, q, strlen(q), &r, &ex), 0);
	assert_string_equal(answered(&r), "cost");
	assert_non_null(strstr(buf_str(&ex), ", pattern)"));
	match_result_finish(&r);
	buf_finish(&ex);
	/* Patterns read the normalized text: case and punctuation go. */
	expect_entry("OUT-OF-POCKET???", "cost");
}

/* A question the knowledge does not cover gets the fallback text. */
static void
test_out_of_scope(void **state)
{
	struct match_result r;

	(void)state;
	ask("what is the weather in paris", &r);
	assert_int_equal(r.kind, MATCH_FALLBACK);
	assert_null(r.entry);
	assert_false(r.unsure);
	assert_int_equal(r.nsuggest, 0);
	assert_string_equal(r.answer, kb_text(kb, KB_TEXT_FALLBACK));
	match_result_finish(&r);
	expect_entry("who won the football game last night", "(fallback)");
	expect_entry("", "(fallback)");
	expect_entry("?!?", "(fallback)");
}

/* An ambiguous question gets "did you mean" with numbered titles. */
static void
test_ambiguous(void **state)
{
	struct match_result r;
	char line[128];

	(void)state;
	ask("nausea cost", &r);
	assert_int_equal(r.kind, MATCH_FALLBACK);
	assert_null(r.entry);
	assert_true(r.unsure);
	assert_true(r.nsuggest >= 2);
	assert_true(r.nsuggest <= MATCH_SUGGEST);
	assert_int_equal(strncmp(r.answer, kb_text(kb, KB_TEXT_DID_YOU_MEAN),
	    strlen(kb_text(kb, KB_TEXT_DID_YOU_MEAN))), 0);
	for (size_t i = 0; i < r.nsuggest; i++) {
		assert_int_not_equal(kb_entry_kind(r.suggest[i]), KB_SMALLTALK);
		snprintf(line, sizeof(line), "\n%zu. %s", i + 1,
		    kb_entry_title(r.suggest[i]));
		assert_non_null(strstr(r.answer, line));
	}
	/* No disclaimer: nothing was answered. */
	assert_null(strstr(r.answer, "FIXTURE-DISCLAIMER"));
	match_result_finish(&r);
}

/* Small talk is its own kind and carries no disclaimer. */
static void
test_smalltalk(void **state)
{
	struct match_result r;

	(void)state;
	ask("hello there!", &r);
	assert_int_equal(r.kind, MATCH_SMALLTALK);
	assert_string_equal(kb_entry_id(r.entry), "greeting");
	assert_null(strstr(r.answer, "FIXTURE-DISCLAIMER"));
	match_result_finish(&r);
}

/* The fixture itself adds no crisis phrase: the rules are built in. */
static void
test_fixture_has_no_crisis_section(void **state)
{
	FILE *fp = fopen(kbpath, "rb");
	char text[16384];
	size_t n;

	(void)state;
	assert_non_null(fp);
	n = fread(text, 1, sizeof(text) - 1, fp);
	fclose(fp);
	text[n] = '\0';
	assert_null(strstr(text, "[crisis]"));
	/* ...and it has an entry whose examples are about suicide. */
	assert_non_null(strstr(text, "example: research on ketamine and "
	    "suicide risk"));
}

/*
 * Crisis comes first: before an entry about suicide that matches the same
 * words, with no crisis phrase in the knowledge, and whatever negation.
 */
static void
test_crisis_precedence(void **state)
{
	struct match_result r;

	(void)state;
	ask("i want to kill myself", &r);
	assert_int_equal(r.kind, MATCH_CRISIS);
	assert_int_equal(r.tier, 'A');
	assert_null(r.entry);
	assert_int_equal(r.nsuggest, 0);
	assert_string_equal(r.answer, kb_text(kb, KB_TEXT_CRISIS));
	assert_null(strstr(r.answer, "FIXTURE-DISCLAIMER"));
	match_result_finish(&r);

	expect_crisis(kb, "I want to kill myself. Can ketamine help with "
	    "suicidal thoughts?", true);
	expect_crisis(kb, "can ketamine help with suicidal thoughts, i want "
	    "to kill myself", true);
	expect_crisis(kb, "I WANT TO KILL MYSELF!!!", true);
	expect_crisis(kb, "i want 2 kill myself rn", true);
	/* Negation never turns a crisis rule off. */
	expect_crisis(kb, "i would never kill myself", true);
	expect_crisis(kb, "i'm not going to kill myself", true);
	expect_crisis(kb, "I'm thinking about ending my life", true);
}

/*
 * A worry or a past told in one sentence does not soften a crisis told
 * in another: "nervous" is a hypothetical marker, "years ago" a past one,
 * but only for the sentence they are in.
 */
static void
test_crisis_sentence_scope(void **state)
{
	(void)state;
	expect_crisis(kb, "I'm so nervous about my infusion tomorrow. Feeling "
	    "suicidal again, honestly.", true);
	expect_crisis(kb, "I overdosed years ago and got help. Tonight I took "
	    "all my pills", true);
	expect_crisis(kb, "what if i pass out during the infusion? i am "
	    "nervous", false);
	expect_crisis(kb, "will the dissociation feel like dying? i'm scared",
	    false);
}

/* A [crisis] phrase in the knowledge adds to the built-in rules. */
static int
rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st, (void)flag, (void)ftw;
	return remove(path);
}

/*
 * Load the fixture knowledge plus one more file, extra.kb, holding text,
 * from a new directory dir (mkdtemp template); the caller removes dir.
 */
static struct kb *
load_with(char *dir, const char *text)
{
	char path[2048], chunk[4096];
	FILE *in, *out;
	size_t n;

	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/clinic.kb", dir);
	in = fopen(kbpath, "rb");
	out = fopen(path, "wb");
	assert_non_null(in);
	assert_non_null(out);
	while ((n = fread(chunk, 1, sizeof(chunk), in)) > 0)
		assert_int_equal(fwrite(chunk, 1, n, out), n);
	fclose(in);
	fclose(out);
	snprintf(path, sizeof(path), "%s/zz-extra.kb", dir);
	out = fopen(path, "wb");
	assert_non_null(out);
	fputs(text, out);
	fclose(out);
	return load(dir);
}

static void
test_crisis_phrase_from_knowledge(void **state)
{
	char dir[] = "/tmp/faqbot-test-match-XXXXXX";
	const char *q = "tonight i am going to float away";
	struct kb *k2;

	(void)state;
	expect_crisis(kb, q, false);	/* not a built-in rule */
	k2 = load_with(dir, "[crisis]\nphrase: going to float away\n");
	assert_non_null(k2);
	expect_crisis(k2, q, true);
	/* Matched on the normalized text, as whole words. */
	expect_crisis(k2, "Tonight I'm GOING to float away!!", true);
	expect_crisis(k2, "going to float awayyyy", true);
	expect_crisis(k2, "the going to floating away party", false);
	/* The built-in rules are still there. */
	expect_crisis(k2, "i want to kill myself", true);
	kb_unref(k2);
	assert_int_equal(nftw(dir, rm_one, 8, FTW_DEPTH | FTW_PHYS), 0);
}

/*
 * Two entries whose patterns both match tie at the capped pattern score;
 * the one whose words cover more of the question answers, not the one
 * that comes first in the files ("overdosed on heroin in 2016, clean 7
 * years" went to the safety entry, not substance use).
 */
static void
test_pattern_tie(void **state)
{
	char dir[] = "/tmp/faqbot-test-match-XXXXXX";
	const char *q = "i overdosed on heroin in 2016, clean for seven "
	    "years now, can i still come";
	struct match_result r;
	struct kb *k2;

	(void)state;
	k2 = load_with(dir,
	    "[entry overdose-risk]\ntitle: Can you overdose on it?\n"
	    "example: is there a risk of an overdose in the chair\n"
	    "pattern: \\boverdos\\w*\n"
	    "answer:\n    Staff watch you the whole time.\n\n"
	    "[entry recovery]\ntitle: I am in recovery. Can I come?\n"
	    "example: clean for years from heroin, can i still come\n"
	    "pattern: \\bclean\\s+for\\b\n"
	    "answer:\n    A history in recovery is looked at case by case.\n");
	assert_non_null(k2);
	assert_int_equal(match_ask(k2, NULL, q, strlen(q), &r, NULL), 0);
	assert_string_equal(answered(&r), "recovery");
	match_result_finish(&r);
	/* Alone, each pattern still answers its own entry. */
	q = "what about an overdose";
	assert_int_equal(match_ask(k2, NULL, q, strlen(q), &r, NULL), 0);
	assert_string_equal(answered(&r), "overdose-risk");
	match_result_finish(&r);
	kb_unref(k2);
	assert_int_equal(nftw(dir, rm_one, 8, FTW_DEPTH | FTW_PHYS), 0);
}

/*
 * A misspelled crisis word is read as one whatever the knowledge holds:
 * adding it to a synonym group (as the staff guide invites for typos)
 * once made it a "real word" that was no longer corrected.
 */
static void
test_crisis_typo_despite_knowledge(void **state)
{
	char dir[] = "/tmp/faqbot-test-match-XXXXXX";
	struct kb *k2;

	(void)state;
	expect_crisis(kb, "i feel sucidal", true);
	k2 = load_with(dir, "[synonyms]\ngroup: suicidal thoughts, sucidal, "
	    "suicidle\n");
	assert_non_null(k2);
	expect_crisis(k2, "i feel sucidal", true);
	expect_crisis(k2, "im suicidle tonight", true);
	/* A real word next to a crisis word is still not one. */
	expect_crisis(k2, "can you prescribe me sleeping pills", false);
	kb_unref(k2);
	assert_int_equal(nftw(dir, rm_one, 8, FTW_DEPTH | FTW_PHYS), 0);
}

/*
 * Ordinary sentences the newer crisis rules once read as a crisis (false),
 * and what those rules are for (true).
 */
static const struct {
	const char	*text;
	bool		 crisis;
} crisis_lookalikes[] = {
	{ "i am doing ok now, thanks", false },
	{ "I'm 45 now and doing well", false },
	{ "i think i am overdoing it at the gym", false },
	{ "my sister is not responding to my texts about the "
	    "appointment", false },
	{ "where i am going for vacation they have no clinic", false },
	{ "how many pills do people usually take with ketamine", false },
	{ "i took all of my medications with me to the appointment", false },
	{ "i swallowed all the water they gave me", false },
	{ "i am going to shoot my doctor an email", false },
	{ "i am tired of living with depression", false },
	{ "i took 20 mg of lexapro this morning", false },
	{ "can i take double my dose of melatonin", false },
	{ "we ran into traffic on the way", false },
	{ "i bought a gun safe, do you have parking", false },
	{ "my grandma is in heaven now and i miss her", false },
	{ "i hit the wall on purpose in my workout", false },
	{ "can i check out early after the infusion", false },
	{ "my son is not moving his appointment", false },
	{ "i have 20 pills left, when should i refill", false },
	{ "i wont be around next week, can we move my session", false },
	{ "i will be gone by morning for my trip", false },
	{ "i dont want to live with this pain", false },
	{ "can i go on the tracks of your program", false },
	{ "i have 60 tylenol pm in my hand right now", true },
	{ "i wont be around much longer", true },
	{ "ill be gone by morning", true },
	{ "i dont want to live", true },
	{ "je veux mourir", true },
	{ "i took 30 of my trazodone", true },
	{ "just swallowed all of them", true },
	{ "punched the wall on purpose until my hand broke", true },
	{ "i loaded my gun", true },
	{ "i am tired of living", true },
	{ "i want to be with my dad in heaven tonight", true },
	{ "how many pills would it take to die", true },
	{ "i wont be needing them where im going", true },
	/* Veiled plans, acts, danger, other languages (tune5.tsv). */
	{ "booking question: i do not plan on being around by march, so is "
	    "there a point", true },
	{ "the meds are set aside for when this fails", true },
	{ "i picked the spot already", true },
	{ "honestly i just want to fade away", true },
	{ "signing off for good, thanks for trying", true },
	{ "i am scared of what i might do to myself tonight", true },
	{ "sitting in the garage and the engine is running", true },
	{ "running out of reasons to stay alive", true },
	{ "stopped my insulin so it looks like an accident", true },
	{ "my husband locked himself in the car with his gun", true },
	{ "our 2 year old got into the cabinet and swallowed grandmas "
	    "pills", true },
	{ "the voices say to hurt my neighbour", true },
	{ "estoy cansada de ser una carga para todos", true },
	{ "hab die tabletten mit wodka genommen", true },
	{ "我想死", true },
	{ "أفكر في الانتحار", true },
	{ "i said goodbye to my old therapist, do i need a new referral",
	    false },
	{ "two of my patients overdosed this week, does ketamine help "
	    "nurses", false },
	{ "overdosed on coffee before my consult lol", false },
	{ "i do not want to accidentally overdose when mixing my meds",
	    false },
	{ "i tried to kill myself 20 years ago, am i still eligible", false },
	{ "my friend died by suicide last year, can ketamine help grief",
	    false },
	{ "how does the clinic handle a patient who gets suicidal in a "
	    "session", false },
	{ "my mom is going to kill me if i miss the appointment", false },
	{ "work is killing my motivation, how fast does ketamine work",
	    false },
	{ "i used to be suicidal, now i am better; are boosters needed",
	    false },
	{ "i picked a date for my consult", false },
	{ "i do not trust myself to drive after the infusion", false },
	/* Voices and fragments (tune6.tsv). */
	{ "meds. all of them.", true },
	{ "chest. crushing. cant move", true },
	{ "i took all my sertraline at once", true },
	{ "my mom keeps saying she is a burden and asked where her life "
	    "insurance papers are", true },
	{ "he said if i leave he will kill me and then himself", true },
	{ "my boyfriend says he will kill me if i forget his birthday lol",
	    false },
	{ "everyone would be better off if i just dipped for good", true },
	{ "i keep staring at the pills on the counter", true },
	{ "ok the trend where people say kms over a quiz is so cringe",
	    false },
	{ "I'm so tired I could die, the baby was up all night", false },
	{ "if i have to call my insurance again i am going to die", false },
	{ "Больше не хочу жить", true },
	{ "死にたい", true },
	{ "yasamak istemiyorum", true },
	/* Said in passing, acts now (tune7.tsv). */
	{ "suicidal thougts so bad tonight", true },
	{ "i cant picture myself being alive by spring", true },
	{ "the meds are lined up on my nightstand", true },
	{ "my son ate a bunch of my gummies and he is not making sense",
	    true },
	{ "she is cutting in her room and will not open the door", true },
	{ "i keep steering toward the guardrail on the highway", true },
	{ "does ketamine make suicidal thoughts worse at first?", false },
	{ "gun to my head i cant decide between the two clinics", false },
	{ "should i list my past suicide attempt on the intake form", false },
	{ "i was hospitalized for suicidal thoughts in 2019, stable now",
	    false },
	/* Readiness and its details (tune8.tsv). */
	{ "i am not safe", true },
	{ "i know exactly how i would do it now", true },
	{ "the world would be lighter without me", true },
	{ "i only need to do it once, where can i get more", true },
	{ "lately i could act on them, the thoughts of dying", true },
	{ "my uncle got hooked before he od'd, is ketamine addictive", false },
	{ "i have intrusive thoughts about harming people but would never "
	    "act on them, does ketamine help ocd", false },
	{ "i read people have near death experiences on it", false },
	{ "my depression is killing my career, what are the numbers",
	    false },
	/* Hints and preparations (tune9.tsv). */
	{ "every day on the highway i think about turning the wheel", true },
	{ "my brothers pistol is not locked and i keep thinking about it",
	    true },
	{ "wrote cards for my son for the next 18 birthdays", true },
	{ "left the spare key out for whoever finds me", true },
	{ "she is on a bridge and keeps saying sorry", true },
	{ "took 2 advil as prescribed, is that ok before the infusion",
	    false },
	{ "killing time in the lobby, where is the bathroom", false },
	{ "is ketamine a horse tranquilizer? sounds like it could kill me",
	    false },
	{ "i read that someone stopped breathing on lozenges, is that true",
	    false },
	/* Signs in other words (tune10.tsv). */
	{ "i keep timing the trains that pass behind my building", true },
	{ "my sister swallowed pills and is on the phone with me", true },
	{ "i will be gone by then so cancel the follow up", true },
	{ "i would rather be in the ground than start another med", true },
	{ "there are fresh cuts on my legs from this morning", true },
	{ "my migraines make me want to bang my head on the wall lol",
	    false },
	{ "i want to kill this depression for good, how many sessions",
	    false },
	{ "my thesis on suicide prevention needs outcome data", false },
	{ "does the clinic have a protocol if a patient becomes suicidal?",
	    false },
	/* Once more, in other words (tune11.tsv). */
	{ "i am not coming back from the hotel, the pills are with me", true },
	{ "my head keeps telling me to jump", true },
	{ "the plan is set for saturday", true },
	{ "I used to want to die every day. Now I feel better", false },
	{ "my last day of work is friday, can i book after", false },
	{ "my dad heard voices telling him to hurt himself years ago, can i "
	    "still have ketamine", false },
	{ "i feel like i am dying when i get panic attacks, will it help",
	    false },
	{ "I don't want to crash and die on the highway after, lol", false },
	/* tune12.tsv, tune13.tsv: means, places, farewells, bodies. */
	{ "so yeah i have a plan now", true },
	{ "thanks, i have a plan now for how to pay", false },
	{ "my uncle has the rifle out and is yelling", true },
	{ "sitting in the tub with a razor", true },
	{ "do i have the means to pay later?", false },
	{ "been scouting the old quarry bridge for a spot", true },
	{ "the roof of my building has no railing and i keep going up", true },
	{ "how tall does it have to be to make sure", true },
	{ "a whole bottle of ambien and i am doing it tonight", true },
	{ "she is asleep and not responding when i shake her", true },
	{ "my 2 year old got into grandpa's heart pills", true },
	{ "my toddler ate breakfast and is napping", false },
	{ "my throat is closing up since the infusion", true },
	{ "his speech is slurred and his face looks droopy", true },
	{ "will i be slurring my words after the session?", false },
	{ "she went to sleep and did not wake up, that is how my nan died "
	    "years ago", true },
	{ "i just want to go to sleep and stay asleep forever", true },
	{ "wouldn't mind not existing anymore", true },
	{ "i hope i do not die of boredom in the waiting room", false },
	{ "gave my cat to my aunt, feels peaceful now", true },
	{ "who gets which of my things goes to whom is sorted", true },
	{ "the letters are on my desk for when they find me", true },
	{ "thinking of topping myself", true },
	{ "i could just end it tonight", true },
	{ "i used to think about ending it all, not anymore", false },
	{ "my boyfriend's phone is off and he left a note saying sorry", true },
	{ "i will kill my brother if he eats my fries again", false },
	{ "my phone is about to die, call me back", false },
	{ "felt like death warmed over after the flu", false },
	{ "last week i nearly passed out from the heat", false },
	{ "i had chest pain at my last visit but it went away, should i "
	    "tell the nurse", false },
	{ "ik wil niet meer leven", true },
	{ "ojala no despertar nunca", true },
	{ "everyone is better off w/o me", true },
	/* tune14.tsv, tune15.tsv: means bought, affairs, fragments. */
	{ "got charcoal and tape today, you know what for", true },
	{ "i know what it is for and so do you", true },
	{ "checked when the last train passes the crossing", true },
	{ "drove to a motel so no one finds me", true },
	{ "brought all my sleeping pills along", true },
	{ "been sitting here holding the razor", true },
	{ "which of my pills is the most lethal", true },
	{ "my plan is to take my mom's pills and not come back", true },
	{ "the kids' letters are written and sealed", true },
	{ "not that it matters any more, but is parking free", true },
	{ "gave myself till friday", true },
	{ "made a spreadsheet of who gets what", true },
	{ "going to see my brother one last time", true },
	{ "it is better this way, trust me", true },
	{ "we are giving away all my old toys because we are moving", false },
	{ "i would not care if i crashed on the way home", true },
	{ "my dad does not recognize me since the infusion", true },
	{ "my brother is slumped over in his chair and won't wake", true },
	{ "my 6 year old swallowed my xanax", true },
	{ "someone next door is beating his girlfriend right now", true },
	{ "my chest is crushing and my arm is numb", true },
	{ "i keep passing out since i got home", true },
	{ "can not remember where i live and i am scared", true },
	{ "can't anymore", true },
	{ "it's all too much tonight", true },
	{ "help me please", true },
	{ "help", false },
	{ "i need to bleed", true },
	{ "there is a gun safe in our house, is that a problem", false },
	{ "have the bottle open now", true },
	{ "all my meds are lined up", true },
	{ "i'm scared of what i might do", true },
	{ "how many tylenol would be too many", true },
	{ "i'll jump off the bridge", true },
	{ "a friend said ketamine made them want to jump off a roof, true?",
	    false },
	{ "i have a plan", true },
	{ "is the 14th floor balcony view nice at your clinic?", false },
	{ "what's the tallest bridge in town", true },
	{ "my toddler drank my methadone", true },
	{ "i'm dead lol my dog just sneezed on me", false },
	{ "is this stuff going to kill me? asking for real", false },
	{ "worried about overdosing if i take it with my meds", false },
	{ "my sister overdosed last summer and she is fine now", false },
	{ "i'd rather die than sit through that meeting", false },
	{ "i'd rather die than keep living like this", true },
	{ "ill be dead before my next appointment", true },
	/* tune16.tsv, tune17.tsv: one person's voice. */
	{ "i just want to stop being here", true },
	{ "swallowed the whole month of them at once", true },
	{ "how many would it take to just not wake up", true },
	{ "the rope is hung up in the garage", true },
	{ "my rifle is loaded and it is on the bed", true },
	{ "tomorrow is the day of my first infusion, so excited", false },
	{ "i'm parked at the old bridge and can't stop crying", true },
	{ "my breathing is getting slow and i used again", true },
	{ "i keep thinking about drinking it, the weedkiller", true },
	{ "i'm going to inject all of it tonight", true },
	{ "i keep picturing shaking the baby", true },
	{ "my mate had a seizure? no, he is now seizing on the floor", true },
	{ "i can't rouse him, he took his pills", true },
	{ "i'm waiting outside her house with a knife", true },
	{ "he is threatening to kill me", true },
	{ "i have a plan and the stuff to do it", true },
	{ "i tried to end my life in 2012 and have been well since", false },
	{ "we should call 911 if what happens? asking ahead", false },
	{ "nearly killed myself laughing at that movie", false },
	{ "gun to my head i could not choose between the two", false },
	{ "back in 2016 i put a gun to my head, stable now", false },
	{ "i was in a k hole once and felt like i was dead", false },
	/* tune18.tsv: a calm tone, logistics, others told calmly. */
	{ "after friday none of it will matter to me", true },
	{ "thank you all for trying with me", true },
	{ "how many of these would be enough", true },
	{ "pulled over by the river again tonight", true },
	{ "i won't be here", true },
	{ "please don't send me a hotline number", true },
	{ "this is the last time you will hear from me", true },
	{ "this is the last time you'll hear from me before my consult, see you",
	    false },
	{ "he's standing on the wrong side of the railing", true },
	{ "she turned off her location and won't answer", true },
	{ "my husband doesn't know who i am since the infusion", true },
	{ "my boy drank something from under the sink", true },
	{ "my son took his meds twice but poison control said he is fine",
	    false },
	{ "my therapist asks me to track my suicidal thoughts, they are zero",
	    false },
	{ "what's the cancellation fee if i'm dead sick with flu", false },
	{ "i'm writing letters to my future self for therapy", false },
	/* tune19.tsv: letters one by one, emoji, lyrics, prayers, games. */
	{ "i   w a n t   t o   d i e", true },
	{ "why am i still alive", true },
	{ "🌉", true },
	{ "💊 tonight", true },
	{ "forgive me for what i'm going to do", true },
	{ "my time is up, the voices say tonight", true },
	{ "i've stopped kicking, letting the water win", true },
	{ "the darkness won", true },
	{ "respawn disabled for me", true },
	{ "alt+f4 on life", true },
	{ "before it's fatal, how many benadryl", true },
	{ "knife is under my pillow", true },
	{ "i wanted to die for years, now i want to live", false },
	{ "my husband is a medic and sees overdoses at work", false },
	/* tune20.tsv: older voices, carers, English as a second language. */
	{ "the good Lord will understand if I go home a bit early", true },
	{ "it is time I went to Jesus myself", true },
	{ "I have begun to make my final arrangements", true },
	{ "there is nothing left for me here anymore", true },
	{ "I am figuring out how many sleeping pills it would take", true },
	{ "my dad's old pistol is on my lap", true },
	{ "nan has taken a handful of extra of her heart tablets", true },
	{ "my roommate locked himself in with all his oxycodone", true },
	{ "she took her entire month's pill box in one go", true },
	{ "I want take away my life", true },
	{ "I think to finish with everything this night", true },
	{ "my brother drank poison for rats", true },
	{ "the baby is making convulsion", true },
	{ "I have no more forces to live", true },
	{ "je pense au suicide", true },
	{ "heute Nacht mache ich Schluss, ich will Schluss machen", true },
	{ "I have begun to make arrangements for a ride home", false },
	{ "my lawyer and I updated my will, now what about my mood", false },
	{ "overdosed on pills years ago, pills now I'm fine with", false },
	{ "I'm a nursing student, my paper is on suicide prevention",
	    false },
	{ "someone will feed my cat while I'm at the infusion", false },
	{ "how many sessions would it take", false },
	/* A lethal amount asked, not a number of treatments. */
	{ "how many infusions does it take to feel better", false },
	{ "how many weeks would it take to work", false },
	{ "how many doses would it take before i notice", false },
	{ "how many doses of insulin would it take", true },
	{ "how many would it take", true },
	{ "how many of my tablets would it take", true },
	{ "how much ketamine does it take to work", false },
	{ "i am scared i will not wake up from the anesthesia", false },
	{ "my son will not wake up", true },
	{ "i am going to jump on the chance to book", false },
	{ "i am going to jump off the roof", true },
	/* tune22.tsv: patients part-way through a series, and families. */
	{ "honestly I am a danger to myself tonight", true },
	{ "been looking up ways to end it all since the booster", true },
	{ "if the fourth infusion fails i am done, that is it", true },
	{ "I'd like to take myself out of the picture", true },
	{ "planning to go to the tracks after my last session", true },
	{ "gonna steer into a tree on the drive home", true },
	{ "his heart is pounding at 170 since the infusion", true },
	{ "she is talking to people who are not there and grabbed a knife",
	    true },
	{ "the voices tell me to hurt my daughter", true },
	{ "going to make them all pay at school", true },
	{ "she texted sorry for everything and her phone is off", true },
	{ "er hat gesagt, er will von der Brucke springen", true },
	/* tune21.tsv: false alarms on ordinary questions, and neighbours. */
	{ "can i take advil or is that too much on top of the ketamine",
	    false },
	{ "if something goes wrong do you call 911", false },
	{ "i have a cut on my arm from the cat, is the iv ok there", false },
	{ "will the pain be gone forever", false },
	{ "bye forever jk, see you tomorrow", false },
	{ "best way to kill ants in the kitchen", false },
	{ "I used to be suicidal every day before ketamine", false },
	{ "help me write a goodbye card for a nurse who is retiring", false },
	{ "a knife against my wrist right now", true },
	{ "wrote notes to my family just in case", true },
	{ "i wish i hadn't woken up this morning", true },
	{ "i want him dead, i put bleach in his coffee", true },
	/* tune24.tsv: false alarms, second round, and their neighbours. */
	{ "we did a suicide prevention workshop at school, how does it work",
	    false },
	{ "scared he will disappear and never come back to himself", false },
	{ "my mom will kill me if i skip therapy", false },
	{ "my sourdough starter died, i kill every plant too", false },
	{ "I'm dead on my feet after a double shift", false },
	{ "my overdose from 2014 is in my records, who can see it", false },
	{ "the thoughts have been nonstop this week, asking for me", true },
	{ "both my dogs died and now it is my turn", true },
	{ "wie viele Tabletten sind tödlich", true },
	{ "j'ai une douleur dans la poitrine depuis la perfusion", true },
	/* The net reads each sentence that is a statement. */
	{ "How much is an infusion? I keep picturing my own death.", true },
	{ "how much is an infusion? could i die from it?", false },
	/* intent-grammar and thoughts-grammar (a generated grid). */
	{ "honestly i need to end it after my last session", true },
	{ "i would rather stop living", true },
	{ "im planning on not waking up this weekend", true },
	{ "i am ready to leave this world", true },
	{ "i want to be gone tomorrow", true },
	{ "i plan to overdose tonight", true },
	{ "i am planning to die before my next infusion", true },
	{ "i keep having thoughts of ending it", true },
	{ "the thoughts of dying will not stop", true },
	{ "i am thinking of taking all my pills", true },
	{ "do you take insurance? i am thinking of taking all my pills after "
	    "my session", true },
	{ "there is no reason for me to live", true },
	{ "i need to end things with my boyfriend first", false },
	{ "i want to stop living in the past", false },
	{ "i want to be gone for a week on holiday, can i pause my sessions",
	    false },
	{ "we should end it here, thanks for the help", false },
	{ "how to stop breathing so fast when i panic", false },
	{ "i need to end the session early if i feel sick", false },
	{ "i am thinking of taking all my meds with me to the session", false },
	{ "can ketamine help with thoughts of suicide", false },
	{ "my phone is about to die, what is your address", false },
	{ "my sister plans to stop living", true },
	{ "my husband has blue lips after the infusion", true },
	{ "my mom is turning grey since the session", true },
	{ "he is gasping", true },
	{ "my dad is really pale and cold and not answering", true },
	{ "she is confused and can not stand up after her spravato dose",
	    true },
	{ "i am standing on the overpass", true },
	{ "i am looking down from the roof", true },
	{ "i am on the edge", true },
	{ "my hair is turning grey, is that a side effect", false },
	{ "i was gasping at the price of the infusions", false },
	{ "what if he has blue lips after the infusion", false },
	{ "my daughter has trouble breathing with asthma, can she have "
	    "ketamine", false },
	{ "she needs to stop living with her parents", false },
	/* "place" reads a position, not an idiom of one. */
	{ "i am on the edge of my seat waiting for the results", false },
	{ "i am at the top of the waitlist, when is my consult", false },
	/* Look-alikes from the grid's safe part; their crisis neighbours. */
	{ "i wrote a letter to my insurance", false },
	{ "i wrote letters to my kids", true },
	{ "my pills are in my bag for the session", false },
	{ "the pills are in my bag for tonight", true },
	{ "my husband is choking up when he talks about it", false },
	{ "i want to disappear under a blanket", false },
	{ "i want to disappear", true },
	{ "i would kill to sleep in", false },
	{ "my lips are blue from the popsicle", false },
	{ "my lips are blue", true },
	{ "i am turning grey early", false },
	{ "i am turning blue", true },
	{ "standing at the top of the stairs tonight thinking how easy it "
	    "would be to let go", true },
	{ "what amount of my sleeping pills is lethal", true },
	{ "how much insulin to end it", true },
	{ "i took double my dose on purpose", true },
	{ "i am going to run my ex over", true },
	{ "i took double my dose by mistake, should i skip tomorrow", false },
	{ "i want to run my questions over with the doctor", false },
	{ "you will not hear from me again", true },
	{ "by the time you read this i will be gone", true },
	{ "cancel all my appointments because i wont be around", true },
	{ "i visited everyone one last time", true },
	{ "i paid off my debts so nobody is stuck with them", true },
	{ "i wont be around next week, so cancel my session", false },
	{ "we visited everyone one last time before moving to spain", false },
	{ "if ketamine does not work i am done", true },
	{ "if this last round fails, that is it for me", true },
	{ "i do not see any reason to stay", true },
	{ "if the infusions fail i will be gone to my sisters for the summer",
	    false },
	{ "if insurance denies me i am out of pocket, how much is it", false },
	{ "i think to finish my life", true },
	{ "i have no more force to live", true },
	{ "the life has no more taste for me", true },
	{ "i want to be with my husband in the heaven", true },
	{ "i am tired of the life in the city", false },
	{ "the life has no more taste since covid, i lost my smell", false },
	{ "i want to join my husband in florida after the session", false },
	/* A fear softens only as a worry about what may come. */
	{ "my son is not breathing, i am scared", true },
	{ "my brother is drunk and has a gun i am scared", true },
	{ "i am scared i will stop breathing during the infusion", false },
	{ "i was so nervous i thought i would die", false },
	/* ...and only when the question comes before what it softens. */
	{ "my husband is not breathing after the infusion, is it normal?",
	    true },
	{ "my son collapsed, what do you do if someone collapses", true },
	{ "what if my husband stops breathing after the infusion", false },
	{ "i felt like i was dying during my infusion, is it normal?", false },
	/* poison-grammar */
	{ "my toddler drank some of the cleaning stuff", true },
	{ "the baby ate a battery", true },
	{ "i can not stop vomiting since my session", true },
	{ "they gave me a battery of tests at intake", false },
	{ "my face is numb from the dentist, can i still come in", false },
};

/* Questions about a frightening topic are not a crisis. */
static void
test_not_crisis(void **state)
{
	(void)state;
	expect_crisis(kb, "what does research say about ketamine and "
	    "suicidal thinking?", false);
	expect_crisis(kb, "could a family history of suicide matter?", false);
	expect_crisis(kb, "what happens if the infusion dose is too high?",
	    false);
	expect_crisis(kb, "the drive to your clinic kills me, is there "
	    "parking?", false);
	/* "he" inside "the" is not a person not responding. */
	expect_crisis(kb, "the line on your phone is not moving, is anyone "
	    "there?", false);
	expect_crisis(kb, "my husband is not responding after his "
	    "infusion", true);
	for (size_t i = 0; i < sizeof(crisis_lookalikes) /
	    sizeof(crisis_lookalikes[0]); i++)
		expect_crisis(kb, crisis_lookalikes[i].text,
		    crisis_lookalikes[i].crisis);
	/* ...and are answered, not refused. */
	expect_entry("what does research say about ketamine and suicidal "
	    "thinking?", "suicidal-thoughts");
	expect_entry("the drive to your clinic kills me, is there parking?",
	    "parking");
}

/* An answer touching on suicide carries the crisis note; others do not. */
static void
test_crisis_note(void **state)
{
	struct match_result r;

	(void)state;
	/* suicidal-thoughts has no "crisis-note: yes": the topic adds it. */
	ask("what does research say about ketamine and suicidal thinking?",
	    &r);
	assert_string_equal(answered(&r), "suicidal-thoughts");
	assert_int_equal(count(r.answer, "FIXTURE-NOTE"), 1);
	match_result_finish(&r);

	ask("could a family history of suicide matter?", &r);
	assert_int_not_equal(r.kind, MATCH_CRISIS);
	assert_int_equal(count(r.answer, "FIXTURE-NOTE"), 1);
	match_result_finish(&r);

	/* Danger words that no rule reads as a crisis still get the note. */
	ask("my grandma is in heaven now and the bridge near her house is "
	    "where we met", &r);
	assert_int_not_equal(r.kind, MATCH_CRISIS);
	assert_true(r.noted);
	assert_int_equal(count(r.answer, "FIXTURE-NOTE"), 1);
	match_result_finish(&r);

	ask("what is ketamine", &r);
	assert_false(r.noted);
	assert_null(strstr(r.answer, "FIXTURE-NOTE"));
	match_result_finish(&r);
}

/* In a conversation, "2" after "did you mean" picks the 2nd suggestion. */
static void
test_context_pick(void **state)
{
	struct match_ctx ctx;
	struct match_result r1, r2;
	const struct kb_entry *want;

	(void)state;
	memset(&ctx, 0, sizeof(ctx));
	assert_int_equal(match_ask(kb, &ctx, "nausea cost", 11, &r1, NULL),
	    0);
	assert_true(r1.unsure);
	assert_true(r1.nsuggest >= 2);
	want = r1.suggest[1];
	assert_int_equal(ctx.nsugg, r1.nsuggest);
	assert_string_equal(ctx.sugg[1], kb_entry_id(want));

	assert_int_equal(match_ask(kb, &ctx, "2", 1, &r2, NULL), 0);
	assert_int_equal(r2.kind, MATCH_ANSWER);
	assert_ptr_equal(r2.entry, want);
	assert_true(r2.score == 1.0);
	assert_string_equal(ctx.last, kb_entry_id(want));
	assert_int_equal(ctx.turns, 2);
	match_result_finish(&r1);
	match_result_finish(&r2);

	/* "the first one" works too, on a new "did you mean". */
	assert_int_equal(match_ask(kb, &ctx, "nausea cost", 11, &r1, NULL),
	    0);
	want = r1.suggest[0];
	assert_int_equal(match_ask(kb, &ctx, "the first one", 13, &r2, NULL),
	    0);
	assert_ptr_equal(r2.entry, want);
	match_result_finish(&r1);
	match_result_finish(&r2);
}

/* Without a conversation, or past the list, "2" picks nothing. */
static void
test_context_pick_none(void **state)
{
	struct match_ctx ctx;
	struct match_result r;

	(void)state;
	ask("2", &r);
	assert_int_equal(r.kind, MATCH_FALLBACK);
	match_result_finish(&r);

	memset(&ctx, 0, sizeof(ctx));
	assert_int_equal(match_ask(kb, &ctx, "nausea cost", 11, &r, NULL), 0);
	match_result_finish(&r);
	assert_int_equal(match_ask(kb, &ctx, "9", 1, &r, NULL), 0);
	assert_int_equal(r.kind, MATCH_FALLBACK);
	match_result_finish(&r);
}

/*
 * A word the knowledge has never seen is not a follow-up of the previous
 * topic: "quokka" after a question about parking is not about parking.
 * A short message that points back ("and how much is that?") still is.
 */
static void
test_context_unknown_not_followup(void **state)
{
	struct match_ctx ctx;
	struct match_result r;

	(void)state;
	memset(&ctx, 0, sizeof(ctx));
	assert_int_equal(match_ask(kb, &ctx, "is there parking", 16, &r,
	    NULL), 0);
	assert_string_equal(answered(&r), "parking");
	match_result_finish(&r);
	assert_int_equal(match_ask(kb, &ctx, "quokka", 6, &r, NULL), 0);
	assert_string_equal(answered(&r), "(fallback)");
	match_result_finish(&r);
	assert_int_equal(match_ask(kb, &ctx, "tell me about the quokka", 24,
	    &r, NULL), 0);
	assert_string_equal(answered(&r), "(fallback)");
	match_result_finish(&r);
}

/* A crisis clears the conversation's topic. */
static void
test_context_crisis(void **state)
{
	struct match_ctx ctx;
	struct match_result r;

	(void)state;
	memset(&ctx, 0, sizeof(ctx));
	assert_int_equal(match_ask(kb, &ctx, "is there parking", 16, &r,
	    NULL), 0);
	assert_string_equal(ctx.last, "parking");
	match_result_finish(&r);
	assert_int_equal(match_ask(kb, &ctx, "i want to kill myself", 21, &r,
	    NULL), 0);
	assert_int_equal(r.kind, MATCH_CRISIS);
	assert_string_equal(ctx.last, "");
	assert_int_equal(ctx.nsugg, 0);
	match_result_finish(&r);
}

/* The disclaimer comes with the first answer of a conversation, once. */
static void
test_disclaimer_once(void **state)
{
	struct match_ctx ctx;
	struct match_result r;

	(void)state;
	memset(&ctx, 0, sizeof(ctx));
	/* Small talk neither carries it nor uses it up. */
	assert_int_equal(match_ask(kb, &ctx, "hi", 2, &r, NULL), 0);
	assert_int_equal(count(r.answer, "FIXTURE-DISCLAIMER"), 0);
	assert_false(ctx.disclaimed);
	match_result_finish(&r);

	assert_int_equal(match_ask(kb, &ctx, "what is ketamine", 16, &r,
	    NULL), 0);
	assert_int_equal(r.kind, MATCH_ANSWER);
	assert_int_equal(count(r.answer, "FIXTURE-DISCLAIMER"), 1);
	assert_true(ctx.disclaimed);
	match_result_finish(&r);

	for (int i = 0; i < 3; i++) {
		assert_int_equal(match_ask(kb, &ctx, "is there parking", 16,
		    &r, NULL), 0);
		assert_int_equal(r.kind, MATCH_ANSWER);
		assert_int_equal(count(r.answer, "FIXTURE-DISCLAIMER"), 0);
		match_result_finish(&r);
	}

	/* Without a conversation, every answer carries it. */
	for (int i = 0; i < 2; i++) {
		ask("is there parking", &r);
		assert_int_equal(count(r.answer, "FIXTURE-DISCLAIMER"), 1);
		match_result_finish(&r);
	}
}

/* Invalid UTF-8 is refused: -1, and neither result nor context change. */
static void
test_invalid_utf8(void **state)
{
	struct match_result r, before;
	struct match_ctx ctx, cbefore;

	(void)state;
	memset(&r, 0xAB, sizeof(r));
	before = r;
	memset(&ctx, 0, sizeof(ctx));
	snprintf(ctx.last, sizeof(ctx.last), "cost");
	cbefore = ctx;
	assert_int_equal(match_ask(kb, &ctx, "what is k\xE9tamine", 16, &r,
	    NULL), -1);
	assert_int_equal(match_ask(kb, &ctx, "\xC3", 1, &r, NULL), -1);
	assert_int_equal(match_ask(kb, NULL, "kill myself\xFF", 12, &r, NULL),
	    -1);
	assert_memory_equal(&r, &before, sizeof(r));
	assert_memory_equal(&ctx, &cbefore, sizeof(ctx));
}

/* The length is honoured: bytes past len are not read. */
static void
test_length(void **state)
{
	struct match_result r;
	const char *q = "is there parking\xFF garbage";

	(void)state;
	assert_int_equal(match_ask(kb, NULL, q, 16, &r, NULL), 0);
	assert_string_equal(answered(&r), "parking");
	match_result_finish(&r);
}

/* --explain's reasons: the normalized text and the decision. */
static void
test_explain(void **state)
{
	struct match_result r;
	struct buf ex;

	(void)state;
	buf_init(&ex, 0);
	assert_int_equal(match_ask(kb, NULL, "What's KETAMINE?", 16, &r, &ex),
	    0);
	assert_non_null(strstr(buf_str(&ex), "normalized: what is ketamine\n"));
	assert_non_null(strstr(buf_str(&ex),
	    "decision: answer what-is-ketamine"));
	match_result_finish(&r);
	buf_reset(&ex);
	assert_int_equal(match_ask(kb, NULL, "i want to kill myself", 21, &r,
	    &ex), 0);
	assert_non_null(strstr(buf_str(&ex), "crisis: rule '"));
	assert_non_null(strstr(buf_str(&ex), "decision: crisis -"));
	match_result_finish(&r);
	buf_finish(&ex);
}

/* Two questions in one message are both answered. */
static void
test_two_questions(void **state)
{
	struct match_result r;
	const char *a, *b;

	(void)state;
	ask("What is ketamine? And is there parking?", &r);
	assert_int_equal(r.kind, MATCH_ANSWER);
	assert_non_null(r.second);
	a = kb_entry_id(r.entry);
	b = kb_entry_id(r.second);
	assert_true((strcmp(a, "what-is-ketamine") == 0 &&
	    strcmp(b, "parking") == 0) || (strcmp(a, "parking") == 0 &&
	    strcmp(b, "what-is-ketamine") == 0));
	assert_non_null(strstr(r.answer, kb_entry_answer(r.entry)));
	assert_non_null(strstr(r.answer, kb_entry_answer(r.second)));
	match_result_finish(&r);
}

/* match_pick answers an entry directly, as a pressed button does. */
static void
test_pick(void **state)
{
	struct match_ctx ctx;
	struct match_result r;
	const struct kb_entry *cost = kb_find(kb, "cost");

	(void)state;
	memset(&ctx, 0, sizeof(ctx));
	match_pick(kb, &ctx, cost, &r);
	assert_int_equal(r.kind, MATCH_ANSWER);
	assert_ptr_equal(r.entry, cost);
	assert_true(r.score == 1.0);
	assert_int_equal(r.nsuggest, 1);
	assert_string_equal(kb_entry_id(r.suggest[0]), "infusion-session");
	assert_int_equal(strncmp(r.answer, kb_entry_answer(cost),
	    strlen(kb_entry_answer(cost))), 0);
	assert_int_equal(count(r.answer, "FIXTURE-DISCLAIMER"), 1);
	assert_string_equal(ctx.last, "cost");
	assert_int_equal(ctx.nsugg, 1);
	match_result_finish(&r);

	/* The offered follow-up can be picked by number. */
	assert_int_equal(match_ask(kb, &ctx, "1", 1, &r, NULL), 0);
	assert_string_equal(answered(&r), "infusion-session");
	assert_int_equal(count(r.answer, "FIXTURE-DISCLAIMER"), 0);
	match_result_finish(&r);

	match_pick(kb, NULL, kb_find(kb, "greeting"), &r);
	assert_int_equal(r.kind, MATCH_SMALLTALK);
	match_result_finish(&r);
}

/* The greeting opens a conversation and carries the disclaimer itself. */
static void
test_greeting(void **state)
{
	struct match_ctx ctx;
	struct match_result r;

	(void)state;
	memset(&ctx, 0, sizeof(ctx));
	match_greeting(kb, &ctx, &r);
	assert_int_equal(r.kind, MATCH_SMALLTALK);
	assert_string_equal(r.answer, kb_text(kb, KB_TEXT_GREETING));
	assert_string_equal(r.answer, "Hello from Fixture Clinic! Ask me "
	    "about ketamine infusions.");
	assert_ptr_equal(r.entry, kb_find(kb, "greeting"));
	assert_int_equal(r.nsuggest, 2);
	assert_string_equal(kb_entry_id(r.suggest[0]), "what-is-ketamine");
	assert_string_equal(kb_entry_id(r.suggest[1]), "cost");
	assert_true(ctx.disclaimed);
	match_result_finish(&r);

	/* "2" picks the greeting's second offer, with no new disclaimer. */
	assert_int_equal(match_ask(kb, &ctx, "2", 1, &r, NULL), 0);
	assert_string_equal(answered(&r), "cost");
	assert_int_equal(count(r.answer, "FIXTURE-DISCLAIMER"), 0);
	match_result_finish(&r);

	match_greeting(kb, NULL, &r);
	assert_string_equal(r.answer, kb_text(kb, KB_TEXT_GREETING));
	match_result_finish(&r);
}

static void
test_kind_names(void **state)
{
	(void)state;
	assert_string_equal(match_kind_name(MATCH_ANSWER), "answer");
	assert_string_equal(match_kind_name(MATCH_SMALLTALK), "smalltalk");
	assert_string_equal(match_kind_name(MATCH_FALLBACK), "fallback");
	assert_string_equal(match_kind_name(MATCH_CRISIS), "crisis");
}

/* Questions for the threads: answers, typos, small talk, crisis... */
static const char *thread_qs[] = {
	"what is ketamine", "how much does it cost", "infusoin",
	"any bad reactions?", "nausea cost", "i want to kill myself",
	"hello there", "what is the weather in paris", "is it pricey",
	"what does research say about ketamine and suicidal thinking?",
	"is the parking out of pocket", "What is ketamine? And is there "
	"parking?",
};
#define NQ (sizeof(thread_qs) / sizeof(thread_qs[0]))
#define THREADS 4
#define ROUNDS 500

struct expect {
	enum match_kind	 kind;
	const struct kb_entry *entry;
	char		*answer;
};

static struct expect expected[NQ];

struct worker {
	int	 id;
	int	 mismatches;
};

/* Ask the questions in a thread-specific order, ROUNDS times. */
static void *
worker_run(void *arg)
{
	struct worker *w = arg;

	for (int i = 0; i < ROUNDS; i++) {
		size_t k = ((size_t)i * 7 + (size_t)w->id * 3) % NQ;
		const char *q = thread_qs[k];
		struct match_result r;

		if (match_ask(kb, NULL, q, strlen(q), &r, NULL) != 0 ||
		    r.kind != expected[k].kind ||
		    r.entry != expected[k].entry ||
		    strcmp(r.answer, expected[k].answer) != 0)
			w->mismatches++;
		match_result_finish(&r);
	}
	return NULL;
}

/* Four threads on one knowledge base answer as one thread does. */
static void
test_threads(void **state)
{
	pthread_t th[THREADS];
	struct worker w[THREADS];

	(void)state;
	for (size_t k = 0; k < NQ; k++) {
		struct match_result r;

		ask(thread_qs[k], &r);
		expected[k].kind = r.kind;
		expected[k].entry = r.entry;
		expected[k].answer = r.answer;	/* keep it */
	}
	for (int i = 0; i < THREADS; i++) {
		w[i] = (struct worker){ .id = i };
		assert_int_equal(pthread_create(&th[i], NULL, worker_run,
		    &w[i]), 0);
	}
	for (int i = 0; i < THREADS; i++) {
		assert_int_equal(pthread_join(th[i], NULL), 0);
		assert_int_equal(w[i].mismatches, 0);
	}
	for (size_t k = 0; k < NQ; k++)
		free(expected[k].answer);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_examples),
		cmocka_unit_test(test_paraphrases),
		cmocka_unit_test(test_answer_fields),
		cmocka_unit_test(test_typos),
		cmocka_unit_test(test_no_typo_short_words),
		cmocka_unit_test(test_synonyms),
		cmocka_unit_test(test_pattern),
		cmocka_unit_test(test_out_of_scope),
		cmocka_unit_test(test_ambiguous),
		cmocka_unit_test(test_smalltalk),
		cmocka_unit_test(test_fixture_has_no_crisis_section),
		cmocka_unit_test(test_crisis_precedence),
		cmocka_unit_test(test_crisis_sentence_scope),
		cmocka_unit_test(test_crisis_phrase_from_knowledge),
		cmocka_unit_test(test_pattern_tie),
		cmocka_unit_test(test_crisis_typo_despite_knowledge),
		cmocka_unit_test(test_not_crisis),
		cmocka_unit_test(test_crisis_note),
		cmocka_unit_test(test_context_pick),
		cmocka_unit_test(test_context_pick_none),
		cmocka_unit_test(test_context_unknown_not_followup),
		cmocka_unit_test(test_context_crisis),
		cmocka_unit_test(test_disclaimer_once),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_length),
		cmocka_unit_test(test_explain),
		cmocka_unit_test(test_two_questions),
		cmocka_unit_test(test_pick),
		cmocka_unit_test(test_greeting),
		cmocka_unit_test(test_kind_names),
		cmocka_unit_test(test_threads),
	};

	return cmocka_run_group_tests_name("match", tests, group_setup,
	    group_teardown);
}
