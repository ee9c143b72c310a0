/*
 * Unit tests of gaps.c: redaction of phone numbers, addresses, URLs and
 * long digit runs; recording and reading back; the 0600 file mode;
 * retention pruning on open and while running; and `faqbot gaps`, which
 * groups similar questions.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>
#include <cjson/cJSON.h>

#include "buf.h"
#include "gaps.h"
#include "testutil.h"

#define DAY	86400

/* A fresh temporary directory; the gaps file inside is not created yet. */
static int
setup(void **state)
{
	return tmpdir_setup(state, "/tmp/faqbot-gaps-XXXXXX", "gaps.jsonl");
}

/* Redact s and compare with want. */
static void
redacts_to(const char *s, const char *want)
{
	struct buf b;

	buf_init(&b, 0);
	gaps_redact(s, &b);
	if (strcmp(buf_str(&b), want) != 0)
		fail_msg("redact '%s': got '%s', want '%s'", s, buf_str(&b),
		    want);
	buf_finish(&b);
}

/* US phone numbers in every usual form, and international ones. */
static void
test_redact_phone(void **state)
{
	(void)state;
	redacts_to("call me at (555) 010-0142 please",
	    "call me at [phone] please");
	redacts_to("555-010-0142", "[phone]");
	redacts_to("+1 555 010 0142", "[phone]");
	redacts_to("5550100142", "[phone]");
	redacts_to("15550100142", "[phone]");
	redacts_to("+15550100142", "[phone]");
	redacts_to("my cell is 555.010.0142.", "my cell is [phone].");
	redacts_to("1-555-010-0142", "[phone]");
	redacts_to("+1 (555) 010-0142", "[phone]");
	redacts_to("(555)010-0142 or (555) 0100142", "[phone] or [phone]");
	redacts_to("tel:+1-555-010-0142", "tel:[phone]");
	redacts_to("call 010-0142 tonight", "call [phone] tonight");
	redacts_to("+44 20 7946 0958", "[phone]");
	redacts_to("text me at 555 010 0142!", "text me at [phone]!");
}

/* E-mail addresses. */
static void
test_redact_email(void **state)
{
	(void)state;
	redacts_to("email jane.doe+clinic@example.com today",
	    "email [email] today");
	redacts_to("JANE_DOE@Mail.Example.org.", "[email].");
	redacts_to("<bob@x.io>", "<[email]>");
	redacts_to("john12345@example.com", "[email]");
	/* Not addresses: no domain with a dot. */
	redacts_to("meet @ 5pm", "meet @ 5pm");
	redacts_to("me@home", "me@home");
}

/* http, https and www URLs; closing punctuation stays outside. */
static void
test_redact_url(void **state)
{
	(void)state;
	redacts_to("see https://example.com/path?q=1.", "see [url].");
	redacts_to("http://x.org", "[url]");
	redacts_to("(www.clinic-example.com)", "([url])");
	redacts_to("WWW.Example.com/a, thanks", "[url], thanks");
	redacts_to("HTTPS://user@example.com/x?phone=5550100142", "[url]");
	redacts_to("a \"http://a.b/c\" b", "a \"[url]\" b");
}

/* Runs of five or more digits, also split by separators; short ones stay. */
static void
test_redact_number(void **state)
{
	(void)state;
	redacts_to("zip 12345", "zip [number]");
	redacts_to("member id 123456789012345", "member id [number]");
	redacts_to("55501001423", "[number]");
	redacts_to("abc12345def", "abc[number]def");
	redacts_to("ssn 123-45-6789", "ssn [number]");
	redacts_to("card 4111 1111 1111 1111", "card [number]");
	redacts_to("born 01/15/1985", "born [number]");
	redacts_to("take 1.5 mg twice, 24 48 hours", "take 1.5 mg twice, "
	    "24 48 hours");
	redacts_to("since 2024, 1234 times, 5 days", "since 2024, 1234 times, "
	    "5 days");
}

/* Mixed text, non-ASCII text, invalid UTF-8 and the empty string. */
static void
test_redact_mixed(void **state)
{
	(void)state;
	redacts_to("text 555-010-0142 or bob@x.io, see www.x.io",
	    "text [phone] or [email], see [url]");
	redacts_to("\xc2\xbfpuedo llamar al 555-010-0142? \xe2\x80\x93 gracias",
	    "\xc2\xbfpuedo llamar al [phone]? \xe2\x80\x93 gracias");
	redacts_to("\xff 5550100142 \xc3", "\xff [phone] \xc3");
	redacts_to("", "");
	redacts_to("how much is a session", "how much is a session");
}

