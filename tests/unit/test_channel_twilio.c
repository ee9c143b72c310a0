/*
 * Unit tests of the Twilio SMS channel (bot/channel_twilio.c) and of the
 * form helpers it stands on (bot/form.c): X-Twilio-Signature over the
 * SDK vectors and a real inbound SMS, port spellings, repeated names, the
 * bodySHA256 variant, AccountSid, parsing, and TwiML replies (escaping,
 * splitting long answers without cutting words or characters, the crisis
 * reply never cut).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include "channel.h"
#include "conf.h"
#include "form.h"
#include "outbox.h"
#include "sig.h"
#include "testutil.h"
#include "xmalloc.h"

extern const struct channel_ops channel_twilio;

/* A request for path with body and the X-Twilio-Signature sig. */
static struct channel_req
req_make(struct fake *f, const char *path, const char *body,
    const char *sig)
{
	return fake_post(f, path, body, 1700000000, "X-Twilio-Signature", sig);
}

/* Verify one request; returns what verify returned, err for checks. */
static int
verify(const struct conf *c, const char *path, const char *body,
    const char *sig, char err[BOT_ERR_LEN])
{
	struct fake f;
	struct channel_req r = req_make(&f, path, body, sig);

	err[0] = '\0';
	return channel_twilio.verify(c, &r, err);
}

#define SDK_PATH	"/myapp.php?foo=1&bar=2"
/* The SDK vector's parameters, in another order than the sorted one. */
#define SDK_BODY	"To=%2B18005551212&From=%2B14158675309&Digits=1234&" \
	"CallSid=CA1234567890ABCDE&Caller=%2B14158675309"

/* The official vectors through the channel, every port spelling. */
static void
test_verify_sdk_vectors(void **state)
{
	static const struct {
		const char *base, *sig;
		int rc;
	} v[] = {
		{ "https://mycompany.com", "RSOYDt4T1cUTdK1PDd93/VVr8B8=", 0 },
		/* Signed with the port, checked without: add_port. */
		{ "https://mycompany.com", "kvajT1Ptam85bY51eRf/AJRuM3w=", 0 },
		{ "https://mycompany.com:443", "kvajT1Ptam85bY51eRf/AJRuM3w=",
		  0 },
		{ "https://mycompany.com:443", "RSOYDt4T1cUTdK1PDd93/VVr8B8=",
		  0 },
		{ "http://mycompany.com:80", "0ZXoZLH/DfblKGATFgpif+LLRf4=",
		  0 },
		{ "http://mycompany.com", "0ZXoZLH/DfblKGATFgpif+LLRf4=", 0 },
		{ "http://mycompany.com:1234", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=",
		  0 },
		{ "https://mycompany.com:1234", "RSOYDt4T1cUTdK1PDd93/VVr8B8=",
		  0 },
		/* A trailing slash on public_url changes nothing. */
		{ "https://mycompany.com/", "RSOYDt4T1cUTdK1PDd93/VVr8B8=", 0 },
		/* Another host or port is another URL. */
		{ "https://mycompany.org", "RSOYDt4T1cUTdK1PDd93/VVr8B8=", -1 },
		/* Another scheme is another URL. */
		{ "http://mycompany.com:1234", "RSOYDt4T1cUTdK1PDd93/VVr8B8=",
		  -1 },
		{ "http://mycompany.com:8080", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=",
		  -1 },
	};
	char err[BOT_ERR_LEN], url[128];

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		const char *env[] = { "FAQBOT_TWILIO_AUTH_TOKEN=12345", url,
		    NULL };
		struct conf *c;

		snprintf(url, sizeof(url), "FAQBOT_SERVER_PUBLIC_URL=%s",
		    v[i].base);
		c = conf_make(env);
		if (verify(c, SDK_PATH, SDK_BODY, v[i].sig, err) != v[i].rc)
			fail_msg("vector %zu (%s): %s", i, v[i].base, err);
		conf_free(c);
	}
}

