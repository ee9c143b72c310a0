/*
 * The HTTP side of faqbot. Routes are a table; the handler follows
 * libmicrohttpd's three-call pattern (headers, body pieces, end) with the
 * body in a capped buffer, so an oversized request is refused before it is
 * read whole. Every request is answered, logged (never with message text
 * unless configured) and counted.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>
#include <microhttpd.h>

#include "alert.h"
#include "buf.h"
#include "chanserve.h"
#include "convo.h"
#include "form.h"
#include "gaps.h"
#include "jsonout.h"
#include "kbhold.h"
#include "log.h"
#include "match.h"
#include "metrics.h"
#include "server.h"
#include "text.h"
#include "webassets.h"
#include "xmalloc.h"

struct server {
	struct MHD_Daemon	*mhd;
	struct server_opts	 opts;
	struct server_deps	 deps;
	char			*listen;
};

struct server_req;
typedef void server_route_fn(struct server *, struct MHD_Connection *,
    struct server_req *);

struct server_route {
	const char	*path;
	const char	*method;	/* GET also answers HEAD */
	bool		 api;		/* CORS, no caching */
	server_route_fn	*fn;
};

struct server_req {
	const struct server_route *route;
	struct buf	 body;
	double		 start;
	int		 status;
	const char	*kind;		/* for the log: answer kind */
	char		 entry[KB_ID_MAX + 1];
	char		 conversation[CHANNEL_ID_MAX + 1];
	char		*text;		/* only kept when log_text is on */
	bool		 done;
	const struct channel_ops *chan;	/* a chat channel's request */
	char		 method[8];
};

static server_route_fn server_static, server_chat, server_greeting,
    server_healthz, server_metrics, server_channel;

/* The route of every chat channel; the channel itself says the rest. */
static const struct server_route server_channel_route = {
	"(channel)", NULL, true, server_channel
};

static const struct server_route server_routes[] = {
	{ "/", "GET", false, server_static },
	{ "/index.html", "GET", false, server_static },
	{ "/widget.js", "GET", false, server_static },
	{ "/chat.css", "GET", false, server_static },
	{ "/v1/chat", "POST", true, server_chat },
	{ "/v1/greeting", "GET", true, server_greeting },
	{ "/healthz", "GET", true, server_healthz },
	{ "/metrics", "GET", true, server_metrics },
};

#define NROUTES (sizeof(server_routes) / sizeof(server_routes[0]))

/* Seconds on a monotonic clock. */
static double
server_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The route for a path, or NULL. */
static const struct server_route *
server_route(const char *path)
{
	for (size_t i = 0; i < NROUTES; i++)
		if (strcmp(server_routes[i].path, path) == 0)
			return &server_routes[i];
	return NULL;
}

/* Headers every response of a route carries. */
static void
server_headers(struct MHD_Response *r, const struct server_route *route)
{
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
	if (route == NULL || route->api) {
		MHD_add_response_header(r, "Access-Control-Allow-Origin", "*");
		MHD_add_response_header(r, "Cache-Control", "no-store");
		return;
	}
	MHD_add_response_header(r, "Content-Security-Policy",
	    "default-src 'none'; script-src 'self'; style-src 'self'; "
	    "connect-src 'self'; img-src 'self' data:; base-uri 'none'; "
	    "form-action 'none'; frame-ancestors 'none'");
}

/* Log and count a finished request. */
static void
server_account(struct server *s, struct server_req *q)
{
	double secs = server_now() - q->start;
	struct log_request lr = {
		.route = q->chan != NULL ? q->chan->path : q->route != NULL ?
		    q->route->path : "other",
		.status = q->status,
		.latency_ms = secs * 1000,
		.kind = q->kind,
		.entry = q->entry[0] != '\0' ? q->entry : NULL,
		.conversation = q->conversation[0] != '\0' ?
		    q->conversation : NULL,
		.text = q->text,
		.log_text = s->opts.log_text,
	};

	log_request(&lr);
	metrics_request(s->deps.metrics, lr.route, q->status, secs);
}

