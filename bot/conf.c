/*
 * The configuration: one table declares every option (section, key, type,
 * default, range, help), and everything else (the INI reader, the
 * FAQBOT_<SECTION>_<KEY> environment overrides, the getters and the
 * commented example file) is driven by that table, so a new option is one
 * more row. Every problem is reported with file:line and reading goes on,
 * so an operator sees all their mistakes in one run.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "conf.h"
#include "text.h"
#include "xmalloc.h"

/* A config file larger than this is surely a mistake. */
#define CONF_FILE_MAX	(1024 * 1024)
/* Secrets are keys and salts, not documents. */
#define CONF_SECRET_MAX	(64 * 1024)
/* Room for "FAQBOT_<SECTION>_<KEY>_FILE". */
#define CONF_ENV_MAX	128
/* Comment text in the example file wraps at this column. */
#define CONF_WRAP	70

struct conf_option {
	const char	*section;
	const char	*key;
	enum conf_type	 type;
	const char	*def;		/* the default, as written in a file */
	long		 min;		/* CONF_INT: the accepted range */
	long		 max;
	bool		 size;		/* CONF_INT: k and M suffixes allowed */
	const char *const *choices;	/* CONF_STR: NULL-terminated, or NULL */
	const char	*help;
};

/*
 * One macro per kind of option keeps each row of the table short. The
 * defaults of numbers and booleans are written bare and turned into the
 * text a file would hold (# does not expand "true" as a macro).
 */
#define OPT_STR(sec, key_, dflt, hlp)					\
	{ .section = sec, .key = key_, .type = CONF_STR, .def = dflt,	\
	  .help = hlp }
#define OPT_ENUM(sec, key_, dflt, hlp, ...)				\
	{ .section = sec, .key = key_, .type = CONF_STR, .def = dflt,	\
	  .choices = (const char *const[]){ __VA_ARGS__, NULL },	\
	  .help = hlp }
#define OPT_INT(sec, key_, dflt, lo, hi, hlp)				\
	{ .section = sec, .key = key_, .type = CONF_INT, .def = #dflt,	\
	  .min = lo, .max = hi, .help = hlp }
#define OPT_SIZE(sec, key_, dflt, lo, hi, hlp)				\
	{ .section = sec, .key = key_, .type = CONF_INT, .def = #dflt,	\
	  .min = lo, .max = hi, .size = true, .help = hlp }
#define OPT_BOOL(sec, key_, dflt, hlp)					\
	{ .section = sec, .key = key_, .type = CONF_BOOL, .def = #dflt,	\
	  .help = hlp }
#define OPT_SECRET(sec, key_, hlp)					\
	{ .section = sec, .key = key_, .type = CONF_SECRET, .def = "",	\
	  .help = hlp }

