/*
 * The IRC connector (RFC 1459 / RFC 2812 client side): one thread connects
 * over TCP or TLS, registers (SASL PLAIN first when configured), joins the
 * configured channels and answers what is addressed to it, through the same
 * answer path as every other channel. Replies pass a token bucket; a lost
 * connection is made again with exponential backoff. Patients' text is
 * never logged here, only hashed conversation ids. The line protocol
 * itself (parsing, splitting, the bucket) is in irc_line.c.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "chanserve.h"
#include "conf.h"
#include "convo.h"
#include "irc.h"
#include "irc_line.h"
#include "log.h"
#include "match.h"
#include "xmalloc.h"

#ifndef FAQBOT_VERSION
#define FAQBOT_VERSION	"dev"
#endif

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* Longest backoff between connection attempts, in seconds. */
#define IRC_BACKOFF_MAX		60
/* Seconds for the TCP connect, and again for the TLS handshake. */
#define IRC_CONNECT_TIMEOUT	15
/* Seconds one line may take to be written before the link is dropped. */
#define IRC_WRITE_TIMEOUT	5
/* Seconds from connecting to RPL_WELCOME. */
#define IRC_REGISTER_TIMEOUT	60
/* Silence from the server before we PING it, and before we give up. */
#define IRC_PING_IDLE		120
#define IRC_DEAD_IDLE		240
/* How often to try to get our configured nick back. */
#define IRC_REGAIN_SECONDS	60
/* Nicks tried at registration before the attempt is given up. */
#define IRC_NICK_TRIES		20
/* Reply lines waiting for the token bucket; more are dropped. */
#define IRC_QUEUE_MAX		64
/* A line with IRCv3 tags (8191 bytes) and its 512-byte message. */
#define IRC_READ_MAX		8704
/* Reserved for the user and host parts of our own "nick!user@host". */
#define IRC_USER_RESERVE	10
#define IRC_HOST_RESERVE	63
/* SASL: longest account name and password, and the AUTHENTICATE chunk. */
#define IRC_SASL_FIELD_MAX	255
#define IRC_SASL_CHUNK		400
/* Lines the server names are checked against (RFC 1035 host name). */
#define IRC_SERVER_MAX		253
#define IRC_CHANNELS_MAX	32

/* One connection; reset at each attempt, touched only by the thread. */
struct irc_conn {
	int		 fd;
	SSL		*ssl;
	short		 events;	/* what the next poll waits for */
	bool		 more;		/* data may be left after a read */
	bool		 failed;
	bool		 registered;
	bool		 cap_done;	/* CAP negotiation over (or none) */
	bool		 cap_sasl;	/* the server offers SASL PLAIN */
	bool		 shorten;	/* the server refused a long nick */
	bool		 rskip;		/* discarding an overlong line */
	unsigned	 nick_tries;
	char		 nick[IRC_NICK_MAX + 1];
	size_t		 self_len;	/* our "nick!user@host", once seen */
	double		 started;
	double		 last_read;
	double		 ping_sent;
	double		 last_regain;
	struct irc_bucket bucket;
	char		*queue[IRC_QUEUE_MAX];
	size_t		 qhead;
	size_t		 qlen;
	size_t		 rlen;
	char		 rbuf[IRC_READ_MAX];
};

struct irc {
	struct chanserve_deps deps;	/* copied; its objects are borrowed */
	char		 server[IRC_SERVER_MAX + 1];
	char		 port[8];
	bool		 tls;
	bool		 log_text;
	char		 nick[IRC_NICK_MAX + 1];
	char		 channels[IRC_CHANNELS_MAX][IRC_CHANNEL_MAX + 1];
	size_t		 nchannels;
	char		*sasl_user;	/* NULL: no SASL */
	char		*sasl_pass;
	SSL_CTX		*ssl_ctx;	/* NULL without TLS */
	int		 wake[2];	/* irc_stop writes one byte */
	pthread_t	 thread;
	bool		 running;
	bool		 stop;		/* seen by the thread only */
	char		 err[BOT_ERR_LEN];
	struct irc_conn	 conn;
};

/* A question to answer and where its answer goes. */
struct irc_ask {
	const char	*reply_to;	/* channel or nick */
	const char	*addressee;	/* "nick: " before each line, or NULL */
	const char	*where;		/* channel, or "pm" */
	const char	*nick;
	const char	*text;
};

static void	irc_send(struct irc *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));
static void	irc_fail(struct irc *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

/* ------------------------------------------------------------------ */
/* The connection: polling, reading and writing, TCP and TLS.           */

/* Seconds on a monotonic clock. */
static double
irc_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Milliseconds from now to deadline, at least 0. */
static int
irc_ms_until(double deadline)
{
	double ms = (deadline - irc_now()) * 1000;

	return ms <= 0 ? 0 : (int)ms + 1;
}

/* Note why the connection failed; the first reason is kept. */
static void
irc_fail(struct irc *irc, const char *fmt, ...)
{
	va_list ap;

	if (irc->conn.failed)
		return;
	irc->conn.failed = true;
	va_start(ap, fmt);
	vsnprintf(irc->err, sizeof(irc->err), fmt, ap);
	va_end(ap);
}

/*
 * Wait up to ms for events on the connection (if open) and, with
 * watch_stop, for irc_stop. 1 when the connection is ready, 0 on timeout,
 * -1 when asked to stop (irc->stop is then set).
 */
static int
irc_poll(struct irc *irc, short events, int ms, bool watch_stop)
{
	struct pollfd p[2] = {
		{ .fd = irc->conn.fd, .events = events },
		{ .fd = irc->wake[0], .events = POLLIN },
	};
	int n;

	watch_stop = watch_stop && !irc->stop;
	n = poll(p, watch_stop ? 2 : 1, ms);
	if (n <= 0)
		return 0;
	if (watch_stop && p[1].revents != 0) {
		irc->stop = true;
		return -1;
	}
	return p[0].revents != 0 ? 1 : 0;
}

/*
 * What a failed TLS call means: 0 when it would block (*ev says on what),
 * else -1 with the connection failed and the reason noted.
 */
static int
irc_tls_error(struct irc *irc, int rc, const char *what, short *ev)
{
	int saved = errno, e = SSL_get_error(irc->conn.ssl, rc);
	long v = SSL_get_verify_result(irc->conn.ssl);
	unsigned long code;
	char buf[256];

	if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
		*ev = e == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT;
		return 0;
	}
	code = ERR_get_error();
	if (e == SSL_ERROR_SSL && v != X509_V_OK)
		irc_fail(irc, "certificate of %s not trusted: %s", irc->server,
		    X509_verify_cert_error_string(v));
	else if (code != 0) {
		ERR_error_string_n(code, buf, sizeof(buf));
		irc_fail(irc, "tls %s with %s: %s", what, irc->server, buf);
	} else if (e == SSL_ERROR_SYSCALL && saved != 0)
		irc_fail(irc, "tls %s with %s: %s", what, irc->server,
		    strerror(saved));
	else
		irc_fail(irc, "the server closed the connection");
	return -1;
}

