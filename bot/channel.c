/*
 * The list of chat channels. Adding a platform is one new file,
 * bot/channel_NAME.c, and one line here.
 */
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "channel.h"
#include "conf.h"
#include "xmalloc.h"

extern const struct channel_ops channel_twilio, channel_whatsapp,
    channel_telegram, channel_slack_events, channel_slack_command,
    channel_mattermost, channel_teams, channel_discord, channel_webhook;

static const struct channel_ops *const channel_list[] = {
	&channel_twilio,
	&channel_whatsapp,
	&channel_telegram,
	&channel_slack_events,
	&channel_slack_command,
	&channel_mattermost,
	&channel_teams,
	&channel_discord,
	&channel_webhook,
};

#define CHANNEL_N (sizeof(channel_list) / sizeof(channel_list[0]))

/* The channel answering at path, or NULL. */
const struct channel_ops *
channel_find(const char *path)
{
	for (size_t i = 0; i < CHANNEL_N; i++)
		if (strcmp(channel_list[i]->path, path) == 0)
			return channel_list[i];
	return NULL;
}

/* The channel called name, or NULL. */
const struct channel_ops *
channel_by_name(const char *name)
{
	for (size_t i = 0; i < CHANNEL_N; i++)
		if (strcmp(channel_list[i]->name, name) == 0)
			return channel_list[i];
	return NULL;
}

size_t
channel_count(void)
{
	return CHANNEL_N;
}

const struct channel_ops *
channel_at(size_t i)
{
	return i < CHANNEL_N ? channel_list[i] : NULL;
}

/*
 * A send-time prepare for APIs that take a bearer token: the section's
 * base URL (trailing slashes dropped) + path, and "Authorization: Bearer
 * TOKEN". 0, or -1 when either is missing (a reload removed it).
 */
int
channel_bearer_prepare(const struct conf *c, const char *section,
    const char *base_key, const char *token_key, const char *path,
    char **url, struct curl_slist **headers)
{
	const char *base = conf_str(c, section, base_key);
	const char *token = conf_str(c, section, token_key);
	size_t blen = strlen(base);
	char *auth;

	*url = NULL;
	*headers = NULL;
	while (blen > 0 && base[blen - 1] == '/')
		blen--;
	if (blen == 0 || token[0] == '\0')
		return -1;
	xasprintf(&auth, "Authorization: Bearer %s", token);
	*headers = curl_slist_append(NULL, auth);
	free(auth);
	if (*headers == NULL)
		return -1;
	xasprintf(url, "%.*s%s", (int)blen, base, path);
	return 0;
}

/* Free what a message owns. */
void
channel_msg_finish(struct channel_msg *m)
{
	if (m == NULL)
		return;
	free(m->text);
	m->text = NULL;
}