/* Every option. Sections appear in the example in the order given here. */
static const struct conf_option conf_table[] = {
	OPT_STR("server", "listen", "127.0.0.1:8080",
	    "address:port to listen on; port 0 picks a free one"),
	OPT_INT("server", "threads", 4, 1, 64,
	    "worker threads that answer requests"),
	OPT_INT("server", "max_connections", 256, 1, 10000,
	    "most HTTP connections open at once"),
	OPT_INT("server", "per_ip_connections", 0, 0, 10000,
	    "most connections open at once from one client address; 0: no "
	    "limit (behind a reverse proxy every client has the proxy's "
	    "address, so limit clients in the proxy instead)"),
	OPT_INT("server", "connection_timeout", 30, 1, 3600,
	    "seconds a connection may stay idle before it is closed"),
	OPT_SIZE("server", "connection_memory", 32768, 4096, 1048576,
	    "bytes of memory each connection may use for headers and "
	    "buffers"),
	OPT_SIZE("server", "body_max", 65536, 1024, 1048576,
	    "largest request body in bytes; a larger one is refused"),
	OPT_SIZE("server", "text_max", 4096, 64, 65536,
	    "longest chat message in bytes"),
	OPT_INT("server", "rate_per_minute", 20, 1, 10000,
	    "messages per conversation per minute"),
	OPT_INT("server", "conversation_ttl", 1800, 60, 86400,
	    "seconds a quiet conversation is remembered"),
	OPT_INT("server", "max_conversations", 10000, 1, 1000000,
	    "most conversations remembered at once"),
	OPT_STR("server", "public_url", "",
	    "the URL the outside world uses to reach this server; needed by "
	    "some channels"),
	OPT_STR("knowledge", "path", "",
	    "knowledge file or directory; default: $FAQBOT_KB, the installed "
	    "copy, or ./knowledge"),
	OPT_BOOL("knowledge", "watch", true,
	    "reload when the files change"),
	OPT_ENUM("log", "level", "info",
	    "least important messages that are logged",
	    "debug", "info", "warn"),
	OPT_BOOL("log", "log_text", false,
	    "log the text of patients' messages: never turn this on in "
	    "production"),
	OPT_SECRET("log", "hash_salt",
	    "salt for hashing conversation ids in logs; a random one per "
	    "start when unset"),
	OPT_BOOL("gaps", "enabled", true,
	    "record questions the bot could not answer, to show what the "
	    "knowledge is missing"),
	OPT_STR("gaps", "path", "/var/lib/faqbot/gaps.jsonl",
	    "file the unanswered questions are appended to, one JSON object "
	    "per line"),
	OPT_INT("gaps", "retention_days", 30, 1, 3650,
	    "days an unanswered question is kept"),
	OPT_STR("outbox", "dir", "/var/lib/faqbot/outbox",
	    "directory of replies and alerts waiting to be sent (kept across "
	    "restarts)"),
	OPT_INT("outbox", "max_attempts", 8, 1, 100,
	    "attempts before a message goes to the dead-letter directory"),
	OPT_INT("outbox", "dead_retention_days", 30, 1, 3650,
	    "days a message stays in the dead-letter directory (it holds the "
	    "patient's text), then it is deleted"),
	OPT_INT("outbox", "backoff_initial", 2, 1, 3600,
	    "seconds before the first retry; doubled each time, with jitter"),
	OPT_INT("outbox", "backoff_max", 600, 1, 86400,
	    "longest wait between two attempts, in seconds"),
	OPT_INT("outbox", "per_chat_interval_ms", 1000, 0, 60000,
	    "least time between two messages to the same chat"),
	OPT_INT("outbox", "timeout_ms", 10000, 100, 120000,
	    "time limit of one delivery attempt"),
	OPT_STR("dedup", "path", "/var/lib/faqbot/dedup.log",
	    "file of platform event ids already answered (redeliveries are "
	    "answered once)"),
	OPT_INT("dedup", "keep_hours", 48, 24, 720,
	    "hours an event id is remembered"),
	OPT_SECRET("alerts", "url",
	    "incoming-webhook URL of the staff channel that gets crisis and "
	    "handoff alerts (Slack, Mattermost, Teams, Discord or generic)"),
	OPT_ENUM("alerts", "format", "slack",
	    "what kind of webhook alerts.url is", "slack", "mattermost",
	    "teams", "discord", "generic"),
	OPT_BOOL("alerts", "possible_risk", false,
	    "also alert staff about a message with words near danger that was "
	    "not read as a crisis (its reply carries the 988 note): more "
	    "alerts, many about questions only"),
	OPT_BOOL("alerts", "include_text", false,
	    "put the patient's message in the alert (health information: "
	    "only if the staff channel is approved for it)"),
	OPT_SECRET("alerts", "secret",
	    "for format = generic: HMAC-SHA256 key that signs each alert in "
	    "X-Faqbot-Signature"),
	OPT_SECRET("twilio", "auth_token",
	    "Twilio auth token; turns on POST /twilio/sms"),
	OPT_STR("twilio", "account_sid", "",
	    "your Twilio account SID; requests for other accounts are refused"),
	OPT_SECRET("whatsapp", "app_secret",
	    "Meta app secret (checks X-Hub-Signature-256); turns on /whatsapp "
	    "with access_token, verify_token and phone_number_id"),
	OPT_SECRET("whatsapp", "verify_token",
	    "the verify token you typed when setting the webhook up"),
	OPT_SECRET("whatsapp", "access_token",
	    "system-user access token for sending replies"),
	OPT_STR("whatsapp", "phone_number_id", "",
	    "the WhatsApp Business phone number id replies are sent from"),
	OPT_STR("whatsapp", "api_base", "https://graph.facebook.com/v19.0",
	    "Graph API base URL (tests point it at a local fake)"),
	OPT_SECRET("telegram", "bot_token",
	    "bot token from @BotFather; turns on Telegram"),
	OPT_SECRET("telegram", "secret_token",
	    "secret_token given to setWebhook (X-Telegram-Bot-Api-Secret-"
	    "Token); needed for POST /telegram"),
	OPT_ENUM("telegram", "mode", "webhook",
	    "webhook (POST /telegram) or polling (getUpdates, no public "
	    "address needed)", "webhook", "polling"),
	OPT_STR("telegram", "api_base", "https://api.telegram.org",
	    "Bot API base URL (tests point it at a local fake)"),
	OPT_SECRET("slack", "signing_secret",
	    "Slack signing secret; turns on /slack/events and /slack/command"),
	OPT_SECRET("slack", "bot_token",
	    "bot token (xoxb-...) for chat.postMessage"),
	OPT_STR("slack", "api_base", "https://slack.com/api",
	    "Web API base URL (tests point it at a local fake)"),
	OPT_SECRET("mattermost", "token",
	    "outgoing-webhook token; turns on POST /mattermost"),
	OPT_SECRET("teams", "security_token",
	    "outgoing-webhook security token (base64); turns on POST /teams"),
	OPT_STR("discord", "public_key", "",
	    "application public key (64 hex digits); turns on POST "
	    "/discord/interactions"),
	OPT_SECRET("webhook", "secret",
	    "HMAC-SHA256 key of the generic POST /v1/webhook "
	    "(X-Faqbot-Signature); turns it on"),
	OPT_INT("telegram", "poll_timeout", 30, 1, 50,
	    "seconds one getUpdates long-poll waits (mode = polling)"),
	OPT_STR("irc", "server", "",
	    "IRC server host name; turns the IRC connector on"),
	OPT_INT("irc", "port", 6697, 1, 65535,
	    "IRC server port (6697 for TLS, 6667 without)"),
	OPT_BOOL("irc", "tls", true,
	    "connect with TLS (certificates are verified)"),
	OPT_STR("irc", "nick", "faqbot",
	    "nickname; another is tried when it is taken"),
	OPT_STR("irc", "channels", "",
	    "comma-separated channels to join, e.g. #clinic,#help"),
	OPT_STR("irc", "sasl_user", "",
	    "SASL PLAIN account name (empty: no SASL)"),
	OPT_SECRET("irc", "sasl_password",
	    "SASL PLAIN password"),
	OPT_STR("xmpp", "jid", "",
	    "the bot's Jabber id, e.g. faqbot@example.org; turns XMPP on"),
	OPT_SECRET("xmpp", "password",
	    "the account's password"),
	OPT_STR("xmpp", "server", "",
	    "host to connect to (empty: from the jid's domain)"),
	OPT_INT("xmpp", "port", 5222, 1, 65535,
	    "XMPP client port"),
	OPT_BOOL("xmpp", "tls_required", true,
	    "refuse to log in without TLS"),
	OPT_STR("xmpp", "rooms", "",
	    "comma-separated multi-user chat rooms to join, e.g. "
	    "help@conference.example.org"),
	OPT_STR("xmpp", "room_nick", "faqbot",
	    "the bot's nickname in rooms"),
};

