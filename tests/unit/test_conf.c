/*
 * Unit tests of conf.c: defaults, a good file, every kind of mistake with
 * its exact file:line, several mistakes in one run, environment overrides,
 * secrets read from files (and never printed), and the example file in
 * etc/ being exactly what conf_write_example prints.
 */
#include <dirent.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "conf.h"
#include "diag.h"
#include "testutil.h"
#include "xmalloc.h"

/* The example file, relative to the repository root. */
#define EXAMPLE	"etc/faqbot.conf.example"

/* How the test was started, to find the repository root from build/asan. */
static const char *test_argv0;

/* A scratch directory per test; removed with everything in it. */
static int
setup(void **state)
{
	return tmpdir_setup(state, "/tmp/test_conf.XXXXXX", NULL);
}

/* Write len bytes to dir/name with the given mode; returns the path. */
static char *
put_n(struct tmpdir *f, const char *name, const char *text, size_t len,
    mode_t mode)
{
	char *path;
	FILE *fp;

	xasprintf(&path, "%s/%s", f->dir, name);
	unlink(path);
	fp = fopen(path, "w");
	assert_non_null(fp);
	assert_int_equal(fwrite(text, 1, len, fp), len);
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(chmod(path, mode), 0);
	return path;
}

/* Write a string to dir/name; returns the path, which the caller frees. */
static char *
put(struct tmpdir *f, const char *name, const char *text, mode_t mode)
{
	return put_n(f, name, text, strlen(text), mode);
}

/* Load text as a config file; returns conf_load's result. */
static int
load(struct tmpdir *f, struct conf *c, const char *text, struct diag *d,
    char **pathp)
{
	char *path = put(f, "faqbot.conf", text, 0600);
	int rc = conf_load(c, path, d);

	if (pathp != NULL)
		*pathp = path;
	else
		free(path);
	return rc;
}

/*
 * Assert that message i of d is "path:line: error: msg", or without the
 * line when it is 0, or just "error: msg" when path is NULL.
 */
static void
expect_diag(const struct diag *d, size_t i, const char *path, int line,
    const char *msg)
{
	char *want;

	if (path == NULL)
		xasprintf(&want, "error: %s", msg);
	else if (line == 0)
		xasprintf(&want, "%s: error: %s", path, msg);
	else
		xasprintf(&want, "%s:%d: error: %s", path, line, msg);
	assert_true(i < diag_count(d));
	assert_string_equal(diag_at(d, i), want);
	free(want);
}

/* Assert that no message of d contains s. */
static void
expect_absent(const struct diag *d, const char *s)
{
	for (size_t i = 0; i < diag_count(d); i++)
		assert_null(strstr(diag_at(d, i), s));
}

/* A fresh conf holds every default, and nothing counts as set. */
static void
test_defaults(void **state)
{
	struct conf *c = conf_new();

	(void)state;
	assert_string_equal(conf_str(c, "server", "listen"),
	    "127.0.0.1:8080");
	assert_int_equal(conf_int(c, "server", "threads"), 4);
	assert_int_equal(conf_int(c, "server", "max_connections"), 256);
	assert_int_equal(conf_int(c, "server", "connection_timeout"), 30);
	assert_int_equal(conf_int(c, "server", "connection_memory"), 32768);
	assert_int_equal(conf_int(c, "server", "body_max"), 65536);
	assert_int_equal(conf_int(c, "server", "text_max"), 4096);
	assert_int_equal(conf_int(c, "server", "rate_per_minute"), 20);
	assert_int_equal(conf_int(c, "server", "conversation_ttl"), 1800);
	assert_int_equal(conf_int(c, "server", "max_conversations"), 10000);
	assert_int_equal(conf_int(c, "server", "per_ip_connections"), 0);
	assert_string_equal(conf_str(c, "server", "public_url"), "");
	assert_string_equal(conf_str(c, "knowledge", "path"), "");
	assert_true(conf_bool(c, "knowledge", "watch"));
	assert_string_equal(conf_str(c, "log", "level"), "info");
	assert_false(conf_bool(c, "log", "log_text"));
	assert_string_equal(conf_str(c, "log", "hash_salt"), "");
	assert_true(conf_bool(c, "gaps", "enabled"));
	assert_string_equal(conf_str(c, "gaps", "path"),
	    "/var/lib/faqbot/gaps.jsonl");
	assert_int_equal(conf_int(c, "gaps", "retention_days"), 30);
	assert_int_equal(conf_int(c, "outbox", "dead_retention_days"), 30);
	assert_false(conf_is_set(c, "server", "listen"));
	assert_false(conf_is_set(c, "log", "hash_salt"));
	conf_free(c);
	conf_free(NULL);
}

