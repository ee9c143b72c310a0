/*
 * The HTTP server (libmicrohttpd): the web chat page and widget, the chat
 * API, health and metrics. Every channel plugs into the same answer path
 * behind it. The server borrows the knowledge holder, conversation store,
 * metrics and gaps file; their owner (serve.c) outlives it.
 */
#ifndef FAQBOT_SERVER_H
#define FAQBOT_SERVER_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

struct kbhold;
struct convo_store;
struct metrics;
struct gaps;
struct conf;
struct dedup;
struct outbox;
struct alerts;
struct server;

struct server_opts {
	const char	*listen;		/* "127.0.0.1:8080", "[::1]:0" */
	unsigned	 threads;
	unsigned	 max_connections;
	unsigned	 per_ip_connections;	/* 0: no limit */
	unsigned	 connection_timeout;	/* seconds */
	size_t		 connection_memory;	/* bytes per connection */
	size_t		 body_max;		/* bytes of a request body */
	size_t		 text_max;		/* bytes of a message */
	bool		 log_text;
};

struct server_deps {
	struct kbhold		*kb;
	struct convo_store	*convos;
	struct metrics		*metrics;
	struct gaps		*gaps;		/* may be NULL: not kept */
	const struct conf	*conf;		/* channels read their secrets */
	struct dedup		*dedup;		/* may be NULL: no channels */
	struct outbox		*outbox;	/* may be NULL: no async sends */
	struct alerts		*alerts;	/* may be NULL: no staff alerts */
};

struct server	*server_start(const struct server_opts *,
		    const struct server_deps *, char err[BOT_ERR_LEN]);
unsigned	 server_port(const struct server *);
void		 server_stop(struct server *, int drain_seconds);

#endif