/* Queue a response with a copy of body; the request is then done. */
static void
server_send(struct server *s, struct MHD_Connection *c, struct server_req *q,
    int status, const char *type, const void *body, size_t len)
{
	struct MHD_Response *r;

	r = MHD_create_response_from_buffer(len, (void *)body,
	    MHD_RESPMEM_MUST_COPY);
	if (r == NULL)
		xoom("libmicrohttpd response");
	if (type != NULL)
		MHD_add_response_header(r, "Content-Type", type);
	server_headers(r, q->route);
	if (status == MHD_HTTP_METHOD_NOT_ALLOWED && q->chan != NULL)
		MHD_add_response_header(r, "Allow", q->chan->methods);
	else if (status == MHD_HTTP_METHOD_NOT_ALLOWED && q->route != NULL)
		MHD_add_response_header(r, "Allow", strcmp(q->route->method,
		    "POST") == 0 ? "POST, OPTIONS" : "GET, HEAD, OPTIONS");
	if (status == MHD_HTTP_NO_CONTENT) {
		MHD_add_response_header(r, "Access-Control-Allow-Methods",
		    "GET, POST, OPTIONS");
		MHD_add_response_header(r, "Access-Control-Allow-Headers",
		    "Content-Type");
		MHD_add_response_header(r, "Access-Control-Max-Age", "86400");
	}
	MHD_queue_response(c, (unsigned int)status, r);
	MHD_destroy_response(r);
	q->status = status;
	q->done = true;
	server_account(s, q);
}

/* Send a JSON object and free it. */
static void
server_send_json(struct server *s, struct MHD_Connection *c,
    struct server_req *q, int status, cJSON *o)
{
	char *text = jsonout_print(o);

	server_send(s, c, q, status, "application/json", text, strlen(text));
	free(text);
}

/* Send {"error": msg} with status. */
static void
server_error(struct server *s, struct MHD_Connection *c, struct server_req *q,
    int status, const char *msg)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "error", msg);
	server_send_json(s, c, q, status, o);
}

/* GET /, /index.html, /widget.js, /chat.css: the embedded web files. */
static void
server_static(struct server *s, struct MHD_Connection *c, struct server_req *q)
{
	const char *path = strcmp(q->route->path, "/") == 0 ? "/index.html" :
	    q->route->path;
	char type[64];

	for (size_t i = 0; i < webassets_count; i++) {
		if (strcmp(webassets[i].path, path) != 0)
			continue;
		snprintf(type, sizeof(type), "%s; charset=utf-8",
		    webassets[i].type);
		server_send(s, c, q, MHD_HTTP_OK, type, webassets[i].data,
		    webassets[i].len);
		return;
	}
	server_error(s, c, q, MHD_HTTP_NOT_FOUND, "not found");
}

struct server_chat_in {
	const char	*conversation;
	const char	*text;
	const char	*pick;		/* may be NULL */
};

/* Check the fields of a chat request; NULL when fine, else the problem. */
static const char *
server_chat_fields(const cJSON *root, struct server_chat_in *in)
{
	const cJSON *conv, *text, *pick;

	if (!cJSON_IsObject(root))
		return "the body must be a JSON object";
	conv = cJSON_GetObjectItemCaseSensitive(root, "conversation");
	text = cJSON_GetObjectItemCaseSensitive(root, "text");
	pick = cJSON_GetObjectItemCaseSensitive(root, "pick");
	if (!cJSON_IsString(conv) || conv->valuestring[0] == '\0')
		return "\"conversation\" must be a non-empty string";
	if (strlen(conv->valuestring) > CONVO_ID_MAX)
		return "\"conversation\" is too long (at most 128 characters)";
	if (!cJSON_IsString(text))
		return "\"text\" must be a string";
	if (pick != NULL && !cJSON_IsNull(pick) && !cJSON_IsString(pick))
		return "\"pick\" must be a string";
	in->conversation = conv->valuestring;
	in->text = text->valuestring;
	in->pick = cJSON_IsString(pick) ? pick->valuestring : NULL;
	if (!text_valid_utf8(in->text, strlen(in->text), NULL) ||
	    !text_valid_utf8(in->conversation, strlen(in->conversation), NULL))
		return "the message is not valid UTF-8";
	return NULL;
}

/* Answer one chat message with the knowledge in service. */
static void
server_chat_answer(struct server *s, struct MHD_Connection *c,
    struct server_req *q, const struct server_chat_in *in)
{
	struct kb *kb = kbhold_get(s->deps.kb);
	const struct kb_entry *picked = NULL;
	struct match_ctx ctx;
	struct match_result r;
	time_t now = time(NULL);