/* A file using every feature of the format loads without a word. */
static void
test_good_file(void **state)
{
	struct conf *c = conf_new();
	struct diag *d = diag_new();

	assert_int_equal(load(*state, c,
	    "\xEF\xBB\xBF# a comment\n"
	    "; another comment\n"
	    "\n"
	    "[server]\n"
	    "  listen=0.0.0.0:0  \n"
	    "threads\t=\t8\r\n"
	    "body_max = 64k\n"
	    "connection_memory = 1M\n"
	    "public_url = \"  https://bot.example.org/ # not a comment \"\n"
	    "per_ip_connections = 16\n"
	    "[ knowledge ]\n"
	    "path = /srv/kb\n"
	    "watch = Off\n"
	    "[log]\n"
	    "level = debug\n"
	    "log_text = yes\n"
	    "hash_salt = \"\"\n"
	    "[gaps]\n"
	    "enabled = 0\n"
	    "path = caf\xC3\xA9.jsonl\n"
	    "retention_days = 3650\n"
	    "[outbox]\n"
	    "dead_retention_days = 7", d, NULL), 0);
	assert_int_equal(diag_count(d), 0);
	assert_string_equal(conf_str(c, "server", "listen"), "0.0.0.0:0");
	assert_int_equal(conf_int(c, "server", "threads"), 8);
	assert_int_equal(conf_int(c, "server", "body_max"), 65536);
	assert_int_equal(conf_int(c, "server", "connection_memory"), 1048576);
	assert_string_equal(conf_str(c, "server", "public_url"),
	    "  https://bot.example.org/ # not a comment ");
	assert_string_equal(conf_str(c, "knowledge", "path"), "/srv/kb");
	assert_false(conf_bool(c, "knowledge", "watch"));
	assert_string_equal(conf_str(c, "log", "level"), "debug");
	assert_true(conf_bool(c, "log", "log_text"));
	assert_string_equal(conf_str(c, "log", "hash_salt"), "");
	assert_true(conf_is_set(c, "log", "hash_salt"));
	assert_false(conf_bool(c, "gaps", "enabled"));
	assert_string_equal(conf_str(c, "gaps", "path"), "caf\xC3\xA9.jsonl");
	assert_int_equal(conf_int(c, "gaps", "retention_days"), 3650);
	assert_int_equal(conf_int(c, "server", "per_ip_connections"), 16);
	assert_int_equal(conf_int(c, "outbox", "dead_retention_days"), 7);
	assert_true(conf_is_set(c, "server", "threads"));
	assert_false(conf_is_set(c, "server", "text_max"));
	assert_int_equal(conf_int(c, "server", "text_max"), 4096);
	diag_free(d);
	conf_free(c);
}

/* One bad file and the single message it must produce. */
struct bad_case {
	const char	*text;
	size_t		 len;		/* the text may hold a NUL byte */
	int		 line;
	const char	*msg;
};

#define BAD(text, line, msg)	{ text, sizeof(text) - 1, line, msg }

