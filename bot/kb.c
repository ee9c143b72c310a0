/*
 * Loading and checking a knowledge base as a whole: read the file or the
 * directory's .kb files, parse them, then check what only the whole can
 * tell (duplicate ids, related ids, variables, patterns, lengths) and build
 * the crisis detector and the search index. Either everything is right and
 * a ready knowledge base comes back, or nothing does.
 */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "crisis.h"
#include "index.h"
#include "elsewhere.h"
#include "kb_impl.h"
#include "prefilter.h"
#include "strmap.h"
#include "xmalloc.h"

/* A knowledge file larger than this is surely a mistake. */
#define KB_FILE_MAX	(16u * 1024 * 1024)

/* Used when the knowledge files leave a text out. */
static const char *kb_default_texts[KB_TEXT_COUNT] = {
	[KB_TEXT_GREETING] = "Hello! I can answer common questions about "
	    "ketamine treatment. This is general information, not medical "
	    "advice. In an emergency, call 911, or call or text 988.",
	[KB_TEXT_FALLBACK] = "I'm sorry, I don't have an answer to that. "
	    "Please contact the clinic to talk with a person. In an "
	    "emergency, call 911, or call or text 988.",
	[KB_TEXT_CRISIS] = "I'm really glad you reached out. If you are in "
	    "danger or might act on thoughts of suicide, call 911 now or go "
	    "to the nearest emergency room. You can call or text 988 "
	    "(Suicide & Crisis Lifeline, 24/7) or text HOME to 741741. For a "
	    "possible overdose or poisoning, call Poison Control at "
	    "1-800-222-1222. Outside the US, call your local emergency "
	    "number. This chat is not watched in real time.",
	[KB_TEXT_DISCLAIMER] = "(General information, not medical advice.)",
	[KB_TEXT_DID_YOU_MEAN] = "I'm not sure I understood. Did you mean:",
	[KB_TEXT_CRISIS_NOTE] = "If you are having thoughts of suicide, call "
	    "or text 988 (24/7), or call 911.",
	[KB_TEXT_ALERTED] = "I have let the clinic's staff know about this "
	    "conversation. They are not watching this chat live, so if you "
	    "need help now, please use the numbers above.",
};

/* Append a copy of s to a string vector. */
void
kb__strv_push(char ***v, size_t *n, const char *s)
{
	*v = xreallocarray(*v, *n + 1, sizeof(**v));
	(*v)[(*n)++] = xstrdup(s);
}

static pthread_key_t kb_md_key;
static pthread_once_t kb_md_once = PTHREAD_ONCE_INIT;

/* Thread exit: free that thread's match data. */
static void
kb_md_destroy(void *p)
{
	pcre2_match_data_free(p);
}

/* Create the key once per process. */
static void
kb_md_init(void)
{
	pthread_key_create(&kb_md_key, kb_md_destroy);
}

/*
 * This thread's match data of one pair, for the regexes of any knowledge
 * (the crisis rules, their markers and topic, the patterns), borrowed:
 * it lives with the thread. One, made once, instead of one made and freed
 * for every check of every message; a caller reads it before the next
 * match.
 */
pcre2_match_data *
kb__match_data(void)
{
	pcre2_match_data *md;

	pthread_once(&kb_md_once, kb_md_init);
	md = pthread_getspecific(kb_md_key);
	if (md != NULL)
		return md;
	md = pcre2_match_data_create(1, NULL);
	if (md == NULL)
		xoom("pcre2 match data");
	pthread_setspecific(kb_md_key, md);
	return md;
}

