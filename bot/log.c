/*
 * The process log: JSON lines on stderr (or a stream chosen at startup),
 * one line per event, never interleaved between threads. Patient messages
 * are health information, so request lines carry a salted hash of the
 * conversation id instead of the id, and the message text only when the
 * operator turned log_text on; even then it is cut to LOG_TEXT_MAX
 * characters. Every string goes through the same cleaning (invalid UTF-8
 * replaced, long values cut) and cJSON's escaping, so nothing a patient
 * types can break a line or forge another one.
 *
 * The log is the one piece of process-wide state (like OpenBSD's log.c):
 * every module logs without being handed a context.
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <cjson/cJSON.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <utf8proc.h>

#include "buf.h"
#include "log.h"
#include "xmalloc.h"

/* Bytes of random salt used when the operator configured none. */
#define LOG_RANDOM_SALT	32

static struct {
	pthread_mutex_t	 lock;		/* held while a line is written */
	int		 level;		/* read and set with __atomic */
	FILE		*out;		/* NULL means stderr */
	unsigned char	*salt;		/* NULL until log_init */
	size_t		 saltlen;
} log_state = { PTHREAD_MUTEX_INITIALIZER, LOG_INFO, NULL, NULL, 0 };

static unsigned char log_random_salt[LOG_RANDOM_SALT];
static pthread_once_t log_random_once = PTHREAD_ONCE_INIT;

static const char *log_level_names[] = {
	[LOG_DEBUG] = "debug",
	[LOG_INFO] = "info",
	[LOG_WARN] = "warn",
};

/* Fill the fallback salt once; without a salt the hashes would be guessable. */
static void
log_random_init(void)
{
	if (RAND_bytes(log_random_salt, sizeof(log_random_salt)) != 1)
		xoom("openssl RAND_bytes");
}

/*
 * Set the level, the stream (NULL for stderr) and the salt for conversation
 * hashes, which is copied. Without a salt (NULL or empty) a random one is
 * made, so hashes are stable only for the life of the process. Call before
 * other threads start: the salt is read without the lock.
 */
void
log_init(enum log_level level, FILE *out, const char *salt, size_t saltlen)
{
	pthread_mutex_lock(&log_state.lock);
	log_state.out = out;
	free(log_state.salt);
	log_state.salt = NULL;
	log_state.saltlen = 0;
	if (salt != NULL && saltlen > 0) {
		log_state.salt = xmalloc(saltlen);
		memcpy(log_state.salt, salt, saltlen);
		log_state.saltlen = saltlen;
	}
	pthread_mutex_unlock(&log_state.lock);
	log_set_level(level);
}

/* Change the level; safe from any thread at any time (on SIGHUP, say). */
void
log_set_level(enum log_level level)
{
	if (level < LOG_DEBUG || level > LOG_WARN)
		level = LOG_INFO;
	__atomic_store_n(&log_state.level, (int)level, __ATOMIC_RELAXED);
}

/* Parse "debug", "info", "warn" or "warning" (any case); false if none. */
bool
log_parse_level(const char *s, enum log_level *out)
{
	for (int i = LOG_DEBUG; i <= LOG_WARN; i++) {
		if (strcasecmp(s, log_level_names[i]) == 0) {
			*out = (enum log_level)i;
			return true;
		}
	}
	if (strcasecmp(s, "warning") == 0) {
		*out = LOG_WARN;
		return true;
	}
	return false;
}

/* The name of a level, as written in the "level" field. */
const char *
log_level_name(enum log_level level)
{
	if (level < LOG_DEBUG || level > LOG_WARN)
		return "info";
	return log_level_names[level];
}

/* True when lines of this level are written; cheap, so check first. */
static bool
log_enabled(enum log_level level)
{
	return (int)level >= __atomic_load_n(&log_state.level,
	    __ATOMIC_RELAXED);
}

/*
 * Append at most max characters of s to out as valid UTF-8: each invalid
 * byte becomes U+FFFD, and "…" marks text that was cut.
 */
static void
log_clean(const char *s, size_t max, struct buf *out)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_ssize_t len = (utf8proc_ssize_t)strlen(s), n;
	utf8proc_int32_t cp;
	size_t chars = 0;

	while (len > 0) {
		if (chars == max) {
			buf_puts(out, "\xe2\x80\xa6");
			return;
		}
		n = utf8proc_iterate(p, len, &cp);
		if (n < 0) {
			buf_puts(out, "\xef\xbf\xbd");
			n = 1;
		} else
			buf_append(out, p, (size_t)n);
		p += n;
		len -= n;
		chars++;
	}
}

/* Add a cleaned string field; a NULL value adds nothing. */
static void
log_add_string(cJSON *o, const char *name, const char *s, size_t max)
{
	struct buf b;

	if (s == NULL)
		return;
	buf_init(&b, 0);
	log_clean(s, max, &b);
	if (cJSON_AddStringToObject(o, name, buf_str(&b)) == NULL)
		xoom("cjson");
	buf_finish(&b);
}

/* Add a number field. */
static void
log_add_number(cJSON *o, const char *name, double v)
{
	if (cJSON_AddNumberToObject(o, name, v) == NULL)
		xoom("cjson");
}