/*
 * Read what is there into buf: the byte count, 0 when nothing is there
 * yet (*ev is what to wait for), -1 at the end of the stream or on errors
 * (the connection is then failed).
 */
static ssize_t
irc_io_read(struct irc *irc, char *buf, size_t len, short *ev)
{
	ssize_t n;
	int rc;

	*ev = POLLIN;
	if (irc->conn.ssl == NULL) {
		n = recv(irc->conn.fd, buf, len, 0);
		if (n > 0)
			return n;
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK ||
		    errno == EINTR))
			return 0;
		if (n == 0)
			irc_fail(irc, "the server closed the connection");
		else
			irc_fail(irc, "read from %s: %s", irc->server,
			    strerror(errno));
		return -1;
	}
	ERR_clear_error();
	rc = SSL_read(irc->conn.ssl, buf, len > INT_MAX ? INT_MAX : (int)len);
	if (rc > 0)
		return rc;
	return irc_tls_error(irc, rc, "read", ev) == 0 ? 0 : -1;
}

/* Write some of p: the byte count, 0 to wait for *ev, -1 on errors. */
static ssize_t
irc_io_write(struct irc *irc, const char *p, size_t len, short *ev)
{
	ssize_t n;
	int rc;

	*ev = POLLOUT;
	if (irc->conn.ssl == NULL) {
		n = send(irc->conn.fd, p, len, MSG_NOSIGNAL);
		if (n >= 0)
			return n;
		if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
			return 0;
		irc_fail(irc, "write to %s: %s", irc->server, strerror(errno));
		return -1;
	}
	ERR_clear_error();
	rc = SSL_write(irc->conn.ssl, p, (int)len);
	if (rc > 0)
		return rc;
	return irc_tls_error(irc, rc, "write", ev) == 0 ? 0 : -1;
}

/*
 * Write all of p within IRC_WRITE_TIMEOUT. Stopping does not interrupt a
 * write, so a line is never left half sent. 0, or -1 (connection failed).
 */
static int
irc_write(struct irc *irc, const char *p, size_t len)
{
	double deadline = irc_now() + IRC_WRITE_TIMEOUT;
	int rc = 0;

	while (len > 0) {
		short ev;
		ssize_t n = irc_io_write(irc, p, len, &ev);

		if (n < 0) {
			rc = -1;
			break;
		}
		p += n;
		len -= (size_t)n;
		if (n > 0)
			continue;
		if (irc_ms_until(deadline) == 0) {
			irc_fail(irc, "write to %s timed out", irc->server);
			rc = -1;
			break;
		}
		irc_poll(irc, ev, irc_ms_until(deadline), false);
	}
	return rc;
}

/* Connect to one address within IRC_CONNECT_TIMEOUT; 0, or -1 with err. */
static int
irc_connect_one(struct irc *irc, const struct addrinfo *ai)
{
	struct irc_conn *c = &irc->conn;
	socklen_t len = sizeof(int);
	int e = 0, rc;

	c->fd = socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK |
	    SOCK_CLOEXEC, ai->ai_protocol);
	if (c->fd < 0) {
		snprintf(irc->err, sizeof(irc->err), "socket: %s",
		    strerror(errno));
		return -1;
	}
	if (connect(c->fd, ai->ai_addr, ai->ai_addrlen) == 0)
		return 0;
	e = errno;
	if (e == EINPROGRESS) {
		rc = irc_poll(irc, POLLOUT, IRC_CONNECT_TIMEOUT * 1000, true);
		e = rc == 0 ? ETIMEDOUT : rc < 0 ? ECANCELED : 0;
		if (e == 0 && getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &e,
		    &len) != 0)
			e = errno;
	}
	if (e == 0)
		return 0;
	snprintf(irc->err, sizeof(irc->err), "cannot connect to %.100s port %s: "
	    "%s", irc->server, irc->port, strerror(e));
	close(c->fd);
	c->fd = -1;
	return -1;
}

/* Tell OpenSSL which name (or address) the certificate must carry. */
static int
irc_tls_name(struct irc *irc)
{
	SSL *ssl = irc->conn.ssl;
	unsigned char addr[16];

	if (inet_pton(AF_INET, irc->server, addr) == 1 ||
	    inet_pton(AF_INET6, irc->server, addr) == 1)
		return X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl),
		    irc->server) == 1 ? 0 : -1;
	SSL_set_hostflags(ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
	if (SSL_set_tlsext_host_name(ssl, irc->server) != 1 ||
	    SSL_set1_host(ssl, irc->server) != 1)
		return -1;
	return 0;
}

