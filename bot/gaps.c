/*
 * The gaps file: one JSON line {"t":UNIX,"q":"..."} per question the bot
 * could not answer, so staff can see what patients ask that the knowledge
 * lacks. The questions are health information, so they are redacted before
 * they reach the disk (phone numbers, e-mail addresses, URLs and long
 * digit runs), the file is only ever mode 0600, and lines older than the
 * retention are removed when the file is opened and then once a day.
 * `faqbot gaps` (gaps_report.c) reads the file and groups similar
 * questions.
 */
#include <errno.h>
#include <fcntl.h>
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
#include "gaps.h"
#include "log.h"
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
