/*
 * The reply half of the matcher: what a decided result says (the answer,
 * "did you mean", the fallback, the 988 note and the disclaimer), its
 * suggestions, and what the conversation remembers of it. bot/match.c
 * decides; this file writes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kb_impl.h"
#include "match.h"
#include "match_impl.h"
#include "xmalloc.h"

/* Fill the result's suggestions: related entries, or the near misses. */
void
match_suggest(const struct kb *kb, const struct match_rank *r,
    struct match_result *res)
{
	res->nsuggest = 0;
	if (res->entry != NULL) {
		for (size_t i = 0; i < res->entry->nrelated &&
		    res->nsuggest < MATCH_SUGGEST; i++)
			res->suggest[res->nsuggest++] =
			    &kb->entries[res->entry->related_idx[i]];
		return;
	}
	for (size_t i = 0; r != NULL && i < r->n &&
	    res->nsuggest < MATCH_SUGGEST; i++) {
		if (r->c[i].score < MATCH_NEAR ||
		    match_smalltalk(kb, r->c[i].entry))
			continue;
		res->suggest[res->nsuggest++] = &kb->entries[r->c[i].entry];
	}
	res->unsure = res->nsuggest > 0;
}

/* Remember what was answered and offered, for the next message. */
void
match_remember(struct match_ctx *ctx, const struct match_result *res)
{
	if (ctx == NULL)
		return;
	ctx->turns++;
	if (res->kind == MATCH_CRISIS)
		ctx->last[0] = '\0';
	else if (res->entry != NULL)
		snprintf(ctx->last, sizeof(ctx->last), "%s", res->entry->id);
	ctx->nsugg = res->nsuggest;
	for (size_t i = 0; i < res->nsuggest; i++)
		snprintf(ctx->sugg[i], sizeof(ctx->sugg[i]), "%s",
		    res->suggest[i]->id);
}

/* Add text to a reply, as a new paragraph. */
static void
match_para(struct buf *b, const char *s)
{
	if (s == NULL || s[0] == '\0')
		return;
	if (b->len > 0)
		buf_puts(b, "\n\n");
	buf_puts(b, s);
}

/* Write the reply text for a decided result. */
void
match_compose(const struct kb *kb, struct match_ctx *ctx,
    struct match_result *res, bool topic)
{
	struct buf b;

	buf_init(&b, 0);
	/* One allocation, not a doubling from 64 bytes per paragraph. */
	buf_reserve(&b, MATCH_REPLY_RESERVE);
	if (res->kind == MATCH_CRISIS) {
		match_para(&b, kb->texts[KB_TEXT_CRISIS]);
	} else if (res->entry != NULL) {
		match_para(&b, res->entry->answer);
		if (res->second != NULL)
			match_para(&b, res->second->answer);
		res->noted = res->entry->crisis_note || topic ||
		    (res->second != NULL && res->second->crisis_note);
	} else if (res->unsure) {
		match_para(&b, kb->texts[KB_TEXT_DID_YOU_MEAN]);
		for (size_t i = 0; i < res->nsuggest; i++)
			buf_printf(&b, "\n%zu. %s", i + 1,
			    res->suggest[i]->title);
	} else {
		match_para(&b, kb->texts[KB_TEXT_FALLBACK]);
	}
	if (res->kind == MATCH_FALLBACK && topic)
		res->noted = true;
	if (res->noted)
		match_para(&b, kb->texts[KB_TEXT_CRISIS_NOTE]);
	if (res->kind == MATCH_ANSWER && (ctx == NULL || !ctx->disclaimed)) {
		match_para(&b, kb->texts[KB_TEXT_DISCLAIMER]);
		if (ctx != NULL)
			ctx->disclaimed = true;
	}
	res->answer = buf_steal(&b);
}

/* Set the result to answer entry e. */
void
match_set_entry(struct match_result *res, const struct kb_entry *e)
{
	res->entry = e;
	res->kind = e->kind == KB_SMALLTALK ? MATCH_SMALLTALK : MATCH_ANSWER;
}


/* Answer with entry e directly, as when a suggestion button is pressed. */
void
match_pick(const struct kb *kb, struct match_ctx *ctx,
    const struct kb_entry *e, struct match_result *res)
{
	memset(res, 0, sizeof(*res));
	match_set_entry(res, e);
	res->score = 1;
	match_suggest(kb, NULL, res);
	match_compose(kb, ctx, res, false);
	match_remember(ctx, res);
}

/* The greeting that opens a conversation (it carries the disclaimer). */
void
match_greeting(const struct kb *kb, struct match_ctx *ctx,
    struct match_result *res)
{
	const struct kb_entry *e = kb_find(kb, "greeting");

	memset(res, 0, sizeof(*res));
	res->kind = MATCH_SMALLTALK;
	res->entry = e;
	res->score = 1;
	if (e != NULL)
		match_suggest(kb, NULL, res);
	res->answer = xstrdup(kb->texts[KB_TEXT_GREETING]);
	if (ctx != NULL)
		ctx->disclaimed = true;
	match_remember(ctx, res);
}

/* Release what a result owns; accepts NULL. */
void
match_result_finish(struct match_result *res)
{
	if (res == NULL)
		return;
	free(res->answer);
	res->answer = NULL;
}
