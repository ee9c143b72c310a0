/* The `faqbot` subcommands that work on the command line. */
#ifndef FAQBOT_CLI_H
#define FAQBOT_CLI_H

int	cli_ask(int, char **);
int	cli_check(int, char **);
int	cli_list(int, char **);
int	cli_chat(int, char **);
int	cli_usage_error(const char *cmd, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

#endif