static const struct bad_case bad_cases[] = {
	BAD("[server]\nthreads = 4\n[nope]\nx = 1\n", 3,
	    "unknown section [nope] (expected [server], [knowledge], [log], "
	    "[gaps], [outbox], [dedup], [alerts], [twilio], [whatsapp], "
	    "[telegram], [slack], [mattermost], [teams], [discord], "
	    "[webhook], [irc] or [xmpp])"),
	BAD("[server]\nthread = 4\n", 2,
	    "unknown key 'thread' in [server]; did you mean 'threads'?"),
	BAD("[server]\ntimeout = 4\n", 2, "unknown key 'timeout' in [server]"),
	BAD("\n\nthreads = 4\n", 3, "key 'threads' outside any section: put it "
	    "under [server], [knowledge], [log], [gaps], [outbox], [dedup], [alerts], [twilio], [whatsapp], [telegram], [slack], [mattermost], [teams], [discord], [webhook], [irc] or [xmpp]"),
	BAD("[server]\nthreads 4\n", 2,
	    "expected 'key = value', '[section]' or a comment"),
	BAD("[server]\n = 4\n", 2, "missing key before '='"),
	BAD("[server\nthreads = 4\n", 1, "section header must end with ']'"),
	BAD("[server]\nthreads = four\n", 2,
	    "bad number 'four' for threads (expected 1..64)"),
	BAD("[server]\nthreads =\n", 2,
	    "bad number '' for threads (expected 1..64)"),
	BAD("[server]\nthreads = 4k\n", 2,
	    "bad number '4k' for threads (expected 1..64)"),
	BAD("[server]\nthreads = 65\n", 2,
	    "threads = 65 is out of range (expected 1..64)"),
	BAD("[server]\nthreads = 0\n", 2,
	    "threads = 0 is out of range (expected 1..64)"),
	BAD("[server]\nthreads = 99999999999999999999999\n", 2,
	    "threads = 99999999999999999999999 is out of range (expected "
	    "1..64)"),
	BAD("[outbox]\ndead_retention_days = 0\n", 2,
	    "dead_retention_days = 0 is out of range (expected 1..3650)"),
	BAD("[server]\nper_ip_connections = -1\n", 2,
	    "per_ip_connections = -1 is out of range (expected 0..10000)"),
	BAD("[server]\nbody_max = 2m\n", 2,
	    "body_max = 2m is out of range (expected 1024..1048576)"),
	BAD("[server]\nbody_max = 2g\n", 2, "bad number '2g' for body_max "
	    "(expected bytes 1024..1048576, k and M suffixes allowed)"),
	BAD("[knowledge]\nwatch = maybe\n", 2, "bad boolean 'maybe' for watch "
	    "(expected true, false, yes, no, on, off, 1 or 0)"),
	BAD("[log]\nlevel = verbose\n", 2,
	    "bad value 'verbose' for level (expected debug, info or warn)"),
	BAD("[server]\nthreads = 4\n\n[server]\nthreads = 5\n", 5,
	    "key 'threads' given twice in [server] (first at line 2)"),
	BAD("[gaps]\npath = caf\xC3\n", 2,
	    "invalid UTF-8 at column 11: save the file as UTF-8"),
	BAD("[gaps]\npath = a\0b\n", 2,
	    "invalid UTF-8 at column 9: save the file as UTF-8"),
	BAD("[server]\nlisten = \"127.0.0.1:80\n", 2,
	    "a value that starts with '\"' must end with '\"'"),
	BAD("[log]\nhash_salt = a\nhash_salt_file = /nonexistent\n", 3,
	    "key 'hash_salt' given twice in [log] (first at line 2); give "
	    "either the value or a _file, not both"),
	BAD("[server]\nlisten_file = /etc/passwd\n", 2,
	    "unknown key 'listen_file' in [server]"),
	BAD("[log]\nhash_salt_file = /nonexistent/salt\n", 2,
	    "cannot open secret file /nonexistent/salt: No such file or "
	    "directory"),
};

/* Every mistake alone: exactly one message, with its file:line. */
static void
test_each_error(void **state)
{
	for (size_t i = 0; i < sizeof(bad_cases) / sizeof(bad_cases[0]);
	    i++) {
		const struct bad_case *bc = &bad_cases[i];
		struct conf *c = conf_new();
		struct diag *d = diag_new();
		char *path = put_n(*state, "faqbot.conf", bc->text, bc->len,
		    0600);

		print_message("case %zu: %s\n", i, bc->msg);
		assert_int_equal(conf_load(c, path, d), -1);
		assert_int_equal(diag_count(d), 1);
		expect_diag(d, 0, path, bc->line, bc->msg);
		free(path);
		diag_free(d);
		conf_free(c);
	}
}

