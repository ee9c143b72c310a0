/*
 * `make dump`: every field of every match result, for checking that a
 * change to the matcher's speed changes no decision. It asks, on the
 * bundled knowledge, every question of the given eval files, every title
 * and example of the knowledge, and every pair of consecutive questions of
 * the tuning sets (files named tune*) joined as two sentences; and, on the
 * generated knowledge of the bench, the tuning questions and their pairs.
 * Each list is asked without a conversation and then as one conversation,
 * each message once without and once with --explain. The output is meant
 * for cmp against the output of the base commit, not for reading.
 *
 *   dump KNOWLEDGE EVAL.tsv...
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gen.h"
#include "kb.h"
#include "match.h"

/* A list of messages. */
struct list {
	char	**m;
	size_t	  n;
};

/* Add a copy of s to the list. */
static void
list_add(struct list *l, const char *s)
{
	l->m = realloc(l->m, (l->n + 1) * sizeof(*l->m));
	l->m[l->n++] = strdup(s);
}

/* Free the messages of a list. */
static void
list_free(struct list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->m[i]);
	free(l->m);
	l->m = NULL;
	l->n = 0;
}

/* Read the message column of one eval file. */
static void
list_read(struct list *l, const char *file)
{
	FILE *fp = fopen(file, "r");
	char *line = NULL;
	size_t cap = 0;

	if (fp == NULL) {
		perror(file);
		exit(1);
	}
	while (getline(&line, &cap, fp) != -1) {
		char *tab = strchr(line, '\t');

		if (line[0] == '#' || tab == NULL)
			continue;
		tab[1 + strcspn(tab + 1, "\r\n")] = '\0';
		list_add(l, tab + 1);
	}
	free(line);
	fclose(fp);
}

/* Consecutive messages of src joined as two sentences. */
static void
list_pairs(struct list *l, const struct list *src)
{
	for (size_t i = 0; i + 1 < src->n; i++) {
		const char *a = src->m[i];
		size_t n = strlen(a);
		bool end = n > 0 && strchr("?!.", a[n - 1]) != NULL;
		char *s;

		if (asprintf(&s, "%s%s %s", a, end ? "" : ".", src->m[i + 1])
		    < 0)
			exit(1);
		list_add(l, s);
		free(s);
	}
}

/* Every title and example of the knowledge. */
static void
list_kb(struct list *l, const struct kb *kb)
{
	for (size_t i = 0; i < kb_count(kb); i++) {
		const struct kb_entry *e = kb_entry_at(kb, i);

		list_add(l, kb_entry_title(e));
		for (size_t k = 0; k < kb_entry_example_count(e); k++)
			list_add(l, kb_entry_example(e, k));
	}
}

/* Print a string with newlines and backslashes escaped. */
static void
put_escaped(const char *s)
{
	for (; s != NULL && *s != '\0'; s++) {
		if (*s == '\n')
			fputs("\\n", stdout);
		else if (*s == '\\')
			fputs("\\\\", stdout);
		else
			putchar(*s);
	}
	putchar('\n');
}

/* Print every field of a result. */
static void
put_result(int rc, const struct match_result *r)
{
	if (rc != 0) {
		printf("  rc %d\n", rc);
		return;
	}
	printf("  %s entry=%s second=%s score=%.17g tier=%c unsure=%d "
	    "noted=%d risk=%d sugg=", match_kind_name(r->kind),
	    r->entry != NULL ? kb_entry_id(r->entry) : "-",
	    r->second != NULL ? kb_entry_id(r->second) : "-", r->score,
	    r->tier != 0 ? r->tier : '-', r->unsure, r->noted, r->risk);
	for (size_t i = 0; i < r->nsuggest; i++)
		printf("%s%s", i > 0 ? "," : "", kb_entry_id(r->suggest[i]));
	fputs("\n  answer: ", stdout);
	put_escaped(r->answer);
}

/* Print what a conversation remembers. */
static void
put_ctx(const struct match_ctx *c)
{
	printf("  ctx last=%s turns=%u disclaimed=%d sugg=", c->last,
	    c->turns, c->disclaimed);
	for (size_t i = 0; i < c->nsugg; i++)
		printf("%s%s", i > 0 ? "," : "", c->sugg[i]);
	putchar('\n');
}

