/*
 * A threads test of the HTTP server for ThreadSanitizer (make tsan): the
 * real server (server_start with a kbhold, a conversation store, metrics,
 * a gaps file and the log) on 127.0.0.1 port 0, CLIENTS threads sending
 * chat messages (one conversation each, plus one they all share), health,
 * metrics and greeting requests, while the main thread reloads the
 * knowledge again and again. Every response must be 200. Prints
 * "server_threads: N requests, M failed"; exits 1 when any failed.
 *
 *   build/tsan/server_threads [KNOWLEDGE]
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "convo.h"
#include "gaps.h"
#include "kbhold.h"
#include "log.h"
#include "metrics.h"
#include "server.h"

#define CLIENTS		4
#define ROUNDS		60
#define RELOADS		6

static unsigned server_port_no;

static const char *questions[] = {
	"can i drive home after my infusion", "how much does it cost",
	"i want to kill myself", "wat is ketamin", "is it safe and what "
	"does it cost", "2", "hello there", "what is the weather in paris",
	"and for ptsd?", "the second one",
};
#define NQUESTIONS (sizeof(questions) / sizeof(questions[0]))

/* Send one request and return its HTTP status, or -1. */
static int
request(const char *req)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	struct timeval tv = { 60, 0 };
	char resp[256];
	size_t got = 0, len = strlen(req);
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), status = -1;

	if (fd == -1)
		return -1;
	a.sin_port = htons((unsigned short)server_port_no);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	if (connect(fd, (struct sockaddr *)&a, sizeof(a)) == -1 ||
	    send(fd, req, len, MSG_NOSIGNAL) != (ssize_t)len) {
		close(fd);
		return -1;
	}
	for (;;) {
		char sink[4096];
		ssize_t n = got + 1 < sizeof(resp) ? recv(fd, resp + got,
		    sizeof(resp) - 1 - got, 0) : recv(fd, sink, sizeof(sink),
		    0);

		if (n <= 0)
			break;
		if (got + 1 < sizeof(resp))
			got += (size_t)n;
	}
	close(fd);
	resp[got] = '\0';
	if (sscanf(resp, "HTTP/1.1 %d ", &status) != 1)
		status = -1;
	return status;
}

/* POST /v1/chat as conversation conv. */
static int
chat(const char *conv, const char *text)
{
	char body[512], req[1024];

	snprintf(body, sizeof(body), "{\"conversation\":\"%s\",\"text\":"
	    "\"%s\"}", conv, text);
	snprintf(req, sizeof(req), "POST /v1/chat HTTP/1.1\r\nHost: t\r\n"
	    "Content-Type: application/json\r\nConnection: close\r\n"
	    "Content-Length: %zu\r\n\r\n%s", strlen(body), body);
	return request(req);
}

struct client {
	int	 id;
	int	 requests;
	int	 failed;
};

/* One client: its own conversation, the shared one, and the GET routes. */
static void *
client_run(void *arg)
{
	static const char *gets[] = {
		"GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
		"GET /metrics HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
		("GET /v1/greeting?conversation=shared HTTP/1.1\r\nHost: t\r\n"
		"Connection: close\r\n\r\n"),
	};
	struct client *c = arg;
	char conv[32];

	snprintf(conv, sizeof(conv), "client-%d", c->id);
	for (int i = 0; i < ROUNDS; i++) {
		const char *q = questions[(size_t)(i + c->id) % NQUESTIONS];
		int st[3];

		st[0] = chat(conv, q);
		st[1] = chat("shared", q);
		st[2] = request(gets[(size_t)(i + c->id) % 3]);
		for (int k = 0; k < 3; k++) {
			c->requests++;
			if (st[k] != 200) {
				c->failed++;
				fprintf(stderr, "server_threads: client %d "
				    "round %d request %d: status %d\n", c->id,
				    i, k, st[k]);
			}
		}
	}
	return NULL;
}

int
main(int argc, char **argv)
{
	const char *kbpath = argc > 1 ? argv[1] : "knowledge";
	struct server_opts o = {
		.listen = "127.0.0.1:0", .threads = 4, .max_connections = 64,
		.connection_timeout = 30, .connection_memory = 32768,
		.body_max = 65536, .text_max = 4096, .log_text = true,
	};
	char err[BOT_ERR_LEN], dir[] = "/tmp/faqbot-tsan-XXXXXX", gpath[64];
	char *kerr = NULL;
	struct client cl[CLIENTS];
	pthread_t th[CLIENTS];
	int requests = 0, failed = 0;
	FILE *devnull = fopen("/dev/null", "w");
	struct kbhold *kb = kbhold_new(kbpath);
	struct metrics *m = metrics_new();
	struct convo_store *cs = convo_new(1000, 1800, 10000);
	struct gaps *g;
	struct server *s;

	signal(SIGPIPE, SIG_IGN);
	log_init(LOG_DEBUG, devnull, "tsan", 4);
	if (!kbhold_reload(kb, &kerr) || mkdtemp(dir) == NULL) {
		fprintf(stderr, "server_threads: cannot load %s: %s\n", kbpath,
		    kerr != NULL ? kerr : "mkdtemp failed");
		return 2;
	}
	snprintf(gpath, sizeof(gpath), "%s/gaps.jsonl", dir);
	g = gaps_open(gpath, 30, err);
	s = server_start(&o, &(struct server_deps){ .kb = kb, .convos = cs,
	    .metrics = m, .gaps = g }, err);
	if (g == NULL || s == NULL) {
		fprintf(stderr, "server_threads: %s\n", err);
		return 2;
	}
	server_port_no = server_port(s);
	for (int i = 0; i < CLIENTS; i++) {
		cl[i] = (struct client){ .id = i };
		pthread_create(&th[i], NULL, client_run, &cl[i]);
	}
	/* Reloads while the clients run: the swap under load. */
	for (int i = 0; i < RELOADS; i++) {
		usleep(200 * 1000);
		metrics_reload(m, kbhold_reload(kb, NULL));
	}
	for (int i = 0; i < CLIENTS; i++) {
		pthread_join(th[i], NULL);
		requests += cl[i].requests;
		failed += cl[i].failed;
	}
	server_stop(s, 5);
	gaps_close(g);
	convo_free(cs);
	metrics_free(m);
	kbhold_free(kb);
	unlink(gpath);
	rmdir(dir);
	fclose(devnull);
	printf("server_threads: %d requests, %d failed\n", requests, failed);
	return failed == 0 ? 0 : 1;
}
