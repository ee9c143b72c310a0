/*
 * Unit tests of outbox.c against tests/fake_platform.py, started once for
 * the whole group on a random port: delivery exactly once, the job file
 * written before enqueue returns and removed after the 2xx, retries after
 * 500, 429 with Retry-After (header and body), timeouts, dead letters for
 * a permanent 4xx and after max_attempts, jobs left by an earlier run,
 * per-chat order and spacing, the drain deadline, bad jobs, and dead
 * letters deleted after their retention, at open and while running.
 *
 * Run from the top of the source tree (tests/run.sh does), or set
 * FAQBOT_SRCDIR.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>
#include <cjson/cJSON.h>
#include <curl/curl.h>

#include "buf.h"
#include "log.h"
#include "outbox.h"

/* The fake platform, shared by every test. */
static struct {
	pid_t	 pid;
	int	 port;
} fake;

/* One test's outbox and what its auth callbacks saw. */
struct fixture {
	char			 dir[64];
	struct outbox_opts	 opts;
	struct outbox_auth	 auth;
	struct outbox		*ob;
	int			 prepared;	/* prepare calls */
	int			 retry_calls;	/* retry_after calls */
	long			 retry_status;	/* last status seen there */
	bool			 retry_saw_body;
};

/* Seconds on the monotonic clock. */
static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Sleep for s seconds. */
static void
sleep_s(double s)
{
	struct timespec ts = { (time_t)s, (long)((s - (time_t)s) * 1e9) };

	while (nanosleep(&ts, &ts) == -1 && errno == EINTR)
		continue;
}

/* A curl write callback appending to a struct buf. */
static size_t
on_data(char *p, size_t size, size_t nmemb, void *arg)
{
	buf_append(arg, p, size * nmemb);
	return size * nmemb;
}

/*
 * Send a request to the fake platform (body NULL for GET) and return the
 * response body; caller frees. Fails the test on a transport error.
 */
static char *
fake_http(const char *path, const char *body)
{
	CURL *e = curl_easy_init();
	char url[256];
	struct buf b;
	CURLcode rc;

	buf_init(&b, 0);
	snprintf(url, sizeof(url), "http://127.0.0.1:%d%s", fake.port, path);
	curl_easy_setopt(e, CURLOPT_URL, url);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, 5000L);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, &b);
	if (body != NULL)
		curl_easy_setopt(e, CURLOPT_POSTFIELDS, body);
	rc = curl_easy_perform(e);
	curl_easy_cleanup(e);
	if (rc != CURLE_OK)
		fail_msg("fake platform %s: %s", path, curl_easy_strerror(rc));
	buf_append(&b, "", 0);
	return buf_steal(&b);
}

/* Tell the fake platform how to answer (a JSON object). */
static void
fake_control(const char *json)
{
	free(fake_http("/_control", json));
}

/*
 * The recorded requests whose path starts with prefix, oldest first, as a
 * JSON array; caller deletes.
 */
static cJSON *
fake_requests(const char *prefix)
{
	char *text = fake_http("/_requests", NULL);
	cJSON *all = cJSON_Parse(text), *out = cJSON_CreateArray(), *r;

	free(text);
	assert_non_null(all);
	cJSON_ArrayForEach(r, all) {
		const char *p = cJSON_GetStringValue(
		    cJSON_GetObjectItemCaseSensitive(r, "path"));

		if (p != NULL && strncmp(p, prefix, strlen(prefix)) == 0)
			cJSON_AddItemToArray(out, cJSON_Duplicate(r, true));
	}
	cJSON_Delete(all);
	return out;
}

/* A string field of recorded request i. */
static const char *
req_str(cJSON *reqs, int i, const char *name)
{
	cJSON *r = cJSON_GetArrayItem(reqs, i);

	assert_non_null(r);
	return cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(r,
	    name));
}

/* A number field of recorded request i. */
static double
req_num(cJSON *reqs, int i, const char *name)
{
	cJSON *r = cJSON_GetArrayItem(reqs, i);

	assert_non_null(r);
	return cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(r, name));
}

/* A header of recorded request i, or NULL. */
static const char *
req_header(cJSON *reqs, int i, const char *name)
{
	cJSON *r = cJSON_GetArrayItem(reqs, i);

	return cJSON_GetStringValue(cJSON_GetObjectItem(
	    cJSON_GetObjectItemCaseSensitive(r, "headers"), name));
}

