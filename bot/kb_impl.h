/*
 * The inside of a loaded knowledge base, shared by the loader (kb.c,
 * kbparse.c), the index and the matcher. Everything else uses kb.h.
 */
#ifndef FAQBOT_KB_IMPL_H
#define FAQBOT_KB_IMPL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "kb.h"

struct elsewhere;
struct prefilter;

struct kb_entry {
	char		*id;
	char		*title;
	char		*answer;
	enum kb_kind	 kind;
	bool		 crisis_note;
	size_t		 index;		/* position in kb->entries */
	char		*file;		/* borrowed from kb->files */
	int		 line;
	int		 answer_line;
	char		**examples;
	int		*example_lines;
	size_t		 nexamples;
	char		**pattern_src;
	int		*pattern_lines;
	pcre2_code	**patterns;
	size_t		 npatterns;
	char		**keywords;
	size_t		 nkeywords;
	int		 related_line;
	char		**related;
	size_t		*related_idx;
	size_t		 nrelated;
};

struct kb_syn {
	char	*from;		/* normalized phrase */
	char	*to;		/* normalized main phrase */
};

struct kb_var {
	char	*name;
	char	*value;
};

struct kb_crisis_src {
	char	*regex;		/* PCRE2 source */
	char	*file;		/* borrowed from kb->files */
	int	 line;
};

struct kb {
	int		 refs;
	char		*path;
	char		*version;
	char		**files;
	size_t		 nfiles;
	struct kb_entry	*entries;
	size_t		 nentries;
	struct kb_var	*vars;
	size_t		 nvars;
	struct kb_syn	*syns;
	size_t		 nsyns;
	char		*texts[KB_TEXT_COUNT];
	int		 text_lines[KB_TEXT_COUNT];
	char		*text_files[KB_TEXT_COUNT];
	struct kb_crisis_src *crisis_src;
	size_t		 ncrisis_src;
	struct strmap	*ids;
	pcre2_match_context *mctx;
	pcre2_code	**pats;		/* every entry's patterns, in order */
	size_t		*pat_entry;	/* the entry of each */
	size_t		 npats;
	struct prefilter *pats_pf;	/* one id per pattern in pats */
	struct crisis	*crisis;
	struct elsewhere *elsewhere;	/* [elsewhere] subjects, or NULL */
	bool		 syn_topics;	/* a synonym's main phrase names one */
	struct index	*index;
};

/* kbparse.c: parse one file's text into kb; problems go to d. */
void	kb__parse(struct kb *, const char *file, const char *text, size_t len,
	    struct diag *d);
/* kb.c helpers used by the parser. */
struct kb_entry *kb__entry_add(struct kb *, const char *id, const char *file,
	    int line);
void	kb__strv_push(char ***, size_t *, const char *);
pcre2_match_data *kb__match_data(void);

#endif
