/*
 * `faqbot gaps`: the staff's report on the gaps file that gaps.c writes.
 * It reads the file (with cJSON: this runs in the command, not on request
 * threads), groups similar questions by their stemmed content words and
 * prints the groups most frequent first, as text or JSON lines.
 */
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cjson/cJSON.h>

#include "buf.h"
#include "cli.h"
#include "gaps.h"
#include "strmap.h"
#include "text.h"
#include "xmalloc.h"

/* Seconds in a day, for --since. */
#define GAPS_DAY	86400

/* One group of similar questions in the report. */
struct gaps_group {
	char	*example;	/* the most recent wording */
	size_t	 count;
	time_t	 last;
};

struct gaps_report {
	struct strmap		*index;		/* key -> groups[] index */
	struct gaps_group	*groups;
	size_t			 n, cap;
	size_t			 seen;		/* good lines, in or out */
	size_t			 malformed;
};

/* Compare two words for qsort. */
static int
gaps_word_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Split normalized text into words in place; returns how many. */
static size_t
gaps_split(char *s, char ***words)
{
	size_t n = 0;
	char *save = NULL, *w;

	*words = xreallocarray(NULL, strlen(s) / 2 + 1, sizeof(char *));
	for (w = strtok_r(s, " ", &save); w != NULL;
	    w = strtok_r(NULL, " ", &save))
		(*words)[n++] = w;
	return n;
}

/*
 * The grouping key of a question: its stemmed content words, sorted and
 * without repeats, so "How much does it cost?" and "cost, how much" share
 * one. A question of stop words only keys on its normalized text.
 */
static void
gaps_key(const char *q, struct buf *key)
{
	struct buf norm;
	char **words, stem[TEXT_MAX_WORD * 4];
	size_t n, k = 0;

	buf_init(&norm, 0);
	buf_reset(key);
	if (!text_normalize(q, strlen(q), &norm) || norm.len == 0)
		goto out;
	n = gaps_split(norm.data, &words);
	for (size_t i = 0; i < n; i++) {
		if (text_is_stopword(words[i], strlen(words[i])))
			continue;
		text_stem(words[i], strlen(words[i]), stem, sizeof(stem));
		words[k++] = xstrdup(stem);
	}
	qsort(words, k, sizeof(char *), gaps_word_cmp);
	for (size_t i = 0; i < k; i++) {
		if (i == 0 || strcmp(words[i], words[i - 1]) != 0)
			buf_printf(key, "%s%s", key->len > 0 ? " " : "",
			    words[i]);
	}
	for (size_t i = 0; i < k; i++)
		free(words[i]);
	free(words);
	if (k == 0)
		buf_puts(key, buf_str(&norm));
out:
	buf_finish(&norm);
}

/*
 * A copy of s fit for a terminal: control characters (C0, DEL and C1),
 * which a patient could use to send escape sequences to staff, become
 * spaces. Caller frees with free.
 */
static char *
gaps_printable(const char *s)
{
	char *p = xstrdup(s);

	for (unsigned char *c = (unsigned char *)p; *c != '\0'; c++) {
		if (*c < 0x20 || *c == 0x7f)
			*c = ' ';
		else if (c[0] == 0xc2 && c[1] >= 0x80 && c[1] <= 0x9f)
			c[0] = ' ', c[1] = ' ';
	}
	return p;
}

/* Count one question into its group. */
static void
gaps_add(struct gaps_report *r, const char *q, time_t t)
{
	struct gaps_group *gr;
	struct buf key;
	int i;

	buf_init(&key, 0);
	gaps_key(q, &key);
	if (!strmap_get(r->index, buf_str(&key), key.len, &i)) {
		if (r->n == r->cap) {
			r->cap = r->cap ? r->cap * 2 : 64;
			r->groups = xreallocarray(r->groups, r->cap,
			    sizeof(*r->groups));
		}
		i = (int)r->n++;
		memset(&r->groups[i], 0, sizeof(r->groups[i]));
		strmap_put(r->index, buf_str(&key), key.len, i);
	}
	buf_finish(&key);
	gr = &r->groups[i];
	gr->count++;
	if (gr->example == NULL || t >= gr->last) {
		free(gr->example);
		gr->example = gaps_printable(q);
		gr->last = t;
	}
}

/* Parse one line of the file and count it if at or after cutoff. */
static void
gaps_read_line(struct gaps_report *r, const char *line, time_t cutoff)
{
	cJSON *o = cJSON_Parse(line);
	const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "t");
	const cJSON *q = cJSON_GetObjectItemCaseSensitive(o, "q");

	if (!cJSON_IsNumber(t) || !(t->valuedouble >= 0 &&
	    t->valuedouble < 1e15) || !cJSON_IsString(q) ||
	    q->valuestring == NULL) {
		r->malformed++;
	} else {
		r->seen++;
		if ((time_t)t->valuedouble >= cutoff)
			gaps_add(r, q->valuestring, (time_t)t->valuedouble);
	}
	cJSON_Delete(o);
}

/* Read every line of f into the report. */
static void
gaps_read(struct gaps_report *r, FILE *f, time_t cutoff)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	while ((n = getline(&line, &cap, f)) != -1) {
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] != '\0')
			gaps_read_line(r, line, cutoff);
	}
	free(line);
}

/* Most frequent first, then most recent, then alphabetical. */
static int
gaps_group_cmp(const void *a, const void *b)
{
	const struct gaps_group *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	if (x->last != y->last)
		return x->last > y->last ? -1 : 1;
	return strcmp(x->example, y->example);
}

