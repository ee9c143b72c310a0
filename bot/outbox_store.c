/*
 * The outbox's files: naming, writing and reading job files, loading the
 * queue at open, pruning dead letters, and the state directory. The
 * sender thread that delivers the jobs is in outbox.c.
 *
 * Layout of the state directory (each part created 0700):
 *
 *	dir/lock	flock()ed while an outbox is open: one process only
 *	dir/tmp/	jobs being written; emptied on open
 *	dir/queue/	jobs waiting, one file each, named by enqueue time
 *	dir/dead/	jobs given up on (a permanent 4xx, or max_attempts);
 *			deleted dead_retention_days after they were written
 *			there, at open and then every prune_interval_ms by
 *			the sender thread (they hold patients' messages)
 *
 * A job file is a header of "key: value" lines, a blank line and the raw
 * body. It is written to tmp/, fsynced, renamed into queue/ and the
 * directory fsynced before outbox_enqueue returns; a retry rewrites it the
 * same way, so a crash leaves the old or the new version, never half of
 * one. Files left in queue/ by a crash are loaded on open and sent again:
 * a job may reach a platform twice, but it is never lost.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "log.h"
#include "outbox.h"
#include "outbox_impl.h"
#include "xmalloc.h"

/* Largest body accepted, and largest job file read back. */
#define OUTBOX_BODY_MAX		(1024 * 1024)
#define OUTBOX_FILE_MAX		(OUTBOX_BODY_MAX + 8192)
/* The job file format written by this version. */
#define OUTBOX_FILE_VERSION	1
/* Seconds in a day, for dead_retention_days. */
#define OUTBOX_DAY		86400

/* ----------------------------------------------------------------------
 * Writing job files.
 */

/*
 * A new time-ordered unique job name: CLOCK_REALTIME nanoseconds, never
 * less than the last one, and a counter. Lock held.
 */
void
outbox__name(struct outbox *ob, char name[40])
{
	struct timespec ts;
	unsigned long long ns;

	clock_gettime(CLOCK_REALTIME, &ts);
	ns = (unsigned long long)ts.tv_sec * 1000000000ULL +
	    (unsigned long long)ts.tv_nsec;
	if (ns <= ob->last_ns)
		ns = ob->last_ns + 1;
	ob->last_ns = ns;
	snprintf(name, 40, "%016llx-%08x.job", ns, ob->counter++);
}

/* True when name looks like one of ours: 16 hex, '-', 8 hex, ".job". */
static bool
outbox_name_valid(const char *name)
{
	static const char hex[] = "0123456789abcdef";

	if (strlen(name) != 29 || name[16] != '-' ||
	    strcmp(name + 25, ".job") != 0)
		return false;
	for (int i = 0; i < 25; i++) {
		if (i != 16 && strchr(hex, name[i]) == NULL)
			return false;
	}
	return true;
}

