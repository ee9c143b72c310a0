/*
 * The command-line subcommands: ask, check, list and chat. Each loads the
 * knowledge, reports problems as file:line, and exits non-zero on failure;
 * bad usage exits 2 with a one-line reason.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "check.h"
#include "cli.h"
#include "jsonout.h"
#include "kb.h"
#include "match.h"
#include "xmalloc.h"

enum {
	CLI_KB = 1 << 0,
	CLI_JSON = 1 << 1,
	CLI_EXPLAIN = 1 << 2,
	CLI_CONV = 1 << 3,
};

struct cli_opts {
	const char	*cmd;
	const char	*kb;
	const char	*conversation;
	bool		 json;
	bool		 explain;
};

static const char *cli_help[] = {
	"  --kb PATH            knowledge file or directory",
	"  --json               print JSON (one object per line)",
	"  --explain            show why each answer was chosen",
	"  --conversation ID    consecutive questions share context",
};

/* Print "faqbot CMD: reason" and return the usage exit status. */
int
cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "faqbot %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (try 'faqbot %s --help')\n", cmd);
	return 2;
}

/* Print a command's options. */
static void
cli_print_help(const char *cmd, const char *args, unsigned allowed)
{
	printf("usage: faqbot %s [OPTIONS]%s\n", cmd, args);
	for (int i = 0; i < 4; i++)
		if (allowed & (1u << i))
			printf("%s\n", cli_help[i]);
}

/*
 * Parse the options a command allows. Returns -1 to go on, or the exit
 * status when done (help printed, or bad usage).
 */
static int
cli_parse(int argc, char **argv, unsigned allowed, const char *args,
    struct cli_opts *o)
{
	static const struct option longopts[] = {
		{ "kb", required_argument, NULL, 'k' },
		{ "json", no_argument, NULL, 'j' },
		{ "explain", no_argument, NULL, 'e' },
		{ "conversation", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int ch;

	memset(o, 0, sizeof(*o));
	o->cmd = argv[0];
	opterr = 0;
	optind = 1;
	while ((ch = getopt_long(argc, argv, "+", longopts, NULL)) != -1) {
		unsigned bit = ch == 'k' ? CLI_KB : ch == 'j' ? CLI_JSON :
		    ch == 'e' ? CLI_EXPLAIN : ch == 'c' ? CLI_CONV : 0;

		if (ch == 'h') {
			cli_print_help(o->cmd, args, allowed);
			return 0;
		}
		if (ch == '?' || ch == ':' || (bit & allowed) == 0)
			return cli_usage_error(o->cmd, "unknown or incomplete "
			    "option '%s'", argv[optind - 1]);
		if (ch == 'k')
			o->kb = optarg;
		else if (ch == 'j')
			o->json = true;
		else if (ch == 'e')
			o->explain = true;
		else
			o->conversation = optarg;
	}
	if (o->kb == NULL)
		o->kb = kb_default_path();
	return -1;
}

/* Load the knowledge, printing every problem; NULL on failure. */
static struct kb *
cli_load(const struct cli_opts *o)
{
	struct diag *d = diag_new();
	struct kb *kb = kb_load(o->kb, d);

	if (kb == NULL) {
		diag_print(d, stderr);
		fprintf(stderr, "faqbot: %zu problem%s in %s\n", diag_count(d),
		    diag_count(d) == 1 ? "" : "s", o->kb);
	}
	diag_free(d);
	return kb;
}

/* Print an answer on one line: paragraph breaks become " / ". */
static void
cli_print_oneline(const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\n') {
			fputs(s[1] == '\n' ? " / " : " ", stdout);
			s += s[1] == '\n';
		} else
			putchar(*s);
	}
	putchar('\n');
}

/* Answer one question and print it in the chosen form. */
static int
cli_answer(const struct kb *kb, struct match_ctx *ctx,
    const struct cli_opts *o, const char *q, bool oneline)
{
	struct match_result r;
	struct buf ex;
	cJSON *j;

	buf_init(&ex, 0);
	if (match_ask(kb, ctx, q, strlen(q), &r, o->explain ? &ex : NULL)) {
		if (o->json)
			printf("{\"error\":\"invalid UTF-8 in question\"}\n");
		fprintf(stderr, "faqbot ask: invalid UTF-8 in question\n");
		buf_finish(&ex);
		return 1;
	}
	if (o->json) {
		char *s;

		j = jsonout_result(&r);
		if (o->explain)
			cJSON_AddStringToObject(j, "explain", buf_str(&ex));
		s = jsonout_print(j);
		printf("%s\n", s);
		free(s);
	} else {
		fputs(buf_str(&ex), stdout);
		if (oneline)
			cli_print_oneline(r.answer);
		else
			printf("%s\n", r.answer);
	}
	fflush(stdout);
	match_result_finish(&r);
	buf_finish(&ex);
	return 0;
}

