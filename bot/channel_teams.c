/* Placeholder for the teams channel until it is written: never enabled. */
#include <stdbool.h>

#include "channel.h"

/* Not configured: the channel is off. */
static bool
channel_teams_enabled(const struct conf *c)
{
	(void)c;
	return false;
}

const struct channel_ops channel_teams = {
	.name = "teams",
	.section = "teams",
	.path = "/teams",
	.methods = "POST",
	.enabled = channel_teams_enabled,
};
