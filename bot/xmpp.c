/*
 * The XMPP connector. One thread owns a libstrophe context and at most
 * one connection: it connects, sends presence, joins the configured
 * rooms, answers messages through chanserve_answer_text, pings the
 * server, and when the connection drops it releases it and tries again
 * after 1, 2, 4 ... 60 seconds. Everything libstrophe calls back runs on
 * that thread, so the connection needs no lock; xmppc_stop only sets a
 * flag the loop reads between two short xmpp_run_once calls. What to do
 * with one message stanza is decided in xmpp_msg.c.
 *
 * Patients' words and addresses are never logged: request lines carry
 * the hashed conversation id, and libstrophe's own messages are dropped
 * when they quote a stanza.
 */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <strophe.h>

#include "chanserve.h"
#include "conf.h"
#include "kb.h"
#include "log.h"
#include "match.h"
#include "xmalloc.h"
#include "xmpp.h"
#include "xmpp_msg.h"

/* How long one xmpp_run_once may wait, so that a stop is seen soon. */
#define XMPPC_TICK_MS		200
/* A connection that lasted this long resets the backoff. */
#define XMPPC_STABLE_SECONDS	30
/* Seconds between pings; an unanswered ping drops the connection. */
#define XMPPC_PING_MS		60000
/* How long xmppc_stop waits for the server to close the stream. */
#define XMPPC_CLOSE_SECONDS	2.5

#define XMPPC_NS_MUC		"http://jabber.org/protocol/muc"
#define XMPPC_NS_MUC_USER	"http://jabber.org/protocol/muc#user"
#define XMPPC_NS_MUC_OWNER	"http://jabber.org/protocol/muc#owner"
#define XMPPC_NS_DATA		"jabber:x:data"
#define XMPPC_NS_PING		"urn:xmpp:ping"

struct xmppc {
	struct chanserve_deps	 deps;	/* a copy; its objects are borrowed */
	char			*jid;
	char			*bare;
	char			*domain;
	char			*password;
	char			*server;	/* NULL: the JID's domain */
	unsigned short		 port;		/* 0: libstrophe's default */
	long			 flags;
	char			*nick;
	char			**rooms;
	size_t			 nrooms;
	struct xmppc_self	 self;
	pthread_t		 thread;
	int			 stop;		/* __atomic, by xmppc_stop */

	/* Owned by the thread from here on. */
	xmpp_log_t		 log;		/* libstrophe keeps a pointer */
	xmpp_ctx_t		*ctx;
	xmpp_conn_t		*conn;		/* NULL between attempts */
	bool			 online;	/* conn logged in */
	bool			 down;		/* conn is gone: release it */
	bool			 closing;	/* xmppc_stop is closing conn */
	bool			 ping_out;	/* a ping is unanswered */
	unsigned		 backoff;	/* seconds of the last wait */
	unsigned long		 serial;	/* for stanza ids */
	double			 next_try;	/* monotonic seconds */
	double			 since;		/* when conn logged in */
	char			 why[128];	/* why conn went down */
};

