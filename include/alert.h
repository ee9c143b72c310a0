/*
 * Staff alerts: a crisis message, or a patient asking for a person (and,
 * with alerts.possible_risk, a message with words near danger), posts
 * a short alert to the clinic's staff channel (a Slack, Mattermost, Teams
 * or Discord incoming webhook, or a generic signed webhook) through the
 * durable outbox. The alert names the channel and the conversation so staff
 * can reach the person; the message text only with alerts.include_text.
 */
#ifndef FAQBOT_ALERT_H
#define FAQBOT_ALERT_H

#include <stdbool.h>
#include <time.h>

#include "match.h"

struct conf;
struct outbox;
struct curl_slist;
struct kb;

/* The outbox channel name of alert jobs. */
#define ALERT_CHANNEL	"alerts"

struct alerts;

struct alerts	*alert_new(const struct conf *, struct outbox *);
void		 alert_free(struct alerts *);
bool		 alert_enabled(const struct alerts *);
bool		 alert_needed(const struct alerts *, const struct match_result *);
bool		 alert_send(struct alerts *, const char *channel,
		    const char *conversation, const struct match_result *,
		    const char *text, time_t now);
void		 alert_tell_patient(const struct kb *, struct match_result *);
int		 alert_prepare(const struct conf *, const char *path,
		    const char *body, size_t len, char **url,
		    struct curl_slist **headers);

#endif