/* Write the current UTC time as 2026-11-28T03:40:00.123Z. */
static void
log_time(char *out, size_t outsz)
{
	struct timespec ts;
	struct tm tm;
	size_t n;

	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	n = strftime(out, outsz, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out + n, outsz - n, ".%03dZ", (int)(ts.tv_nsec / 1000000));
}

/* A new line object holding the time and level; caller emits it. */
static cJSON *
log_line_new(enum log_level level)
{
	char t[64];
	cJSON *o = cJSON_CreateObject();

	if (o == NULL)
		xoom("cjson");
	log_time(t, sizeof(t));
	log_add_string(o, "time", t, LOG_FIELD_MAX);
	log_add_string(o, "level", log_level_name(level), LOG_FIELD_MAX);
	return o;
}

/*
 * Print the object as one line with a single write under the lock, so
 * lines from different threads never interleave. Frees o.
 */
static void
log_emit(cJSON *o)
{
	char *s = cJSON_PrintUnformatted(o);
	size_t n;
	FILE *out;

	cJSON_Delete(o);
	if (s == NULL)
		xoom("cjson");
	n = strlen(s);
	s = xreallocarray(s, n + 2, 1);
	s[n++] = '\n';
	s[n] = '\0';
	pthread_mutex_lock(&log_state.lock);
	out = log_state.out != NULL ? log_state.out : stderr;
	fwrite(s, 1, n, out);
	fflush(out);
	pthread_mutex_unlock(&log_state.lock);
	free(s);
}

/*
 * Format and write a message line. With errnum non-zero, ": strerror" is
 * appended. The level was checked by the caller, before formatting.
 */
static void __attribute__((format(printf, 2, 0)))
log_vwrite(enum log_level level, const char *fmt, va_list ap, int errnum)
{
	char *msg = NULL, *full = NULL, ebuf[128];
	cJSON *o;

	if (vasprintf(&msg, fmt, ap) < 0)
		xoom("vasprintf");
	if (errnum != 0) {
		xasprintf(&full, "%s: %s", msg,
		    strerror_r(errnum, ebuf, sizeof(ebuf)));
		free(msg);
		msg = full;
	}
	o = log_line_new(level);
	log_add_string(o, "msg", msg, LOG_FIELD_MAX);
	free(msg);
	log_emit(o);
}

/* Log a message at a level; debug costs one comparison when off. */
void
log_msg(enum log_level level, const char *fmt, ...)
{
	int saved = errno;
	va_list ap;

	if (!log_enabled(level))
		return;
	va_start(ap, fmt);
	log_vwrite(level, fmt, ap, 0);
	va_end(ap);
	errno = saved;
}

/*
 * Log a warning followed by ": " and the text of the current errno (none
 * when errno is 0, rather than a misleading "Success").
 */
void
log_warn(const char *fmt, ...)
{
	int saved = errno;
	va_list ap;

	if (!log_enabled(LOG_WARN))
		return;
	va_start(ap, fmt);
	log_vwrite(LOG_WARN, fmt, ap, saved);
	va_end(ap);
	errno = saved;
}

/* Log a warning with no errno text. */
void
log_warnx(const char *fmt, ...)
{
	int saved = errno;
	va_list ap;

	if (!log_enabled(LOG_WARN))
		return;
	va_start(ap, fmt);
	log_vwrite(LOG_WARN, fmt, ap, 0);
	va_end(ap);
	errno = saved;
}

/*
 * Log one finished request at info level. The conversation id is replaced
 * by its salted hash; the text is written only when r->log_text is set.
 */
void
log_request(const struct log_request *r)
{
	char hash[LOG_HASH_LEN];
	cJSON *o;

	if (!log_enabled(LOG_INFO))
		return;
	o = log_line_new(LOG_INFO);
	log_add_string(o, "event", "request", LOG_FIELD_MAX);
	log_add_string(o, "route", r->route, LOG_FIELD_MAX);
	log_add_number(o, "status", r->status);
	log_add_number(o, "latency_ms", round(r->latency_ms * 1000) / 1000);
	log_add_string(o, "kind", r->kind, LOG_FIELD_MAX);
	log_add_string(o, "id", r->entry, LOG_FIELD_MAX);
	if (r->conversation != NULL && r->conversation[0] != '\0') {
		log_conv_hash(r->conversation, hash);
		log_add_string(o, "conv", hash, LOG_FIELD_MAX);
	}
	if (r->log_text)
		log_add_string(o, "text", r->text, LOG_TEXT_MAX);
	log_emit(o);
}

/*
 * Write the conversation's pseudonym into out: HMAC-SHA256 keyed with the
 * salt, first 8 bytes in lower-case hex. A NULL id gives "". Only running
 * out of memory can make it fail, and that is fatal.
 */
void
log_conv_hash(const char *conversation, char out[LOG_HASH_LEN])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	const unsigned char *key = log_state.salt;
	size_t keylen = log_state.saltlen;

	out[0] = '\0';
	if (conversation == NULL)
		return;
	if (key == NULL) {
		pthread_once(&log_random_once, log_random_init);
		key = log_random_salt;
		keylen = sizeof(log_random_salt);
	}
	if (HMAC(EVP_sha256(), key, (int)keylen,
	    (const unsigned char *)conversation, strlen(conversation), md,
	    &mdlen) == NULL || mdlen < 8)
		xoom("openssl HMAC");
	for (int i = 0; i < 8; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 0xf];
	}
	out[16] = '\0';
}
