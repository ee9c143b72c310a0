/*
 * Unit tests of dedup.c: the set of platform event ids already answered.
 * New and repeated ids, persistence across close and open, expiry with a
 * fake clock, forgetting, compaction of the file on open, the 0600 file
 * mode, ids with tabs and newlines, racing threads, the entry cap and the
 * lock that keeps a second opener off the file.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "dedup.h"
#include "testutil.h"

#define KEEP	86400

/* A fresh temporary directory; the dedup file is not created yet. */
static int
setup(void **state)
{
	return tmpdir_setup(state, "/tmp/faqbot-dedup-XXXXXX", "dedup.log");
}

/* Open the fixture's file, failing the test on error. */
static struct dedup *
open_ok(const struct tmpdir *f)
{
	char err[BOT_ERR_LEN] = "";
	struct dedup *d = dedup_open(f->path, KEEP, err);

	if (d == NULL)
		fail_msg("dedup_open: %s", err);
	return d;
}

/* The whole file as a string; caller frees. */
static char *
slurp(const char *path)
{
	char *s = file_read(path);

	assert_non_null(s);
	return s;
}

/* The number of lines of the file. */
static int
count_lines(const char *path)
{
	char *s = slurp(path);
	int n = 0;

	for (char *p = s; *p != '\0'; p++)
		n += *p == '\n';
	free(s);
	return n;
}

/* A new id is claimed once; the same id in another channel is new. */
static void
test_first_and_repeat(void **state)
{
	struct tmpdir *f = *state;
	struct dedup *d = open_ok(f);
	time_t now = time(NULL);

	assert_true(dedup_first(d, "slack", "Ev01", now));
	assert_false(dedup_first(d, "slack", "Ev01", now));
	assert_false(dedup_first(d, "slack", "Ev01", now + 10));
	assert_true(dedup_first(d, "telegram", "Ev01", now));
	assert_true(dedup_first(d, "slack", "Ev02", now));
	assert_true(dedup_first(d, "slack", "ev01", now));
	assert_int_equal(count_lines(f->path), 4);
	dedup_close(d);
	dedup_close(NULL);
}

/* Claims survive close and open; the file is compacted but keeps them. */
static void
test_persistence(void **state)
{
	struct tmpdir *f = *state;
	struct dedup *d = open_ok(f);
	time_t now = time(NULL);
	char id[32];

	for (int i = 0; i < 50; i++) {
		snprintf(id, sizeof(id), "m%d", i);
		assert_true(dedup_first(d, "whatsapp", id, now));
	}
	dedup_close(d);
	d = open_ok(f);
	for (int i = 0; i < 50; i++) {
		snprintf(id, sizeof(id), "m%d", i);
		assert_false(dedup_first(d, "whatsapp", id, now));
	}
	assert_true(dedup_first(d, "whatsapp", "m50", now));
	dedup_close(d);
	d = open_ok(f);
	assert_false(dedup_first(d, "whatsapp", "m50", now));
	assert_int_equal(count_lines(f->path), 51);
	dedup_close(d);
}

/* A claim expires keep_seconds after it was made, by the caller's clock. */
static void
test_expiry(void **state)
{
	struct tmpdir *f = *state;
	struct dedup *d = open_ok(f);
	time_t t = time(NULL);

	assert_true(dedup_first(d, "twilio", "SM1", t));
	assert_true(dedup_first(d, "twilio", "SM2", t + 100));
	assert_false(dedup_first(d, "twilio", "SM1", t + KEEP - 1));
	assert_true(dedup_first(d, "twilio", "SM1", t + KEEP));
	/* Claimed again: a fresh claim that lasts from now. */
	assert_false(dedup_first(d, "twilio", "SM1", t + KEEP + 50));
	assert_false(dedup_first(d, "twilio", "SM2", t + KEEP + 99));
	assert_true(dedup_first(d, "twilio", "SM2", t + KEEP + 100));
	dedup_close(d);
}

/* A forgotten claim is new again, also after a restart. */
static void
test_forget(void **state)
{
	struct tmpdir *f = *state;
	struct dedup *d = open_ok(f);
	time_t now = time(NULL);
	char *s;

	assert_true(dedup_first(d, "slack", "E1", now));
	assert_true(dedup_first(d, "slack", "E2", now));
	dedup_forget(d, "slack", "E1");
	dedup_forget(d, "slack", "nothing");
	dedup_forget(d, "slack", "");
	s = slurp(f->path);
	assert_non_null(strstr(s, "-\tslack\tE1\n"));
	assert_null(strstr(s, "nothing"));
	free(s);
	dedup_close(d);

	d = open_ok(f);
	s = slurp(f->path);
	assert_null(strstr(s, "E1"));
	assert_non_null(strstr(s, "\tslack\tE2\n"));
	free(s);
	assert_false(dedup_first(d, "slack", "E2", now));
	assert_true(dedup_first(d, "slack", "E1", now));
	assert_false(dedup_first(d, "slack", "E1", now));
	dedup_forget(d, "slack", "E1");
	assert_true(dedup_first(d, "slack", "E1", now));
	dedup_close(d);
}

