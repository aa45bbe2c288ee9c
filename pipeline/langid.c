/*
 * langid.c - language identification per document: the project's own
 * small model.
 *
 * 1. Script: the code points of the first 16 KB are counted by script.
 *    Kana -> ja; Han without kana -> zh; Thai, Hangul, Greek, Hebrew,
 *    Arabic, Devanagari, Georgian, Armenian -> their language.
 * 2. Cyrillic and Latin text: each word (case-folded) is looked up in
 *    per-language lists of the most frequent function words (general
 *    knowledge of each language, written here by hand), and letters that
 *    only some languages use (i/ї/є/ґ, ы/э/ъ, ą/ę/ł, ß/ä, ç/è, ñ, ã/õ ...)
 *    add evidence.  The language with the highest score wins; "" when the
 *    evidence is too thin.  The count stops early (from 256 bytes on) once one
 *    language of a single-script text is far ahead (decided()).
 * The tables are built once (pthread_once) into a hash table; the
 * function is thread-safe and allocation-free afterwards.
 */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "ws_int.h"

enum {
    L_EN,
    L_DE,
    L_FR,
    L_PL,
    L_RU,
    L_UK,
    L_ES,
    L_IT,
    L_PT,
    L_NL,
    L_CS,
    L_BE,
    L_BG,
    L_SV,
    NLANG
};

static const char *const lang_code[NLANG] = {"en", "de", "fr", "pl", "ru",
                                             "uk", "es", "it", "pt", "nl",
                                             "cs", "be", "bg", "sv"};

/* The most frequent function words of each language (case-folded). */
static const char *const lang_words[NLANG] = {
    /* en */
    "the of and to a in is that for it on was with as he be by at are this "
    "his have from or an but not they which you were her she has had will "
    "been their would there what who we all more said also its than into "
    "after about can when our these them could other only over new two "
    "so did do does my your him may should because while where those",
    /* de */
    "der die und in den von zu das mit sich des auf für ist im dem nicht "
    "ein eine als auch es an werden aus er hat dass sie nach wird bei einer "
    "um am sind noch wie einem über einen so zum war haben nur oder aber "
    "vor zur bis mehr durch man sein wurde sei kann ich wir ihr sehr wenn "
    "gegen diese dieser unter jetzt schon",
    /* fr */
    "le la les de des et à en un une du est que pour dans qui au par sur "
    "pas plus il ne ce se sont aux avec son elle ont été sa ou mais nous "
    "vous ses leur cette comme tout fait être aussi lui dont où après "
    "entre sans deux très même ces je on y ils était avait",
    /* pl */
    "i w z na się do nie że to jest o jak po od za dla co przez jego ale "
    "tak oraz już a czy był było być może ich tym są jej który która które "
    "przy także tylko gdy lub także ze we pod nad bardzo roku będzie też "
    "jednak jako tego tej ten mnie go",
    /* ru */
    "и в не на что с по это как он из к для был также от его которые "
    "или но о за она они так же бы уже все при до было только ее еще "
    "этого может был была были году этом чтобы когда если через мы вы "
    "том где лет после который которая между более",
    /* uk */
    "і в не на що з у та до як це від для за його але про також вже все "
    "було був була були щоб яка який які при може якщо коли ще ми ви "
    "тому де років після між більш лише має є буде їх її цього цей "
    "через тільки нас себе свої україни",
    /* es */
    "el la de que y en los del se las por un una con no para es al lo "
    "como más pero sus le ya o fue este ha sí porque esta son entre cuando "
    "muy sin sobre también me hasta hay donde quien desde todo nos durante "
    "todos uno les ni contra otros ese eso",
    /* it */
    "il di che e la per un in non una è sono del della le si da dei con "
    "ma come anche gli al alla più nel nella questo ha essere ci lo delle "
    "degli cui dal tra suo sua fra quando molto dopo senza ancora loro",
    /* pt */
    "o de a e que do da em um para é com não uma os no se na por mais as "
    "dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos "
    "já está eu também só pelo pela até isso ela entre era depois sem",
    /* nl */
    "de van een het en in is dat op te zijn met voor niet aan er om ook "
    "als bij door maar dan nog werd wordt naar uit was hij ze zich heeft "
    "tot kan deze wel geen over worden zij hun wat",
    /* cs */
    "a v se na je že to s z do o k jako by ve pro za ale i jsou jeho byl "
    "bylo tak podle při už které který která jak po od také nebo mezi "
    "byla jsem jen však když",
    /* be */
    "і ў не на што з у да як гэта ад для за яго але пра таксама ўжо усё "
    "было быў была былі каб якая які якія пры можа калі яшчэ мы вы",
    /* bg */
    "и в на не да се от за с по че е това са как той го до му но ще като "
    "при след още които която който тя те във със беше бяха има",
    /* sv */
    "och i att det som en på är av för med till den inte har de om ett "
    "var men så från han hon vi sig kan nu eller efter när också"};