	snprintf(q->conversation, sizeof(q->conversation), "%s",
	    in->conversation);
	if (!convo_begin(s->deps.convos, in->conversation, now, &ctx)) {
		kb_unref(kb);
		server_error(s, c, q, MHD_HTTP_TOO_MANY_REQUESTS, "You're "
		    "sending messages quickly. Please wait a moment and try "
		    "again.");
		return;
	}
	if (in->pick != NULL)
		picked = kb_find(kb, in->pick);
	/* A pick answers directly only when the text is its question. */
	if (picked != NULL && strcmp(in->text, kb_entry_title(picked)) == 0)
		match_pick(kb, &ctx, picked, &r);
	else
		match_ask(kb, &ctx, in->text, strlen(in->text), &r, NULL);
	convo_end(s->deps.convos, in->conversation, now, &ctx);
	if (alert_needed(&r) && alert_send(s->deps.alerts, "web",
	    in->conversation, &r, in->text, now))
		alert_tell_patient(kb, &r);
	q->kind = match_kind_name(r.kind);
	if (r.entry != NULL && r.kind != MATCH_FALLBACK)
		snprintf(q->entry, sizeof(q->entry), "%s",
		    kb_entry_id(r.entry));
	metrics_answer(s->deps.metrics, q->kind);
	/* A blank message is no question the knowledge lacks. */
	if (r.kind == MATCH_FALLBACK && s->deps.gaps != NULL &&
	    in->text[strspn(in->text, " \t\r\n")] != '\0')
		gaps_record(s->deps.gaps, in->text, now);
	server_send_json(s, c, q, MHD_HTTP_OK, jsonout_result(&r));
	match_result_finish(&r);
	kb_unref(kb);
}

/*
 * True when the body holds a NUL, as a byte or as a \u0000 escape. cJSON
 * decodes the escape into its C strings, which then end there: the rest
 * of the message would be dropped without a word.
 */
static bool
server_has_nul(const struct buf *body)
{
	const char *p = buf_str(body);

	if (strlen(p) != body->len)
		return true;
	for (; *p != '\0'; p++) {
		if (*p != '\\')
			continue;
		if (strncmp(p + 1, "u0000", 5) == 0)
			return true;
		if (p[1] != '\0')
			p++;	/* the escaped character, maybe a backslash */
	}
	return false;
}

/* POST /v1/chat {"conversation", "text", "pick"?}. */
static void
server_chat(struct server *s, struct MHD_Connection *c, struct server_req *q)
{
	struct server_chat_in in;
	const char *problem;
	cJSON *root;
	char msg[96];

	if (server_has_nul(&q->body)) {
		server_error(s, c, q, MHD_HTTP_BAD_REQUEST, "the body contains "
		    "a NUL character");
		return;
	}
	root = form_json_parse(buf_str(&q->body), q->body.len);
	if (root == NULL) {
		server_error(s, c, q, MHD_HTTP_BAD_REQUEST, "the body is not "
		    "valid JSON");
		return;
	}
	problem = server_chat_fields(root, &in);
	if (problem == NULL && strlen(in.text) > s->opts.text_max) {
		snprintf(msg, sizeof(msg), "the message is too long (at most "
		    "%zu characters)", s->opts.text_max);
		problem = msg;
	}
	if (problem == NULL && s->opts.log_text)
		q->text = xstrdup(in.text);
	if (problem != NULL)
		server_error(s, c, q, MHD_HTTP_BAD_REQUEST, problem);
	else
		server_chat_answer(s, c, q, &in);
	cJSON_Delete(root);
}

/* GET /v1/greeting[?conversation=ID]: the opening message. */
static void
server_greeting(struct server *s, struct MHD_Connection *c,
    struct server_req *q)
{
	const char *conv = MHD_lookup_connection_value(c,
	    MHD_GET_ARGUMENT_KIND, "conversation");
	struct kb *kb = kbhold_get(s->deps.kb);
	struct match_ctx ctx = { .turns = 0 };
	struct match_result r;
	time_t now = time(NULL);
	bool held = conv != NULL && conv[0] != '\0' &&
	    strlen(conv) <= CONVO_ID_MAX &&
	    text_valid_utf8(conv, strlen(conv), NULL);

	if (held && !convo_begin(s->deps.convos, conv, now, &ctx)) {
		kb_unref(kb);
		server_error(s, c, q, MHD_HTTP_TOO_MANY_REQUESTS, "You're "
		    "sending messages quickly. Please wait a moment and try "
		    "again.");
		return;
	}
	match_greeting(kb, &ctx, &r);
	if (held)
		convo_end(s->deps.convos, conv, now, &ctx);
	q->kind = match_kind_name(r.kind);
	server_send_json(s, c, q, MHD_HTTP_OK, jsonout_result(&r));
	match_result_finish(&r);
	kb_unref(kb);
}

