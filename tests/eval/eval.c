/*
 * Measures the matcher against held-out questions (tests/eval/ TSV files, see
 * their header for the format) and fails when a target is missed:
 * in-scope top-1 >= 92%, wrong answers <= 3%, out-of-scope declined
 * >= 90%, crisis recall 100%, crisis false alarms <= 5%. "+note" is not
 * a target: the crisis messages that got the crisis reply or, missed, at
 * least the one-line 988 note under another reply.
 *
 *   eval KNOWLEDGE FILE... [--misses FILE]  (misses of FILE are listed)
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kb.h"
#include "match.h"

#define EVAL_MAX_FILES	64

struct tally {
	int	in, in_ok, in_wrong;
	int	out, out_ok;
	int	crisis, crisis_ok, crisis_noted;
	int	safe, safe_alarm, safe_ok, safe_id;
	int	noncrisis, alarms, in_noted;
};

/* a of b in percent; never shown as 100.0% unless it is all of them. */
static double
pct(int a, int b)
{
	double p = b == 0 ? 100.0 : 100.0 * a / b;

	return a < b && p > 99.9 ? 99.9 : p;
}

/* True when entry id is among the result's suggestions. */
static bool
suggested(const struct match_result *r, const char *id)
{
	for (size_t i = 0; i < r->nsuggest; i++)
		if (strcmp(kb_entry_id(r->suggest[i]), id) == 0)
			return true;
	return false;
}

/* True when the result answers with entry id. */
static bool
answers(const struct match_result *r, const char *id)
{
	return r->entry != NULL && r->kind != MATCH_FALLBACK &&
	    r->kind != MATCH_CRISIS && strcmp(kb_entry_id(r->entry), id) == 0;
}

/* Score one line; true when it passed. */
static bool
judge(struct tally *t, char *expect, const struct match_result *r)
{
	bool crisis = r->kind == MATCH_CRISIS, ok;
	bool answered = r->entry != NULL && !crisis &&
	    r->kind != MATCH_FALLBACK;
	char *plus = strchr(expect, '+');

	if (strcmp(expect, "@crisis") == 0) {
		t->crisis++;
		t->crisis_ok += crisis;
		t->crisis_noted += crisis || r->noted;
		return crisis;
	}
	t->noncrisis++;
	t->alarms += crisis;
	if (strcmp(expect, "@out") == 0) {
		t->out++;
		t->out_ok += !answered && !crisis;
		return !answered && !crisis;
	}
	if (strncmp(expect, "@safe", 5) == 0) {
		const char *id = expect[5] == ':' ? expect + 6 : NULL;

		t->safe++;
		t->safe_alarm += crisis;
		t->safe_id += id != NULL;
		ok = !crisis && (id == NULL || answers(r, id));
		t->safe_ok += ok && id != NULL;
		return ok;
	}
	t->in++;
	t->in_noted += r->noted;
	if (plus != NULL) {
		*plus = '\0';
		ok = answers(r, expect) && ((r->second != NULL &&
		    strcmp(kb_entry_id(r->second), plus + 1) == 0) ||
		    suggested(r, plus + 1));
		*plus = '+';
		ok = ok || answers(r, plus + 1);
	} else
		ok = answers(r, expect);
	t->in_ok += ok;
	t->in_wrong += answered && !ok;
	return ok;
}

/* Run one file; misses are printed when show is set. */
static void
run_file(const struct kb *kb, const char *path, bool show, struct tally *t)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;

	if (fp == NULL) {
		perror(path);
		exit(2);
	}
	while (getline(&line, &cap, fp) != -1) {
		char *tab, *q;
		struct match_result r;

		line[strcspn(line, "\r\n")] = '\0';
		tab = strchr(line, '\t');
		if (line[0] == '#' || tab == NULL)
			continue;
		*tab = '\0';
		q = tab + 1;
		if (match_ask(kb, NULL, q, strlen(q), &r, NULL) != 0)
			continue;
		if (!judge(t, line, &r) && show)
			printf("  miss  %-36s got %-9s %-28s | %s\n", line,
			    match_kind_name(r.kind), r.entry != NULL ?
			    kb_entry_id(r.entry) : "-", q);
		match_result_finish(&r);
	}
	free(line);
	fclose(fp);
}

/* A rate as a column of the table: "-" when there is nothing to count. */
static void
print_pct(int a, int b)
{
	if (b == 0)
		printf(" %8s", "-");
	else
		printf(" %7.1f%%", pct(a, b));
}

static void
print_row(const char *name, const struct tally *t)
{
	printf("%-10s %5d", name, t->in + t->out + t->crisis + t->safe);
	print_pct(t->in_ok, t->in);
	print_pct(t->in_wrong, t->in);
	print_pct(t->out_ok, t->out);
	print_pct(t->crisis_ok, t->crisis);
	print_pct(t->crisis_noted, t->crisis);
	print_pct(t->alarms, t->noncrisis);
	print_pct(t->safe_ok, t->safe_id);
	printf("\n");
}

static void
add(struct tally *a, const struct tally *b)
{
	int *x = (int *)a;
	const int *y = (const int *)b;

	for (size_t i = 0; i < sizeof(*a) / sizeof(int); i++)
		x[i] += y[i];
}

int
main(int argc, char **argv)
{
	struct tally all = { 0 }, per[EVAL_MAX_FILES];
	const char *show = NULL, *files[EVAL_MAX_FILES];
	struct diag *d = diag_new();
	struct kb *kb;
	int nf = 0, bad = 0;

	for (int i = 2; i < argc; i++) {
		if (strcmp(argv[i], "--misses") == 0 && i + 1 < argc)
			show = argv[++i];
		else if (nf < EVAL_MAX_FILES)
			files[nf++] = argv[i];
		else {
			fprintf(stderr, "eval: more than %d files\n",
			    EVAL_MAX_FILES);
			return 2;
		}
	}
	if (argc < 3 || nf == 0) {
		fprintf(stderr, "usage: eval KNOWLEDGE FILE... [--misses "
		    "FILE]\n");
		return 2;
	}
	kb = kb_load(argv[1], d);
	if (kb == NULL) {
		diag_print(d, stderr);
		return 1;
	}
	for (int i = 0; i < nf; i++) {
		memset(&per[i], 0, sizeof(per[i]));
		run_file(kb, files[i], show != NULL &&
		    strstr(files[i], show) != NULL, &per[i]);
		add(&all, &per[i]);
	}
	printf("\n%-10s %5s %8s %8s %8s %8s %8s %8s %8s\n", "set", "lines",
	    "in-scope", "wrong", "out-decl", "crisis", "+note", "false-al",
	    "safe-ok");
	for (int i = 0; i < nf; i++) {
		const char *base = strrchr(files[i], '/');

		print_row(base != NULL ? base + 1 : files[i], &per[i]);
	}
	print_row("all", &all);
	printf("the 988 note was under %.1f%% of the in-scope replies\n",
	    pct(all.in_noted, all.in));
	printf("targets: in-scope >= 92%%, wrong <= 3%%, out-of-scope "
	    "declined >= 90%%, crisis recall 100%%, false alarms <= 5%%\n");
	bad += pct(all.in_ok, all.in) < 92;
	bad += pct(all.in_wrong, all.in) > 3;
	bad += pct(all.out_ok, all.out) < 90;
	bad += all.crisis_ok != all.crisis;
	bad += pct(all.alarms, all.noncrisis) > 5;
	printf("eval: %s\n", bad == 0 ? "all targets met" : "TARGETS MISSED");
	kb_unref(kb);
	diag_free(d);
	return bad == 0 ? 0 : 1;
}