/* The TLS handshake, with the certificate checked; 0 or -1 (failed). */
static int
irc_tls_start(struct irc *irc)
{
	struct irc_conn *c = &irc->conn;
	double deadline = irc_now() + IRC_CONNECT_TIMEOUT;

	c->ssl = SSL_new(irc->ssl_ctx);
	if (c->ssl == NULL || SSL_set_fd(c->ssl, c->fd) != 1 ||
	    irc_tls_name(irc) != 0) {
		irc_fail(irc, "tls set-up for %s failed", irc->server);
		return -1;
	}
	for (;;) {
		short ev = POLLIN;
		int rc;

		ERR_clear_error();
		rc = SSL_connect(c->ssl);
		if (rc == 1)
			return 0;
		if (irc_tls_error(irc, rc, "handshake", &ev) != 0)
			return -1;
		if (irc_ms_until(deadline) == 0) {
			irc_fail(irc, "tls handshake with %s timed out",
			    irc->server);
			return -1;
		}
		if (irc_poll(irc, ev, irc_ms_until(deadline), true) < 0)
			return -1;
	}
}

/* Resolve the server, connect to the first address that answers, TLS. */
static int
irc_connect(struct irc *irc)
{
	struct addrinfo hints, *res = NULL;
	int rc;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	/* getaddrinfo cannot be interrupted: irc_stop waits for it. */
	rc = getaddrinfo(irc->server, irc->port, &hints, &res);
	if (rc != 0) {
		irc_fail(irc, "cannot resolve %s: %s", irc->server,
		    gai_strerror(rc));
		return -1;
	}
	for (struct addrinfo *ai = res; ai != NULL && !irc->stop;
	    ai = ai->ai_next)
		if (irc_connect_one(irc, ai) == 0)
			break;
	freeaddrinfo(res);
	if (irc->conn.fd < 0) {
		irc->conn.failed = true;
		return -1;
	}
	if (irc->tls && irc_tls_start(irc) != 0)
		return -1;
	return 0;
}

/* Close the connection and drop what was queued for it. */
static void
irc_close(struct irc *irc)
{
	struct irc_conn *c = &irc->conn;

	if (c->ssl != NULL) {
		if (!c->failed)
			SSL_shutdown(c->ssl);
		SSL_free(c->ssl);
		c->ssl = NULL;
	}
	if (c->fd >= 0)
		close(c->fd);
	c->fd = -1;
	for (; c->qlen > 0; c->qlen--) {
		free(c->queue[c->qhead]);
		c->queue[c->qhead] = NULL;
		c->qhead = (c->qhead + 1) % IRC_QUEUE_MAX;
	}
}

/* ------------------------------------------------------------------ */
/* Sending: protocol lines at once, replies through the token bucket.   */

/*
 * Send one line now. CR, LF and NUL are removed first, so nothing can be
 * injected; longer lines are not sent. The copy is wiped afterwards (it
 * may hold SASL credentials).
 */
static void
irc_send_line(struct irc *irc, const char *s, size_t len)
{
	char line[IRC_LINE_MAX];

	if (irc->conn.failed || irc->conn.fd < 0)
		return;
	if (len > sizeof(line) - 2) {
		log_msg(LOG_WARN, "irc: a %zu-byte line was not sent (too "
		    "long)", len);
		return;
	}
	memcpy(line, s, len);
	len = irc_strip(line, len);
	memcpy(line + len, "\r\n", 2);
	irc_write(irc, line, len + 2);
	explicit_bzero(line, sizeof(line));
}

/* Format and send one protocol line now (see irc_send_line). */
static void
irc_send(struct irc *irc, const char *fmt, ...)
{
	char line[IRC_LINE_MAX];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	irc_send_line(irc, line, (size_t)n < sizeof(line) ? (size_t)n :
	    sizeof(line));
}

/* Queue a reply line (ownership taken); sent by irc_flush. */
static void
irc_queue_add(struct irc_conn *c, char *line)
{
	c->queue[(c->qhead + c->qlen) % IRC_QUEUE_MAX] = line;
	c->qlen++;
}

/* Send queued lines while the token bucket allows. */
static void
irc_flush(struct irc *irc)
{
	struct irc_conn *c = &irc->conn;
	double now = irc_now();

	while (c->qlen > 0 && !c->failed &&
	    irc_bucket_take(&c->bucket, now)) {
		char *line = c->queue[c->qhead];

		c->queue[c->qhead] = NULL;
		c->qhead = (c->qhead + 1) % IRC_QUEUE_MAX;
		c->qlen--;
		irc_send_line(irc, line, strlen(line));
		free(line);
	}
}

/* Bytes the server puts before our lines when relaying them. */
static size_t
irc_hostmask_len(const struct irc_conn *c)
{
	size_t guess = strlen(c->nick) + 1 + IRC_USER_RESERVE + 1 +
	    IRC_HOST_RESERVE;

	return c->self_len > guess ? c->self_len : guess;
}

/*
 * Queue an answer to target, split into lines, each "addressee: " first
 * when addressee is set. The whole answer is dropped when the queue has
 * no room for it: half an answer would be worse.
 */
static void
irc_reply(struct irc *irc, const char *target, const char *addressee,
    const char *answer)
{
	struct irc_conn *c = &irc->conn;
	char prefix[IRC_NICK_MAX + 3] = "";
	struct irc_lines lines;
	char *line;

	if (addressee != NULL)
		snprintf(prefix, sizeof(prefix), "%s: ", addressee);
	irc_split(answer, irc_budget(strlen(target), strlen(prefix),
	    irc_hostmask_len(c)), &lines);
	if (c->qlen + lines.n > IRC_QUEUE_MAX) {
		log_msg(LOG_WARN, "irc: send queue full, an answer of %zu "
		    "lines was dropped", lines.n);
		irc_lines_finish(&lines);
		return;
	}
	for (size_t i = 0; i < lines.n; i++) {
		xasprintf(&line, "PRIVMSG %s :%s%s", target, prefix,
		    lines.v[i]);
		irc_queue_add(c, line);
	}
	irc_lines_finish(&lines);
}

