/*
 * Unit tests of the IRC connector (bot/irc.c): line parsing (prefix,
 * command, parameters, trailing, tags, malformed lines), nicks, services
 * and addressing, CR/LF/NUL and formatting stripping, splitting answers
 * (word boundaries, UTF-8, the byte budget, paragraphs), the token bucket
 * on a fake clock, nick fallbacks and conversation ids; then the
 * connector's thread against a scripted fake server on 127.0.0.1: SASL
 * PLAIN, a taken nick, joining, PING, answering in a channel and in
 * private, what is never answered, CTCP VERSION, reconnecting, QUIT.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmocka.h>

#include "chanserve.h"
#include "conf.h"
#include "convo.h"
#include "diag.h"
#include "irc.h"
#include "irc_line.h"
#include "kbhold.h"
#include "log.h"
#include "metrics.h"

/* ------------------------------------------------------------------ */
/* Parsing.                                                             */

/* irc_parse over a whole C string. */
static int
parse(const char *s, struct irc_msg *m)
{
	return irc_parse(s, strlen(s), m);
}

static void
test_parse_full(void **state)
{
	static const char line[] = ":alice!a@example.org PRIVMSG #clinic "
	    ":faqbot: what is ketamine?\r\n";
	struct irc_msg m;

	(void)state;
	assert_int_equal(irc_parse(line, strlen(line), &m), 0);
	assert_string_equal(m.prefix, "alice!a@example.org");
	assert_string_equal(m.command, "PRIVMSG");
	assert_int_equal(m.nparams, 2);
	assert_string_equal(m.params[0], "#clinic");
	assert_string_equal(m.params[1], "faqbot: what is ketamine?");
	assert_true(m.trailing);
}

static void
test_parse_forms(void **state)
{
	struct irc_msg m;
	char many[IRC_LINE_MAX];

	(void)state;
	assert_int_equal(parse("PING :abc def", &m), 0);
	assert_null(m.prefix);
	assert_string_equal(m.command, "PING");
	assert_int_equal(m.nparams, 1);
	assert_string_equal(m.params[0], "abc def");
	/* A numeric, middle parameters only, extra spaces, LF alone. */
	assert_int_equal(parse(":srv 001  faqbot   Welcome\n", &m), 0);
	assert_string_equal(m.command, "001");
	assert_int_equal(m.nparams, 2);
	assert_string_equal(m.params[1], "Welcome");
	assert_false(m.trailing);
	/* IRCv3 tags are skipped; an empty trailing is a parameter. */
	assert_int_equal(parse("@time=2024-01-01T00:00:00Z;x=y :n!u@h "
	    "PRIVMSG me :", &m), 0);
	assert_string_equal(m.prefix, "n!u@h");
	assert_int_equal(m.nparams, 2);
	assert_string_equal(m.params[1], "");
	/* Past 14 middle parameters the rest is the last one. */
	snprintf(many, sizeof(many), "CMD 1 2 3 4 5 6 7 8 9 10 11 12 13 14 "
	    "15 16");
	assert_int_equal(irc_parse(many, strlen(many), &m), 0);
	assert_int_equal(m.nparams, IRC_PARAMS_MAX);
	assert_string_equal(m.params[14], "15 16");
	/* No parameters at all. */
	assert_int_equal(parse("QUIT", &m), 0);
	assert_int_equal(m.nparams, 0);
}

static void
test_parse_malformed(void **state)
{
	char big[IRC_LINE_MAX + 8];
	struct irc_msg m;

	(void)state;
	assert_int_equal(parse("", &m), -1);
	assert_int_equal(parse("\r\n", &m), -1);
	assert_int_equal(parse(":prefix.only", &m), -1);
	assert_int_equal(parse(": PING x", &m), -1);
	assert_int_equal(parse("PRIV-MSG x", &m), -1);
	assert_int_equal(parse("12 x", &m), -1);
	assert_int_equal(parse("@tags-only", &m), -1);
	assert_int_equal(irc_parse("PRIVMSG a :b\0c", 14, &m), -1);
	/* 510 bytes plus CR LF is the most; 511 is too long. */
	memset(big, 'x', sizeof(big));
	memcpy(big, "PING :", 6);
	assert_int_equal(irc_parse(big, 510, &m), 0);
	assert_int_equal(strlen(m.params[0]), 504);
	assert_int_equal(irc_parse(big, 511, &m), -1);
}

