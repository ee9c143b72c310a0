/* Placeholder for the Slack channels until they are written: never enabled. */
#include <stdbool.h>

#include "channel.h"

/* Not configured: the channel is off. */
static bool
channel_slack_enabled(const struct conf *c)
{
	(void)c;
	return false;
}

const struct channel_ops channel_slack_events = {
	.name = "slack-events",
	.section = "slack",
	.path = "/slack/events",
	.methods = "POST",
	.enabled = channel_slack_enabled,
};

const struct channel_ops channel_slack_command = {
	.name = "slack-command",
	.section = "slack",
	.path = "/slack/command",
	.methods = "POST",
	.enabled = channel_slack_enabled,
};