/* Many mistakes in one file are all reported, in order, in one run. */
static void
test_many_errors(void **state)
{
	struct conf *c = conf_new();
	struct diag *d = diag_new();
	char *path;

	assert_int_equal(load(*state, c,
	    "loose = 1\n"
	    "[server]\n"
	    "threads = 100\n"
	    "threads = 2\n"
	    "listen = 0.0.0.0:9000\n"
	    "no equals sign\n"
	    "[bogus]\n"
	    "ignored = yes\n"
	    "[log]\n"
	    "level = loud\n", d, &path), -1);
	assert_int_equal(diag_count(d), 6);
	expect_diag(d, 0, path, 1, "key 'loose' outside any section: put it "
	    "under [server], [knowledge], [log], [gaps], [outbox], [dedup], [alerts], [twilio], [whatsapp], [telegram], [slack], [mattermost], [teams], [discord], [webhook], [irc] or [xmpp]");
	expect_diag(d, 1, path, 3, "threads = 100 is out of range (expected "
	    "1..64)");
	expect_diag(d, 2, path, 4, "key 'threads' given twice in [server] "
	    "(first at line 3)");
	expect_diag(d, 3, path, 6, "expected 'key = value', '[section]' or a "
	    "comment");
	expect_diag(d, 4, path, 7, "unknown section [bogus] (expected "
	    "[server], [knowledge], [log], [gaps], [outbox], [dedup], [alerts], [twilio], [whatsapp], [telegram], [slack], [mattermost], [teams], [discord], [webhook], [irc] or [xmpp])");
	expect_diag(d, 5, path, 10, "bad value 'loud' for level (expected "
	    "debug, info or warn)");
	/* The good line among the bad still counts. */
	assert_string_equal(conf_str(c, "server", "listen"), "0.0.0.0:9000");
	free(path);
	diag_free(d);
	conf_free(c);
}

/* A file that cannot be read says so, naming it. */
static void
test_missing_file(void **state)
{
	struct tmpdir *f = *state;
	struct conf *c = conf_new();
	struct diag *d = diag_new();
	char *path;

	xasprintf(&path, "%s/absent.conf", f->dir);
	assert_int_equal(conf_load(c, path, d), -1);
	assert_int_equal(diag_count(d), 1);
	expect_diag(d, 0, path, 0, "cannot open: No such file or directory");
	free(path);
	diag_free(d);
	conf_free(c);
}

/* The environment wins over the file, whichever is applied first. */
static void
test_env_override(void **state)
{
	char threads[] = "FAQBOT_SERVER_THREADS=16";
	char level[] = "FAQBOT_LOG_LEVEL=warn";
	char path[] = "FAQBOT_KNOWLEDGE_PATH=";
	char home[] = "HOME=/root";
	char *env[] = { home, threads, level, path, NULL };
	const char *text = "[server]\nthreads = 8\nlisten = :1\n"
	    "[log]\nlevel = debug\n";

	for (int order = 0; order < 2; order++) {
		struct conf *c = conf_new();
		struct diag *d = diag_new();

		if (order == 1)
			assert_int_equal(conf_apply_env(c, env, d), 0);
		assert_int_equal(load(*state, c, text, d, NULL), 0);
		if (order == 0)
			assert_int_equal(conf_apply_env(c, env, d), 0);
		assert_int_equal(diag_count(d), 0);
		assert_int_equal(conf_int(c, "server", "threads"), 16);
		assert_string_equal(conf_str(c, "server", "listen"), ":1");
		assert_string_equal(conf_str(c, "log", "level"), "warn");
		assert_string_equal(conf_str(c, "knowledge", "path"), "");
		assert_true(conf_is_set(c, "knowledge", "path"));
		diag_free(d);
		conf_free(c);
	}
	assert_int_equal(conf_apply_env(NULL, NULL, NULL), 0);
}

