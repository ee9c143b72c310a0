/*
 * The knowledge file parser: turns lines of "[section]" and
 * "field: value" (with indented continuation lines for answers and texts)
 * into a struct kb. It reports every problem it finds with file:line and
 * keeps going, so staff see all their mistakes in one run.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "kb_impl.h"
#include "text.h"
#include "elsewhere.h"
#include "xmalloc.h"

enum kbp_section {
	KBP_NONE,
	KBP_ENTRY,
	KBP_CLINIC,
	KBP_SYNONYMS,
	KBP_TEXTS,
	KBP_CRISIS,
	KBP_ELSEWHERE,
	KBP_BAD,		/* after an unknown section: skip its fields */
};

struct kbp {
	struct kb	*kb;
	struct diag	*d;
	const char	*file;
	int		 line;
	enum kbp_section sec;
	struct kb_entry	*entry;
	struct buf	 ml;		/* the multi-line value being read */
	char		**ml_dest;	/* where it goes when complete */
	bool		 ml_on;
	bool		 ml_para;	/* a blank line was seen inside it */
	int		 once[4];	/* line of kind, keywords, related, note */
};

/* Fields of an entry that may appear once, besides title and answer. */
static const char *kbp_once_fields[4] = { "kind", "keywords", "related",
    "crisis-note" };

static const char *kbp_text_names[KB_TEXT_COUNT] = {
	[KB_TEXT_GREETING] = "greeting",
	[KB_TEXT_FALLBACK] = "fallback",
	[KB_TEXT_CRISIS] = "crisis",
	[KB_TEXT_DISCLAIMER] = "disclaimer",
	[KB_TEXT_DID_YOU_MEAN] = "did-you-mean",
	[KB_TEXT_CRISIS_NOTE] = "crisis-note",
	[KB_TEXT_ALERTED] = "alerted",
};

/* Trim spaces and tabs at both ends, in place; returns the new start. */
static char *
kbp_trim(char *s)
{
	size_t n;

	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
	    s[n - 1] == '\r'))
		s[--n] = '\0';
	return s;
}

/* Store the multi-line value being read, if any. */
static void
kbp_ml_finish(struct kbp *p)
{
	if (!p->ml_on)
		return;
	free(*p->ml_dest);
	*p->ml_dest = buf_steal(&p->ml);
	p->ml_on = false;
	p->ml_para = false;
}

/* Begin a multi-line value that will be stored in *dest. */
static void
kbp_ml_start(struct kbp *p, char **dest, const char *first)
{
	buf_reset(&p->ml);
	buf_puts(&p->ml, first);
	p->ml_dest = dest;
	p->ml_on = true;
	p->ml_para = false;
}

/* Add an indented line to the multi-line value. */
static void
kbp_ml_add(struct kbp *p, const char *s)
{
	if (p->ml.len > 0) {
		if (p->ml_para)
			buf_puts(&p->ml, "\n\n");
		else if (strncmp(s, "- ", 2) == 0)
			buf_putc(&p->ml, '\n');
		else
			buf_putc(&p->ml, ' ');
	}
	buf_puts(&p->ml, s);
	p->ml_para = false;
}

/* True when s is a valid entry id: [a-z0-9-]+. */
static bool
kbp_valid_id(const char *s)
{
	if (*s == '\0' || strlen(s) > KB_ID_MAX)
		return false;
	for (; *s != '\0'; s++)
		if (!islower((unsigned char)*s) && !isdigit((unsigned char)*s) &&
		    *s != '-')
			return false;
	return true;
}

/* Split a comma-separated list into trimmed, non-empty items. */
static void
kbp_split(const char *value, char ***v, size_t *n)
{
	char *copy = xstrdup(value), *save = NULL;

	for (char *t = strtok_r(copy, ",", &save); t != NULL;
	    t = strtok_r(NULL, ",", &save)) {
		t = kbp_trim(t);
		if (*t != '\0')
			kb__strv_push(v, n, t);
	}
	free(copy);
}