/* Whatever the input, no five digits in a row and no address survive. */
static void
test_redact_never_leaks(void **state)
{
	static const char *inputs[] = {
		"1234567890123456789012345678901234567890",
		"12-34-56-78-90 12.34.56.78.90",
		"a@b.cc a@b.cc@d.ee x@y.zz.", "1 2 3 4 5 6 7 8 9 0",
		"+1+1+1+15550100142", "((555))) 010--0142 555..010..0142",
		"www.a.b/5550100142 http://c.d/12345", "0000000000000",
	};
	struct buf b;

	(void)state;
	buf_init(&b, 0);
	for (size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
		size_t run = 0;

		gaps_redact(inputs[i], &b);
		for (const char *p = buf_str(&b); *p != '\0'; p++) {
			run = isdigit((unsigned char)*p) ? run + 1 : 0;
			if (run >= 5)
				fail_msg("'%s' left '%s'", inputs[i],
				    buf_str(&b));
		}
		assert_null(strstr(buf_str(&b), "a@b"));
		assert_null(strstr(buf_str(&b), "x@y"));
	}
	buf_finish(&b);
}

/* The permission bits of a file. */
static mode_t
mode_of(const char *path)
{
	struct stat st;

	assert_int_equal(stat(path, &st), 0);
	return st.st_mode & 07777;
}

/* How many entries the directory holds (no temporary files left over). */
static int
entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	while ((e = readdir(d)) != NULL)
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

/* A recorded question reads back redacted, in a file of mode 0600. */
static void
test_record(void **state)
{
	struct tmpdir *f = *state;
	char err[BOT_ERR_LEN] = "", *s, *nl;
	time_t now = time(NULL);
	struct gaps *g;
	mode_t old = umask(0);
	cJSON *o;

	g = gaps_open(f->path, 30, err);
	umask(old);
	assert_non_null(g);
	assert_int_equal(mode_of(f->path), 0600);
	assert_int_equal(gaps_record(g, "Can I call 555-010-0142 or email "
	    "pat@example.com about \"dosing\"?", now), 0);
	assert_int_equal(gaps_record(g, "second\nline", now + 1), 0);
	gaps_close(g);
	s = file_read(f->path);
	assert_null(strstr(s, "0142"));
	assert_null(strstr(s, "pat@"));
	nl = strchr(s, '\n');
	assert_non_null(nl);
	o = cJSON_ParseWithLength(s, (size_t)(nl - s));
	assert_non_null(o);
	assert_int_equal((time_t)cJSON_GetObjectItem(o, "t")->valuedouble, now);
	assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItem(o, "q")),
	    "Can I call [phone] or email [email] about \"dosing\"?");
	cJSON_Delete(o);
	o = cJSON_Parse(nl + 1);
	assert_non_null(o);
	assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItem(o, "q")),
	    "second\nline");
	cJSON_Delete(o);
	assert_ptr_equal(strchr(nl + 1, '\n'), strrchr(s, '\n'));
	free(s);
	assert_int_equal(mode_of(f->path), 0600);
}

/* Bad input and a NULL file are handled without writing anything. */
static void
test_record_edges(void **state)
{
	struct tmpdir *f = *state;
	char err[BOT_ERR_LEN], big[5000], *s;
	struct gaps *g;

	assert_int_equal(gaps_record(NULL, "anything", 1), 0);
	g = gaps_open(f->path, 30, err);
	assert_non_null(g);
	errno = 0;
	assert_int_equal(gaps_record(g, "bad \xff utf-8", 1), -1);
	assert_int_equal(errno, EINVAL);
	assert_int_equal(gaps_record(g, NULL, 1), -1);
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	assert_int_equal(gaps_record(g, big, time(NULL)), 0);
	gaps_close(g);
	gaps_close(NULL);
	s = file_read(f->path);
	assert_true(strlen(s) < GAPS_QUESTION_MAX + 40);
	assert_non_null(strstr(s, "aaaa"));
	free(s);
}

/* Opening fails cleanly, with the reason, when the file cannot be made. */
static void
test_open_errors(void **state)
{
	struct tmpdir *f = *state;
	char err[BOT_ERR_LEN] = "", path[256];

	snprintf(path, sizeof(path), "%s/missing/gaps.jsonl", f->dir);
	assert_null(gaps_open(path, 30, err));
	assert_non_null(strstr(err, path));
	assert_non_null(strstr(err, "No such file or directory"));
	assert_null(gaps_open(f->path, 0, err));
	assert_non_null(strstr(err, "retention"));
	assert_int_equal(entries(f->dir), 0);
}

