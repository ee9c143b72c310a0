/*
 * Signature helpers shared by the chat channels: HMAC-SHA1 and
 * HMAC-SHA256, SHA-256, hex and base64 in both directions, a constant-time
 * comparison and Ed25519 verification. Thin wrappers over OpenSSL's
 * libcrypto; none keeps state, so any thread may call them.
 *
 * Typical check of a "sha256=<hex>" header:
 *
 *	unsigned char mac[SIG_SHA256_LEN], got[SIG_SHA256_LEN];
 *
 *	if (sig_hex_decode(hex, got, sizeof(got)) == -1 ||
 *	    sig_hmac_sha256(key, strlen(key), body, len, mac) == -1 ||
 *	    !sig_equal(mac, sizeof(mac), got, sizeof(got)))
 *		reject;
 */
#ifndef FAQBOT_SIG_H
#define FAQBOT_SIG_H

#include <stdbool.h>
#include <stddef.h>

#define SIG_SHA1_LEN		20	/* bytes of a SHA-1 digest */
#define SIG_SHA256_LEN		32	/* bytes of a SHA-256 digest */
#define SIG_ED25519_PK_LEN	32	/* bytes of an Ed25519 public key */
#define SIG_ED25519_SIG_LEN	64	/* bytes of an Ed25519 signature */

/* Room for the hex of n bytes, NUL included. */
#define SIG_HEX_SIZE(n)		(2 * (n) + 1)
/* Room for the padded base64 of n bytes, NUL included. */
#define SIG_B64_SIZE(n)		(4 * (((n) + 2) / 3) + 1)

/*
 * HMAC of msg under key (raw bytes, used as given) into out, which holds
 * SIG_SHA256_LEN or SIG_SHA1_LEN bytes. 0, or -1 if libcrypto failed.
 */
int	 sig_hmac_sha256(const void *key, size_t keylen, const void *msg,
	    size_t len, unsigned char out[SIG_SHA256_LEN]);
int	 sig_hmac_sha1(const void *key, size_t keylen, const void *msg,
	    size_t len, unsigned char out[SIG_SHA1_LEN]);

/* SHA-256 of msg into out. 0, or -1 if libcrypto failed. */
int	 sig_sha256(const void *msg, size_t len,
	    unsigned char out[SIG_SHA256_LEN]);

/* Lowercase hex of n bytes into out (SIG_HEX_SIZE(n) bytes); cannot fail. */
void	 sig_hex(const unsigned char *in, size_t n, char *out);

/* Padded standard base64 of n bytes into out (SIG_B64_SIZE(n) bytes). */
void	 sig_base64(const unsigned char *in, size_t n, char *out);

/*
 * Decode hex (either case) that must be exactly outlen bytes long: 0, or
 * -1 on a wrong length or a non-hex character.
 */
int	 sig_hex_decode(const char *hex, unsigned char *out, size_t outlen);

/*
 * Decode standard base64 (padding required, no whitespace) into out,
 * which holds outmax bytes; sets *outlen. 0, or -1 when malformed or too
 * long for out.
 */
int	 sig_base64_decode(const char *b64, unsigned char *out, size_t outmax,
	    size_t *outlen);

/*
 * Constant-time equality of two byte strings (CRYPTO_memcmp). Different
 * lengths are unequal at once: only the length leaks, never the content.
 */
bool	 sig_equal(const void *a, size_t alen, const void *b, size_t blen);

/*
 * Constant-time equality of two NUL-terminated strings (shared tokens,
 * say): both are hashed with SHA-256 and the digests compared, so not even
 * a difference in length shows. NULL never equals anything.
 */
bool	 sig_streq(const char *a, const char *b);

/*
 * True when sig is a valid Ed25519 signature (RFC 8032) of msg under the
 * raw public key pk. False on any failure.
 */
bool	 sig_ed25519_verify(const unsigned char pk[SIG_ED25519_PK_LEN],
	    const unsigned char sig[SIG_ED25519_SIG_LEN], const void *msg,
	    size_t len);

/* Size of "sha256=" plus 64 hex digits plus the NUL. */
#define SIG_SHA256_VALUE_SIZE	(7 + 64 + 1)

/*
 * "sha256=<hex HMAC-SHA256(key, msg)>", the value of the signature
 * headers faqbot sends (X-Faqbot-Signature), into out
 * (SIG_SHA256_VALUE_SIZE bytes). 0, or -1.
 */
int	 sig_sha256_value(const char *key, const void *msg, size_t len,
	    char *out);

#endif