#define CONF_N	(sizeof(conf_table) / sizeof(conf_table[0]))

/* Where a value came from; a stronger source is never overwritten. */
enum conf_src {
	CONF_SRC_DEFAULT,
	CONF_SRC_FILE,
	CONF_SRC_ENV,
};

struct conf_value {
	char		*str;		/* CONF_STR and CONF_SECRET */
	long		 num;		/* CONF_INT and CONF_BOOL */
	enum conf_src	 src;
};

struct conf {
	struct conf_value v[CONF_N];	/* parallel to conf_table */
};

/* The context of the value being read, for error messages. */
struct conf_where {
	struct diag	*d;
	const char	*file;		/* NULL for the environment */
	int		 line;
	enum conf_src	 src;
	int		 errors;
};

/* The INI reader's state for one file. */
struct conf_parser {
	struct conf		*c;
	struct conf_where	 w;
	const char		*section;	/* from the table, or NULL */
	bool			 skip;		/* inside a bad section */
	int			 seen[CONF_N];	/* line of each option, or 0 */
};

struct conf_bool_word {
	const char	*word;
	bool		 value;
};

static const struct conf_bool_word conf_bools[] = {
	{ "true", true }, { "yes", true }, { "on", true }, { "1", true },
	{ "false", false }, { "no", false }, { "off", false }, { "0", false },
};

/* A broken invariant in the caller: print why and stop. */
static void __attribute__((noreturn, format(printf, 1, 2)))
conf_fatal(const char *fmt, ...)
{
	char msg[BOT_ERR_LEN];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	fprintf(stderr, "faqbot: fatal: %s\n", msg);	/* one write */
	abort();
}

/* Report one problem at w's place and count it. */
static void __attribute__((format(printf, 2, 3)))
conf_fail(struct conf_where *w, const char *fmt, ...)
{
	va_list ap;
	char *msg;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&msg, fmt, ap);
	va_end(ap);
	if (n < 0)
		xoom("conf_fail");
	diag_add(w->d, w->file, w->line, "%s", msg);
	free(msg);
	w->errors++;
}

/* Free a string that may hold a secret, clearing it first; accepts NULL. */
static void
conf_wipe(char *s)
{
	if (s == NULL)
		return;
	explicit_bzero(s, strlen(s));
	free(s);
}

/* Trim spaces, tabs and a carriage return at both ends, in place. */
static char *
conf_trim(char *s)
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

/* The row of [section] key, or -1. */
static int
conf_find(const char *section, const char *key)
{
	for (size_t i = 0; i < CONF_N; i++)
		if (strcmp(conf_table[i].section, section) == 0 &&
		    strcmp(conf_table[i].key, key) == 0)
			return (int)i;
	return -1;
}

/* True when row i is the first row of its section. */
static bool
conf_section_first(size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (strcmp(conf_table[j].section, conf_table[i].section) == 0)
			return false;
	return true;
}

/* The table's spelling of a section name, or NULL when unknown. */
static const char *
conf_section_find(const char *name)
{
	for (size_t i = 0; i < CONF_N; i++)
		if (strcmp(conf_table[i].section, name) == 0)
			return conf_table[i].section;
	return NULL;
}