/* libstrophe's stream error conditions, by xmpp_error_type_t. */
static const char *const xmppc_stream_errors[] = {
	[XMPP_SE_BAD_FORMAT] = "bad-format",
	[XMPP_SE_BAD_NS_PREFIX] = "bad-namespace-prefix",
	[XMPP_SE_CONFLICT] = "conflict",
	[XMPP_SE_CONN_TIMEOUT] = "connection-timeout",
	[XMPP_SE_HOST_GONE] = "host-gone",
	[XMPP_SE_HOST_UNKNOWN] = "host-unknown",
	[XMPP_SE_IMPROPER_ADDR] = "improper-addressing",
	[XMPP_SE_INTERNAL_SERVER_ERROR] = "internal-server-error",
	[XMPP_SE_INVALID_FROM] = "invalid-from",
	[XMPP_SE_INVALID_ID] = "invalid-id",
	[XMPP_SE_INVALID_NS] = "invalid-namespace",
	[XMPP_SE_INVALID_XML] = "invalid-xml",
	[XMPP_SE_NOT_AUTHORIZED] = "not-authorized",
	[XMPP_SE_POLICY_VIOLATION] = "policy-violation",
	[XMPP_SE_REMOTE_CONN_FAILED] = "remote-connection-failed",
	[XMPP_SE_RESOURCE_CONSTRAINT] = "resource-constraint",
	[XMPP_SE_RESTRICTED_XML] = "restricted-xml",
	[XMPP_SE_SEE_OTHER_HOST] = "see-other-host",
	[XMPP_SE_SYSTEM_SHUTDOWN] = "system-shutdown",
	[XMPP_SE_UNDEFINED_CONDITION] = "undefined-condition",
	[XMPP_SE_UNSUPPORTED_ENCODING] = "unsupported-encoding",
	[XMPP_SE_UNSUPPORTED_STANZA_TYPE] = "unsupported-stanza-type",
	[XMPP_SE_UNSUPPORTED_VERSION] = "unsupported-version",
	[XMPP_SE_XML_NOT_WELL_FORMED] = "xml-not-well-formed",
};

/* Seconds on the monotonic clock. */
static double
xmppc_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* libstrophe allocates through xmalloc too: out of memory is fatal. */
static void *
xmppc_mem_alloc(size_t size, void *arg)
{
	(void)arg;
	return xmalloc(size);
}

/* The matching free. */
static void
xmppc_mem_free(void *p, void *arg)
{
	(void)arg;
	free(p);
}

/* The matching realloc. */
static void *
xmppc_mem_realloc(void *p, size_t size, void *arg)
{
	(void)arg;
	return xreallocarray(p, 1, size);
}

static const xmpp_mem_t xmppc_mem = {
	xmppc_mem_alloc, xmppc_mem_free, xmppc_mem_realloc, NULL
};

/* What libstrophe's debug log says when TCP connect fails. */
#define XMPPC_CONN_FAILED	"connection failed, error "
#define XMPPC_CONN_TIMEOUT	"Connection attempt timed out."

/*
 * Keep the first reason libstrophe gives for a connection attempt that
 * fails: its errors (a refused login, TLS), and from its debug lines, a
 * TCP connection refused or timed out. True when msg was kept: the "cannot
 * connect" line will say it.
 */
static bool
xmppc_note_why(struct xmppc *x, xmpp_log_level_t level, const char *area,
    const char *msg)
{
	size_t n = strlen(XMPPC_CONN_FAILED);

	if (x->online || x->why[0] != '\0')
		return false;
	if (strncmp(msg, XMPPC_CONN_FAILED, n) == 0)
		snprintf(x->why, sizeof(x->why), "%s", strerror(atoi(msg + n)));
	else if (strcmp(msg, XMPPC_CONN_TIMEOUT) == 0)
		snprintf(x->why, sizeof(x->why), "connection timed out");
	else if (level >= XMPP_LEVEL_ERROR && strchr(msg, '<') == NULL)
		snprintf(x->why, sizeof(x->why), "%s: %s", area, msg);
	else
		return false;
	return true;
}

/*
 * libstrophe's log: warnings and errors at warn, information at debug,
 * its debug output (which quotes every stanza sent and received, the
 * login included) never. A line that quotes a stanza is cut.
 */
static void
xmppc_strophe_log(void *arg, xmpp_log_level_t level, const char *area,
    const char *msg)
{
	if (xmppc_note_why(arg, level, area, msg) || level < XMPP_LEVEL_INFO)
		return;
	if (strchr(msg, '<') != NULL)
		msg = "(a stanza, not logged)";
	log_msg(level >= XMPP_LEVEL_WARN ? LOG_WARN : LOG_DEBUG,
	    "xmpp: libstrophe %s: %s", area, msg);
}

/*
 * The next wait before reconnecting, after waiting seconds last time:
 * 1, 2, 4 ... up to XMPPC_BACKOFF_MAX.
 */
