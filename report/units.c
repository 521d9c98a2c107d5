/* report/units.c - SI-style units to Chinese planning units (report/units.h); the table is
 * report/units_list.h. */
#include "units.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    const char *si;
    double factor;
    const char *zh;
} unit_row;

static const unit_row unit_table[] = {
#define UNIT(si, factor, zh) {si, factor, zh},
#include "units_list.h"
#undef UNIT
};

static const unit_row *unit_find(const char *si)
{
    for (size_t i = 0; i < sizeof unit_table / sizeof unit_table[0]; i++)
        if (strcmp(unit_table[i].si, si) == 0)
            return &unit_table[i];
    return NULL;
}

unit_view units_view(const char *si, i18n_lang lang)
{
    unit_view v = {1.0, si ? si : ""};
    if (lang != LANG_ZH || !si)
        return v;
    const unit_row *row = unit_find(si);
    if (row) {
        v.factor = row->factor;
        v.unit = row->zh;
    }
    return v;
}

/* In Chinese, 万-units whose value reaches 1 亿 (10^4 万) move up to 亿: 21500 万吨 -> 2.15亿吨.
 * Only units that begin with 万 do; 亿千瓦时 and 亿元 already are the planners' size. */
static int moves_to_yi(const char *zh_unit, double shown)
{
    return strncmp(zh_unit, "万", strlen("万")) == 0 && fabs(shown) >= 1e4;
}

static int auto_decimals(double shown)
{
    double a = fabs(shown);
    if (a >= 100 || a == 0)
        return a >= 100 && a < 1000 && a != floor(a) ? 1 : 0;
    return a >= 10 ? 1 : 2;
}

const char *units_format(double value, const char *si, i18n_lang lang, int decimals, char *buf,
                         size_t size)
{
    if (!buf || size == 0)
        return buf;
    unit_view v = units_view(si, lang);
    double shown = value * v.factor;
    const char *unit = v.unit;
    char yi_unit[64];
    if (lang == LANG_ZH && moves_to_yi(unit, shown)) {
        shown /= 1e4;
        snprintf(yi_unit, sizeof yi_unit, "亿%s", unit + strlen("万"));
        unit = yi_unit;
    }
    if (!isfinite(shown)) {
        snprintf(buf, size, "-");
        return buf;
    }
    int d = decimals >= 0 ? decimals : auto_decimals(shown);
    /* English puts a space between number and unit ("215 Mt CO2"); Chinese writes them together
     * ("2.15亿吨CO2"), and "%" follows the number directly in both. */
    const char *sep = (lang == LANG_ZH || strcmp(unit, "%") == 0 || !*unit) ? "" : " ";
    snprintf(buf, size, "%.*f%s%s", d, shown, sep, unit);
    return buf;
}
