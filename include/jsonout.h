/* The JSON form of an answer, shared by `faqbot ask --json` and the server. */
#ifndef FAQBOT_JSONOUT_H
#define FAQBOT_JSONOUT_H

#include <cjson/cJSON.h>

#include "match.h"

cJSON	*jsonout_result(const struct match_result *);
char	*jsonout_print(cJSON *);

#endif