static void
test_prefix_nick(void **state)
{
	char nick[IRC_NICK_MAX + 1];
	char longp[IRC_NICK_MAX + 20];

	(void)state;
	assert_true(irc_prefix_nick("alice!a@example.org", nick,
	    sizeof(nick)));
	assert_string_equal(nick, "alice");
	assert_true(irc_prefix_nick("bob@host", nick, sizeof(nick)));
	assert_string_equal(nick, "bob");
	assert_true(irc_prefix_nick("[x]`_^{|}", nick, sizeof(nick)));
	assert_false(irc_prefix_nick("irc.example.org", nick, sizeof(nick)));
	assert_false(irc_prefix_nick("", nick, sizeof(nick)));
	assert_false(irc_prefix_nick(NULL, nick, sizeof(nick)));
	assert_false(irc_prefix_nick("!u@h", nick, sizeof(nick)));
	assert_false(irc_prefix_nick("1abc!u@h", nick, sizeof(nick)));
	assert_false(irc_prefix_nick("#chan!u@h", nick, sizeof(nick)));
	memset(longp, 'n', sizeof(longp) - 1);
	longp[sizeof(longp) - 1] = '\0';
	assert_false(irc_prefix_nick(longp, nick, sizeof(nick)));
}

static void
test_names(void **state)
{
	(void)state;
	assert_true(irc_valid_nick("faqbot"));
	assert_true(irc_valid_nick("faq-bot_2"));
	assert_false(irc_valid_nick("faq bot"));
	assert_false(irc_valid_nick("-faq"));
	assert_false(irc_valid_nick("faq\r\nQUIT"));
	assert_false(irc_valid_nick(""));
	assert_true(irc_is_channel("#clinic"));
	assert_true(irc_is_channel("&local"));
	assert_false(irc_is_channel("#"));
	assert_false(irc_is_channel("faqbot"));
	assert_true(irc_is_service("NickServ"));
	assert_true(irc_is_service("chanserv"));
	assert_true(irc_is_service("SaslServ"));
	assert_true(irc_is_service("Global"));
	assert_false(irc_is_service("alice"));
	assert_false(irc_is_service("serve"));
	assert_int_equal(irc_casecmp("FaqBot", "faqbot"), 0);
	assert_int_equal(irc_casecmp("faq[bot]", "FAQ{BOT}"), 0);
	assert_int_not_equal(irc_casecmp("faqbot", "faqbot_"), 0);
}

static void
test_addressed(void **state)
{
	(void)state;
	assert_string_equal(irc_addressed("faqbot: what is it", "faqbot"),
	    "what is it");
	assert_string_equal(irc_addressed("FaqBot, what is it", "faqbot"),
	    "what is it");
	assert_string_equal(irc_addressed("faqbot:what", "faqbot"), "what");
	assert_string_equal(irc_addressed("  faqbot:   what", "faqbot"),
	    "what");
	assert_string_equal(irc_addressed("faqbot:", "faqbot"), "");
	assert_string_equal(irc_addressed("FAQ{BOT}: x", "faq[bot]"), "x");
	assert_null(irc_addressed("faqbotx: what", "faqbot"));
	assert_null(irc_addressed("faqbot what", "faqbot"));
	assert_null(irc_addressed("hey faqbot: what", "faqbot"));
	assert_null(irc_addressed("faq: what", "faqbot"));
	assert_null(irc_addressed("", "faqbot"));
	assert_null(irc_addressed("faqbot: x", ""));
}

static void
test_strip(void **state)
{
	char s[] = "PRIVMSG #a :x\r\nQUIT\0y";
	char f[] = "\002bold\002 \00304,12red\003 \0033green\003 \037u\017 "
	    "\00399,99x \004ff00ff,00ff00hex\004 \0035,x";
	size_t n;

	(void)state;
	n = irc_strip(s, sizeof(s) - 1);
	assert_int_equal(n, strlen("PRIVMSG #a :xQUITy"));
	assert_memory_equal(s, "PRIVMSG #a :xQUITy", n);
	irc_strip_format(f);
	assert_string_equal(f, "bold red green u x hex ,x");
}

/* ------------------------------------------------------------------ */
/* Splitting.                                                           */