/* Free a string vector. */
static void
kb_strv_free(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Add an empty entry; the parser fills it in. */
struct kb_entry *
kb__entry_add(struct kb *kb, const char *id, const char *file, int line)
{
	struct kb_entry *e;

	kb->entries = xreallocarray(kb->entries, kb->nentries + 1,
	    sizeof(*kb->entries));
	e = &kb->entries[kb->nentries];
	memset(e, 0, sizeof(*e));
	e->id = xstrdup(id);
	e->index = kb->nentries++;
	e->file = (char *)file;
	e->line = line;
	return e;
}

/* Free one entry's contents. */
static void
kb_entry_finish(struct kb_entry *e)
{
	free(e->id);
	free(e->title);
	free(e->answer);
	kb_strv_free(e->examples, e->nexamples);
	free(e->example_lines);
	kb_strv_free(e->pattern_src, e->npatterns);
	free(e->pattern_lines);
	for (size_t i = 0; i < e->npatterns && e->patterns != NULL; i++)
		pcre2_code_free(e->patterns[i]);
	free(e->patterns);
	kb_strv_free(e->keywords, e->nkeywords);
	kb_strv_free(e->related, e->nrelated);
	free(e->related_idx);
}

/* Free everything; only kb_unref calls this. */
static void
kb_free(struct kb *kb)
{
	for (size_t i = 0; i < kb->nentries; i++)
		kb_entry_finish(&kb->entries[i]);
	free(kb->entries);
	for (size_t i = 0; i < kb->nvars; i++) {
		free(kb->vars[i].name);
		free(kb->vars[i].value);
	}
	free(kb->vars);
	for (size_t i = 0; i < kb->nsyns; i++) {
		free(kb->syns[i].from);
		free(kb->syns[i].to);
	}
	free(kb->syns);
	for (int i = 0; i < KB_TEXT_COUNT; i++)
		free(kb->texts[i]);
	for (size_t i = 0; i < kb->ncrisis_src; i++)
		free(kb->crisis_src[i].regex);
	free(kb->crisis_src);
	strmap_free(kb->ids);
	pcre2_match_context_free(kb->mctx);
	crisis_free(kb->crisis);
	elsewhere_free(kb->elsewhere);
	free(kb->pats);
	free(kb->pat_entry);
	prefilter_free(kb->pats_pf);
	index_free(kb->index);
	kb_strv_free(kb->files, kb->nfiles);
	free(kb->path);
	free(kb->version);
	free(kb);
}

/* Take another reference. */
void
kb_ref(struct kb *kb)
{
	__atomic_add_fetch(&kb->refs, 1, __ATOMIC_ACQ_REL);
}

/* Drop a reference; the last one frees. Accepts NULL. */
void
kb_unref(struct kb *kb)
{
	if (kb == NULL)
		return;
	if (__atomic_sub_fetch(&kb->refs, 1, __ATOMIC_ACQ_REL) == 0)
		kb_free(kb);
}

/* Read a whole file into memory; NULL (with a diagnostic) on failure. */
static char *
kb_read_file(const char *path, size_t *len, struct diag *d)
{
	FILE *fp = fopen(path, "rb");
	struct buf b;
	char chunk[8192];
	size_t n;

	if (fp == NULL) {
		diag_add(d, path, 0, "cannot open: %s", strerror(errno));
		return NULL;
	}
	buf_init(&b, KB_FILE_MAX);
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0) {
		if (!buf_append(&b, chunk, n)) {
			diag_add(d, path, 0, "file larger than %u bytes",
			    KB_FILE_MAX);
			break;
		}
	}
	if (ferror(fp))
		diag_add(d, path, 0, "read error: %s", strerror(errno));
	fclose(fp);
	if (b.toobig) {
		buf_finish(&b);
		return NULL;
	}
	*len = b.len;
	return buf_steal(&b);
}

/* Only *.kb files are knowledge; README.md and the rest are not. */
static int
kb_dir_filter(const struct dirent *de)
{
	size_t n = strlen(de->d_name);

	return de->d_name[0] != '.' && n > 3 &&
	    strcmp(de->d_name + n - 3, ".kb") == 0;
}

/* The list of files to read for path, in name order. */
static void
kb_list_files(struct kb *kb, const char *path, struct diag *d)
{
	struct dirent **names = NULL;
	struct stat st;
	int n;

	if (stat(path, &st) == -1) {
		diag_add(d, path, 0, "cannot read knowledge: %s",
		    strerror(errno));
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		kb__strv_push(&kb->files, &kb->nfiles, path);
		return;
	}
	n = scandir(path, &names, kb_dir_filter, alphasort);
	if (n < 0) {
		diag_add(d, path, 0, "cannot list directory: %s",
		    strerror(errno));
		return;
	}
	for (int i = 0; i < n; i++) {
		char *f;

		xasprintf(&f, "%s/%s", path, names[i]->d_name);
		kb__strv_push(&kb->files, &kb->nfiles, f);
		free(f);
		free(names[i]);
	}
	free(names);
	if (n == 0)
		diag_add(d, path, 0, "no .kb files in this directory");
}

