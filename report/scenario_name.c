/* report/scenario_name.c - the scenario's name in the reader's language (report/scenario_name.h). */
#include "scenario_name.h"

#include <string.h>

const char *scenario_name(const scn_scenario *s, i18n_lang lang)
{
    const scn_scenario *parent;
    const char *name, *zh;
    if (!s) return "";
    name = scn_text(s, P_SCENARIO_NAME);
    zh = scn_text(s, P_SCENARIO_NAME_ZH);
    /* name_zh is inherited like every text: a child that renames itself in English only would
     * otherwise go by its parent's Chinese name */
    if ((parent = scn_parent(s)) && strcmp(name, scn_text(parent, P_SCENARIO_NAME)) != 0 &&
        strcmp(zh, scn_text(parent, P_SCENARIO_NAME_ZH)) == 0)
        zh = "";
    return lang == LANG_ZH && zh[0] ? zh : name;
}