/* Section header "[...]". */
static void
kbp_section(struct kbp *p, char *s)
{
	size_t n = strlen(s);
	char *name;

	p->entry = NULL;
	p->sec = KBP_BAD;
	if (n < 2 || s[n - 1] != ']') {
		diag_add(p->d, p->file, p->line, "section header must end "
		    "with ']'");
		return;
	}
	s[n - 1] = '\0';
	name = kbp_trim(s + 1);
	if (strncmp(name, "entry", 5) == 0 &&
	    (name[5] == ' ' || name[5] == '\t' || name[5] == '\0')) {
		char *id = kbp_trim(name + 5);

		if (!kbp_valid_id(id)) {
			diag_add(p->d, p->file, p->line, "invalid entry id "
			    "'%s': use up to %d lower-case letters, digits and '-'", id,
			    KB_ID_MAX);
			return;
		}
		p->entry = kb__entry_add(p->kb, id, p->file, p->line);
		p->sec = KBP_ENTRY;
		memset(p->once, 0, sizeof(p->once));
	} else if (strcmp(name, "clinic") == 0)
		p->sec = KBP_CLINIC;
	else if (strcmp(name, "synonyms") == 0)
		p->sec = KBP_SYNONYMS;
	else if (strcmp(name, "texts") == 0)
		p->sec = KBP_TEXTS;
	else if (strcmp(name, "crisis") == 0)
		p->sec = KBP_CRISIS;
	else if (strcmp(name, "elsewhere") == 0)
		p->sec = KBP_ELSEWHERE;
	else
		diag_add(p->d, p->file, p->line, "unknown section '[%s]' "
		    "(expected [entry ID], [clinic], [synonyms], [texts], "
		    "[crisis] or [elsewhere])", name);
}

/* Complain about a field given twice where once is allowed. */
static bool
kbp_once(struct kbp *p, const void *already, const char *field)
{
	if (already == NULL)
		return true;
	diag_add(p->d, p->file, p->line, "field '%s' given twice", field);
	return false;
}

/* Record a line number beside a string vector push. */
static void
kbp_push_line(int **lines, size_t n, int line)
{
	*lines = xreallocarray(*lines, n, sizeof(**lines));
	(*lines)[n - 1] = line;
}

/* False (with an error) when a once-only field is repeated. */
static bool
kbp_first_time(struct kbp *p, const char *f)
{
	for (int i = 0; i < 4; i++) {
		if (strcmp(f, kbp_once_fields[i]) != 0)
			continue;
		if (p->once[i] != 0) {
			diag_add(p->d, p->file, p->line, "field '%s' given "
			    "twice (first at line %d)", f, p->once[i]);
			return false;
		}
		p->once[i] = p->line;
	}
	return true;
}

/* A "field: value" line inside [entry ID]. */
static void
kbp_entry_field(struct kbp *p, const char *f, const char *v)
{
	struct kb_entry *e = p->entry;

	if (!kbp_first_time(p, f))
		return;
	if (strcmp(f, "pattern") == 0 && *v == '\0') {
		diag_add(p->d, p->file, p->line, "empty pattern: it would "
		    "match every question");
		return;
	}
	if (strcmp(f, "title") == 0) {
		if (kbp_once(p, e->title, f))
			e->title = xstrdup(v);
	} else if (strcmp(f, "example") == 0) {
		kb__strv_push(&e->examples, &e->nexamples, v);
		kbp_push_line(&e->example_lines, e->nexamples, p->line);
	} else if (strcmp(f, "pattern") == 0) {
		kb__strv_push(&e->pattern_src, &e->npatterns, v);
		kbp_push_line(&e->pattern_lines, e->npatterns, p->line);
	} else if (strcmp(f, "keywords") == 0)
		kbp_split(v, &e->keywords, &e->nkeywords);
	else if (strcmp(f, "related") == 0) {
		kbp_split(v, &e->related, &e->nrelated);
		e->related_line = p->line;
	} else if (strcmp(f, "answer") == 0) {
		if (kbp_once(p, e->answer, f)) {
			e->answer_line = p->line;
			kbp_ml_start(p, &e->answer, v);
		}
	} else if (strcmp(f, "kind") == 0) {
		if (strcmp(v, "answer") == 0)
			e->kind = KB_ANSWER;
		else if (strcmp(v, "smalltalk") == 0)
			e->kind = KB_SMALLTALK;
		else
			diag_add(p->d, p->file, p->line, "unknown kind '%s' "
			    "(expected answer or smalltalk)", v);
	} else if (strcmp(f, "crisis-note") == 0) {
		if (strcmp(v, "yes") != 0 && strcmp(v, "no") != 0)
			diag_add(p->d, p->file, p->line, "crisis-note must be "
			    "yes or no");
		e->crisis_note = strcmp(v, "yes") == 0;
	} else
		diag_add(p->d, p->file, p->line, "unknown field '%s' in entry "
		    "'%s' (expected title, kind, example, pattern, keywords, "
		    "related, answer or crisis-note)", f, e->id);
}

/* A "name: value" line inside [clinic]. */
static void
kbp_clinic_field(struct kbp *p, const char *f, const char *v)
{
	struct kb *kb = p->kb;

	for (const char *c = f; *c != '\0'; c++) {
		if (!islower((unsigned char)*c) && !isdigit((unsigned char)*c) &&
		    *c != '-' && *c != '_') {
			diag_add(p->d, p->file, p->line, "invalid clinic "
			    "variable name '%s'", f);
			return;
		}
	}
	for (size_t i = 0; i < kb->nvars; i++) {
		if (strcmp(kb->vars[i].name, f) == 0) {
			diag_add(p->d, p->file, p->line, "clinic variable '%s' "
			    "defined twice", f);
			return;
		}
	}
	kb->vars = xreallocarray(kb->vars, kb->nvars + 1, sizeof(*kb->vars));
	kb->vars[kb->nvars].name = xstrdup(f);
	kb->vars[kb->nvars].value = xstrdup(v);
	kb->nvars++;
}