/* True when s[0..n) is valid UTF-8. */
static bool
utf8_ok(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;

	for (size_t i = 0; i < n; ) {
		size_t len = p[i] < 0x80 ? 1 : (p[i] & 0xe0) == 0xc0 ? 2 :
		    (p[i] & 0xf0) == 0xe0 ? 3 : (p[i] & 0xf8) == 0xf0 ? 4 : 0;

		if (len == 0 || i + len > n)
			return false;
		for (size_t j = 1; j < len; j++)
			if ((p[i + j] & 0xc0) != 0x80)
				return false;
		i += len;
	}
	return true;
}

static void
test_split_simple(void **state)
{
	struct irc_lines l;

	(void)state;
	irc_split("Hello there.", 400, &l);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0], "Hello there.");
	irc_lines_finish(&l);
	/* Paragraphs and list items become lines; no empty lines. */
	irc_split("First.\n\nSecond:\n- one\n- two\n\n\n  \nLast.  ", 400, &l);
	assert_int_equal(l.n, 5);
	assert_string_equal(l.v[0], "First.");
	assert_string_equal(l.v[1], "Second:");
	assert_string_equal(l.v[2], "- one");
	assert_string_equal(l.v[3], "- two");
	assert_string_equal(l.v[4], "Last.");
	irc_lines_finish(&l);
	irc_split(" \n\n \t ", 400, &l);
	assert_int_equal(l.n, 0);
	irc_lines_finish(&l);
	irc_split("", 400, &l);
	assert_int_equal(l.n, 0);
	irc_lines_finish(&l);
}

static void
test_split_controls(void **state)
{
	struct irc_lines l;

	(void)state;
	/* CR, CR LF, CTCP's \x01, NUL-free controls: never on the wire. */
	irc_split("a\rb\r\nc\001VERSION\001\tx\a\x7f", 400, &l);
	assert_int_equal(l.n, 3);
	assert_string_equal(l.v[0], "a");
	assert_string_equal(l.v[1], "b");
	assert_string_equal(l.v[2], "cVERSION x");
	irc_lines_finish(&l);
}

/* Turn every run of spaces in s into one space. */
static void
squeeze(char *s)
{
	for (char *p = strstr(s, "  "); p != NULL; p = strstr(s, "  "))
		memmove(p, p + 1, strlen(p));
}

static void
test_split_words(void **state)
{
	char text[4096], joined[4096] = "";
	struct irc_lines l;
	size_t n = 0;

	(void)state;
	for (int i = 0; n < 2000; i++)
		n += (size_t)snprintf(text + n, sizeof(text) - n, "%sword%d",
		    i == 0 ? "" : i % 7 == 0 ? "  " : " ", i);
	irc_split(text, 100, &l);
	assert_true(l.n >= 20);
	for (size_t i = 0; i < l.n; i++) {
		size_t len = strlen(l.v[i]);

		assert_true(len > 0 && len <= 100);
		assert_true(l.v[i][0] != ' ' && l.v[i][len - 1] != ' ');
		/* Cut at a space: the next word would not have fitted. */
		if (i + 1 < l.n)
			assert_true(len + 2 + strcspn(l.v[i + 1], " ") > 100);
		strcat(joined, i == 0 ? "" : " ");
		strcat(joined, l.v[i]);
	}
	/* Whole and in order (a cut may turn a double space into one). */
	squeeze(text);
	squeeze(joined);
	assert_string_equal(joined, text);
	irc_lines_finish(&l);
}

static void
test_split_utf8(void **state)
{
	/* é is 2 bytes, 中 3, 😀 4: no space anywhere, so cuts are forced. */
	static const char *const chars[] = { "\xc3\xa9", "\xe4\xb8\xad",
	    "\xf0\x9f\x98\x80" };
	char text[1024];
	struct irc_lines l;

	(void)state;
	for (size_t c = 0; c < 3; c++) {
		for (size_t budget = 4; budget <= 11; budget++) {
			size_t n = 0, total = 0;

			for (int i = 0; i < 60; i++)
				n += (size_t)snprintf(text + n, sizeof(text) -
				    n, "%s", chars[(c + (size_t)i) % 3]);
			irc_split(text, budget, &l);
			for (size_t i = 0; i < l.n; i++) {
				size_t len = strlen(l.v[i]);

				assert_true(len > 0 && len <= budget);
				assert_true(utf8_ok(l.v[i], len));
				assert_memory_equal(l.v[i], text + total, len);
				total += len;
			}
			assert_int_equal(total, n);
			irc_lines_finish(&l);
		}
	}
}

