/*
 * The examples in a knowledge file double as its tests: each one is asked
 * as a patient would ask it, with no conversation, and must come back
 * answered by the entry it belongs to. A failure names the example's
 * file:line and what answered instead, so staff know which entry to fix.
 */
#include <string.h>

#include "check.h"
#include "match.h"

/* Report one example that did not come back to its own entry. */
static void
check_report(const struct kb_entry *e, size_t i,
    const struct match_result *r, struct diag *d)
{
	const char *ex = kb_entry_example(e, i);
	int line = kb_entry_example_line(e, i);

	if (r->kind == MATCH_CRISIS)
		diag_add(d, kb_entry_file(e), line, "example '%s' of '%s' "
		    "triggers the crisis reply: reword it", ex, kb_entry_id(e));
	else if (r->entry != NULL)
		diag_add(d, kb_entry_file(e), line, "example '%s' is answered "
		    "by '%s' instead of its own entry '%s'", ex,
		    kb_entry_id(r->entry), kb_entry_id(e));
	else
		diag_add(d, kb_entry_file(e), line, "example '%s' of '%s' gets "
		    "no confident answer (score %.2f%s%s)", ex, kb_entry_id(e),
		    r->score, r->nsuggest > 0 ? ", closest " : "",
		    r->nsuggest > 0 ? kb_entry_id(r->suggest[0]) : "");
}

/* Ask every example; returns how many failed (each reported in d). */
size_t
check_examples(const struct kb *kb, struct diag *d)
{
	size_t bad = 0;

	for (size_t k = 0; k < kb_count(kb); k++) {
		const struct kb_entry *e = kb_entry_at(kb, k);

		for (size_t i = 0; i < kb_entry_example_count(e); i++) {
			const char *ex = kb_entry_example(e, i);
			struct match_result r;

			if (match_ask(kb, NULL, ex, strlen(ex), &r, NULL) != 0)
				continue;	/* the loader rejects bad UTF-8 */
			if (r.entry != e) {
				check_report(e, i, &r, d);
				bad++;
			}
			match_result_finish(&r);
		}
	}
	return bad;
}
