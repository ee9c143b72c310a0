/* Diagnostics: a list of "file:line: error: ..." messages for one run. */
#ifndef FAQBOT_DIAG_H
#define FAQBOT_DIAG_H

#include <stdio.h>

#define BOT_ERR_LEN 256

struct diag;

struct diag	*diag_new(void);
void		 diag_free(struct diag *);
void		 diag_add(struct diag *, const char *file, int line,
		    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
size_t		 diag_count(const struct diag *);
const char	*diag_at(const struct diag *, size_t);
void		 diag_print(const struct diag *, FILE *);

#endif