/* Opening drops old and malformed lines and keeps mode 0600. */
static void
test_retention_on_open(void **state)
{
	struct tmpdir *f = *state;
	char err[BOT_ERR_LEN], buf[512], *s;
	time_t now = time(NULL);
	struct gaps *g;

	snprintf(buf, sizeof(buf),
	    "{\"t\":%lld,\"q\":\"old question\"}\n"
	    "{\"t\":%lld,\"q\":\"recent question\"}\n"
	    "not json at all\n"
	    "{\"t\":%lld,\"q\":\"just inside\"}\n",
	    (long long)(now - 40 * DAY), (long long)(now - 10 * DAY),
	    (long long)(now - 30 * DAY + 60));
	file_write(f->path, buf, 0644);
	g = gaps_open(f->path, 30, err);
	assert_non_null(g);
	s = file_read(f->path);
	assert_null(strstr(s, "old question"));
	assert_null(strstr(s, "not json"));
	assert_non_null(strstr(s, "recent question"));
	assert_non_null(strstr(s, "just inside"));
	free(s);
	assert_int_equal(mode_of(f->path), 0600);
	assert_int_equal(entries(f->dir), 1);
	/* Appends go to the new file, not the replaced one. */
	assert_int_equal(gaps_record(g, "after prune", now), 0);
	gaps_close(g);
	s = file_read(f->path);
	assert_non_null(strstr(s, "recent question"));
	assert_non_null(strstr(s, "after prune"));
	free(s);
}

/* A file with nothing old is left alone but still made 0600. */
static void
test_retention_nothing_old(void **state)
{
	struct tmpdir *f = *state;
	char err[BOT_ERR_LEN], buf[256], *s;
	struct stat before, after;
	struct gaps *g;

	snprintf(buf, sizeof(buf), "{\"t\":%lld,\"q\":\"fresh\"}\n",
	    (long long)time(NULL));
	file_write(f->path, buf, 0640);
	stat(f->path, &before);
	g = gaps_open(f->path, 7, err);
	assert_non_null(g);
	stat(f->path, &after);
	assert_int_equal(before.st_ino, after.st_ino);
	assert_int_equal(mode_of(f->path), 0600);
	gaps_close(g);
	s = file_read(f->path);
	assert_string_equal(s, buf);
	free(s);
}

/* A server that runs for weeks prunes once a day, without a restart. */
static void
test_retention_while_running(void **state)
{
	struct tmpdir *f = *state;
	char err[BOT_ERR_LEN], *s;
	time_t now = time(NULL);
	struct gaps *g;

	g = gaps_open(f->path, 30, err);
	assert_non_null(g);
	assert_int_equal(gaps_record(g, "first week", now), 0);
	assert_int_equal(gaps_record(g, "fifth week", now + 35 * DAY), 0);
	assert_int_equal(gaps_record(g, "later that day", now + 35 * DAY + 60),
	    0);
	gaps_close(g);
	s = file_read(f->path);
	assert_null(strstr(s, "first week"));
	assert_non_null(strstr(s, "fifth week"));
	assert_non_null(strstr(s, "later that day"));
	free(s);
	assert_int_equal(mode_of(f->path), 0600);
	assert_int_equal(entries(f->dir), 1);
}

#define THREADS	4
#define RECORDS	100

/* Record questions as fast as possible. */
static void *
record_thread(void *arg)
{
	struct gaps *g = arg;

	for (int i = 0; i < RECORDS; i++)
		if (gaps_record(g, "is it safe with my 555-010-0142 meds",
		    time(NULL)) != 0)
			return g;	/* any non-NULL value means failure */
	return NULL;
}

