/* Placeholder for the twilio channel until it is written: never enabled. */
#include <stdbool.h>

#include "channel.h"

/* Not configured: the channel is off. */
static bool
channel_twilio_enabled(const struct conf *c)
{
	(void)c;
	return false;
}

const struct channel_ops channel_twilio = {
	.name = "twilio",
	.section = "twilio",
	.path = "/twilio/sms",
	.methods = "POST",
	.enabled = channel_twilio_enabled,
};
