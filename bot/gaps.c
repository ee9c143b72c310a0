/*
 * The gaps file: one JSON line {"t":UNIX,"q":"..."} per question the bot
 * could not answer, so staff can see what patients ask that the knowledge
 * lacks. The questions are health information, so they are redacted before
 * they reach the disk (phone numbers, e-mail addresses, URLs and long
 * digit runs), the file is only ever mode 0600, and lines older than the
 * retention are removed when the file is opened and then once a day.
 * `faqbot gaps` reads the file and groups similar questions.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <cjson/cJSON.h>
#include <pcre2.h>

#include "buf.h"
#include "cli.h"
#include "gaps.h"
#include "log.h"
#include "strmap.h"
#include "text.h"
#include "xmalloc.h"

#define GAPS_DAY	86400
/* Pruning again after a failure waits this long (seconds). */
#define GAPS_RETRY	3600
/* Separated digits add up to a [number] from this many digits on. */
#define GAPS_NUMBER_MIN	5

struct gaps {
	pthread_mutex_t	 lock;		/* guards fd, pruned_at and the file */
	char		*path;
	int		 fd;		/* O_APPEND, or -1 after a failure */
	int		 retention_days;
	time_t		 pruned_at;
};

/*
 * What redaction looks for, tried left to right; at one position the
 * first alternative that matches wins, so a URL holding an address stays
 * one [url] and a ten-digit phone number is [phone] rather than [number].
 * The number alternative also takes digits joined by single separators
 * ("123-45-6789", "4111 1111 1111 1111", "01/15/1985"), which are counted
 * in gaps_redact_one: short ones ("1.5", "24 48") are kept. Every
 * alternative consumes at least one character, and the possessive and
 * look-behind forms keep matching linear in the text's length.
 */
static const char gaps_pattern[] =
	"(?<url>(?:https?://|www\\.)[^\\s<>\"]*[^\\s<>\".,;:!?)\\]}'])"
	"|(?<email>(?<![\\w.%+-])[\\w.%+-]++@[\\w-]++(?:\\.[\\w-]++)+)"
	"|(?<phone>(?<!\\d)(?:"
	    "(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)|\\d{3})[\\s.-]?\\d{3}[\\s.-]?"
	    "\\d{4}"
	    "|\\+\\d(?:[\\s.-]?\\d){6,14}"
	    "|\\d{3}[.-]\\d{4}"
	")(?!\\d))"
	"|(?<number>\\d++(?:[ ./-]\\d++)*+)";

/* Capture group numbers in gaps_pattern, and what each becomes. */
static const char *gaps_labels[] = {
	NULL, "[url]", "[email]", "[phone]", "[number]",
};
#define GAPS_NUMBER	4

static pcre2_code *gaps_code;
static pcre2_match_context *gaps_mctx;
static pthread_once_t gaps_once = PTHREAD_ONCE_INIT;

/*
 * Compile the pattern once per process; the code and the match context
 * are read-only afterwards and shared by all threads. The pattern is a
 * constant, so failing to compile it is a broken invariant.
 */
static void
gaps_compile(void)
{
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	int ec;

	gaps_code = pcre2_compile((PCRE2_SPTR)gaps_pattern,
	    PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS |
	    PCRE2_MATCH_INVALID_UTF, &ec, &off, NULL);
	if (gaps_code == NULL) {
		pcre2_get_error_message(ec, msg, sizeof(msg));
		fprintf(stderr, "faqbot: fatal: gaps pattern error at offset "
		    "%zu: %s\n", (size_t)off, (char *)msg);
		abort();
	}
	(void)pcre2_jit_compile(gaps_code, PCRE2_JIT_COMPLETE);
	gaps_mctx = pcre2_match_context_create(NULL);
	if (gaps_mctx == NULL)
		xoom("pcre2_match_context_create");
	pcre2_set_match_limit(gaps_mctx, 1000000);
}

