/*
 * The IRC line protocol, with no socket or thread in sight: parsing a line
 * from the server, checking nicks and channel names, finding a question
 * addressed to us, cutting an answer into PRIVMSG-sized lines, the token
 * bucket that keeps us under flood limits, and the conversation id. Kept
 * apart from the connector (irc.c) so that tests can drive it directly.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "convo.h"
#include "irc_line.h"
#include "xmalloc.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))


/* One byte folded the RFC 1459 way: A-Z and []\~ as a-z and {}|^. */
static int
irc_fold(int ch)
{
	if (ch >= 'A' && ch <= '^')
		return ch + 32;
	return ch;
}

/* Compare two nicks or channel names, RFC 1459 case-insensitively. */
int
irc_casecmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	while (*p != '\0' && irc_fold(*p) == irc_fold(*q)) {
		p++;
		q++;
	}
	return irc_fold(*p) - irc_fold(*q);
}

/* The first n bytes of a and b are the same, case-insensitively. */
static bool
irc_prefix_eq(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (a[i] == '\0' || b[i] == '\0')
			return false;
		if (irc_fold((unsigned char)a[i]) !=
		    irc_fold((unsigned char)b[i]))
			return false;
	}
	return true;
}

/* True for a command: letters only, or three digits. */
static bool
irc_valid_command(const char *s)
{
	size_t n = strlen(s);

	if (n == 3 && strspn(s, "0123456789") == 3)
		return true;
	return n > 0 && strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz") == n;
}

/* Point m->params at the parameters in s (inside m->buf); -1 if too many. */
static int
irc_parse_params(char *s, struct irc_msg *m)
{
	while (*s != '\0') {
		while (*s == ' ')
			s++;
		if (*s == '\0')
			break;
		/* The last slot takes the rest, as RFC 2812 allows. */
		if (*s == ':' || m->nparams == IRC_PARAMS_MAX - 1) {
			m->params[m->nparams++] = *s == ':' ? s + 1 : s;
			m->trailing = true;
			return 0;
		}
		m->params[m->nparams++] = s;
		s += strcspn(s, " ");
		if (*s != '\0')
			*s++ = '\0';
	}
	return 0;
}

/*
 * Parse one line (CR LF optional, IRCv3 tags skipped) into m. 0, or -1
 * for a malformed line: empty, too long, a NUL byte, no command.
 */
int
irc_parse(const char *line, size_t len, struct irc_msg *m)
{
	const char *end = line + len, *sp;
	char *s;

	memset(m, 0, sizeof(*m));
	while (end > line && (end[-1] == '\n' || end[-1] == '\r'))
		end--;
	if (memchr(line, '\0', (size_t)(end - line)) != NULL)
		return -1;
	if (line < end && *line == '@') {
		sp = memchr(line, ' ', (size_t)(end - line));
		if (sp == NULL)
			return -1;
		line = sp;
		while (line < end && *line == ' ')
			line++;
	}
	if (line == end || (size_t)(end - line) > IRC_LINE_MAX - 2)
		return -1;
	memcpy(m->buf, line, (size_t)(end - line));
	m->buf[end - line] = '\0';
	s = m->buf;
	if (*s == ':') {
		m->prefix = ++s;
		s += strcspn(s, " ");
		if (*s == '\0' || s == m->prefix)
			return -1;
		*s++ = '\0';
		while (*s == ' ')
			s++;
	}
	m->command = s;
	s += strcspn(s, " ");
	if (*s != '\0')
		*s++ = '\0';
	if (!irc_valid_command(m->command))
		return -1;
	return irc_parse_params(s, m);
}

/*
 * True for a nick we accept, from the config or the wire: 1 to
 * IRC_NICK_MAX bytes, no space, control byte or "!@,*?:#&$+", and not
 * starting with a digit or "-".
 */
bool
irc_valid_nick(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > IRC_NICK_MAX || strchr("0123456789-", s[0]) != NULL)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];

		if (ch <= ' ' || ch == 0x7f || strchr("!@,*?:#&$+", ch) != NULL)
			return false;
	}
	return true;
}

/*
 * Copy the nick of a "nick!user@host" prefix into out. False when the
 * prefix is a server's ("irc.example.org") or the nick is not valid.
 */
bool
irc_prefix_nick(const char *prefix, char *out, size_t size)
{
	size_t n;

	if (prefix == NULL || size == 0)
		return false;
	n = strcspn(prefix, "!@");
	if (prefix[n] == '\0' && strchr(prefix, '.') != NULL)
		return false;
	if (n == 0 || n >= size)
		return false;
	memcpy(out, prefix, n);
	out[n] = '\0';
	return irc_valid_nick(out);
}

/* True for a channel name: "#", "&", "+" or "!" and at least one more. */
bool
irc_is_channel(const char *s)
{
	return s[0] != '\0' && strchr("#&+!", s[0]) != NULL && s[1] != '\0';
}