/* Repeated names are sorted by value; the JSON variant signs the URL. */
static void
test_verify_repeated_and_json(void **state)
{
	const char *env[] = { "FAQBOT_TWILIO_AUTH_TOKEN=12345",
	    "FAQBOT_SERVER_PUBLIC_URL=https://mycompany.com", NULL };
	struct conf *c = conf_make(env);
	char err[BOT_ERR_LEN];
	const char *json_path = "/myapp.php?foo=1&bar=2&bodySHA256="
	    "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";

	(void)state;
	assert_int_equal(verify(c, SDK_PATH,
	    "Sid=CA123&SidAccount=AC123&Digits=5678&Digits=1234",
	    "IK+Dwps556ElfBT0I3Rgjkr1wJU=", err), 0);
	/* The same fields with one value changed. */
	assert_int_equal(verify(c, SDK_PATH,
	    "Sid=CA123&SidAccount=AC123&Digits=5679&Digits=1234",
	    "IK+Dwps556ElfBT0I3Rgjkr1wJU=", err), -1);
	assert_int_equal(verify(c, json_path,
	    "{\"property\": \"value\", \"boolean\": true}",
	    "a9nBmqA0ju/hNViExpshrM61xv4=", err), 0);
	/* The body must hash to bodySHA256, though the URL is unchanged. */
	assert_int_equal(verify(c, json_path,
	    "{\"property\": \"value\", \"boolean\": false}",
	    "a9nBmqA0ju/hNViExpshrM61xv4=", err), -1);
	assert_string_equal(err, "body does not match bodySHA256");
	conf_free(c);
}

/* A real inbound SMS, as Twilio posts it (made-up numbers and SIDs). */
#define SMS_BODY \
	"ToCountry=US&ToState=CA&SmsMessageSid=SM0123456789abcdef0123456789" \
	"abcdef&NumMedia=0&ToCity=SAN+FRANCISCO&FromZip=94105&SmsSid=SM01234" \
	"56789abcdef0123456789abcdef&FromState=CA&SmsStatus=received&" \
	"FromCity=SAN+FRANCISCO&Body=What%27s+the+cost%3F+Is+it+%3E+%24400+" \
	"%26+covered%3F&FromCountry=US&To=%2B14155550100&MessagingServiceSid" \
	"=MG0123456789abcdef0123456789abcdef&ToZip=94105&NumSegments=1&" \
	"MessageSid=SM0123456789abcdef0123456789abcdef&AccountSid=AC0123456" \
	"789abcdef0123456789abcdef&From=%2B15555550123&ApiVersion=2010-04-01"
/* The same fields decoded and sorted by hand, as Twilio signs them. */
#define SMS_SIGNED "https://clinic.example/twilio/sms" \
	"AccountSidAC0123456789abcdef0123456789abcdef" \
	"ApiVersion2010-04-01" \
	"BodyWhat's the cost? Is it > $400 & covered?" \
	"From+15555550123" "FromCitySAN FRANCISCO" "FromCountryUS" \
	"FromStateCA" "FromZip94105" \
	"MessageSidSM0123456789abcdef0123456789abcdef" \
	"MessagingServiceSidMG0123456789abcdef0123456789abcdef" \
	"NumMedia0" "NumSegments1" \
	"SmsMessageSidSM0123456789abcdef0123456789abcdef" \
	"SmsSidSM0123456789abcdef0123456789abcdef" "SmsStatusreceived" \
	"To+14155550100" "ToCitySAN FRANCISCO" "ToCountryUS" "ToStateCA" \
	"ToZip94105"
#define SMS_TOKEN "f0e1d2c3b4a5968778695a4b3c2d1e0f"

static const char *const sms_env[] = {
	"FAQBOT_TWILIO_AUTH_TOKEN=" SMS_TOKEN,
	"FAQBOT_SERVER_PUBLIC_URL=https://clinic.example",
	NULL,
};

