/*
 * The Telegram channel's pieces shared by its two modes: webhook (the
 * channel_ops route POST /telegram) and long polling (bot/telegram_poll.c).
 * Both read an Update and build the sendMessage jobs the same way.
 */
#ifndef FAQBOT_CHANNEL_TELEGRAM_H
#define FAQBOT_CHANNEL_TELEGRAM_H

#include <stddef.h>

#include "channel.h"
#include "diag.h"
#include "match.h"

struct cJSON;
struct outbox_job;

/* The webhook route, the method URL (prepare) and flood control. */
extern const struct channel_ops channel_telegram;

/*
 * Read one Update object into msg: a new text message from a person is
 * CHANNEL_MESSAGE (msg->text owned; free with channel_msg_finish), edits,
 * channel posts, callbacks, bots and non-text messages CHANNEL_IGNORE;
 * event_id is the update_id. 0, or -1 with err (no update_id, or a
 * message without a chat id or message id). u is borrowed.
 */
int	 channel_telegram_update(const struct cJSON *u,
	    struct channel_msg *msg, char err[BOT_ERR_LEN]);

/*
 * Fill jobs (room for CHANNEL_JOBS_MAX) with the sendMessage requests of
 * the answer in res to msg; returns how many. Each job owns its body until
 * outbox_enqueue takes it or outbox_job_finish frees it. Cannot fail; 0
 * when the answer is empty or the chat id is not an integer.
 */
size_t	 channel_telegram_jobs(const struct channel_msg *msg,
	    const struct match_result *res, struct outbox_job *jobs);

#endif