/* the words of more than eight bytes (25 in the lists; the others are in
 * kkey[] below), by their FNV hash */
#define HBITS 7
#define HSIZE (1u << HBITS)

typedef struct {
    const char *w;
    uint8_t len;
    uint16_t mask;
} hent;

static hent table[HSIZE];
static size_t maxlen; /* the longest word in the lists */

/* The words of up to eight bytes (all but 25): each by its bytes as
 * one little-endian word (zero above them; no word holds a zero byte),
 * kkey[], and its languages, kmask[], by a multiplicative hash.  A
 * look-up compares one key, where table[] hashed the word byte by byte
 * and compared it with the list's text by memcmp (a line of its 128 KB
 * and the word's: with the languages' bits read by ctz below, est2 0.85M
 * more per MB of English). */
#define KBITS 11
#define KSIZE (1u << KBITS)
static uint64_t kkey[KSIZE];
static uint16_t kmask[KSIZE];

static inline uint32_t
khash(uint64_t key)
{
    return (uint32_t)((key * 0x9E3779B97F4A7C15ULL) >> (64 - KBITS));
}

/* The key of the n bytes at s (1 <= n <= 8; s holds eight bytes) */
static inline uint64_t
kword(const char *s, size_t n)
{
    uint64_t key;
    memcpy(&key, s, 8);
    return key & (~0ULL >> (8 * (8 - n)));
}

static pthread_once_t once = PTHREAD_ONCE_INIT;