/* The last reload, as a JSON object. */
static cJSON *
server_reload_json(struct kbhold *h)
{
	cJSON *o = cJSON_CreateObject();
	unsigned reloads, failures;
	time_t when;
	bool ok;
	char *err = kbhold_status(h, &ok, &when, &reloads, &failures);

	cJSON_AddBoolToObject(o, "ok", ok);
	cJSON_AddNumberToObject(o, "time", (double)when);
	cJSON_AddNumberToObject(o, "reloads", reloads);
	cJSON_AddNumberToObject(o, "failures", failures);
	if (err != NULL)
		cJSON_AddStringToObject(o, "error", err);
	free(err);
	return o;
}

/* GET /healthz: alive, and which knowledge is in service. */
static void
server_healthz(struct server *s, struct MHD_Connection *c,
    struct server_req *q)
{
	struct kb *kb = kbhold_get(s->deps.kb);
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "status", kb != NULL ? "ok" : "starting");
	if (kb != NULL) {
		cJSON_AddNumberToObject(o, "entries", (double)kb_count(kb));
		cJSON_AddStringToObject(o, "version", kb_version(kb));
	}
	cJSON_AddStringToObject(o, "knowledge", kbhold_path(s->deps.kb));
	cJSON_AddItemToObject(o, "last_reload",
	    server_reload_json(s->deps.kb));
	cJSON_AddNumberToObject(o, "conversations",
	    (double)convo_count(s->deps.convos));
	server_send_json(s, c, q, kb != NULL ? MHD_HTTP_OK :
	    MHD_HTTP_SERVICE_UNAVAILABLE, o);
	kb_unref(kb);
}

/* GET /metrics: Prometheus text format. */
static void
server_metrics(struct server *s, struct MHD_Connection *c,
    struct server_req *q)
{
	struct buf b;

	buf_init(&b, 0);
	metrics_render(s->deps.metrics, &b);
	buf_printf(&b, "# HELP faqbot_conversations Conversations held in "
	    "memory.\n# TYPE faqbot_conversations gauge\n"
	    "faqbot_conversations %zu\n", convo_count(s->deps.convos));
	buf_printf(&b, "# HELP faqbot_conversation_bytes Bytes the "
	    "conversations hold (context and recent message times).\n"
	    "# TYPE faqbot_conversation_bytes gauge\n"
	    "faqbot_conversation_bytes %zu\n", convo_bytes(s->deps.convos));
	server_send(s, c, q, MHD_HTTP_OK, "text/plain; version=0.0.4; "
	    "charset=utf-8", buf_str(&b), b.len);
	buf_finish(&b);
}

/* A request header, for a channel (names are case-insensitive). */
static const char *
server_header(void *conn, const char *name)
{
	return MHD_lookup_connection_value(conn, MHD_HEADER_KIND, name);
}

/* A query-string argument, for a channel. */
static const char *
server_query(void *conn, const char *name)
{
	return MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, name);
}

/* A chat channel's request: the channel path does the rest. */
static void
server_channel(struct server *s, struct MHD_Connection *c,
    struct server_req *q)
{
	struct chanserve_deps d = {
		.conf = s->deps.conf,
		.kb = s->deps.kb,
		.convos = s->deps.convos,
		.dedup = s->deps.dedup,
		.outbox = s->deps.outbox,
		.metrics = s->deps.metrics,
		.gaps = s->deps.gaps,
		.alerts = s->deps.alerts,
	};
	struct channel_req req = {
		.method = q->method,
		.path = q->chan->path,
		.body = buf_str(&q->body),
		.body_len = q->body.len,
		.now = time(NULL),
		.header = server_header,
		.query = server_query,
		.lookup_arg = c,
	};
	struct channel_resp resp = { .status = 0 };
	struct chanserve_info info;

	buf_init(&resp.body, 0);
	chanserve_handle(&d, q->chan, &req, &resp, &info);
	q->kind = info.kind;
	snprintf(q->entry, sizeof(q->entry), "%s", info.entry);
	snprintf(q->conversation, sizeof(q->conversation), "%s",
	    info.conversation);
	server_send(s, c, q, resp.status != 0 ? resp.status : MHD_HTTP_OK,
	    resp.content_type, buf_str(&resp.body), resp.body.len);
	buf_finish(&resp.body);
}

