/* Placeholder for the telegram channel until it is written: never enabled. */
#include <stdbool.h>

#include "channel.h"

/* Not configured: the channel is off. */
static bool
channel_telegram_enabled(const struct conf *c)
{
	(void)c;
	return false;
}

const struct channel_ops channel_telegram = {
	.name = "telegram",
	.section = "telegram",
	.path = "/telegram",
	.methods = "POST",
	.enabled = channel_telegram_enabled,
};