/* Append items as "a, b or c", each between pre and post. */
static void
conf_join(struct buf *b, const char *const *items, size_t n,
    const char *pre, const char *post)
{
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_puts(b, i + 1 == n ? " or " : ", ");
		buf_printf(b, "%s%s%s", pre, items[i], post);
	}
}

/* Append the known sections as "[a], [b] or [c]". */
static void
conf_sections_text(struct buf *b)
{
	const char *secs[CONF_N];
	size_t n = 0;

	for (size_t i = 0; i < CONF_N; i++)
		if (conf_section_first(i))
			secs[n++] = conf_table[i].section;
	conf_join(b, secs, n, "[", "]");
}

/* Append an option's choices as "a, b or c". */
static void
conf_choices_text(const struct conf_option *o, struct buf *b)
{
	size_t n = 0;

	while (o->choices[n] != NULL)
		n++;
	conf_join(b, o->choices, n, "", "");
}

/* Write "FAQBOT_<SECTION>_<KEY>" for o into out (CONF_ENV_MAX bytes). */
static void
conf_env_name(const struct conf_option *o, char *out)
{
	snprintf(out, CONF_ENV_MAX, "FAQBOT_%s_%s", o->section, o->key);
	for (char *c = out; *c != '\0'; c++)
		*c = *c == '-' ? '_' : (char)toupper((unsigned char)*c);
}

/*
 * Fill hint with "; did you mean 'KEY'?" naming the key of section
 * closest to key (spelled as an environment variable when env), or "".
 */
static void
conf_hint(const char *section, const char *key, bool env, char *hint,
    size_t hintsz)
{
	const struct conf_option *best = NULL;
	int bestd = 3;
	char name[CONF_ENV_MAX];

	hint[0] = '\0';
	for (size_t i = 0; i < CONF_N; i++) {
		const struct conf_option *o = &conf_table[i];
		int d;

		if (strcmp(o->section, section) != 0)
			continue;
		d = text_distance(key, strlen(key), o->key, strlen(o->key), 2);
		if (d < bestd) {
			best = o;
			bestd = d;
		}
	}
	if (best == NULL)
		return;
	if (env)
		conf_env_name(best, name);
	snprintf(hint, hintsz, "; did you mean '%s'?", env ? name : best->key);
}

/*
 * Parse a whole number, with a k or M suffix (KiB, MiB) when size; false
 * when it is not one. A number too large for a long comes back clamped,
 * so the range check reports it.
 */
static bool
conf_parse_num(const char *s, bool size, long *out)
{
	char *end;
	long n, mult = 1;

	if (*s == '\0' || isspace((unsigned char)*s))
		return false;
	errno = 0;
	n = strtol(s, &end, 10);
	if (end == s)
		return false;
	if (size && (*end == 'k' || *end == 'K'))
		mult = 1024;
	else if (size && (*end == 'm' || *end == 'M'))
		mult = 1024 * 1024;
	if (mult != 1)
		end++;
	if (*end != '\0')
		return false;
	if (n > LONG_MAX / mult)
		n = LONG_MAX;
	else if (n < LONG_MIN / mult)
		n = LONG_MIN;
	else
		n *= mult;
	*out = n;
	return true;
}

/* Check and convert an integer value; false after reporting why. */
static bool
conf_parse_int(const struct conf_option *o, const char *value,
    const char *name, struct conf_where *w, long *out)
{
	if (!conf_parse_num(value, o->size, out)) {
		conf_fail(w, "bad number '%.64s' for %s (expected "
		    "%s%ld..%ld%s)", value, name, o->size ? "bytes " : "",
		    o->min, o->max,
		    o->size ? ", k and M suffixes allowed" : "");
		return false;
	}
	if (*out < o->min || *out > o->max) {
		conf_fail(w, "%s = %.64s is out of range (expected %ld..%ld)",
		    name, value, o->min, o->max);
		return false;
	}
	return true;
}

/* Check and convert a boolean value; false after reporting why. */
static bool
conf_parse_bool(const char *value, const char *name, struct conf_where *w,
    long *out)
{
	for (size_t i = 0; i < sizeof(conf_bools) / sizeof(conf_bools[0]);
	    i++) {
		if (strcasecmp(value, conf_bools[i].word) == 0) {
			*out = conf_bools[i].value;
			return true;
		}
	}
	conf_fail(w, "bad boolean '%.64s' for %s (expected true, false, yes, "
	    "no, on, off, 1 or 0)", value, name);
	return false;
}

/* Check a string against the option's choices, if it has any. */
static bool
conf_parse_choice(const struct conf_option *o, const char *value,
    const char *name, struct conf_where *w)
{
	struct buf b;

	if (o->choices == NULL)
		return true;
	for (size_t i = 0; o->choices[i] != NULL; i++)
		if (strcmp(value, o->choices[i]) == 0)
			return true;
	buf_init(&b, 0);
	conf_choices_text(o, &b);
	conf_fail(w, "bad value '%.64s' for %s (expected %s)", value, name,
	    buf_str(&b));
	buf_finish(&b);
	return false;
}