/* Sign text the way Twilio does, with key. */
static void
sms_sign(const char *key, const char *text, char out[SIG_B64_SIZE(20)])
{
	unsigned char mac[SIG_SHA1_LEN];

	assert_int_equal(sig_hmac_sha1(key, strlen(key), text, strlen(text),
	    mac), 0);
	sig_base64(mac, sizeof(mac), out);
}

/* A correctly signed SMS passes; its fields come out right. */
static void
test_sms_verify_parse(void **state)
{
	struct conf *c = conf_make(sms_env);
	char sig[SIG_B64_SIZE(20)], err[BOT_ERR_LEN];
	struct channel_msg m;
	struct channel_resp resp = { 0 };
	struct fake f;
	struct channel_req r;

	(void)state;
	assert_true(channel_twilio.enabled(c));
	sms_sign(SMS_TOKEN, SMS_SIGNED, sig);
	r = req_make(&f, "/twilio/sms", SMS_BODY, sig);
	assert_int_equal(channel_twilio.verify(c, &r, err), 0);
	memset(&m, 0, sizeof(m));
	buf_init(&resp.body, 0);
	assert_int_equal(channel_twilio.parse(c, &r, &m, &resp, err), 0);
	assert_int_equal(m.kind, CHANNEL_MESSAGE);
	assert_string_equal(m.event_id, "SM0123456789abcdef0123456789abcdef");
	assert_string_equal(m.conversation, "twilio:+15555550123");
	assert_string_equal(m.reply_to, "+15555550123");
	assert_string_equal(m.text, "What's the cost? Is it > $400 & covered?");
	/* Until reply runs, the response is an empty TwiML document. */
	assert_int_equal(resp.status, 200);
	assert_string_equal(resp.content_type, "text/xml");
	assert_non_null(strstr(buf_str(&resp.body), "<Response/>"));
	channel_msg_finish(&m);
	buf_finish(&resp.body);
	conf_free(c);
}

/* Tampering, a wrong token, a missing or broken header all fail. */
static void
test_sms_verify_fails(void **state)
{
	struct conf *c = conf_make(sms_env);
	const char *env_nourl[] = { "FAQBOT_TWILIO_AUTH_TOKEN=" SMS_TOKEN,
	    NULL };
	struct conf *nourl = conf_make(env_nourl);
	char sig[SIG_B64_SIZE(20)], bad[SIG_B64_SIZE(20)], err[BOT_ERR_LEN];
	char *tampered = xstrdup(SMS_BODY);

	(void)state;
	sms_sign(SMS_TOKEN, SMS_SIGNED, sig);
	/* $400 becomes $500 in the body. */
	*strstr(tampered, "%24400") = '%';
	strstr(tampered, "%24400")[3] = '5';
	assert_int_equal(verify(c, "/twilio/sms", tampered, sig, err), -1);
	assert_string_equal(err,
	    "X-Twilio-Signature does not match the request");
	assert_null(strstr(err, SMS_TOKEN));
	/* An extra field Twilio never sent. */
	assert_int_equal(verify(c, "/twilio/sms", SMS_BODY "&x=1", sig, err),
	    -1);
	/* Another path or an added query string. */
	assert_int_equal(verify(c, "/twilio/sms?x=1", SMS_BODY, sig, err), -1);
	sms_sign("f0e1d2c3b4a5968778695a4b3c2d1e0e", SMS_SIGNED, bad);
	assert_int_equal(verify(c, "/twilio/sms", SMS_BODY, bad, err), -1);
	assert_int_equal(verify(c, "/twilio/sms", SMS_BODY, NULL, err), -1);
	assert_string_equal(err, "missing X-Twilio-Signature header");
	assert_int_equal(verify(c, "/twilio/sms", SMS_BODY, "", err), -1);
	assert_int_equal(verify(c, "/twilio/sms", SMS_BODY, "not base64!",
	    err), -1);
	assert_string_equal(err, "malformed X-Twilio-Signature header");
	/* A valid base64 of the wrong length (15 bytes). */
	assert_int_equal(verify(c, "/twilio/sms", SMS_BODY,
	    "RSOYDt4T1cUTdK1PDd93", err), -1);
	assert_int_equal(verify(nourl, "/twilio/sms", SMS_BODY, sig, err), -1);
	assert_non_null(strstr(err, "public_url"));
	free(tampered);
	conf_free(nourl);
	conf_free(c);
}