unsigned
xmppc_backoff_next(unsigned seconds)
{
	if (seconds == 0)
		return 1;
	if (seconds >= XMPPC_BACKOFF_MAX / 2)
		return XMPPC_BACKOFF_MAX;
	return seconds * 2;
}

/* A new element stanza name in namespace ns (NULL: none). */
static xmpp_stanza_t *
xmppc_elem(xmpp_ctx_t *ctx, const char *name, const char *ns)
{
	xmpp_stanza_t *st = xmpp_stanza_new(ctx);

	xmpp_stanza_set_name(st, name);
	if (ns != NULL)
		xmpp_stanza_set_ns(st, ns);
	return st;
}

/* Add child to parent, giving up our reference to it. */
static void
xmppc_adopt(xmpp_stanza_t *parent, xmpp_stanza_t *child)
{
	xmpp_stanza_add_child(parent, child);
	xmpp_stanza_release(child);
}

/* Send st on the connection and release it. */
static void
xmppc_send(struct xmppc *x, xmpp_stanza_t *st)
{
	xmpp_send(x->conn, st);
	xmpp_stanza_release(st);
}

/* A fresh stanza id: "faqbot-WHAT-N". */
static void
xmppc_id(struct xmppc *x, const char *what, char out[64])
{
	snprintf(out, 64, "faqbot-%s-%lu", what, ++x->serial);
}

/* Send the reply to one message. */
static void
xmppc_reply(struct xmppc *x, const struct xmppc_msg *m, const char *answer)
{
	xmpp_stanza_t *st, *th, *text;
	char id[64], *body;

	xmppc_id(x, "reply", id);
	if (m->kind == XMPPC_ROOM) {
		st = xmpp_message_new(x->ctx, "groupchat", m->reply_to, id);
		xasprintf(&body, "%s: %s", m->nick, answer);
		xmpp_message_set_body(st, body);
		free(body);
		xmppc_send(x, st);
		return;
	}
	st = xmpp_message_new(x->ctx, "chat", m->reply_to, id);
	xmpp_message_set_body(st, answer);
	if (m->thread != NULL) {
		th = xmppc_elem(x->ctx, "thread", NULL);
		text = xmpp_stanza_new(x->ctx);
		xmpp_stanza_set_text(text, m->thread);
		xmppc_adopt(th, text);
		xmppc_adopt(st, th);
	}
	xmppc_send(x, st);
}

/* Answer one message and log the request (never its text). */
static void
xmppc_answer(struct xmppc *x, const struct xmppc_msg *m)
{
	struct match_result r;
	double t0 = xmppc_now();
	struct log_request lr = {
		.route = "xmpp",
		.conversation = m->conversation,
		.status = 429,
	};

	if (chanserve_answer_text(&x->deps, "xmpp", m->conversation,
	    m->question, time(NULL), &r)) {
		if (r.answer != NULL)
			xmppc_reply(x, m, r.answer);
		lr.status = 200;
		lr.kind = match_kind_name(r.kind);
		if (r.entry != NULL && r.kind != MATCH_FALLBACK)
			lr.entry = kb_entry_id(r.entry);
	}
	lr.latency_ms = (xmppc_now() - t0) * 1000;
	log_request(&lr);
	if (lr.status == 200)
		match_result_finish(&r);
}

/* libstrophe's message handler. */
static int
xmppc_on_message(xmpp_conn_t *conn, xmpp_stanza_t *st, void *arg)
{
	struct xmppc *x = arg;
	struct xmppc_msg m;

	(void)conn;
	xmppc_msg_read(&x->self, st, &m);
	if (m.kind == XMPPC_SKIP)
		log_msg(LOG_DEBUG, "xmpp: message not answered: %s", m.why);
	else
		xmppc_answer(x, &m);
	xmppc_msg_finish(&m);
	return 1;
}

