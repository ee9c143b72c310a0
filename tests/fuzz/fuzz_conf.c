/*
 * libFuzzer target for the configuration reader: the input is written to
 * a temporary INI file and read with conf_load into a fresh conf; then each
 * line is also tried as a FAQBOT_<SECTION>_<KEY>=value environment entry
 * with conf_apply_env, and every option is read back.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "conf.h"
#include "diag.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Most environment entries made from one input. */
#define FUZZ_CONF_ENV_MAX	64

static char fuzz_conf_path[64];

/* Options read back after loading, by type: every type, and a secret. */
static const struct {
	const char	*section;
	const char	*key;
	enum conf_type	 type;
} fuzz_conf_keys[] = {
	{ "server", "listen", CONF_STR }, { "server", "threads", CONF_INT },
	{ "server", "body_max", CONF_INT }, { "server", "text_max", CONF_INT },
	{ "knowledge", "path", CONF_STR }, { "knowledge", "watch", CONF_BOOL },
	{ "log", "level", CONF_STR }, { "log", "log_text", CONF_BOOL },
	{ "log", "hash_salt", CONF_SECRET }, { "gaps", "enabled", CONF_BOOL },
	{ "gaps", "path", CONF_STR }, { "gaps", "retention_days", CONF_INT },
	{ "webhook", "secret", CONF_SECRET },
};

/* Remove the temporary file at exit. */
static void
fuzz_conf_cleanup(void)
{
	unlink(fuzz_conf_path);
}

/* Write data to path whole; aborts on failure (not the code under test). */
static void
fuzz_conf_write(const char *path, const uint8_t *data, size_t size)
{
	int fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC);
	size_t off = 0;

	if (fd == -1)
		abort();
	while (off < size) {
		ssize_t n = write(fd, data + off, size - off);

		if (n <= 0)
			abort();
		off += (size_t)n;
	}
	close(fd);
}

/* The input's lines as a NULL-terminated environment; caller frees. */
static char **
fuzz_conf_env(const uint8_t *data, size_t size, char **copy)
{
	char **env = calloc(FUZZ_CONF_ENV_MAX + 1, sizeof(*env));
	char *s, *save = NULL;
	size_t n = 0;

	*copy = malloc(size + 1);
	if (env == NULL || *copy == NULL)
		abort();
	memcpy(*copy, data, size);
	(*copy)[size] = '\0';
	for (s = strtok_r(*copy, "\n", &save); s != NULL && n <
	    FUZZ_CONF_ENV_MAX; s = strtok_r(NULL, "\n", &save))
		env[n++] = s;
	return env;
}

/* A temporary file for the inputs, made once. */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	int fd;

	(void)argc;
	(void)argv;
	snprintf(fuzz_conf_path, sizeof(fuzz_conf_path),
	    "/tmp/faqbot-fuzz-conf-XXXXXX");
	fd = mkstemp(fuzz_conf_path);
	if (fd == -1)
		abort();
	close(fd);
	atexit(fuzz_conf_cleanup);
	return 0;
}

/* One input: one config file, then its lines as the environment. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct conf *c = conf_new();
	struct diag *d = diag_new();
	char *copy, **env;

	fuzz_conf_write(fuzz_conf_path, data, size);
	if (conf_load(c, fuzz_conf_path, d) == 0 && diag_count(d) != 0)
		abort();	/* success must mean no problem reported */
	env = fuzz_conf_env(data, size, &copy);
	conf_apply_env(c, env, d);
	for (size_t i = 0; i < sizeof(fuzz_conf_keys) /
	    sizeof(fuzz_conf_keys[0]); i++) {
		const char *sec = fuzz_conf_keys[i].section;
		const char *key = fuzz_conf_keys[i].key;

		if (fuzz_conf_keys[i].type == CONF_BOOL)
			(void)conf_bool(c, sec, key);
		else if (fuzz_conf_keys[i].type == CONF_INT)
			(void)conf_int(c, sec, key);
		else if (conf_str(c, sec, key) == NULL)
			abort();	/* strings are never NULL */
		(void)conf_is_set(c, sec, key);
	}
	free(env);
	free(copy);
	diag_free(d);
	conf_free(c);
	return 0;
}
