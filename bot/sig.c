/*
 * Signature helpers for the chat channels: HMACs, SHA-256, hex and base64,
 * constant-time comparison and Ed25519, over OpenSSL's libcrypto.
 */
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

#include "sig.h"

static const char sig_b64chars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* HMAC with the digest md into out, which holds outlen bytes. 0 or -1. */
static int
sig_hmac(const EVP_MD *md, const void *key, size_t keylen, const void *msg,
    size_t len, unsigned char *out, unsigned int outlen)
{
	unsigned int n = 0;
	static const unsigned char empty[1];

	if (keylen > INT_MAX)
		return -1;
	/* HMAC() treats a NULL key as "reuse the previous one": never. */
	if (key == NULL)
		key = empty;
	if (msg == NULL)
		msg = empty;
	if (HMAC(md, key, (int)keylen, msg, len, out, &n) == NULL)
		return -1;
	return n == outlen ? 0 : -1;
}

/* HMAC-SHA256 of msg under key. 0, or -1 if libcrypto failed. */
int
sig_hmac_sha256(const void *key, size_t keylen, const void *msg, size_t len,
    unsigned char out[SIG_SHA256_LEN])
{
	return sig_hmac(EVP_sha256(), key, keylen, msg, len, out,
	    SIG_SHA256_LEN);
}

/* HMAC-SHA1 of msg under key. 0, or -1 if libcrypto failed. */
int
sig_hmac_sha1(const void *key, size_t keylen, const void *msg, size_t len,
    unsigned char out[SIG_SHA1_LEN])
{
	return sig_hmac(EVP_sha1(), key, keylen, msg, len, out, SIG_SHA1_LEN);
}

/* SHA-256 of msg. 0, or -1 if libcrypto failed. */
int
sig_sha256(const void *msg, size_t len, unsigned char out[SIG_SHA256_LEN])
{
	static const unsigned char empty[1];

	if (msg == NULL)
		msg = empty;
	return SHA256(msg, len, out) == NULL ? -1 : 0;
}

/* Lowercase hex of n bytes; out holds SIG_HEX_SIZE(n) bytes. */
void
sig_hex(const unsigned char *in, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";

	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 0x0f];
	}
	out[2 * n] = '\0';
}

/* Padded base64 of n bytes; out holds SIG_B64_SIZE(n) bytes. */
void
sig_base64(const unsigned char *in, size_t n, char *out)
{
	size_t i, o = 0;

	for (i = 0; i + 2 < n; i += 3) {
		unsigned long v = (unsigned long)in[i] << 16 |
		    (unsigned long)in[i + 1] << 8 | in[i + 2];

		out[o++] = sig_b64chars[v >> 18 & 63];
		out[o++] = sig_b64chars[v >> 12 & 63];
		out[o++] = sig_b64chars[v >> 6 & 63];
		out[o++] = sig_b64chars[v & 63];
	}
	if (i < n) {
		unsigned long v = (unsigned long)in[i] << 16;

		if (i + 1 < n)
			v |= (unsigned long)in[i + 1] << 8;
		out[o++] = sig_b64chars[v >> 18 & 63];
		out[o++] = sig_b64chars[v >> 12 & 63];
		out[o++] = i + 1 < n ? sig_b64chars[v >> 6 & 63] : '=';
		out[o++] = '=';
	}
	out[o] = '\0';
}

/* The value of one hex digit, or -1. */
static int
sig_hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decode hex of exactly outlen bytes. 0, or -1 when malformed. */
int
sig_hex_decode(const char *hex, unsigned char *out, size_t outlen)
{
	if (hex == NULL || strlen(hex) != 2 * outlen)
		return -1;
	for (size_t i = 0; i < outlen; i++) {
		int hi = sig_hexval(hex[2 * i]);
		int lo = sig_hexval(hex[2 * i + 1]);

		if (hi < 0 || lo < 0)
			return -1;
		out[i] = (unsigned char)(hi << 4 | lo);
	}
	return 0;
}

