/*
 * Redelivery protection: the set of (channel, event id) pairs already
 * claimed, kept in a chained hash table and in an append-only file so that
 * a restart still knows them.
 *
 * The file has one record a line, fsynced before dedup_first returns:
 *
 *	TIME<TAB>CHANNEL<TAB>ID		a claim at unix time TIME
 *	-<TAB>CHANNEL<TAB>ID		dedup_forget: the claim is released
 *
 * Backslash, tab, CR and newline in a channel or id are written as \\, \t,
 * \r and \n, so any id fits on one line; the escaped form is also the key
 * in memory. On open the file is read, claims older than keep_seconds and
 * released ones are dropped, and the file is rewritten with what is left
 * (temporary file, fsync, rename, fsync of the directory), so a crash at
 * any point leaves either the old or the new file. The same compaction
 * runs again while the process lives once the file has more than twice as
 * many records as there are live claims.
 *
 * Memory is bounded: past DEDUP_MAX_ENTRIES live claims the oldest one is
 * dropped. One mutex guards everything, including the file writes, so two
 * threads racing on the same id get exactly one true.
 *
 * One process at a time: PATH.lock is flock()ed from before the file is
 * read until dedup_close. Without it a second process opening the same
 * file (a second faqbot started by mistake, which then stops at the
 * outbox's own lock) compacted it under the first: the two wrote the one
 * PATH.tmp at once (a rename then failed with ENOENT), and the first went
 * on appending to the file the rename had replaced, so its claims were
 * lost at the next start and redeliveries answered twice.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dedup.h"
#include "log.h"
#include "xmalloc.h"

/* Live claims kept at most; the oldest is forgotten past this. */
#define DEDUP_MAX_ENTRIES	1000000
/* Longest escaped "channel<TAB>id" key; longer ids are not recorded. */
#define DEDUP_KEY_MAX		1024
/* Buckets at most (a power of two): one per entry at the entry cap. */
#define DEDUP_BUCKETS_MAX	((size_t)1 << 20)
/* Records in the file before a compaction is considered while running. */
#define DEDUP_COMPACT_MIN	100000

struct dedup_entry {
	struct dedup_entry	*hnext;		/* next in the bucket */
	struct dedup_entry	*older;		/* claim order, oldest first */
	struct dedup_entry	*newer;
	time_t			 when;		/* time of the claim */
	uint64_t		 hash;
	size_t			 len;
	char			 key[];		/* escaped channel TAB id */
};

struct dedup {
	pthread_mutex_t		 lock;
	char			*path;
	char			*tmp;		/* path.tmp, for compaction */
	int			 fd;		/* appends; -1 if it failed */
	int			 lock_fd;	/* PATH.lock, flock()ed */
	time_t			 keep;
	uint64_t		 seed;		/* per-process hash seed */
	struct dedup_entry	**buckets;
	size_t			 nbuckets;	/* a power of two */
	size_t			 count;
	struct dedup_entry	*oldest;
	struct dedup_entry	*newest;
	size_t			 records;	/* lines in the file */
};

/* FNV-1a over the key, started from the process's random seed. */
static uint64_t
dedup_hash(const struct dedup *d, const char *s, size_t n)
{
	uint64_t h = 14695981039346656037ULL ^ d->seed;

	while (n-- > 0) {
		h ^= (unsigned char)*s++;
		h *= 1099511628211ULL;
	}
	return h;
}

/*
 * Append the escaped form of s to out (of DEDUP_KEY_MAX + 1 bytes) at *len.
 * False when it does not fit.
 */
static bool
dedup_escape(const char *s, char *out, size_t *len)
{
	for (; *s != '\0'; s++) {
		char c = *s, e = 0;

		if (c == '\\')
			e = '\\';
		else if (c == '\t')
			e = 't';
		else if (c == '\n')
			e = 'n';
		else if (c == '\r')
			e = 'r';
		if (*len + (e != 0 ? 2 : 1) > DEDUP_KEY_MAX)
			return false;
		if (e != 0) {
			out[(*len)++] = '\\';
			c = e;
		}
		out[(*len)++] = c;
	}
	out[*len] = '\0';
	return true;
}