/* Normalize a phrase the way questions are normalized; caller frees. */
static char *
kbp_norm(const char *s)
{
	struct buf b;

	buf_init(&b, 0);
	text_normalize(s, strlen(s), &b);
	return buf_steal(&b);
}

/*
 * A "group: a, b, c" line inside [synonyms], or "ignore: a, b": phrases
 * read as if they were not there ("dying to know" in "dying to know what
 * it costs"), kept as synonyms of the empty phrase. Only the scoring reads
 * synonyms; the crisis check reads what was typed.
 */
static void
kbp_synonym_field(struct kbp *p, const char *f, const char *v)
{
	struct kb *kb = p->kb;
	char **items = NULL, *main_phrase;
	size_t n = 0, first = 1;
	bool ignore = strcmp(f, "ignore") == 0;

	if (!ignore && strcmp(f, "group") != 0) {
		diag_add(p->d, p->file, p->line, "unknown field '%s' in "
		    "[synonyms] (expected group or ignore)", f);
		return;
	}
	kbp_split(v, &items, &n);
	if (ignore && n < 1)
		diag_add(p->d, p->file, p->line, "an ignore line needs at "
		    "least one phrase");
	else if (!ignore && n < 2)
		diag_add(p->d, p->file, p->line, "a synonym group needs at "
		    "least two words, separated by commas");
	if (ignore) {
		main_phrase = xstrdup("");
		first = 0;
	} else
		main_phrase = n > 0 ? kbp_norm(items[0]) : NULL;
	for (size_t i = first; i < n; i++) {
		char *from = kbp_norm(items[i]);

		if (*from == '\0' || strcmp(from, main_phrase) == 0) {
			free(from);
			continue;
		}
		kb->syns = xreallocarray(kb->syns, kb->nsyns + 1,
		    sizeof(*kb->syns));
		kb->syns[kb->nsyns].from = from;
		kb->syns[kb->nsyns].to = xstrdup(main_phrase);
		kb->nsyns++;
	}
	free(main_phrase);
	for (size_t i = 0; i < n; i++)
		free(items[i]);
	free(items);
}

/* A "topics: a, b" or "unless: a, b" line inside [elsewhere]. */
static void
kbp_elsewhere_field(struct kbp *p, const char *f, const char *v)
{
	char **items = NULL;
	size_t n = 0;
	bool unless = strcmp(f, "unless") == 0;

	if (!unless && strcmp(f, "topics") != 0) {
		diag_add(p->d, p->file, p->line, "unknown field '%s' in "
		    "[elsewhere] (expected topics or unless)", f);
		return;
	}
	if (p->kb->elsewhere == NULL)
		p->kb->elsewhere = elsewhere_new();
	kbp_split(v, &items, &n);
	if (n == 0)
		diag_add(p->d, p->file, p->line, "'%s' needs at least one "
		    "word or phrase, separated by commas", f);
	for (size_t i = 0; i < n; i++) {
		char *phrase = kbp_norm(items[i]);

		elsewhere_add(p->kb->elsewhere, phrase, unless);
		free(phrase);
		free(items[i]);
	}
	free(items);
}

/* A "name: text" line inside [texts]. */
static void
kbp_text_field(struct kbp *p, const char *f, const char *v)
{
	struct kb *kb = p->kb;

	for (int i = 0; i < KB_TEXT_COUNT; i++) {
		if (strcmp(f, kbp_text_names[i]) != 0)
			continue;
		if (kb->text_lines[i] != 0) {
			diag_add(p->d, p->file, p->line, "text '%s' given "
			    "twice (first at %s:%d)", f, kb->text_files[i],
			    kb->text_lines[i]);
			return;
		}
		kb->text_lines[i] = p->line;
		kb->text_files[i] = (char *)p->file;
		kbp_ml_start(p, &kb->texts[i], v);
		return;
	}
	diag_add(p->d, p->file, p->line, "unknown text '%s' (expected "
	    "greeting, fallback, crisis, disclaimer, did-you-mean, "
	    "crisis-note or alerted)", f);
}