static uint32_t
hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    size_t i;
    for (i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static void
build(void)
{
    int l;
    for (l = 0; l < NLANG; l++) {
        const char *s = lang_words[l];
        while (*s) {
            const char *e = s;
            uint32_t h;
            while (*e && *e != ' ')
                e++;
            if ((size_t)(e - s) > maxlen)
                maxlen = (size_t)(e - s);
            if (e > s && e - s <= 8) {
                char w8[8] = {0};
                uint64_t key;
                memcpy(w8, s, (size_t)(e - s));
                key = kword(w8, (size_t)(e - s));
                for (h = khash(key); kkey[h] && kkey[h] != key;
                     h = (h + 1) & (KSIZE - 1))
                    ;
                kkey[h] = key;
                kmask[h] |= (uint16_t)(1u << l);
            } else if (e > s) {
                h = hash(s, (size_t)(e - s)) & (HSIZE - 1);
                for (;;) {
                    hent *t = &table[h];
                    if (!t->w) {
                        t->w = s;
                        t->len = (uint8_t)(e - s);
                        t->mask = (uint16_t)(1u << l);
                        break;
                    }
                    if (t->len == e - s && memcmp(t->w, s, t->len) == 0) {
                        t->mask |= (uint16_t)(1u << l);
                        break;
                    }
                    h = (h + 1) & (HSIZE - 1);
                }
            }
            s = *e ? e + 1 : e;
        }
    }
}

/* The languages of the word of n bytes at s (1 <= n; s holds eight
 * bytes at least) */
static unsigned
lookup(const char *s, size_t n)
{
    uint32_t h;
    if (n <= 8) {
        uint64_t key = kword(s, n);
        for (h = khash(key); kkey[h]; h = (h + 1) & (KSIZE - 1))
            if (kkey[h] == key)
                return kmask[h];
        return 0;
    }
    h = hash(s, n) & (HSIZE - 1);
    for (;;) {
        const hent *t = &table[h];
        if (!t->w)
            return 0;
        if (t->len == n && memcmp(t->w, s, n) == 0)
            return t->mask;
        h = (h + 1) & (HSIZE - 1);
    }
}

/* Letters that only some of the languages use: evidence per occurrence. */
static void
letter_evidence(int32_t c, double *sc)
{
    switch (c) {
    case 0x456: /* і */
        sc[L_UK] += 0.5;
        sc[L_BE] += 0.5;
        break;
    case 0x457: /* ї */
    case 0x454: /* є */
    case 0x491: /* ґ */
        sc[L_UK] += 2;
        break;
    case 0x45E: /* ў */
        sc[L_BE] += 3;
        break;
    case 0x44B: /* ы */
        sc[L_RU] += 1;
        sc[L_BE] += 1;
        break;
    case 0x44D: /* э */
        sc[L_RU] += 1;
        sc[L_BE] += 0.5;
        break;
    case 0x451: /* ё */
        sc[L_RU] += 1;
        sc[L_BE] += 1;
        break;
    case 0x44A: /* ъ */
        sc[L_RU] += 0.5;
        sc[L_BG] += 1;
        break;
    case 0x449: /* щ */
        sc[L_BG] += 0.3;
        break;
    case 0x105:
    case 0x119:
    case 0x142:
    case 0x144:
    case 0x15B:
    case 0x17A:
    case 0x17C:
    case 0x107: /* ą ę ł ń ś ź ż ć */
        sc[L_PL] += 1;
        break;
    case 0xDF: /* ß */
        sc[L_DE] += 2;
        break;
    case 0xE4:
    case 0xFC: /* ä ü */
        sc[L_DE] += 0.5;
        sc[L_SV] += 0.2;
        break;
    case 0xF6:
        sc[L_DE] += 0.3;
        sc[L_SV] += 0.3;
        break;
    case 0xE5: /* å */
        sc[L_SV] += 1;
        break;
    case 0xE7: /* ç */
        sc[L_FR] += 0.5;
        sc[L_PT] += 0.5;
        break;
    case 0xE8:
    case 0xEA:
    case 0xEB:
    case 0xEE:
    case 0xEF:
    case 0xFB:
    case 0x153: /* è ê ë î ï û œ */
        sc[L_FR] += 0.5;
        break;
    case 0xE9: /* é */
        sc[L_FR] += 0.3;
        break;
    case 0xF1: /* ñ */
        sc[L_ES] += 1;
        break;
    case 0xE3:
    case 0xF5: /* ã õ */
        sc[L_PT] += 1;
        break;
    case 0x11B:
    case 0x159:
    case 0x16F:
    case 0x161:
    case 0x10D:
    case 0x17E:
        /* ě ř ů š č ž */
        sc[L_CS] += 0.7;
        break;
    default:
        break;
    }
}

enum {
    S_LATIN,
    S_CYR,
    S_HAN,
    S_KANA,
    S_THAI,
    S_HANGUL,
    S_GREEK,
    S_HEBREW,
    S_ARABIC,
    S_DEVA,
    S_GEORG,
    S_ARMEN,
    NSCRIPT
};

static int
script_of(int32_t c)
{
    if (c < 0x80)
        return ((c | 32) >= 'a' && (c | 32) <= 'z') ? S_LATIN : -1;
    if (c < 0x250)
        return (c >= 0xC0 && c != 0xD7 && c != 0xF7) ? S_LATIN : -1;
    if (c >= 0x370 && c < 0x400)
        return S_GREEK;
    if (c >= 0x400 && c < 0x530)
        return S_CYR;
    if (c >= 0x530 && c < 0x590)
        return S_ARMEN;
    if (c >= 0x590 && c < 0x600)
        return S_HEBREW;
    if (c >= 0x600 && c < 0x700)
        return S_ARABIC;
    if (c >= 0x900 && c < 0x980)
        return S_DEVA;
    if (c >= 0xE00 && c < 0xE80)
        return S_THAI;
    if (c >= 0x10A0 && c < 0x1100)
        return S_GEORG;
    if (c >= 0x1E00 && c < 0x1F00)
        return S_LATIN;
    if ((c >= 0x3040 && c < 0x3100) || (c >= 0x31F0 && c < 0x3200) ||
        (c >= 0xFF66 && c < 0xFF9E))
        return S_KANA;
    if ((c >= 0x4E00 && c < 0xA000) || (c >= 0x3400 && c < 0x4DC0) ||
        (c >= 0xF900 && c < 0xFB00) || (c >= 0x20000 && c < 0x2FA20))
        return S_HAN;
    if ((c >= 0xAC00 && c < 0xD7B0) || (c >= 0x1100 && c < 0x1200) ||
        (c >= 0x3130 && c < 0x3190))
        return S_HANGUL;
    return -1;
}

/* Early decision (a document's language is plain long before 16 KB): the
 * letters so far are Latin or Cyrillic but for one in twenty at most (a
 * Cyrillic text with a Latin name, acronym or dateline: with none allowed,
 * such a text was read to its 16 KB), and the best language of the script
 * has ten function words or more and over three times the score of any
 * other language of the script, or twenty more than any (languages that
 * share many function words, ru and be, uk and be, fr and es, stay within
 * three times of each other however long the text: they were read to the
 * end). */
static int
decided(const long *cnt, const double *sc, long total)
{
    int l, cyr = cnt[S_CYR] > cnt[S_LATIN];
    double b1 = 0, b2 = 0;

    if (cnt[cyr ? S_CYR : S_LATIN] * 20 < total * 19)
        return 0;
    for (l = 0; l < NLANG; l++) {
        int lc = l == L_RU || l == L_UK || l == L_BE || l == L_BG;
        if (lc != cyr)
            continue;
        if (sc[l] > b1) {
            b2 = b1;
            b1 = sc[l];
        } else if (sc[l] > b2) {
            b2 = sc[l];
        }
    }
    return b1 >= 10 && (b1 > 3 * b2 || b1 >= b2 + 20);
}

void
ws_langid(const char *text, size_t len, char out[8])
{
    static const char *const script_lang[NSCRIPT] = {
        NULL, NULL, "zh", "ja", "th", "ko", "el", "he", "ar", "hi", "ka", "hy"};
    long cnt[NSCRIPT] = {0};
    double sc[NLANG] = {0};
    size_t i = 0, lim = len < 16384 ? len : 16384, check = 256;
    char word[64] = {0};
    size_t wn = 0;
    int s, best = -1, l, nwords = 0;
    long total = 0;

    out[0] = 0;
    pthread_once(&once, build);
    while (i <= lim) {
        int32_t c = -1;
        if (i + 8 <= lim) {
            /* a run of ASCII letters, eight bytes a step: what the byte
             * loop below does for each of them (without its branch at
             * every letter) */
            const uint64_t ones = 0x0101010101010101ULL, hi = ones * 0x80;
            uint64_t w, lw, let;
            memcpy(&w, text + i, 8);
            lw = (w & ~hi) | ones * 0x20;
            let = (lw + ones * (0x80 - 'a')) & ~(lw + ones * (0x7F - 'z')) &
                  ~w & hi;
            if (let & 0x80) {
                size_t r =
                    (~let & hi) ? (size_t)__builtin_ctzll(~let & hi) / 8 : 8;
                cnt[S_LATIN] += (long)r;
                total += (long)r;
                if (wn + 8 < sizeof(word)) {
                    memcpy(word + wn, &lw, 8);
                } else {
                    for (size_t j = 0; j < r; j++)
                        if (wn + j + 1 < sizeof(word))
                            word[wn + j] = (char)(text[i + j] | 32);
                }
                wn += r;
                i += r;
                continue;
            }
        }
        if (i < lim && (unsigned char)text[i] < 0x80) {
            /* ASCII: the general path below gives the same result (a
             * letter is Latin, folds to lower case and is evidence for
             * no language by itself) */
            unsigned char b = (unsigned char)text[i++];
            c = b;
            if ((b | 32) >= 'a' && (b | 32) <= 'z') {
                cnt[S_LATIN]++;
                total++;
                if (wn + 1 < sizeof(word))
                    word[wn] = (char)(b | 32);
                wn++;
                continue;
            }
        } else if (i < lim) {
            size_t i0 = i;
            c = ws_utf8_decode(text, len, &i);
            s = script_of(c);
            if (s >= 0) {
                cnt[s]++;
                total++;
            }
            if (c >= 0xC0 && c < 0x460 && c != 0xD7 && c != 0xF7 && c != 0xDF &&
                (c < 0x100 || c >= 0x400)) {
                /* Latin-1 and basic Cyrillic letters: the case folding of
                 * these is a fixed offset (ß, which folds to "ss", takes
                 * the general path) */
                int32_t f = c < 0xDF    ? c + 0x20
                            : c < 0x100 ? c
                            : c < 0x410 ? c + 0x50
                            : c < 0x430 ? c + 0x20
                                        : c;
                letter_evidence(f, sc);
                if (wn + 2 < sizeof(word)) {
                    word[wn] = (char)(0xC0 | (f >> 6));
                    word[wn + 1] = (char)(0x80 | (f & 0x3F));
                }
                wn += 2;
                continue;
            }
            if (c > 0 && ws_cp_is_letter(c)) {
                char buf[8];
                int n;
                n = ws_utf8_fold(text + i0, i - i0, buf, sizeof(buf));
                if (n > 0) {
                    size_t j = 0;
                    letter_evidence(ws_utf8_decode(buf, (size_t)n, &j), sc);
                    if (wn + (size_t)n < sizeof(word))
                        memcpy(word + wn, buf, (size_t)n);
                    wn += (size_t)n;
                }
                continue;
            }
        } else {
            i++;
        }
        if (wn && wn < sizeof(word)) {
            unsigned m = wn <= maxlen ? lookup(word, wn) : 0;
            nwords++;
            /* its languages' bits, lowest first (a test of every
             * language's bit was a branch each) */
            for (; m != 0; m &= m - 1)
                sc[__builtin_ctz(m)] += 1;
            if (i >= check) {
                if (decided(cnt, sc, total))
                    break;
                check = i + 128;
            }
        }
        wn = 0;
    }
    if (!total)
        return;
    /* scripts that name a language outright */
    if (cnt[S_KANA] * 20 > cnt[S_HAN] + cnt[S_KANA] &&
        (cnt[S_KANA] + cnt[S_HAN]) * 2 > total) {
        snprintf(out, 8, "ja");
        return;
    }
    for (s = S_HAN; s < NSCRIPT; s++)
        if (cnt[s] * 2 > total) {
            snprintf(out, 8, "%s", script_lang[s]);
            return;
        }
    (void)nwords;
    for (l = 0; l < NLANG; l++) {
        int cyr = l == L_RU || l == L_UK || l == L_BE || l == L_BG;
        if (cyr != (cnt[S_CYR] > cnt[S_LATIN]))
            continue;
        if (best < 0 || sc[l] > sc[best])
            best = l;
    }
    if (best < 0 || sc[best] < 1.5)
        return;
    snprintf(out, 8, "%s", lang_code[best]);
}