/* True when st has <x xmlns=muc#user><status code=code/>. */
static bool
xmppc_muc_status(xmpp_stanza_t *st, const char *code)
{
	xmpp_stanza_t *x = xmpp_stanza_get_child_by_name_and_ns(st, "x",
	    XMPPC_NS_MUC_USER);
	const char *c;

	if (x == NULL)
		return false;
	for (xmpp_stanza_t *s = xmpp_stanza_get_children(x); s != NULL;
	    s = xmpp_stanza_get_next(s)) {
		if (xmpp_stanza_get_name(s) == NULL ||
		    strcmp(xmpp_stanza_get_name(s), "status") != 0)
			continue;
		c = xmpp_stanza_get_attribute(s, "code");
		if (c != NULL && strcmp(c, code) == 0)
			return true;
	}
	return false;
}

/* The defined condition of an error stanza ("conflict"...), or "?". */
static const char *
xmppc_condition(xmpp_stanza_t *st)
{
	xmpp_stanza_t *e = xmpp_stanza_get_child_by_name(st, "error");
	const char *name;

	for (xmpp_stanza_t *s = e != NULL ? xmpp_stanza_get_children(e) :
	    NULL; s != NULL; s = xmpp_stanza_get_next(s)) {
		name = xmpp_stanza_get_name(s);
		if (name != NULL && strcmp(name, "text") != 0)
			return name;
	}
	return "?";
}

/*
 * Accept the default configuration of a room we just created, which the
 * server keeps locked until its owner does (XEP-0045 10.1.2).
 */
static void
xmppc_room_unlock(struct xmppc *x, const char *room)
{
	xmpp_stanza_t *iq, *q;
	char id[64];

	xmppc_id(x, "unlock", id);
	iq = xmpp_iq_new(x->ctx, "set", id);
	xmpp_stanza_set_to(iq, room);
	q = xmppc_elem(x->ctx, "query", XMPPC_NS_MUC_OWNER);
	xmppc_adopt(q, xmppc_elem(x->ctx, "x", XMPPC_NS_DATA));
	xmpp_stanza_set_type(xmpp_stanza_get_children(q), "submit");
	xmppc_adopt(iq, q);
	xmppc_send(x, iq);
	log_msg(LOG_INFO, "xmpp: created room %s with its default settings",
	    room);
}

/* Presence from a room we join: our own arrival, or an error. */
static void
xmppc_room_presence(struct xmppc *x, xmpp_stanza_t *st, const char *room,
    const char *nick)
{
	const char *type = xmpp_stanza_get_type(st);

	if (type != NULL && strcmp(type, "error") == 0) {
		log_msg(LOG_WARN, "xmpp: cannot join room %s as %s: %s", room,
		    x->nick, xmppc_condition(st));
		return;
	}
	if (nick == NULL || !xmppc_muc_status(st, "110") || x->closing)
		return;
	if (type != NULL && strcmp(type, "unavailable") == 0) {
		log_msg(LOG_WARN, "xmpp: removed from room %s; joining again "
		    "at the next reconnection", room);
		return;
	}
	log_msg(LOG_INFO, "xmpp: joined room %s as %s", room, nick);
	if (xmppc_muc_status(st, "201"))
		xmppc_room_unlock(x, room);
}

/*
 * libstrophe's presence handler: presence from our rooms. Subscription
 * requests are left unanswered: messages need no subscription, and the
 * bot's roster should not become a list of patients.
 */
static int
xmppc_on_presence(xmpp_conn_t *conn, xmpp_stanza_t *st, void *arg)
{
	struct xmppc *x = arg;
	const char *from = xmpp_stanza_get_from(st), *room;
	size_t n;

	(void)conn;
	if (from == NULL)
		return 1;
	n = strcspn(from, "/");
	room = xmppc_room_find(&x->self, from, n);
	if (room != NULL)
		xmppc_room_presence(x, st, room, from[n] == '/' ?
		    from + n + 1 : NULL);
	return 1;
}

/*
 * libstrophe's iq handler: answer pings (XEP-0199), and refuse every
 * other request, as RFC 6120 8.2.3 asks of a client.
 */
