/*
 * For profilers: asks every question of the eval files once, with no
 * conversation, on the given knowledge (or, with -g, on the generated
 * knowledge of the bench). Run it under callgrind with
 * --toggle-collect=match_ask and divide the count by the questions.
 *
 *   once [-g] KNOWLEDGE EVAL.tsv...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gen.h"
#include "kb.h"
#include "match.h"

int
main(int argc, char **argv)
{
	char dir[] = "/tmp/faqbot-once-XXXXXX", path[600], *line = NULL;
	struct diag *d = diag_new();
	int gen = argc > 1 && strcmp(argv[1], "-g") == 0;
	size_t cap = 0, n = 0;
	struct kb *kb;

	if (argc < 3 + gen) {
		fprintf(stderr, "usage: once [-g] KNOWLEDGE EVAL.tsv...\n");
		return 2;
	}
	if (gen) {
		if (mkdtemp(dir) == NULL || gen_write(dir, GEN_ENTRIES) != 0)
			return 1;
		kb = kb_load(dir, d);
		snprintf(path, sizeof(path), "%s/gen.kb", dir);
		unlink(path);
		rmdir(dir);
	} else {
		kb = kb_load(argv[1 + gen], d);
	}
	if (kb == NULL) {
		diag_print(d, stderr);
		return 1;
	}
	for (int i = 2 + gen; i < argc; i++) {
		FILE *fp = fopen(argv[i], "r");

		while (fp != NULL && getline(&line, &cap, fp) != -1) {
			char *tab = strchr(line, '\t');
			struct match_result r;

			if (line[0] == '#' || tab == NULL)
				continue;
			tab[1 + strcspn(tab + 1, "\r\n")] = '\0';
			if (match_ask(kb, NULL, tab + 1, strlen(tab + 1), &r,
			    NULL) == 0)
				match_result_finish(&r);
			n++;
		}
		if (fp != NULL)
			fclose(fp);
	}
	printf("%zu questions\n", n);
	free(line);
	kb_unref(kb);
	diag_free(d);
	return 0;
}