/*
 * Check a value against row o; numbers and booleans land in *num. False
 * after reporting why. A secret's value is never put in a message.
 */
static bool
conf_parse(const struct conf_option *o, const char *value, const char *name,
    struct conf_where *w, long *num)
{
	switch (o->type) {
	case CONF_INT:
		return conf_parse_int(o, value, name, w, num);
	case CONF_BOOL:
		return conf_parse_bool(value, name, w, num);
	case CONF_STR:
		return conf_parse_choice(o, value, name, w);
	case CONF_SECRET:
		break;
	}
	return true;
}

/*
 * Read fd until end of file or cap bytes into dst; the length goes to
 * *len. Returns -1 with errno set on a read error.
 */
static int
conf_read_all(int fd, char *dst, size_t cap, size_t *len)
{
	ssize_t n;

	*len = 0;
	while (*len < cap) {
		n = read(fd, dst + *len, cap - *len);
		if (n == 0)
			break;
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		*len += (size_t)n;
	}
	return 0;
}

/*
 * Open a secret file, refusing anything but a regular file that only its
 * owner may read. Returns the descriptor, or -1 with err filled.
 * O_NONBLOCK keeps a FIFO from hanging the open.
 */
static int
conf_secret_open(const char *path, char err[BOT_ERR_LEN])
{
	struct stat st;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd == -1) {
		snprintf(err, BOT_ERR_LEN, "cannot open secret file %s: %s",
		    path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == -1)
		snprintf(err, BOT_ERR_LEN, "cannot stat secret file %s: %s",
		    path, strerror(errno));
	else if (!S_ISREG(st.st_mode))
		snprintf(err, BOT_ERR_LEN, "secret file %s is not a regular "
		    "file", path);
	else if ((st.st_mode & 077) != 0)
		snprintf(err, BOT_ERR_LEN, "refusing secret file %s: mode "
		    "%04o lets other users read it; chmod 600 it", path,
		    (unsigned int)(st.st_mode & 07777));
	else
		return fd;
	close(fd);
	return -1;
}

/*
 * Read a secret from a file, without its trailing newline, into *out
 * (caller frees, ideally with conf_wipe). Returns 0, or -1 with err
 * filled; err never holds any of the file's content.
 */
static int
conf_secret_read(const char *path, char **out, char err[BOT_ERR_LEN])
{
	char *data;
	size_t len = 0;
	int fd, rc = -1;

	fd = conf_secret_open(path, err);
	if (fd == -1)
		return -1;
	data = xmalloc(CONF_SECRET_MAX + 1);
	if (conf_read_all(fd, data, CONF_SECRET_MAX + 1, &len) == -1)
		snprintf(err, BOT_ERR_LEN, "cannot read secret file %s: %s",
		    path, strerror(errno));
	else if (len > CONF_SECRET_MAX)
		snprintf(err, BOT_ERR_LEN, "secret file %s is larger than %d "
		    "bytes", path, CONF_SECRET_MAX);
	else if (memchr(data, '\0', len) != NULL)
		snprintf(err, BOT_ERR_LEN, "secret file %s contains a NUL "
		    "byte: store the secret as text", path);
	else {
		if (len > 0 && data[len - 1] == '\n')
			len--;
		if (len > 0 && data[len - 1] == '\r')
			len--;
		if (len == 0)
			snprintf(err, BOT_ERR_LEN, "secret file %s is empty",
			    path);
		else {
			*out = xstrndup(data, len);
			rc = 0;
		}
	}
	explicit_bzero(data, CONF_SECRET_MAX + 1);
	free(data);
	close(fd);
	return rc;
}

/*
 * Check value for row i and store it, unless a stronger source (the
 * environment over the file) has already set it. When is_file, value is
 * the path of a file holding the secret. name is the option as the user
 * spelled it. False after reporting why.
 */
static bool
conf_set(struct conf *c, size_t i, const char *value, bool is_file,
    const char *name, struct conf_where *w)
{
	const struct conf_option *o = &conf_table[i];
	struct conf_value *v = &c->v[i];
	char err[BOT_ERR_LEN], *s = NULL;
	long n = 0;

	if (is_file && conf_secret_read(value, &s, err) == -1) {
		conf_fail(w, "%s", err);
		return false;
	}
	if (!is_file && !conf_parse(o, value, name, w, &n))
		return false;
	if (w->src < v->src) {
		conf_wipe(s);
		return true;
	}
	if (s == NULL && (o->type == CONF_STR || o->type == CONF_SECRET))
		s = xstrdup(value);
	conf_wipe(v->str);
	v->str = s;
	v->num = n;
	v->src = w->src;
	return true;
}