static int
xmppc_on_iq(xmpp_conn_t *conn, xmpp_stanza_t *st, void *arg)
{
	struct xmppc *x = arg;
	const char *type = xmpp_stanza_get_type(st);
	xmpp_stanza_t *reply;

	(void)conn;
	if (type == NULL || (strcmp(type, "get") != 0 &&
	    strcmp(type, "set") != 0))
		return 1;
	if (strcmp(type, "get") == 0 && xmpp_stanza_get_child_by_name_and_ns(
	    st, "ping", XMPPC_NS_PING) != NULL) {
		reply = xmpp_stanza_reply(st);
		xmpp_stanza_set_type(reply, "result");
	} else {
		reply = xmpp_stanza_reply_error(st, "cancel",
		    "service-unavailable", NULL);
	}
	if (reply != NULL)
		xmppc_send(x, reply);
	return 1;
}

/* The answer to our ping: the connection is alive. */
static int
xmppc_on_pong(xmpp_conn_t *conn, xmpp_stanza_t *st, void *arg)
{
	struct xmppc *x = arg;

	(void)conn;
	(void)st;
	x->ping_out = false;
	return 0;
}

/*
 * Every XMPPC_PING_MS: ping the server (XEP-0199). If the last ping is
 * still unanswered, the connection is dead even if TCP does not know it
 * yet: close it, and the loop reconnects.
 */
static int
xmppc_ping(xmpp_conn_t *conn, void *arg)
{
	struct xmppc *x = arg;
	xmpp_stanza_t *iq;
	char id[64];

	if (x->ping_out) {
		snprintf(x->why, sizeof(x->why), "no answer to a ping");
		xmpp_disconnect(conn);
		return 0;
	}
	xmppc_id(x, "ping", id);
	iq = xmpp_iq_new(x->ctx, "get", id);
	xmpp_stanza_set_to(iq, x->domain);
	xmppc_adopt(iq, xmppc_elem(x->ctx, "ping", XMPPC_NS_PING));
	xmpp_id_handler_add(conn, xmppc_on_pong, id, x);
	x->ping_out = true;
	xmppc_send(x, iq);
	return 1;
}

/* Join room as our nick, asking for no history (XEP-0045 7.2.13). */
static void
xmppc_join(struct xmppc *x, const char *room)
{
	xmpp_stanza_t *p = xmpp_presence_new(x->ctx);
	xmpp_stanza_t *mx = xmppc_elem(x->ctx, "x", XMPPC_NS_MUC);
	xmpp_stanza_t *h = xmppc_elem(x->ctx, "history", NULL);
	char *to;

	xasprintf(&to, "%s/%s", room, x->nick);
	xmpp_stanza_set_to(p, to);
	free(to);
	xmpp_stanza_set_attribute(h, "maxstanzas", "0");
	xmppc_adopt(mx, h);
	xmppc_adopt(p, mx);
	xmppc_send(x, p);
}

/* Logged in: say we are available, join the rooms, start pinging. */
static void
xmppc_online(struct xmppc *x)
{
	const char *bound = xmpp_conn_get_bound_jid(x->conn);

	x->online = true;
	x->since = xmppc_now();
	x->ping_out = false;
	xmppc_send(x, xmpp_presence_new(x->ctx));
	for (size_t i = 0; i < x->nrooms; i++)
		xmppc_join(x, x->rooms[i]);
	xmpp_timed_handler_add(x->conn, xmppc_ping, XMPPC_PING_MS, x);
	log_msg(LOG_INFO, "xmpp: connected as %s (%s)", bound != NULL ?
	    bound : x->jid, xmpp_conn_is_secured(x->conn) ? "TLS" :
	    "without TLS");
}

