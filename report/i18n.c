/* report/i18n.c - the message catalogue (report/i18n_list.h) in English and Chinese, and the
 * language choice.
 * Pure: no curses, no model numbers. */
#include "i18n.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- tables ---- */

static const char *const strings[S_COUNT][2] = {
#define I18N(id, en, zh) {en, zh},
#include "i18n_list.h"
#undef I18N
};

/* ---- public functions ---- */

const char *i18n_str(i18n_id id, i18n_lang lang)
{
    if ((int)id < 0 || id >= S_COUNT) return "?";
    return strings[id][lang == LANG_ZH ? 1 : 0];
}

const char *i18n_pair(const char *en, const char *zh, i18n_lang lang)
{
    if (lang == LANG_ZH && zh && *zh) return zh;
    return en ? en : "";
}

/* The first of the locale variables that is set and not empty, as setlocale would look. */
static const char *locale_env(void)
{
    static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v) return v;
    }
    return "";
}

int i18n_pick(const char *arg)
{
    if (arg) {
        if (!strncasecmp(arg, "zh", 2) || !strcasecmp(arg, "chinese") || !strcmp(arg, "中文"))
            return LANG_ZH;
        if (!strncasecmp(arg, "en", 2) || !strcasecmp(arg, "english")) return LANG_EN;
        return -1;
    }
    return strncasecmp(locale_env(), "zh", 2) == 0 ? LANG_ZH : LANG_EN;
}