/*
 * Build the key "channel<TAB>id", escaped, into key[DEDUP_KEY_MAX + 1].
 * Returns its length, or 0 when the id is empty or too long to record.
 */
static size_t
dedup_key(const char *channel, const char *id, char *key)
{
	size_t len = 0;

	if (channel == NULL || id == NULL || *id == '\0')
		return 0;
	if (!dedup_escape(channel, key, &len) || len + 1 > DEDUP_KEY_MAX)
		return 0;
	key[len++] = '\t';
	if (!dedup_escape(id, key, &len))
		return 0;
	return len;
}

/* The entry with this key and hash, or NULL. */
static struct dedup_entry *
dedup_find(struct dedup *d, const char *key, size_t len, uint64_t h)
{
	struct dedup_entry *e = d->buckets[h & (d->nbuckets - 1)];

	for (; e != NULL; e = e->hnext) {
		if (e->hash == h && e->len == len &&
		    memcmp(e->key, key, len) == 0)
			return e;
	}
	return NULL;
}

/* Take e out of the claim-order list. */
static void
dedup_unlink_age(struct dedup *d, struct dedup_entry *e)
{
	if (e->older != NULL)
		e->older->newer = e->newer;
	else
		d->oldest = e->newer;
	if (e->newer != NULL)
		e->newer->older = e->older;
	else
		d->newest = e->older;
	e->older = e->newer = NULL;
}

/* Put e at the newest end of the claim-order list. */
static void
dedup_link_newest(struct dedup *d, struct dedup_entry *e)
{
	e->older = d->newest;
	e->newer = NULL;
	if (d->newest != NULL)
		d->newest->newer = e;
	else
		d->oldest = e;
	d->newest = e;
}

/* Remove e from the table and free it. */
static void
dedup_remove(struct dedup *d, struct dedup_entry *e)
{
	struct dedup_entry **pp = &d->buckets[e->hash & (d->nbuckets - 1)];

	while (*pp != e)
		pp = &(*pp)->hnext;
	*pp = e->hnext;
	dedup_unlink_age(d, e);
	d->count--;
	free(e);
}

/* Double the bucket array (up to the cap) and rehash every entry. */
static void
dedup_grow(struct dedup *d)
{
	size_t n = d->nbuckets * 2;
	struct dedup_entry **b = xcalloc(n, sizeof(*b));

	for (size_t i = 0; i < d->nbuckets; i++) {
		struct dedup_entry *e = d->buckets[i], *next;

		for (; e != NULL; e = next) {
			next = e->hnext;
			e->hnext = b[e->hash & (n - 1)];
			b[e->hash & (n - 1)] = e;
		}
	}
	free(d->buckets);
	d->buckets = b;
	d->nbuckets = n;
}

/*
 * Record a claim of key at time when, as the newest: an existing entry is
 * moved, a new one added. Past the cap the oldest claim is dropped.
 */
static void
dedup_claim(struct dedup *d, const char *key, size_t len, time_t when)
{
	uint64_t h = dedup_hash(d, key, len);
	struct dedup_entry *e = dedup_find(d, key, len, h);

	if (e != NULL) {
		e->when = when;
		dedup_unlink_age(d, e);
		dedup_link_newest(d, e);
		return;
	}
	if (d->count >= DEDUP_MAX_ENTRIES)
		dedup_remove(d, d->oldest);
	if (d->count >= d->nbuckets && d->nbuckets < DEDUP_BUCKETS_MAX)
		dedup_grow(d);
	e = xmalloc(sizeof(*e) + len + 1);
	memcpy(e->key, key, len);
	e->key[len] = '\0';
	e->len = len;
	e->hash = h;
	e->when = when;
	e->hnext = d->buckets[h & (d->nbuckets - 1)];
	d->buckets[h & (d->nbuckets - 1)] = e;
	dedup_link_newest(d, e);
	d->count++;
}