/* account_sid, when set, must be the request's AccountSid. */
static void
test_sms_account_sid(void **state)
{
	const char *mine[] = { sms_env[0], sms_env[1],
	    "FAQBOT_TWILIO_ACCOUNT_SID=AC0123456789abcdef0123456789abcdef",
	    NULL };
	const char *other[] = { sms_env[0], sms_env[1],
	    "FAQBOT_TWILIO_ACCOUNT_SID=AC0000000000000000000000000000000",
	    NULL };
	struct conf *c1 = conf_make(mine), *c2 = conf_make(other);
	char sig[SIG_B64_SIZE(20)], err[BOT_ERR_LEN];

	(void)state;
	sms_sign(SMS_TOKEN, SMS_SIGNED, sig);
	assert_int_equal(verify(c1, "/twilio/sms", SMS_BODY, sig, err), 0);
	assert_int_equal(verify(c2, "/twilio/sms", SMS_BODY, sig, err), -1);
	assert_string_equal(err, "AccountSid is not [twilio] account_sid");
	conf_free(c1);
	conf_free(c2);
}

/* Parse a body (no signature involved); returns parse's result. */
static int
parse(const char *body, struct channel_msg *m, struct channel_resp *resp,
    char err[BOT_ERR_LEN])
{
	struct conf *c = conf_make(sms_env);
	struct fake f;
	struct channel_req r = req_make(&f, "/twilio/sms", body, NULL);
	int rc;

	memset(m, 0, sizeof(*m));
	rc = channel_twilio.parse(c, &r, m, resp, err);
	conf_free(c);
	return rc;
}

/* Missing fields are errors; a picture with no words is ignored. */
static void
test_parse_cases(void **state)
{
	struct channel_msg m;
	struct channel_resp resp = { 0 };
	char err[BOT_ERR_LEN];

	(void)state;
	buf_init(&resp.body, 0);
	assert_int_equal(parse("From=%2B1555&Body=hi", &m, &resp, err), -1);
	assert_string_equal(err, "missing or bad MessageSid");
	channel_msg_finish(&m);
	assert_int_equal(parse("MessageSid=SM1&Body=hi", &m, &resp, err), -1);
	assert_string_equal(err, "missing or bad From");
	channel_msg_finish(&m);
	assert_int_equal(parse("MessageSid=SM1&From=%2B1555", &m, &resp, err),
	    -1);
	assert_string_equal(err, "missing Body");
	channel_msg_finish(&m);
	assert_int_equal(parse("MessageSid=MM1&From=%2B1555&Body=&NumMedia=1"
	    "&MediaUrl0=https%3A%2F%2Fapi.twilio.com%2Fx", &m, &resp, err), 0);
	assert_int_equal(m.kind, CHANNEL_IGNORE);
	assert_string_equal(m.event_id, "MM1");
	channel_msg_finish(&m);
	assert_int_equal(parse("MessageSid=SM2&From=%2B1555&Body=+dose%3F+",
	    &m, &resp, err), 0);
	assert_int_equal(m.kind, CHANNEL_MESSAGE);
	assert_string_equal(m.text, " dose? ");
	channel_msg_finish(&m);
	buf_finish(&resp.body);
}

