/*
 * One answer as JSON: {"kind", "id", "score", "answer", "suggestions"},
 * plus "titles" (the suggestions' questions, for buttons) and "second"
 * (the entry answering a second question in the same message). Other tools read
 * these names, so they do not change.
 */
#include <math.h>
#include <stdlib.h>

#include "jsonout.h"
#include "xmalloc.h"

/* Add an item to an object; cJSON frees it on failure (1.7.14+ helpers). */
static void
jsonout_add(cJSON *obj, const char *name, cJSON *item)
{
	if (item == NULL || !cJSON_AddItemToObject(obj, name, item)) {
		cJSON_Delete(item);
		xoom("cjson");
	}
}

/* Build the object for a result; caller frees with cJSON_Delete. */
cJSON *
jsonout_result(const struct match_result *r)
{
	cJSON *o = cJSON_CreateObject(), *sugg, *titles;

	if (o == NULL)
		xoom("cjson");
	jsonout_add(o, "kind", cJSON_CreateString(match_kind_name(r->kind)));
	jsonout_add(o, "id", r->entry != NULL && r->kind != MATCH_FALLBACK ?
	    cJSON_CreateString(kb_entry_id(r->entry)) : cJSON_CreateNull());
	jsonout_add(o, "score", cJSON_CreateNumber(round(r->score * 1000) /
	    1000));
	jsonout_add(o, "answer", cJSON_CreateString(r->answer != NULL ?
	    r->answer : ""));
	if (r->second != NULL)
		jsonout_add(o, "second",
		    cJSON_CreateString(kb_entry_id(r->second)));
	sugg = cJSON_CreateArray();
	titles = cJSON_CreateArray();
	jsonout_add(o, "suggestions", sugg);
	jsonout_add(o, "titles", titles);
	for (size_t i = 0; i < r->nsuggest; i++) {
		cJSON_AddItemToArray(sugg,
		    cJSON_CreateString(kb_entry_id(r->suggest[i])));
		cJSON_AddItemToArray(titles,
		    cJSON_CreateString(kb_entry_title(r->suggest[i])));
	}
	return o;
}

/* Print compactly and free the object; caller frees the text with free. */
char *
jsonout_print(cJSON *o)
{
	char *s = cJSON_PrintUnformatted(o), *copy;

	cJSON_Delete(o);
	if (s == NULL)
		xoom("cjson");
	copy = xstrdup(s);
	cJSON_free(s);
	return copy;
}
