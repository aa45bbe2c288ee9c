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
 * ws_hun_failed() there).  Nothing here allocates; the one state is
 * the lock of libhunspell's shared table (at the end).
 *
 * After an exception a handle may be left part way through an update
 * (Hunspell is not exception-safe); lookups only read the dictionary, and
 * a throw in create is the only one during a load, whose half-built
 * object is then lost, not used.
 */
#include "hunspell_guard.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <hunspell.h>
#include <mutex>
#include <string>
#include <vector>

/* the lookups this thread asked libhunspell (ws_hg_lookups) */
static thread_local unsigned long lookups;

extern "C" unsigned long
ws_hg_lookups(void)
{
    return lookups;
}

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
    lookups++;
    try {
        return Hunspell_spell(h, word) != 0;
    } catch (...) {
        return -1;
    }
}

extern "C" int
ws_hg_stem(Hunhandle *h, char ***list, const char *word)
{
    lookups++;
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
    lookups++;
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

/*
 * libhunspell's one process-wide table (csutil's utf_tbl, the case and
 * letter data of UTF-8 dictionaries) is created by the first
 * initialize_utf_tbl() and deleted by the free_utf_tbl() that brings its
 * reference count back to 0; both run inside Hunspell_create and
 * Hunspell_destroy with no lock.  hunspell.c used to hold one lock
 * around every whole create and destroy, so a worker that wanted a
 * dictionary waited while another worker loaded a different language's
 * (run -j2 on the six-language corpus: 5 of its 6 loads waited, 1.4 s
 * in all, a core idle for that time).
 *
 * libhunspell calls both functions through its PLT, so the definitions
 * here come first: each takes tbl_mu and calls libhunspell's own (the
 * next definition, dlsym RTLD_NEXT).  The table's updates are then
 * serialised whatever the dictionaries do meanwhile, and the loads
 * themselves run in parallel.  ws_hg_tables_locked() says 1 only once
 * libhunspell has called our initialize_utf_tbl (on the first UTF-8
 * dictionary, loaded under hunspell.c's whole lock): a libhunspell that
 * binds its own calls (linked -Bsymbolic or -fno-semantic-interposition,
 * or a version whose function has another signature) never reaches
 * ours, and hunspell.c then keeps its lock around every whole create and
 * destroy.  (Asking the dynamic linker which definition comes first
 * would not tell: it answers ours even when libhunspell's calls bypass
 * it.)  What the functions hand on is libhunspell's: operator new's
 * std::bad_alloc passes through (the lock_guard releases the lock) to the
 * catch of ws_hg_create.
 */
void initialize_utf_tbl();
void free_utf_tbl();

namespace
{

std::mutex tbl_mu;
/* set by our initialize_utf_tbl: libhunspell's calls reach it */
std::atomic<bool> tbl_seen{false};

using tbl_fn = void (*)();

tbl_fn
libhunspell_fn(const char *name)
{
    void *p = dlsym(RTLD_NEXT, name);
    tbl_fn f = nullptr;
    static_assert(sizeof f == sizeof p, "function pointer size");
    std::memcpy(&f, &p, sizeof f);
    if (f == nullptr)
        std::abort(); /* called from libhunspell: it must be there */
    return f;
}

/* The wrappers call libhunspell's functions through the pointers dlsym
 * gives.  clang's -fsanitize=function (part of the fuzz build's
 * undefined) checks such a call against type data that a pointer from
 * dlsym does not carry, and its handler lives in the C++ sanitizer
 * runtime, which the fuzz targets (linked by clang as C) do not link:
 * the check is left out of these two functions. */
#if defined(__clang__)
#define WS_NO_FUNCTION_SANITIZER __attribute__((no_sanitize("function")))
#else
#define WS_NO_FUNCTION_SANITIZER
#endif

} // namespace

WS_NO_FUNCTION_SANITIZER void
initialize_utf_tbl()
{
    static const tbl_fn next = libhunspell_fn("_Z18initialize_utf_tblv");
    std::lock_guard<std::mutex> g(tbl_mu);
    next();
    tbl_seen.store(true, std::memory_order_release);
}

WS_NO_FUNCTION_SANITIZER void
free_utf_tbl()
{
    static const tbl_fn next = libhunspell_fn("_Z12free_utf_tblv");
    std::lock_guard<std::mutex> g(tbl_mu);
    next();
}

extern "C" int
ws_hg_tables_locked(void)
{
    return tbl_seen.load(std::memory_order_acquire) ? 1 : 0;
}

/*
 * libhunspell's line_tok() splits a string at a character into its
 * non-empty pieces, through a std::stringstream and std::getline: a
 * stream, its locale and its facets (dynamic_cast) built and torn down
 * for each call, some 3 500 instructions.  Hunspell_analyze calls it
 * twice a word (once in line_uniq(), once on its result), and it was
 * half the time of Hunspell_analyze (callgrind, whosaid run -j1, 2 MB
 * of English minus its first MB: line_tok 21.7 M instructions a MB of
 * Hunspell_analyze's 41.6 M).  libhunspell calls line_tok and line_uniq
 * through its PLT, as it does the table functions above, so the
 * definitions here are the ones it reaches; they answer as libhunspell's
 * (tests/unit: test_hun_line_tok_as_libhunspell compares them with
 * libhunspell's own, through dlsym RTLD_NEXT): line_tok gives the
 * pieces between the break characters that are not empty, in order;
 * line_uniq leaves in text the first of each distinct piece, in order,
 * joined by the break character (empty when there is none).  Only the
 * standard library's string and vector are used, whose allocations
 * throw std::bad_alloc to ws_hg_analyze's catch as libhunspell's would.
 */
std::vector<std::string> line_tok(const std::string &text, char breakchar);
void line_uniq(std::string &text, char breakchar);

namespace
{
/* set by our line_tok: libhunspell's calls reach it (a store, no
 * read-modify-write; read by the tests) */
std::atomic<bool> line_seen{false};
} // namespace

std::vector<std::string>
line_tok(const std::string &text, char breakchar)
{
    std::vector<std::string> ret;
    line_seen.store(true, std::memory_order_relaxed);
    const size_t n = text.size();
    for (size_t b = 0; b < n;) {
        size_t e = text.find(breakchar, b);
        if (e == std::string::npos)
            e = n;
        if (e > b)
            ret.emplace_back(text, b, e - b);
        b = e + 1;
    }
    return ret;
}

void
line_uniq(std::string &text, char breakchar)
{
    const size_t n = text.size();
    if (text.find(breakchar) == std::string::npos)
        return; /* one piece (or none: empty), as it is */
    std::string out;
    out.reserve(n);
    for (size_t b = 0; b < n;) {
        size_t e = text.find(breakchar, b);
        if (e == std::string::npos)
            e = n;
        const size_t len = e - b;
        bool dup = len == 0;
        /* the pieces kept so far, in out */
        for (size_t k = 0; !dup && k < out.size();) {
            size_t ke = out.find(breakchar, k);
            if (ke == std::string::npos)
                ke = out.size();
            dup = ke - k == len && out.compare(k, len, text, b, len) == 0;
            k = ke + 1;
        }
        if (!dup) {
            if (!out.empty())
                out.push_back(breakchar);
            out.append(text, b, len);
        }
        b = e + 1;
    }
    text.swap(out);
}

extern "C" int
ws_hg_line_seen(void)
{
    return line_seen.load(std::memory_order_relaxed) ? 1 : 0;
}

/*
 * Tests: whether our line_tok and line_uniq answer as libhunspell's own
 * (the next definitions) for text[0..n) and the break character: 1 when
 * both do, 0 when one does not, -1 when libhunspell has none of that
 * name or threw.
 */
extern "C" WS_NO_FUNCTION_SANITIZER int
ws_hg_line_check(const char *text, size_t n, char breakchar)
{
    using tok_fn = std::vector<std::string> (*)(const std::string &, char);
    using uniq_fn = void (*)(std::string &, char);
    void *pt =
        dlsym(RTLD_NEXT, "_Z8line_tokRKNSt7__cxx1112basic_stringIcSt11char_"
                         "traitsIcESaIcEEEc");
    void *pu = dlsym(RTLD_NEXT, "_Z9line_uniqRNSt7__cxx1112basic_stringIcSt"
                                "11char_traitsIcESaIcEEEc");
    if (pt == nullptr || pu == nullptr)
        return -1;
    tok_fn their_tok;
    uniq_fn their_uniq;
    std::memcpy(&their_tok, &pt, sizeof pt);
    std::memcpy(&their_uniq, &pu, sizeof pu);
    try {
        const std::string s(text, n);
        if (line_tok(s, breakchar) != their_tok(s, breakchar))
            return 0;
        /* (libhunspell's line_uniq calls line_tok through its PLT: ours;
         * both being the same, as just checked, it is its own answer) */
        std::string a(s), b(s);
        line_uniq(a, breakchar);
        their_uniq(b, breakchar);
        return a == b ? 1 : 0;
    } catch (...) {
        return -1;
    }
}
