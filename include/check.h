/*
 * Regression check of a knowledge base: every example must be answered by
 * its own entry. Run by `faqbot check`, and before a reload is accepted.
 */
#ifndef FAQBOT_CHECK_H
#define FAQBOT_CHECK_H

#include <stddef.h>

#include "diag.h"
#include "kb.h"

size_t	check_examples(const struct kb *, struct diag *);

#endif
