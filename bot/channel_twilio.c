/*
 * Twilio Programmable Messaging (SMS): POST /twilio/sms with a urlencoded
 * form, signed in X-Twilio-Signature; the answer goes back in the HTTP
 * response as TwiML, so this channel never uses the outbox.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "channel.h"
#include "conf.h"
#include "form.h"
#include "sig.h"
#include "xmalloc.h"

/*
 * Twilio refuses a message body over 1,600 characters; a reply is cut into
 * pieces of at most 1,500 (UTF-16 units, as SMS counts them), leaving room
 * below the cap. Two pieces at most, except the crisis reply, which is
 * never cut: it gets as many pieces as it needs.
 */
#define TWILIO_PIECE_MAX	1500
#define TWILIO_PIECES		2

#define TWILIO_XML_HEAD	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
#define TWILIO_EMPTY	TWILIO_XML_HEAD "<Response/>"

/* On when the auth token is set. */
static bool
twilio_enabled(const struct conf *c)
{
	return conf_str(c, "twilio", "auth_token")[0] != '\0';
}

/*
 * The URL Twilio requested: [server] public_url without its trailing
 * slashes, then the path and query as received. NULL when public_url is
 * not set. Caller frees.
 */
static char *
twilio_url(const struct conf *c, const struct channel_req *req)
{
	const char *base = conf_str(c, "server", "public_url");
	size_t blen = strlen(base);
	char *url;

	while (blen > 0 && base[blen - 1] == '/')
		blen--;
	if (blen == 0)
		return NULL;
	xasprintf(&url, "%.*s%s", (int)blen, base, req->path);
	return url;
}

/*
 * The two spellings of url the SDKs accept (twilio-python's remove_port
 * and add_port): without any port, and with one (the default port for the
 * scheme when none was given). Caller frees both.
 */
static void
twilio_url_ports(const char *url, char **bare, char **ported)
{
	const char *auth, *end, *host, *colon = NULL;

	auth = strstr(url, "://");
	if (auth == NULL) {
		*bare = xstrdup(url);
		*ported = xstrdup(url);
		return;
	}
	auth += 3;
	end = auth + strcspn(auth, "/?#");
	host = auth;
	for (const char *p = auth; p < end; p++)
		if (*p == '@')
			host = p + 1;
	for (const char *p = host; p < end; p++)
		if (*p == ':')
			colon = p;
		else if (*p == ']')	/* an IPv6 literal's colons */
			colon = NULL;
	if (colon != NULL && colon + 1 < end) {
		xasprintf(bare, "%.*s%s", (int)(colon - url), url, end);
		*ported = xstrdup(url);
		return;
	}
	*bare = xstrdup(url);
	xasprintf(ported, "%.*s:%s%s", (int)(end - url), url,
	    strncasecmp(url, "https:", 6) == 0 ? "443" : "80", end);
}

/* Byte order of two counted strings, shorter first on a common prefix. */
static int
twilio_bytecmp(const char *a, size_t alen, const char *b, size_t blen)
{
	int r = memcmp(a, b, alen < blen ? alen : blen);

	if (r != 0)
		return r;
	return alen < blen ? -1 : alen > blen;
}

/* qsort order of fields: by name, then by value (as the SDKs sort). */
static int
twilio_field_cmp(const void *pa, const void *pb)
{
	const struct form_field *a = pa, *b = pb;
	int r = twilio_bytecmp(a->name, a->name_len, b->name, b->name_len);

	if (r != 0)
		return r;
	return twilio_bytecmp(a->value, a->value_len, b->value, b->value_len);
}

/* True when want is the HMAC-SHA1 of url followed by the sorted fields. */
static bool
twilio_sig_ok(const char *token, const char *url, const struct form *f,
    const unsigned char want[SIG_SHA1_LEN])
{
	unsigned char mac[SIG_SHA1_LEN];
	struct buf s;
	bool ok;

	buf_init(&s, 0);
	buf_puts(&s, url);
	for (size_t i = 0; f != NULL && i < f->n; i++) {
		buf_append(&s, f->fields[i].name, f->fields[i].name_len);
		buf_append(&s, f->fields[i].value, f->fields[i].value_len);
	}
	ok = sig_hmac_sha1(token, strlen(token), s.data, s.len, mac) == 0 &&
	    sig_equal(mac, sizeof(mac), want, SIG_SHA1_LEN);
	buf_finish(&s);
	return ok;
}

/*
 * A JSON-bodied webhook carries bodySHA256 in its query: the body must
 * hash to it, and the signature then covers the URL alone. 1 when url has
 * one and the body matches, 0 when url has none, -1 on a mismatch.
 */
