/*
 * Helpers shared by the unit tests: see testutil.h.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "testutil.h"

/* Find name (ignoring case) in a table of pairs. */
static const char *
fake_find(const char *const tab[FAKE_PAIRS][2], const char *name)
{
	for (size_t i = 0; i < FAKE_PAIRS && tab[i][0] != NULL; i++)
		if (strcasecmp(tab[i][0], name) == 0)
			return tab[i][1];
	return NULL;
}

const char *
fake_header(void *arg, const char *name)
{
	return fake_find((const char *const (*)[2])((struct fake *)arg)->hdr,
	    name);
}

const char *
fake_query(void *arg, const char *name)
{
	return fake_find((const char *const (*)[2])((struct fake *)arg)->query,
	    name);
}

void
fake_clear(struct fake *f)
{
	memset(f->hdr, 0, sizeof(f->hdr));
	memset(f->query, 0, sizeof(f->query));
}

void
fake_add_header(struct fake *f, const char *name, const char *value)
{
	size_t n = 0;

	if (value == NULL)
		return;
	while (f->hdr[n][0] != NULL)
		n++;
	assert_true(n < FAKE_PAIRS);
	f->hdr[n][0] = name;
	f->hdr[n][1] = value;
}

struct channel_req
fake_req(struct fake *f, const char *method, const char *path,
    const char *body, time_t now)
{
	struct channel_req r = {
		.method = method, .path = path, .body = body,
		.body_len = strlen(body), .now = now,
		.header = fake_header, .query = fake_query, .lookup_arg = f,
	};

	return r;
}

struct channel_req
fake_post(struct fake *f, const char *path, const char *body, time_t now,
    const char *name, const char *value)
{
	fake_clear(f);
	fake_add_header(f, name, value);
	return fake_req(f, "POST", path, body, now);
}

struct conf *
conf_make(const char *const *env)
{
	struct conf *c = conf_new();
	struct diag *d = diag_new();

	assert_int_equal(conf_apply_env(c, (char **)env, d), 0);
	diag_free(d);
	return c;
}

void
assert_enabled_by(const struct channel_ops *ops, const char *const *env)
{
	const char *none[] = { NULL };
	struct conf *c = conf_make(env), *n = conf_make(none);

	assert_true(ops->enabled(c));
	assert_false(ops->enabled(n));
	conf_free(c);
	conf_free(n);
}

int
verify_env(const struct channel_ops *ops, const char *const *env,
    const struct channel_req *r, char err[BOT_ERR_LEN])
{
	struct conf *c = conf_make(env);
	int rc;

	err[0] = '\0';
	rc = ops->verify(c, r, err);
	conf_free(c);
	return rc;
}

int
parse_quiet(const struct channel_ops *ops, const struct conf *c,
    const struct channel_req *r, struct channel_msg *m,
    char err[BOT_ERR_LEN])
{
	struct channel_resp resp = { 0 };
	int rc;

	memset(m, 0, sizeof(*m));
	buf_init(&resp.body, 0);
	err[0] = '\0';
	rc = ops->parse(c, r, m, &resp, err);
	assert_int_equal(resp.status, 200);
	assert_int_equal(resp.body.len, 0);
	buf_finish(&resp.body);
	return rc;
}

int
parse_resp(const struct channel_ops *ops, const char *const *env,
    const struct channel_req *r, struct channel_msg *m,
    struct channel_resp *resp, char err[BOT_ERR_LEN])
{
	struct conf *c = conf_make(env);
	int rc;

	memset(m, 0, sizeof(*m));
	memset(resp, 0, sizeof(*resp));
	buf_init(&resp->body, 0);
	err[0] = '\0';
	rc = ops->parse(c, r, m, resp, err);
	conf_free(c);
	return rc;
}

int
parse_env(const struct channel_ops *ops, const char *const *env,
    const struct channel_req *r, struct channel_msg *m, char err[BOT_ERR_LEN])
{
	struct conf *c = conf_make(env);
	int rc = parse_quiet(ops, c, r, m, err);

	conf_free(c);
	return rc;
}

char *
reply_json(const struct channel_ops *ops, const char *const *env,
    const char *answer, enum match_kind kind)
{
	struct conf *c = conf_make(env);
	struct channel_msg m = { .kind = CHANNEL_MESSAGE };
	struct match_result res = { .kind = kind };
	struct channel_resp resp = { 0 };
	struct outbox_job jobs[CHANNEL_JOBS_MAX];
	char *body;

	res.answer = (char *)answer;
	buf_init(&resp.body, 0);
	assert_int_equal(ops->reply(c, &m, &res, &resp, jobs), 0);
	assert_int_equal(resp.status, 200);
	assert_string_equal(resp.content_type, "application/json");
	body = buf_steal(&resp.body);
	conf_free(c);
	return body;
}

size_t
reply_jobs(const struct channel_ops *ops, const char *const *env,
    const char *answer, enum match_kind kind, const char *reply_to,
    const char *reply_ref, struct outbox_job jobs[CHANNEL_JOBS_MAX])
{
	struct conf *c = conf_make(env);
	struct channel_msg m = { .kind = CHANNEL_MESSAGE };
	struct match_result res = { .kind = kind };
	struct channel_resp resp = { 0 };
	size_t n;

	res.answer = (char *)answer;
	snprintf(m.reply_to, sizeof(m.reply_to), "%s", reply_to);
	snprintf(m.reply_ref, sizeof(m.reply_ref), "%s", reply_ref);
	buf_init(&resp.body, 0);
	memset(jobs, 0, CHANNEL_JOBS_MAX * sizeof(*jobs));
	n = ops->reply(c, &m, &res, &resp, jobs);
	assert_int_equal(resp.status, 200);
	assert_int_equal(resp.body.len, 0);
	buf_finish(&resp.body);
	conf_free(c);
	return n;
}

int
tmpdir_setup(void **state, const char *template, const char *file)
{
	struct tmpdir *t = calloc(1, sizeof(*t));

	if (t == NULL)
		return -1;
	snprintf(t->dir, sizeof(t->dir), "%s", template);
	if (mkdtemp(t->dir) == NULL) {
		free(t);
		return -1;
	}
	if (file != NULL)
		snprintf(t->path, sizeof(t->path), "%s/%s", t->dir, file);
	*state = t;
	return 0;
}

int
tmpdir_teardown(void **state)
{
	struct tmpdir *t = *state;
	struct dirent *e;
	char p[512];
	DIR *d = opendir(t->dir);

	while (d != NULL && (e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(p, sizeof(p), "%s/%s", t->dir, e->d_name);
		unlink(p);
	}
	if (d != NULL)
		closedir(d);
	rmdir(t->dir);
	free(t);
	return 0;
}

char *
file_read(const char *path)
{
	FILE *fp = fopen(path, "r");
	char *s;
	long n;

	if (fp == NULL)
		return NULL;
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	s = calloc(1, (size_t)n + 1);
	assert_non_null(s);
	assert_int_equal(fread(s, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	return s;
}

void
file_write(const char *path, const char *s, mode_t mode)
{
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(s, fp);
	fclose(fp);
	chmod(path, mode);
}