/* Lines recorded from many threads are whole. */
static void
test_record_threads(void **state)
{
	struct tmpdir *f = *state;
	char err[BOT_ERR_LEN], *s, *line, *save = NULL;
	pthread_t t[THREADS];
	struct gaps *g;
	void *rv;
	int n = 0;

	g = gaps_open(f->path, 30, err);
	assert_non_null(g);
	for (int i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, record_thread, g);
	for (int i = 0; i < THREADS; i++) {
		pthread_join(t[i], &rv);
		assert_null(rv);
	}
	gaps_close(g);
	s = file_read(f->path);
	for (line = strtok_r(s, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		cJSON *o = cJSON_Parse(line);

		assert_non_null(o);
		assert_string_equal(cJSON_GetStringValue(
		    cJSON_GetObjectItem(o, "q")),
		    "is it safe with my [phone] meds");
		cJSON_Delete(o);
		n++;
	}
	free(s);
	assert_int_equal(n, THREADS * RECORDS);
}

/* The captured output of one gaps_main run. */
struct run {
	int	 rc;
	char	*out;
	char	*err;
};

/* Read a temporary file from the start; caller frees. */
static char *
read_back(FILE *fp)
{
	long n;
	char *s;

	fflush(fp);
	n = ftell(fp);
	rewind(fp);
	s = calloc(1, (size_t)n + 1);
	assert_int_equal(fread(s, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	return s;
}

/* Run `faqbot gaps ARGS...` (NULL-terminated) capturing stdout and stderr. */
static struct run
run_gaps(const char *arg, ...)
{
	char *argv[16];
	int argc = 0, saved_out, saved_err;
	FILE *out = tmpfile(), *err = tmpfile();
	struct run r;
	va_list ap;

	argv[argc++] = strdup("gaps");
	va_start(ap, arg);
	for (; arg != NULL && argc < 15; arg = va_arg(ap, const char *))
		argv[argc++] = strdup(arg);
	va_end(ap);
	argv[argc] = NULL;
	fflush(stdout);
	fflush(stderr);
	saved_out = dup(1);
	saved_err = dup(2);
	dup2(fileno(out), 1);
	dup2(fileno(err), 2);
	r.rc = gaps_main(argc, argv);
	fflush(stdout);
	fflush(stderr);
	dup2(saved_out, 1);
	dup2(saved_err, 2);
	close(saved_out);
	close(saved_err);
	fseek(out, 0, SEEK_END);
	fseek(err, 0, SEEK_END);
	r.out = read_back(out);
	r.err = read_back(err);
	for (int i = 0; i < argc; i++)
		free(argv[i]);
	return r;
}

/* Free what a run captured. */
static void
run_free(struct run *r)
{
	free(r->out);
	free(r->err);
}

/* Write the grouping fixture: four groups, one old, one bad line. */
static void
write_questions(const char *path)
{
	long long now = (long long)time(NULL);
	char buf[2048];

	snprintf(buf, sizeof(buf),
	    "{\"t\":%lld,\"q\":\"How much does it cost?\"}\n"
	    "{\"t\":%lld,\"q\":\"cost, how much\"}\n"
	    "{\"t\":%lld,\"q\":\"How much does it COST\"}\n"
	    "{\"t\":%lld,\"q\":\"can i drive after my treatment\"}\n"
	    "{\"t\":%lld,\"q\":\"Can I drive after treatment?\"}\n"
	    "{\"t\":%lld,\"q\":\"is parking free\"}\n"
	    "{\"t\":%lld,\"q\":\"do you take insurance\"}\n"
	    "not json\n",
	    now - 100, now - 50, now - 10, now - 200, now - 20, now - 30,
	    now - 10 * DAY);
	file_write(path, buf, 0600);
}

/* Similar questions group together, most frequent first. */
static void
test_main_groups(void **state)
{
	struct tmpdir *f = *state;
	struct run r;

	write_questions(f->path);
	r = run_gaps("--file", f->path, NULL);
	assert_int_equal(r.rc, 0);
	assert_string_equal(r.out,
	    "3  How much does it COST\n"
	    "2  Can I drive after treatment?\n"
	    "1  is parking free\n"
	    "1  do you take insurance\n");
	assert_non_null(strstr(r.err, "1 malformed line"));
	run_free(&r);

	r = run_gaps("--since", "7", "--file", f->path, NULL);
	assert_int_equal(r.rc, 0);
	assert_string_equal(r.out,
	    "3  How much does it COST\n"
	    "2  Can I drive after treatment?\n"
	    "1  is parking free\n");
	run_free(&r);
}

/*
 * Questions with no words at all ("!!!") group together. The grouping key
 * of such a question is empty, and an empty buffer once handed a NULL key
 * to the map: undefined behaviour, and under UBSan an abort.
 */
static void
test_main_groups_wordless(void **state)
{
	struct tmpdir *f = *state;
	long long now = (long long)time(NULL);
	char buf[256];
	struct run r;

	snprintf(buf, sizeof(buf), "{\"t\":%lld,\"q\":\"!!!\"}\n"
	    "{\"t\":%lld,\"q\":\"???\"}\n", now - 10, now - 5);
	file_write(f->path, buf, 0600);
	r = run_gaps("--file", f->path, NULL);
	assert_int_equal(r.rc, 0);
	assert_string_equal(r.out, "2  ???\n");
	run_free(&r);
}

/* --json prints one object per group with count, example and last seen. */
static void
test_main_json(void **state)
{
	struct tmpdir *f = *state;
	char *line, *save = NULL;
	struct run r;
	int n = 0;

	write_questions(f->path);
	r = run_gaps("--json", "--file", f->path, NULL);
	assert_int_equal(r.rc, 0);
	for (line = strtok_r(r.out, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		cJSON *o = cJSON_Parse(line);

		assert_non_null(o);
		if (n == 0) {
			assert_int_equal(cJSON_GetObjectItem(o, "count")->
			    valueint, 3);
			assert_string_equal(cJSON_GetStringValue(
			    cJSON_GetObjectItem(o, "example")),
			    "How much does it COST");
			assert_true(cJSON_GetObjectItem(o, "last_seen")->
			    valuedouble > (double)time(NULL) - 60);
		}
		cJSON_Delete(o);
		n++;
	}
	assert_int_equal(n, 4);
	run_free(&r);
}

/* Control characters a patient typed never reach the staff terminal. */
static void
test_main_control_chars(void **state)
{
	struct tmpdir *f = *state;
	struct run r;

	file_write(f->path, "{\"t\":1,\"q\":\"help\\u001b[2J me\\u0007\"}\n", 0600);
	r = run_gaps("--file", f->path, NULL);
	assert_int_equal(r.rc, 0);
	assert_string_equal(r.out, "1  help [2J me \n");
	run_free(&r);
}

/* No file yet is not an error; an unreadable one is. */
static void
test_main_missing(void **state)
{
	struct tmpdir *f = *state;
	struct run r;

	r = run_gaps("--file", f->path, NULL);
	assert_int_equal(r.rc, 0);
	assert_string_equal(r.out, "no unanswered questions recorded\n");
	run_free(&r);
	file_write(f->path, "{\"t\":1000,\"q\":\"ancient\"}\n", 0600);
	r = run_gaps("--file", f->path, "--since", "1", NULL);
	assert_int_equal(r.rc, 0);
	assert_string_equal(r.out, "no unanswered questions in the last 1 "
	    "day\n");
	run_free(&r);
	r = run_gaps("--file", f->dir, NULL);
	assert_int_equal(r.rc, 1);
	assert_non_null(strstr(r.err, "faqbot gaps: "));
	run_free(&r);
}

/* Bad usage exits 2 with one line on stderr. */
static void
test_main_usage(void **state)
{
	static const char *bad[][3] = {
		{ "--since", "abc", NULL }, { "--since", "0", NULL },
		{ "--since", "7d", NULL }, { "--bogus", NULL, NULL },
		{ "--since", NULL, NULL }, { "extra", NULL, NULL },
	};
	struct run r;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		r = run_gaps(bad[i][0], bad[i][1], bad[i][2], NULL);
		assert_int_equal(r.rc, 2);
		assert_string_equal(r.out, "");
		assert_true(strncmp(r.err, "faqbot gaps: ", 13) == 0);
		assert_non_null(strchr(r.err, '\n'));
		assert_int_equal(strchr(r.err, '\n')[1], '\0');
		run_free(&r);
	}
	r = run_gaps("--help", NULL);
	assert_int_equal(r.rc, 0);
	assert_non_null(strstr(r.out, "--since DAYS"));
	run_free(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_redact_phone),
		cmocka_unit_test(test_redact_email),
		cmocka_unit_test(test_redact_url),
		cmocka_unit_test(test_redact_number),
		cmocka_unit_test(test_redact_mixed),
		cmocka_unit_test(test_redact_never_leaks),
		cmocka_unit_test_setup_teardown(test_record, setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_record_edges, setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_open_errors, setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_retention_on_open, setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_retention_nothing_old,
		    setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_retention_while_running,
		    setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_record_threads, setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_main_groups_wordless,
		    setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_main_groups, setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_main_json, setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_main_control_chars, setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_main_missing, setup,
		    tmpdir_teardown),
		cmocka_unit_test(test_main_usage),
	};

	return cmocka_run_group_tests_name("gaps", tests, NULL, NULL);
}