static int
twilio_body_hash(const char *url, const struct channel_req *req)
{
	const char *q = strchr(url, '?');
	unsigned char h[SIG_SHA256_LEN];
	char hex[SIG_HEX_SIZE(SIG_SHA256_LEN)], err[BOT_ERR_LEN];
	const char *want;
	struct form qf;
	int rc = 0;

	if (q == NULL)
		return 0;
	if (form_parse(&qf, q + 1, strcspn(q + 1, "#"), err) == -1)
		return -1;
	want = form_get(&qf, "bodySHA256");
	if (want != NULL) {
		rc = -1;
		if (sig_sha256(req->body, req->body_len, h) == 0) {
			sig_hex(h, sizeof(h), hex);
			rc = sig_streq(hex, want) ? 1 : -1;
		}
	}
	form_finish(&qf);
	return rc;
}

/* Check the signature over url, with and without its port. 0 or -1. */
static int
twilio_check(const char *token, const char *url,
    const struct channel_req *req, const unsigned char want[SIG_SHA1_LEN],
    char err[BOT_ERR_LEN])
{
	struct form f = { 0 };
	char *bare, *ported;
	int hashed, rc = -1;

	hashed = twilio_body_hash(url, req);
	if (hashed == -1) {
		snprintf(err, BOT_ERR_LEN, "body does not match bodySHA256");
		return -1;
	}
	if (hashed == 0 && form_parse(&f, req->body, req->body_len, err) == -1)
		return -1;
	if (f.n > 0)
		qsort(f.fields, f.n, sizeof(*f.fields), twilio_field_cmp);
	twilio_url_ports(url, &bare, &ported);
	if (twilio_sig_ok(token, bare, &f, want) ||
	    twilio_sig_ok(token, ported, &f, want))
		rc = 0;
	else
		snprintf(err, BOT_ERR_LEN,
		    "X-Twilio-Signature does not match the request");
	free(bare);
	free(ported);
	form_finish(&f);
	return rc;
}

/* The AccountSid check: 0, or -1 when it is set and differs. */
static int
twilio_account(const struct conf *c, const struct channel_req *req,
    char err[BOT_ERR_LEN])
{
	const char *mine = conf_str(c, "twilio", "account_sid");
	const char *theirs;
	struct form f;
	int rc;

	if (mine[0] == '\0')
		return 0;
	if (form_parse(&f, req->body, req->body_len, err) == -1)
		return -1;
	theirs = form_get(&f, "AccountSid");
	rc = theirs != NULL && strcmp(theirs, mine) == 0 ? 0 : -1;
	if (rc == -1)
		snprintf(err, BOT_ERR_LEN,
		    "AccountSid is not [twilio] account_sid");
	form_finish(&f);
	return rc;
}

/*
 * Check X-Twilio-Signature: base64 HMAC-SHA1, keyed with the auth token,
 * of the URL followed by every form field sorted. 0, or -1 with err.
 */
static int
twilio_verify(const struct conf *c, const struct channel_req *req,
    char err[BOT_ERR_LEN])
{
	const char *token = conf_str(c, "twilio", "auth_token");
	const char *hdr = req->header(req->lookup_arg, "X-Twilio-Signature");
	unsigned char want[SIG_SHA1_LEN];
	size_t wlen;
	char *url;
	int rc;

	if (hdr == NULL || hdr[0] == '\0') {
		snprintf(err, BOT_ERR_LEN, "missing X-Twilio-Signature header");
		return -1;
	}
	if (sig_base64_decode(hdr, want, sizeof(want), &wlen) == -1 ||
	    wlen != sizeof(want)) {
		snprintf(err, BOT_ERR_LEN,
		    "malformed X-Twilio-Signature header");
		return -1;
	}
	url = twilio_url(c, req);
	if (url == NULL) {
		snprintf(err, BOT_ERR_LEN, "cannot check X-Twilio-Signature: "
		    "[server] public_url is not set");
		return -1;
	}
	rc = twilio_check(token, url, req, want, err);
	free(url);
	if (rc == 0)
		rc = twilio_account(c, req, err);
	return rc;
}

/* Answer with an empty TwiML document: no SMS goes back. */
static void
twilio_resp_empty(struct channel_resp *resp)
{
	resp->status = 200;
	resp->content_type = "text/xml";
	buf_reset(&resp->body);
	buf_puts(&resp->body, TWILIO_EMPTY);
}

/* Copy a form value into a channel id field; -1 when too long or empty. */
static int
twilio_copy(char dst[CHANNEL_ID_MAX + 1], const char *prefix,
    const char *val)
{
	int n = snprintf(dst, CHANNEL_ID_MAX + 1, "%s%s", prefix, val);

	if (val[0] == '\0' || n < 0 || n > CHANNEL_ID_MAX) {
		dst[0] = '\0';
		return -1;
	}
	return 0;
}

