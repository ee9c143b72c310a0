/*
 * `faqbot serve`: read the configuration, load and test the knowledge,
 * start the HTTP server, then wait for signals in the main thread. Signals
 * are blocked in every other thread (they inherit the mask), so nothing
 * runs in a signal handler: SIGHUP reloads the knowledge, SIGTERM and
 * SIGINT stop accepting, let requests finish and exit 0.
 */
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include <curl/curl.h>

#include "alert.h"
#include "channel.h"
#include "chanserve.h"
#include "cli.h"
#include "conf.h"
#include "convo.h"
#include "dedup.h"
#include "gaps.h"
#include "irc.h"
#include "kb.h"
#include "kbhold.h"
#include "log.h"
#include "metrics.h"
#include "outbox.h"
#include "serve.h"
#include "server.h"
#include "telegram_poll.h"
#include "watch.h"
#include "xmalloc.h"
#include "xmpp.h"

/* How long requests in flight may take to finish at shutdown. */
#define SERVE_DRAIN_SECONDS	8

extern char **environ;

struct serve {
	struct conf		*conf;
	const char		*config_path;
	const char		*listen;
	const char		*kb_path;
	bool			 check_only;
	struct kbhold		*kb;
	struct metrics		*metrics;
	struct gaps		*gaps;
	struct convo_store	*convos;
	struct dedup		*dedup;
	struct outbox		*outbox;
	struct alerts		*alerts;
	struct server		*server;
	struct watch		*watch;
	struct tgpoll		*tgpoll;
	struct xmppc		*xmpp;
	struct irc		*irc;
	struct chanserve_deps	 deps;		/* for connected channels */
};

/* Parse serve's options; -1 to go on, else the exit status. */
static int
serve_args(int argc, char **argv, struct serve *sv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "listen", required_argument, NULL, 'l' },
		{ "kb", required_argument, NULL, 'k' },
		{ "check-config", no_argument, NULL, 'C' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int ch;

	opterr = 0;
	optind = 1;
	while ((ch = getopt_long(argc, argv, "+c:", longopts, NULL)) != -1) {
		if (ch == 'c')
			sv->config_path = optarg;
		else if (ch == 'l')
			sv->listen = optarg;
		else if (ch == 'k')
			sv->kb_path = optarg;
		else if (ch == 'C')
			sv->check_only = true;
		else if (ch == 'h') {
			printf("usage: faqbot serve [--config FILE] [--listen "
			    "ADDR:PORT] [--kb PATH] [--check-config]\n");
			return 0;
		} else
			return cli_usage_error("serve", "unknown or incomplete "
			    "option '%s'", argv[optind - 1]);
	}
	if (optind < argc)
		return cli_usage_error("serve", "unexpected argument '%s'",
		    argv[optind]);
	return -1;
}

/* Read the config file (if any) and the environment; false on errors. */
static bool
serve_config(struct serve *sv)
{
	struct diag *d = diag_new();
	bool ok;

	sv->conf = conf_new();
	if (sv->config_path != NULL)
		conf_load(sv->conf, sv->config_path, d);
	conf_apply_env(sv->conf, environ, d);
	ok = diag_count(d) == 0;
	if (!ok)
		diag_print(d, stderr);
	diag_free(d);
	if (sv->kb_path == NULL && conf_str(sv->conf, "knowledge",
	    "path")[0] != '\0')
		sv->kb_path = conf_str(sv->conf, "knowledge", "path");
	if (sv->kb_path == NULL)
		sv->kb_path = kb_default_path();
	if (sv->listen == NULL)
		sv->listen = conf_str(sv->conf, "server", "listen");
	return ok;
}

/* Set up logging; the salt is random per start unless configured. */
static void
serve_log(struct serve *sv)
{
	const char *salt = conf_str(sv->conf, "log", "hash_salt");
	enum log_level level = LOG_INFO;
	unsigned char rnd[32];

	log_parse_level(conf_str(sv->conf, "log", "level"), &level);
	if (salt[0] != '\0') {
		log_init(level, NULL, salt, strlen(salt));
		return;
	}
	if (getrandom(rnd, sizeof(rnd), 0) != (ssize_t)sizeof(rnd))
		xoom("getrandom");
	log_init(level, NULL, (const char *)rnd, sizeof(rnd));
}

/* Reload the knowledge and say how it went. */
static void
serve_reload(struct serve *sv, const char *why)
{
	char *err = NULL;
	struct kb *kb;
	bool ok = kbhold_reload(sv->kb, &err);

	metrics_reload(sv->metrics, ok);
	kb = kbhold_get(sv->kb);
	if (ok) {
		metrics_set_kb(sv->metrics, kb_count(kb), kb_version(kb));
		log_msg(LOG_INFO, "knowledge reloaded (%s): %zu entries, "
		    "version %s", why, kb_count(kb), kb_version(kb));
	} else {
		log_msg(LOG_WARN, "knowledge reload failed (%s), still "
		    "serving version %s: %s", why, kb != NULL ?
		    kb_version(kb) : "none", err != NULL ? err : "?");
	}
	kb_unref(kb);
	free(err);
}