/* Write all of p to fd. 0, or -1 with errno. */
static int
outbox_write_all(int fd, const void *p, size_t n)
{
	const char *s = p;
	ssize_t w;

	while (n > 0) {
		w = write(fd, s, n);
		if (w == -1 && errno == EINTR)
			continue;
		if (w == -1)
			return -1;
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/* The job's header, through the blank line, into b. */
static void
outbox_header(const struct outbox_item *it, const char *error, struct buf *b)
{
	buf_printf(b, "version: %d\nchannel: %s\nrate_key: %s\npath: %s\n"
	    "content_type: %s\nattempts: %d\nnext_attempt: %lld\n"
	    "body_length: %zu\n", OUTBOX_FILE_VERSION, it->channel,
	    it->rate_key, it->path, it->content_type, it->attempts,
	    it->next_ms, it->body_len);
	if (error != NULL)
		buf_printf(b, "error: %s\n", error);
	buf_putc(b, '\n');
}

/*
 * Write the job to tmp/NAME, fsync it, rename it to NAME in the directory
 * dirfd (queue/ or dead/) and fsync that directory. error, if not NULL, is
 * added as an "error:" line. 0, or -1 with err.
 */
int
outbox__write(struct outbox *ob, const struct outbox_item *it, int dirfd,
    const char *error, char err[BOT_ERR_LEN])
{
	struct buf h;
	int fd, rc = -1;

	buf_init(&h, 0);
	outbox_header(it, error, &h);
	fd = openat(ob->tmp_fd, it->name, O_WRONLY | O_CREAT | O_TRUNC |
	    O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd == -1) {
		snprintf(err, BOT_ERR_LEN, "%.120s: create tmp/%s: %s",
		    ob->dir, it->name, strerror(errno));
		goto out;
	}
	if (outbox_write_all(fd, h.data, h.len) == -1 ||
	    outbox_write_all(fd, it->body, it->body_len) == -1 ||
	    fsync(fd) == -1) {
		snprintf(err, BOT_ERR_LEN, "%.120s: write tmp/%s: %s",
		    ob->dir, it->name, strerror(errno));
		close(fd);
		unlinkat(ob->tmp_fd, it->name, 0);
		goto out;
	}
	close(fd);
	if (renameat(ob->tmp_fd, it->name, dirfd, it->name) == -1 ||
	    fsync(dirfd) == -1) {
		snprintf(err, BOT_ERR_LEN, "%.120s: rename tmp/%s: %s",
		    ob->dir, it->name, strerror(errno));
		unlinkat(ob->tmp_fd, it->name, 0);
		goto out;
	}
	rc = 0;
out:
	buf_finish(&h);
	return rc;
}

/* False when s holds a newline or CR (or is not terminated within n). */
static bool
outbox_field_ok(const char *s, size_t n)
{
	size_t len = strnlen(s, n);

	return len < n && strcspn(s, "\r\n") == len;
}

/*
 * Check a job before it is queued: a channel, no CR or LF in any field
 * (they would end a header line), a body of at most OUTBOX_BODY_MAX. An
 * empty path is fine (the channel's URL is then used as it is), and so is
 * an empty rate_key (the channel name is used). 0, or -1 with err.
 */
int
outbox__job_check(const struct outbox_job *job, char err[BOT_ERR_LEN])
{
	const char *ct = job->content_type;

	if (!outbox_field_ok(job->channel, sizeof(job->channel)) ||
	    job->channel[0] == '\0' ||
	    !outbox_field_ok(job->rate_key, sizeof(job->rate_key)) ||
	    !outbox_field_ok(job->path, sizeof(job->path)) ||
	    (ct != NULL && !outbox_field_ok(ct, 256))) {
		snprintf(err, BOT_ERR_LEN, "outbox job: no channel, or a field "
		    "with a newline");
		return -1;
	}
	if (job->body_len > OUTBOX_BODY_MAX ||
	    (job->body == NULL && job->body_len > 0)) {
		snprintf(err, BOT_ERR_LEN, "outbox job: body of %zu bytes "
		    "refused", job->body_len);
		return -1;
	}
	return 0;
}

/* ----------------------------------------------------------------------
 * Loading the queue at open.
 */

/* The item field a header key sets, by name. */
static const struct outbox_key {
	const char	*name;
	size_t		 off;		/* of a char * in struct outbox_item */
} outbox_keys[] = {
	{ "channel", offsetof(struct outbox_item, channel) },
	{ "rate_key", offsetof(struct outbox_item, rate_key) },
	{ "path", offsetof(struct outbox_item, path) },
	{ "content_type", offsetof(struct outbox_item, content_type) },
};

/* Parse a decimal into *v; false unless the whole string is one. */
static bool
outbox_number(const char *s, long long min, long long *v)
{
	char *end;

	errno = 0;
	*v = strtoll(s, &end, 10);
	return errno == 0 && end != s && *end == '\0' && *v >= min;
}

/*
 * Apply one header line "key: value" to it; *len gets body_length. Unknown
 * keys are ignored (a newer version may add some). False when malformed.
 */
static bool
outbox_parse_line(struct outbox_item *it, char *line, long long *len)
{
	char *value = strstr(line, ": ");
	long long v;

	if (value == NULL)
		return false;
	*value = '\0';
	value += 2;
	for (size_t i = 0; i < sizeof(outbox_keys) / sizeof(outbox_keys[0]);
	    i++) {
		char **field = (char **)((char *)it + outbox_keys[i].off);

		if (strcmp(line, outbox_keys[i].name) != 0)
			continue;
		free(*field);
		*field = xstrdup(value);
		return true;
	}
	if (strcmp(line, "attempts") == 0) {
		if (!outbox_number(value, 0, &v) || v > INT32_MAX)
			return false;
		it->attempts = (int)v;
	} else if (strcmp(line, "next_attempt") == 0)
		return outbox_number(value, 0, &it->next_ms);
	else if (strcmp(line, "body_length") == 0)
		return outbox_number(value, 0, len);
	else if (strcmp(line, "version") == 0)
		return outbox_number(value, 1, &v) && v <= OUTBOX_FILE_VERSION;
	return true;
}

/*
 * Parse a job file's bytes (NUL-terminated at n) into it, taking a copy of
 * the body. 0, or -1 when the file is malformed.
 */
static int
outbox_parse(struct outbox_item *it, char *data, size_t n)
{
	char *sep = memmem(data, n, "\n\n", 2), *line, *next;
	long long len = -1;

	if (sep == NULL || memchr(data, '\0', (size_t)(sep - data)) != NULL)
		return -1;
	*sep = '\0';
	for (line = data; line != NULL; line = next) {
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		if (!outbox_parse_line(it, line, &len))
			return -1;
	}
	it->body_len = n - (size_t)(sep + 2 - data);
	if (it->channel == NULL || it->rate_key == NULL || it->path == NULL ||
	    it->channel[0] == '\0' ||
	    (len >= 0 && (size_t)len != it->body_len))
		return -1;
	if (it->content_type == NULL)
		it->content_type = xstrdup("application/json");
	it->body = xmalloc(it->body_len + 1);
	memcpy(it->body, sep + 2, it->body_len);
	it->body[it->body_len] = '\0';
	return 0;
}

/* Read queue/name whole; caller frees. NULL with err. */
static char *
outbox_read(struct outbox *ob, const char *name, size_t *n,
    char err[BOT_ERR_LEN])
{
	struct buf b;
	char chunk[8192];
	ssize_t r;
	int fd = openat(ob->queue_fd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);

	if (fd == -1) {
		snprintf(err, BOT_ERR_LEN, "open queue/%s: %s", name,
		    strerror(errno));
		return NULL;
	}
	buf_init(&b, OUTBOX_FILE_MAX);
	while ((r = read(fd, chunk, sizeof(chunk))) != 0) {
		if (r == -1 && errno == EINTR)
			continue;
		if (r == -1 || !buf_append(&b, chunk, (size_t)r)) {
			snprintf(err, BOT_ERR_LEN, "read queue/%s: %s", name,
			    r == -1 ? strerror(errno) : "file too large");
			close(fd);
			buf_finish(&b);
			return NULL;
		}
	}
	close(fd);
	buf_append(&b, "", 0);
	*n = b.len;
	return buf_steal(&b);
}

/*
 * Load queue/name into the queue; a file that cannot be read or parsed is
 * moved to dead/ with a warning.
 */
static void
outbox_load_one(struct outbox *ob, const char *name)
{
	struct outbox_item *it = xcalloc(1, sizeof(*it));
	char err[BOT_ERR_LEN] = "malformed job file";
	size_t n = 0;
	char *data = outbox_read(ob, name, &n, err);

	snprintf(it->name, sizeof(it->name), "%s", name);
	if (data == NULL || outbox_parse(it, data, n) == -1) {
		log_warnx("outbox: %s/queue/%s: %s; moved to dead/", ob->dir,
		    name, err);
		if (renameat(ob->queue_fd, name, ob->dead_fd, name) == 0) {
			/*
			 * Its retention counts from now, not from when
			 * the file was written to queue/.
			 */
			utimensat(ob->dead_fd, name, NULL, 0);
			ob->dead++;
			fsync(ob->dead_fd);
			fsync(ob->queue_fd);
		}
		free(data);
		outbox__item_free(it);
		return;
	}
	free(data);
	it->ready = true;
	outbox__chat_push(ob, it);
	ob->pending++;
}

/* Sort names in place, oldest first (they are fixed-width hex). */
static int
outbox_name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The names of the regular files in the directory dirfd that pass keep
 * (or all of them when keep is NULL), sorted; *n gets their number. The
 * caller frees each name and the array. NULL with err.
 */
static char **
outbox_list(int dirfd, bool (*keep)(const char *), size_t *n,
    char err[BOT_ERR_LEN])
{
	DIR *d;
	struct dirent *e;
	char **names = NULL;
	size_t cap = 0;
	int fd = dup(dirfd);

	*n = 0;
	if (fd == -1 || (d = fdopendir(fd)) == NULL) {
		snprintf(err, BOT_ERR_LEN, "read directory: %s",
		    strerror(errno));
		if (fd != -1)
			close(fd);
		return NULL;
	}
	rewinddir(d);
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.' || (keep != NULL && !keep(e->d_name)))
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			names = xreallocarray(names, cap, sizeof(*names));
		}
		names[(*n)++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (*n > 0)
		qsort(names, *n, sizeof(*names), outbox_name_cmp);
	return names == NULL ? xcalloc(1, sizeof(*names)) : names;
}

/* Free a list from outbox_list. */
static void
outbox_list_free(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

/*
 * True when the job file name of the directory dirfd was last written
 * before cutoff (a file that cannot be looked at is kept).
 */
static bool
outbox_older(int dirfd, const char *name, time_t cutoff)
{
	struct stat st;

	if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == -1)
		return false;
	return S_ISREG(st.st_mode) && st.st_mtime < cutoff;
}

/*
 * Delete the job files of dead/ written more than dead_retention_days
 * before now (none when it is 0); files not named like jobs are left
 * alone. Failures are logged. The dead count becomes what is left in
 * dead/. Called at open and then on the sender thread only (which is
 * also the only one to bury jobs).
 */
void
outbox__prune_dead(struct outbox *ob, time_t now)
{
	int days = ob->opts.dead_retention_days;
	time_t cutoff = now - (time_t)days * OUTBOX_DAY;
	char err[BOT_ERR_LEN], **names;
	size_t n, gone = 0;

	if (days <= 0)
		return;
	if ((names = outbox_list(ob->dead_fd, NULL, &n, err)) == NULL) {
		log_warnx("outbox: prune %s/dead: %s", ob->dir, err);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (!outbox_name_valid(names[i]) ||
		    !outbox_older(ob->dead_fd, names[i], cutoff))
			continue;
		if (unlinkat(ob->dead_fd, names[i], 0) == -1)
			log_warn("outbox: remove %s/dead/%s", ob->dir,
			    names[i]);
		else
			gone++;
	}
	outbox_list_free(names, n);
	pthread_mutex_lock(&ob->lock);
	ob->dead = n - gone;
	pthread_mutex_unlock(&ob->lock);
	if (gone == 0)
		return;
	fsync(ob->dead_fd);
	log_msg(LOG_INFO, "outbox: deleted %zu dead jobs older than %d days "
	    "from %s/dead", gone, days, ob->dir);
}

/*
 * Empty tmp/, prune and count dead/ and load every job of queue/, oldest
 * first. New names will sort after the newest loaded one. 0, or -1 with
 * err.
 */
int
outbox__load(struct outbox *ob, char err[BOT_ERR_LEN])
{
	char **names;
	size_t n;

	if ((names = outbox_list(ob->tmp_fd, NULL, &n, err)) == NULL)
		return -1;
	for (size_t i = 0; i < n; i++)
		unlinkat(ob->tmp_fd, names[i], 0);
	outbox_list_free(names, n);
	outbox__prune_dead(ob, time(NULL));
	ob->pruned_mono = outbox__clock_ms(CLOCK_MONOTONIC);
	if ((names = outbox_list(ob->dead_fd, NULL, &n, err)) == NULL)
		return -1;
	ob->dead = n;
	outbox_list_free(names, n);
	if ((names = outbox_list(ob->queue_fd, outbox_name_valid, &n,
	    err)) == NULL)
		return -1;
	for (size_t i = 0; i < n; i++)
		outbox_load_one(ob, names[i]);
	if (n > 0) {
		ob->last_ns = strtoull(names[n - 1], NULL, 16);
		log_msg(LOG_INFO, "outbox: %zu jobs left from the last run, "
		    "%zu in dead/", ob->pending, ob->dead);
	}
	outbox_list_free(names, n);
	return 0;
}

/* ----------------------------------------------------------------------
 * The state directory.
 */

/* Create (0700) and open the subdirectory name of dfd. -1 with err. */
static int
outbox_subdir(struct outbox *ob, int dfd, const char *name,
    char err[BOT_ERR_LEN])
{
	int fd;

	if (mkdirat(dfd, name, 0700) == -1 && errno != EEXIST) {
		snprintf(err, BOT_ERR_LEN, "create %s/%s: %s", ob->dir, name,
		    strerror(errno));
		return -1;
	}
	fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd == -1)
		snprintf(err, BOT_ERR_LEN, "open %s/%s: %s", ob->dir, name,
		    strerror(errno));
	return fd;
}

/*
 * Create the state directory, take the lock on its "lock" file (so that
 * two processes never send the same jobs) and open tmp/, queue/ and
 * dead/. 0, or -1 with err.
 */
int
outbox__dirs(struct outbox *ob, char err[BOT_ERR_LEN])
{
	int dfd, rc = -1;

	if (mkdir(ob->dir, 0700) == -1 && errno != EEXIST) {
		snprintf(err, BOT_ERR_LEN, "create %s: %s", ob->dir,
		    strerror(errno));
		return -1;
	}
	dfd = open(ob->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd == -1) {
		snprintf(err, BOT_ERR_LEN, "open %s: %s", ob->dir,
		    strerror(errno));
		return -1;
	}
	ob->lock_fd = openat(dfd, "lock", O_RDWR | O_CREAT | O_CLOEXEC |
	    O_NOFOLLOW, 0600);
	if (ob->lock_fd == -1 || flock(ob->lock_fd, LOCK_EX | LOCK_NB) == -1) {
		snprintf(err, BOT_ERR_LEN, "lock %s/lock: %s", ob->dir,
		    errno == EWOULDBLOCK ? "in use by another process" :
		    strerror(errno));
		goto out;
	}
	if ((ob->tmp_fd = outbox_subdir(ob, dfd, "tmp", err)) == -1 ||
	    (ob->queue_fd = outbox_subdir(ob, dfd, "queue", err)) == -1 ||
	    (ob->dead_fd = outbox_subdir(ob, dfd, "dead", err)) == -1)
		goto out;
	rc = 0;
out:
	close(dfd);
	return rc;
}