/* Drop the key's claim, if any. */
static void
dedup_release(struct dedup *d, const char *key, size_t len)
{
	struct dedup_entry *e;

	e = dedup_find(d, key, len, dedup_hash(d, key, len));
	if (e != NULL)
		dedup_remove(d, e);
}

/* True when a claim made at when has expired at now. */
static bool
dedup_expired(const struct dedup *d, time_t when, time_t now)
{
	return now - when >= d->keep;
}

/* Forget the oldest claims that have expired at now. */
static void
dedup_prune(struct dedup *d, time_t now)
{
	while (d->oldest != NULL && dedup_expired(d, d->oldest->when, now))
		dedup_remove(d, d->oldest);
}

/*
 * True when key[0..len) is a well-formed stored key: not too long, no NUL,
 * and exactly one tab with text on both sides.
 */
static bool
dedup_valid_key(const char *key, size_t len)
{
	const char *tab;

	if (len < 3 || len > DEDUP_KEY_MAX || memchr(key, '\0', len) != NULL)
		return false;
	tab = memchr(key, '\t', len);
	if (tab == NULL || tab == key || tab == key + len - 1)
		return false;
	return memchr(tab + 1, '\t', len - (size_t)(tab + 1 - key)) == NULL;
}

/*
 * Apply one line of the file (without its newline) at time now. False when
 * the line is malformed, which is then ignored.
 */
static bool
dedup_load_line(struct dedup *d, char *line, size_t n, time_t now)
{
	char *tab = memchr(line, '\t', n), *key, *end;
	size_t len;
	long long when;

	if (tab == NULL || tab == line)
		return false;
	key = tab + 1;
	len = n - (size_t)(key - line);
	if (!dedup_valid_key(key, len))
		return false;
	if (line[0] == '-' && tab == line + 1) {
		dedup_release(d, key, len);
		return true;
	}
	if (!isdigit((unsigned char)line[0]))
		return false;
	errno = 0;
	when = strtoll(line, &end, 10);
	if (errno != 0 || end != tab)
		return false;
	if (!dedup_expired(d, (time_t)when, now))
		dedup_claim(d, key, len, (time_t)when);
	return true;
}

/*
 * Read the file, if it exists, into the table at time now. Lines without
 * their newline (a write cut by a crash) are ignored. 0, or -1 with err.
 */
static int
dedup_load(struct dedup *d, time_t now, char err[BOT_ERR_LEN])
{
	FILE *fp = fopen(d->path, "re");
	char *line = NULL;
	size_t cap = 0, bad = 0;
	ssize_t n;

	if (fp == NULL && errno == ENOENT)
		return 0;
	if (fp == NULL) {
		snprintf(err, BOT_ERR_LEN, "open %s: %s", d->path,
		    strerror(errno));
		return -1;
	}
	while ((n = getline(&line, &cap, fp)) != -1) {
		if (n == 0 || line[n - 1] != '\n' ||
		    !dedup_load_line(d, line, (size_t)n - 1, now))
			bad++;
	}
	free(line);
	if (ferror(fp)) {
		snprintf(err, BOT_ERR_LEN, "read %s: %s", d->path,
		    strerror(errno));
		fclose(fp);
		return -1;
	}
	fclose(fp);
	if (bad > 0)
		log_warnx("dedup: %s: ignored %zu malformed lines", d->path,
		    bad);
	return 0;
}

/* fsync the directory holding path, so that a rename in it is durable. */
static int
dedup_sync_dir(const char *path, char err[BOT_ERR_LEN])
{
	char *copy = xstrdup(path);
	const char *dir = dirname(copy);
	int fd, rc = 0;

	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd == -1 || fsync(fd) == -1) {
		snprintf(err, BOT_ERR_LEN, "sync directory %s: %s", dir,
		    strerror(errno));
		rc = -1;
	}
	if (fd != -1)
		close(fd);
	free(copy);
	return rc;
}

/* Write every live claim, oldest first, to fp. False on a write error. */
static bool
dedup_write_all(const struct dedup *d, FILE *fp)
{
	for (const struct dedup_entry *e = d->oldest; e != NULL;
	    e = e->newer) {
		if (fprintf(fp, "%lld\t%s\n", (long long)e->when, e->key) < 0)
			return false;
	}
	return true;
}