/* The watcher's callback. */
static void
serve_changed(void *arg)
{
	serve_reload(arg, "files changed");
}

/* First load of the knowledge: problems go to stderr, as for check. */
static bool
serve_first_load(struct serve *sv)
{
	char *err = NULL;

	sv->kb = kbhold_new(sv->kb_path);
	if (kbhold_reload(sv->kb, &err))
		return true;
	fprintf(stderr, "%s\nfaqbot serve: the knowledge in %s has problems "
	    "(see above)\n", err != NULL ? err : "", sv->kb_path);
	free(err);
	return false;
}

/* Open the file of unanswered questions, if kept. */
static void
serve_gaps(struct serve *sv)
{
	char err[256];

	if (!conf_bool(sv->conf, "gaps", "enabled"))
		return;
	sv->gaps = gaps_open(conf_str(sv->conf, "gaps", "path"),
	    (int)conf_int(sv->conf, "gaps", "retention_days"), err);
	if (sv->gaps == NULL)
		log_msg(LOG_WARN, "unanswered questions will not be kept: %s",
		    err);
}

/* True when a channel or staff alerts are configured. */
static bool
serve_wants_outbox(const struct conf *c)
{
	for (size_t i = 0; i < channel_count(); i++)
		if (channel_at(i)->enabled(c))
			return true;
	if (tgpoll_configured(c))
		return true;
	return conf_str(c, "alerts", "url")[0] != '\0';
}

/*
 * The outbox, the redelivery memory and staff alerts, when a channel or
 * alerts are configured. False when they are needed but cannot be opened:
 * a channel must never accept a message it cannot answer.
 */
static bool
serve_channels(struct serve *sv)
{
	const struct conf *c = sv->conf;
	struct outbox_opts o = {
		.dir = conf_str(c, "outbox", "dir"),
		.max_attempts = (int)conf_int(c, "outbox", "max_attempts"),
		.backoff_initial = (double)conf_int(c, "outbox",
		    "backoff_initial"),
		.backoff_max = (double)conf_int(c, "outbox", "backoff_max"),
		.per_chat_interval = conf_int(c, "outbox",
		    "per_chat_interval_ms") / 1000.0,
		.timeout_ms = conf_int(c, "outbox", "timeout_ms"),
		.dead_retention_days = (int)conf_int(c, "outbox",
		    "dead_retention_days"),
	};
	struct outbox_auth auth;
	char err[BOT_ERR_LEN];

	if (!serve_wants_outbox(c))
		return true;
	sv->dedup = dedup_open(conf_str(c, "dedup", "path"),
	    (int)conf_int(c, "dedup", "keep_hours") * 3600, err);
	if (sv->dedup == NULL) {
		fprintf(stderr, "faqbot serve: %s\n", err);
		return false;
	}
	chanserve_outbox_auth(c, &auth);
	sv->outbox = outbox_open(&o, &auth, err);
	if (sv->outbox == NULL) {
		fprintf(stderr, "faqbot serve: %s\n", err);
		return false;
	}
	sv->alerts = alert_new(c, sv->outbox);
	return true;
}

/* Start the HTTP server with the configured limits. */
static bool
serve_http(struct serve *sv)
{
	const struct conf *c = sv->conf;
	struct server_opts o = {
		.listen = sv->listen,
		.threads = (unsigned)conf_int(c, "server", "threads"),
		.max_connections = (unsigned)conf_int(c, "server",
		    "max_connections"),
		.per_ip_connections = (unsigned)conf_int(c, "server",
		    "per_ip_connections"),
		.connection_timeout = (unsigned)conf_int(c, "server",
		    "connection_timeout"),
		.connection_memory = (size_t)conf_int(c, "server",
		    "connection_memory"),
		.body_max = (size_t)conf_int(c, "server", "body_max"),
		.text_max = (size_t)conf_int(c, "server", "text_max"),
		.log_text = conf_bool(c, "log", "log_text"),
	};
	struct server_deps deps = { sv->kb, sv->convos, sv->metrics,
	    sv->gaps, sv->conf, sv->dedup, sv->outbox, sv->alerts };
	char err[BOT_ERR_LEN];

	sv->server = server_start(&o, &deps, err);
	if (sv->server == NULL) {
		fprintf(stderr, "faqbot serve: %s\n", err);
		return false;
	}
	log_msg(LOG_INFO, "listening on %s (port %u)", sv->listen,
	    server_port(sv->server));
	printf("faqbot: serving on port %u; open http://%s:%u/ in a "
	    "browser\n", server_port(sv->server), strncmp(sv->listen, "0.0.0.0",
	    7) == 0 ? "127.0.0.1" : "localhost", server_port(sv->server));
	fflush(stdout);
	return true;
}

/* What a connected channel needs to answer (lives as long as sv). */
static const struct chanserve_deps *
serve_deps(struct serve *sv)
{
	sv->deps = (struct chanserve_deps){
		.conf = sv->conf,
		.kb = sv->kb,
		.convos = sv->convos,
		.dedup = sv->dedup,
		.outbox = sv->outbox,
		.metrics = sv->metrics,
		.gaps = sv->gaps,
		.alerts = sv->alerts,
	};
	return &sv->deps;
}