/* faqbot ask [--kb PATH] [--json] [--explain] [--conversation ID] [Q...] */
int
cli_ask(int argc, char **argv)
{
	struct cli_opts o;
	struct match_ctx ctx = { .turns = 0 };
	struct kb *kb;
	int rc, status = 0;

	rc = cli_parse(argc, argv, CLI_KB | CLI_JSON | CLI_EXPLAIN | CLI_CONV,
	    " [QUESTION...]", &o);
	if (rc >= 0)
		return rc;
	kb = cli_load(&o);
	if (kb == NULL)
		return 1;
	if (optind < argc) {
		struct buf q;

		buf_init(&q, 0);
		for (int i = optind; i < argc; i++) {
			if (i > optind)
				buf_putc(&q, ' ');
			buf_puts(&q, argv[i]);
		}
		status = cli_answer(kb, NULL, &o, buf_str(&q), false);
		buf_finish(&q);
	} else {
		char *line = NULL;
		size_t cap = 0;
		ssize_t n;

		while ((n = getline(&line, &cap, stdin)) != -1) {
			line[strcspn(line, "\r\n")] = '\0';
			if (o.conversation == NULL)
				memset(&ctx, 0, sizeof(ctx));
			status |= cli_answer(kb, o.conversation ? &ctx : NULL,
			    &o, line, true);
		}
		free(line);
	}
	kb_unref(kb);
	return status;
}

/* faqbot check [--kb PATH] */
int
cli_check(int argc, char **argv)
{
	struct cli_opts o;
	struct diag *d;
	struct kb *kb;
	size_t bad;
	int rc;

	rc = cli_parse(argc, argv, CLI_KB, "", &o);
	if (rc >= 0)
		return rc;
	if (optind < argc)
		return cli_usage_error(o.cmd, "unexpected argument '%s'",
		    argv[optind]);
	kb = cli_load(&o);
	if (kb == NULL)
		return 1;
	d = diag_new();
	bad = check_examples(kb, d);
	diag_print(d, stdout);
	if (bad == 0)
		printf("%zu entries, %zu examples: all answered by their own "
		    "entry\n", kb_count(kb), kb_example_total(kb));
	else
		printf("%zu entries, %zu examples: %zu not answered by their "
		    "own entry\n", kb_count(kb), kb_example_total(kb), bad);
	diag_free(d);
	kb_unref(kb);
	return bad == 0 ? 0 : 1;
}

/* One entry of `faqbot list --json`. */
static void
cli_list_json(const struct kb_entry *e)
{
	cJSON *o = cJSON_CreateObject();
	char *s;

	cJSON_AddStringToObject(o, "id", kb_entry_id(e));
	cJSON_AddStringToObject(o, "kind", kb_kind_name(kb_entry_kind(e)));
	cJSON_AddStringToObject(o, "title", kb_entry_title(e));
	cJSON_AddStringToObject(o, "answer", kb_entry_answer(e));
	cJSON_AddNumberToObject(o, "examples",
	    (double)kb_entry_example_count(e));
	s = jsonout_print(o);
	printf("%s\n", s);
	free(s);
}

/* faqbot list [--kb PATH] [--json] */
int
cli_list(int argc, char **argv)
{
	struct cli_opts o;
	struct kb *kb;
	int rc;

	rc = cli_parse(argc, argv, CLI_KB | CLI_JSON, "", &o);
	if (rc >= 0)
		return rc;
	if (optind < argc)
		return cli_usage_error(o.cmd, "unexpected argument '%s'",
		    argv[optind]);
	kb = cli_load(&o);
	if (kb == NULL)
		return 1;
	for (size_t i = 0; i < kb_count(kb); i++) {
		const struct kb_entry *e = kb_entry_at(kb, i);

		if (o.json)
			cli_list_json(e);
		else
			printf("%-34s %-9s %s\n", kb_entry_id(e),
			    kb_kind_name(kb_entry_kind(e)), kb_entry_title(e));
	}
	kb_unref(kb);
	return 0;
}

/* Print a reply in the terminal conversation, with numbered choices. */
static void
cli_chat_print(const struct match_result *r)
{
	printf("\nfaqbot: %s\n", r->answer);
	if (r->nsuggest > 0 && !r->unsure) {
		printf("\n  You can also ask:");
		for (size_t i = 0; i < r->nsuggest; i++)
			printf("\n  %zu. %s", i + 1,
			    kb_entry_title(r->suggest[i]));
		printf("\n");
	}
	printf("\n");
	fflush(stdout);
}

/* faqbot chat [--kb PATH]: a conversation in the terminal. */
int
cli_chat(int argc, char **argv)
{
	struct cli_opts o;
	struct match_ctx ctx = { .turns = 0 };
	struct match_result r;
	struct kb *kb;
	char *line = NULL;
	size_t cap = 0;
	bool tty = isatty(STDIN_FILENO);
	int rc;

	rc = cli_parse(argc, argv, CLI_KB, "", &o);
	if (rc >= 0)
		return rc;
	kb = cli_load(&o);
	if (kb == NULL)
		return 1;
	match_greeting(kb, &ctx, &r);
	cli_chat_print(&r);
	match_result_finish(&r);
	for (;;) {
		if (tty)
			fputs("you: ", stdout), fflush(stdout);
		if (getline(&line, &cap, stdin) == -1)
			break;
		line[strcspn(line, "\r\n")] = '\0';
		if (strcmp(line, "quit") == 0 || strcmp(line, "exit") == 0)
			break;
		if (line[0] == '\0')
			continue;
		if (match_ask(kb, &ctx, line, strlen(line), &r, NULL) != 0) {
			printf("\nfaqbot: Sorry, I could not read that "
			    "message (invalid characters).\n\n");
			continue;
		}
		cli_chat_print(&r);
		match_result_finish(&r);
	}
	free(line);
	kb_unref(kb);
	return 0;
}
