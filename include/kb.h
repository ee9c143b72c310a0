/*
 * The knowledge base: entries (questions and answers), clinic variables,
 * synonym groups, the bot's fixed texts and extra crisis phrases, loaded
 * and checked whole from a file or a directory of .kb files. A loaded
 * knowledge base is read-only and reference-counted, so that a reload can
 * swap it while requests still use the old one.
 */
#ifndef FAQBOT_KB_H
#define FAQBOT_KB_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

/* Longest answer a patient should get in one chat bubble or SMS. */
#define KB_ANSWER_MAX	600
/* Longest entry id. */
#define KB_ID_MAX	63

enum kb_kind {
	KB_ANSWER,
	KB_SMALLTALK,
};

enum kb_text {
	KB_TEXT_GREETING,
	KB_TEXT_FALLBACK,
	KB_TEXT_CRISIS,
	KB_TEXT_DISCLAIMER,
	KB_TEXT_DID_YOU_MEAN,
	KB_TEXT_CRISIS_NOTE,
	KB_TEXT_ALERTED,
	KB_TEXT_COUNT
};

struct kb;
struct kb_entry;

struct kb	*kb_load(const char *path, struct diag *);
void		 kb_ref(struct kb *);
void		 kb_unref(struct kb *);
const char	*kb_default_path(void);

size_t		 kb_count(const struct kb *);
size_t		 kb_example_total(const struct kb *);
const struct kb_entry *kb_entry_at(const struct kb *, size_t);
const struct kb_entry *kb_find(const struct kb *, const char *id);
const char	*kb_text(const struct kb *, enum kb_text);
const char	*kb_var(const struct kb *, const char *name);
const char	*kb_version(const struct kb *);
const char	*kb_path(const struct kb *);

const char	*kb_entry_id(const struct kb_entry *);
const char	*kb_entry_title(const struct kb_entry *);
const char	*kb_entry_answer(const struct kb_entry *);
enum kb_kind	 kb_entry_kind(const struct kb_entry *);
const char	*kb_kind_name(enum kb_kind);
size_t		 kb_entry_index(const struct kb_entry *);
size_t		 kb_entry_example_count(const struct kb_entry *);
const char	*kb_entry_example(const struct kb_entry *, size_t);
int		 kb_entry_example_line(const struct kb_entry *, size_t);
const char	*kb_entry_file(const struct kb_entry *);
size_t		 kb_entry_related_count(const struct kb_entry *);
const struct kb_entry *kb_entry_related(const struct kb *,
		    const struct kb_entry *, size_t);

#endif