/* True for a nick that looks like network services, never answered. */
bool
irc_is_service(const char *nick)
{
	static const char *const names[] = { "global", "alis", "services",
	    "irc", "q" };
	size_t n = strlen(nick);

	if (n >= 4 && irc_casecmp(nick + n - 4, "serv") == 0)
		return true;
	for (size_t i = 0; i < NELEM(names); i++)
		if (irc_casecmp(nick, names[i]) == 0)
			return true;
	return false;
}

/*
 * The question when text is addressed to nick ("nick: question" or
 * "nick, question", case-insensitive), else NULL. Borrowed from text.
 */
const char *
irc_addressed(const char *text, const char *nick)
{
	size_t n = strlen(nick);
	const char *p = text;

	while (*p == ' ')
		p++;
	if (n == 0 || !irc_prefix_eq(p, nick, n))
		return NULL;
	p += n;
	if (*p != ':' && *p != ',')
		return NULL;
	p++;
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

/* Remove CR, LF and NUL bytes from s[0..len); the new length. */
size_t
irc_strip(char *s, size_t len)
{
	size_t j = 0;

	for (size_t i = 0; i < len; i++)
		if (s[i] != '\r' && s[i] != '\n' && s[i] != '\0')
			s[j++] = s[i];
	if (j < len)
		s[j] = '\0';
	return j;
}

/* Bytes of an mIRC colour code's arguments at p ("4", "12,3", "#ff00ff"). */
static size_t
irc_color_len(const char *p, bool hex)
{
	size_t n = hex ? strspn(p, "0123456789abcdefABCDEF") : strspn(p,
	    "0123456789");
	size_t max = hex ? 6 : 2, m;

	n = n > max ? max : n;
	if (n == 0 || p[n] != ',')
		return n;
	m = hex ? strspn(p + n + 1, "0123456789abcdefABCDEF") : strspn(p + n +
	    1, "0123456789");
	m = m > max ? max : m;
	return m == 0 ? n : n + 1 + m;
}

/* Remove mIRC formatting (bold, colours, italics...) from s, in place. */
void
irc_strip_format(char *s)
{
	char *w = s;

	for (const char *r = s; *r != '\0'; ) {
		if (*r == '\003' || *r == '\004') {
			r += 1 + irc_color_len(r + 1, *r == '\004');
			continue;
		}
		if (strchr("\002\017\021\026\035\036\037", *r) != NULL) {
			r++;
			continue;
		}
		*w++ = *r++;
	}
	*w = '\0';
}

/*
 * Where to end the next line of p[0..len) (no leading space) so it holds
 * at most budget bytes: after the last word that fits, else at the last
 * UTF-8 character boundary. budget must be at least 4.
 */
size_t
irc_cut(const char *p, size_t len, size_t budget)
{
	size_t i;

	if (len <= budget)
		return len;
	for (i = budget; i > 0; i--)
		if (p[i] == ' ')
			return i;
	for (i = budget; i > 0; i--)
		if (((unsigned char)p[i] & 0xc0) != 0x80)
			return i;
	return budget;	/* not UTF-8: any cut is as good */
}

/* Add p[0..len) without trailing spaces as a line, unless empty. */
static void
irc_lines_add(struct irc_lines *out, const char *p, size_t len)
{
	while (len > 0 && p[len - 1] == ' ')
		len--;
	if (len == 0)
		return;
	out->v = xreallocarray(out->v, out->n + 1, sizeof(*out->v));
	out->v[out->n++] = xstrndup(p, len);
}

/* Split one paragraph (no line breaks) into lines of at most budget. */
static void
irc_split_para(const char *p, size_t len, size_t budget,
    struct irc_lines *out)
{
	for (;;) {
		size_t cut;

		while (len > 0 && *p == ' ') {
			p++;
			len--;
		}
		if (len == 0)
			return;
		cut = irc_cut(p, len, budget);
		irc_lines_add(out, p, cut);
		p += cut;
		len -= cut;
	}
}

/*
 * Split an answer into lines for PRIVMSG: each line break starts a new
 * line, long paragraphs are cut at spaces within budget bytes and never
 * inside a UTF-8 character, empty lines are left out. Tabs become spaces;
 * other control bytes (CTCP's \x01, CR) are removed. out is overwritten;
 * free it with irc_lines_finish.
 */
void
irc_split(const char *text, size_t budget, struct irc_lines *out)
{
	size_t n = strlen(text), j = 0;
	char *clean = xmalloc(n + 1);

	memset(out, 0, sizeof(*out));
	if (budget < 4)
		budget = 4;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)text[i];

		if (ch == '\t')
			clean[j++] = ' ';
		else if (ch == '\n' || (ch >= ' ' && ch != 0x7f))
			clean[j++] = (char)ch;
		else if (ch == '\r' && text[i + 1] != '\n')
			clean[j++] = '\n';
	}
	clean[j] = '\0';
	for (char *p = clean; *p != '\0'; ) {
		size_t len = strcspn(p, "\n");

		irc_split_para(p, len, budget, out);
		p += len;
		if (*p == '\n')
			p++;
	}
	free(clean);
}

