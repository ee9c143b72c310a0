/*
 * The gaps file: questions the bot could not answer, kept for staff so
 * they can extend the knowledge. Questions are redacted before they are
 * written, and lines older than the retention are removed.
 */
#ifndef FAQBOT_GAPS_H
#define FAQBOT_GAPS_H

#include <time.h>

#include "buf.h"
#include "diag.h"

/* Where `faqbot gaps` reads when given no --file. */
#define GAPS_DEFAULT_PATH	"/var/lib/faqbot/gaps.jsonl"
/* Bytes of a redacted question kept in the file. */
#define GAPS_QUESTION_MAX	1000

struct gaps;

struct gaps	*gaps_open(const char *path, int retention_days,
		    char err[BOT_ERR_LEN]);
void		 gaps_close(struct gaps *);
int		 gaps_record(struct gaps *, const char *text, time_t now);
void		 gaps_redact(const char *in, struct buf *out);
int		 gaps_main(int, char **);

#endif