/* Start the fake platform and read its port. */
static int
group_setup(void **state)
{
	const char *src = getenv("FAQBOT_SRCDIR");
	char script[512], line[64];
	int fds[2];
	FILE *fp;

	(void)state;
	curl_global_init(CURL_GLOBAL_ALL);
	signal(SIGPIPE, SIG_IGN);
	log_init(LOG_WARN, NULL, NULL, 0);
	snprintf(script, sizeof(script), "%s/tests/fake_platform.py",
	    src != NULL ? src : ".");
	if (access(script, R_OK) == -1 || pipe(fds) == -1)
		return -1;
	fake.pid = fork();
	if (fake.pid == 0) {
		dup2(fds[1], STDOUT_FILENO);
		close(fds[0]);
		close(fds[1]);
		execlp("python3", "python3", script, "--port", "0",
		    (char *)NULL);
		_exit(127);
	}
	close(fds[1]);
	fp = fdopen(fds[0], "r");
	if (fake.pid == -1 || fp == NULL || fgets(line, sizeof(line), fp) ==
	    NULL || sscanf(line, "port %d", &fake.port) != 1)
		return -1;
	fclose(fp);
	return 0;
}

/* Stop the fake platform. */
static int
group_teardown(void **state)
{
	(void)state;
	if (fake.pid > 0) {
		kill(fake.pid, SIGTERM);
		waitpid(fake.pid, NULL, 0);
	}
	curl_global_cleanup();
	return 0;
}

/* The test's prepare: base URL of the fake plus path, and a secret. */
static int
auth_prepare(void *arg, const char *channel, const char *path,
    const char *body, size_t len, char **url, struct curl_slist **headers)
{
	struct fixture *f = arg;

	__atomic_add_fetch(&f->prepared, 1, __ATOMIC_RELAXED);
	/* The job's body reaches prepare (channels sign with it). */
	if (strcmp(channel, "broken") == 0 || (len > 0 && body == NULL))
		return -1;
	if (asprintf(url, "http://127.0.0.1:%d%s", fake.port, path) == -1)
		return -1;
	*headers = curl_slist_append(*headers, "Authorization: Bearer s3cret");
	return 0;
}

/* The test's retry_after: Telegram's parameters.retry_after, or -1. */
static double
auth_retry_after(void *arg, const char *channel, long status,
    const char *body, size_t len)
{
	struct fixture *f = arg;
	cJSON *root = cJSON_ParseWithLength(body, len), *ra;
	double v = -1;

	(void)channel;
	f->retry_calls++;
	f->retry_status = status;
	f->retry_saw_body = strstr(body, "error_code") != NULL;
	ra = cJSON_GetObjectItemCaseSensitive(
	    cJSON_GetObjectItemCaseSensitive(root, "parameters"),
	    "retry_after");
	if (cJSON_IsNumber(ra))
		v = ra->valuedouble;
	cJSON_Delete(root);
	return v;
}

/* A fresh directory name (not created), default options, a reset fake. */
static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	snprintf(f->dir, sizeof(f->dir), "/tmp/faqbot-outbox-XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	rmdir(f->dir);
	f->opts.dir = f->dir;
	f->opts.max_attempts = 5;
	f->opts.backoff_initial = 0.05;
	f->opts.backoff_max = 0.2;
	f->opts.per_chat_interval = 0;
	f->opts.timeout_ms = 2000;
	f->auth.prepare = auth_prepare;
	f->auth.retry_after = auth_retry_after;
	f->auth.arg = f;
	free(fake_http("/_reset", ""));
	*state = f;
	return 0;
}

/* One file or directory of the tree being removed. */
static int
rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

