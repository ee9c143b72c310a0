/*
 * Unit tests of sig.c against the platforms' official test vectors
 * (/work/shared/protocols.md): Slack v0, the six Twilio SDK vectors,
 * GitHub's X-Hub-Signature-256 and the derived WhatsApp one, RFC 8032
 * Ed25519 T1 and T2 and the derived Discord request, the derived Teams
 * one. Each family is also checked to fail with a wrong key, a tampered
 * message and a digest of the wrong length.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sig.h"

/* True when hex is the HMAC-SHA256 of msg under key. */
static bool
hmac256_hex_ok(const char *key, const char *msg, const char *hex)
{
	unsigned char mac[SIG_SHA256_LEN], want[SIG_SHA256_LEN];

	if (sig_hex_decode(hex, want, sizeof(want)) == -1)
		return false;
	assert_int_equal(sig_hmac_sha256(key, strlen(key), msg, strlen(msg),
	    mac), 0);
	return sig_equal(mac, sizeof(mac), want, sizeof(want));
}

/* The hex HMAC-SHA256 as a string, for exact comparisons. */
static void
hmac256_hex(const char *key, const char *msg, char out[65])
{
	unsigned char mac[SIG_SHA256_LEN];

	assert_int_equal(sig_hmac_sha256(key, strlen(key), msg, strlen(msg),
	    mac), 0);
	sig_hex(mac, sizeof(mac), out);
}

/* True when b64 is the base64 HMAC-SHA1 of msg under key (Twilio). */
static bool
hmac1_b64_ok(const char *key, const char *msg, const char *b64)
{
	unsigned char mac[SIG_SHA1_LEN], want[SIG_SHA1_LEN];
	size_t n;

	if (sig_base64_decode(b64, want, sizeof(want), &n) == -1)
		return false;
	assert_int_equal(sig_hmac_sha1(key, strlen(key), msg, strlen(msg),
	    mac), 0);
	return sig_equal(mac, sizeof(mac), want, n);
}

/* Slack's documented example request. */
#define SLACK_SECRET	"8f742231b10e8888abcd99yyyzzz85a5"
#define SLACK_BASE	"v0:1531420618:token=xyzz0WbapA4vBCDEFasx0q6G&" \
	"team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&" \
	"channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&" \
	"command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2F" \
	"hooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F" \
	"96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121." \
	"803a0bc887a14d10d2c447fce8b6703c"
#define SLACK_SIG	"a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519" \
	"666489c69b503"

/* Slack v0: HMAC-SHA256 hex of "v0:ts:body". */
static void
test_slack(void **state)
{
	char hex[65];

	(void)state;
	hmac256_hex(SLACK_SECRET, SLACK_BASE, hex);
	assert_string_equal(hex, SLACK_SIG);
	assert_true(hmac256_hex_ok(SLACK_SECRET, SLACK_BASE, SLACK_SIG));
	assert_false(hmac256_hex_ok("8f742231b10e8888abcd99yyyzzz85a6",
	    SLACK_BASE, SLACK_SIG));
	assert_false(hmac256_hex_ok(SLACK_SECRET, SLACK_BASE "x", SLACK_SIG));
	/* 31 bytes of hex: refused before any comparison. */
	assert_false(hmac256_hex_ok(SLACK_SECRET, SLACK_BASE,
	    "a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5"));
}

#define TW_TOKEN	"12345"
#define TW_PARAMS	"CallSidCA1234567890ABCDECaller+14158675309" \
	"Digits1234From+14158675309To+18005551212"