/* True when the method is allowed on the route (GET routes take HEAD). */
static bool
server_method_ok(const struct server_route *r, const char *method)
{
	if (r->method == NULL)
		return false;
	if (strcmp(method, r->method) == 0)
		return true;
	return strcmp(r->method, "GET") == 0 && strcmp(method, "HEAD") == 0;
}

/* True when the channel answers this method ("GET POST"). */
static bool
server_channel_method(const struct channel_ops *ops, const char *method)
{
	size_t n = strlen(method);

	for (const char *p = ops->methods; *p != '\0'; p += strcspn(p, " "),
	    p += *p == ' ')
		if (strncmp(p, method, n) == 0 && (p[n] == ' ' ||
		    p[n] == '\0'))
			return true;
	return false;
}

/*
 * First call of a request: headers only. Refuses what can be refused
 * before reading the body (unknown path, wrong method, too large).
 */
static void
server_first(struct server *s, struct MHD_Connection *c, struct server_req *q,
    const char *url, const char *method)
{
	const char *cl;

	snprintf(q->method, sizeof(q->method), "%s", method);
	q->route = server_route(url);
	if (q->route == NULL && s->deps.conf != NULL) {
		q->chan = chanserve_route(s->deps.conf, url);
		if (q->chan != NULL)
			q->route = &server_channel_route;
	}
	if (q->route == NULL) {
		server_error(s, c, q, MHD_HTTP_NOT_FOUND, "not found");
		return;
	}
	if (strcmp(method, "OPTIONS") == 0 && q->route->api &&
	    q->chan == NULL) {
		server_send(s, c, q, MHD_HTTP_NO_CONTENT, NULL, "", 0);
		return;
	}
	if (q->chan != NULL ? !server_channel_method(q->chan, method) :
	    !server_method_ok(q->route, method)) {
		server_error(s, c, q, MHD_HTTP_METHOD_NOT_ALLOWED,
		    "method not allowed");
		return;
	}
	cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
	    MHD_HTTP_HEADER_CONTENT_LENGTH);
	if (cl != NULL && strtoull(cl, NULL, 10) > s->opts.body_max)
		server_error(s, c, q, MHD_HTTP_CONTENT_TOO_LARGE, "the request "
		    "body is too large");
}

/* libmicrohttpd's access handler: called once or more per request. */
static enum MHD_Result
server_handler(void *cls, struct MHD_Connection *c, const char *url,
    const char *method, const char *version, const char *upload,
    size_t *upload_size, void **req_cls)
{
	struct server *s = cls;
	struct server_req *q = *req_cls;

	(void)version;
	if (q == NULL) {
		q = xcalloc(1, sizeof(*q));
		q->start = server_now();
		buf_init(&q->body, s->opts.body_max);
		*req_cls = q;
		server_first(s, c, q, url, method);
		return MHD_YES;
	}
	if (*upload_size > 0) {
		/* Keep reading (and dropping) so that MHD never stalls. */
		if (!q->done)
			buf_append(&q->body, upload, *upload_size);
		*upload_size = 0;
		return MHD_YES;
	}
	if (q->done)
		return MHD_YES;
	if (q->body.toobig)
		server_error(s, c, q, MHD_HTTP_CONTENT_TOO_LARGE, "the request "
		    "body is too large");
	else
		q->route->fn(s, c, q);
	return MHD_YES;
}

/* Free a request's state when libmicrohttpd is done with it. */
static void
server_completed(void *cls, struct MHD_Connection *c, void **req_cls,
    enum MHD_RequestTerminationCode toe)
{
	struct server_req *q = *req_cls;

	(void)cls;
	(void)c;
	(void)toe;
	if (q == NULL)
		return;
	buf_finish(&q->body);
	free(q->text);
	free(q);
	*req_cls = NULL;
}

/* libmicrohttpd's own error messages go to our log. */
static void
server_mhd_log(void *cls, const char *fmt, va_list ap)
{
	char msg[512];

	(void)cls;
	vsnprintf(msg, sizeof(msg), fmt, ap);
	msg[strcspn(msg, "\n")] = '\0';
	log_msg(LOG_WARN, "http: %s", msg);
}

