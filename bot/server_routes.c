/*
 * The routes of the HTTP server, as a table, and what each one answers:
 * the embedded web chat files, POST /v1/chat, GET /v1/greeting,
 * /healthz, /metrics, and the chat channels' webhooks (handed to
 * chanserve). How a request is read and answered is in server.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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
#include "match.h"
#include "metrics.h"
#include "server.h"
#include "server_impl.h"
#include "text.h"
#include "webassets.h"
#include "xmalloc.h"

static server_route_fn server_static, server_chat, server_greeting,
    server_healthz, server_metrics, server_channel;

/* The route of every chat channel; the channel itself says the rest. */
const struct server_route server__channel_route = {
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

/* The route for a path, or NULL. */
const struct server_route *
server__route(const char *path)
{
	for (size_t i = 0; i < NROUTES; i++)
		if (strcmp(server_routes[i].path, path) == 0)
			return &server_routes[i];
	return NULL;
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
		server__send(s, c, q, MHD_HTTP_OK, type, webassets[i].data,
		    webassets[i].len);
		return;
	}
	server__error(s, c, q, MHD_HTTP_NOT_FOUND, "not found");
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
		server__error(s, c, q, MHD_HTTP_TOO_MANY_REQUESTS, "You're "
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
	if (alert_needed(s->deps.alerts, &r) &&
	    alert_send(s->deps.alerts, "web", in->conversation, &r, in->text,
	    now))
		alert_tell_patient(kb, &r);
	q->kind = match_kind_name(r.kind);
	if (r.entry != NULL && r.kind != MATCH_FALLBACK)
		snprintf(q->entry, sizeof(q->entry), "%s",
		    kb_entry_id(r.entry));
	metrics_answer(s->deps.metrics, q->kind);
	if (r.risk)
		metrics_risk_note(s->deps.metrics);
	/* A blank message is no question the knowledge lacks. */
	if (r.kind == MATCH_FALLBACK && s->deps.gaps != NULL &&
	    in->text[strspn(in->text, " \t\r\n")] != '\0')
		gaps_record(s->deps.gaps, in->text, now);
	server__send_json(s, c, q, MHD_HTTP_OK, jsonout_result(&r));
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
		server__error(s, c, q, MHD_HTTP_BAD_REQUEST,
		    "the body contains a NUL character");
		return;
	}
	root = form_json_parse(buf_str(&q->body), q->body.len);
	if (root == NULL) {
		server__error(s, c, q, MHD_HTTP_BAD_REQUEST, "the body is not "
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
		server__error(s, c, q, MHD_HTTP_BAD_REQUEST, problem);
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
		server__error(s, c, q, MHD_HTTP_TOO_MANY_REQUESTS, "You're "
		    "sending messages quickly. Please wait a moment and try "
		    "again.");
		return;
	}
	match_greeting(kb, &ctx, &r);
	if (held)
		convo_end(s->deps.convos, conv, now, &ctx);
	q->kind = match_kind_name(r.kind);
	server__send_json(s, c, q, MHD_HTTP_OK, jsonout_result(&r));
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
	server__send_json(s, c, q, kb != NULL ? MHD_HTTP_OK :
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
	server__send(s, c, q, MHD_HTTP_OK, "text/plain; version=0.0.4; "
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
	server__send(s, c, q, resp.status != 0 ? resp.status : MHD_HTTP_OK,
	    resp.content_type, buf_str(&resp.body), resp.body.len);
	buf_finish(&resp.body);
}
