/* Placeholder for the webhook channel until it is written: never enabled. */
#include <stdbool.h>

#include "channel.h"

/* Not configured: the channel is off. */
static bool
channel_webhook_enabled(const struct conf *c)
{
	(void)c;
	return false;
}

const struct channel_ops channel_webhook = {
	.name = "webhook",
	.section = "webhook",
	.path = "/v1/webhook",
	.methods = "POST",
	.enabled = channel_webhook_enabled,
};
