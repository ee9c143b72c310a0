/*
 * Configuration: one table of options (section, key, type, default, range,
 * help), read from an INI file and overridden by FAQBOT_<SECTION>_<KEY>
 * environment variables. A loaded conf is read-only, so threads may share
 * it; reload builds a new one off to the side.
 */
#ifndef FAQBOT_CONF_H
#define FAQBOT_CONF_H

#include <stdbool.h>
#include <stdio.h>

#include "diag.h"

struct conf;

enum conf_type { CONF_STR, CONF_INT, CONF_BOOL, CONF_SECRET };

struct conf	*conf_new(void);
void		 conf_free(struct conf *);
int		 conf_load(struct conf *, const char *path, struct diag *);
int		 conf_apply_env(struct conf *, char **envp, struct diag *);
const char	*conf_str(const struct conf *, const char *section,
		    const char *key);
long		 conf_int(const struct conf *, const char *section,
		    const char *key);
bool		 conf_bool(const struct conf *, const char *section,
		    const char *key);
bool		 conf_is_set(const struct conf *, const char *section,
		    const char *key);
void		 conf_write_example(FILE *);

#endif
