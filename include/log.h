/*
 * The process log: one JSON object per line, to stderr by default, safe to
 * call from any thread. Message text from patients is never written unless
 * the caller sets log_text; conversation ids appear only as salted hashes.
 */
#ifndef FAQBOT_LOG_H
#define FAQBOT_LOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Characters of message text kept in a request line when log_text is on. */
#define LOG_TEXT_MAX	200
/* Characters kept of any other string field (the message, route, ids). */
#define LOG_FIELD_MAX	1024
/* Bytes of the conversation hash in hex, plus the NUL. */
#define LOG_HASH_LEN	17

enum log_level {
	LOG_DEBUG,
	LOG_INFO,
	LOG_WARN,
};

struct log_request {
	const char	*route;		/* a route name, never the raw URL */
	int		 status;
	double		 latency_ms;
	const char	*kind;		/* answer kind, or NULL */
	const char	*entry;		/* knowledge entry id, or NULL */
	const char	*conversation;	/* hashed before logging, or NULL */
	const char	*text;		/* only logged when log_text */
	bool		 log_text;
};

void	log_init(enum log_level, FILE *out, const char *salt, size_t saltlen);
void	log_set_level(enum log_level);
bool	log_parse_level(const char *, enum log_level *);
const char *log_level_name(enum log_level);
void	log_msg(enum log_level, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	log_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_request(const struct log_request *);
void	log_conv_hash(const char *conversation, char out[LOG_HASH_LEN]);

#endif