/* Every option at its default; caller frees with conf_free. */
struct conf *
conf_new(void)
{
	struct conf *c = xcalloc(1, sizeof(*c));
	struct conf_where w = { .src = CONF_SRC_DEFAULT };

	for (size_t i = 0; i < CONF_N; i++)
		if (!conf_set(c, i, conf_table[i].def, false,
		    conf_table[i].key, &w))
			conf_fatal("bad default '%s' for [%s] %s",
			    conf_table[i].def, conf_table[i].section,
			    conf_table[i].key);
	return c;
}

/* Free a configuration, clearing its secrets; accepts NULL. */
void
conf_free(struct conf *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < CONF_N; i++)
		conf_wipe(c->v[i].str);
	free(c);
}

/* A "[section]" line. */
static void
conf_section_line(struct conf_parser *p, char *s)
{
	size_t n = strlen(s);
	struct buf b;
	char *name;

	p->section = NULL;
	p->skip = true;
	if (n < 2 || s[n - 1] != ']') {
		conf_fail(&p->w, "section header must end with ']'");
		return;
	}
	s[n - 1] = '\0';
	name = conf_trim(s + 1);
	p->section = conf_section_find(name);
	if (p->section == NULL) {
		buf_init(&b, 0);
		conf_sections_text(&b);
		conf_fail(&p->w, "unknown section [%.64s] (expected %s)", name,
		    buf_str(&b));
		buf_finish(&b);
		return;
	}
	p->skip = false;
}

/*
 * Remove the double quotes around a value, in place; the text between
 * them is taken literally. NULL after reporting an unbalanced quote.
 */
static char *
conf_unquote(struct conf_parser *p, char *v)
{
	size_t n = strlen(v);

	if (v[0] != '"')
		return v;
	if (n < 2 || v[n - 1] != '"') {
		conf_fail(&p->w, "a value that starts with '\"' must end "
		    "with '\"'");
		return NULL;
	}
	v[n - 1] = '\0';
	return v + 1;
}

/*
 * The row for key in the current section, or -1. "<key>_file" names the
 * secret <key>, read from a file; *is_file says which it was.
 */
static int
conf_key_find(const char *section, const char *key, bool *is_file)
{
	size_t n = strlen(key);
	char *base;
	int i;

	*is_file = false;
	i = conf_find(section, key);
	if (i >= 0 || n <= 5 || strcmp(key + n - 5, "_file") != 0)
		return i;
	base = xstrndup(key, n - 5);
	i = conf_find(section, base);
	free(base);
	if (i < 0 || conf_table[i].type != CONF_SECRET)
		return -1;
	*is_file = true;
	return i;
}

/* Record that row i is set on this line; false if it already was. */
static bool
conf_once(struct conf_parser *p, int i)
{
	const struct conf_option *o = &conf_table[i];

	if (p->seen[i] == 0) {
		p->seen[i] = p->w.line;
		return true;
	}
	conf_fail(&p->w, "key '%s' given twice in [%s] (first at line %d)%s",
	    o->key, o->section, p->seen[i], o->type == CONF_SECRET ?
	    "; give either the value or a _file, not both" : "");
	return false;
}

/* Report a key that comes before any section header. */
static void
conf_outside(struct conf_parser *p, const char *key)
{
	struct buf b;

	buf_init(&b, 0);
	conf_sections_text(&b);
	conf_fail(&p->w, "key '%.64s' outside any section: put it under %s",
	    key, buf_str(&b));
	buf_finish(&b);
}

/*
 * A "key = value" line. The line itself is never quoted in a message: a
 * line without '=' may be a secret that wrapped.
 */
static void
conf_keyval_line(struct conf_parser *p, char *s)
{
	char *eq = strchr(s, '='), *key, *value, hint[CONF_ENV_MAX + 32];
	bool is_file;
	int i;

	if (eq == NULL) {
		conf_fail(&p->w, "expected 'key = value', '[section]' or a "
		    "comment");
		return;
	}
	*eq = '\0';
	key = conf_trim(s);
	if (*key == '\0') {
		conf_fail(&p->w, "missing key before '='");
		return;
	}
	if (p->skip)
		return;		/* the bad section was reported once */
	if (p->section == NULL) {
		conf_outside(p, key);
		return;
	}
	value = conf_unquote(p, conf_trim(eq + 1));
	if (value == NULL)
		return;
	i = conf_key_find(p->section, key, &is_file);
	if (i < 0) {
		conf_hint(p->section, key, false, hint, sizeof(hint));
		conf_fail(&p->w, "unknown key '%.64s' in [%s]%s", key,
		    p->section, hint);
		return;
	}
	if (conf_once(p, i))
		conf_set(p->c, (size_t)i, value, is_file, key, &p->w);
}

/* One line (NUL-terminated, without its newline). */
static void
conf_line(struct conf_parser *p, char *raw)
{
	char *s = conf_trim(raw);

	if (*s == '\0' || *s == '#' || *s == ';')
		return;
	if (*s == '[')
		conf_section_line(p, s);
	else
		conf_keyval_line(p, s);
}