/* Telegram long polling, when [telegram] mode = polling. */
static bool
serve_tgpoll(struct serve *sv)
{
	char err[BOT_ERR_LEN];

	sv->tgpoll = tgpoll_start(sv->conf, serve_deps(sv), err);
	if (sv->tgpoll == NULL && err[0] != '\0') {
		fprintf(stderr, "faqbot serve: %s\n", err);
		return false;
	}
	return true;
}

/* The XMPP connector, when [xmpp] jid is set. */
static bool
serve_xmpp(struct serve *sv)
{
	char err[BOT_ERR_LEN];

	sv->xmpp = xmppc_start(sv->conf, serve_deps(sv), err);
	if (sv->xmpp == NULL && err[0] != '\0') {
		fprintf(stderr, "faqbot serve: %s\n", err);
		return false;
	}
	return true;
}

/* The IRC connector, when [irc] server is set. */
static bool
serve_irc(struct serve *sv)
{
	char err[BOT_ERR_LEN];

	if (!irc_enabled(sv->conf))
		return true;
	sv->irc = irc_start(sv->conf, serve_deps(sv), err);
	if (sv->irc == NULL)
		fprintf(stderr, "faqbot serve: %s\n", err);
	return sv->irc != NULL;
}

/* Wait for signals until asked to stop. */
static void
serve_loop(struct serve *sv, sigset_t *set)
{
	for (;;) {
		int sig;

		if (sigwait(set, &sig) != 0)
			continue;
		if (sig == SIGHUP) {
			serve_reload(sv, "SIGHUP");
			continue;
		}
		log_msg(LOG_INFO, "%s: finishing requests in flight, then "
		    "exiting", sig == SIGINT ? "SIGINT" : "SIGTERM");
		return;
	}
}

/* Free everything; accepts a partly built serve. */
static void
serve_finish(struct serve *sv)
{
	irc_stop(sv->irc);
	tgpoll_stop(sv->tgpoll);
	xmppc_stop(sv->xmpp);
	watch_stop(sv->watch);
	server_stop(sv->server, SERVE_DRAIN_SECONDS);
	alert_free(sv->alerts);
	outbox_close(sv->outbox, 2);
	dedup_close(sv->dedup);
	convo_free(sv->convos);
	gaps_close(sv->gaps);
	metrics_free(sv->metrics);
	kbhold_free(sv->kb);
	conf_free(sv->conf);
}

/* Start the watcher, unless turned off. */
static void
serve_watch(struct serve *sv)
{
	char err[BOT_ERR_LEN];

	if (!conf_bool(sv->conf, "knowledge", "watch"))
		return;
	sv->watch = watch_start(sv->kb_path, serve_changed, sv, err);
	if (sv->watch == NULL)
		log_msg(LOG_WARN, "knowledge files will not be watched: %s "
		    "(SIGHUP still reloads)", err);
}

/* faqbot serve [--config FILE] [--listen ADDR:PORT] [--kb PATH] ... */
int
serve_main(int argc, char **argv)
{
	struct serve sv = { .conf = NULL };
	sigset_t set;
	struct kb *kb;
	int rc = serve_args(argc, argv, &sv);

	if (rc >= 0)
		return rc;
	if (!serve_config(&sv) || !serve_first_load(&sv)) {
		serve_finish(&sv);
		return 1;
	}
	if (sv.check_only) {
		printf("configuration OK\n");
		serve_finish(&sv);
		return 0;
	}
	sigemptyset(&set);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);
	/* Before any thread: libcurl's global set-up is not thread-safe. */
	curl_global_init(CURL_GLOBAL_ALL);
	serve_log(&sv);
	sv.metrics = metrics_new();
	kb = kbhold_get(sv.kb);
	metrics_set_kb(sv.metrics, kb_count(kb), kb_version(kb));
	kb_unref(kb);
	serve_gaps(&sv);
	sv.convos = convo_new((size_t)conf_int(sv.conf, "server",
	    "max_conversations"), (int)conf_int(sv.conf, "server",
	    "conversation_ttl"), (int)conf_int(sv.conf, "server",
	    "rate_per_minute"));
	rc = serve_channels(&sv) && serve_http(&sv) && serve_tgpoll(&sv) &&
	    serve_xmpp(&sv) && serve_irc(&sv) ? 0 : 1;
	if (rc == 0) {
		serve_watch(&sv);
		serve_loop(&sv, &set);
		/* A second Ctrl-C during the drain ends the process at once. */
		signal(SIGINT, SIG_DFL);
		sigdelset(&set, SIGHUP);
		sigdelset(&set, SIGTERM);
		pthread_sigmask(SIG_UNBLOCK, &set, NULL);
	}
	serve_finish(&sv);
	curl_global_cleanup();
	if (rc == 0)
		log_msg(LOG_INFO, "stopped");
	return rc;
}
