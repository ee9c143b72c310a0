/*
 * The inside of an outbox, shared by the sender (outbox.c) and the job
 * files (outbox_store.c). Everything else uses outbox.h.
 *
 * Locking: ob->lock guards the chat table, the counters and each job's
 * ready flag and links. The sender thread owns a FIFO's head while it is
 * in flight (chat->busy), so it reads and rewrites that job without the
 * lock; enqueue only ever appends at a tail.
 */
#ifndef FAQBOT_OUTBOX_IMPL_H
#define FAQBOT_OUTBOX_IMPL_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include <curl/curl.h>

#include "buf.h"
#include "diag.h"
#include "outbox.h"

/* Transfers in flight at most. */
#define OUTBOX_INFLIGHT_MAX	8
/* Buckets of the chat table (a power of two). */
#define OUTBOX_CHAT_BUCKETS	256

struct outbox_chat;

/* One queued job; its file is dir/queue/name once ready. */
struct outbox_item {
	struct outbox_item	*next;		/* in its chat's FIFO */
	struct outbox_chat	*chat;
	char			 name[40];
	char			*channel;
	char			*rate_key;
	char			*path;
	char			*content_type;
	char			*body;
	size_t			 body_len;
	int			 attempts;	/* failed attempts so far */
	long long		 next_ms;	/* unix ms of the next try */
	bool			 ready;		/* its file is in queue/ */
};

/* The FIFO of one rate_key. */
struct outbox_chat {
	struct outbox_chat	*hnext;		/* in its bucket */
	char			*key;
	struct outbox_item	*head;
	struct outbox_item	*tail;
	long long		 last_mono;	/* start of the last send */
	bool			 busy;		/* head is in flight */
};

/* One easy handle and what its current transfer needs. */
struct outbox_xfer {
	CURL			*easy;
	struct outbox_item	*item;		/* NULL when idle */
	struct curl_slist	*headers;
	struct buf		 resp;		/* first OUTBOX_RESP_MAX bytes */
	char			 errbuf[CURL_ERROR_SIZE];
};

struct outbox {
	pthread_mutex_t		 lock;
	pthread_cond_t		 idle;		/* writers dropped to 0 */
	struct outbox_opts	 opts;
	struct outbox_auth	 auth;
	char			*dir;
	int			 lock_fd;
	int			 tmp_fd;	/* directory descriptors */
	int			 queue_fd;
	int			 dead_fd;
	CURLM			*multi;
	pthread_t		 thread;
	bool			 started;
	struct outbox_chat	*chats[OUTBOX_CHAT_BUCKETS];
	size_t			 scan;		/* first bucket of next pick */
	size_t			 pending;
	size_t			 dead;
	size_t			 writers;	/* enqueues writing a file */
	bool			 closing;
	long long		 deadline_mono;
	unsigned long long	 last_ns;	/* of the newest job name */
	unsigned		 counter;
	size_t			 inflight;	/* sender thread only */
	long long		 pruned_mono;	/* last prune of dead/; ditto */
	struct outbox_xfer	 xfers[OUTBOX_INFLIGHT_MAX];
};

/* outbox.c */
long long	 outbox__clock_ms(clockid_t);
void		 outbox__chat_push(struct outbox *, struct outbox_item *);
void		 outbox__item_free(struct outbox_item *);

/* outbox_store.c */
void		 outbox__name(struct outbox *, char name[40]);
int		 outbox__job_check(const struct outbox_job *,
		    char err[BOT_ERR_LEN]);
int		 outbox__write(struct outbox *, const struct outbox_item *,
		    int dirfd, const char *error, char err[BOT_ERR_LEN]);
int		 outbox__load(struct outbox *, char err[BOT_ERR_LEN]);
void		 outbox__prune_dead(struct outbox *, time_t now);
int		 outbox__dirs(struct outbox *, char err[BOT_ERR_LEN]);

#endif
