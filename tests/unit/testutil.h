/*
 * Helpers shared by the unit tests (tests/unit/testutil.c, linked into
 * every test_* binary): canned channel requests, configs from FAQBOT_*
 * assignments, the usual checks around a channel's parse and reply, and a
 * scratch directory fixture with small file helpers. The helpers fail the
 * running test through cmocka's assertions.
 */
#ifndef FAQBOT_TESTUTIL_H
#define FAQBOT_TESTUTIL_H

#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#include "channel.h"
#include "conf.h"
#include "match.h"
#include "outbox.h"

/* Most headers, and most query arguments, of a canned request. */
#define FAKE_PAIRS	4

/*
 * A canned request's headers and query arguments, looked up by name in
 * any case; a NULL name ends each table. sig is room for a signature a
 * test makes (kept by fake_clear).
 */
struct fake {
	const char	*hdr[FAKE_PAIRS][2];
	const char	*query[FAKE_PAIRS][2];
	char		 sig[80];
};

/* Lookups for struct channel_req: the header or query argument, or NULL. */
const char		*fake_header(void *, const char *name);
const char		*fake_query(void *, const char *name);
/* No header and no query argument (sig is left as it is). */
void			 fake_clear(struct fake *);
/* Add header name: value, unless value is NULL. */
void			 fake_add_header(struct fake *, const char *name,
			    const char *value);
/* A request of method for path with body (a string), received at now. */
struct channel_req	 fake_req(struct fake *, const char *method,
			    const char *path, const char *body, time_t now);
/* fake_clear, header name: value (unless NULL), and a POST of body. */
struct channel_req	 fake_post(struct fake *, const char *path,
			    const char *body, time_t now, const char *name,
			    const char *value);

/* A config from NULL-terminated FAQBOT_* assignments; they must apply. */
struct conf		*conf_make(const char *const *env);

/* ops is on under a config from env, off under an empty one. */
void			 assert_enabled_by(const struct channel_ops *,
			    const char *const *env);
/* ops->verify of r under a config from env; err is cleared first. */
int			 verify_env(const struct channel_ops *,
			    const char *const *env, const struct channel_req *,
			    char err[BOT_ERR_LEN]);
/*
 * ops->parse of r under c into m (cleared first), err cleared first; the
 * response must stay an empty 200.
 */
int			 parse_quiet(const struct channel_ops *,
			    const struct conf *, const struct channel_req *,
			    struct channel_msg *, char err[BOT_ERR_LEN]);
/*
 * ops->parse of r under a config from env into m and resp (both cleared
 * first), err cleared first; resp is left for the caller to check and free.
 */
int			 parse_resp(const struct channel_ops *,
			    const char *const *env, const struct channel_req *,
			    struct channel_msg *, struct channel_resp *,
			    char err[BOT_ERR_LEN]);
/* parse_quiet under a config from env. */
int			 parse_env(const struct channel_ops *,
			    const char *const *env, const struct channel_req *,
			    struct channel_msg *, char err[BOT_ERR_LEN]);
/*
 * ops->reply to a message under a config from env, with answer of kind:
 * no job, a 200 application/json response, whose body is returned
 * (caller frees).
 */
char			*reply_json(const struct channel_ops *,
			    const char *const *env, const char *answer,
			    enum match_kind);
/*
 * ops->reply to a message from reply_to (its message reply_ref) under a
 * config from env, with answer of kind, into jobs (cleared first); the
 * response must be an empty 200. Returns the job count.
 */
size_t			 reply_jobs(const struct channel_ops *,
			    const char *const *env, const char *answer,
			    enum match_kind, const char *reply_to,
			    const char *reply_ref,
			    struct outbox_job jobs[CHANNEL_JOBS_MAX]);

/* A scratch directory, and the path of one file in it. */
struct tmpdir {
	char	 dir[64];
	char	 path[128];
};

/*
 * A cmocka setup: *state becomes a fresh directory from template (ending
 * in XXXXXX) with path dir/file (not created; "" when file is NULL); -1
 * when it cannot be made.
 */
int			 tmpdir_setup(void **state, const char *template,
			    const char *file);
/* A cmocka teardown: the directory and its files go. */
int			 tmpdir_teardown(void **state);

/* A whole file as a string (caller frees), or NULL when it cannot open. */
char			*file_read(const char *path);
/* Write s as the whole file, then chmod it to mode. */
void			 file_write(const char *path, const char *s, mode_t mode);

#endif
