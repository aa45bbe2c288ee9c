/*
 * hunspell_guard.h - libhunspell's C interface with C++ exceptions turned
 * into failure codes (hunspell_guard.cc; used by hunspell.c only).
 * Each call answers as the Hunspell_* function of the same name, except
 * that when libhunspell throws (std::bad_alloc when memory runs out, or
 * anything else) it returns the failure value named here instead of
 * letting the exception reach C frames, where it would end the process
 * through std::terminate.
 */
#ifndef WS_HUNSPELL_GUARD_H
#define WS_HUNSPELL_GUARD_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct Hunhandle Hunhandle;

/* NULL when libhunspell threw.  What libhunspell mallocs meanwhile comes
 * from a pool of the dictionary's own (hunspell_guard.cc), given back by
 * ws_hg_destroy. */
Hunhandle *ws_hg_create(const char *aff, const char *dic);
/* 0 when libhunspell threw (the handle is then leaked, not half freed). */
int ws_hg_destroy(Hunhandle *h);
/* The dictionary's encoding; NULL when libhunspell threw. */
const char *ws_hg_dic_encoding(Hunhandle *h);
/* 1 when word is correct, 0 when not, -1 when libhunspell threw. */
int ws_hg_spell(Hunhandle *h, const char *word);
/* The number of strings in *list (the caller frees it with
 * ws_hg_free_list); -1 and *list NULL when libhunspell threw. */
int ws_hg_stem(Hunhandle *h, char ***list, const char *word);
int ws_hg_analyze(Hunhandle *h, char ***list, const char *word);
/* 0 when libhunspell threw. */
int ws_hg_free_list(Hunhandle *h, char ***list, int n);
/* 1 when libhunspell's process-wide table is created and freed under a
 * lock of ours (see hunspell_guard.cc): dictionaries can then be created
 * and destroyed in several threads at once; 0 when the caller must
 * serialise Hunspell_create and Hunspell_destroy itself. */
int ws_hg_tables_locked(void);
/* How many spell, stem and analyze calls this thread has made (tests:
 * which words reach libhunspell). */
unsigned long ws_hg_lookups(void);
/* 1 once libhunspell has called the line_tok of hunspell_guard.cc (its
 * calls reach ours), 0 before or when they never do. */
int ws_hg_line_seen(void);
/* Tests: 1 when hunspell_guard.cc's line_tok and line_uniq answer as
 * libhunspell's own for text[0..n) split at breakchar, 0 when not, -1
 * when libhunspell's cannot be asked. */
int ws_hg_line_check(const char *text, size_t n, char breakchar);

#ifdef __cplusplus
}
#endif

#endif