/* Run reply on answer text of a kind; the TwiML is left in resp. */
static void
reply(const char *answer, enum match_kind kind, struct channel_resp *resp)
{
	struct conf *c = conf_make(sms_env);
	struct channel_msg m = { .kind = CHANNEL_MESSAGE };
	struct match_result res = { .kind = kind };
	struct outbox_job jobs[CHANNEL_JOBS_MAX];

	res.answer = (char *)answer;
	snprintf(m.reply_to, sizeof(m.reply_to), "+15555550123");
	buf_init(&resp->body, 0);
	assert_int_equal(channel_twilio.reply(c, &m, &res, resp, jobs), 0);
	assert_int_equal(resp->status, 200);
	assert_string_equal(resp->content_type, "text/xml");
	conf_free(c);
}

#define XML_HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"

/* & < > " are escaped; everything else goes as it is. */
static void
test_reply_escaping(void **state)
{
	struct channel_resp resp = { 0 };

	(void)state;
	reply("Cost: <$400> & \"up\" *per* session's", MATCH_ANSWER, &resp);
	assert_string_equal(buf_str(&resp.body), XML_HEAD "<Response><Message>"
	    "Cost: &lt;$400&gt; &amp; &quot;up&quot; *per* session's"
	    "</Message></Response>");
	buf_finish(&resp.body);
	reply("", MATCH_ANSWER, &resp);
	assert_string_equal(buf_str(&resp.body), XML_HEAD "<Response/>");
	buf_finish(&resp.body);
}

/* The <Message> texts of a TwiML document, in order; caller frees. */
static size_t
messages(const char *xml, char *out[], size_t max)
{
	size_t n = 0;
	const char *p = xml;

	while ((p = strstr(p, "<Message>")) != NULL) {
		const char *e = strstr(p, "</Message>");

		assert_non_null(e);
		assert_true(n < max);
		p += strlen("<Message>");
		out[n++] = xstrndup(p, (size_t)(e - p));
		p = e;
	}
	return n;
}

/* True when s is well-formed UTF-8. */
static bool
utf8_ok(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	while (*p != '\0') {
		size_t k = *p < 0x80 ? 0 : *p >= 0xf0 ? 3 : *p >= 0xe0 ? 2 :
		    *p >= 0xc2 ? 1 : 9;

		if (k == 9)
			return false;
		for (size_t i = 1; i <= k; i++)
			if ((p[i] & 0xc0) != 0x80)
				return false;
		p += k + 1;
	}
	return true;
}

/* Build n words of w separated by spaces, a paragraph every para words. */
static char *
words(const char *w, size_t n, size_t para)
{
	struct buf b;

	buf_init(&b, 0);
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_puts(&b, para != 0 && i % para == 0 ?
			    ".\n\n" : " ");
		buf_puts(&b, w);
	}
	buf_puts(&b, ".");
	return buf_steal(&b);
}

/* Remove every space and line break, to compare contents. */
static void
squeeze(char *s)
{
	char *o = s;

	for (; *s != '\0'; s++)
		if (*s != ' ' && *s != '\n')
			*o++ = *s;
	*o = '\0';
}

/* A long answer becomes two messages, cut at a paragraph. */
static void
test_reply_split_paragraph(void **state)
{
	/* 2 x 40 paragraphs of 10 "dosage" words: about 2,800 characters. */
	char *text = words("dosage", 400, 10), *msg[4], *all, *joined;
	struct channel_resp resp = { 0 };
	size_t n;

	(void)state;
	reply(text, MATCH_ANSWER, &resp);
	n = messages(buf_str(&resp.body), msg, 4);
	assert_int_equal(n, 2);
	for (size_t i = 0; i < n; i++) {
		assert_true(form_utf16_len(msg[i], strlen(msg[i])) <= 1500);
		/* A paragraph ends each piece and starts the next. */
		assert_true(strncmp(msg[i], "dosage", 6) == 0);
		assert_int_equal(msg[i][strlen(msg[i]) - 1], '.');
	}
	xasprintf(&joined, "%s%s", msg[0], msg[1]);
	all = xstrdup(text);
	squeeze(all);
	squeeze(joined);
	assert_string_equal(joined, all);
	for (size_t i = 0; i < n; i++)
		free(msg[i]);
	free(joined);
	free(all);
	free(text);
	buf_finish(&resp.body);
}

