/*
 * Telegram long polling ([telegram] mode = polling), for clinics without a
 * public address: one thread calls deleteWebhook, then getUpdates in a
 * loop, and answers each Update through the same path as the webhook
 * (chanserve_answer_text, replies through the durable outbox).
 */
#ifndef FAQBOT_TELEGRAM_POLL_H
#define FAQBOT_TELEGRAM_POLL_H

#include <stdbool.h>
#include <stddef.h>

#include "channel.h"
#include "diag.h"

struct conf;
struct chanserve_deps;
struct tgpoll;

/* True when the config asks for polling: mode = polling and a bot token. */
bool		 tgpoll_configured(const struct conf *);

/*
 * Start the poller. NULL with err empty when the config does not ask for
 * polling; NULL with err when it does but cannot run (no outbox or
 * redelivery memory in deps, no api_base, no thread). The config and what
 * deps points to are borrowed: they must outlive tgpoll_stop. deps itself
 * is copied.
 */
struct tgpoll	*tgpoll_start(const struct conf *,
		    const struct chanserve_deps *, char err[BOT_ERR_LEN]);

/*
 * Stop: wake the thread (even in the middle of a long poll), join it and
 * free everything. Updates not yet answered stay unconfirmed at Telegram
 * and come again on the next start. Accepts NULL.
 */
void		 tgpoll_stop(struct tgpoll *);

/*
 * The pure parts, public for the unit tests.
 */

/* One Update of a getUpdates result. */
struct tgpoll_update {
	long long		 id;		/* update_id */
	struct channel_msg	 msg;		/* CHANNEL_IGNORE: not answered */
	char			 why[BOT_ERR_LEN]; /* why malformed, or "" */
};

/*
 * Parse a getUpdates response body of len bytes (followed by a NUL):
 * {"ok":true,"result":[Update, ...]}. On 0, *ups (caller frees with
 * tgpoll_updates_free) holds the *n Updates in the order received; an
 * Update without an integer update_id is left out, one whose message is
 * malformed is kept as CHANNEL_IGNORE with why set. -1 with err when the
 * body is not such a response (*ups NULL, *n 0).
 */
int		 tgpoll_parse(const char *body, size_t len,
		    struct tgpoll_update **ups, size_t *n,
		    char err[BOT_ERR_LEN]);
void		 tgpoll_updates_free(struct tgpoll_update *, size_t n);

/* The getUpdates offset once update id is handled: id + 1, never less
 * than offset (0: none yet). */
long long	 tgpoll_offset(long long offset, long long id);

/* Seconds to wait after the n-th network failure in a row: 1, 2, 4 ...
 * 60; 0 for n = 0. */
double		 tgpoll_backoff(unsigned n);

/*
 * Seconds to wait after a failed getUpdates that answered HTTP status
 * (0: no answer at all) with body, the failures-th failure in a row: a
 * refused token (401, 404) waits TGPOLL_TOKEN_WAIT, flood control (429)
 * its parameters.retry_after, anything else tgpoll_backoff(failures).
 */
#define TGPOLL_TOKEN_WAIT	60.0
double		 tgpoll_retry_delay(long status, const char *body,
		    size_t len, unsigned failures);

/*
 * Copy msg into out (outlen bytes) with every occurrence of the bot token
 * replaced by "<token>", for logging a library's or platform's text
 * safely. An empty token changes nothing.
 */
void		 tgpoll_redact(const char *msg, const char *token, char *out,
		    size_t outlen);

#endif