static void
test_split_long_word(void **state)
{
	char text[600];
	struct irc_lines l;

	(void)state;
	memset(text, 'a', 450);
	memcpy(text + 450, " tail", 6);
	irc_split(text, 400, &l);
	assert_int_equal(l.n, 2);
	assert_int_equal(strlen(l.v[0]), 400);
	assert_int_equal(strlen(l.v[1]), 55);
	assert_string_equal(l.v[1] + 50, " tail");
	irc_lines_finish(&l);
	/* irc_cut directly: room for exactly the first word. */
	assert_int_equal(irc_cut("abc def", 7, 3), 3);
	assert_int_equal(irc_cut("abc def", 7, 7), 7);
	assert_int_equal(irc_cut("abcdef", 6, 4), 4);
	assert_int_equal(irc_cut("ab\xc3\xa9z", 5, 3), 2);
}

static void
test_budget(void **state)
{
	size_t mask = strlen("faqbot") + 1 + 10 + 1 + 63;

	(void)state;
	/* ":mask PRIVMSG #clinic :alice: " + text + CR LF <= 512. */
	assert_int_equal(irc_budget(7, 7, mask), IRC_TEXT_MAX);
	assert_int_equal(irc_budget(7, 7, 200), 510 - 202 - 8 - 7 - 2 - 7);
	assert_true(1 + 200 + 1 + 8 + 7 + 2 + 7 + irc_budget(7, 7, 200) + 2 <=
	    IRC_LINE_MAX);
	assert_int_equal(irc_budget(400, 400, 400), 32);
}

/* ------------------------------------------------------------------ */
/* Flood control and names.                                             */

static void
test_bucket(void **state)
{
	struct irc_bucket b;

	(void)state;
	irc_bucket_init(&b, IRC_BURST, IRC_RATE, 100.0);
	for (int i = 0; i < IRC_BURST; i++)
		assert_true(irc_bucket_take(&b, 100.0));
	assert_false(irc_bucket_take(&b, 100.0));
	assert_true(fabs(irc_bucket_wait(&b, 100.0) - 1.0) < 1e-9);
	assert_false(irc_bucket_take(&b, 100.5));
	assert_true(fabs(irc_bucket_wait(&b, 100.5) - 0.5) < 1e-9);
	assert_true(irc_bucket_take(&b, 101.0));
	assert_false(irc_bucket_take(&b, 101.0));
	/* Lines over 10 s: burst, then one per second. */
	{
		int sent = 0;

		for (double t = 101.0; t <= 111.0 + 1e-9; t += 0.25)
			while (irc_bucket_take(&b, t))
				sent++;
		assert_int_equal(sent, 10);
	}
	/* A long pause fills the bucket to the burst, no more. */
	assert_true(irc_bucket_wait(&b, 1000.0) == 0);
	for (int i = 0; i < IRC_BURST; i++)
		assert_true(irc_bucket_take(&b, 1000.0));
	assert_false(irc_bucket_take(&b, 1000.0));
	/* A clock that goes back gives nothing. */
	assert_false(irc_bucket_take(&b, 999.0));
	assert_true(irc_bucket_wait(&b, 999.0) > 1.0);
}

static void
test_nick_next(void **state)
{
	char out[IRC_NICK_MAX + 1];

	(void)state;
	irc_nick_next("faqbot", 0, false, out, sizeof(out));
	assert_string_equal(out, "faqbot");
	irc_nick_next("faqbot", 1, false, out, sizeof(out));
	assert_string_equal(out, "faqbot_");
	irc_nick_next("faqbot", 2, false, out, sizeof(out));
	assert_string_equal(out, "faqbot1");
	irc_nick_next("faqbot", 11, false, out, sizeof(out));
	assert_string_equal(out, "faqbot10");
	irc_nick_next("faqbot", 1, true, out, sizeof(out));
	assert_string_equal(out, "faqbo_");
	irc_nick_next("faqbot", 3, true, out, sizeof(out));
	assert_string_equal(out, "faqbo2");
	irc_nick_next("f", 12, true, out, sizeof(out));
	assert_string_equal(out, "f11");
	irc_nick_next("faqbot", 1, false, out, 5);
	assert_string_equal(out, "faq_");
}