/* libstrophe's connection handler. */
static void
xmppc_on_conn(xmpp_conn_t *conn, xmpp_conn_event_t ev, int error,
    xmpp_stream_error_t *se, void *arg)
{
	struct xmppc *x = arg;
	size_t nerr = sizeof(xmppc_stream_errors) /
	    sizeof(xmppc_stream_errors[0]);

	(void)conn;
	if (ev == XMPP_CONN_CONNECT) {
		xmppc_online(x);
		return;
	}
	if (ev == XMPP_CONN_RAW_CONNECT)
		return;
	x->down = true;
	if (x->why[0] != '\0')
		return;
	if (se != NULL && (size_t)se->type < nerr &&
	    xmppc_stream_errors[se->type] != NULL)
		snprintf(x->why, sizeof(x->why), "stream error %s",
		    xmppc_stream_errors[se->type]);
	else if (error != 0)
		snprintf(x->why, sizeof(x->why), "%s", strerror(error));
	else
		snprintf(x->why, sizeof(x->why), "%s", x->online ?
		    "closed by the server" : "no reason given");
}

/*
 * TLS could not verify the server's certificate: refuse it, saying why.
 * (A private CA is trusted through SSL_CERT_FILE or the system store.)
 */
static int
xmppc_certfail(const xmpp_tlscert_t *cert, const char *errormsg)
{
	const char *subject = xmpp_tlscert_get_string(cert, XMPP_CERT_SUBJECT);

	log_msg(LOG_WARN, "xmpp: server certificate refused: %s (subject %s)",
	    errormsg != NULL ? errormsg : "?", subject != NULL ? subject :
	    "?");
	return 0;
}

/* Start one connection attempt; on failure conn is marked down. */
static void
xmppc_connect(struct xmppc *x)
{
	x->conn = xmpp_conn_new(x->ctx);
	if (x->conn == NULL)
		xoom("xmpp_conn_new");
	x->online = x->down = false;
	x->why[0] = '\0';
	xmpp_conn_set_flags(x->conn, x->flags);
	xmpp_conn_set_jid(x->conn, x->jid);
	xmpp_conn_set_pass(x->conn, x->password);
	xmpp_conn_set_sockopt_callback(x->conn, xmpp_sockopt_cb_keepalive);
	xmpp_conn_set_certfail_handler(x->conn, xmppc_certfail);
	xmpp_handler_add(x->conn, xmppc_on_message, NULL, "message", NULL, x);
	xmpp_handler_add(x->conn, xmppc_on_presence, NULL, "presence", NULL,
	    x);
	xmpp_handler_add(x->conn, xmppc_on_iq, NULL, "iq", NULL, x);
	if (xmpp_connect_client(x->conn, x->server, x->port, xmppc_on_conn,
	    x) != XMPP_EOK) {
		snprintf(x->why, sizeof(x->why), "cannot start connecting");
		x->down = true;
	}
}

/* The connection is gone: release it and plan the next attempt. */
static void
xmppc_drop(struct xmppc *x)
{
	double now = xmppc_now();

	if (x->online && now - x->since >= XMPPC_STABLE_SECONDS)
		x->backoff = 0;
	x->backoff = xmppc_backoff_next(x->backoff);
	x->next_try = now + x->backoff;
	log_msg(LOG_WARN, "xmpp: %s (%s); trying again in %u s",
	    x->online ? "connection lost" : "cannot connect or log in",
	    x->why, x->backoff);
	xmpp_conn_release(x->conn);
	x->conn = NULL;
	x->online = x->down = false;
}

/* At stop: say goodbye, close the stream, wait a little, release. */
static void
xmppc_close(struct xmppc *x)
{
	double end = xmppc_now() + XMPPC_CLOSE_SECONDS;
	xmpp_stanza_t *bye;

	if (x->conn == NULL)
		return;
	x->closing = true;
	if (x->online && !x->down) {
		bye = xmpp_presence_new(x->ctx);
		xmpp_stanza_set_type(bye, "unavailable");
		xmppc_send(x, bye);
		xmpp_disconnect(x->conn);
		while (!x->down && xmppc_now() < end)
			xmpp_run_once(x->ctx, 50);
	}
	xmpp_conn_release(x->conn);
	x->conn = NULL;
}