/* True for a byte that starts a character and is not a separator. */
static bool
gaps_is_digit_start(unsigned char c)
{
	return (c & 0xc0) != 0x80 && strchr(" ./-", c) == NULL;
}

/* Append the replacement for one match (ov from pcre2) to out. */
static void
gaps_redact_one(const char *in, const PCRE2_SIZE *ov, int rc,
    struct buf *out)
{
	size_t digits = 0;
	int g = rc - 1;		/* alternatives: only the last group is set */

	if (g != GAPS_NUMBER) {
		buf_puts(out, gaps_labels[g]);
		return;
	}
	for (size_t i = ov[0]; i < ov[1]; i++)
		digits += gaps_is_digit_start((unsigned char)in[i]);
	if (digits >= GAPS_NUMBER_MIN)
		buf_puts(out, gaps_labels[g]);
	else
		buf_append(out, in + ov[0], ov[1] - ov[0]);
}

/*
 * Write in to out (reset first) with phone numbers, e-mail addresses, URLs
 * and runs of GAPS_NUMBER_MIN or more digits replaced by [phone], [email],
 * [url] and [number]. If matching fails (a resource limit), out holds just
 * "[redacted]": nothing unredacted is ever returned.
 */
void
gaps_redact(const char *in, struct buf *out)
{
	pcre2_match_data *md;
	PCRE2_SIZE *ov, off = 0, len = strlen(in);
	int rc;

	pthread_once(&gaps_once, gaps_compile);
	buf_reset(out);
	md = pcre2_match_data_create_from_pattern(gaps_code, NULL);
	if (md == NULL)
		xoom("pcre2_match_data_create");
	ov = pcre2_get_ovector_pointer(md);
	for (;;) {
		rc = pcre2_match(gaps_code, (PCRE2_SPTR)in, len, off, 0, md,
		    gaps_mctx);
		if (rc == PCRE2_ERROR_NOMATCH)
			break;
		if (rc <= 0) {
			buf_reset(out);
			buf_puts(out, "[redacted]");
			pcre2_match_data_free(md);
			return;
		}
		buf_append(out, in + off, ov[0] - off);
		gaps_redact_one(in, ov, rc, out);
		off = ov[1];
	}
	buf_append(out, in + off, len - off);
	pcre2_match_data_free(md);
}

/*
 * The time of a line as gaps_record writes it ({"t":N,...}); false for a
 * line in any other form. Parsed by hand because this runs on request
 * threads, where cJSON's parser is not safe (it writes a global).
 */
static bool
gaps_line_time(const char *line, time_t *t)
{
	char *end;
	long long v;

	if (strncmp(line, "{\"t\":", 5) != 0)
		return false;
	errno = 0;
	v = strtoll(line + 5, &end, 10);
	if (errno != 0 || end == line + 5 || *end != ',')
		return false;
	*t = (time_t)v;
	return true;
}

/*
 * Copy the lines at or after cutoff from in to out; *dropped counts the
 * lines left out (old or malformed: an undated line cannot be kept under
 * a retention rule). 0, or -1 on a write error.
 */
static int
gaps_copy_recent(FILE *in, FILE *out, time_t cutoff, size_t *dropped)
{
	char *line = NULL;
	size_t cap = 0;
	time_t t;
	int rc = 0;

	*dropped = 0;
	while (getline(&line, &cap, in) != -1) {
		if (!gaps_line_time(line, &t) || t < cutoff ||
		    strchr(line, '\n') == NULL) {
			(*dropped)++;
			continue;
		}
		if (fputs(line, out) == EOF)
			rc = -1;
	}
	free(line);
	if (ferror(in))
		rc = -1;
	return rc;
}

/*
 * Put the kept lines in place: flush, force mode 0600, sync, then rename
 * the temporary file over the gaps file. Closes out; 0 or -1 with err.
 */