/* ------------------------------------------------------------------ */
/* What the server says.                                                */

/* Answer one question through the common answer path, and log it. */
static void
irc_answer(struct irc *irc, const struct irc_ask *q)
{
	char conv[CONVO_ID_MAX + 1];
	struct match_result r;
	double start = irc_now();
	struct log_request lr = { .route = "irc", .status = 200,
	    .conversation = conv, .text = q->text, .log_text = irc->log_text };

	irc_conversation(irc->server, q->where, q->nick, conv, sizeof(conv));
	memset(&r, 0, sizeof(r));
	if (!chanserve_answer_text(&irc->deps, "irc", conv, q->text,
	    time(NULL), &r)) {
		lr.status = 429;	/* over the rate limit: no answer */
		lr.latency_ms = (irc_now() - start) * 1000;
		log_request(&lr);
		return;
	}
	if (r.answer != NULL)
		irc_reply(irc, q->reply_to, q->addressee, r.answer);
	lr.kind = match_kind_name(r.kind);
	if (r.entry != NULL && r.kind != MATCH_FALLBACK)
		lr.entry = kb_entry_id(r.entry);
	lr.latency_ms = (irc_now() - start) * 1000;
	log_request(&lr);
	match_result_finish(&r);
}

/* True for a channel in the config, the only ones answered in. */
static bool
irc_our_channel(const struct irc *irc, const char *name)
{
	for (size_t i = 0; i < irc->nchannels; i++)
		if (irc_casecmp(irc->channels[i], name) == 0)
			return true;
	return false;
}

/* CTCP: only a private VERSION gets an answer (a NOTICE, as is usual). */
static void
irc_on_ctcp(struct irc *irc, const char *nick, const char *target,
    const char *text)
{
	char *line;

	if (irc_is_channel(target) || strncasecmp(text + 1, "VERSION", 7) != 0 ||
	    (text[8] != '\001' && text[8] != '\0'))
		return;
	if (irc->conn.qlen >= IRC_QUEUE_MAX)
		return;
	xasprintf(&line, "NOTICE %s :\001VERSION faqbot %s\001", nick,
	    FAQBOT_VERSION);
	irc_queue_add(&irc->conn, line);
}

/*
 * PRIVMSG: answer a message addressed to us in one of our channels, or a
 * private one. Never ourselves, services, or CTCP. NOTICE never gets here.
 */
static void
irc_on_privmsg(struct irc *irc, const struct irc_msg *m)
{
	struct irc_conn *c = &irc->conn;
	char nick[IRC_NICK_MAX + 1], text[IRC_LINE_MAX];
	const char *target, *question;

	if (m->nparams < 2 || !c->registered ||
	    !irc_prefix_nick(m->prefix, nick, sizeof(nick)))
		return;
	if (irc_casecmp(nick, c->nick) == 0 || irc_is_service(nick))
		return;
	target = m->params[0];
	snprintf(text, sizeof(text), "%s", m->params[m->nparams - 1]);
	if (text[0] == '\001') {
		irc_on_ctcp(irc, nick, target, text);
		return;
	}
	irc_strip_format(text);
	if (irc_is_channel(target)) {
		question = irc_addressed(text, c->nick);
		if (question == NULL || question[0] == '\0' ||
		    !irc_our_channel(irc, target))
			return;
		irc_answer(irc, &(struct irc_ask){ target, nick, target, nick,
		    question });
	} else if (irc_casecmp(target, c->nick) == 0 && text[0] != '\0') {
		irc_answer(irc, &(struct irc_ask){ nick, NULL, "pm", nick,
		    text });
	}
}

/* PING: PONG with the same token, at once. */
static void
irc_on_ping(struct irc *irc, const struct irc_msg *m)
{
	if (m->nparams >= 1)
		irc_send(irc, "PONG :%s", m->params[m->nparams - 1]);
	else
		irc_send(irc, "PONG");
}

/* End CAP negotiation (once), so registration can finish. */
static void
irc_cap_end(struct irc *irc)
{
	if (irc->conn.cap_done)
		return;
	irc->conn.cap_done = true;
	irc_send(irc, "CAP END");
}

/* True when a CAP list offers SASL with the PLAIN mechanism. */
static bool
irc_cap_sasl(const char *caps)
{
	char buf[IRC_LINE_MAX];

	snprintf(buf, sizeof(buf), "%s", caps);
	for (char *save = NULL, *t = strtok_r(buf, " ", &save); t != NULL;
	    t = strtok_r(NULL, " ", &save)) {
		if (strcasecmp(t, "sasl") == 0)
			return true;
		if (strncasecmp(t, "sasl=", 5) != 0)
			continue;
		for (char *s2 = NULL, *mech = strtok_r(t + 5, ",", &s2);
		    mech != NULL; mech = strtok_r(NULL, ",", &s2))
			if (strcasecmp(mech, "PLAIN") == 0)
				return true;
	}
	return false;
}

