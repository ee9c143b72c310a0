/*
 * The durable outbox: replies and staff alerts that must reach a platform
 * later. A job is written to its own file and fsynced before
 * outbox_enqueue returns, so a crash after the platform got its 2xx loses
 * nothing. One sender thread (libcurl multi) delivers jobs with connection
 * reuse, timeouts, retries with exponential backoff and jitter, 429 /
 * Retry-After honoured, a per-chat rate, and a dead-letter directory after
 * the last attempt. A job is removed only after its platform accepted it.
 * Dead letters hold patient text too: they are deleted after a retention.
 *
 * Secrets are never written to the outbox: a job names its channel and a
 * path; the sender asks the channel for the base URL and auth headers
 * (struct outbox_auth) when it sends.
 */
#ifndef FAQBOT_OUTBOX_H
#define FAQBOT_OUTBOX_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

struct outbox;
struct curl_slist;

/* One outgoing HTTP request. Strings are copied by outbox_enqueue. */
struct outbox_job {
	char		 channel[32];	/* "telegram": picks base URL and auth */
	char		 rate_key[256];	/* per-chat send rate: "telegram:123" */
	char		 path[1024];	/* appended to the channel's base URL */
	const char	*content_type;	/* "application/json" */
	char		*body;		/* owned by the job until enqueued */
	size_t		 body_len;
};

/* Resolves a channel's base URL and auth headers at send time. */
struct outbox_auth {
	/* Fill url (base + path, secrets included) and headers; 0 or -1. */
	int	(*prepare)(void *arg, const char *channel, const char *path,
		    const char *body, size_t len, char **url,
		    struct curl_slist **headers);
	/* Seconds to wait before retrying, from a platform's response body
	 * (e.g. Telegram's parameters.retry_after), or -1. */
	double	(*retry_after)(void *arg, const char *channel, long status,
		    const char *body, size_t len);
	void	*arg;
};

struct outbox_opts {
	const char	*dir;			/* state dir; created 0700 */
	int		 max_attempts;		/* then dead-letter */
	double		 backoff_initial;	/* seconds */
	double		 backoff_max;		/* seconds */
	double		 per_chat_interval;	/* seconds between sends */
	long		 timeout_ms;
	/* Days a file stays in dead/ after it was written there; 0 keeps
	 * them all. Pruned at open and then every prune_interval_ms. */
	int		 dead_retention_days;
	long		 prune_interval_ms;	/* 0: once an hour */
};

struct outbox	*outbox_open(const struct outbox_opts *,
		    const struct outbox_auth *, char err[BOT_ERR_LEN]);
int		 outbox_enqueue(struct outbox *, struct outbox_job *,
		    char err[BOT_ERR_LEN]);
void		 outbox_close(struct outbox *, int drain_seconds);
size_t		 outbox_pending(struct outbox *);
size_t		 outbox_dead(struct outbox *);
void		 outbox_job_finish(struct outbox_job *);

#endif