static void
test_conversation(void **state)
{
	char a[CONVO_ID_MAX + 1], b[CONVO_ID_MAX + 1], srv[300];
	char nick[IRC_NICK_MAX + 1];

	(void)state;
	irc_conversation("IRC.Example.org", "#Clinic", "Alice", a, sizeof(a));
	assert_string_equal(a, "irc:irc.example.org:#clinic:alice");
	irc_conversation("irc.example.org", "pm", "ALICE", a, sizeof(a));
	assert_string_equal(a, "irc:irc.example.org:pm:alice");
	/* A long server name is shortened; the nick never is. */
	memset(srv, 's', sizeof(srv) - 1);
	srv[sizeof(srv) - 1] = '\0';
	memset(nick, 'n', sizeof(nick) - 1);
	nick[sizeof(nick) - 1] = '\0';
	irc_conversation(srv, "#abcdefghijklmnopqrstuvwxyz0123456789"
	    "abcdefghijklm", nick, a, sizeof(a));
	assert_true(strlen(a) <= CONVO_ID_MAX);
	nick[0] = 'm';
	irc_conversation(srv, "#abcdefghijklmnopqrstuvwxyz0123456789"
	    "abcdefghijklm", nick, b, sizeof(b));
	assert_string_not_equal(a, b);
	assert_int_equal(strlen(a) - strlen(nick), strlen(b) - strlen(nick));
	assert_string_equal(a + strlen(a) - strlen(nick) + 1, nick + 1);
}

/* ------------------------------------------------------------------ */
/* The connector against a scripted fake server.                        */

struct fake {
	int		 listener;
	int		 fd;
	char		 buf[16384];
	size_t		 len;
	char		 port[8];
	struct conf	*conf;
	struct kbhold	*kb;
	struct convo_store *convos;
	struct metrics	*metrics;
	FILE		*log;
};

/* Accept the connector's connection within 10 s. */
static void
fake_accept(struct fake *f)
{
	struct pollfd p = { .fd = f->listener, .events = POLLIN };

	assert_int_equal(poll(&p, 1, 10000), 1);
	f->fd = accept(f->listener, NULL, NULL);
	assert_true(f->fd >= 0);
	f->len = 0;
}

/* The next line from the connector (without CR LF), within ms; or NULL. */
static char *
fake_line(struct fake *f, int ms)
{
	static char line[sizeof(f->buf)];

	for (;;) {
		char *nl = memchr(f->buf, '\n', f->len);
		struct pollfd p = { .fd = f->fd, .events = POLLIN };
		ssize_t n;

		if (nl != NULL) {
			size_t len = (size_t)(nl - f->buf);

			assert_true(len > 0 && f->buf[len - 1] == '\r');
			assert_true(len + 1 <= IRC_LINE_MAX);
			memcpy(line, f->buf, len - 1);
			line[len - 1] = '\0';
			memmove(f->buf, nl + 1, f->len - len - 1);
			f->len -= len + 1;
			return line;
		}
		if (poll(&p, 1, ms) != 1)
			return NULL;
		n = read(f->fd, f->buf + f->len, sizeof(f->buf) - f->len);
		if (n <= 0)
			return NULL;
		f->len += (size_t)n;
	}
}

/* The next line must start with want. */
static void
fake_expect(struct fake *f, const char *want)
{
	char *line = fake_line(f, 5000);

	if (line == NULL)
		fail_msg("expected \"%s\", got nothing", want);
	if (strncmp(line, want, strlen(want)) != 0)
		fail_msg("expected \"%s\", got \"%s\"", want, line);
}

