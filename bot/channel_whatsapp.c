/* Placeholder for the whatsapp channel until it is written: never enabled. */
#include <stdbool.h>

#include "channel.h"

/* Not configured: the channel is off. */
static bool
channel_whatsapp_enabled(const struct conf *c)
{
	(void)c;
	return false;
}

const struct channel_ops channel_whatsapp = {
	.name = "whatsapp",
	.section = "whatsapp",
	.path = "/whatsapp",
	.methods = "GET POST",
	.enabled = channel_whatsapp_enabled,
};
