/* Placeholder for the mattermost channel until it is written: never enabled. */
#include <stdbool.h>

#include "channel.h"

/* Not configured: the channel is off. */
static bool
channel_mattermost_enabled(const struct conf *c)
{
	(void)c;
	return false;
}

const struct channel_ops channel_mattermost = {
	.name = "mattermost",
	.section = "mattermost",
	.path = "/mattermost",
	.methods = "POST",
	.enabled = channel_mattermost_enabled,
};