/* FNV-1a over the bytes, to name a version of the knowledge. */
static uint64_t
kb_hash(uint64_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ull;
	}
	return h;
}

/* Read and parse every file; sets kb->version from their contents. */
static void
kb_read_all(struct kb *kb, struct diag *d)
{
	uint64_t h = 14695981039346656037ull;

	for (size_t i = 0; i < kb->nfiles; i++) {
		size_t len = 0;
		char *text = kb_read_file(kb->files[i], &len, d);

		if (text == NULL)
			continue;
		h = kb_hash(h, text, len);
		kb__parse(kb, kb->files[i], text, len, d);
		free(text);
	}
	xasprintf(&kb->version, "%016llx", (unsigned long long)h);
}

/* The value of clinic variable name, or NULL. */
const char *
kb_var(const struct kb *kb, const char *name)
{
	for (size_t i = 0; i < kb->nvars; i++)
		if (strcmp(kb->vars[i].name, name) == 0)
			return kb->vars[i].value;
	return NULL;
}

/*
 * Replace {clinic.NAME} in *s with the variable's value. An undefined
 * name is reported at file:line and left as it was.
 */
static void
kb_fill(struct kb *kb, char **s, const char *file, int line, struct diag *d)
{
	static const char pre[] = "{clinic.";
	const char *p = *s, *open;
	struct buf b;

	if (p == NULL || strstr(p, pre) == NULL)
		return;
	buf_init(&b, 0);
	while ((open = strstr(p, pre)) != NULL) {
		const char *close = strchr(open, '}');
		const char *val = NULL;
		char *name;

		buf_append(&b, p, (size_t)(open - p));
		if (close == NULL) {
			diag_add(d, file, line, "'{clinic.' without a "
			    "closing '}'");
			p = open;
			break;
		}
		name = xstrndup(open + sizeof(pre) - 1,
		    (size_t)(close - open) - (sizeof(pre) - 1));
		val = kb_var(kb, name);
		if (val == NULL)
			diag_add(d, file, line, "undefined variable "
			    "'{clinic.%s}': define it in the [clinic] section",
			    name);
		buf_puts(&b, val != NULL ? val : "");
		free(name);
		p = close + 1;
	}
	buf_puts(&b, p);
	free(*s);
	*s = buf_steal(&b);
}

/* Compile one pattern; NULL with a diagnostic naming the offset. */
static pcre2_code *
kb_compile(const char *re, const char *file, int line, struct diag *d)
{
	pcre2_code *code;
	int err;
	PCRE2_SIZE off;

	code = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS,
	    &err, &off, NULL);
	if (code == NULL) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(err, msg, sizeof(msg));
		diag_add(d, file, line, "pattern error at offset %zu: %s",
		    (size_t)off, (char *)msg);
		return NULL;
	}
	(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	return code;
}

