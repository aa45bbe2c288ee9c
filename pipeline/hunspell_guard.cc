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
 * ws_hun_failed() there).  The state here is the lock of libhunspell's
 * shared table and the dictionaries' memory pools (at the end).
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

namespace
{
struct pool;
pool *pool_begin(const char *dic);
void pool_end(pool *p, Hunhandle *h);
void pool_drop(Hunhandle *h);
} // namespace

extern "C" Hunhandle *
ws_hg_create(const char *aff, const char *dic)
{
    pool *p = pool_begin(dic);
    Hunhandle *h;
    try {
        h = Hunspell_create(aff, dic);
    } catch (...) {
        h = nullptr;
    }
    pool_end(p, h);
    return h;
}

extern "C" int
ws_hg_destroy(Hunhandle *h)
{
    try {
        Hunspell_destroy(h);
    } catch (...) {
        return 0;
    }
    pool_drop(h);
    return 1;
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

/*
 * A dictionary's memory.  libhunspell keeps a dictionary's words as a hash
 * table of records (struct hentry: 40 bytes and the word's, one malloc
 * each), 1 025 000 of them for the six languages' dictionaries, 58 MB;
 * glibc adds 8 bytes to each block and rounds it up to 16, 11.5 MB more.
 * `run -j2` on the six languages peaked at 148.6 MB of the 150 MB issue
 * #7 allows, 88 MB of it the dictionaries (136.4 MB with the pools).
 *
 * So what libhunspell mallocs while a dictionary loads comes from a pool
 * of the dictionary's own, its blocks taken in order, 8-byte aligned
 * (libhunspell stores nothing there that needs more), and free() of a
 * block in a pool does nothing.  The pools are carved from one range of
 * address space reserved at the first load (POOL_SPACE, inaccessible but
 * where a pool is), so that free() knows a pool's block by one compare.
 * A pool is reserved from the size of the .dic (POOL_PER_BYTE bytes a
 * byte), in 2 MB pages unless $WHOSAID_HUGEPAGES is 0, as the heap is
 * (heap.c: in 4 KB pages `run -j1` on 2 MB of the six languages took
 * 16 100 page faults, 4 500 with malloc's heap, 960 so).  Its unused end
 * is given back after the load, all of it when the dictionary is
 * destroyed (its address space is used again only when no pool was
 * carved after it).  A block larger than POOL_BLOCK_MAX or that does not
 * fit, every block asked for by another thread or after the load, and
 * every block of a load with $WHOSAID_HUNSPELL_POOL=0, comes from malloc
 * as before.
 *
 * libhunspell calls malloc and free through its PLT: their slots in its
 * GOT are pointed at pool_malloc and pool_free once, before the first
 * pooled load (found from its dynamic section, as the dynamic linker
 * does; x86-64 with glibc only).  What they hand on to are the process's
 * malloc and free (dlsym RTLD_DEFAULT: the sanitizers' or valgrind's when
 * those are there).  When the slots cannot be found, when libhunspell
 * also calls an allocator function that could be handed a pool's block
 * (realloc), or when the space cannot be reserved, nothing is patched and
 * every dictionary is malloc'd.
 */
#if defined(__x86_64__) && defined(__linux__) && defined(__GLIBC__)
#define WS_HG_POOL 1
#include <elf.h>
#include <link.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
/* LeakSanitizer does not look into mappings of ours: a pool holds the
 * only pointers to some of libhunspell's operator new blocks (108 of them
 * for the six languages), which it then reported as leaked */
#if defined(__SANITIZE_ADDRESS__)
#define WS_HG_LSAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WS_HG_LSAN 1
#endif
#endif
#ifdef WS_HG_LSAN
#include <sanitizer/lsan_interface.h>
#endif
/* clang's UBSan checks the type of a C++ indirect call's callee, which
 * needs its C++ runtime, and the programs are linked by the C driver (the
 * fuzz build failed to link): the two calls through the process's malloc
 * and free are left unchecked, and the one-time start goes through
 * pthread_once, not std::call_once's indirect call */
#if defined(__clang__)
#define WS_HG_UNCHECKED_CALLS __attribute__((no_sanitize("function")))
#else
#define WS_HG_UNCHECKED_CALLS
#endif
#include <pthread.h>
/* heap.c's (ws_int.h): whether $WHOSAID_HUGEPAGES turns huge pages off */
extern "C" int ws_heap_huge_off(void);
#endif

namespace
{

struct pool {
    char *base;
    size_t cap, used;
    Hunhandle *h;
};

#ifdef WS_HG_POOL
constexpr size_t POOL_SPACE = (size_t)1 << 30;
/* the records take 2.3 (fr_FR) to 4.6 (en_US) bytes a byte of the .dic */
constexpr size_t POOL_PER_BYTE = 8;
constexpr size_t POOL_BLOCK_MAX = 1024;
constexpr size_t POOL_ALIGN = (size_t)2 << 20;
constexpr int POOLS = 32;

using malloc_fn = void *(*)(size_t);
using free_fn = void (*)(void *);
malloc_fn next_malloc;
free_fn next_free;

/* the reserved range (set before the slots are patched) */
uintptr_t space_lo;

std::mutex pools_mu;
size_t space_used; /* carved so far */
pool pools[POOLS];

/* the pool of the dictionary this thread is loading */
thread_local pool *building;

WS_HG_UNCHECKED_CALLS void *
pool_malloc(size_t n)
{
    pool *p = building;
    if (p != nullptr && n <= POOL_BLOCK_MAX) {
        size_t want = n == 0 ? 8 : (n + 7) & ~(size_t)7;
        if (p->cap - p->used >= want) {
            void *b = p->base + p->used;
            p->used += want;
            return b;
        }
    }
    return next_malloc(n);
}

WS_HG_UNCHECKED_CALLS void
pool_free(void *b)
{
    if ((uintptr_t)b - space_lo >= POOL_SPACE)
        next_free(b);
}

template <typename F>
F
process_fn(const char *name)
{
    void *v = dlsym(RTLD_DEFAULT, name);
    F f = nullptr;
    static_assert(sizeof f == sizeof v, "function pointer size");
    std::memcpy(&f, &v, sizeof f);
    return f;
}

/* The address of the GOT slot of lm's PLT calls to name, or null */
void **
got_slot(const link_map *lm, const char *name)
{
    ElfW(Addr) jmprel = 0, symtab = 0, strtab = 0;
    size_t relsz = 0;
    for (const ElfW(Dyn) *d = lm->l_ld; d->d_tag != DT_NULL; d++) {
        if (d->d_tag == DT_JMPREL)
            jmprel = d->d_un.d_ptr;
        else if (d->d_tag == DT_PLTRELSZ)
            relsz = d->d_un.d_val;
        else if (d->d_tag == DT_SYMTAB)
            symtab = d->d_un.d_ptr;
        else if (d->d_tag == DT_STRTAB)
            strtab = d->d_un.d_ptr;
    }
    if (jmprel == 0 || symtab == 0 || strtab == 0)
        return nullptr;
    /* (glibc relocates these in place; one not relocated is below the
     * load address) */
    auto at = [lm](ElfW(Addr) a) {
        return a < lm->l_addr ? a + lm->l_addr : a;
    };
    const auto *rel = (const ElfW(Rela) *)at(jmprel);
    const auto *sym = (const ElfW(Sym) *)at(symtab);
    const char *str = (const char *)at(strtab);
    for (size_t i = 0; i < relsz / sizeof *rel; i++)
        if (ELF64_R_TYPE(rel[i].r_info) == R_X86_64_JUMP_SLOT &&
            std::strcmp(str + sym[ELF64_R_SYM(rel[i].r_info)].st_name, name) ==
                0)
            return (void **)(lm->l_addr + rel[i].r_offset);
    return nullptr;
}

/* The read-only range (PT_GNU_RELRO) of the object loaded at addr */
struct relro {
    uintptr_t addr, lo, hi;
};

int
find_relro(dl_phdr_info *info, size_t, void *arg)
{
    relro *r = (relro *)arg;
    if (info->dlpi_addr != r->addr)
        return 0;
    for (int i = 0; i < info->dlpi_phnum; i++)
        if (info->dlpi_phdr[i].p_type == PT_GNU_RELRO) {
            r->lo = r->addr + info->dlpi_phdr[i].p_vaddr;
            r->hi = r->lo + info->dlpi_phdr[i].p_memsz;
        }
    return 1;
}

/* Stores v in slot, a page of RELRO made writable for it */
bool
slot_store(void **slot, void *v, const relro &r)
{
    uintptr_t a = (uintptr_t)slot;
    if (a < r.lo || a >= r.hi) {
        __atomic_store_n(slot, v, __ATOMIC_RELEASE);
        return true;
    }
    long pg = sysconf(_SC_PAGESIZE);
    void *page = (void *)(a & ~(uintptr_t)(pg - 1));
    if (mprotect(page, (size_t)pg, PROT_READ | PROT_WRITE) != 0)
        return false;
    __atomic_store_n(slot, v, __ATOMIC_RELEASE);
    mprotect(page, (size_t)pg, PROT_READ);
    return true;
}

/* Reserves the space and points libhunspell's slots at the pool */
void
pool_start(void)
{
    next_malloc = process_fn<malloc_fn>("malloc");
    next_free = process_fn<free_fn>("free");
    void *create = dlsym(RTLD_DEFAULT, "Hunspell_create");
    Dl_info info;
    link_map *lm = nullptr;
    if (next_malloc == nullptr || next_free == nullptr || create == nullptr ||
        dladdr1(create, &info, (void **)&lm, RTLD_DL_LINKMAP) == 0 ||
        lm == nullptr)
        return;
    void **ms = got_slot(lm, "malloc"), **fs = got_slot(lm, "free");
    if (ms == nullptr || fs == nullptr)
        return;
    /* a pool's block must never reach an allocator function other than
     * free: a libhunspell that calls one of these (Debian's 1.7 calls
     * malloc, calloc and free only) gets no pools */
    static const char *const other[] = {"realloc", "reallocarray",
                                        "malloc_usable_size"};
    for (const char *o : other)
        if (got_slot(lm, o) != nullptr)
            return;
    relro r = {lm->l_addr, 0, 0};
    dl_iterate_phdr(find_relro, &r);
    void *m = mmap(nullptr, POOL_SPACE + POOL_ALIGN, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED)
        return;
    space_lo = ((uintptr_t)m + POOL_ALIGN - 1) & ~(uintptr_t)(POOL_ALIGN - 1);
    /* free's first: a pool's block is never handed to glibc's free */
    if (!slot_store(fs, (void *)pool_free, r) ||
        !slot_store(ms, (void *)pool_malloc, r)) {
        slot_store(fs, (void *)next_free, r);
        munmap(m, POOL_SPACE + POOL_ALIGN);
        space_lo = 0;
    }
}

/* Whether LeakSanitizer looks for pointers in [b, b + n) */
void
leak_root(char *b, size_t n, bool on)
{
#ifdef WS_HG_LSAN
    if (n == 0)
        return;
    if (on)
        __lsan_register_root_region(b, n);
    else
        __lsan_unregister_root_region(b, n);
#else
    (void)b;
    (void)n;
    (void)on;
#endif
}

/* Gives [b, e) of a pool back (its pages freed, made inaccessible) */
void
space_release(char *b, char *e)
{
    if (e > b) {
        madvise(b, (size_t)(e - b), MADV_DONTNEED);
        mprotect(b, (size_t)(e - b), PROT_NONE);
    }
}

pool *
pool_begin(const char *dic)
{
    const char *e = std::getenv("WHOSAID_HUNSPELL_POOL");
    if (e != nullptr && std::strcmp(e, "0") == 0)
        return nullptr;
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, pool_start);
    struct stat st;
    if (space_lo == 0 || stat(dic, &st) != 0)
        return nullptr;
    size_t cap =
        ((size_t)st.st_size * POOL_PER_BYTE + POOL_ALIGN) & ~(POOL_ALIGN - 1);
    std::lock_guard<std::mutex> g(pools_mu);
    pool *p = nullptr;
    for (pool &q : pools)
        if (q.base == nullptr) {
            p = &q;
            break;
        }
    if (p == nullptr || cap > POOL_SPACE - space_used)
        return nullptr;
    char *base = (char *)space_lo + space_used;
    if (mprotect(base, cap, PROT_READ | PROT_WRITE) != 0)
        return nullptr;
    if (!ws_heap_huge_off())
        madvise(base, cap, MADV_HUGEPAGE);
    space_used += cap;
    *p = {base, cap, 0, nullptr};
    building = p;
    return p;
}

/* After the load: the pool's unused end given back, all of it when the
 * load failed */
void
pool_end(pool *p, Hunhandle *h)
{
    if (p == nullptr)
        return;
    building = nullptr;
    long pg = sysconf(_SC_PAGESIZE);
    size_t keep =
        h == nullptr ? 0 : (p->used + (size_t)pg - 1) & ~(size_t)(pg - 1);
    std::lock_guard<std::mutex> g(pools_mu);
    space_release(p->base + keep, p->base + p->cap);
    if (p->base + p->cap == (char *)space_lo + space_used)
        space_used = (size_t)(p->base - (char *)space_lo) +
                     ((keep + POOL_ALIGN - 1) & ~(POOL_ALIGN - 1));
    if (h == nullptr) {
        p->base = nullptr;
        return;
    }
    p->cap = keep;
    p->h = h;
    leak_root(p->base, keep, true);
}

/* After h is destroyed: its pool given back */
void
pool_drop(Hunhandle *h)
{
    std::lock_guard<std::mutex> g(pools_mu);
    for (pool &p : pools)
        if (p.base != nullptr && p.h == h) {
            leak_root(p.base, p.cap, false);
            space_release(p.base, p.base + p.cap);
            size_t end = (size_t)(p.base - (char *)space_lo) +
                         ((p.cap + POOL_ALIGN - 1) & ~(POOL_ALIGN - 1));
            if (end == space_used)
                space_used = (size_t)(p.base - (char *)space_lo);
            p.base = nullptr;
        }
}
#else
pool *
pool_begin(const char *)
{
    return nullptr;
}

void
pool_end(pool *, Hunhandle *)
{
}

void
pool_drop(Hunhandle *)
{
}
#endif

} // namespace