/*
 * Rewrite the file with the live claims only, through PATH.tmp, and reopen
 * the append descriptor. 0, or -1 with err (the old file is then intact,
 * and the old descriptor kept).
 */
static int
dedup_compact(struct dedup *d, char err[BOT_ERR_LEN])
{
	const char *tmp = d->tmp;
	FILE *fp;
	int fd;

	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW,
	    0600);
	if (fd == -1 || (fp = fdopen(fd, "w")) == NULL) {
		snprintf(err, BOT_ERR_LEN, "create %s: %s", tmp,
		    strerror(errno));
		if (fd != -1)
			close(fd);
		return -1;
	}
	if (fchmod(fd, 0600) == -1 || !dedup_write_all(d, fp) ||
	    fflush(fp) == EOF || fsync(fd) == -1) {
		snprintf(err, BOT_ERR_LEN, "write %s: %s", tmp,
		    strerror(errno));
		fclose(fp);
		unlink(tmp);
		return -1;
	}
	if (fclose(fp) == EOF || rename(tmp, d->path) == -1) {
		snprintf(err, BOT_ERR_LEN, "rename %s to %s: %s", tmp,
		    d->path, strerror(errno));
		unlink(tmp);
		return -1;
	}
	if (dedup_sync_dir(d->path, err) == -1)
		return -1;
	fd = open(d->path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW);
	if (fd == -1) {
		snprintf(err, BOT_ERR_LEN, "open %s: %s", d->path,
		    strerror(errno));
		return -1;
	}
	if (d->fd != -1)
		close(d->fd);
	d->fd = fd;
	d->records = d->count;
	return 0;
}

/* Fail unless the directory that will hold path exists. */
static int
dedup_check_dir(const char *path, char err[BOT_ERR_LEN])
{
	char *copy = xstrdup(path);
	const char *dir = dirname(copy);
	struct stat st;
	int rc = 0;

	if (stat(dir, &st) == -1) {
		snprintf(err, BOT_ERR_LEN, "dedup directory %s: %s", dir,
		    strerror(errno));
		rc = -1;
	} else if (!S_ISDIR(st.st_mode)) {
		snprintf(err, BOT_ERR_LEN, "dedup directory %s: not a "
		    "directory", dir);
		rc = -1;
	}
	free(copy);
	return rc;
}

/*
 * Take the lock on PATH.lock (created 0600) for as long as d is open, so
 * that no other process reads or rewrites the file meanwhile. 0, or -1
 * with err.
 */
static int
dedup_lock(struct dedup *d, char err[BOT_ERR_LEN])
{
	char *lock;

	xasprintf(&lock, "%s.lock", d->path);
	d->lock_fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW,
	    0600);
	if (d->lock_fd == -1 || flock(d->lock_fd, LOCK_EX | LOCK_NB) == -1) {
		snprintf(err, BOT_ERR_LEN, "lock %s: %s", lock,
		    errno == EWOULDBLOCK ? "in use by another process" :
		    strerror(errno));
		free(lock);
		return -1;
	}
	free(lock);
	return 0;
}

/*
 * Open the file at path (created 0600; its directory must exist), lock it
 * against other processes, load the claims younger than keep_seconds and
 * compact the file. Returns the set, which the caller frees with
 * dedup_close, or NULL with err (also when another process, or another
 * open set, has the file).
 */
struct dedup *
dedup_open(const char *path, int keep_seconds, char err[BOT_ERR_LEN])
{
	struct dedup *d;

	if (path == NULL || *path == '\0' || keep_seconds <= 0) {
		snprintf(err, BOT_ERR_LEN, "dedup: invalid path or keep time");
		return NULL;
	}
	if (dedup_check_dir(path, err) == -1)
		return NULL;
	d = xcalloc(1, sizeof(*d));
	pthread_mutex_init(&d->lock, NULL);
	d->path = xstrdup(path);
	xasprintf(&d->tmp, "%s.tmp", path);
	d->fd = -1;
	d->lock_fd = -1;
	d->keep = keep_seconds;
	d->seed = ((uint64_t)arc4random() << 32) | arc4random();
	d->nbuckets = 1024;
	d->buckets = xcalloc(d->nbuckets, sizeof(*d->buckets));
	if (dedup_lock(d, err) == -1 || dedup_load(d, time(NULL), err) == -1 ||
	    dedup_compact(d, err) == -1) {
		dedup_close(d);
		return NULL;
	}
	return d;
}