/* Check one entry on its own and resolve its related ids. */
static void
kb_check_entry(struct kb *kb, struct kb_entry *e, struct diag *d)
{
	int first;

	if (strmap_get(kb->ids, e->id, strlen(e->id), &first) &&
	    (size_t)first != e->index)
		diag_add(d, e->file, e->line, "duplicate id '%s' (first at "
		    "%s:%d)", e->id, kb->entries[first].file,
		    kb->entries[first].line);
	if (e->title == NULL || e->title[0] == '\0')
		diag_add(d, e->file, e->line, "entry '%s' has no title", e->id);
	if (e->answer == NULL || e->answer[0] == '\0')
		diag_add(d, e->file, e->line, "entry '%s' has no answer",
		    e->id);
	if (e->nexamples == 0)
		diag_add(d, e->file, e->line, "entry '%s' has no example",
		    e->id);
	e->related_idx = xcalloc(e->nrelated, sizeof(*e->related_idx));
	for (size_t i = 0; i < e->nrelated; i++) {
		int at;

		if (strmap_get(kb->ids, e->related[i], strlen(e->related[i]),
		    &at))
			e->related_idx[i] = (size_t)at;
		else
			diag_add(d, e->file, e->related_line, "related id '%s' "
			    "does not exist", e->related[i]);
	}
	e->patterns = xcalloc(e->npatterns, sizeof(*e->patterns));
	for (size_t i = 0; i < e->npatterns; i++)
		e->patterns[i] = kb_compile(e->pattern_src[i], e->file,
		    e->pattern_lines[i], d);
	kb_fill(kb, &e->answer, e->file, e->answer_line, d);
	if (e->answer != NULL && strlen(e->answer) > KB_ANSWER_MAX)
		diag_add(d, e->file, e->answer_line, "answer of '%s' is %zu "
		    "characters; the limit is %d: split it into related "
		    "entries", e->id, strlen(e->answer), KB_ANSWER_MAX);
}

/* Fill variables in the texts, supply defaults, check the crisis text. */
static void
kb_check_texts(struct kb *kb, struct diag *d)
{
	for (int i = 0; i < KB_TEXT_COUNT; i++) {
		if (kb->texts[i] == NULL)
			kb->texts[i] = xstrdup(kb_default_texts[i]);
		kb_fill(kb, &kb->texts[i], kb->text_files[i],
		    kb->text_lines[i], d);
	}
	if (strstr(kb->texts[KB_TEXT_CRISIS], "911") == NULL ||
	    strstr(kb->texts[KB_TEXT_CRISIS], "988") == NULL)
		diag_add(d, kb->text_files[KB_TEXT_CRISIS],
		    kb->text_lines[KB_TEXT_CRISIS], "the crisis text must "
		    "give 911 and 988");
}

/* Checks that need every file read. */
static void
kb_check_all(struct kb *kb, struct diag *d)
{
	kb->ids = strmap_new();
	for (size_t i = 0; i < kb->nentries; i++) {
		const char *id = kb->entries[i].id;

		if (!strmap_get(kb->ids, id, strlen(id), NULL))
			strmap_put(kb->ids, id, strlen(id), (int)i);
	}
	for (size_t i = 0; i < kb->nentries; i++)
		kb_check_entry(kb, &kb->entries[i], d);
	kb_check_texts(kb, d);
	if (kb->nentries == 0 && diag_count(d) == 0)
		diag_add(d, kb->path, 0, "no entries");
}

/*
 * List every entry's patterns in one array, with a prefilter, so that a
 * question runs only the patterns whose words it holds.
 */
static void
kb_index_patterns(struct kb *kb)
{
	kb->pats_pf = prefilter_new();
	for (size_t i = 0; i < kb->nentries; i++) {
		const struct kb_entry *e = &kb->entries[i];

		kb->pats = xreallocarray(kb->pats, kb->npats + e->npatterns + 1,
		    sizeof(*kb->pats));
		kb->pat_entry = xreallocarray(kb->pat_entry,
		    kb->npats + e->npatterns + 1, sizeof(*kb->pat_entry));
		for (size_t k = 0; k < e->npatterns; k++) {
			kb->pats[kb->npats] = e->patterns[k];
			kb->pat_entry[kb->npats++] = i;
			(void)prefilter_add(kb->pats_pf, e->pattern_src[k]);
		}
	}
	prefilter_build(kb->pats_pf);
}

/*
 * Load, check and index the knowledge at path (a file or a directory of
 * .kb files). Returns a knowledge base holding one reference, or NULL with
 * every problem added to d.
 */