/* The thread: connect, run the event loop, reconnect, until stopped. */
static void *
xmppc_run(void *arg)
{
	struct xmppc *x = arg;
	struct timespec tick = { 0, XMPPC_TICK_MS * 1000000L };

	while (!__atomic_load_n(&x->stop, __ATOMIC_ACQUIRE)) {
		if (x->conn == NULL && xmppc_now() >= x->next_try)
			xmppc_connect(x);
		if (x->conn == NULL) {
			nanosleep(&tick, NULL);
			continue;
		}
		xmpp_run_once(x->ctx, XMPPC_TICK_MS);
		if (x->down)
			xmppc_drop(x);
	}
	xmppc_close(x);
	return NULL;
}

/* True when the [xmpp] section turns the connector on (a JID is set). */
bool
xmppc_enabled(const struct conf *c)
{
	return conf_str(c, "xmpp", "jid")[0] != '\0';
}

/* True when s is "node@domain" with no resource and no blanks. */
static bool
xmppc_bare_ok(const char *s, size_t n)
{
	const char *at = memchr(s, '@', n);

	return at != NULL && at != s && at + 1 < s + n &&
	    memchr(s, '/', n) == NULL && memchr(at + 1, '@',
	    (size_t)(s + n - at - 1)) == NULL && strcspn(s, " \t\r\n") >= n;
}

/*
 * Split the comma-separated room list into *rooms (each xstrdup'ed; the
 * caller frees them and the array). 0, or -1 with err.
 */
static int
xmppc_rooms_parse(const char *list, char ***rooms, size_t *n,
    char err[BOT_ERR_LEN])
{
	const char *p = list;

	*rooms = NULL;
	*n = 0;
	while (*p != '\0') {
		size_t len;

		p += strspn(p, " \t,");
		len = strcspn(p, ",");
		while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
			len--;
		if (len == 0)
			break;
		if (!xmppc_bare_ok(p, len) || *n == XMPPC_ROOMS_MAX) {
			snprintf(err, BOT_ERR_LEN, "%s [xmpp] rooms: '%.*s'",
			    *n == XMPPC_ROOMS_MAX ? "too many rooms in" :
			    "not a room address (room@service) in",
			    (int)(len > 100 ? 100 : len), p);
			return -1;
		}
		*rooms = xreallocarray(*rooms, *n + 1, sizeof(**rooms));
		(*rooms)[(*n)++] = xstrndup(p, len);
		p += len;
	}
	return 0;
}

/* Free a room list. */
static void
xmppc_rooms_free(char **rooms, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(rooms[i]);
	free(rooms);
}

/* Validate the [xmpp] section. 0, or -1 with err. */
int
xmppc_check(const struct conf *c, char err[BOT_ERR_LEN])
{
	const char *jid = conf_str(c, "xmpp", "jid");
	const char *nick = conf_str(c, "xmpp", "room_nick");
	char **rooms;
	size_t n;

	if (jid[0] == '\0') {
		snprintf(err, BOT_ERR_LEN, "xmpp is off: [xmpp] jid is empty");
		return -1;
	}
	if (!xmppc_bare_ok(jid, strcspn(jid, "/"))) {
		snprintf(err, BOT_ERR_LEN, "not a Jabber id (user@domain) in "
		    "[xmpp] jid: '%.100s'", jid);
		return -1;
	}
	if (conf_str(c, "xmpp", "password")[0] == '\0') {
		snprintf(err, BOT_ERR_LEN, "[xmpp] password is not set");
		return -1;
	}
	if (nick[0] == '\0' || strchr(nick, '/') != NULL) {
		snprintf(err, BOT_ERR_LEN, "bad [xmpp] room_nick: '%.100s'",
		    nick);
		return -1;
	}
	if (xmppc_rooms_parse(conf_str(c, "xmpp", "rooms"), &rooms, &n,
	    err) != 0) {
		xmppc_rooms_free(rooms, n);
		return -1;
	}
	xmppc_rooms_free(rooms, n);
	return 0;
}