/* Free the lines; out is empty again. Accepts an empty struct. */
void
irc_lines_finish(struct irc_lines *out)
{
	for (size_t i = 0; i < out->n; i++)
		free(out->v[i]);
	free(out->v);
	out->v = NULL;
	out->n = 0;
}

/*
 * Bytes of text one "PRIVMSG target :prefix<text>" line may carry, so
 * that the line as relayed, ":nick!user@host PRIVMSG ...\r\n", fits in
 * 512 bytes; at most IRC_TEXT_MAX.
 */
size_t
irc_budget(size_t target_len, size_t prefix_len, size_t hostmask_len)
{
	size_t used = 1 + hostmask_len + 1 + strlen("PRIVMSG ") + target_len +
	    strlen(" :") + prefix_len;
	size_t room = IRC_LINE_MAX - 2 > used ? IRC_LINE_MAX - 2 - used : 0;

	if (room > IRC_TEXT_MAX)
		room = IRC_TEXT_MAX;
	return room < 32 ? 32 : room;
}

/* A full bucket of burst tokens, refilled at rate tokens per second. */
void
irc_bucket_init(struct irc_bucket *b, double burst, double rate, double now)
{
	b->tokens = burst;
	b->burst = burst;
	b->rate = rate;
	b->last = now;
}

/* Tokens in the bucket at now (now before the last use counts as then). */
static double
irc_bucket_level(const struct irc_bucket *b, double now)
{
	double t = b->tokens;

	if (now > b->last)
		t += (now - b->last) * b->rate;
	return t > b->burst ? b->burst : t;
}

/* Take one token at now; false (and nothing taken) when there is none. */
bool
irc_bucket_take(struct irc_bucket *b, double now)
{
	double t = irc_bucket_level(b, now);

	if (now > b->last)
		b->last = now;
	b->tokens = t;
	if (t < 1.0)
		return false;
	b->tokens = t - 1.0;
	return true;
}

/* Seconds from now until a token is there; 0 when there is one. */
double
irc_bucket_wait(const struct irc_bucket *b, double now)
{
	double t = irc_bucket_level(b, now);

	if (t >= 1.0)
		return 0;
	return (1.0 - t) / b->rate + (now < b->last ? b->last - now : 0);
}

/*
 * The nick to try after attempt refusals: base, base_, base1, base2...;
 * with shorten (the server refused a long nick), the suffix replaces the
 * end of base instead of lengthening it.
 */
void
irc_nick_next(const char *base, unsigned attempt, bool shorten, char *out,
    size_t size)
{
	char suffix[16] = "";
	size_t n = strlen(base), s;

	if (attempt == 1)
		snprintf(suffix, sizeof(suffix), "_");
	else if (attempt > 1)
		snprintf(suffix, sizeof(suffix), "%u", attempt - 1);
	s = strlen(suffix);
	if (shorten && s > 0)
		n = n > s ? n - s : 1;
	if (n + s >= size)
		n = size > s + 1 ? size - s - 1 : 0;
	snprintf(out, size, "%.*s%s", (int)n, base, suffix);
}

/* Append s folded to lower case to out, at most n bytes. */
static void
irc_lower(char *out, const char *s, size_t n)
{
	size_t len = strlen(out);

	for (size_t i = 0; i < n && s[i] != '\0'; i++)
		out[len++] = (char)irc_fold((unsigned char)s[i]);
	out[len] = '\0';
}

/*
 * The conversation id "irc:<server>:<channel or pm>:<nick>", lower case,
 * in out (size at least CONVO_ID_MAX + 1). The server name is shortened
 * when needed, so the id is never cut and two nicks never share one.
 */
void
irc_conversation(const char *server, const char *where, const char *nick,
    char *out, size_t size)
{
	size_t fixed = strlen("irc:") + 2 + strlen(where) + strlen(nick);
	size_t room = CONVO_ID_MAX + 1 < size ? CONVO_ID_MAX + 1 : size;
	size_t srv = room > fixed + 1 ? room - fixed - 1 : 0;

	if (size == 0)
		return;
	out[0] = '\0';
	if (fixed >= room)
		return;
	snprintf(out, room, "irc:");
	irc_lower(out, server, srv);
	strcat(out, ":");
	irc_lower(out, where, IRC_CHANNEL_MAX + 2);
	strcat(out, ":");
	irc_lower(out, nick, IRC_NICK_MAX);
}
