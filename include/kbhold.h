/*
 * The knowledge in service: one loaded knowledge base that requests take a
 * reference to, and that a reload replaces whole. Requests in flight keep
 * the one they started with; the old one is freed when its last request
 * ends. Also remembers how the last reload went, for /healthz and /metrics.
 */
#ifndef FAQBOT_KBHOLD_H
#define FAQBOT_KBHOLD_H

#include <stdbool.h>
#include <time.h>

#include "kb.h"

struct kbhold;

struct kbhold	*kbhold_new(const char *path);
void		 kbhold_free(struct kbhold *);
bool		 kbhold_reload(struct kbhold *, char **err);
struct kb	*kbhold_get(struct kbhold *);
char		*kbhold_status(struct kbhold *, bool *ok, time_t *when,
		    unsigned *reloads, unsigned *failures);
const char	*kbhold_path(const struct kbhold *);

#endif