/*
 * Multibyte text with no paragraphs: pieces end at a space, hold whole
 * UTF-8 characters and count emoji as two units.
 */
static void
test_reply_split_utf8(void **state)
{
	/* "séance🙂" is 8 UTF-16 units; 250 words, about 2,250 units. */
	char *text = words("s\xc3\xa9" "ance\xf0\x9f\x99\x82", 250, 0);
	char *msg[4];
	struct channel_resp resp = { 0 };
	size_t n;

	(void)state;
	reply(text, MATCH_ANSWER, &resp);
	n = messages(buf_str(&resp.body), msg, 4);
	assert_int_equal(n, 2);
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(msg[i]);

		assert_true(utf8_ok(msg[i]));
		assert_true(form_utf16_len(msg[i], len) <= 1500);
		/* Whole words only. */
		assert_true(strncmp(msg[i], "s\xc3\xa9" "ance", 6) == 0);
		assert_true((len >= 4 &&
		    memcmp(msg[i] + len - 4, "\xf0\x9f\x99\x82", 4) == 0) ||
		    msg[i][len - 1] == '.');
		free(msg[i]);
	}
	free(text);
	buf_finish(&resp.body);
}

/* Too long for two messages: cut at a sentence, with an ellipsis. */
static void
test_reply_truncated(void **state)
{
	char *text = words("ketamine", 800, 5), *msg[4];
	struct channel_resp resp = { 0 };
	size_t n, len;

	(void)state;
	reply(text, MATCH_ANSWER, &resp);
	n = messages(buf_str(&resp.body), msg, 4);
	assert_int_equal(n, 2);
	len = strlen(msg[1]);
	assert_true(form_utf16_len(msg[1], len) <= 1500);
	assert_true(len > 4);
	assert_memory_equal(msg[1] + len - 4, ".\xe2\x80\xa6", 4);
	assert_null(strstr(msg[0], "\xe2\x80\xa6"));
	free(msg[0]);
	free(msg[1]);
	free(text);
	buf_finish(&resp.body);
}

/* The crisis reply is never cut, however long. */
static void
test_reply_crisis_whole(void **state)
{
	char *text = words("call 988 now", 600, 4), *msg[16], *all, *joined;
	struct channel_resp resp = { 0 };
	struct buf b;
	size_t n;

	(void)state;
	reply(text, MATCH_CRISIS, &resp);
	n = messages(buf_str(&resp.body), msg, 16);
	assert_true(n > 2);
	buf_init(&b, 0);
	for (size_t i = 0; i < n; i++) {
		assert_true(form_utf16_len(msg[i], strlen(msg[i])) <= 1500);
		assert_null(strstr(msg[i], "\xe2\x80\xa6"));
		buf_puts(&b, msg[i]);
		free(msg[i]);
	}
	joined = buf_steal(&b);
	all = xstrdup(text);
	squeeze(all);
	squeeze(joined);
	assert_string_equal(joined, all);
	free(joined);
	free(all);
	free(text);
	buf_finish(&resp.body);
}