/* CAP LS / ACK / NAK, while we ask for SASL. */
static void
irc_on_cap(struct irc *irc, const struct irc_msg *m)
{
	struct irc_conn *c = &irc->conn;
	const char *sub, *caps;

	if (m->nparams < 3 || c->cap_done || irc->sasl_user == NULL)
		return;
	sub = m->params[1];
	caps = m->params[m->nparams - 1];
	if (strcasecmp(sub, "LS") == 0) {
		c->cap_sasl = c->cap_sasl || irc_cap_sasl(caps);
		if (m->nparams >= 4 && strcmp(m->params[2], "*") == 0)
			return;		/* more LS lines follow */
		if (c->cap_sasl) {
			irc_send(irc, "CAP REQ :sasl");
			return;
		}
		log_msg(LOG_WARN, "irc: %s offers no SASL PLAIN; logging in "
		    "without it", irc->server);
		irc_cap_end(irc);
	} else if (strcasecmp(sub, "ACK") == 0 && irc_cap_sasl(caps)) {
		irc_send(irc, "AUTHENTICATE PLAIN");
	} else if (strcasecmp(sub, "NAK") == 0 || strcasecmp(sub, "ACK") == 0) {
		log_msg(LOG_WARN, "irc: %s refused SASL; logging in without it",
		    irc->server);
		irc_cap_end(irc);
	}
}

/* AUTHENTICATE +: send "user\0user\0password", base64, in 400-byte parts. */
static void
irc_on_authenticate(struct irc *irc, const struct irc_msg *m)
{
	unsigned char raw[3 * IRC_SASL_FIELD_MAX + 3];
	unsigned char b64[4 * sizeof(raw) / 3 + 8];
	char line[IRC_LINE_MAX];
	size_t u, p, n, len;

	if (m->nparams < 1 || strcmp(m->params[0], "+") != 0 ||
	    irc->sasl_user == NULL || irc->conn.cap_done)
		return;
	u = strlen(irc->sasl_user);
	p = strlen(irc->sasl_pass);
	memcpy(raw, irc->sasl_user, u);
	raw[u] = '\0';
	memcpy(raw + u + 1, irc->sasl_user, u);
	raw[2 * u + 1] = '\0';
	memcpy(raw + 2 * u + 2, irc->sasl_pass, p);
	len = (size_t)EVP_EncodeBlock(b64, raw, (int)(2 * u + 2 + p));
	for (size_t off = 0; off < len; off += n) {
		n = len - off > IRC_SASL_CHUNK ? IRC_SASL_CHUNK : len - off;
		snprintf(line, sizeof(line), "AUTHENTICATE %.*s", (int)n,
		    (const char *)b64 + off);
		irc_send_line(irc, line, strlen(line));
	}
	if (len % IRC_SASL_CHUNK == 0)
		irc_send(irc, "AUTHENTICATE +");
	explicit_bzero(raw, sizeof(raw));
	explicit_bzero(b64, sizeof(b64));
	explicit_bzero(line, sizeof(line));
}

/* 903: logged in with SASL. */
static void
irc_on_sasl_ok(struct irc *irc, const struct irc_msg *m)
{
	(void)m;
	log_msg(LOG_INFO, "irc: SASL login to %s succeeded", irc->server);
	irc_cap_end(irc);
}

/* 902, 904-907: SASL failed or was aborted; go on without it. */
static void
irc_on_sasl_fail(struct irc *irc, const struct irc_msg *m)
{
	if (irc->conn.cap_done)
		return;
	log_msg(LOG_WARN, "irc: SASL login to %s failed (%s); going on "
	    "without it", irc->server, m->command);
	irc_cap_end(irc);
}

/* 001 RPL_WELCOME: registered; join the channels. */
static void
irc_on_welcome(struct irc *irc, const struct irc_msg *m)
{
	struct irc_conn *c = &irc->conn;

	c->registered = true;
	c->cap_done = true;
	if (m->nparams >= 1 && irc_valid_nick(m->params[0]))
		snprintf(c->nick, sizeof(c->nick), "%s", m->params[0]);
	c->last_regain = irc_now();
	irc_bucket_init(&c->bucket, IRC_BURST, IRC_RATE, irc_now());
	log_msg(LOG_INFO, "irc: registered on %s as %s", irc->server, c->nick);
	for (size_t i = 0; i < irc->nchannels; i++)
		irc_send(irc, "JOIN %s", irc->channels[i]);
}

/* 432, 433, 436, 437: our nick was refused; try the next one. */
static void
irc_on_nick_refused(struct irc *irc, const struct irc_msg *m)
{
	struct irc_conn *c = &irc->conn;

	if (c->registered)
		return;		/* getting our nick back failed: keep this one */
	if (strcmp(m->command, "432") == 0)
		c->shorten = true;
	if (++c->nick_tries > IRC_NICK_TRIES) {
		irc_fail(irc, "no nick accepted after %u tries", IRC_NICK_TRIES);
		return;
	}
	irc_nick_next(irc->nick, c->nick_tries, c->shorten, c->nick,
	    sizeof(c->nick));
	irc_send(irc, "NICK %s", c->nick);
}

/* NICK: follow our own nick changes. */
static void
irc_on_nick(struct irc *irc, const struct irc_msg *m)
{
	struct irc_conn *c = &irc->conn;
	char nick[IRC_NICK_MAX + 1];

	if (m->nparams < 1 || !irc_prefix_nick(m->prefix, nick, sizeof(nick)) ||
	    irc_casecmp(nick, c->nick) != 0 || !irc_valid_nick(m->params[0]))
		return;
	snprintf(c->nick, sizeof(c->nick), "%s", m->params[0]);
	log_msg(LOG_INFO, "irc: now known as %s", c->nick);
}

/* JOIN: ours tells the channel is joined and our full prefix's length. */
static void
irc_on_join(struct irc *irc, const struct irc_msg *m)
{
	struct irc_conn *c = &irc->conn;
	char nick[IRC_NICK_MAX + 1];

	if (m->nparams < 1 || !irc_prefix_nick(m->prefix, nick, sizeof(nick)) ||
	    irc_casecmp(nick, c->nick) != 0)
		return;
	c->self_len = strlen(m->prefix);
	log_msg(LOG_INFO, "irc: joined %.*s", IRC_CHANNEL_MAX, m->params[0]);
}

