/*
 * libFuzzer target for the HTTP server: the real server (server_start with
 * the bundled knowledge in a kbhold, a conversation store, metrics, a gaps
 * file, and a configuration that turns on the Telegram, WhatsApp, Twilio
 * and signed-webhook channels with a redelivery file but no outbox, so
 * nothing leaves the machine) runs in this process on 127.0.0.1, port 0.
 * Each input is sent as raw bytes on a new loopback connection, the write
 * side is shut, and the response is read (see FUZZ_HTTP_IDLE_MS). Every
 * FUZZ_HTTP_HEALTH_EVERY inputs, GET /healthz must still answer 200: a
 * wedged server is reported as a crash. The server's own threads run under
 * the same sanitizers, so a memory error there stops the run too.
 *
 * So that the fuzzer gets past the signature checks, every "@SIG@" in an
 * input is replaced before sending by the hex HMAC-SHA256 of the bytes
 * after the first blank line under FUZZ_HTTP_SECRET, the webhook and
 * WhatsApp secret: "X-Faqbot-Signature: sha256=@SIG@".
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "conf.h"
#include "convo.h"
#include "dedup.h"
#include "diag.h"
#include "gaps.h"
#include "kbhold.h"
#include "log.h"
#include "metrics.h"
#include "server.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#ifndef FAQBOT_FUZZ_ROOT
#define FAQBOT_FUZZ_ROOT "."
#endif

/* How often the server must prove it is still alive. */
#define FUZZ_HTTP_HEALTH_EVERY	64
/*
 * libmicrohttpd does not always close a half-closed connection that holds
 * an incomplete request: it waits for more bytes until the connection
 * timeout. So the end of a response is not always an end of file. An input
 * is done at end of file, when the reply has paused for FUZZ_HTTP_IDLE_MS,
 * or when nothing came for FUZZ_HTTP_WAIT_MS (the server is waiting for
 * the rest of a request that never comes). GET /healthz, a complete request
 * with "Connection: close", gets FUZZ_HTTP_HEALTH_MS.
 */
#define FUZZ_HTTP_IDLE_MS	10
#define FUZZ_HTTP_WAIT_MS	100
#define FUZZ_HTTP_HEALTH_MS	5000
/* The secret of every signed channel, and Telegram's header token. */
#define FUZZ_HTTP_SECRET	"fuzz-secret"
#define FUZZ_HTTP_SIG		"@SIG@"
/* The gaps file is emptied when it grows past this. */
#define FUZZ_HTTP_GAPS_MAX	(1024 * 1024)

static struct {
	struct kbhold		*kb;
	struct convo_store	*convos;
	struct metrics		*metrics;
	struct gaps		*gaps;
	struct conf		*conf;
	struct dedup		*dedup;
	struct server		*server;
	FILE			*log;
	unsigned		 port;
	unsigned long		 inputs;
	bool			 verbose;
	char			 dir[64];
	char			 gaps_path[96];
	char			 dedup_path[96];
} fz;

/* The channels' settings, as the environment would give them. */
static char fuzz_http_env[][64] = {
	"FAQBOT_SERVER_PUBLIC_URL=http://127.0.0.1",
	"FAQBOT_TELEGRAM_BOT_TOKEN=fuzz-bot",
	"FAQBOT_TELEGRAM_SECRET_TOKEN=" FUZZ_HTTP_SECRET,
	"FAQBOT_TELEGRAM_API_BASE=http://127.0.0.1:9",
	"FAQBOT_WHATSAPP_APP_SECRET=" FUZZ_HTTP_SECRET,
	"FAQBOT_WHATSAPP_VERIFY_TOKEN=" FUZZ_HTTP_SECRET,
	"FAQBOT_WHATSAPP_ACCESS_TOKEN=fuzz-access",
	"FAQBOT_WHATSAPP_PHONE_NUMBER_ID=1234567890",
	"FAQBOT_WHATSAPP_API_BASE=http://127.0.0.1:9",
	"FAQBOT_TWILIO_AUTH_TOKEN=" FUZZ_HTTP_SECRET,
	"FAQBOT_TWILIO_ACCOUNT_SID=ACfuzz",
	"FAQBOT_WEBHOOK_SECRET=" FUZZ_HTTP_SECRET,
};
#define FUZZ_HTTP_NENV	(sizeof(fuzz_http_env) / sizeof(fuzz_http_env[0]))

/*
 * A connected loopback socket that is reset on close, so that thousands
 * of short connections leave no TIME_WAIT behind; -1 on failure.
 */
