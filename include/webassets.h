/* The web chat files (web/), compiled into the binary by scripts/embed.sh. */
#ifndef FAQBOT_WEBASSETS_H
#define FAQBOT_WEBASSETS_H

#include <stddef.h>

struct webasset {
	const char		*path;		/* "/index.html" */
	const char		*type;		/* Content-Type */
	const unsigned char	*data;
	size_t			 len;
};

extern const struct webasset webassets[];
extern const size_t webassets_count;

#endif