/* Parse a file's text line by line, reporting every problem. */
static void
conf_parse_text(struct conf_parser *p, const char *text, size_t len)
{
	size_t i = 0;

	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		i = 3;		/* editors on Windows add a BOM */
	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t n = nl != NULL ? (size_t)(nl - (text + i)) : len - i;
		size_t bad;
		char *line;

		p->w.line++;
		if (!text_valid_utf8(text + i, n, &bad))
			conf_fail(&p->w, "invalid UTF-8 at column %zu: save "
			    "the file as UTF-8", bad + 1);
		else {
			line = xstrndup(text + i, n);
			conf_line(p, line);
			explicit_bzero(line, n);	/* may hold a secret */
			free(line);
		}
		i += n + 1;
	}
}

/*
 * Read the INI file at path into c. Values already set by the environment
 * stay. Returns 0, or -1 when anything was wrong, every problem added to
 * d as "path:line: error: ..."; on -1, c holds a mix and should be freed.
 */
int
conf_load(struct conf *c, const char *path, struct diag *d)
{
	struct conf_parser p = { .c = c };
	char *text;
	size_t len = 0;
	int fd, rc, saved;

	p.w = (struct conf_where){ .d = d, .file = path, .src = CONF_SRC_FILE };
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	if (fd == -1) {
		diag_add(d, path, 0, "cannot open: %s", strerror(errno));
		return -1;
	}
	text = xmalloc(CONF_FILE_MAX + 1);
	rc = conf_read_all(fd, text, CONF_FILE_MAX + 1, &len);
	saved = errno;
	close(fd);
	if (rc == -1)
		conf_fail(&p.w, "cannot read: %s", strerror(saved));
	else if (len > CONF_FILE_MAX)
		conf_fail(&p.w, "file is larger than %d bytes", CONF_FILE_MAX);
	else
		conf_parse_text(&p, text, len);
	explicit_bzero(text, len);
	free(text);
	return p.w.errors > 0 ? -1 : 0;
}

/* The row named by an environment variable, or -1; see conf_key_find. */
static int
conf_env_find(const char *name, bool *is_file)
{
	char env[CONF_ENV_MAX];
	size_t n;

	for (size_t i = 0; i < CONF_N; i++) {
		conf_env_name(&conf_table[i], env);
		n = strlen(env);
		if (strncmp(name, env, n) != 0)
			continue;
		*is_file = strcmp(name + n, "_FILE") == 0;
		if (name[n] == '\0' ||
		    (*is_file && conf_table[i].type == CONF_SECRET))
			return (int)i;
	}
	return -1;
}

/*
 * The section whose FAQBOT_<SECTION>_ prefix starts name (the longest,
 * should one section's name start another's), or NULL.
 */
static const char *
conf_env_section(const char *name, size_t *prefix)
{
	const char *best = NULL;
	char env[CONF_ENV_MAX];

	*prefix = 0;
	for (size_t i = 0; i < CONF_N; i++) {
		size_t n;

		if (!conf_section_first(i))
			continue;
		conf_env_name(&(struct conf_option){
		    .section = conf_table[i].section, .key = "" }, env);
		n = strlen(env);
		if (strncmp(name, env, n) == 0 && n > *prefix) {
			best = conf_table[i].section;
			*prefix = n;
		}
	}
	return best;
}

/* Report FAQBOT_<SECTION>_<X> where the section has no key X. */
static void
conf_env_unknown(const char *name, struct conf_where *w)
{
	char hint[CONF_ENV_MAX + 32], *key;
	const char *section;
	size_t prefix;

	section = conf_env_section(name, &prefix);
	if (section == NULL)
		return;		/* FAQBOT_KB and the like are not options */
	key = xstrdup(name + prefix);
	for (char *k = key; *k != '\0'; k++)
		*k = (char)tolower((unsigned char)*k);
	conf_hint(section, key, true, hint, sizeof(hint));
	conf_fail(w, "unknown environment variable %s: [%s] has no key "
	    "'%.64s'%s", name, section, key, hint);
	free(key);
}

/* One "NAME=value" string of the environment. */
static void
conf_env_one(struct conf *c, const char *entry, struct conf_where *w)
{
	const char *eq = strchr(entry, '='), *value;
	bool is_file = false;
	char *name;
	int i;

	if (strncmp(entry, "FAQBOT_", 7) != 0 || eq == NULL)
		return;
	name = xstrndup(entry, (size_t)(eq - entry));
	value = eq + 1;
	i = conf_env_find(name, &is_file);
	if (i < 0)
		conf_env_unknown(name, w);
	else if (conf_table[i].type != CONF_SECRET && !is_file &&
	    !text_valid_utf8(value, strlen(value), NULL))
		conf_fail(w, "invalid UTF-8 in %s", name);
	else
		conf_set(c, (size_t)i, value, is_file, name, w);
	free(name);
}

/*
 * Apply FAQBOT_<SECTION>_<KEY>=value (and <KEY>_FILE=PATH for secrets)
 * from envp, which may be NULL; these win over the file whichever is read
 * first. Variables that name no known section are ignored. Returns 0, or
 * -1 with every problem added to d.
 */
