/*
 * `make bench`: how fast the matcher answers, on one thread. It asks the
 * questions of tests/eval/ (every line, many rounds) against the bundled
 * knowledge and against a generated knowledge base of 5,000 entries, and
 * prints questions per second, p50/p99 time per question and peak memory.
 * Figures, not pass/fail: machines here are shared and noisy.
 *
 *   bench KNOWLEDGE [EVAL.tsv...]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "gen.h"
#include "kb.h"
#include "match.h"

#define BENCH_MIN_SECONDS	2.0

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* Read the questions of the eval files. */
static char **
load_questions(int nfiles, char **files, size_t *n)
{
	char **q = NULL, *line = NULL;
	size_t cap = 0;

	*n = 0;
	for (int i = 0; i < nfiles; i++) {
		FILE *fp = fopen(files[i], "r");

		while (fp != NULL && getline(&line, &cap, fp) != -1) {
			char *tab = strchr(line, '\t');

			if (line[0] == '#' || tab == NULL)
				continue;
			tab[1 + strcspn(tab + 1, "\r\n")] = '\0';
			q = realloc(q, (*n + 1) * sizeof(*q));
			q[(*n)++] = strdup(tab + 1);
		}
		if (fp != NULL)
			fclose(fp);
	}
	free(line);
	return q;
}

/* Ask every question in rounds for BENCH_MIN_SECONDS; print a row. */
static void
bench_kb(const char *label, const struct kb *kb, char **q, size_t nq)
{
	size_t cap = nq * 64, n = 0;
	double *lat = malloc(cap * sizeof(*lat)), start = now(), total;

	while (now() - start < BENCH_MIN_SECONDS && n + nq <= cap) {
		for (size_t i = 0; i < nq; i++) {
			struct match_result r;
			double t0 = now();

			match_ask(kb, NULL, q[i], strlen(q[i]), &r, NULL);
			match_result_finish(&r);
			lat[n++] = now() - t0;
		}
	}
	total = now() - start;
	qsort(lat, n, sizeof(*lat), cmp_double);
	printf("%-28s %8zu %12.0f %10.1f %10.1f\n", label, kb_count(kb),
	    (double)n / total, lat[n / 2] * 1e6, lat[n * 99 / 100] * 1e6);
	free(lat);
}

/* Peak resident memory of this process, in MiB. */
static double
peak_mib(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return (double)ru.ru_maxrss / 1024.0;
}

int
main(int argc, char **argv)
{
	char dir[] = "/tmp/faqbot-bench-XXXXXX", path[600];
	struct diag *d = diag_new();
	struct kb *kb, *big;
	size_t nq;
	char **q;
	double t0;

	if (argc < 3) {
		fprintf(stderr, "usage: bench KNOWLEDGE EVAL.tsv...\n");
		return 2;
	}
	q = load_questions(argc - 2, argv + 2, &nq);
	t0 = now();
	kb = kb_load(argv[1], d);
	if (kb == NULL || nq == 0) {
		diag_print(d, stderr);
		return 1;
	}
	printf("knowledge load and index: %.1f ms (%s)\n", (now() - t0) * 1e3,
	    argv[1]);
	printf("\n%-28s %8s %12s %10s %10s\n", "knowledge", "entries",
	    "questions/s", "p50 us", "p99 us");
	bench_kb("bundled", kb, q, nq);
	if (mkdtemp(dir) == NULL)
		return 1;
	if (gen_write(dir, GEN_ENTRIES) != 0)
		return 1;
	t0 = now();
	big = kb_load(dir, d);
	if (big == NULL) {
		diag_print(d, stderr);
		return 1;
	}
	bench_kb("generated", big, q, nq);
	printf("\ngenerated knowledge load and index: %.1f ms\n",
	    (now() - t0) * 1e3);
	printf("peak resident memory: %.1f MiB\n", peak_mib());
	snprintf(path, sizeof(path), "%s/gen.kb", dir);
	unlink(path);
	rmdir(dir);
	kb_unref(kb);
	kb_unref(big);
	diag_free(d);
	for (size_t i = 0; i < nq; i++)
		free(q[i]);
	free(q);
	return 0;
}