struct kb *
kb_load(const char *path, struct diag *d)
{
	struct kb *kb = xcalloc(1, sizeof(*kb));
	size_t before = diag_count(d);

	kb->refs = 1;
	kb->path = xstrdup(path);
	kb_list_files(kb, path, d);
	kb_read_all(kb, d);
	kb_check_all(kb, d);
	kb->mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(kb->mctx, 100000);
	pcre2_set_depth_limit(kb->mctx, 1000);
	pcre2_set_heap_limit(kb->mctx, 1024);
	kb->crisis = crisis_new(kb->crisis_src, kb->ncrisis_src, d);
	if (diag_count(d) > before) {
		kb_unref(kb);
		return NULL;
	}
	kb_index_patterns(kb);
	/* One automaton for what reads every normalized question. */
	crisis_join(kb->crisis, kb->pats_pf);
	if (kb->elsewhere != NULL)
		elsewhere_build(kb->elsewhere);
	/* Only then can replacing synonyms bring a subject into a question. */
	for (size_t i = 0; i < kb->nsyns && kb->elsewhere != NULL; i++) {
		struct elsewhere_hit h = { NULL, false };

		elsewhere_find(kb->elsewhere, kb->syns[i].to, &h);
		kb->syn_topics = kb->syn_topics || h.topic != NULL;
	}
	kb->index = index_build(kb);
	crisis_vocabulary(kb->crisis, kb->index);
	return kb;
}

/*
 * Where the knowledge lives when --kb is not given: $FAQBOT_KB, else the
 * installed copy, else ./knowledge.
 */
const char *
kb_default_path(void)
{
	const char *env = getenv("FAQBOT_KB");
	struct stat st;

	if (env != NULL && env[0] != '\0')
		return env;
	if (stat(FAQBOT_DATADIR "/knowledge", &st) == 0)
		return FAQBOT_DATADIR "/knowledge";
	return "knowledge";
}

size_t
kb_count(const struct kb *kb)
{
	return kb->nentries;
}

/* Total number of examples over all entries. */
size_t
kb_example_total(const struct kb *kb)
{
	size_t n = 0;

	for (size_t i = 0; i < kb->nentries; i++)
		n += kb->entries[i].nexamples;
	return n;
}

const struct kb_entry *
kb_entry_at(const struct kb *kb, size_t i)
{
	return i < kb->nentries ? &kb->entries[i] : NULL;
}

/* The entry with this id, or NULL. */
const struct kb_entry *
kb_find(const struct kb *kb, const char *id)
{
	int at;

	if (id == NULL || !strmap_get(kb->ids, id, strlen(id), &at))
		return NULL;
	return &kb->entries[at];
}

const char *
kb_text(const struct kb *kb, enum kb_text t)
{
	return kb->texts[t];
}

const char *
kb_version(const struct kb *kb)
{
	return kb->version;
}

const char *
kb_path(const struct kb *kb)
{
	return kb->path;
}

const char *
kb_entry_id(const struct kb_entry *e)
{
	return e->id;
}

const char *
kb_entry_title(const struct kb_entry *e)
{
	return e->title;
}

const char *
kb_entry_answer(const struct kb_entry *e)
{
	return e->answer;
}

enum kb_kind
kb_entry_kind(const struct kb_entry *e)
{
	return e->kind;
}

/* "answer" or "smalltalk", as written in files and JSON. */
const char *
kb_kind_name(enum kb_kind k)
{
	return k == KB_SMALLTALK ? "smalltalk" : "answer";
}

size_t
kb_entry_index(const struct kb_entry *e)
{
	return e->index;
}

size_t
kb_entry_example_count(const struct kb_entry *e)
{
	return e->nexamples;
}

const char *
kb_entry_example(const struct kb_entry *e, size_t i)
{
	return i < e->nexamples ? e->examples[i] : NULL;
}

int
kb_entry_example_line(const struct kb_entry *e, size_t i)
{
	return i < e->nexamples ? e->example_lines[i] : 0;
}

const char *
kb_entry_file(const struct kb_entry *e)
{
	return e->file;
}

size_t
kb_entry_related_count(const struct kb_entry *e)
{
	return e->nrelated;
}

/* The i-th related entry of e. */
const struct kb_entry *
kb_entry_related(const struct kb *kb, const struct kb_entry *e, size_t i)
{
	return i < e->nrelated ? &kb->entries[e->related_idx[i]] : NULL;
}