/*
 * Opening drops expired claims, released claims and malformed or cut
 * lines, and rewrites the file with the rest in their order.
 */
static void
test_compaction(void **state)
{
	struct tmpdir *f = *state;
	struct dedup *d;
	time_t now = time(NULL);
	char text[2048], want[512], tmp[160];
	char *s;

	snprintf(text, sizeof(text),
	    "1000\tslack\told1\n"
	    "%lld\tslack\told2\n"
	    "%lld\tslack\tlive1\n"
	    "%lld\ttelegram\tlive2\n"
	    "%lld\tslack\tgone\n"
	    "-\tslack\tgone\n"
	    "garbage\n"
	    "12x\tslack\tbad\n"
	    "\tslack\tbad2\n"
	    "%lld\tslack\n"
	    "%lld\tslack\ta\tb\n"
	    "%lld\tslack\tlive3\n"
	    "%lld\tslack\tcut",
	    (long long)(now - KEEP - 5), (long long)(now - 100),
	    (long long)(now - 50), (long long)(now - 40),
	    (long long)now, (long long)now, (long long)(now - 10),
	    (long long)now);
	file_write(f->path, text, 0600);
	snprintf(tmp, sizeof(tmp), "%s.tmp", f->path);
	file_write(tmp, "leftover\n", 0600);

	d = open_ok(f);
	s = slurp(f->path);
	snprintf(want, sizeof(want),
	    "%lld\tslack\tlive1\n%lld\ttelegram\tlive2\n%lld\tslack\tlive3\n",
	    (long long)(now - 100), (long long)(now - 50),
	    (long long)(now - 10));
	assert_string_equal(s, want);
	free(s);
	assert_true(dedup_first(d, "slack", "old1", now));
	assert_true(dedup_first(d, "slack", "old2", now));
	assert_true(dedup_first(d, "slack", "gone", now));
	assert_true(dedup_first(d, "slack", "cut", now));
	assert_false(dedup_first(d, "slack", "live1", now));
	assert_false(dedup_first(d, "telegram", "live2", now));
	assert_false(dedup_first(d, "slack", "live3", now));
	assert_int_equal(access(tmp, F_OK), -1);
	dedup_close(d);
}

