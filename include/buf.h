/* A growable byte buffer with a hard cap, for untrusted and built text. */
#ifndef FAQBOT_BUF_H
#define FAQBOT_BUF_H

#include <stdbool.h>
#include <stddef.h>

struct buf {
	char	*data;		/* always NUL-terminated when len > 0 */
	size_t	 len;
	size_t	 cap;		/* allocated bytes */
	size_t	 max;		/* hard limit on len; 0 means no limit */
	bool	 toobig;	/* an append was refused because of max */
};

void	 buf_init(struct buf *, size_t max);
void	 buf_finish(struct buf *);
void	 buf_reset(struct buf *);
bool	 buf_append(struct buf *, const void *, size_t);
void	 buf_reserve(struct buf *, size_t);
bool	 buf_puts(struct buf *, const char *);
bool	 buf_putc(struct buf *, char);
bool	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
char	*buf_steal(struct buf *);
const char *buf_str(const struct buf *);

#endif