/* The value of one base64 character, or -1. */
static int
sig_b64val(char c)
{
	const char *p;

	if (c == '\0')
		return -1;
	p = strchr(sig_b64chars, c);
	return p == NULL ? -1 : (int)(p - sig_b64chars);
}

/*
 * Decode padded base64 into out (outmax bytes), setting *outlen. 0, or -1
 * when malformed or too long.
 */
int
sig_base64_decode(const char *b64, unsigned char *out, size_t outmax,
    size_t *outlen)
{
	size_t len, o = 0;

	*outlen = 0;
	if (b64 == NULL)
		return -1;
	len = strlen(b64);
	if (len % 4 != 0)
		return -1;
	for (size_t i = 0; i < len; i += 4) {
		int v[4];
		int npad = 0;
		unsigned long w;

		for (int k = 0; k < 4; k++) {
			/* Padding only in the last two places of the last
			 * quantum. */
			if (b64[i + k] == '=' && i + 4 == len && k >= 2) {
				v[k] = 0;
				npad++;
				continue;
			}
			if (npad > 0)
				return -1;
			v[k] = sig_b64val(b64[i + k]);
			if (v[k] < 0)
				return -1;
		}
		w = (unsigned long)v[0] << 18 | (unsigned long)v[1] << 12 |
		    (unsigned long)v[2] << 6 | (unsigned long)v[3];
		if (o + 3 - (size_t)npad > outmax)
			return -1;
		out[o++] = (unsigned char)(w >> 16);
		if (npad < 2)
			out[o++] = (unsigned char)(w >> 8);
		if (npad < 1)
			out[o++] = (unsigned char)w;
	}
	*outlen = o;
	return 0;
}

/* Constant-time equality; different lengths are unequal. */
bool
sig_equal(const void *a, size_t alen, const void *b, size_t blen)
{
	if (a == NULL || b == NULL || alen != blen)
		return false;
	if (alen == 0)
		return true;
	return CRYPTO_memcmp(a, b, alen) == 0;
}

/*
 * Constant-time equality of two strings; NULL never equals. Both are
 * hashed first, so the comparison is of two fixed-length digests and
 * does not even reveal whether the lengths differ.
 */
bool
sig_streq(const char *a, const char *b)
{
	unsigned char ha[SIG_SHA256_LEN], hb[SIG_SHA256_LEN];

	if (a == NULL || b == NULL)
		return false;
	if (sig_sha256(a, strlen(a), ha) == -1 ||
	    sig_sha256(b, strlen(b), hb) == -1)
		return false;
	return CRYPTO_memcmp(ha, hb, sizeof(ha)) == 0;
}

/* True when sig is pk's Ed25519 signature of msg. */
bool
sig_ed25519_verify(const unsigned char pk[SIG_ED25519_PK_LEN],
    const unsigned char sig[SIG_ED25519_SIG_LEN], const void *msg,
    size_t len)
{
	static const unsigned char empty[1];
	EVP_PKEY *key;
	EVP_MD_CTX *ctx = NULL;
	bool ok = false;

	key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, NULL, pk,
	    SIG_ED25519_PK_LEN);
	if (key == NULL)
		return false;
	ctx = EVP_MD_CTX_new();
	if (ctx == NULL)
		goto out;
	if (EVP_DigestVerifyInit(ctx, NULL, NULL, NULL, key) != 1)
		goto out;
	if (msg == NULL)
		msg = empty;
	ok = EVP_DigestVerify(ctx, sig, SIG_ED25519_SIG_LEN, msg, len) == 1;
out:
	EVP_MD_CTX_free(ctx);
	EVP_PKEY_free(key);
	return ok;
}

/* The "sha256=<hex>" value of a signature header faqbot sends. */
int
sig_sha256_value(const char *key, const void *msg, size_t len, char *out)
{
	unsigned char mac[SIG_SHA256_LEN];

	if (sig_hmac_sha256(key, strlen(key), msg, len, mac) == -1)
		return -1;
	memcpy(out, "sha256=", 7);
	sig_hex(mac, sizeof(mac), out + 7);
	return 0;
}
