/*
 * The HTTP side of faqbot. The handler follows libmicrohttpd's three-call
 * pattern (headers, body pieces, end) with the body in a capped buffer,
 * so an oversized request is refused before it is read whole. Every
 * request is answered, logged (never with message text unless configured)
 * and counted. The routes themselves are a table in server_routes.c.
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

#include "buf.h"
#include "chanserve.h"
#include "jsonout.h"
#include "log.h"
#include "metrics.h"
#include "server.h"
#include "server_impl.h"
#include "xmalloc.h"

/* Seconds on a monotonic clock. */
static double
server_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
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
void
server__send(struct server *s, struct MHD_Connection *c, struct server_req *q,
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
void
server__send_json(struct server *s, struct MHD_Connection *c,
    struct server_req *q, int status, cJSON *o)
{
	char *text = jsonout_print(o);

	server__send(s, c, q, status, "application/json", text, strlen(text));
	free(text);
}

/* Send {"error": msg} with status. */
void
server__error(struct server *s, struct MHD_Connection *c, struct server_req *q,
    int status, const char *msg)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "error", msg);
	server__send_json(s, c, q, status, o);
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
	q->route = server__route(url);
	if (q->route == NULL && s->deps.conf != NULL) {
		q->chan = chanserve_route(s->deps.conf, url);
		if (q->chan != NULL)
			q->route = &server__channel_route;
	}
	if (q->route == NULL) {
		server__error(s, c, q, MHD_HTTP_NOT_FOUND, "not found");
		return;
	}
	if (strcmp(method, "OPTIONS") == 0 && q->route->api &&
	    q->chan == NULL) {
		server__send(s, c, q, MHD_HTTP_NO_CONTENT, NULL, "", 0);
		return;
	}
	if (q->chan != NULL ? !server_channel_method(q->chan, method) :
	    !server_method_ok(q->route, method)) {
		server__error(s, c, q, MHD_HTTP_METHOD_NOT_ALLOWED,
		    "method not allowed");
		return;
	}
	cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
	    MHD_HTTP_HEADER_CONTENT_LENGTH);
	if (cl != NULL && strtoull(cl, NULL, 10) > s->opts.body_max)
		server__error(s, c, q, MHD_HTTP_CONTENT_TOO_LARGE,
		    "the request body is too large");
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
		server__error(s, c, q, MHD_HTTP_CONTENT_TOO_LARGE,
		    "the request body is too large");
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