/* KICK: say so; the channel is joined again at the next connection. */
static void
irc_on_kick(struct irc *irc, const struct irc_msg *m)
{
	if (m->nparams >= 2 && irc_casecmp(m->params[1], irc->conn.nick) == 0)
		log_msg(LOG_WARN, "irc: kicked from %.*s", IRC_CHANNEL_MAX,
		    m->params[0]);
}

/* ERROR: the server is closing the link; the read will see it. */
static void
irc_on_error(struct irc *irc, const struct irc_msg *m)
{
	log_msg(LOG_INFO, "irc: %s closes the link: %.200s", irc->server,
	    m->nparams > 0 ? m->params[m->nparams - 1] : "");
}

/* Commands we act on; everything else (NOTICE included) is ignored. */
static const struct {
	const char	*command;
	void		(*fn)(struct irc *, const struct irc_msg *);
} irc_handlers[] = {
	{ "PRIVMSG", irc_on_privmsg },
	{ "PING", irc_on_ping },
	{ "001", irc_on_welcome },
	{ "432", irc_on_nick_refused },
	{ "433", irc_on_nick_refused },
	{ "436", irc_on_nick_refused },
	{ "437", irc_on_nick_refused },
	{ "NICK", irc_on_nick },
	{ "JOIN", irc_on_join },
	{ "KICK", irc_on_kick },
	{ "CAP", irc_on_cap },
	{ "AUTHENTICATE", irc_on_authenticate },
	{ "903", irc_on_sasl_ok },
	{ "902", irc_on_sasl_fail },
	{ "904", irc_on_sasl_fail },
	{ "905", irc_on_sasl_fail },
	{ "906", irc_on_sasl_fail },
	{ "907", irc_on_sasl_fail },
	{ "ERROR", irc_on_error },
};

/* Handle one line from the server; malformed lines are ignored. */
static void
irc_handle_line(struct irc *irc, const char *line, size_t len)
{
	struct irc_msg m;

	if (irc_parse(line, len, &m) != 0) {
		log_msg(LOG_DEBUG, "irc: malformed %zu-byte line ignored", len);
		return;
	}
	for (size_t i = 0; i < NELEM(irc_handlers); i++) {
		if (strcasecmp(m.command, irc_handlers[i].command) == 0) {
			irc_handlers[i].fn(irc, &m);
			return;
		}
	}
}

/* Handle the complete lines in the read buffer; keep the rest. */
static void
irc_lines(struct irc *irc)
{
	struct irc_conn *c = &irc->conn;
	size_t start = 0;

	for (;;) {
		char *nl = memchr(c->rbuf + start, '\n', c->rlen - start);
		size_t len;

		if (nl == NULL)
			break;
		len = (size_t)(nl - (c->rbuf + start));
		if (!c->rskip)
			irc_handle_line(irc, c->rbuf + start, len);
		c->rskip = false;
		start += len + 1;
		if (c->failed || irc->stop)
			break;
	}
	memmove(c->rbuf, c->rbuf + start, c->rlen - start);
	c->rlen -= start;
}

/*
 * Read and handle what the server sent, a bounded amount at a time so
 * replies and timers get their turn. 0, or -1 (connection failed).
 */
static int
irc_read(struct irc *irc)
{
	struct irc_conn *c = &irc->conn;

	c->more = false;
	c->events = POLLIN;
	for (int i = 0; i < 8; i++) {
		ssize_t n;

		if (c->rlen == sizeof(c->rbuf)) {
			c->rlen = 0;	/* an overlong line: drop it whole */
			c->rskip = true;
		}
		n = irc_io_read(irc, c->rbuf + c->rlen, sizeof(c->rbuf) -
		    c->rlen, &c->events);
		if (n < 0)
			return -1;
		if (n == 0)
			return 0;
		c->rlen += (size_t)n;
		c->last_read = irc_now();
		c->ping_sent = 0;
		irc_lines(irc);
		if (c->failed || irc->stop)
			return c->failed ? -1 : 0;
	}
	c->more = true;
	return 0;
}

/* Keepalive, registration deadline, and getting our nick back. */
static void
irc_timers(struct irc *irc)
{
	struct irc_conn *c = &irc->conn;
	double now = irc_now(), idle = now - c->last_read;

	if (!c->registered && now - c->started > IRC_REGISTER_TIMEOUT) {
		irc_fail(irc, "not registered after %d s",
		    IRC_REGISTER_TIMEOUT);
		return;
	}
	if (idle > IRC_DEAD_IDLE) {
		irc_fail(irc, "nothing from the server for %d s",
		    IRC_DEAD_IDLE);
		return;
	}
	if (idle > IRC_PING_IDLE && c->ping_sent == 0) {
		c->ping_sent = now;
		irc_send(irc, "PING :%s", irc->server);
	}
	if (c->registered && irc_casecmp(c->nick, irc->nick) != 0 &&
	    now - c->last_regain >= IRC_REGAIN_SECONDS) {
		c->last_regain = now;
		irc_send(irc, "NICK %s", irc->nick);
	}
}

/* True when data may be waiting without the socket being readable. */
static bool
irc_pending(const struct irc_conn *c)
{
	return c->more || (c->ssl != NULL && SSL_pending(c->ssl) > 0);
}

/* How long the next poll may wait, in milliseconds. */
static int
irc_timeout(const struct irc *irc)
{
	const struct irc_conn *c = &irc->conn;
	double w;

	if (irc_pending(c))
		return 0;
	if (c->qlen == 0)
		return 1000;
	w = irc_bucket_wait(&c->bucket, irc_now());
	return w >= 1.0 ? 1000 : (int)ceil(w * 1000) + 1;
}

