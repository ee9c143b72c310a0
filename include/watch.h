/*
 * Watching the knowledge files: a thread that calls back when a .kb file
 * is written, created, renamed or removed (inotify), after changes have
 * been quiet for a moment, so an editor's save gives one reload.
 */
#ifndef FAQBOT_WATCH_H
#define FAQBOT_WATCH_H

#include "diag.h"

struct watch;

struct watch	*watch_start(const char *path, void (*fn)(void *), void *arg,
		    char err[BOT_ERR_LEN]);
void		 watch_stop(struct watch *);

#endif
