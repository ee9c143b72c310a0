/*
 * faqbot: answers patients' common questions about ketamine treatment from
 * a curated knowledge file. This file dispatches the subcommands.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "gaps.h"
#include "serve.h"

struct main_cmd {
	const char	*name;
	int		(*fn)(int, char **);
	const char	*help;
};

static const struct main_cmd main_cmds[] = {
	{ "ask", cli_ask, "answer questions (arguments, or one per line on "
	    "stdin)" },
	{ "check", cli_check, "validate the knowledge and test its examples" },
	{ "list", cli_list, "list the entries" },
	{ "chat", cli_chat, "talk with the bot in the terminal" },
	{ "gaps", gaps_main, "list questions the bot could not answer" },
	{ "serve", serve_main, "run the web chat and webhook server" },
};

/* Print the overall help. */
static void
main_usage(FILE *fp)
{
	fprintf(fp, "usage: faqbot COMMAND [OPTIONS]\n\ncommands:\n");
	for (size_t i = 0; i < sizeof(main_cmds) / sizeof(main_cmds[0]); i++)
		fprintf(fp, "  %-8s %s\n", main_cmds[i].name, main_cmds[i].help);
	fprintf(fp, "\ncommon options: --kb PATH (knowledge file or "
	    "directory; default $FAQBOT_KB,\n  the installed knowledge, or "
	    "./knowledge)\n\nfaqbot COMMAND --help shows a command's options; "
	    "man faqbot has the rest.\n");
}

int
main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "faqbot: missing command (try 'faqbot "
		    "--help')\n");
		return 2;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		main_usage(stdout);
		return 0;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("faqbot %s\n", FAQBOT_VERSION);
		return 0;
	}
	for (size_t i = 0; i < sizeof(main_cmds) / sizeof(main_cmds[0]); i++)
		if (strcmp(argv[1], main_cmds[i].name) == 0)
			return main_cmds[i].fn(argc - 1, argv + 1);
	fprintf(stderr, "faqbot: unknown command '%s' (try 'faqbot --help')\n",
	    argv[1]);
	return 2;
}