/* Turn a plain crisis phrase into a whole-word regex. Caller frees. */
static char *
kbp_phrase_regex(const char *phrase)
{
	char *norm = kbp_norm(phrase);
	struct buf b;

	buf_init(&b, 0);
	buf_puts(&b, "\\b");
	for (const char *c = norm; *c != '\0'; c++) {
		if (*c == ' ')
			buf_puts(&b, "\\s+");
		else if (!isalnum((unsigned char)*c) &&
		    (unsigned char)*c < 0x80)
			buf_printf(&b, "\\%c", *c);
		else
			buf_putc(&b, *c);
	}
	buf_puts(&b, "\\b");
	free(norm);
	return buf_steal(&b);
}

/* A "phrase:" or "pattern:" line inside [crisis]. */
static void
kbp_crisis_field(struct kbp *p, const char *f, const char *v)
{
	struct kb *kb = p->kb;
	char *re, *norm = kbp_norm(v);
	bool empty = *norm == '\0';

	free(norm);
	if (empty && (strcmp(f, "phrase") == 0 || *v == '\0')) {
		diag_add(p->d, p->file, p->line, "empty crisis %s: it would "
		    "match every message", f);
		return;
	}
	if (strcmp(f, "phrase") == 0)
		re = kbp_phrase_regex(v);
	else if (strcmp(f, "pattern") == 0)
		re = xstrdup(v);
	else {
		diag_add(p->d, p->file, p->line, "unknown field '%s' in "
		    "[crisis] (expected phrase or pattern)", f);
		return;
	}
	kb->crisis_src = xreallocarray(kb->crisis_src, kb->ncrisis_src + 1,
	    sizeof(*kb->crisis_src));
	kb->crisis_src[kb->ncrisis_src].regex = re;
	kb->crisis_src[kb->ncrisis_src].file = (char *)p->file;
	kb->crisis_src[kb->ncrisis_src].line = p->line;
	kb->ncrisis_src++;
}

/* A "field: value" line: dispatch on the current section. */
static void
kbp_field(struct kbp *p, char *s)
{
	char *colon = strchr(s, ':'), *f, *v;

	if (colon == NULL) {
		diag_add(p->d, p->file, p->line, "expected 'field: value' or "
		    "'[section]', got '%.40s'", s);
		return;
	}
	*colon = '\0';
	f = kbp_trim(s);
	v = kbp_trim(colon + 1);
	switch (p->sec) {
	case KBP_NONE:
		diag_add(p->d, p->file, p->line, "field '%s' outside any "
		    "section: start with [entry ID] or another section", f);
		break;
	case KBP_ENTRY:
		kbp_entry_field(p, f, v);
		break;
	case KBP_CLINIC:
		kbp_clinic_field(p, f, v);
		break;
	case KBP_SYNONYMS:
		kbp_synonym_field(p, f, v);
		break;
	case KBP_TEXTS:
		kbp_text_field(p, f, v);
		break;
	case KBP_CRISIS:
		kbp_crisis_field(p, f, v);
		break;
	case KBP_ELSEWHERE:
		kbp_elsewhere_field(p, f, v);
		break;
	case KBP_BAD:
		break;
	}
}

/* One physical line (NUL-terminated, without its newline). */
static void
kbp_line(struct kbp *p, char *raw)
{
	char *s = kbp_trim(raw);
	bool indented = raw[0] == ' ' || raw[0] == '\t';

	if (*s == '\0') {
		if (p->ml_on)
			p->ml_para = true;
		return;
	}
	if (*s == '#')
		return;
	if (indented) {
		if (p->ml_on)
			kbp_ml_add(p, s);
		else
			diag_add(p->d, p->file, p->line, "indented line is not "
			    "part of an answer or text (only those continue "
			    "on indented lines)");
		return;
	}
	kbp_ml_finish(p);
	if (*s == '[')
		kbp_section(p, s);
	else
		kbp_field(p, s);
}

/* Parse one file's text; every problem is added to d with file:line. */
void
kb__parse(struct kb *kb, const char *file, const char *text, size_t len,
    struct diag *d)
{
	struct kbp p = { .kb = kb, .d = d, .file = file, .sec = KBP_NONE };
	size_t i = 0;

	buf_init(&p.ml, 0);
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		i = 3;		/* editors on Windows add a BOM */
	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t n = nl != NULL ? (size_t)(nl - (text + i)) : len - i;
		size_t bad;
		char *line;

		p.line++;
		line = xstrndup(text + i, n);
		if (memchr(text + i, '\0', n) != NULL ||
		    !text_valid_utf8(text + i, n, &bad))
			diag_add(d, file, p.line, "invalid UTF-8 at column %zu: "
			    "save the file as UTF-8",
			    memchr(text + i, '\0', n) != NULL ? (size_t)1 :
			    bad + 1);
		else
			kbp_line(&p, line);
		free(line);
		i += n + 1;
	}
	kbp_ml_finish(&p);
	buf_finish(&p.ml);
}