static void	fake_send(struct fake *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

/* Send lines (printf format; each "\n" becomes CR LF) to the connector. */
static void
fake_send(struct fake *f, const char *fmt, ...)
{
	char raw[10000], out[10100];
	size_t j = 0;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(raw, sizeof(raw), fmt, ap);
	va_end(ap);
	for (size_t i = 0; raw[i] != '\0'; i++) {
		if (raw[i] == '\n')
			out[j++] = '\r';
		out[j++] = raw[i];
	}
	assert_int_equal(write(f->fd, out, j), (ssize_t)j);
}

/* PING, then nothing but the PONG may come back for 700 ms. */
static void
fake_quiet(struct fake *f, const char *what)
{
	char *line;

	fake_send(f, "PING :sync\n");
	line = fake_line(f, 5000);
	if (line == NULL || strcmp(line, "PONG :sync") != 0)
		fail_msg("%s: expected PONG :sync, got \"%s\"", what,
		    line != NULL ? line : "(nothing)");
	line = fake_line(f, 700);
	if (line != NULL)
		fail_msg("%s: unexpected \"%s\"", what, line);
}

/* Read an answer's lines (all starting with want) until it is over. */
static size_t
fake_answer(struct fake *f, const char *want, const char *first)
{
	size_t n = 0;
	char *line;

	while ((line = fake_line(f, n == 0 ? 5000 : 1500)) != NULL) {
		if (strncmp(line, want, strlen(want)) != 0)
			fail_msg("expected \"%s...\", got \"%s\"", want, line);
		if (n == 0 && first != NULL)
			assert_non_null(strstr(line, first));
		n++;
	}
	return n;
}

static int
fake_setup(void **state)
{
	struct fake *f = calloc(1, sizeof(*f));
	struct sockaddr_in sin = { .sin_family = AF_INET };
	socklen_t len = sizeof(sin);

	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	f->listener = socket(AF_INET, SOCK_STREAM, 0);
	f->fd = -1;
	if (f->listener < 0 || bind(f->listener, (struct sockaddr *)&sin,
	    sizeof(sin)) != 0 || listen(f->listener, 4) != 0 ||
	    getsockname(f->listener, (struct sockaddr *)&sin, &len) != 0)
		return -1;
	snprintf(f->port, sizeof(f->port), "%u", ntohs(sin.sin_port));
	f->log = fopen("/dev/null", "w");
	log_init(LOG_DEBUG, f->log, "test-salt", 9);
	f->convos = convo_new(100, 1800, 20);
	f->metrics = metrics_new();
	*state = f;
	return 0;
}

static int
fake_teardown(void **state)
{
	struct fake *f = *state;

	if (f->fd >= 0)
		close(f->fd);
	close(f->listener);
	conf_free(f->conf);
	metrics_free(f->metrics);
	convo_free(f->convos);
	kbhold_free(f->kb);
	log_init(LOG_INFO, NULL, NULL, 0);
	fclose(f->log);
	free(f);
	return 0;
}

/* A conf from FAQBOT_* assignments (NULL-terminated), port filled in. */
static struct conf *
fake_conf(struct fake *f, const char *const *extra)
{
	char port[64], *env[16];
	struct diag *d = diag_new();
	struct conf *c = conf_new();
	size_t n = 0;

	snprintf(port, sizeof(port), "FAQBOT_IRC_PORT=%s", f->port);
	env[n++] = port;
	for (; *extra != NULL && n < 15; extra++)
		env[n++] = (char *)*extra;
	env[n] = NULL;
	assert_int_equal(conf_apply_env(c, env, d), 0);
	diag_free(d);
	return c;
}

/* Load the bundled knowledge, for the tests that get answers. */
static void
fake_kb(struct fake *f)
{
	char *err = NULL;

	f->kb = kbhold_new("knowledge");
	if (!kbhold_reload(f->kb, &err))
		fail_msg("knowledge: %s", err != NULL ? err : "?");
}

static struct chanserve_deps
fake_deps(struct fake *f)
{
	struct chanserve_deps d = { .conf = f->conf, .kb = f->kb,
	    .convos = f->convos, .metrics = f->metrics };

	return d;
}

/* Registration with SASL PLAIN and a taken nick, up to the JOIN. */
static void
fake_register(struct fake *f)
{
	fake_accept(f);
	fake_expect(f, "CAP LS 302");
	fake_expect(f, "NICK faqbot");
	fake_expect(f, "USER faqbot 0 * :");
	fake_send(f, ":srv CAP * LS * :multi-prefix away-notify\n"
	    ":srv CAP * LS :sasl=EXTERNAL,PLAIN server-time\n");
	fake_expect(f, "CAP REQ :sasl");
	fake_send(f, ":srv CAP faqbot ACK :sasl\n");
	fake_expect(f, "AUTHENTICATE PLAIN");
	fake_send(f, "AUTHENTICATE +\n");
	fake_expect(f, "AUTHENTICATE Ym90AGJvdABwdw==");	/* bot\0bot\0pw */
	fake_send(f, ":srv 900 faqbot faqbot!u@h bot :You are now logged in\n"
	    ":srv 903 faqbot :SASL authentication successful\n");
	fake_expect(f, "CAP END");
	fake_send(f, ":srv 433 * faqbot :Nickname is already in use\n");
	fake_expect(f, "NICK faqbot_");
	fake_send(f, ":srv 001 faqbot_ :Welcome\n:srv 376 faqbot_ :End\n");
	fake_expect(f, "JOIN #clinic");
	fake_send(f, ":faqbot_!~faqbot@127.0.0.1 JOIN #clinic\n");
}

/* What must never be answered. */
static void
fake_ignored(struct fake *f)
{
	char big[9000];

	fake_send(f, ":bob!b@h NOTICE faqbot_ :what is ketamine\n"
	    ":bob!b@h NOTICE #clinic :faqbot_: what is ketamine\n"
	    ":NickServ!s@services PRIVMSG faqbot_ :what is ketamine\n"
	    ":faqbot_!u@h PRIVMSG #clinic :faqbot_: what is ketamine\n"
	    ":carol!c@h PRIVMSG #clinic :what is ketamine\n"
	    ":carol!c@h PRIVMSG #clinic :faqbot_:\n"
	    ":dave!d@h PRIVMSG #elsewhere :faqbot_: what is ketamine\n"
	    ":irc.example.org PRIVMSG faqbot_ :what is ketamine\n"
	    "PRIVMSG faqbot_ :no prefix\n"
	    ":eve!e@h PRIVMSG faqbot_ :\001PING 123\001\n"
	    ":eve!e@h PRIVMSG #clinic :\001VERSION\001\n"
	    ":eve!e@h PRIVMSG #clinic :\001ACTION waves at faqbot_\001\n"
	    ":x!y@z PRIV-MSG faqbot_ :malformed\n");
	/* An overlong line is dropped whole, and the next one still read. */
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	fake_send(f, ":eve!e@h PRIVMSG faqbot_ :%s\n", big);
	fake_quiet(f, "ignored messages");
}

static void
test_connector(void **state)
{
	static const char *const env[] = { "FAQBOT_IRC_SERVER=127.0.0.1",
	    "FAQBOT_IRC_TLS=false", "FAQBOT_IRC_CHANNELS= #clinic , ",
	    "FAQBOT_IRC_SASL_USER=bot", "FAQBOT_IRC_SASL_PASSWORD=pw", NULL };
	struct fake *f = *state;
	struct chanserve_deps d;
	char err[BOT_ERR_LEN];
	struct irc *irc;

	fake_kb(f);
	f->conf = fake_conf(f, env);
	d = fake_deps(f);
	irc = irc_start(f->conf, &d, err);
	assert_non_null(irc);
	fake_register(f);
	fake_send(f, "PING :abc def\n");
	fake_expect(f, "PONG :abc def");
	fake_send(f, ":alice!a@example.org PRIVMSG #Clinic :\002FAQBOT_\002, "
	    "what is ketamine?\n");
	assert_true(fake_answer(f, "PRIVMSG #Clinic :alice: ",
	    "anesthetic") >= 2);
	fake_ignored(f);
	fake_send(f, ":frank!f@h PRIVMSG faqbot_ :how much does it cost\n");
	assert_true(fake_answer(f, "PRIVMSG frank :", NULL) >= 1);
	fake_send(f, ":gina!g@h PRIVMSG faqbot_ :\001VERSION\001\n");
	fake_expect(f, "NOTICE gina :\001VERSION faqbot ");
	/* Our nick changes: we follow it. */
	fake_send(f, ":faqbot_!u@h NICK :faqbot\n"
	    ":hank!h@h PRIVMSG #clinic :faqbot: is ketamine addictive\n");
	assert_true(fake_answer(f, "PRIVMSG #clinic :hank: ", NULL) >= 1);
	/* The server goes away: a new connection, registered and joined. */
	close(f->fd);
	f->fd = -1;
	fake_register(f);
	fake_send(f, ":ivy!i@h PRIVMSG faqbot_ :hello\n");
	assert_true(fake_answer(f, "PRIVMSG ivy :", NULL) >= 1);
	irc_stop(irc);
	fake_expect(f, "QUIT :");
}

/* A server that is down is no error at start; stop is prompt. */
static void
test_server_down(void **state)
{
	static const char *const env[] = { "FAQBOT_IRC_SERVER=127.0.0.1",
	    "FAQBOT_IRC_TLS=true", NULL };
	struct fake *f = *state;
	struct chanserve_deps d;
	char err[BOT_ERR_LEN];
	struct timespec t0, t1;
	struct irc *irc;

	close(f->listener);	/* nobody listens on the port any more */
	f->listener = socket(AF_INET, SOCK_STREAM, 0);
	f->conf = fake_conf(f, env);
	d = fake_deps(f);
	irc = irc_start(f->conf, &d, err);
	assert_non_null(irc);
	usleep(1500 * 1000);	/* a failed attempt and the backoff */
	clock_gettime(CLOCK_MONOTONIC, &t0);
	irc_stop(irc);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	assert_true(t1.tv_sec - t0.tv_sec < 2);
	irc_stop(NULL);
}

/* Config errors and "not configured" give NULL and say why. */
static void
test_config_errors(void **state)
{
	static const struct {
		const char	*env[4];
		const char	*err;
	} cases[] = {
		{ { NULL }, "irc: not configured" },
		{ { "FAQBOT_IRC_SERVER=irc.example.org",
		    "FAQBOT_IRC_CHANNELS=#ok,clinic", NULL },
		    "irc: bad channel name 'clinic'" },
		{ { "FAQBOT_IRC_SERVER=irc.example.org",
		    "FAQBOT_IRC_CHANNELS=#a b", NULL },
		    "irc: bad channel name '#a b'" },
		{ { "FAQBOT_IRC_SERVER=irc.example.org",
		    "FAQBOT_IRC_NICK=faq bot", NULL }, "irc: bad nick" },
		{ { "FAQBOT_IRC_SERVER=irc.example.org",
		    "FAQBOT_IRC_SASL_USER=bot", NULL },
		    "irc: sasl_user is set but sasl_password is empty" },
		{ { "FAQBOT_IRC_SERVER=irc example", NULL },
		    "irc: bad server name" },
	};
	static const char *const good[] = { "FAQBOT_IRC_SERVER=irc.example.org",
	    "FAQBOT_IRC_CHANNELS=#a,&b", "FAQBOT_IRC_SASL_USER=u",
	    "FAQBOT_IRC_SASL_PASSWORD=p", NULL };
	struct fake *f = *state;
	char ok[BOT_ERR_LEN];

	f->conf = fake_conf(f, good);
	assert_int_equal(irc_check(f->conf, ok), 0);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct chanserve_deps d;
		char err[BOT_ERR_LEN] = "";

		conf_free(f->conf);
		f->conf = fake_conf(f, cases[i].env);
		d = fake_deps(f);
		if (i == 0) {
			assert_false(irc_enabled(f->conf));
			assert_int_equal(irc_check(f->conf, err), 0);
		} else {
			assert_int_equal(irc_check(f->conf, err), -1);
			if (strncmp(err, cases[i].err, strlen(cases[i].err)) != 0)
				fail_msg("check %zu: got \"%s\"", i, err);
		}
		assert_null(irc_start(f->conf, &d, err));
		if (strncmp(err, cases[i].err, strlen(cases[i].err)) != 0)
			fail_msg("case %zu: got \"%s\"", i, err);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_full),
		cmocka_unit_test(test_parse_forms),
		cmocka_unit_test(test_parse_malformed),
		cmocka_unit_test(test_prefix_nick),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_addressed),
		cmocka_unit_test(test_strip),
		cmocka_unit_test(test_split_simple),
		cmocka_unit_test(test_split_controls),
		cmocka_unit_test(test_split_words),
		cmocka_unit_test(test_split_utf8),
		cmocka_unit_test(test_split_long_word),
		cmocka_unit_test(test_budget),
		cmocka_unit_test(test_bucket),
		cmocka_unit_test(test_nick_next),
		cmocka_unit_test(test_conversation),
		cmocka_unit_test_setup_teardown(test_connector, fake_setup,
		    fake_teardown),
		cmocka_unit_test_setup_teardown(test_server_down, fake_setup,
		    fake_teardown),
		cmocka_unit_test_setup_teardown(test_config_errors, fake_setup,
		    fake_teardown),
	};

	return cmocka_run_group_tests_name("irc", tests, NULL, NULL);
}
