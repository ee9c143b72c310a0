/*
 * Chat channels (SMS, WhatsApp, Telegram, Slack, Mattermost, Teams,
 * Discord, a generic signed webhook): each is one file, bot/channel_NAME.c,
 * exporting one `const struct channel_ops channel_NAME`, listed in
 * bot/channel.c. A channel only translates: it checks a request's
 * signature, turns the platform's payload into a message, and turns an
 * answer into the platform's reply, either in the HTTP response or as a
 * job for the durable outbox. The server does everything else the same way
 * for every channel: body limits, deduplication, the answer itself, staff
 * alerts, logs and metrics. A channel is on when its config section has
 * its secrets.
 */
#ifndef FAQBOT_CHANNEL_H
#define FAQBOT_CHANNEL_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "diag.h"
#include "match.h"

struct conf;
struct curl_slist;
struct outbox_job;

/* Longest platform chat or event id kept. */
#define CHANNEL_ID_MAX	256

/* An inbound HTTP request, as received: body bytes exactly as sent. */
struct channel_req {
	const char	*method;
	const char	*path;
	const char	*body;		/* NUL-terminated copy; body_len counts */
	size_t		 body_len;
	time_t		 now;
	/* Header or query argument lookup (case-insensitive names). */
	const char	*(*header)(void *, const char *name);
	const char	*(*query)(void *, const char *name);
	void		*lookup_arg;
};

/* What a channel read out of a request. */
struct channel_msg {
	enum {
		CHANNEL_MESSAGE,	/* a patient's message: answer it */
		CHANNEL_IGNORE,		/* from a bot, an edit, a receipt: 200 */
		CHANNEL_HANDSHAKE,	/* answered by the channel itself */
	} kind;
	char	 conversation[CHANNEL_ID_MAX + 1];	/* "telegram:12345" */
	char	 event_id[CHANNEL_ID_MAX + 1];	/* for deduplication; "" if none */
	char	*text;				/* owned; free with channel_msg_finish */
	/* Where an asynchronous reply goes (chat id, response URL...). */
	char	 reply_to[CHANNEL_ID_MAX + 1];
	char	 reply_ref[CHANNEL_ID_MAX + 1];	/* message/thread to answer */
};

/* The HTTP response a channel wants sent. */
struct channel_resp {
	int		 status;
	const char	*content_type;		/* static string */
	struct buf	 body;
};

struct channel_ops {
	const char	*name;		/* "slack-command": logs, metrics, dedup */
	const char	*section;	/* "slack": its config section */
	const char	*path;		/* "/slack/command" */
	const char	*methods;	/* "POST" or "GET POST" */
	/* True when the config has what the channel needs to run. */
	bool		(*enabled)(const struct conf *);
	/*
	 * Check the request's authenticity over the exact bytes, in
	 * constant time, before anything is parsed. 0, or -1 with err.
	 */
	int		(*verify)(const struct conf *, const struct channel_req *,
			    char err[BOT_ERR_LEN]);
	/*
	 * Read the payload. 0, or -1 with err (a 400). A handshake fills
	 * resp itself.
	 */
	int		(*parse)(const struct conf *, const struct channel_req *,
			    struct channel_msg *, struct channel_resp *,
			    char err[BOT_ERR_LEN]);
	/*
	 * Deliver the answer: fill resp (a synchronous reply), and/or fill
	 * jobs (asynchronous replies for the outbox, at most 4); returns how
	 * many jobs.
	 */
	size_t		(*reply)(const struct conf *, const struct channel_msg *,
			    const struct match_result *, struct channel_resp *,
			    struct outbox_job *jobs);
	/*
	 * At send time (outbox thread): the full URL of a job's path, with
	 * any secret it needs, and its auth headers. NULL when the channel
	 * never sends asynchronously. 0, or -1.
	 */
	int		(*prepare)(const struct conf *, const char *path,
			    const char *body, size_t len, char **url,
			    struct curl_slist **headers);
	/* Seconds a platform asked us to wait (429 body), or -1. May be NULL. */
	double		(*retry_after)(long status, const char *body, size_t len);
};

/* Most outbox jobs one reply may create. */
#define CHANNEL_JOBS_MAX	4

const struct channel_ops *channel_find(const char *path);
const struct channel_ops *channel_by_name(const char *name);
size_t		 channel_count(void);
const struct channel_ops *channel_at(size_t);
void		 channel_msg_finish(struct channel_msg *);
int		 channel_bearer_prepare(const struct conf *,
		    const char *section, const char *base_key,
		    const char *token_key, const char *path, char **url,
		    struct curl_slist **headers);

#endif
