/* report/csv_head.c - CSV headers by name, English or Chinese label, and values in the header's
 * unit (report/csv_head.h). */
#include "csv_head.h"

#include <string.h>
#include <strings.h>

#include "summary_out.h"

int csv_head_parse(const char *text, csv_headers *out)
{
    if (!strcasecmp(text, "names")) *out = CSV_HEAD_NAMES;
    else if (!strcasecmp(text, "en") || !strcasecmp(text, "english")) *out = CSV_HEAD_EN;
    else if (!strcasecmp(text, "zh") || !strcasecmp(text, "chinese")) *out = CSV_HEAD_ZH;
    else return -1;
    return 0;
}

unit_view csv_head_view(const char *unit, csv_headers h)
{
    return units_view(unit, h == CSV_HEAD_ZH ? LANG_ZH : LANG_EN);
}

/* A field as it is, or quoted (RFC 4180) when a comma, quote or line break is in it. */
static void field(FILE *f, const char *s)
{
    if (strpbrk(s, ",\"\r\n")) sum_out_csv_text(f, s);
    else fputs(s, f);
}

void csv_head_field(FILE *f, const char *name, const char *label_en, const char *label_zh, const char *unit,
                    csv_headers h)
{
    char buf[512];
    unit_view v = csv_head_view(unit, h);
    if (h == CSV_HEAD_NAMES) {
        field(f, name);
        return;
    }
    if (h == CSV_HEAD_ZH) {
        const char *label = label_zh && *label_zh ? label_zh : label_en;
        if (v.unit[0]) snprintf(buf, sizeof buf, "%s（%s）", label, v.unit);
        else snprintf(buf, sizeof buf, "%s", label);
    } else if (v.unit[0]) {
        snprintf(buf, sizeof buf, "%s (%s)", label_en, v.unit);
    } else {
        snprintf(buf, sizeof buf, "%s", label_en);
    }
    field(f, buf);
}

void csv_head_num(FILE *f, double v, unit_view view)
{
    sum_out_csv_num(f, v * view.factor);
}
