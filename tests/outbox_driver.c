/*
 * A stand-in for a channel, for tests/outbox_crash.sh: opens an outbox in
 * DIR that sends to the fake platform on 127.0.0.1:PORT, queues COUNT jobs
 * (bodies {"id": N}, three chats, path /crash/send), prints
 * "enqueued COUNT" and keeps sending until SIGTERM or SIGINT, when it
 * closes the outbox (2 s drain), prints "closed" and exits 0.
 *
 *	outbox_driver DIR PORT COUNT
 */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "log.h"
#include "outbox.h"
#include "xmalloc.h"

static int driver_port;

/* Base URL of the fake platform plus path; no auth. */
static int
driver_prepare(void *arg, const char *channel, const char *path,
    const char *body, size_t len, char **url, struct curl_slist **headers)
{
	(void)arg;
	(void)body;
	(void)len;
	(void)channel;
	(void)headers;
	xasprintf(url, "http://127.0.0.1:%d%s", driver_port, path);
	return 0;
}

/* Queue count jobs. 0, or -1 after printing why. */
static int
driver_enqueue(struct outbox *ob, int count)
{
	char err[BOT_ERR_LEN];

	for (int i = 0; i < count; i++) {
		struct outbox_job job = { .channel = "test",
		    .path = "/crash/send" };

		snprintf(job.rate_key, sizeof(job.rate_key), "test:%d", i % 3);
		job.body_len = (size_t)xasprintf(&job.body, "{\"id\": %d}", i);
		if (outbox_enqueue(ob, &job, err) == -1) {
			fprintf(stderr, "outbox_driver: %s\n", err);
			outbox_job_finish(&job);
			return -1;
		}
		outbox_job_finish(&job);
	}
	return 0;
}

int
main(int argc, char **argv)
{
	struct outbox_opts opts = { .max_attempts = 1000,
	    .backoff_initial = 0.1, .backoff_max = 0.5,
	    .per_chat_interval = 0.02, .timeout_ms = 2000 };
	struct outbox_auth auth = { .prepare = driver_prepare };
	struct outbox *ob;
	char err[BOT_ERR_LEN];
	sigset_t set;
	int sig, count;

	if (argc != 4) {
		fprintf(stderr, "usage: outbox_driver DIR PORT COUNT\n");
		return 2;
	}
	opts.dir = argv[1];
	driver_port = atoi(argv[2]);
	count = atoi(argv[3]);
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);
	curl_global_init(CURL_GLOBAL_ALL);
	log_init(LOG_INFO, NULL, NULL, 0);
	if ((ob = outbox_open(&opts, &auth, err)) == NULL) {
		fprintf(stderr, "outbox_driver: %s\n", err);
		return 1;
	}
	if (driver_enqueue(ob, count) == -1) {
		outbox_close(ob, 0);
		return 1;
	}
	printf("enqueued %d\n", count);
	fflush(stdout);
	sigwait(&set, &sig);
	outbox_close(ob, 2);
	printf("closed\n");
	curl_global_cleanup();
	return 0;
}