/* Option-like FAQBOT_ variables that name nothing are errors. */
static void
test_env_errors(void **state)
{
	char x[] = "FAQBOT_SERVER_X=1";
	char typo[] = "FAQBOT_SERVER_THREAD=2";
	char bad[] = "FAQBOT_SERVER_BODY_MAX=lots";
	char kb[] = "FAQBOT_KB=/usr/local/share/faqbot/knowledge";
	char other[] = "FAQBOT_SOMETHING_ELSE=1";
	char plain[] = "PATH=/usr/bin";
	char noeq[] = "FAQBOT_SERVER_THREADS";
	char *env[] = { x, kb, typo, other, plain, bad, noeq, NULL };
	struct conf *c = conf_new();
	struct diag *d = diag_new();

	(void)state;
	assert_int_equal(conf_apply_env(c, env, d), -1);
	assert_int_equal(diag_count(d), 3);
	expect_diag(d, 0, NULL, 0, "unknown environment variable "
	    "FAQBOT_SERVER_X: [server] has no key 'x'");
	expect_diag(d, 1, NULL, 0, "unknown environment variable "
	    "FAQBOT_SERVER_THREAD: [server] has no key 'thread'; did you mean "
	    "'FAQBOT_SERVER_THREADS'?");
	expect_diag(d, 2, NULL, 0, "bad number 'lots' for "
	    "FAQBOT_SERVER_BODY_MAX (expected bytes 1024..1048576, k and M "
	    "suffixes allowed)");
	assert_int_equal(conf_int(c, "server", "threads"), 4);
	diag_free(d);
	conf_free(c);
}

/* A secret read from a file, by the file and by the environment. */
static void
test_secret_file(void **state)
{
	struct tmpdir *f = *state;
	struct conf *c = conf_new();
	struct diag *d = diag_new();
	char *salt = put(f, "salt", "pepper-from-file\n", 0600);
	char *salt2 = put(f, "salt2", "crlf-salt\r\n", 0400);
	char *text, *envvar;
	char *env[2];

	xasprintf(&text, "[log]\nhash_salt_file = %s\n", salt);
	assert_int_equal(load(f, c, text, d, NULL), 0);
	assert_string_equal(conf_str(c, "log", "hash_salt"),
	    "pepper-from-file");
	assert_true(conf_is_set(c, "log", "hash_salt"));
	xasprintf(&envvar, "FAQBOT_LOG_HASH_SALT_FILE=%s", salt2);
	env[0] = envvar;
	env[1] = NULL;
	assert_int_equal(conf_apply_env(c, env, d), 0);
	assert_string_equal(conf_str(c, "log", "hash_salt"), "crlf-salt");
	assert_int_equal(diag_count(d), 0);
	free(envvar);
	free(text);
	free(salt);
	free(salt2);
	diag_free(d);
	conf_free(c);
}

/* A secret file others may read is refused, and no secret is printed. */
static void
test_secret_mode(void **state)
{
	struct tmpdir *f = *state;
	struct conf *c = conf_new();
	struct diag *d = diag_new();
	char *salt = put(f, "salt", "hunter2-open\n", 0644);
	char *empty = put(f, "empty", "\n", 0600);
	char *text, *path, *want;

	xasprintf(&text, "[log]\nhash_salt_file = %s\n[gaps]\n"
	    "hash_salt = hunter2-inline\n"
	    "hunter2-wrapped\n"
	    "[log]\nhash_salt_file = %s\n", salt, empty);
	assert_int_equal(load(f, c, text, d, &path), -1);
	assert_int_equal(diag_count(d), 4);
	xasprintf(&want, "refusing secret file %s: mode 0644 lets other "
	    "users read it; chmod 600 it", salt);
	expect_diag(d, 0, path, 2, want);
	expect_diag(d, 1, path, 4, "unknown key 'hash_salt' in [gaps]");
	expect_diag(d, 2, path, 5,
	    "expected 'key = value', '[section]' or a comment");
	free(want);
	xasprintf(&want, "key 'hash_salt' given twice in [log] (first at "
	    "line 2); give either the value or a _file, not both");
	expect_diag(d, 3, path, 7, want);
	expect_absent(d, "hunter2");
	assert_string_equal(conf_str(c, "log", "hash_salt"), "");
	free(want);
	free(text);
	free(path);
	diag_free(d);
	conf_free(c);

	/* An empty secret file is refused too. */
	c = conf_new();
	d = diag_new();
	xasprintf(&text, "[log]\nhash_salt_file = %s\n", empty);
	assert_int_equal(load(f, c, text, d, &path), -1);
	xasprintf(&want, "secret file %s is empty", empty);
	expect_diag(d, 0, path, 2, want);
	free(want);
	free(text);
	free(path);
	free(salt);
	free(empty);
	diag_free(d);
	conf_free(c);
}