/* form_parse: WHATWG decoding, duplicates kept, too many fields. */
static void
test_form_parse(void **state)
{
	struct form f;
	char err[BOT_ERR_LEN];
	struct buf big;
	const char *t;

	(void)state;
	t = "a=1&&b=x+y%2Bz&a=2&c&d=%zz%4&e=%41&";
	assert_int_equal(form_parse(&f, t, strlen(t), err), 0);
	assert_int_equal(f.n, 6);
	assert_string_equal(form_get(&f, "a"), "1");
	assert_string_equal(f.fields[2].name, "a");
	assert_string_equal(f.fields[2].value, "2");
	assert_string_equal(form_get(&f, "b"), "x y+z");
	assert_string_equal(form_get(&f, "c"), "");
	assert_string_equal(form_get(&f, "d"), "%zz%4");
	assert_string_equal(form_get(&f, "e"), "A");
	assert_null(form_get(&f, "f"));
	form_finish(&f);
	assert_int_equal(form_parse(&f, "n%00x=v%00w", 11, err), 0);
	assert_int_equal(f.fields[0].name_len, 3);
	assert_int_equal(f.fields[0].value_len, 3);
	assert_memory_equal(f.fields[0].value, "v\0w", 3);
	form_finish(&f);
	buf_init(&big, 0);
	for (int i = 0; i <= FORM_FIELDS_MAX; i++)
		buf_puts(&big, "x=1&");
	assert_int_equal(form_parse(&f, big.data, big.len, err), -1);
	assert_int_equal(f.n, 0);
	assert_non_null(strstr(err, "more than"));
	form_finish(&f);
	form_finish(NULL);
	buf_finish(&big);
}

/* form_split on small windows: the break order and the hard cut. */
static void
test_form_split(void **state)
{
	struct form_part p[4];
	bool trunc;
	const char *t;
	size_t n;

	(void)state;
	/* A sentence end past the middle of the window beats a space. */
	t = "Aaa bbb ccc. Ddd eee fff ggg";
	n = form_split(t, strlen(t), 20, p, 4, &trunc);
	assert_false(trunc);
	assert_int_equal(n, 2);
	assert_int_equal(p[0].len, 12);		/* "Aaa bbb ccc." */
	assert_memory_equal(t + p[1].off, "Ddd", 3);
	/* Before the middle, it does not: the piece would be too short. */
	t = "One two. Three four five six\nseven.";
	n = form_split(t, strlen(t), 20, p, 4, &trunc);
	assert_int_equal(p[0].len, 19);		/* "One two. Three four" */
	/* A sentence end in the first half of the window loses to a line. */
	t = "Hi. aaa bbb ccc ddd\neee fff";
	n = form_split(t, strlen(t), 22, p, 4, &trunc);
	assert_int_equal(p[0].len, 19);
	/* One word longer than the window is cut at a character. */
	t = "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9";
	n = form_split(t, strlen(t), 3, p, 4, &trunc);
	assert_int_equal(n, 2);
	assert_int_equal(p[0].len, 6);
	assert_int_equal(p[1].len, 2);
	/* Blank text gives no piece. */
	assert_int_equal(form_split(" \n\n ", 4, 10, p, 4, &trunc), 0);
	/* Truncation leaves room for the ellipsis. */
	t = "aaaa bbbb cccc dddd";
	n = form_split(t, strlen(t), 9, p, 1, &trunc);
	assert_int_equal(n, 1);
	assert_true(trunc);
	assert_int_equal(p[0].len, 4);
	assert_int_equal(form_utf16_len("a\xf0\x9f\x99\x82\xc3\xa9", 7), 4);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_verify_sdk_vectors),
		cmocka_unit_test(test_verify_repeated_and_json),
		cmocka_unit_test(test_sms_verify_parse),
		cmocka_unit_test(test_sms_verify_fails),
		cmocka_unit_test(test_sms_account_sid),
		cmocka_unit_test(test_parse_cases),
		cmocka_unit_test(test_reply_escaping),
		cmocka_unit_test(test_reply_split_paragraph),
		cmocka_unit_test(test_reply_split_utf8),
		cmocka_unit_test(test_reply_truncated),
		cmocka_unit_test(test_reply_crisis_whole),
		cmocka_unit_test(test_form_parse),
		cmocka_unit_test(test_form_split),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