static int
gaps_replace(FILE *out, const char *tmp, const char *path,
    char err[BOT_ERR_LEN])
{
	int fd = fileno(out);

	if (fflush(out) == EOF || fchmod(fd, 0600) == -1 || fsync(fd) == -1) {
		snprintf(err, BOT_ERR_LEN, "write %s: %s", tmp,
		    strerror(errno));
		fclose(out);
		return -1;
	}
	if (fclose(out) == EOF) {
		snprintf(err, BOT_ERR_LEN, "close %s: %s", tmp,
		    strerror(errno));
		return -1;
	}
	if (rename(tmp, path) == -1) {
		snprintf(err, BOT_ERR_LEN, "rename %s to %s: %s", tmp, path,
		    strerror(errno));
		return -1;
	}
	return 0;
}

/* Open a new temporary file next to path (mode 0600); NULL with err. */
static FILE *
gaps_temp(const char *path, char **tmp, char err[BOT_ERR_LEN])
{
	FILE *f;
	int fd;

	xasprintf(tmp, "%s.XXXXXX", path);
	fd = mkostemp(*tmp, O_CLOEXEC);
	if (fd == -1) {
		snprintf(err, BOT_ERR_LEN, "create %s: %s", *tmp,
		    strerror(errno));
		return NULL;
	}
	f = fdopen(fd, "w");
	if (f == NULL) {
		snprintf(err, BOT_ERR_LEN, "fdopen %s: %s", *tmp,
		    strerror(errno));
		close(fd);
		unlink(*tmp);
	}
	return f;
}

/*
 * Remove the lines older than the retention, through a temporary file and
 * a rename so that a crash leaves either the old or the new file. Returns
 * 1 when the file was replaced (the append descriptor must be reopened),
 * 0 when nothing needed to go (or there is no file), -1 with err.
 */
static int
gaps_prune(struct gaps *g, time_t now, char err[BOT_ERR_LEN])
{
	time_t cutoff = now - (time_t)g->retention_days * GAPS_DAY;
	FILE *in, *out = NULL;
	char *tmp = NULL;
	size_t dropped = 0;
	int rc = -1;

	in = fopen(g->path, "re");
	if (in == NULL && errno == ENOENT)
		return 0;
	if (in == NULL) {
		snprintf(err, BOT_ERR_LEN, "open %s: %s", g->path,
		    strerror(errno));
		return -1;
	}
	out = gaps_temp(g->path, &tmp, err);
	if (out == NULL)
		goto out;
	if (gaps_copy_recent(in, out, cutoff, &dropped) == -1) {
		snprintf(err, BOT_ERR_LEN, "prune %s: %s", g->path,
		    strerror(errno));
		fclose(out);
	} else if (dropped == 0) {
		fclose(out);
		rc = 0;
	} else if (gaps_replace(out, tmp, g->path, err) == 0)
		rc = 1;
	if (rc != 1)
		unlink(tmp);
out:
	fclose(in);
	free(tmp);
	return rc;
}