/* The file is 0600 when created and after opening a looser one. */
static void
test_mode(void **state)
{
	struct tmpdir *f = *state;
	struct dedup *d;
	struct stat st;
	mode_t old = umask(0);

	d = open_ok(f);
	assert_true(dedup_first(d, "slack", "x", time(NULL)));
	assert_int_equal(stat(f->path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	dedup_close(d);

	chmod(f->path, 0644);
	d = open_ok(f);
	assert_int_equal(stat(f->path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_false(dedup_first(d, "slack", "x", time(NULL)));
	dedup_close(d);
	umask(old);
}

/* A missing directory or bad arguments fail with a reason. */
static void
test_open_errors(void **state)
{
	struct tmpdir *f = *state;
	char err[BOT_ERR_LEN] = "", p[256];

	snprintf(p, sizeof(p), "%s/missing/dedup.log", f->dir);
	assert_null(dedup_open(p, KEEP, err));
	assert_non_null(strstr(err, "missing"));
	err[0] = '\0';
	assert_null(dedup_open(f->path, 0, err));
	assert_true(err[0] != '\0');
	snprintf(p, sizeof(p), "%s/file", f->dir);
	file_write(p, "", 0600);
	snprintf(p, sizeof(p), "%s/file/dedup.log", f->dir);
	err[0] = '\0';
	assert_null(dedup_open(p, KEEP, err));
	assert_non_null(strstr(err, "not a directory"));
}

/*
 * Ids with tabs, newlines and backslashes are escaped: each stays distinct,
 * the file keeps one record a line, and all survive a restart. Empty ids
 * are always new and never written.
 */
static void
test_odd_ids(void **state)
{
	static const char *ids[] = {
		"a\tb", "a\\tb", "a\nb", "a\\nb", "a\\", "\\", "\t", "\n",
		"a\rb", "x\t\n\\y", "é\xff\x01",
	};
	struct tmpdir *f = *state;
	struct dedup *d = open_ok(f);
	time_t now = time(NULL);
	size_t n = sizeof(ids) / sizeof(ids[0]);
	char big[2100];

	for (size_t i = 0; i < n; i++)
		assert_true(dedup_first(d, "webhook", ids[i], now));
	assert_true(dedup_first(d, "web\thook", "a", now));
	assert_true(dedup_first(d, "webhook", "", now));
	assert_true(dedup_first(d, "webhook", "", now));
	memset(big, 'z', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	assert_true(dedup_first(d, "webhook", big, now));
	assert_true(dedup_first(d, "webhook", big, now));
	assert_int_equal(count_lines(f->path), (int)n + 1);
	dedup_close(d);

	d = open_ok(f);
	assert_int_equal(count_lines(f->path), (int)n + 1);
	for (size_t i = 0; i < n; i++)
		assert_false(dedup_first(d, "webhook", ids[i], now));
	assert_false(dedup_first(d, "web\thook", "a", now));
	assert_true(dedup_first(d, "webhook\ta", "", now));
	assert_true(dedup_first(d, "webhook", "a\\\\tb", now));
	dedup_close(d);
}

/*
 * While a set is open nobody else may open its file: a second open fails
 * and leaves the file alone. (It used to load and compact the file under
 * the first: the first then appended to the replaced file, so a claim made
 * after that was gone at the next open.) Once closed, the file opens again.
 */
static void
test_second_open_refused(void **state)
{
	struct tmpdir *f = *state;
	struct dedup *d = open_ok(f);
	time_t now = time(NULL);
	char err[BOT_ERR_LEN] = "", lock[160];
	struct stat st;

	assert_true(dedup_first(d, "slack", "before", now));
	assert_null(dedup_open(f->path, KEEP, err));
	assert_non_null(strstr(err, "in use by another process"));
	assert_true(dedup_first(d, "slack", "after", now));
	dedup_close(d);

	snprintf(lock, sizeof(lock), "%s.lock", f->path);
	assert_int_equal(stat(lock, &st), 0);
	assert_int_equal(st.st_mode & 0077, 0);
	d = open_ok(f);
	assert_false(dedup_first(d, "slack", "before", now));
	assert_false(dedup_first(d, "slack", "after", now));
	assert_int_equal(count_lines(f->path), 2);
	dedup_close(d);
}

struct race {
	struct dedup	*d;
	time_t		 now;
	int		 wins[200];
};

/* Claim ids 0..199 in a fixed order, counting the ones this thread won. */
static void *
race_thread(void *arg)
{
	struct race *r = arg;
	char id[16];

	for (int i = 0; i < 200; i++) {
		snprintf(id, sizeof(id), "id%d", i);
		if (dedup_first(r->d, "slack", id, r->now))
			__atomic_add_fetch(&r->wins[i], 1, __ATOMIC_RELAXED);
	}
	return NULL;
}

/* Threads racing on the same ids: each id is won exactly once. */
static void
test_threads(void **state)
{
	struct tmpdir *f = *state;
	struct race r = { open_ok(f), time(NULL), { 0 } };
	pthread_t t[6];

	for (int i = 0; i < 6; i++)
		assert_int_equal(pthread_create(&t[i], NULL, race_thread, &r),
		    0);
	for (int i = 0; i < 6; i++)
		pthread_join(t[i], NULL);
	for (int i = 0; i < 200; i++)
		assert_int_equal(r.wins[i], 1);
	assert_int_equal(count_lines(f->path), 200);
	dedup_close(r.d);
}

/*
 * Past a million live claims the oldest are forgotten: a file of 1,000,005
 * claims loads as the newest million.
 */
static void
test_cap(void **state)
{
	struct tmpdir *f = *state;
	struct dedup *d;
	time_t now = time(NULL);
	FILE *fp = fopen(f->path, "w");

	assert_non_null(fp);
	for (int i = 0; i < 1000005; i++)
		fprintf(fp, "%lld\ts\t%d\n", (long long)now, i);
	fclose(fp);
	d = open_ok(f);
	assert_int_equal(count_lines(f->path), 1000000);
	assert_false(dedup_first(d, "s", "5", now));
	assert_false(dedup_first(d, "s", "1000004", now));
	assert_true(dedup_first(d, "s", "4", now));
	assert_true(dedup_first(d, "s", "0", now));
	/* Those two pushed out the next oldest. */
	assert_true(dedup_first(d, "s", "5", now));
	dedup_close(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_first_and_repeat, setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_persistence, setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_expiry, setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_forget, setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_compaction, setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_mode, setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_open_errors, setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_odd_ids, setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_threads, setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_cap, setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_second_open_refused, setup,
		    tmpdir_teardown),
	};

	return cmocka_run_group_tests_name("dedup", tests, NULL, NULL);
}
