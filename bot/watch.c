/*
 * The knowledge watcher: one thread blocked in poll() on an inotify
 * descriptor and a stop pipe. Events are gathered until the files have
 * been quiet for WATCH_QUIET_MS, then the callback runs once.
 */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <poll.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "watch.h"
#include "xmalloc.h"

#define WATCH_QUIET_MS	300

struct watch {
	pthread_t	 thread;
	int		 ino;
	int		 stop[2];
	void		(*fn)(void *);
	void		*arg;
	char		*file;		/* only this name matters, or NULL */
};

/* True when an event is about a file the knowledge is made of. */
static bool
watch_relevant(const struct watch *w, const struct inotify_event *ev)
{
	size_t n;

	if (ev->len == 0)
		return w->file == NULL;
	if (w->file != NULL)
		return strcmp(ev->name, w->file) == 0;
	n = strlen(ev->name);
	return n > 3 && strcmp(ev->name + n - 3, ".kb") == 0;
}

/* Read pending events; true when one of them matters. */
static bool
watch_drain(struct watch *w)
{
	char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
	bool hit = false;
	ssize_t n;

	while ((n = read(w->ino, buf, sizeof(buf))) > 0) {
		for (char *p = buf; p < buf + n; ) {
			const struct inotify_event *ev = (const void *)p;

			hit = hit || watch_relevant(w, ev);
			p += sizeof(*ev) + ev->len;
		}
	}
	return hit;
}

/* The thread: wait for changes, then for quiet, then call back. */
static void *
watch_run(void *arg)
{
	struct watch *w = arg;
	struct pollfd p[2] = { { w->ino, POLLIN, 0 }, { w->stop[0], POLLIN, 0 } };
	bool pending = false;

	for (;;) {
		int rc = poll(p, 2, pending ? WATCH_QUIET_MS : -1);

		if (rc < 0 && errno == EINTR)
			continue;
		if (rc < 0 || (p[1].revents & POLLIN))
			break;
		if (rc == 0) {
			pending = false;
			w->fn(w->arg);
			continue;
		}
		if (watch_drain(w))
			pending = true;
	}
	return NULL;
}

/*
 * Watch the knowledge at path (a directory of .kb files, or one file) and
 * call fn(arg) from the watcher thread after each burst of changes.
 * Returns NULL with err on failure. Stop with watch_stop.
 */
struct watch *
watch_start(const char *path, void (*fn)(void *), void *arg,
    char err[BOT_ERR_LEN])
{
	struct watch *w = xcalloc(1, sizeof(*w));
	char *copy = xstrdup(path), *dir = copy;
	struct stat st;

	w->fn = fn;
	w->arg = arg;
	if (stat(path, &st) == 0 && !S_ISDIR(st.st_mode)) {
		char *c2 = xstrdup(path);

		w->file = xstrdup(basename(c2));
		free(c2);
		dir = dirname(copy);
	}
	w->ino = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (w->ino < 0 || inotify_add_watch(w->ino, dir, IN_CLOSE_WRITE |
	    IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE) < 0 ||
	    pipe2(w->stop, O_CLOEXEC) < 0) {
		snprintf(err, BOT_ERR_LEN, "cannot watch %s: %s", dir,
		    strerror(errno));
		if (w->ino >= 0)
			close(w->ino);
		free(w->file);
		free(w);
		free(copy);
		return NULL;
	}
	free(copy);
	pthread_create(&w->thread, NULL, watch_run, w);
	return w;
}

/* Stop the thread and free; accepts NULL. */
void
watch_stop(struct watch *w)
{
	if (w == NULL)
		return;
	(void)write(w->stop[1], "x", 1);
	pthread_join(w->thread, NULL);
	close(w->stop[0]);
	close(w->stop[1]);
	close(w->ino);
	free(w->file);
	free(w);
}