/* Close the outbox if still open and remove its directory. */
static int
teardown(void **state)
{
	struct fixture *f = *state;

	outbox_close(f->ob, 0);
	nftw(f->dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	free(f);
	return 0;
}

/* Open the fixture's outbox, failing the test on error. */
static void
open_ok(struct fixture *f)
{
	char err[BOT_ERR_LEN] = "";

	f->ob = outbox_open(&f->opts, &f->auth, err);
	if (f->ob == NULL)
		fail_msg("outbox_open: %s", err);
}

/* Queue a job with a copy of body, failing the test on error. */
static void
enqueue_ok(struct fixture *f, const char *rate_key, const char *path,
    const char *body)
{
	struct outbox_job job = { .content_type = "application/json" };
	char err[BOT_ERR_LEN] = "";

	snprintf(job.channel, sizeof(job.channel), "telegram");
	snprintf(job.rate_key, sizeof(job.rate_key), "%s", rate_key);
	snprintf(job.path, sizeof(job.path), "%s", path);
	job.body = strdup(body);
	job.body_len = strlen(body);
	if (outbox_enqueue(f->ob, &job, err) == -1)
		fail_msg("outbox_enqueue: %s", err);
	assert_null(job.body);
	outbox_job_finish(&job);
}

/* Wait up to 10 s for the given pending and dead counts. */
static void
wait_for(struct fixture *f, size_t pending, size_t dead)
{
	double end = now_s() + 10;

	while (outbox_pending(f->ob) != pending || outbox_dead(f->ob) != dead) {
		if (now_s() > end)
			fail_msg("timed out: %zu pending (want %zu), %zu dead "
			    "(want %zu)", outbox_pending(f->ob), pending,
			    outbox_dead(f->ob), dead);
		sleep_s(0.01);
	}
}

/* Wait up to 10 s until n requests with the prefix were recorded. */
static cJSON *
wait_requests(const char *prefix, int n)
{
	double end = now_s() + 10;
	cJSON *r;

	for (;;) {
		r = fake_requests(prefix);
		if (cJSON_GetArraySize(r) >= n || now_s() > end)
			return r;
		cJSON_Delete(r);
		sleep_s(0.02);
	}
}

/* The number of files in dir/sub. */
static int
count_files(const struct fixture *f, const char *sub)
{
	char p[128];
	DIR *d;
	struct dirent *e;
	int n = 0;

	snprintf(p, sizeof(p), "%s/%s", f->dir, sub);
	d = opendir(p);
	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

/* The contents of the only file in dir/sub; caller frees. */
static char *
only_file(const struct fixture *f, const char *sub)
{
	char p[512];
	DIR *d;
	struct dirent *e;
	struct buf b;
	FILE *fp = NULL;
	size_t n;

	snprintf(p, sizeof(p), "%s/%s", f->dir, sub);
	d = opendir(p);
	assert_non_null(d);
	while ((e = readdir(d)) != NULL && e->d_name[0] == '.')
		continue;
	assert_non_null(e);
	snprintf(p, sizeof(p), "%s/%s/%s", f->dir, sub, e->d_name);
	closedir(d);
	fp = fopen(p, "r");
	assert_non_null(fp);
	buf_init(&b, 0);
	while ((n = fread(p, 1, sizeof(p), fp)) > 0)
		buf_append(&b, p, n);
	buf_append(&b, "", 0);
	fclose(fp);
	return buf_steal(&b);
}

/*
 * A job reaches the platform once, with its body, content type and the
 * channel's auth header, and its file is removed.
 */
static void
test_deliver_once(void **state)
{
	struct fixture *f = *state;
	cJSON *r;

	open_ok(f);
	enqueue_ok(f, "telegram:1", "/once/sendMessage?token=x",
	    "{\"chat_id\": 1, \"text\": \"hello\"}");
	wait_for(f, 0, 0);
	sleep_s(0.1);
	r = fake_requests("/once/");
	assert_int_equal(cJSON_GetArraySize(r), 1);
	assert_string_equal(req_str(r, 0, "method"), "POST");
	assert_string_equal(req_str(r, 0, "path"),
	    "/once/sendMessage?token=x");
	assert_string_equal(req_str(r, 0, "body"),
	    "{\"chat_id\": 1, \"text\": \"hello\"}");
	assert_int_equal((int)req_num(r, 0, "status"), 200);
	assert_string_equal(req_header(r, 0, "Content-Type"),
	    "application/json");
	assert_string_equal(req_header(r, 0, "Authorization"),
	    "Bearer s3cret");
	assert_null(req_header(r, 0, "Expect"));
	cJSON_Delete(r);
	assert_int_equal(count_files(f, "queue"), 0);
	assert_int_equal(count_files(f, "tmp"), 0);
	assert_int_equal(count_files(f, "dead"), 0);
}

/*
 * The job's file is in queue/ (0600, directories 0700) when enqueue
 * returns, holds the header and the raw body, stays while the platform is
 * down and goes once it is delivered.
 */
static void
test_file_before_return(void **state)
{
	struct fixture *f = *state;
	struct stat st;
	char p[128], *s;

	f->opts.max_attempts = 100;
	fake_control("{\"mode\": \"down\"}");
	open_ok(f);
	enqueue_ok(f, "telegram:2", "/file/send", "body\n\nwith blank lines");
	assert_int_equal(count_files(f, "queue"), 1);
	s = only_file(f, "queue");
	assert_non_null(strstr(s, "channel: telegram\n"));
	assert_non_null(strstr(s, "rate_key: telegram:2\n"));
	assert_non_null(strstr(s, "path: /file/send\n"));
	assert_non_null(strstr(s, "content_type: application/json\n"));
	assert_non_null(strstr(s, "\n\nbody\n\nwith blank lines"));
	assert_string_equal(s + strlen(s) - 5, "lines");
	free(s);
	snprintf(p, sizeof(p), "%s/queue", f->dir);
	assert_int_equal(stat(p, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	assert_int_equal(stat(f->dir, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	sleep_s(0.2);
	assert_int_equal(count_files(f, "queue"), 1);
	assert_int_equal(outbox_pending(f->ob), 1);
	fake_control("{\"mode\": \"ok\"}");
	wait_for(f, 0, 0);
	assert_int_equal(count_files(f, "queue"), 0);
}

/* A 500 is retried; the job is delivered once. */
static void
test_retry_500(void **state)
{
	struct fixture *f = *state;
	cJSON *r;

	fake_control("{\"mode\": \"fail500\", \"count\": 1}");
	open_ok(f);
	enqueue_ok(f, "telegram:3", "/r500/send", "{\"n\": 3}");
	wait_for(f, 0, 0);
	sleep_s(0.1);
	r = fake_requests("/r500/");
	assert_int_equal(cJSON_GetArraySize(r), 2);
	assert_int_equal((int)req_num(r, 0, "status"), 500);
	assert_int_equal((int)req_num(r, 1, "status"), 200);
	assert_string_equal(req_str(r, 1, "body"), "{\"n\": 3}");
	cJSON_Delete(r);
	assert_int_equal(count_files(f, "queue"), 0);
}

/* A 429 with Retry-After: 1 makes the next try wait at least 1 s. */
static void
test_retry_after_header(void **state)
{
	struct fixture *f = *state;
	cJSON *r;
	double gap;

	fake_control("{\"mode\": \"rate429\", \"count\": 1, "
	    "\"retry_after\": 1}");
	open_ok(f);
	enqueue_ok(f, "telegram:4", "/r429/send", "{}");
	wait_for(f, 0, 0);
	r = fake_requests("/r429/");
	assert_int_equal(cJSON_GetArraySize(r), 2);
	assert_int_equal((int)req_num(r, 0, "status"), 429);
	assert_int_equal((int)req_num(r, 1, "status"), 200);
	gap = req_num(r, 1, "time") - req_num(r, 0, "time");
	cJSON_Delete(r);
	if (gap < 0.95 || gap > 3)
		fail_msg("retried after %.3f s, want about 1 s", gap);
	assert_int_equal(f->retry_calls, 1);
	assert_int_equal(f->retry_status, 429);
	assert_true(f->retry_saw_body);
}

/* A 429 without the header: the channel's reading of the body counts. */
static void
test_retry_after_body(void **state)
{
	struct fixture *f = *state;
	cJSON *r;
	double gap;

	fake_control("{\"mode\": \"status\", \"status\": 429, \"count\": 1, "
	    "\"body\": \"{\\\"error_code\\\": 429, \\\"parameters\\\": "
	    "{\\\"retry_after\\\": 0.8}}\"}");
	open_ok(f);
	enqueue_ok(f, "telegram:5", "/rbody/send", "{}");
	wait_for(f, 0, 0);
	r = fake_requests("/rbody/");
	assert_int_equal(cJSON_GetArraySize(r), 2);
	gap = req_num(r, 1, "time") - req_num(r, 0, "time");
	cJSON_Delete(r);
	if (gap < 0.75 || gap > 3)
		fail_msg("retried after %.3f s, want about 0.8 s", gap);
}

/* A 400 is permanent: one request, the job goes to dead/ at once. */
static void
test_permanent_400(void **state)
{
	struct fixture *f = *state;
	cJSON *r;
	char *s;

	fake_control("{\"mode\": \"fail400\", \"count\": 1}");
	open_ok(f);
	enqueue_ok(f, "telegram:6", "/r400/send", "{\"bad\": true}");
	wait_for(f, 0, 1);
	sleep_s(0.2);
	r = fake_requests("/r400/");
	assert_int_equal(cJSON_GetArraySize(r), 1);
	cJSON_Delete(r);
	assert_int_equal(count_files(f, "queue"), 0);
	assert_int_equal(count_files(f, "dead"), 1);
	s = only_file(f, "dead");
	assert_non_null(strstr(s, "error: HTTP 400\n"));
	assert_non_null(strstr(s, "attempts: 1\n"));
	assert_non_null(strstr(s, "\n\n{\"bad\": true}"));
	free(s);
}

/* After max_attempts failures the job goes to dead/. */
static void
test_max_attempts(void **state)
{
	struct fixture *f = *state;
	cJSON *r;
	char *s;

	f->opts.max_attempts = 3;
	fake_control("{\"mode\": \"fail500\", \"path\": \"/rmax/\"}");
	open_ok(f);
	enqueue_ok(f, "telegram:7", "/rmax/send", "{}");
	wait_for(f, 0, 1);
	sleep_s(0.2);
	r = fake_requests("/rmax/");
	assert_int_equal(cJSON_GetArraySize(r), 3);
	cJSON_Delete(r);
	s = only_file(f, "dead");
	assert_non_null(strstr(s, "attempts: 3\n"));
	assert_non_null(strstr(s, "error: HTTP 500\n"));
	free(s);
	assert_int_equal(count_files(f, "queue"), 0);
	outbox_close(f->ob, 0);
	f->ob = NULL;
	open_ok(f);
	assert_int_equal(outbox_dead(f->ob), 1);
	assert_int_equal(outbox_pending(f->ob), 0);
}

/* A transfer that hangs past timeout_ms fails and is retried. */
static void
test_timeout(void **state)
{
	struct fixture *f = *state;
	cJSON *r;

	f->opts.timeout_ms = 300;
	fake_control("{\"mode\": \"hang\", \"count\": 1, \"seconds\": 2}");
	open_ok(f);
	enqueue_ok(f, "telegram:8", "/hang/send", "{}");
	wait_for(f, 0, 0);
	r = fake_requests("/hang/");
	assert_int_equal(cJSON_GetArraySize(r), 2);
	assert_int_equal((int)req_num(r, 0, "status"), 0);
	assert_int_equal((int)req_num(r, 1, "status"), 200);
	cJSON_Delete(r);
}

/* Write a file under the fixture's directory. */
static void
put_file(const struct fixture *f, const char *name, const char *text)
{
	char p[256];
	FILE *fp;

	snprintf(p, sizeof(p), "%s/%s", f->dir, name);
	fp = fopen(p, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
}

/*
 * Jobs found in queue/ at open (a crash left them) are sent; a malformed
 * one goes to dead/, leftovers in tmp/ are removed, other names ignored.
 */
static void
test_leftover_jobs(void **state)
{
	struct fixture *f = *state;
	char p[128];
	cJSON *r;

	mkdir(f->dir, 0700);
	snprintf(p, sizeof(p), "%s/queue", f->dir);
	mkdir(p, 0700);
	snprintf(p, sizeof(p), "%s/tmp", f->dir);
	mkdir(p, 0700);
	put_file(f, "queue/00000000000000a1-00000000.job",
	    "channel: telegram\nrate_key: telegram:9\npath: /left/a\n"
	    "content_type: text/plain\nattempts: 2\nnext_attempt: 0\n"
	    "future_key: ignored\n\nfirst");
	put_file(f, "queue/00000000000000a2-00000000.job",
	    "version: 1\nchannel: telegram\nrate_key: telegram:9\n"
	    "path: /left/b\nattempts: 0\nnext_attempt: 1\nbody_length: 6\n"
	    "\nsecond");
	put_file(f, "queue/00000000000000a3-00000000.job", "garbage");
	put_file(f, "queue/00000000000000a4-00000000.job",
	    "channel: telegram\nrate_key: x\npath: /left/c\nattempts: 0\n"
	    "next_attempt: 0\nbody_length: 99\n\ncut");
	put_file(f, "queue/README", "not a job");
	put_file(f, "tmp/00000000000000a5-00000000.job", "half");
	open_ok(f);
	wait_for(f, 0, 2);
	r = wait_requests("/left/", 2);
	assert_int_equal(cJSON_GetArraySize(r), 2);
	assert_string_equal(req_str(r, 0, "path"), "/left/a");
	assert_string_equal(req_str(r, 0, "body"), "first");
	assert_string_equal(req_header(r, 0, "Content-Type"), "text/plain");
	assert_string_equal(req_str(r, 1, "path"), "/left/b");
	assert_string_equal(req_str(r, 1, "body"), "second");
	cJSON_Delete(r);
	assert_int_equal(count_files(f, "tmp"), 0);
	assert_int_equal(count_files(f, "queue"), 1);
	assert_int_equal(count_files(f, "dead"), 2);
}

/* Set the time a file under the fixture's directory was written. */
static void
age_file(const struct fixture *f, const char *name, double days)
{
	char p[256];
	struct timespec ts[2];

	clock_gettime(CLOCK_REALTIME, &ts[0]);
	ts[0].tv_sec -= (time_t)(days * 86400);
	ts[1] = ts[0];
	snprintf(p, sizeof(p), "%s/%s", f->dir, name);
	assert_int_equal(utimensat(AT_FDCWD, p, ts, 0), 0);
}

/* True when the file under the fixture's directory exists. */
static bool
has_file(const struct fixture *f, const char *name)
{
	char p[256];

	snprintf(p, sizeof(p), "%s/%s", f->dir, name);
	return access(p, F_OK) == 0;
}

/*
 * At open, job files written to dead/ more than dead_retention_days ago
 * are deleted (none with 0); younger ones, files not named like jobs, and
 * a malformed job moved there now from queue/ (however old) stay.
 */
static void
test_dead_retention_open(void **state)
{
	struct fixture *f = *state;
	char p[128];

	mkdir(f->dir, 0700);
	snprintf(p, sizeof(p), "%s/dead", f->dir);
	mkdir(p, 0700);
	snprintf(p, sizeof(p), "%s/queue", f->dir);
	mkdir(p, 0700);
	put_file(f, "dead/00000000000000b1-00000000.job", "old");
	age_file(f, "dead/00000000000000b1-00000000.job", 30.01);
	put_file(f, "dead/00000000000000b2-00000000.job", "young");
	age_file(f, "dead/00000000000000b2-00000000.job", 29.99);
	put_file(f, "dead/notes.txt", "the operator's");
	age_file(f, "dead/notes.txt", 400);
	open_ok(f);
	assert_int_equal(outbox_dead(f->ob), 3);
	outbox_close(f->ob, 0);
	f->ob = NULL;

	put_file(f, "queue/00000000000000b3-00000000.job", "garbage");
	age_file(f, "queue/00000000000000b3-00000000.job", 40);
	f->opts.dead_retention_days = 30;
	open_ok(f);
	assert_false(has_file(f, "dead/00000000000000b1-00000000.job"));
	assert_true(has_file(f, "dead/00000000000000b2-00000000.job"));
	assert_true(has_file(f, "dead/notes.txt"));
	assert_true(has_file(f, "dead/00000000000000b3-00000000.job"));
	assert_int_equal(count_files(f, "dead"), 3);
	assert_int_equal(outbox_dead(f->ob), 3);
	outbox_close(f->ob, 0);
	f->ob = NULL;
	open_ok(f);
	assert_int_equal(count_files(f, "dead"), 3);
}

/*
 * While the outbox runs, the sender thread prunes dead/ every
 * prune_interval_ms: a dead letter past its retention goes, one just
 * buried stays, and the dead count is what is left.
 */
static void
test_dead_retention_running(void **state)
{
	struct fixture *f = *state;
	double end;
	char *s;

	f->opts.dead_retention_days = 30;
	f->opts.prune_interval_ms = 50;
	fake_control("{\"mode\": \"fail400\", \"count\": 1}");
	open_ok(f);
	enqueue_ok(f, "telegram:11", "/prune/send", "{}");
	wait_for(f, 0, 1);
	put_file(f, "dead/00000000000000c1-00000000.job", "old");
	age_file(f, "dead/00000000000000c1-00000000.job", 31);
	end = now_s() + 5;
	while (has_file(f, "dead/00000000000000c1-00000000.job")) {
		if (now_s() > end)
			fail_msg("an old dead letter was not pruned in 5 s");
		sleep_s(0.02);
	}
	s = only_file(f, "dead");
	assert_non_null(strstr(s, "error: HTTP 400\n"));
	free(s);
	assert_int_equal(outbox_dead(f->ob), 1);
}

/*
 * Jobs queued while the platform is down survive a close and are sent,
 * once each and in order, after the next open; a second process cannot
 * open the same directory meanwhile.
 */
static void
test_restart(void **state)
{
	struct fixture *f = *state;
	char err[BOT_ERR_LEN] = "", body[32];
	cJSON *r;

	f->opts.max_attempts = 100;
	fake_control("{\"mode\": \"down\"}");
	open_ok(f);
	assert_null(outbox_open(&f->opts, &f->auth, err));
	assert_non_null(strstr(err, "in use"));
	for (int i = 0; i < 3; i++) {
		snprintf(body, sizeof(body), "m%d", i);
		enqueue_ok(f, "telegram:10", "/restart/send", body);
	}
	sleep_s(0.1);
	outbox_close(f->ob, 0);
	f->ob = NULL;
	assert_int_equal(count_files(f, "queue"), 3);
	fake_control("{\"mode\": \"ok\"}");
	free(fake_http("/_reset", ""));
	open_ok(f);
	wait_for(f, 0, 0);
	sleep_s(0.1);
	r = fake_requests("/restart/");
	assert_int_equal(cJSON_GetArraySize(r), 3);
	for (int i = 0; i < 3; i++) {
		snprintf(body, sizeof(body), "m%d", i);
		assert_string_equal(req_str(r, i, "body"), body);
		assert_int_equal((int)req_num(r, i, "status"), 200);
	}
	cJSON_Delete(r);
	assert_int_equal(count_files(f, "queue"), 0);
}

/*
 * One chat's jobs go in order, per_chat_interval apart, and its retry
 * holds back its later jobs but not another chat's.
 */
static void
test_order_per_chat(void **state)
{
	struct fixture *f = *state;
	cJSON *a, *b;
	char body[32];
	double retry;

	f->opts.per_chat_interval = 0.1;
	f->opts.backoff_initial = 0.6;
	f->opts.backoff_max = 0.6;
	fake_control("{\"mode\": \"fail500\", \"count\": 1, "
	    "\"path\": \"/order/a\"}");
	open_ok(f);
	for (int i = 1; i <= 4; i++) {
		snprintf(body, sizeof(body), "a%d", i);
		enqueue_ok(f, "chat:a", "/order/a", body);
	}
	for (int i = 1; i <= 2; i++) {
		snprintf(body, sizeof(body), "b%d", i);
		enqueue_ok(f, "chat:b", "/order/b", body);
	}
	wait_for(f, 0, 0);
	a = fake_requests("/order/a");
	b = fake_requests("/order/b");
	assert_int_equal(cJSON_GetArraySize(a), 5);
	assert_int_equal(cJSON_GetArraySize(b), 2);
	assert_string_equal(req_str(a, 0, "body"), "a1");
	assert_int_equal((int)req_num(a, 0, "status"), 500);
	for (int i = 1; i <= 4; i++) {
		snprintf(body, sizeof(body), "a%d", i);
		assert_string_equal(req_str(a, i, "body"), body);
		assert_int_equal((int)req_num(a, i, "status"), 200);
	}
	for (int i = 2; i <= 4; i++) {
		double gap = req_num(a, i, "time") - req_num(a, i - 1, "time");

		if (gap < 0.08)
			fail_msg("chat a: %.3f s between sends", gap);
	}
	assert_string_equal(req_str(b, 0, "body"), "b1");
	assert_string_equal(req_str(b, 1, "body"), "b2");
	retry = req_num(a, 1, "time");
	if (req_num(b, 1, "time") >= retry)
		fail_msg("chat b waited for chat a's retry");
	if (retry - req_num(a, 0, "time") < 0.25)
		fail_msg("retry after %.3f s, want at least 0.3 s",
		    retry - req_num(a, 0, "time"));
	cJSON_Delete(a);
	cJSON_Delete(b);
}

/*
 * outbox_close waits for a transfer in flight only until its deadline;
 * the job stays in queue/.
 */
static void
test_close_deadline(void **state)
{
	struct fixture *f = *state;
	double t;
	cJSON *r;

	f->opts.timeout_ms = 10000;
	fake_control("{\"mode\": \"hang\", \"count\": 1, \"seconds\": 4}");
	open_ok(f);
	enqueue_ok(f, "telegram:11", "/drain/send", "{}");
	r = wait_requests("/drain/", 1);
	assert_int_equal(cJSON_GetArraySize(r), 1);
	cJSON_Delete(r);
	t = now_s();
	outbox_close(f->ob, 1);
	f->ob = NULL;
	t = now_s() - t;
	if (t < 0.9 || t > 2.5)
		fail_msg("outbox_close(1) took %.3f s", t);
	assert_int_equal(count_files(f, "queue"), 1);
}

/* A channel that cannot build its request: retried, then dead/. */
static void
test_prepare_fails(void **state)
{
	struct fixture *f = *state;
	struct outbox_job job = { .channel = "broken", .rate_key = "b",
	    .path = "/broken/x" };
	char err[BOT_ERR_LEN];

	f->opts.max_attempts = 2;
	open_ok(f);
	assert_int_equal(outbox_enqueue(f->ob, &job, err), 0);
	wait_for(f, 0, 1);
	assert_int_equal(f->prepared, 2);
	assert_int_equal(count_files(f, "dead"), 1);
}

/*
 * A job with an empty path goes to the channel's URL as it is (staff
 * alerts do this), and one with an empty rate_key is queued under its
 * channel's name.
 */
static void
test_empty_path(void **state)
{
	struct fixture *f = *state;
	cJSON *r;
	char *s;

	f->opts.max_attempts = 100;
	fake_control("{\"mode\": \"down\"}");
	open_ok(f);
	enqueue_ok(f, "", "", "{\"alert\": true}");
	s = only_file(f, "queue");
	assert_non_null(strstr(s, "\npath: \n"));
	assert_non_null(strstr(s, "\nrate_key: telegram\n"));
	free(s);
	outbox_close(f->ob, 0);
	f->ob = NULL;
	free(fake_http("/_reset", ""));
	open_ok(f);
	wait_for(f, 0, 0);
	r = fake_requests("/");
	assert_int_equal(cJSON_GetArraySize(r), 1);
	assert_string_equal(req_str(r, 0, "path"), "/");
	assert_string_equal(req_str(r, 0, "body"), "{\"alert\": true}");
	cJSON_Delete(r);
}

/* Jobs with a newline in a field, no channel or a huge body are refused. */
static void
test_bad_jobs(void **state)
{
	struct fixture *f = *state;
	struct outbox_job job = { .channel = "telegram", .rate_key = "t:1",
	    .path = "/x\n/y" };
	char err[BOT_ERR_LEN] = "";

	open_ok(f);
	job.body = strdup("keep me");
	job.body_len = 7;
	assert_int_equal(outbox_enqueue(f->ob, &job, err), -1);
	assert_non_null(strstr(err, "newline"));
	assert_string_equal(job.body, "keep me");
	snprintf(job.path, sizeof(job.path), "/ok");
	snprintf(job.channel, sizeof(job.channel), "tele\ngram");
	assert_int_equal(outbox_enqueue(f->ob, &job, err), -1);
	snprintf(job.channel, sizeof(job.channel), "telegram");
	snprintf(job.path, sizeof(job.path), "/ok");
	snprintf(job.rate_key, sizeof(job.rate_key), "t\r1");
	assert_int_equal(outbox_enqueue(f->ob, &job, err), -1);
	snprintf(job.rate_key, sizeof(job.rate_key), "t:1");
	job.content_type = "text/plain\nX-Evil: 1";
	assert_int_equal(outbox_enqueue(f->ob, &job, err), -1);
	job.content_type = NULL;
	job.channel[0] = '\0';
	assert_int_equal(outbox_enqueue(f->ob, &job, err), -1);
	snprintf(job.channel, sizeof(job.channel), "telegram");
	job.body_len = 2 * 1024 * 1024;
	assert_int_equal(outbox_enqueue(f->ob, &job, err), -1);
	job.body_len = 7;
	outbox_job_finish(&job);
	assert_null(job.body);
	outbox_job_finish(&job);
	outbox_job_finish(NULL);
	assert_int_equal(count_files(f, "queue"), 0);
	assert_int_equal(outbox_pending(f->ob), 0);
}

/* Bad options and an unusable directory fail with a reason. */
static void
test_open_errors(void **state)
{
	struct fixture *f = *state;
	struct outbox_opts o = f->opts;
	char err[BOT_ERR_LEN] = "", p[128];

	o.max_attempts = 0;
	assert_null(outbox_open(&o, &f->auth, err));
	assert_true(err[0] != '\0');
	snprintf(p, sizeof(p), "%s/missing/outbox", f->dir);
	o = f->opts;
	o.dir = p;
	err[0] = '\0';
	assert_null(outbox_open(&o, &f->auth, err));
	assert_non_null(strstr(err, "missing"));
	assert_null(outbox_open(&f->opts, NULL, err));
	assert_non_null(strstr(err, "prepare"));
	assert_int_equal(access(f->dir, F_OK), -1);
	outbox_close(NULL, 0);
}

/* Many jobs over many chats, in parallel: each delivered exactly once. */
static void
test_many(void **state)
{
	struct fixture *f = *state;
	char body[32], key[32];
	int seen[60] = { 0 };
	cJSON *r;

	open_ok(f);
	fake_control("{\"mode\": \"fail500\", \"count\": 10}");
	for (int i = 0; i < 60; i++) {
		snprintf(body, sizeof(body), "%d", i);
		snprintf(key, sizeof(key), "chat:%d", i % 12);
		enqueue_ok(f, key, "/many/send", body);
	}
	wait_for(f, 0, 0);
	sleep_s(0.1);
	r = fake_requests("/many/");
	assert_int_equal(cJSON_GetArraySize(r), 70);
	for (int i = 0; i < 70; i++) {
		if ((int)req_num(r, i, "status") == 200)
			seen[atoi(req_str(r, i, "body"))]++;
	}
	for (int i = 0; i < 60; i++)
		assert_int_equal(seen[i], 1);
	cJSON_Delete(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_deliver_once, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_file_before_return, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_retry_500, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_retry_after_header, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_retry_after_body, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_permanent_400, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_max_attempts, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_timeout, setup, teardown),
		cmocka_unit_test_setup_teardown(test_leftover_jobs, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_dead_retention_open, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_dead_retention_running,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_restart, setup, teardown),
		cmocka_unit_test_setup_teardown(test_order_per_chat, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_close_deadline, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_prepare_fails, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_empty_path, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_bad_jobs, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_open_errors, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_many, setup, teardown),
	};

	return cmocka_run_group_tests_name("outbox", tests, group_setup,
	    group_teardown);
}