/* The Twilio SDK vectors: URL plus the sorted parameters, HMAC-SHA1. */
static void
test_twilio(void **state)
{
	static const struct {
		const char *signed_text, *sig;
	} v[] = {
		{ "https://mycompany.com/myapp.php?foo=1&bar=2" TW_PARAMS,
		  "RSOYDt4T1cUTdK1PDd93/VVr8B8=" },
		{ "https://mycompany.com:443/myapp.php?foo=1&bar=2" TW_PARAMS,
		  "kvajT1Ptam85bY51eRf/AJRuM3w=" },
		{ "http://mycompany.com:80/myapp.php?foo=1&bar=2" TW_PARAMS,
		  "0ZXoZLH/DfblKGATFgpif+LLRf4=" },
		{ "http://mycompany.com:1234/myapp.php?foo=1&bar=2" TW_PARAMS,
		  "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=" },
		/* Repeated names: sorted by name, then by value. */
		{ "https://mycompany.com/myapp.php?foo=1&bar=2"
		  "Digits1234Digits5678SidCA123SidAccountAC123",
		  "IK+Dwps556ElfBT0I3Rgjkr1wJU=" },
	};
	unsigned char mac[SIG_SHA1_LEN];
	char b64[SIG_B64_SIZE(SIG_SHA1_LEN)];

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		assert_int_equal(sig_hmac_sha1(TW_TOKEN, 5, v[i].signed_text,
		    strlen(v[i].signed_text), mac), 0);
		sig_base64(mac, sizeof(mac), b64);
		assert_string_equal(b64, v[i].sig);
		assert_true(hmac1_b64_ok(TW_TOKEN, v[i].signed_text, v[i].sig));
		assert_false(hmac1_b64_ok("12346", v[i].signed_text,
		    v[i].sig));
	}
	assert_false(hmac1_b64_ok(TW_TOKEN, "https://mycompany.com/myapp.php"
	    "?foo=1&bar=3" TW_PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
	/* A 15-byte signature never equals a 20-byte HMAC. */
	assert_false(hmac1_b64_ok(TW_TOKEN, "https://mycompany.com/myapp.php"
	    "?foo=1&bar=2" TW_PARAMS, "RSOYDt4T1cUTdK1PDd93"));
}

#define TW_JSON		"{\"property\": \"value\", \"boolean\": true}"
#define TW_JSON_HASH	"0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf1" \
	"9632632f96e6620"

/* Twilio's JSON-body variant: bodySHA256 in the URL, no parameters. */
static void
test_twilio_json(void **state)
{
	unsigned char h[SIG_SHA256_LEN];
	char hex[SIG_HEX_SIZE(SIG_SHA256_LEN)];
	const char *url = "https://mycompany.com/myapp.php?foo=1&bar=2"
	    "&bodySHA256=" TW_JSON_HASH;

	(void)state;
	assert_int_equal(sig_sha256(TW_JSON, strlen(TW_JSON), h), 0);
	sig_hex(h, sizeof(h), hex);
	assert_string_equal(hex, TW_JSON_HASH);
	assert_true(hmac1_b64_ok(TW_TOKEN, url,
	    "a9nBmqA0ju/hNViExpshrM61xv4="));
	assert_false(hmac1_b64_ok("54321", url,
	    "a9nBmqA0ju/hNViExpshrM61xv4="));
	assert_int_equal(sig_sha256(TW_JSON " ", strlen(TW_JSON) + 1, h), 0);
	sig_hex(h, sizeof(h), hex);
	assert_string_not_equal(hex, TW_JSON_HASH);
	assert_false(hmac1_b64_ok(TW_TOKEN, url, "a9nBmqA0ju/hNViExpshrM61"));
}

/* GitHub's X-Hub-Signature-256 vector and the derived WhatsApp one. */
static void
test_hub_signature(void **state)
{
	const char *gh = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f"
	    "4379c8b043e17";
	const char *wa = "c84a394cc475525991e78ff16e430b02e47f953877d2af0ade2"
	    "6956ce6f384dc";
	const char *wa_body =
	    "{\"object\":\"whatsapp_business_account\",\"entry\":[]}";
	char hex[65];

	(void)state;
	hmac256_hex("It's a Secret to Everybody", "Hello, World!", hex);
	assert_string_equal(hex, gh);
	assert_false(hmac256_hex_ok("It's a secret to Everybody",
	    "Hello, World!", gh));
	assert_false(hmac256_hex_ok("It's a Secret to Everybody",
	    "Hello, World?", gh));
	hmac256_hex("test-app-secret", wa_body, hex);
	assert_string_equal(hex, wa);
	assert_true(hmac256_hex_ok("test-app-secret", wa_body, wa));
	assert_false(hmac256_hex_ok("test-app-secreT", wa_body, wa));
	assert_false(hmac256_hex_ok("test-app-secret",
	    "{\"object\":\"whatsapp_business_account\",\"entry\":[{}]}", wa));
	assert_false(hmac256_hex_ok("test-app-secret", wa_body, "c84a39"));
}

/* The derived Teams vector: base64 key, base64 HMAC-SHA256. */
static void
test_teams(void **state)
{
	const char *body =
	    "{\"type\":\"message\",\"text\":\"<at>FAQBot</at> opening hours\"}";
	unsigned char key[64], mac[SIG_SHA256_LEN];
	char b64[SIG_B64_SIZE(SIG_SHA256_LEN)];
	size_t klen;

	(void)state;
	assert_int_equal(sig_base64_decode(
	    "+ZaRRMC8+mpnfGaGsBOmkIFt98bttL5YQRq3p2tXgcE=", key, sizeof(key),
	    &klen), 0);
	assert_int_equal(klen, 32);
	assert_int_equal(sig_hmac_sha256(key, klen, body, strlen(body), mac),
	    0);
	sig_base64(mac, sizeof(mac), b64);
	assert_string_equal(b64,
	    "ESA6mOaRdoxRTd1dhK9RFodMu6pQtkrmPRmTRK1zNKg=");
	key[0] ^= 1;
	assert_int_equal(sig_hmac_sha256(key, klen, body, strlen(body), mac),
	    0);
	sig_base64(mac, sizeof(mac), b64);
	assert_string_not_equal(b64,
	    "ESA6mOaRdoxRTd1dhK9RFodMu6pQtkrmPRmTRK1zNKg=");
	key[0] ^= 1;
	assert_int_equal(sig_hmac_sha256(key, klen, body, strlen(body) - 1,
	    mac), 0);
	sig_base64(mac, sizeof(mac), b64);
	assert_string_not_equal(b64,
	    "ESA6mOaRdoxRTd1dhK9RFodMu6pQtkrmPRmTRK1zNKg=");
	/* The key must decode: a 31-byte key gives another MAC. */
	assert_int_equal(sig_hmac_sha256(key, klen - 1, body, strlen(body),
	    mac), 0);
	sig_base64(mac, sizeof(mac), b64);
	assert_string_not_equal(b64,
	    "ESA6mOaRdoxRTd1dhK9RFodMu6pQtkrmPRmTRK1zNKg=");
}

#define T1_PK	"d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f" \
	"707511a"
#define T1_SIG	"e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e0652" \
	"24901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe2465514143" \
	"8e7a100b"
#define T2_PK	"3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12" \
	"af4660c"
#define T2_SIG	"92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223" \
	"ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d2916" \
	"12bb0c00"
#define DC_SIG	"1695961a47c91a1ec033b819b7e87e3dbc583dd0cee6d1fd0216f58ac" \
	"87b6228ae531ddbf91fb7bc28d7edf7f08604da16f54624f38a6bc0614e4dc1" \
	"3cd47f0f"

/* Verify an Ed25519 vector given in hex. */
static bool
ed_ok(const char *pkhex, const char *sighex, const void *msg, size_t len)
{
	unsigned char pk[SIG_ED25519_PK_LEN], sig[SIG_ED25519_SIG_LEN];

	if (sig_hex_decode(pkhex, pk, sizeof(pk)) == -1 ||
	    sig_hex_decode(sighex, sig, sizeof(sig)) == -1)
		return false;
	return sig_ed25519_verify(pk, sig, msg, len);
}

/* RFC 8032 section 7.1, tests 1 and 2. */
static void
test_ed25519_rfc8032(void **state)
{
	char bad[sizeof(T1_SIG)];

	(void)state;
	assert_true(ed_ok(T1_PK, T1_SIG, "", 0));
	assert_true(ed_ok(T1_PK, T1_SIG, NULL, 0));
	assert_true(ed_ok(T2_PK, T2_SIG, "\x72", 1));
	/* Wrong key, tampered message, tampered signature. */
	assert_false(ed_ok(T2_PK, T1_SIG, "", 0));
	assert_false(ed_ok(T1_PK, T2_SIG, "\x72", 1));
	assert_false(ed_ok(T2_PK, T2_SIG, "\x73", 1));
	assert_false(ed_ok(T1_PK, T1_SIG, "x", 1));
	memcpy(bad, T1_SIG, sizeof(bad));
	bad[0] = 'f';
	assert_false(ed_ok(T1_PK, bad, "", 0));
	/* A 63-byte signature does not even decode. */
	bad[126] = '\0';
	memcpy(bad, T1_SIG, 126);
	assert_false(ed_ok(T1_PK, bad, "", 0));
}

/* The derived Discord request: timestamp || body, signed with T1's key. */
static void
test_ed25519_discord(void **state)
{
	const char *msg = "1700000000{\"type\":1}";

	(void)state;
	assert_true(ed_ok(T1_PK, DC_SIG, msg, strlen(msg)));
	assert_false(ed_ok(T1_PK, DC_SIG, "1700000001{\"type\":1}",
	    strlen(msg)));
	assert_false(ed_ok(T1_PK, DC_SIG, "{\"type\":1}", 10));
	assert_false(ed_ok(T2_PK, DC_SIG, msg, strlen(msg)));
}

/* RFC 4648 section 10 both ways, and malformed base64 refused. */
static void
test_base64(void **state)
{
	static const char *const in[] = {
		"", "f", "fo", "foo", "foob", "fooba", "foobar",
	};
	static const char *const out[] = {
		"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy",
	};
	static const char *const bad[] = {
		"Zg=", "Zg", "Z===", "Zm9v!", "Zm9 v", "Zg==Zg==", "=Zg=",
		"Zm=v",
	};
	unsigned char buf[16];
	char enc[16];
	size_t n;

	(void)state;
	for (size_t i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		sig_base64((const unsigned char *)in[i], strlen(in[i]), enc);
		assert_string_equal(enc, out[i]);
		assert_int_equal(sig_base64_decode(out[i], buf, sizeof(buf),
		    &n), 0);
		assert_int_equal(n, strlen(in[i]));
		assert_memory_equal(buf, in[i], n);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(sig_base64_decode(bad[i], buf, sizeof(buf),
		    &n), -1);
	/* Too long for the output buffer. */
	assert_int_equal(sig_base64_decode("Zm9vYmFy", buf, 5, &n), -1);
	assert_int_equal(sig_base64_decode("Zm9vYmFy", buf, 6, &n), 0);
	assert_int_equal(sig_base64_decode(NULL, buf, 6, &n), -1);
}

/* Hex decoding: either case, exact length, hex digits only. */
static void
test_hex(void **state)
{
	unsigned char b[2];
	char s[5];

	(void)state;
	assert_int_equal(sig_hex_decode("aB0f", b, 2), 0);
	assert_int_equal(b[0], 0xab);
	assert_int_equal(b[1], 0x0f);
	sig_hex(b, 2, s);
	assert_string_equal(s, "ab0f");
	assert_int_equal(sig_hex_decode("ab0", b, 2), -1);
	assert_int_equal(sig_hex_decode("ab0f0", b, 2), -1);
	assert_int_equal(sig_hex_decode("ag0f", b, 2), -1);
	assert_int_equal(sig_hex_decode(NULL, b, 2), -1);
}

/* The comparisons: lengths first, content in constant time. */
static void
test_equal(void **state)
{
	(void)state;
	assert_true(sig_equal("abc", 3, "abc", 3));
	assert_false(sig_equal("abc", 3, "abd", 3));
	assert_false(sig_equal("abc", 3, "abcd", 4));
	assert_false(sig_equal(NULL, 0, "", 0));
	assert_true(sig_equal("", 0, "", 0));
	assert_true(sig_streq("secret-token", "secret-token"));
	assert_false(sig_streq("secret-token", "secret-tokeN"));
	assert_false(sig_streq("secret-token", "secret-token2"));
	assert_false(sig_streq("", "x"));
	assert_false(sig_streq(NULL, "x"));
	assert_false(sig_streq("x", NULL));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_slack),
		cmocka_unit_test(test_twilio),
		cmocka_unit_test(test_twilio_json),
		cmocka_unit_test(test_hub_signature),
		cmocka_unit_test(test_teams),
		cmocka_unit_test(test_ed25519_rfc8032),
		cmocka_unit_test(test_ed25519_discord),
		cmocka_unit_test(test_base64),
		cmocka_unit_test(test_hex),
		cmocka_unit_test(test_equal),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
