/*
 * Counters for the /metrics page in the Prometheus text format. Every
 * update is a lock-free atomic add, so request threads never wait on it.
 */
#ifndef FAQBOT_METRICS_H
#define FAQBOT_METRICS_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

struct metrics;

struct metrics	*metrics_new(void);
void		 metrics_free(struct metrics *);
void		 metrics_request(struct metrics *, const char *route,
		    int status, double seconds);
void		 metrics_answer(struct metrics *, const char *kind);
void		 metrics_risk_note(struct metrics *);
void		 metrics_reload(struct metrics *, bool ok);
void		 metrics_set_kb(struct metrics *, size_t entries,
		    const char *version);
void		 metrics_render(const struct metrics *, struct buf *);

#endif