/* Fill msg from the parsed form. 0, or -1 with err. */
static int
twilio_fill(const struct form *f, struct channel_msg *msg,
    char err[BOT_ERR_LEN])
{
	const char *sid = form_get(f, "MessageSid");
	const char *from = form_get(f, "From");
	const char *body = form_get(f, "Body");

	if (sid == NULL || twilio_copy(msg->event_id, "", sid) == -1) {
		snprintf(err, BOT_ERR_LEN, "missing or bad MessageSid");
		return -1;
	}
	if (from == NULL ||
	    twilio_copy(msg->conversation, "twilio:", from) == -1 ||
	    twilio_copy(msg->reply_to, "", from) == -1) {
		snprintf(err, BOT_ERR_LEN, "missing or bad From");
		return -1;
	}
	if (body == NULL) {
		snprintf(err, BOT_ERR_LEN, "missing Body");
		return -1;
	}
	twilio_copy(msg->reply_ref, "", sid);
	/* A picture with no words (MMS) has an empty Body: nothing to ask. */
	msg->kind = body[strspn(body, " \t\r\n")] == '\0' ? CHANNEL_IGNORE :
	    CHANNEL_MESSAGE;
	msg->text = xstrdup(body);
	return 0;
}

/*
 * Read MessageSid, From and Body. The response starts as an empty TwiML
 * document, which is right for an ignored or duplicate message; reply
 * replaces it. 0, or -1 with err.
 */
static int
twilio_parse(const struct conf *c, const struct channel_req *req,
    struct channel_msg *msg, struct channel_resp *resp,
    char err[BOT_ERR_LEN])
{
	struct form f;
	int rc;

	(void)c;
	twilio_resp_empty(resp);
	if (form_parse(&f, req->body, req->body_len, err) == -1)
		return -1;
	rc = twilio_fill(&f, msg, err);
	form_finish(&f);
	return rc;
}

/*
 * Append len bytes of text XML-escaped. C0 controls other than tab and
 * line breaks cannot appear in XML 1.0 at all, so they are dropped.
 */
static void
twilio_xml_escape(struct buf *b, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)s[i];

		if (ch == '&')
			buf_puts(b, "&amp;");
		else if (ch == '<')
			buf_puts(b, "&lt;");
		else if (ch == '>')
			buf_puts(b, "&gt;");
		else if (ch == '"')
			buf_puts(b, "&quot;");
		else if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r')
			buf_putc(b, (char)ch);
	}
}

/* Write the TwiML for the pieces of text. */
static void
twilio_twiml(struct buf *b, const char *text, const struct form_part *p,
    size_t n, bool truncated)
{
	buf_reset(b);
	if (n == 0) {
		buf_puts(b, TWILIO_EMPTY);
		return;
	}
	buf_puts(b, TWILIO_XML_HEAD "<Response>");
	for (size_t i = 0; i < n; i++) {
		buf_puts(b, "<Message>");
		twilio_xml_escape(b, text + p[i].off, p[i].len);
		if (truncated && i + 1 == n)
			buf_puts(b, "\xe2\x80\xa6");	/* U+2026 ellipsis */
		buf_puts(b, "</Message>");
	}
	buf_puts(b, "</Response>");
}

/*
 * Answer in the HTTP response: TwiML with one <Message> per piece. If the
 * server's response cap refuses the TwiML, an empty document goes out
 * instead of a broken one. Never creates jobs.
 */
static size_t
twilio_reply(const struct conf *c, const struct channel_msg *msg,
    const struct match_result *res, struct channel_resp *resp,
    struct outbox_job *jobs)
{
	const char *text = res->answer != NULL ? res->answer : "";
	size_t len = strlen(text), nmax = TWILIO_PIECES, n;
	struct form_part *parts;
	bool truncated;

	(void)c;
	(void)msg;
	(void)jobs;
	/* Every piece holds at least one byte: len + 1 pieces always do. */
	if (res->kind == MATCH_CRISIS)
		nmax = len + 1;
	parts = xcalloc(nmax, sizeof(*parts));
	n = form_split(text, len, TWILIO_PIECE_MAX, parts, nmax, &truncated);
	resp->status = 200;
	resp->content_type = "text/xml";
	twilio_twiml(&resp->body, text, parts, n, truncated);
	if (resp->body.toobig)
		twilio_resp_empty(resp);
	free(parts);
	return 0;
}

const struct channel_ops channel_twilio = {
	.name = "twilio",
	.section = "twilio",
	.path = "/twilio/sms",
	.methods = "POST",
	.enabled = twilio_enabled,
	.verify = twilio_verify,
	.parse = twilio_parse,
	.reply = twilio_reply,
	.prepare = NULL,
	.retry_after = NULL,
};
