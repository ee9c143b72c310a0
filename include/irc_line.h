/*
 * The IRC line protocol: the pure parts of the IRC connector (parsing,
 * addressing, splitting, flood control), with no socket or thread. Used
 * by irc.c and by the tests; nothing else should need them.
 */
#ifndef FAQBOT_IRC_LINE_H
#define FAQBOT_IRC_LINE_H

#include <stdbool.h>
#include <stddef.h>

/* Bytes of one protocol line, CR LF included (RFC 1459, 2.3). */
#define IRC_LINE_MAX	512
#define IRC_PARAMS_MAX	15
/* Most bytes of answer text in one PRIVMSG line. */
#define IRC_TEXT_MAX	400
/* Lines a burst may send at once, then lines per second. */
#define IRC_BURST	4
#define IRC_RATE	1.0
/* Longest nick and channel name accepted, from the config or the wire. */
#define IRC_NICK_MAX	50
#define IRC_CHANNEL_MAX	50

/*
 * One parsed line. The pointers point into buf, so a struct irc_msg must
 * not be copied. prefix is NULL when the line has none; the last parameter
 * is the trailing one when trailing is set.
 */
struct irc_msg {
	char		 buf[IRC_LINE_MAX];
	const char	*prefix;
	const char	*command;
	const char	*params[IRC_PARAMS_MAX];
	size_t		 nparams;
	bool		 trailing;
};

/* Answer lines, each without CR or LF; free with irc_lines_finish. */
struct irc_lines {
	char		**v;
	size_t		  n;
};

/* A token bucket on a caller's clock (seconds). */
struct irc_bucket {
	double		 tokens;
	double		 burst;
	double		 rate;
	double		 last;
};

int		 irc_parse(const char *line, size_t len, struct irc_msg *);
bool		 irc_prefix_nick(const char *prefix, char *out, size_t size);
bool		 irc_valid_nick(const char *);
bool		 irc_is_channel(const char *);
bool		 irc_is_service(const char *nick);
int		 irc_casecmp(const char *, const char *);
const char	*irc_addressed(const char *text, const char *nick);
size_t		 irc_strip(char *, size_t len);
void		 irc_strip_format(char *);
size_t		 irc_cut(const char *, size_t len, size_t budget);
void		 irc_split(const char *text, size_t budget, struct irc_lines *);
void		 irc_lines_finish(struct irc_lines *);
size_t		 irc_budget(size_t target_len, size_t prefix_len,
		    size_t hostmask_len);
void		 irc_bucket_init(struct irc_bucket *, double burst, double rate,
		    double now);
bool		 irc_bucket_take(struct irc_bucket *, double now);
double		 irc_bucket_wait(const struct irc_bucket *, double now);
void		 irc_nick_next(const char *base, unsigned attempt, bool shorten,
		    char *out, size_t size);
void		 irc_conversation(const char *server, const char *where,
		    const char *nick, char *out, size_t size);

#endif
