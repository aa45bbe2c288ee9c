/*
 * hunspell_guard.cc - the calls into libhunspell, behind a catch.
 *
 * The project's only C++, and only because it has to be: libhunspell is
 * C++ behind a C interface, and its allocations are operator new, which
 * throws std::bad_alloc when memory runs out.  An exception cannot pass
 * through C frames (ours have no unwind tables or cleanups), so it ends
 * the process in std::terminate -- exit 134 and a core -- instead of the
 * out-of-memory path every other allocation takes (the record kept
 * without annotations, an "out of memory" error on it, exit 70).  Only
 * C++ can catch it, so each call hunspell.c makes goes through a wrapper
 * here that catches std::bad_alloc and anything else (catch (...): a
 * C++ exception of any type must stop here) and returns a failure value;
 * hunspell.c turns that into out of memory for the document (see
 * ws_hun_failed() there).  Nothing here allocates or keeps state.
 *
 * After an exception a handle may be left part way through an update
 * (Hunspell is not exception-safe); lookups only read the dictionary, and
 * a throw in create is the only one during a load, whose half-built
 * object is then lost, not used.
 */
#include "hunspell_guard.h"

#include <hunspell.h>

extern "C" Hunhandle *
ws_hg_create(const char *aff, const char *dic)
{
    try {
        return Hunspell_create(aff, dic);
    } catch (...) {
        return nullptr;
    }
}

extern "C" int
ws_hg_destroy(Hunhandle *h)
{
    try {
        Hunspell_destroy(h);
        return 1;
    } catch (...) {
        return 0;
    }
}

extern "C" const char *
ws_hg_dic_encoding(Hunhandle *h)
{
    try {
        return Hunspell_get_dic_encoding(h);
    } catch (...) {
        return nullptr;
    }
}

extern "C" int
ws_hg_spell(Hunhandle *h, const char *word)
{
    try {
        return Hunspell_spell(h, word) != 0;
    } catch (...) {
        return -1;
    }
}

extern "C" int
ws_hg_stem(Hunhandle *h, char ***list, const char *word)
{
    *list = nullptr;
    try {
        return Hunspell_stem(h, list, word);
    } catch (...) {
        *list = nullptr;
        return -1;
    }
}

extern "C" int
ws_hg_analyze(Hunhandle *h, char ***list, const char *word)
{
    *list = nullptr;
    try {
        return Hunspell_analyze(h, list, word);
    } catch (...) {
        *list = nullptr;
        return -1;
    }
}

extern "C" int
ws_hg_free_list(Hunhandle *h, char ***list, int n)
{
    try {
        Hunspell_free_list(h, list, n);
        return 1;
    } catch (...) {
        return 0;
    }
}
