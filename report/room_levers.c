/* report/room_levers.c - a participant's lever moves against the challenge they inherit, and
 * their text in English or Chinese (units through report/units.h). */
#include "room_levers.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "export_md.h" /* md_escape */
#include "room_scan.h"
#include "units.h"

int rlev_moves(const scn_scenario *s, rlev_move *out, int max)
{
    const scn_scenario *p = s ? scn_parent(s) : NULL;
    int n = 0;
    if (!p) return 0;
    for (int id = 0; id < P_COUNT && n < max; id++) {
        const pp_param *q = pp_param_get(id);
        double a, b;
        if (!q || q->group == LG_NONE || !scn_is_set_here(s, id)) continue;
        a = scn_lever_value(p, id);
        b = scn_lever_value(s, id);
        /* a difference below a hundredth of a step is rounding, not a move */
        if (!isfinite(a) || !isfinite(b) || fabs(a - b) <= 0.01 * (q->step > 0 ? q->step : 1e-9)) continue;
        out[n++] = (rlev_move){id, a, b};
    }
    return n;
}

const char *rlev_text(const rlev_move *m, i18n_lang lang, int utf8, char *buf, size_t size)
{
    const pp_param *q = pp_param_get(m->id);
    unit_view v = units_view(q->unit, lang);
    char from[48], to[48];
    /* one unit for both ends, so "450 -> 800 万千瓦" reads as a change, not a unit switch */
    snprintf(from, sizeof from, "%.*f", fabs(m->from * v.factor) < 10 ? 2 : 1, m->from * v.factor);
    snprintf(to, sizeof to, "%.*f", fabs(m->to * v.factor) < 10 ? 2 : 1, m->to * v.factor);
    snprintf(buf, size, "%s%s%s %s %s%s%s", i18n_pair(q->label_en, q->label_zh, lang), lang == LANG_ZH ? "：" : ": ",
             from, utf8 ? "→" : "->", to, v.unit[0] ? " " : "", v.unit);
    return buf;
}

const char *rlev_all_text(const scn_scenario *s, i18n_lang lang, int utf8, char *buf, size_t size)
{
    rlev_move m[RLEV_MAX];
    int n = rlev_moves(s, m, RLEV_MAX);
    size_t used = 0;
    buf[0] = '\0';
    for (int i = 0; i < n && used + 1 < size; i++) {
        char one[256];
        int w = snprintf(buf + used, size - used, "%s%s", i ? "; " : "", rlev_text(&m[i], lang, utf8, one, sizeof one));
        if (w < 0) break;
        used += (size_t)w < size - used ? (size_t)w : size - used - 1;
    }
    return buf;
}

void rlev_write_md(FILE *f, const void *room_table, int zh)
{
    const rscan_table *t = room_table;
    i18n_lang lang = zh ? LANG_ZH : LANG_EN;
    int any = 0;
    for (int i = 0; i < t->n; i++) {
        char text[4096];
        if (!t->row[i]->ok) continue;
        if (!any++) fprintf(f, "\n## %s\n\n", i18n_str(S_RM_LEVERS_MOVED, lang));
        rlev_all_text(t->row[i]->scn, lang, 1, text, sizeof text);
        fputs("- **", f);
        md_escape(f, t->row[i]->who);
        fputs("**: ", f);
        md_escape(f, text[0] ? text : i18n_str(S_RM_NO_LEVERS, lang));
        fputc('\n', f);
    }
}