/* Ask one message without and with --explain; print both. */
static void
ask(const struct kb *kb, struct match_ctx *plain, struct match_ctx *expl,
    const char *q)
{
	struct match_result r;
	struct buf ex;
	int rc;

	rc = match_ask(kb, plain, q, strlen(q), &r, NULL);
	put_result(rc, &r);
	if (rc == 0)
		match_result_finish(&r);
	buf_init(&ex, 0);
	rc = match_ask(kb, expl, q, strlen(q), &r, &ex);
	put_result(rc, &r);
	if (rc == 0)
		match_result_finish(&r);
	fputs("  explain:\n", stdout);
	fputs(buf_str(&ex), stdout);
	buf_finish(&ex);
	if (plain != NULL) {
		put_ctx(plain);
		put_ctx(expl);
	}
}

/* Ask a list alone, then as one conversation. */
static void
dump_list(const struct kb *kb, const char *name, const struct list *l)
{
	struct match_ctx a, b;

	printf("== %s: %zu messages, no conversation\n", name, l->n);
	for (size_t i = 0; i < l->n; i++) {
		printf("> ");
		put_escaped(l->m[i]);
		ask(kb, NULL, NULL, l->m[i]);
	}
	printf("== %s: one conversation\n", name);
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	for (size_t i = 0; i < l->n; i++) {
		printf("> ");
		put_escaped(l->m[i]);
		ask(kb, &a, &b, l->m[i]);
	}
}

/* True when the file is a tuning set (its name starts with "tune"). */
static bool
is_tune(const char *file)
{
	const char *base = strrchr(file, '/');

	return strncmp(base != NULL ? base + 1 : file, "tune", 4) == 0;
}

/* Dump the tuning sets and their pairs on one knowledge. */
static void
dump_tune(const struct kb *kb, const char *label, int nfiles, char **files)
{
	char name[600];

	for (int i = 0; i < nfiles; i++) {
		struct list l = { NULL, 0 }, p = { NULL, 0 };

		if (!is_tune(files[i]))
			continue;
		list_read(&l, files[i]);
		list_pairs(&p, &l);
		snprintf(name, sizeof(name), "%s %s", label, files[i]);
		dump_list(kb, name, &l);
		snprintf(name, sizeof(name), "%s %s pairs", label, files[i]);
		dump_list(kb, name, &p);
		list_free(&l);
		list_free(&p);
	}
}

/* Load the generated knowledge of the bench, in a temporary directory. */
static struct kb *
load_generated(struct diag *d)
{
	char dir[] = "/tmp/faqbot-dump-XXXXXX", path[600];
	struct kb *kb;

	if (mkdtemp(dir) == NULL || gen_write(dir, GEN_ENTRIES) != 0)
		return NULL;
	kb = kb_load(dir, d);
	snprintf(path, sizeof(path), "%s/gen.kb", dir);
	unlink(path);
	rmdir(dir);
	return kb;
}

int
main(int argc, char **argv)
{
	struct diag *d = diag_new();
	struct list l = { NULL, 0 };
	struct kb *kb, *big;
	char name[600];

	if (argc < 3) {
		fprintf(stderr, "usage: dump KNOWLEDGE EVAL.tsv...\n");
		return 2;
	}
	kb = kb_load(argv[1], d);
	if (kb == NULL) {
		diag_print(d, stderr);
		return 1;
	}
	for (int i = 2; i < argc; i++) {
		list_read(&l, argv[i]);
		snprintf(name, sizeof(name), "bundled %s", argv[i]);
		dump_list(kb, name, &l);
		list_free(&l);
	}
	list_kb(&l, kb);
	dump_list(kb, "bundled titles and examples", &l);
	list_free(&l);
	dump_tune(kb, "bundled", argc - 2, argv + 2);
	big = load_generated(d);
	if (big == NULL) {
		diag_print(d, stderr);
		return 1;
	}
	dump_tune(big, "generated", argc - 2, argv + 2);
	kb_unref(kb);
	kb_unref(big);
	diag_free(d);
	return 0;
}