/* Free a connector whose thread is not running. */
static void
xmppc_free(struct xmppc *x)
{
	if (x->ctx != NULL)
		xmpp_ctx_free(x->ctx);
	free(x->jid);
	free(x->bare);
	free(x->domain);
	if (x->password != NULL)
		explicit_bzero(x->password, strlen(x->password));
	free(x->password);
	free(x->server);
	free(x->nick);
	xmppc_rooms_free(x->rooms, x->nrooms);
	free(x);
}

/* Copy the [xmpp] settings, checked by xmppc_check, into x. */
static void
xmppc_settings(struct xmppc *x, const struct conf *c)
{
	const char *server = conf_str(c, "xmpp", "server");
	char err[BOT_ERR_LEN];

	x->jid = xstrdup(conf_str(c, "xmpp", "jid"));
	x->bare = xstrndup(x->jid, strcspn(x->jid, "/"));
	x->domain = xstrdup(strchr(x->bare, '@') + 1);
	x->password = xstrdup(conf_str(c, "xmpp", "password"));
	x->server = server[0] != '\0' ? xstrdup(server) : NULL;
	/* Without a server or a port, libstrophe looks up SRV records. */
	if (x->server != NULL || conf_is_set(c, "xmpp", "port"))
		x->port = (unsigned short)conf_int(c, "xmpp", "port");
	x->flags = conf_bool(c, "xmpp", "tls_required") ?
	    XMPP_CONN_FLAG_MANDATORY_TLS : 0;
	x->nick = xstrdup(conf_str(c, "xmpp", "room_nick"));
	/* Cannot fail: xmppc_check parsed the same list. */
	if (xmppc_rooms_parse(conf_str(c, "xmpp", "rooms"), &x->rooms,
	    &x->nrooms, err) != 0)
		abort();
	x->self.bare = x->bare;
	x->self.nick = x->nick;
	x->self.rooms = x->rooms;
	x->self.nrooms = x->nrooms;
}

/*
 * Start the connector of the [xmpp] section: copy the settings, start
 * the thread, which connects in the background (a server that is down is
 * retried, not an error). NULL with err empty when the section is off
 * (jid empty, see xmppc_enabled); NULL with err when it is wrong. deps is
 * copied; the objects it points to are borrowed and must outlive
 * xmppc_stop.
 */
struct xmppc *
xmppc_start(const struct conf *c, const struct chanserve_deps *deps,
    char err[BOT_ERR_LEN])
{
	struct xmppc *x;
	int rc;

	err[0] = '\0';
	if (!xmppc_enabled(c) || xmppc_check(c, err) != 0)
		return NULL;
	x = xcalloc(1, sizeof(*x));
	x->deps = *deps;
	xmppc_settings(x, c);
	xmpp_initialize();
	x->log.handler = xmppc_strophe_log;
	x->log.userdata = x;
	x->ctx = xmpp_ctx_new(&xmppc_mem, &x->log);
	if (x->ctx == NULL)
		xoom("xmpp_ctx_new");
	rc = pthread_create(&x->thread, NULL, xmppc_run, x);
	if (rc != 0) {
		snprintf(err, BOT_ERR_LEN, "cannot start the xmpp thread: %s",
		    strerror(rc));
		xmppc_free(x);
		xmpp_shutdown();
		return NULL;
	}
	log_msg(LOG_INFO, "xmpp: connecting as %s to %s, %zu room%s", x->jid,
	    x->server != NULL ? x->server : x->domain, x->nrooms,
	    x->nrooms == 1 ? "" : "s");
	return x;
}

/* Disconnect, stop the thread and free; accepts NULL. */
void
xmppc_stop(struct xmppc *x)
{
	if (x == NULL)
		return;
	__atomic_store_n(&x->stop, 1, __ATOMIC_RELEASE);
	pthread_join(x->thread, NULL);
	xmppc_free(x);
	xmpp_shutdown();
	log_msg(LOG_INFO, "xmpp: stopped");
}