/* Parse "host:port" or "[v6]:port" into ss; false if malformed. */
static bool
server_parse_listen(const char *spec, struct sockaddr_storage *ss,
    bool *v6)
{
	char host[128];
	const char *colon = strrchr(spec, ':');
	char *end;
	long port;

	memset(ss, 0, sizeof(*ss));
	if (colon == NULL || (size_t)(colon - spec) >= sizeof(host))
		return false;
	port = strtol(colon + 1, &end, 10);
	if (*end != '\0' || colon[1] == '\0' || port < 0 || port > 65535)
		return false;
	snprintf(host, sizeof(host), "%.*s", (int)(colon - spec), spec);
	*v6 = host[0] == '[';
	if (*v6) {
		struct sockaddr_in6 *a = (struct sockaddr_in6 *)ss;

		host[strcspn(host, "]")] = '\0';
		a->sin6_family = AF_INET6;
		a->sin6_port = htons((unsigned short)port);
		return inet_pton(AF_INET6, host + 1, &a->sin6_addr) == 1;
	}
	struct sockaddr_in *a = (struct sockaddr_in *)ss;

	a->sin_family = AF_INET;
	a->sin_port = htons((unsigned short)port);
	return inet_pton(AF_INET, host, &a->sin_addr) == 1;
}

/*
 * Start serving on opts->listen. Returns the server, or NULL with err
 * saying why (bad address, port in use). Stop it with server_stop.
 */
struct server *
server_start(const struct server_opts *opts, const struct server_deps *deps,
    char err[BOT_ERR_LEN])
{
	struct server *s;
	struct sockaddr_storage ss;
	bool v6;
	unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD |
	    MHD_USE_ERROR_LOG | MHD_USE_ITC | MHD_USE_EPOLL;

	if (!server_parse_listen(opts->listen, &ss, &v6)) {
		snprintf(err, BOT_ERR_LEN, "invalid listen address '%s' "
		    "(expected HOST:PORT or [IPV6]:PORT)", opts->listen);
		return NULL;
	}
	s = xcalloc(1, sizeof(*s));
	s->opts = *opts;
	s->deps = *deps;
	s->listen = xstrdup(opts->listen);
	s->opts.listen = s->listen;
	if (v6)
		flags |= MHD_USE_IPv6;
	s->mhd = MHD_start_daemon(flags, 0, NULL, NULL, server_handler, s,
	    MHD_OPTION_EXTERNAL_LOGGER, server_mhd_log, s,
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
	    MHD_OPTION_THREAD_POOL_SIZE, (unsigned int)opts->threads,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned int)opts->max_connections,
	    MHD_OPTION_PER_IP_CONNECTION_LIMIT,
	    (unsigned int)opts->per_ip_connections,
	    MHD_OPTION_CONNECTION_TIMEOUT,
	    (unsigned int)opts->connection_timeout,
	    MHD_OPTION_CONNECTION_MEMORY_LIMIT,
	    (size_t)opts->connection_memory,
	    MHD_OPTION_NOTIFY_COMPLETED, server_completed, s,
	    MHD_OPTION_END);
	if (s->mhd == NULL) {
		snprintf(err, BOT_ERR_LEN, "cannot listen on %s (address in "
		    "use, or not allowed)", opts->listen);
		free(s->listen);
		free(s);
		return NULL;
	}
	return s;
}

/* The port actually listened on (useful with port 0). */
unsigned
server_port(const struct server *s)
{
	const union MHD_DaemonInfo *i;

	i = MHD_get_daemon_info(s->mhd, MHD_DAEMON_INFO_BIND_PORT);
	return i != NULL ? i->port : 0;
}

/*
 * Stop accepting, let requests in flight finish (up to drain_seconds),
 * then stop and free. Accepts NULL.
 */
void
server_stop(struct server *s, int drain_seconds)
{
	MHD_socket fd;
	double deadline;

	if (s == NULL)
		return;
	fd = MHD_quiesce_daemon(s->mhd);
	deadline = server_now() + drain_seconds;
	while (server_now() < deadline) {
		const union MHD_DaemonInfo *i = MHD_get_daemon_info(s->mhd,
		    MHD_DAEMON_INFO_CURRENT_CONNECTIONS);

		if (i == NULL || i->num_connections == 0)
			break;
		usleep(20 * 1000);
	}
	MHD_stop_daemon(s->mhd);
	if (fd != MHD_INVALID_SOCKET)
		close(fd);
	free(s->listen);
	free(s);
}
