/*
 * The synthetic knowledge base shared by build/bench and build/dump, so
 * that both measure and compare the same thing.
 */
#include <stdio.h>

#include "gen.h"

/* Write a synthetic knowledge base of n entries into dir/gen.kb; 0 or -1. */
int
gen_write(const char *dir, size_t n)
{
	static const char *words[] = { "infusion", "session", "dose",
	    "insurance", "ketamine", "therapy", "clinic", "doctor", "nurse",
	    "pain", "sleep", "anxiety", "memory", "blood", "pressure",
	    "heart", "travel", "parking", "weekend", "morning", "evening",
	    "family", "partner", "work", "school", "music", "food", "water",
	    "coffee", "alcohol", "driving", "booking", "payment", "refund",
	    "records", "portal", "email", "phone", "letter", "form" };
	size_t nw = sizeof(words) / sizeof(words[0]);
	char path[512];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/gen.kb", dir);
	fp = fopen(path, "w");
	if (fp == NULL)
		return -1;
	for (size_t i = 0; i < n; i++) {
		fprintf(fp, "[entry gen-%zu]\ntitle: Question %zu about %s "
		    "and %s?\n", i, i, words[i % nw], words[(i / nw) % nw]);
		for (int k = 0; k < 8; k++)
			fprintf(fp, "example: what about %s %s w%zux%d %s\n",
			    words[(i + k) % nw], words[(i / nw + k) % nw], i, k,
			    words[(i * 7 + k) % nw]);
		fprintf(fp, "keywords: topic%zu, %s\nanswer: Answer number %zu."
		    "\n\n", i, words[(i * 3) % nw], i);
	}
	return fclose(fp) == 0 ? 0 : -1;
}