/* A fresh connection state, with the configured nick. */
static void
irc_conn_reset(struct irc *irc)
{
	struct irc_conn *c = &irc->conn;

	memset(c, 0, offsetof(struct irc_conn, rbuf));
	c->fd = -1;
	c->events = POLLIN;
	c->started = c->last_read = irc_now();
	snprintf(c->nick, sizeof(c->nick), "%s", irc->nick);
	irc->err[0] = '\0';
}

/*
 * One connection, from connect to close. True when it registered, so the
 * next attempt starts with the shortest backoff.
 */
static bool
irc_session(struct irc *irc)
{
	struct irc_conn *c = &irc->conn;

	irc_conn_reset(irc);
	if (irc_connect(irc) != 0) {
		irc_close(irc);
		return false;
	}
	log_msg(LOG_INFO, "irc: connected to %s port %s%s", irc->server,
	    irc->port, irc->tls ? " with TLS" : "");
	if (irc->sasl_user != NULL)
		irc_send(irc, "CAP LS 302");
	else
		c->cap_done = true;
	irc_send(irc, "NICK %s", c->nick);
	irc_send(irc, "USER %s 0 * :faqbot, the clinic's FAQ bot", irc->nick);
	while (!c->failed && !irc->stop) {
		int rc = irc_poll(irc, c->events, irc_timeout(irc), true);

		if (rc < 0)
			break;
		if ((rc > 0 || irc_pending(c)) && irc_read(irc) != 0)
			break;
		irc_timers(irc);
		irc_flush(irc);
	}
	if (irc->stop && !c->failed)
		irc_send(irc, "QUIT :faqbot is stopping");
	irc_close(irc);
	return c->registered;
}

/* Sleep seconds, or until irc_stop; true when asked to stop. */
static bool
irc_sleep(struct irc *irc, unsigned seconds)
{
	double deadline = irc_now() + seconds;

	while (!irc->stop && irc_ms_until(deadline) > 0)
		irc_poll(irc, 0, irc_ms_until(deadline), true);
	return irc->stop;
}

/* The thread: connect, serve, and reconnect with backoff until stopped. */
static void *
irc_main(void *arg)
{
	struct irc *irc = arg;
	unsigned backoff = 1;

	while (!irc->stop) {
		if (irc_session(irc))
			backoff = 1;
		if (irc->stop)
			break;
		log_msg(LOG_WARN, "irc: %s; connecting again in %u s",
		    irc->err[0] != '\0' ? irc->err : "connection lost",
		    backoff);
		if (irc_sleep(irc, backoff))
			break;
		backoff = backoff * 2 > IRC_BACKOFF_MAX ? IRC_BACKOFF_MAX :
		    backoff * 2;
	}
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Configuration, start and stop.                                       */

/* True when s holds a control byte (CR, LF, BEL, DEL...). */
static bool
irc_has_ctl(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s < ' ' || *s == 0x7f)
			return true;
	return false;
}

/* True when [irc] server is set: the connector is wanted. */
bool
irc_enabled(const struct conf *conf)
{
	return conf_str(conf, "irc", "server")[0] != '\0';
}

/* Read [irc] channels, a comma-separated list; 0, or -1 with err. */
static int
irc_conf_channels(struct irc *irc, const char *list, char err[BOT_ERR_LEN])
{
	char buf[IRC_CHANNELS_MAX * (IRC_CHANNEL_MAX + 2)];
	char *save = NULL;

	if (strlen(list) >= sizeof(buf)) {
		snprintf(err, BOT_ERR_LEN, "irc: too many channels in [irc] "
		    "channels (at most %d)", IRC_CHANNELS_MAX);
		return -1;
	}
	snprintf(buf, sizeof(buf), "%s", list);
	for (char *t = strtok_r(buf, ",", &save); t != NULL;
	    t = strtok_r(NULL, ",", &save)) {
		size_t n;

		t += strspn(t, " \t");
		n = strlen(t);
		while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t'))
			t[--n] = '\0';
		if (n == 0)
			continue;
		if (!irc_is_channel(t) || n > IRC_CHANNEL_MAX ||
		    strpbrk(t, " :") != NULL || irc_has_ctl(t)) {
			snprintf(err, BOT_ERR_LEN, "irc: bad channel name "
			    "'%.60s' in [irc] channels (like #clinic, at most "
			    "%d bytes)", t, IRC_CHANNEL_MAX);
			return -1;
		}
		if (irc->nchannels == IRC_CHANNELS_MAX) {
			snprintf(err, BOT_ERR_LEN, "irc: too many channels in "
			    "[irc] channels (at most %d)", IRC_CHANNELS_MAX);
			return -1;
		}
		snprintf(irc->channels[irc->nchannels++], IRC_CHANNEL_MAX + 1,
		    "%s", t);
	}
	return 0;
}

/* Read SASL credentials, if an account is set; 0, or -1 with err. */
static int
irc_conf_sasl(struct irc *irc, const struct conf *conf,
    char err[BOT_ERR_LEN])
{
	const char *user = conf_str(conf, "irc", "sasl_user");
	const char *pass = conf_str(conf, "irc", "sasl_password");

	if (user[0] == '\0')
		return 0;
	if (pass[0] == '\0') {
		snprintf(err, BOT_ERR_LEN, "irc: sasl_user is set but "
		    "sasl_password is empty");
		return -1;
	}
	if (strlen(user) > IRC_SASL_FIELD_MAX ||
	    strlen(pass) > IRC_SASL_FIELD_MAX) {
		snprintf(err, BOT_ERR_LEN, "irc: sasl_user or sasl_password "
		    "longer than %d bytes", IRC_SASL_FIELD_MAX);
		return -1;
	}
	irc->sasl_user = xstrdup(user);
	irc->sasl_pass = xstrdup(pass);
	return 0;
}