static int
fuzz_http_connect(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	struct linger lg = { 1, 0 };
	struct timeval tv = { 1, 0 };
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

	if (fd == -1)
		return -1;
	a.sin_port = htons((unsigned short)fz.port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	if (connect(fd, (struct sockaddr *)&a, sizeof(a)) == -1) {
		close(fd);
		return -1;
	}
	return fd;
}

/*
 * Send data, shut the write side, and read the reply into out (up to
 * outsz-1 bytes kept, NUL-terminated; the rest is read and dropped) until
 * end of file, a pause of FUZZ_HTTP_IDLE_MS after some bytes, or wait_ms
 * with no byte at all. Returns the bytes received, or -1 when the
 * connection failed.
 */
static ssize_t
fuzz_http_exchange(const void *data, size_t size, char *out, size_t outsz,
    int wait_ms)
{
	char sink[4096];
	size_t off = 0, kept = 0, got = 0;
	int fd = fuzz_http_connect();

	if (fd == -1)
		return -1;
	while (off < size) {
		ssize_t n = send(fd, (const char *)data + off, size - off,
		    MSG_NOSIGNAL);

		if (n <= 0)
			break;	/* the server may close early: fine */
		off += (size_t)n;
	}
	shutdown(fd, SHUT_WR);
	for (;;) {
		struct pollfd p = { .fd = fd, .events = POLLIN };
		char *dst = kept + 1 < outsz ? out + kept : sink;
		size_t room = kept + 1 < outsz ? outsz - 1 - kept :
		    sizeof(sink);
		ssize_t n;

		if (poll(&p, 1, got > 0 ? FUZZ_HTTP_IDLE_MS : wait_ms) <= 0)
			break;
		n = recv(fd, dst, room, MSG_DONTWAIT);
		if (n <= 0)
			break;	/* end of file or reset */
		got += (size_t)n;
		if (dst == out + kept)
			kept += (size_t)n;
	}
	close(fd);
	if (outsz > 0)
		out[kept] = '\0';
	return (ssize_t)got;
}

/*
 * The input with every FUZZ_HTTP_SIG replaced by the hex HMAC-SHA256 of
 * its body (the bytes after the first blank line), or NULL when it has
 * none. Caller frees; *outlen gets the length.
 */
static char *
fuzz_http_sign(const uint8_t *data, size_t size, size_t *outlen)
{
	const char *sig = FUZZ_HTTP_SIG, *in = (const char *)data;
	size_t siglen = strlen(sig), n = 0;
	const char *body = memmem(in, size, "\r\n\r\n", 4);
	unsigned char mac[EVP_MAX_MD_SIZE];
	unsigned int maclen = 0;
	char hex[2 * EVP_MAX_MD_SIZE + 1], *out;

	if (memmem(in, size, sig, siglen) == NULL)
		return NULL;
	body = body != NULL ? body + 4 : in + size;
	HMAC(EVP_sha256(), FUZZ_HTTP_SECRET, (int)strlen(FUZZ_HTTP_SECRET),
	    (const unsigned char *)body, (size_t)(in + size - body), mac,
	    &maclen);
	for (unsigned int i = 0; i < maclen; i++)
		snprintf(hex + 2 * i, 3, "%02x", mac[i]);
	out = malloc(size / siglen * 2 * maclen + size + 1);
	if (out == NULL)
		abort();
	for (size_t i = 0; i < size;) {
		if (i + siglen <= size && memcmp(in + i, sig, siglen) == 0) {
			memcpy(out + n, hex, 2 * maclen);
			n += 2 * maclen;
			i += siglen;
		} else
			out[n++] = in[i++];
	}
	*outlen = n;
	return out;
}

/* Abort unless GET /healthz answers 200 with the knowledge in service. */
static void
fuzz_http_health(void)
{
	static const char req[] = "GET /healthz HTTP/1.1\r\nHost: fuzz\r\n"
	    "Connection: close\r\n\r\n";
	char resp[2048];
	ssize_t n = fuzz_http_exchange(req, sizeof(req) - 1, resp,
	    sizeof(resp), FUZZ_HTTP_HEALTH_MS);
	struct stat st;

	if (n <= 0 || strncmp(resp, "HTTP/1.1 200 ", 13) != 0 ||
	    strstr(resp, "\"status\":\"ok\"") == NULL) {
		fprintf(stderr, "fuzz_http: the server no longer answers "
		    "GET /healthz after %lu inputs (%s)\n", fz.inputs,
		    n < 0 ? strerror(errno) : n == 0 ? "no response" : resp);
		abort();
	}
	if (stat(fz.gaps_path, &st) == 0 && st.st_size > FUZZ_HTTP_GAPS_MAX)
		truncate(fz.gaps_path, 0);
}

/*
 * At exit (also after replaying files): the server must still be healthy;
 * then stop it and free everything, so LeakSanitizer sees it all.
 */
static void
fuzz_http_cleanup(void)
{
	fuzz_http_health();
	server_stop(fz.server, 2);
	convo_free(fz.convos);
	gaps_close(fz.gaps);
	dedup_close(fz.dedup);
	conf_free(fz.conf);
	metrics_free(fz.metrics);
	kbhold_free(fz.kb);
	unlink(fz.gaps_path);
	unlink(fz.dedup_path);
	rmdir(fz.dir);
	if (fz.log != NULL)
		fclose(fz.log);
}

/* The channels' configuration and redelivery file; exits on errors. */
static void
fuzz_http_channels(void)
{
	struct diag *d = diag_new();
	char err[BOT_ERR_LEN], *env[FUZZ_HTTP_NENV + 1];

	for (size_t i = 0; i < FUZZ_HTTP_NENV; i++)
		env[i] = fuzz_http_env[i];
	env[FUZZ_HTTP_NENV] = NULL;
	fz.conf = conf_new();
	if (conf_apply_env(fz.conf, env, d) != 0 || diag_count(d) > 0) {
		diag_print(d, stderr);
		exit(1);
	}
	diag_free(d);
	snprintf(fz.dedup_path, sizeof(fz.dedup_path), "%s/dedup.log",
	    fz.dir);
	fz.dedup = dedup_open(fz.dedup_path, 3600, err);
	if (fz.dedup == NULL) {
		fprintf(stderr, "fuzz_http: %s\n", err);
		exit(1);
	}
}

/* The knowledge and deps, as serve.c sets them up. */
static void
fuzz_http_deps(void)
{
	const char *path = getenv("FAQBOT_KB");
	char err[BOT_ERR_LEN], *kerr = NULL;
	struct kb *kb;

	if (path == NULL || path[0] == '\0')
		path = FAQBOT_FUZZ_ROOT "/knowledge";
	fz.kb = kbhold_new(path);
	if (!kbhold_reload(fz.kb, &kerr)) {
		fprintf(stderr, "fuzz_http: cannot load %s: %s\n", path,
		    kerr != NULL ? kerr : "?");
		exit(1);
	}
	fz.metrics = metrics_new();
	kb = kbhold_get(fz.kb);
	metrics_set_kb(fz.metrics, kb_count(kb), kb_version(kb));
	kb_unref(kb);
	fz.convos = convo_new(1000, 1800, 600);
	snprintf(fz.dir, sizeof(fz.dir), "/tmp/faqbot-fuzz-http-XXXXXX");
	if (mkdtemp(fz.dir) == NULL)
		abort();
	snprintf(fz.gaps_path, sizeof(fz.gaps_path), "%s/gaps.jsonl", fz.dir);
	fz.gaps = gaps_open(fz.gaps_path, 30, err);
	if (fz.gaps == NULL) {
		fprintf(stderr, "fuzz_http: %s\n", err);
		exit(1);
	}
	fuzz_http_channels();
}

/*
 * Start the server once: the example config's limits, but two threads and
 * a two-second connection timeout, so that the fuzzer waits less.
 */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct server_opts o = {
		.listen = "127.0.0.1:0",
		.threads = 2,
		.max_connections = 64,
		.connection_timeout = 2,
		.connection_memory = 32768,
		.body_max = 65536,
		.text_max = 4096,
		.log_text = true,	/* also fuzz the log's text cleaning */
	};
	struct server_deps deps;
	char err[BOT_ERR_LEN], hash[LOG_HASH_LEN];

	(void)argc;
	(void)argv;
	signal(SIGPIPE, SIG_IGN);
	fz.log = fopen("/dev/null", "w");
	if (fz.log == NULL)
		abort();
	log_init(LOG_DEBUG, fz.log, "fuzz", 4);
	fuzz_http_deps();
	/*
	 * Hash once here, so that OpenSSL initialises (and registers its own
	 * exit handler) before ours: ours must stop the server threads
	 * before OPENSSL_cleanup runs, or their per-thread state leaks.
	 */
	log_conv_hash("init", hash);
	deps = (struct server_deps){ .kb = fz.kb, .convos = fz.convos,
	    .metrics = fz.metrics, .gaps = fz.gaps, .conf = fz.conf,
	    .dedup = fz.dedup };
	fz.server = server_start(&o, &deps, err);
	if (fz.server == NULL) {
		fprintf(stderr, "fuzz_http: %s\n", err);
		exit(1);
	}
	fz.port = server_port(fz.server);
	fz.verbose = getenv("FUZZ_HTTP_VERBOSE") != NULL;
	atexit(fuzz_http_cleanup);
	fuzz_http_health();
	return 0;
}

/* One input: one raw request on a new connection, signed if asked. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char resp[64] = "";
	size_t len = 0;
	char *signed_input = fuzz_http_sign(data, size, &len);

	if (signed_input != NULL)
		(void)fuzz_http_exchange(signed_input, len, resp, sizeof(resp),
		    FUZZ_HTTP_WAIT_MS);
	else
		(void)fuzz_http_exchange(data, size, resp, sizeof(resp),
		    FUZZ_HTTP_WAIT_MS);
	free(signed_input);
	/* FUZZ_HTTP_VERBOSE=1 shows each response's status line. */
	if (fz.verbose)
		fprintf(stderr, "fuzz_http: %.*s\n", (int)strcspn(resp,
		    "\r\n"), resp);
	if (++fz.inputs % FUZZ_HTTP_HEALTH_EVERY == 0)
		fuzz_http_health();
	return 0;
}