/* (Re)open the append descriptor, creating the file 0600; -1 with err. */
static int
gaps_reopen(struct gaps *g, char err[BOT_ERR_LEN])
{
	if (g->fd != -1)
		close(g->fd);
	g->fd = open(g->path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
	if (g->fd == -1) {
		snprintf(err, BOT_ERR_LEN, "open %s: %s", g->path,
		    strerror(errno));
		return -1;
	}
	/* An older file made with a looser umask or by hand is tightened. */
	if (fchmod(g->fd, 0600) == -1) {
		snprintf(err, BOT_ERR_LEN, "chmod %s: %s", g->path,
		    strerror(errno));
		close(g->fd);
		g->fd = -1;
		return -1;
	}
	return 0;
}

/*
 * Open the gaps file for appending (created 0600 if missing), after
 * removing lines older than retention_days (at least 1). Returns NULL with
 * err filled when the file cannot be opened or pruned (a missing directory,
 * say). Caller frees with gaps_close.
 */
struct gaps *
gaps_open(const char *path, int retention_days, char err[BOT_ERR_LEN])
{
	struct gaps *g;

	if (retention_days < 1 || retention_days > 36500) {
		snprintf(err, BOT_ERR_LEN, "invalid gaps retention %d days "
		    "(1 to 36500)", retention_days);
		return NULL;
	}
	g = xcalloc(1, sizeof(*g));
	pthread_mutex_init(&g->lock, NULL);
	g->path = xstrdup(path);
	g->fd = -1;
	g->retention_days = retention_days;
	g->pruned_at = time(NULL);
	if (gaps_prune(g, g->pruned_at, err) == -1 ||
	    gaps_reopen(g, err) == -1) {
		gaps_close(g);
		return NULL;
	}
	return g;
}

/* Close the file and free g; NULL is fine. No thread may be recording. */
void
gaps_close(struct gaps *g)
{
	if (g == NULL)
		return;
	if (g->fd != -1)
		close(g->fd);
	pthread_mutex_destroy(&g->lock);
	free(g->path);
	free(g);
}

/* The line for a question: {"t":now,"q":"..."} and a newline. */
static char *
gaps_line(const char *q, time_t now)
{
	cJSON *o = cJSON_CreateObject();
	char *s, *line;

	if (o == NULL || cJSON_AddNumberToObject(o, "t", (double)now) == NULL ||
	    cJSON_AddStringToObject(o, "q", q) == NULL)
		xoom("cjson");
	s = cJSON_PrintUnformatted(o);
	cJSON_Delete(o);
	if (s == NULL)
		xoom("cjson");
	xasprintf(&line, "%s\n", s);
	cJSON_free(s);
	return line;
}

/* Write all of s to fd, retrying after signals; 0 or -1 with errno. */
static int
gaps_write(int fd, const char *s, size_t n)
{
	ssize_t w;

	while (n > 0) {
		w = write(fd, s, n);
		if (w == -1 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/*
 * Prune once a day while the server runs, so that retention holds without
 * a restart. Called with the lock held. Failures are logged (the path and
 * the reason, never a question) and retried an hour later.
 */
static void
gaps_maybe_prune(struct gaps *g, time_t now)
{
	char err[BOT_ERR_LEN];
	int rc;

	if (now - g->pruned_at < GAPS_DAY && g->fd != -1)
		return;
	rc = gaps_prune(g, now, err);
	if (rc == -1) {
		log_warnx("gaps: %s", err);
		g->pruned_at = now - GAPS_DAY + GAPS_RETRY;
		return;
	}
	g->pruned_at = now;
	if ((rc == 1 || g->fd == -1) && gaps_reopen(g, err) == -1)
		log_warnx("gaps: %s", err);
}

/*
 * Redact a question the bot could not answer and append it with its time,
 * from any thread. The question must be valid UTF-8 (EINVAL otherwise);
 * the redacted text is cut to GAPS_QUESTION_MAX bytes. A NULL g keeps
 * nothing and succeeds. Returns 0, or -1 with errno set.
 */
int
gaps_record(struct gaps *g, const char *text, time_t now)
{
	struct buf q;
	char *cut, *line;
	int rc = -1, saved;

	if (g == NULL)
		return 0;
	if (text == NULL || !text_valid_utf8(text, strlen(text), NULL)) {
		errno = EINVAL;
		return -1;
	}
	buf_init(&q, 0);
	gaps_redact(text, &q);
	cut = xstrndup(buf_str(&q), text_cut_utf8(buf_str(&q), q.len,
	    GAPS_QUESTION_MAX));
	buf_finish(&q);
	line = gaps_line(cut, now);
	free(cut);
	pthread_mutex_lock(&g->lock);
	gaps_maybe_prune(g, now);
	if (g->fd != -1)
		rc = gaps_write(g->fd, line, strlen(line));
	else
		errno = EBADF;
	saved = errno;
	pthread_mutex_unlock(&g->lock);
	free(line);
	errno = saved;
	return rc;
}

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