/* The example in etc/ from the working directory or from build/asan/. */
static char *
read_example(void)
{
	char *s = file_read(EXAMPLE), *path;
	const char *slash;

	if (s != NULL || test_argv0 == NULL)
		return s;
	slash = strrchr(test_argv0, '/');
	if (slash == NULL)
		return NULL;
	xasprintf(&path, "%.*s/../../%s", (int)(slash - test_argv0),
	    test_argv0, EXAMPLE);
	s = file_read(path);
	free(path);
	return s;
}

/* etc/faqbot.conf.example is exactly what conf_write_example prints. */
static void
test_example_matches(void **state)
{
	char *got = NULL, *want = read_example();
	size_t len = 0;
	FILE *fp = open_memstream(&got, &len);

	(void)state;
	assert_non_null(fp);
	conf_write_example(fp);
	assert_int_equal(fclose(fp), 0);
	if (want == NULL)
		fail_msg("cannot read %s: run from the repository root",
		    EXAMPLE);
	assert_string_equal(got, want);
	/* Every line fits in 80 columns and ends with a newline. */
	for (char *l = got; *l != '\0'; l = strchr(l, '\n') + 1) {
		assert_non_null(strchr(l, '\n'));
		assert_true(strchr(l, '\n') - l <= 80);
	}
	free(got);
	free(want);
}

/* Loading the example as it is gives the defaults and no error. */
static void
test_example_loads(void **state)
{
	struct conf *c = conf_new();
	struct diag *d = diag_new();
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	conf_write_example(fp);
	fclose(fp);
	assert_int_equal(load(*state, c, text, d, NULL), 0);
	assert_false(conf_is_set(c, "server", "threads"));
	free(text);
	diag_free(d);
	conf_free(c);
}

/* Run fn in a child; assert it aborts with msg on stderr. */
static void
expect_abort(void (*fn)(void), const char *msg)
{
	char out[512] = "";
	int fds[2], status;
	ssize_t n;
	pid_t pid;

	assert_int_equal(pipe(fds), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		signal(SIGABRT, SIG_DFL);
		dup2(fds[1], 2);
		fn();
		_exit(0);
	}
	close(fds[1]);
	for (size_t got = 0; got < sizeof(out) - 1; got += (size_t)n) {
		n = read(fds[0], out + got, sizeof(out) - 1 - got);
		if (n <= 0)
			break;
	}
	close(fds[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGABRT);
	assert_non_null(strstr(out, msg));
}

/* Ask for an option the table lacks. */
static void
ask_unknown(void)
{
	struct conf *c = conf_new();

	conf_int(c, "server", "nope");
}

/* Ask for a string option as an integer. */
static void
ask_wrong_type(void)
{
	struct conf *c = conf_new();

	conf_int(c, "server", "listen");
}

/* Asking for what is not in the table is a programming error. */
static void
test_unknown_option_aborts(void **state)
{
	(void)state;
	expect_abort(ask_unknown, "conf_int: no config option [server] nope");
	expect_abort(ask_wrong_type,
	    "conf_int: config option [server] listen has another type");
}

/* argv[0] locates the repository root when run from elsewhere. */
int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test_setup_teardown(test_good_file, setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_each_error, setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_many_errors, setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_missing_file, setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_env_override, setup,
		    tmpdir_teardown),
		cmocka_unit_test(test_env_errors),
		cmocka_unit_test_setup_teardown(test_secret_file, setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_secret_mode, setup,
		    tmpdir_teardown),
		cmocka_unit_test(test_example_matches),
		cmocka_unit_test_setup_teardown(test_example_loads, setup,
		    tmpdir_teardown),
		cmocka_unit_test(test_unknown_option_aborts),
	};

	(void)argc;
	test_argv0 = argv[0];
	return cmocka_run_group_tests_name("conf", tests, NULL, NULL);
}
