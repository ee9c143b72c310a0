/* Placeholder for the discord channel until it is written: never enabled. */
#include <stdbool.h>

#include "channel.h"

/* Not configured: the channel is off. */
static bool
channel_discord_enabled(const struct conf *c)
{
	(void)c;
	return false;
}

const struct channel_ops channel_discord = {
	.name = "discord",
	.section = "discord",
	.path = "/discord/interactions",
	.methods = "POST",
	.enabled = channel_discord_enabled,
};
