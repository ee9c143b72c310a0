/*
 * Holding and swapping the knowledge. A reload parses, checks and tests
 * (every example must come back to its own entry) the new files off to the
 * side; only a knowledge base that passes all of that replaces the one in
 * service, in one pointer swap under the lock.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "check.h"
#include "kbhold.h"
#include "xmalloc.h"

struct kbhold {
	pthread_mutex_t	 lock;
	pthread_mutex_t	 reloading;	/* one reload at a time */
	char		*path;
	struct kb	*kb;
	bool		 last_ok;
	char		*last_error;
	time_t		 last_when;
	unsigned	 reloads;
	unsigned	 failures;
};

/* A holder for the knowledge at path, empty until the first reload. */
struct kbhold *
kbhold_new(const char *path)
{
	struct kbhold *h = xcalloc(1, sizeof(*h));

	pthread_mutex_init(&h->lock, NULL);
	pthread_mutex_init(&h->reloading, NULL);
	h->path = xstrdup(path);
	return h;
}

/* Free the holder and drop its reference; accepts NULL. */
void
kbhold_free(struct kbhold *h)
{
	if (h == NULL)
		return;
	kb_unref(h->kb);
	free(h->path);
	free(h->last_error);
	pthread_mutex_destroy(&h->lock);
	pthread_mutex_destroy(&h->reloading);
	free(h);
}

/* Join every diagnostic into one text (one problem per line). */
static char *
kbhold_join(const struct diag *d)
{
	struct buf b;

	buf_init(&b, 0);
	for (size_t i = 0; i < diag_count(d) && diag_at(d, i) != NULL; i++) {
		if (i > 0)
			buf_putc(&b, '\n');
		buf_puts(&b, diag_at(d, i));
	}
	return buf_steal(&b);
}

/* Load and test the files; the new knowledge, or NULL with d filled. */
static struct kb *
kbhold_build(const char *path, struct diag *d)
{
	struct kb *kb = kb_load(path, d);

	if (kb != NULL && check_examples(kb, d) > 0) {
		kb_unref(kb);
		kb = NULL;
	}
	return kb;
}

/* Record the outcome of a reload under the lock. */
static void
kbhold_note(struct kbhold *h, struct kb *fresh, char *error)
{
	struct kb *old = NULL;

	pthread_mutex_lock(&h->lock);
	h->reloads++;
	h->last_when = time(NULL);
	h->last_ok = fresh != NULL;
	if (fresh != NULL) {
		old = h->kb;
		h->kb = fresh;
	} else
		h->failures++;
	free(h->last_error);
	h->last_error = error;
	pthread_mutex_unlock(&h->lock);
	kb_unref(old);
}

/*
 * Load the files again. On success the new knowledge is in service; on
 * failure the old one stays. *err (may be NULL) gets a copy of the
 * problems, one per line, for the caller to log; caller frees it.
 */
bool
kbhold_reload(struct kbhold *h, char **err)
{
	struct diag *d = diag_new();
	struct kb *fresh;
	char *error = NULL;

	pthread_mutex_lock(&h->reloading);
	fresh = kbhold_build(h->path, d);
	if (fresh == NULL)
		error = kbhold_join(d);
	if (err != NULL)
		*err = error != NULL ? xstrdup(error) : NULL;
	kbhold_note(h, fresh, error);
	pthread_mutex_unlock(&h->reloading);
	diag_free(d);
	return fresh != NULL;
}

/* The knowledge in service with a reference (kb_unref it), or NULL. */
struct kb *
kbhold_get(struct kbhold *h)
{
	struct kb *kb;

	pthread_mutex_lock(&h->lock);
	kb = h->kb;
	if (kb != NULL)
		kb_ref(kb);
	pthread_mutex_unlock(&h->lock);
	return kb;
}

/*
 * How the last reload went: *ok, when, counts; returns a copy of its
 * error text (NULL when it succeeded), which the caller frees.
 */
char *
kbhold_status(struct kbhold *h, bool *ok, time_t *when, unsigned *reloads,
    unsigned *failures)
{
	char *e;

	pthread_mutex_lock(&h->lock);
	*ok = h->last_ok;
	*when = h->last_when;
	*reloads = h->reloads;
	*failures = h->failures;
	e = h->last_error != NULL ? xstrdup(h->last_error) : NULL;
	pthread_mutex_unlock(&h->lock);
	return e;
}

const char *
kbhold_path(const struct kbhold *h)
{
	return h->path;
}
