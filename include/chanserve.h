/*
 * Serving the chat channels: the one path every platform's request takes
 * once the HTTP server has read its body. Verify the signature over the
 * exact bytes, parse, drop redeliveries, answer with the knowledge in
 * service, reply in the HTTP response or through the outbox, and alert
 * staff when the answer calls for it.
 */
#ifndef FAQBOT_CHANSERVE_H
#define FAQBOT_CHANSERVE_H

#include <stdbool.h>
#include <time.h>

#include "channel.h"
#include "kb.h"

struct conf;
struct kbhold;
struct convo_store;
struct dedup;
struct outbox;
struct metrics;
struct gaps;
struct alerts;
struct outbox_auth;

struct chanserve_deps {
	const struct conf	*conf;
	struct kbhold		*kb;
	struct convo_store	*convos;
	struct dedup		*dedup;
	struct outbox		*outbox;	/* may be NULL: no async replies */
	struct metrics		*metrics;
	struct gaps		*gaps;
	struct alerts		*alerts;	/* may be NULL: no alerts */
};

/* What the server logs about a channel request (never the text). */
struct chanserve_info {
	const char	*kind;
	char		 entry[KB_ID_MAX + 1];
	char		 conversation[CHANNEL_ID_MAX + 1];
	const char	*why;		/* why a request was refused, or NULL */
};

const struct channel_ops *chanserve_route(const struct conf *,
		    const char *path);
void		 chanserve_handle(const struct chanserve_deps *,
		    const struct channel_ops *, const struct channel_req *,
		    struct channel_resp *, struct chanserve_info *);
void		 chanserve_outbox_auth(const struct conf *,
		    struct outbox_auth *);
bool		 chanserve_answer_text(const struct chanserve_deps *,
		    const char *channel, const char *conversation,
		    const char *text, time_t now, struct match_result *);

#endif
