/*
 * hunspell.c - the Hunspell adapter.  The only file that includes
 * <hunspell.h>.  Dictionaries are Debian's (/usr/share/hunspell, or
 * $WHOSAID_HUNSPELL_DIR); a dictionary in a legacy 8-bit encoding (pl_PL is
 * ISO8859-2) is spoken to through iconv.
 */
#include <errno.h>
#include <hunspell.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ws_int.h"

struct ws_hun {
    Hunhandle *h;
    iconv_t to_dic, from_dic; /* (iconv_t)-1 when the dictionary is UTF-8 */
};

static const struct {
    const char *lang, *dic;
} dicts[] = {{"en", "en_US"}, {"de", "de_DE"}, {"fr", "fr_FR"},
             {"pl", "pl_PL"}, {"ru", "ru_RU"}, {"uk", "uk_UA"}};

const char *
ws_hun_dir(void)
{
    const char *dir = getenv("WHOSAID_HUNSPELL_DIR");
    return dir && *dir ? dir : "/usr/share/hunspell";
}

const char *
ws_hun_dicname(const char *lang)
{
    for (size_t i = 0; i < sizeof dicts / sizeof dicts[0]; i++)
        if (strcmp(dicts[i].lang, lang) == 0)
            return dicts[i].dic;
    return NULL;
}

ws_hun *
ws_hun_open(const char *lang)
{
    const char *dic = ws_hun_dicname(lang);
    if (dic == NULL)
        return NULL;
    char aff[4096], dicp[4096];
    snprintf(aff, sizeof aff, "%s/%s.aff", ws_hun_dir(), dic);
    snprintf(dicp, sizeof dicp, "%s/%s.dic", ws_hun_dir(), dic);
    /* Hunspell has no error channel: check the files first. */
    if (access(aff, R_OK) != 0 || access(dicp, R_OK) != 0)
        return NULL;
    ws_hun *w = calloc(1, sizeof(*w));
    if (w == NULL)
        return NULL;
    w->h = Hunspell_create(aff, dicp);
    if (w->h == NULL) {
        free(w);
        return NULL;
    }
    w->to_dic = w->from_dic = (iconv_t)-1;
    const char *enc = Hunspell_get_dic_encoding(w->h);
    if (enc && strcasecmp(enc, "UTF-8") != 0) {
        w->to_dic = iconv_open(enc, "UTF-8");
        w->from_dic = iconv_open("UTF-8", enc);
        if (w->to_dic == (iconv_t)-1 || w->from_dic == (iconv_t)-1) {
            ws_hun_free(w);
            return NULL;
        }
    }
    return w;
}

void
ws_hun_free(ws_hun *w)
{
    if (w == NULL)
        return;
    if (w->h)
        Hunspell_destroy(w->h);
    if (w->to_dic != (iconv_t)-1)
        iconv_close(w->to_dic);
    if (w->from_dic != (iconv_t)-1)
        iconv_close(w->from_dic);
    free(w);
}

/*
 * Hunspell splits words at its BREAK characters (hyphens, apostrophes)
 * and tries every split: its time grows exponentially with their number
 * ("a-t''-il" takes minutes).  Such words and very long ones are not
 * dictionary words; they are answered without asking Hunspell.
 */
#define HUN_MAX_BYTES  100
#define HUN_MAX_BREAKS 3

static int
too_hard(const char *word)
{
    int breaks = 0;
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)word; *p; p++, n++) {
        if (*p == '-' || *p == '\'')
            breaks++;
        /* U+2019 ’ and U+2010/2011 hyphens: E2 80 99 / 90 / 91 */
        else if (p[0] == 0xE2 && p[1] == 0x80 &&
                 (p[2] == 0x99 || p[2] == 0x90 || p[2] == 0x91))
            breaks++;
    }
    return n > HUN_MAX_BYTES || breaks > HUN_MAX_BREAKS;
}

/* Converts with cd into out (NUL-terminated); -1 when not representable. */
static int
conv(iconv_t cd, const char *in, char *out, size_t cap)
{
    char *ip = (char *)(uintptr_t)in, *op = out;
    size_t il = strlen(in), ol = cap - 1;
    iconv(cd, NULL, NULL, NULL, NULL);
    if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1)
        return -1;
    *op = '\0';
    return (int)(op - out);
}

int
ws_hun_spell(ws_hun *w, const char *word)
{
    char tmp[512];
    if (too_hard(word))
        return 0;
    if (w->to_dic != (iconv_t)-1) {
        if (conv(w->to_dic, word, tmp, sizeof tmp) < 0)
            return 0;
        word = tmp;
    }
    return Hunspell_spell(w->h, word) != 0;
}

int
ws_hun_stem(ws_hun *w, const char *word, char *buf, size_t cap)
{
    char tmp[512];
    if (too_hard(word))
        return 0;
    if (w->to_dic != (iconv_t)-1) {
        if (conv(w->to_dic, word, tmp, sizeof tmp) < 0)
            return 0;
        word = tmp;
    }
    char **list = NULL;
    int n = Hunspell_stem(w->h, &list, word);
    int len = 0;
    if (n > 0 && list && list[0]) {
        if (w->from_dic != (iconv_t)-1) {
            len = conv(w->from_dic, list[0], buf, cap);
            if (len < 0)
                len = 0;
        } else if (strlen(list[0]) < cap) {
            strcpy(buf, list[0]);
            len = (int)strlen(buf);
        }
    }
    if (list)
        Hunspell_free_list(w->h, &list, n);
    return len;
}
