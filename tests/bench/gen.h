/*
 * The generated knowledge base of the bench and the dump: n entries of
 * made-up questions, written as one .kb file.
 */
#ifndef FAQBOT_BENCH_GEN_H
#define FAQBOT_BENCH_GEN_H

#include <stddef.h>

#define GEN_ENTRIES	5000

int	 gen_write(const char *dir, size_t n);

#endif
