/*
 * The inside of the HTTP server, shared by the libmicrohttpd plumbing
 * (server.c: the handler's three calls, responses, start and stop) and
 * the routes it serves (server_routes.c). Everything else uses server.h.
 */
#ifndef FAQBOT_SERVER_IMPL_H
#define FAQBOT_SERVER_IMPL_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>
#include <microhttpd.h>

#include "buf.h"
#include "channel.h"
#include "kb.h"
#include "server.h"

struct server {
	struct MHD_Daemon	*mhd;
	struct server_opts	 opts;
	struct server_deps	 deps;
	char			*listen;
};

struct server_req;
typedef void server_route_fn(struct server *, struct MHD_Connection *,
    struct server_req *);

struct server_route {
	const char	*path;
	const char	*method;	/* GET also answers HEAD */
	bool		 api;		/* CORS, no caching */
	server_route_fn	*fn;
};

struct server_req {
	const struct server_route *route;
	struct buf	 body;
	double		 start;
	int		 status;
	const char	*kind;		/* for the log: answer kind */
	char		 entry[KB_ID_MAX + 1];
	char		 conversation[CHANNEL_ID_MAX + 1];
	char		*text;		/* only kept when log_text is on */
	bool		 done;
	const struct channel_ops *chan;	/* a chat channel's request */
	char		 method[8];
};

/* server.c */
void	server__send(struct server *, struct MHD_Connection *,
	    struct server_req *, int status, const char *type,
	    const void *body, size_t len);
void	server__send_json(struct server *, struct MHD_Connection *,
	    struct server_req *, int status, cJSON *);
void	server__error(struct server *, struct MHD_Connection *,
	    struct server_req *, int status, const char *msg);

/* server_routes.c */
extern const struct server_route server__channel_route;
const struct server_route *server__route(const char *path);

#endif