/* Close the file and free the set; accepts NULL. */
void
dedup_close(struct dedup *d)
{
	struct dedup_entry *e, *next;

	if (d == NULL)
		return;
	for (e = d->oldest; e != NULL; e = next) {
		next = e->newer;
		free(e);
	}
	if (d->fd != -1)
		close(d->fd);
	if (d->lock_fd != -1)
		close(d->lock_fd);
	free(d->buckets);
	free(d->path);
	free(d->tmp);
	pthread_mutex_destroy(&d->lock);
	free(d);
}

/*
 * Append one record ("TIME" or "-", a tab, the key) and fsync it; a failure
 * is logged and the claim stays in memory only. Called with the lock held.
 */
static void
dedup_append(struct dedup *d, const char *first, const char *key)
{
	char line[DEDUP_KEY_MAX + 32], err[BOT_ERR_LEN];
	size_t len, off = 0;
	ssize_t n;

	len = (size_t)snprintf(line, sizeof(line), "%s\t%s\n", first, key);
	while (d->fd != -1 && off < len) {
		n = write(d->fd, line + off, len - off);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			log_warn("dedup: write %s", d->path);
			return;
		}
		off += (size_t)n;
	}
	if (d->fd == -1 || fdatasync(d->fd) == -1) {
		log_warn("dedup: sync %s", d->path);
		return;
	}
	if (++d->records >= DEDUP_COMPACT_MIN && d->records > 2 * d->count &&
	    dedup_compact(d, err) == -1) {
		log_warnx("dedup: compact: %s", err);
		d->records = d->count;
	}
}

/*
 * True when (channel, id) is new: it is then claimed in memory and on disk
 * before this returns. An empty id, or one too long to record, is always
 * new and never recorded. A claim older than keep_seconds at now counts as
 * gone. If the file cannot be written the claim is kept in memory and a
 * warning logged: the message is still answered.
 */
bool
dedup_first(struct dedup *d, const char *channel, const char *id, time_t now)
{
	char key[DEDUP_KEY_MAX + 1], stamp[32];
	struct dedup_entry *e;
	size_t len = dedup_key(channel, id, key);

	if (len == 0) {
		if (id != NULL && *id != '\0')
			log_warnx("dedup: %s id too long to record",
			    channel != NULL ? channel : "?");
		return true;
	}
	pthread_mutex_lock(&d->lock);
	dedup_prune(d, now);
	e = dedup_find(d, key, len, dedup_hash(d, key, len));
	if (e != NULL && !dedup_expired(d, e->when, now)) {
		pthread_mutex_unlock(&d->lock);
		return false;
	}
	dedup_claim(d, key, len, now);
	snprintf(stamp, sizeof(stamp), "%lld", (long long)now);
	dedup_append(d, stamp, key);
	pthread_mutex_unlock(&d->lock);
	return true;
}

/*
 * Release the claim on (channel, id), in memory and on disk, so that the
 * platform's next redelivery is handled. Nothing happens when there is no
 * claim.
 */
void
dedup_forget(struct dedup *d, const char *channel, const char *id)
{
	char key[DEDUP_KEY_MAX + 1];
	struct dedup_entry *e;
	size_t len = dedup_key(channel, id, key);

	if (len == 0)
		return;
	pthread_mutex_lock(&d->lock);
	e = dedup_find(d, key, len, dedup_hash(d, key, len));
	if (e != NULL) {
		dedup_remove(d, e);
		dedup_append(d, "-", key);
	}
	pthread_mutex_unlock(&d->lock);
}
