/* tui/lever_names.c - looks up a lever's short name (tui/lever_names_list.h) and picks the name
 * that fits a label's width. */
#include "lever_names.h"

#include <stdio.h>
#include <string.h>

#include "../sim/scenario/params.h"
#include "lever_names_list.h"
#include "text.h"

typedef struct { const char *key, *name[2]; } lev_short;

#define LEV_SHORT_ROW(key, en, zh) {key, {en, zh}},
static const lev_short short_names[] = {LEVER_SHORT_NAMES(LEV_SHORT_ROW)};
#undef LEV_SHORT_ROW

const char *lev_short_name(int id, i18n_lang lang)
{
    const pp_param *p = pp_param_get(id);
    char key[128];
    if (!p) return NULL;
    snprintf(key, sizeof key, "%s.%s", p->section, p->key);
    for (size_t i = 0; i < sizeof short_names / sizeof short_names[0]; i++)
        if (strcmp(short_names[i].key, key) == 0) return short_names[i].name[lang == LANG_ZH];
    return NULL;
}

const char *lev_name_for_width(int id, i18n_lang lang, int width)
{
    const pp_param *p = pp_param_get(id);
    const char *full = p ? i18n_pair(p->label_en, p->label_zh, lang) : "?", *sh;
    if (txt_width(full) <= width) return full;
    sh = lev_short_name(id, lang);
    return sh ? sh : full;
}