/* Print one group as a JSON line: {"count","example","last_seen"}. */
static void
gaps_print_json(const struct gaps_group *gr)
{
	cJSON *o = cJSON_CreateObject();
	char *s;

	if (o == NULL ||
	    cJSON_AddNumberToObject(o, "count", (double)gr->count) == NULL ||
	    cJSON_AddStringToObject(o, "example", gr->example) == NULL ||
	    cJSON_AddNumberToObject(o, "last_seen", (double)gr->last) == NULL)
		xoom("cjson");
	s = cJSON_PrintUnformatted(o);
	if (s == NULL)
		xoom("cjson");
	printf("%s\n", s);
	cJSON_free(s);
	cJSON_Delete(o);
}

/* Print the groups, most frequent first, counts aligned on the right. */
static void
gaps_print(struct gaps_report *r, bool json)
{
	int width;
	char tmp[32];

	if (r->n == 0)
		return;
	qsort(r->groups, r->n, sizeof(*r->groups), gaps_group_cmp);
	width = snprintf(tmp, sizeof(tmp), "%zu", r->groups[0].count);
	for (size_t i = 0; i < r->n; i++) {
		if (json)
			gaps_print_json(&r->groups[i]);
		else
			printf("%*zu  %s\n", width, r->groups[i].count,
			    r->groups[i].example);
	}
}

/* Free what the report holds. */
static void
gaps_report_finish(struct gaps_report *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->groups[i].example);
	free(r->groups);
	strmap_free(r->index);
}

struct gaps_opts {
	const char	*file;
	int		 since;		/* days, or 0 for everything */
	bool		 json;
};

/* Print the usage of `faqbot gaps`. */
static void
gaps_usage(void)
{
	printf("usage: faqbot gaps [OPTIONS]\n"
	    "  --file PATH          the gaps file (default %s)\n"
	    "  --since DAYS         only the last DAYS days\n"
	    "  --json               print JSON (one object per line)\n",
	    GAPS_DEFAULT_PATH);
}

/* Parse the options; -1 to go on, or the exit status (help, bad usage). */
static int
gaps_parse(int argc, char **argv, struct gaps_opts *o)
{
	static const struct option longopts[] = {
		{ "file", required_argument, NULL, 'f' },
		{ "since", required_argument, NULL, 's' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	char *end;
	long v;
	int ch;

	memset(o, 0, sizeof(*o));
	o->file = GAPS_DEFAULT_PATH;
	opterr = 0;
	optind = 1;
	while ((ch = getopt_long(argc, argv, "+", longopts, NULL)) != -1) {
		if (ch == 'h') {
			gaps_usage();
			return 0;
		}
		if (ch == 'f')
			o->file = optarg;
		else if (ch == 'j')
			o->json = true;
		else if (ch == 's') {
			errno = 0;
			v = strtol(optarg, &end, 10);
			if (errno != 0 || end == optarg || *end != '\0' ||
			    v < 1 || v > 36500)
				return cli_usage_error(argv[0], "invalid "
				    "--since '%s' (a number of days)", optarg);
			o->since = (int)v;
		} else
			return cli_usage_error(argv[0], "unknown or incomplete "
			    "option '%s'", argv[optind - 1]);
	}
	if (optind < argc)
		return cli_usage_error(argv[0], "unexpected argument '%s'",
		    argv[optind]);
	return -1;
}

/* Say there is nothing to show: on stdout, or stderr when printing JSON. */
static void
gaps_none(const struct gaps_opts *o, bool any)
{
	FILE *fp = o->json ? stderr : stdout;

	if (!any || o->since == 0)
		fprintf(fp, "no unanswered questions recorded\n");
	else
		fprintf(fp, "no unanswered questions in the last %d day%s\n",
		    o->since, o->since == 1 ? "" : "s");
}

/*
 * faqbot gaps [--file PATH] [--since DAYS] [--json]: the questions the bot
 * could not answer, grouped, most frequent first. 0 on success (also when
 * there is no file yet), 1 when the file cannot be read, 2 on bad usage.
 */
int
gaps_main(int argc, char **argv)
{
	struct gaps_report r = { .index = NULL };
	struct gaps_opts o;
	time_t cutoff = 0;
	FILE *f;
	int rc;

	rc = gaps_parse(argc, argv, &o);
	if (rc >= 0)
		return rc;
	f = fopen(o.file, "re");
	if (f == NULL && errno == ENOENT) {
		gaps_none(&o, false);
		return 0;
	}
	if (f == NULL) {
		fprintf(stderr, "faqbot gaps: cannot open %s: %s\n", o.file,
		    strerror(errno));
		return 1;
	}
	if (o.since > 0)
		cutoff = time(NULL) - (time_t)o.since * GAPS_DAY;
	r.index = strmap_new();
	gaps_read(&r, f, cutoff);
	rc = ferror(f) ? 1 : 0;
	if (rc != 0)
		fprintf(stderr, "faqbot gaps: read %s: %s\n", o.file,
		    strerror(errno));
	fclose(f);
	if (r.malformed > 0)
		fprintf(stderr, "faqbot gaps: %zu malformed line%s in %s "
		    "skipped\n", r.malformed, r.malformed == 1 ? "" : "s",
		    o.file);
	if (r.n == 0 && rc == 0)
		gaps_none(&o, r.seen > 0);
	gaps_print(&r, o.json);
	gaps_report_finish(&r);
	return rc;
}