/* Copy and check the [irc] section; 0, or -1 with err. */
static int
irc_configure(struct irc *irc, const struct conf *conf,
    char err[BOT_ERR_LEN])
{
	const char *server = conf_str(conf, "irc", "server");
	const char *nick = conf_str(conf, "irc", "nick");
	size_t n = strlen(server);

	if (n > IRC_SERVER_MAX || strpbrk(server, " :/") != NULL ||
	    irc_has_ctl(server)) {
		snprintf(err, BOT_ERR_LEN, "irc: bad server name '%.60s' in "
		    "[irc] server (a host name or address)", server);
		return -1;
	}
	if (!irc_valid_nick(nick)) {
		snprintf(err, BOT_ERR_LEN, "irc: bad nick '%.60s' in [irc] "
		    "nick (at most %d bytes, no spaces or !@,*?:#&$+)", nick,
		    IRC_NICK_MAX);
		return -1;
	}
	snprintf(irc->server, sizeof(irc->server), "%s", server);
	snprintf(irc->port, sizeof(irc->port), "%ld",
	    conf_int(conf, "irc", "port"));
	snprintf(irc->nick, sizeof(irc->nick), "%s", nick);
	irc->tls = conf_bool(conf, "irc", "tls");
	irc->log_text = conf_bool(conf, "log", "log_text");
	if (irc_conf_channels(irc, conf_str(conf, "irc", "channels"), err) != 0)
		return -1;
	return irc_conf_sasl(irc, conf, err);
}

/* The TLS client context: TLS 1.2 or later, the system's CAs, verified. */
static int
irc_tls_setup(struct irc *irc, char err[BOT_ERR_LEN])
{
	if (!irc->tls)
		return 0;
	irc->ssl_ctx = SSL_CTX_new(TLS_client_method());
	if (irc->ssl_ctx == NULL ||
	    SSL_CTX_set_min_proto_version(irc->ssl_ctx, TLS1_2_VERSION) != 1 ||
	    SSL_CTX_set_default_verify_paths(irc->ssl_ctx) != 1) {
		snprintf(err, BOT_ERR_LEN, "irc: cannot set up TLS: %s",
		    ERR_reason_error_string(ERR_get_error()) != NULL ?
		    ERR_reason_error_string(ERR_get_error()) : "unknown error");
		return -1;
	}
	SSL_CTX_set_verify(irc->ssl_ctx, SSL_VERIFY_PEER, NULL);
	return 0;
}

/* Free an irc whose thread is not running. */
static void
irc_free(struct irc *irc)
{
	if (irc->wake[0] >= 0)
		close(irc->wake[0]);
	if (irc->wake[1] >= 0)
		close(irc->wake[1]);
	SSL_CTX_free(irc->ssl_ctx);
	if (irc->sasl_pass != NULL)
		explicit_bzero(irc->sasl_pass, strlen(irc->sasl_pass));
	free(irc->sasl_pass);
	free(irc->sasl_user);
	free(irc);
}

/*
 * Check the [irc] section without connecting (for --check-config): 0 when
 * it is valid or IRC is not configured, else -1 with err.
 */
int
irc_check(const struct conf *conf, char err[BOT_ERR_LEN])
{
	struct irc *irc;
	int rc;

	if (!irc_enabled(conf))
		return 0;
	irc = xcalloc(1, sizeof(*irc));
	irc->wake[0] = irc->wake[1] = -1;
	rc = irc_configure(irc, conf, err) == 0 && irc_tls_setup(irc, err) ==
	    0 ? 0 : -1;
	irc_free(irc);
	return rc;
}

/*
 * Start the connector when [irc] server is set. deps is copied; the
 * objects it points to (and conf) are borrowed and must outlive
 * irc_stop. The connection is made by the thread, so a server that is
 * down is no error here. NULL with err when not configured or on a config
 * error; free with irc_stop.
 */
struct irc *
irc_start(const struct conf *conf, const struct chanserve_deps *deps,
    char err[BOT_ERR_LEN])
{
	struct irc *irc;
	int rc;

	if (!irc_enabled(conf)) {
		snprintf(err, BOT_ERR_LEN, "irc: not configured ([irc] server "
		    "is empty)");
		return NULL;
	}
	irc = xcalloc(1, sizeof(*irc));
	irc->wake[0] = irc->wake[1] = -1;
	irc->conn.fd = -1;
	irc->deps = *deps;
	if (irc_configure(irc, conf, err) != 0 || irc_tls_setup(irc, err) != 0)
		goto fail;
	if (pipe2(irc->wake, O_CLOEXEC | O_NONBLOCK) != 0) {
		snprintf(err, BOT_ERR_LEN, "irc: pipe: %s", strerror(errno));
		goto fail;
	}
	rc = pthread_create(&irc->thread, NULL, irc_main, irc);
	if (rc != 0) {
		snprintf(err, BOT_ERR_LEN, "irc: cannot start thread: %s",
		    strerror(rc));
		goto fail;
	}
	irc->running = true;
	log_msg(LOG_INFO, "irc: connecting to %s port %s as %s", irc->server,
	    irc->port, irc->nick);
	return irc;
fail:
	irc_free(irc);
	return NULL;
}

/* Say QUIT, wait for the thread and free everything. Accepts NULL. */
void
irc_stop(struct irc *irc)
{
	char b = 'q';

	if (irc == NULL)
		return;
	if (irc->running) {
		if (write(irc->wake[1], &b, 1) != 1)
			log_warn("irc: cannot wake the thread");
		pthread_join(irc->thread, NULL);
	}
	irc_free(irc);
}