int
conf_apply_env(struct conf *c, char **envp, struct diag *d)
{
	struct conf_where w = { .d = d, .src = CONF_SRC_ENV };

	if (envp == NULL)
		return 0;
	for (char **e = envp; *e != NULL; e++)
		conf_env_one(c, *e, &w);
	return w.errors > 0 ? -1 : 0;
}

/* The row of [section] key, which must have one of the types in mask. */
static size_t
conf_want(const char *section, const char *key, unsigned int mask,
    const char *caller)
{
	int i = conf_find(section, key);

	if (i < 0)
		conf_fatal("%s: no config option [%s] %s", caller, section,
		    key);
	if ((mask & (1u << conf_table[i].type)) == 0)
		conf_fatal("%s: config option [%s] %s has another type",
		    caller, section, key);
	return (size_t)i;
}

/* A string or secret option; borrowed until conf_free, never NULL. */
const char *
conf_str(const struct conf *c, const char *section, const char *key)
{
	size_t i = conf_want(section, key,
	    (1u << CONF_STR) | (1u << CONF_SECRET), "conf_str");

	return c->v[i].str;
}

/* An integer option, already within its range. */
long
conf_int(const struct conf *c, const char *section, const char *key)
{
	return c->v[conf_want(section, key, 1u << CONF_INT, "conf_int")].num;
}

/* A boolean option. */
bool
conf_bool(const struct conf *c, const char *section, const char *key)
{
	return c->v[conf_want(section, key, 1u << CONF_BOOL,
	    "conf_bool")].num != 0;
}

/* True when the file or the environment set the option. */
bool
conf_is_set(const struct conf *c, const char *section, const char *key)
{
	return c->v[conf_want(section, key, ~0u, "conf_is_set")].src !=
	    CONF_SRC_DEFAULT;
}

/* Write text as "# " comment lines wrapped at CONF_WRAP columns. */
static void
conf_comment(FILE *fp, const char *text)
{
	const char *s = text;

	while (*s != '\0') {
		size_t cut = strlen(s);

		if (cut > CONF_WRAP) {
			cut = CONF_WRAP;
			while (cut > 0 && s[cut] != ' ')
				cut--;
			if (cut == 0)
				cut = strcspn(s, " ");
		}
		fprintf(fp, "# %.*s\n", (int)cut, s);
		s += cut;
		while (*s == ' ')
			s++;
	}
}

/* Describe the values o accepts and its environment variable. */
static void
conf_describe(const struct conf_option *o, struct buf *b)
{
	char env[CONF_ENV_MAX];

	conf_env_name(o, env);
	buf_putc(b, '(');
	if (o->type == CONF_INT)
		buf_printf(b, "%s%ld..%ld%s; ", o->size ? "bytes " : "",
		    o->min, o->max,
		    o->size ? ", k and M suffixes allowed" : "");
	else if (o->type == CONF_BOOL)
		buf_puts(b, "true or false; ");
	else if (o->choices != NULL) {
		conf_choices_text(o, b);
		buf_puts(b, "; ");
	} else if (o->type == CONF_SECRET)
		buf_printf(b, "secret; or %s_file = PATH, a file only its "
		    "owner may read; ", o->key);
	buf_printf(b, "environment %s", env);
	if (o->type == CONF_SECRET)
		buf_printf(b, " or %s_FILE", env);
	buf_putc(b, ')');
}

/* One option: its help, what it accepts, and its default commented out. */
static void
conf_write_option(FILE *fp, const struct conf_option *o)
{
	struct buf b;

	buf_init(&b, 0);
	conf_describe(o, &b);
	fputc('\n', fp);
	conf_comment(fp, o->help);
	conf_comment(fp, buf_str(&b));
	if (o->def[0] == '\0')
		fprintf(fp, "#%s =\n", o->key);
	else
		fprintf(fp, "#%s = %s\n", o->key, o->def);
	buf_finish(&b);
}

/* The opening comment of the example file. */
static const char conf_example_head[] =
	"# faqbot configuration: faqbot serve --config FILE\n"
	"#\n"
	"# Every option is listed at its default, commented out; remove the\n"
	"# '#' to change one. Lines starting with '#' or ';' are comments; a\n"
	"# '#' after a value is part of the value. A value may be put in\n"
	"# double quotes, which are removed; the text between them is taken\n"
	"# literally. FAQBOT_<SECTION>_<KEY> environment variables win over\n"
	"# this file. Secrets are never printed, and a secret file must be\n"
	"# readable by its owner only (chmod 600).\n";

/* Every option, its default and help, as a commented INI file. */
void
conf_write_example(FILE *fp)
{
	fputs(conf_example_head, fp);
	for (size_t i = 0; i < CONF_N; i++) {
		if (conf_section_first(i))
			fprintf(fp, "\n[%s]\n", conf_table[i].section);
		conf_write_option(fp, &conf_table[i]);
	}
}
