/* tui/decomp_view.c - view 6: the LMDI effects of a change in gross CO2 as horizontal bars
 * (increases right of a zero axis, decreases left), the total under them. The effects come from
 * lmdi_co2_decompose; this file only scales and places them. */
#include "decomp_view.h"
#include "../report/error_text.h"
#include "../report/units.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "draw.h"
#include "reference.h"
#include "style.h"
#include "text.h"

#define DECOMP_MIN_LABEL_W 4

/* ---- layout (pure) ---- */

void decomp_layout(const double *v, int n, int w, int label_need, decomp_geom *out)
{
    double neg = 0, pos = 0;
    memset(out, 0, sizeof *out);
    out->label_w = label_need < w / 2 ? label_need : w / 2;
    if (out->label_w < DECOMP_MIN_LABEL_W) out->label_w = DECOMP_MIN_LABEL_W;
    out->bar_x = out->label_w + 1;
    out->value_x = w - DECOMP_VALUE_W;
    out->bar_w = out->value_x - 1 - out->bar_x;
    if (out->bar_w < 3) {
        out->bar_w = 0;
        return;
    }
    for (int i = 0; i < n; i++) {
        if (!isfinite(v[i])) continue;
        if (-v[i] > neg) neg = -v[i];
        if (v[i] > pos) pos = v[i];
    }
    if (neg + pos <= 0) {
        out->zero = out->bar_w / 2;
        return;
    }
    out->cells_per_mt = (out->bar_w - 1) / (neg + pos); /* one cell is the axis */
    out->zero = (int)lround(neg * out->cells_per_mt);
}

void decomp_bar(const decomp_geom *g, double v, int *start, int *len)
{
    int n = isfinite(v) ? (int)lround(fabs(v) * g->cells_per_mt) : 0;
    if (v > 0) {
        if (n > g->bar_w - 1 - g->zero) n = g->bar_w - 1 - g->zero;
        *start = g->zero + 1;
    } else {
        if (n > g->zero) n = g->zero;
        *start = g->zero - n;
    }
    *len = n > 0 ? n : 0;
}

/* ---- state ---- */

/* The two years, defaults filled in and kept inside the run: first <= from < to <= end. */
static void decomp_years(app *a)
{
    decomp_state *d = &a->decomp;
    int first = a->res.first_year, end = a->res.end_year;
    if (!d->from_year) d->from_year = DECOMP_FROM_DEFAULT;
    if (!d->to_year) d->to_year = DECOMP_TO_DEFAULT;
    if (d->to_year > end) d->to_year = end;
    if (d->to_year < first + 1) d->to_year = first + 1;
    if (d->from_year > d->to_year - 1) d->from_year = d->to_year - 1;
    if (d->from_year < first) d->from_year = first;
}

int decomp_key(app *a, wint_t c)
{
    decomp_state *d = &a->decomp;
    decomp_years(a);
    switch (c) {
    case L'(': d->from_year--; break;
    case L')': if (d->from_year + 1 < d->to_year) d->from_year++; break;
    case L'9': if (d->to_year - 1 > d->from_year) d->to_year--; break;
    case L'0': d->to_year++; break;
    case L'd': d->vs_ref = !d->vs_ref; break;
    default: return 0;
    }
    decomp_years(a);
    return 1;
}

/* ---- drawing ---- */

static const char *effect_label(const app *a, int e)
{
    static const i18n_id ids[LMDI_EFFECT_COUNT] = {
        [LMDI_ACTIVITY] = S_DC_ACTIVITY, [LMDI_STRUCTURE] = S_DC_STRUCTURE,
        [LMDI_INTENSITY] = S_DC_INTENSITY, [LMDI_CONVERSION] = S_DC_CONVERSION,
        [LMDI_FUEL_MIX] = S_DC_FUEL_MIX, [LMDI_EMISSION_FACTOR] = S_DC_EMISSION_FACTOR,
        [LMDI_PROCESS] = S_DC_PROCESS, [LMDI_OTHER] = S_DC_OTHER};
    return i18n_str(ids[e], a->lang);
}

/* One row: name, bar (right of the axis red: more CO2; left green), value. */
static void bar_row(const app *a, const lay_rect *in, int y, const decomp_geom *g, const char *label, double v,
                    int bold)
{
    char buf[32];
    int start, len;
    drw_text(y, in->x, g->label_w, label, bold ? ST_PANEL_TITLE : ST_NORMAL, 1, 0, a->utf8);
    if (g->bar_w > 0) {
        decomp_bar(g, v, &start, &len);
        drw_char(y, in->x + g->bar_x + g->zero, a->utf8 ? L'│' : L'|', ST_AXIS);
        for (int k = 0; k < len; k++)
            drw_char(y, in->x + g->bar_x + start + k, a->utf8 ? L'█' : L'#', v > 0 ? ST_BAD : ST_GOOD);
    }
    if (a->lang == LANG_ZH) { /* 万吨CO2: 0.1 Mt is 10 万吨 */
        double w = v * units_view("Mt CO2", a->lang).factor;
        if (fabs(w) < 0.5) snprintf(buf, sizeof buf, "0");
        else snprintf(buf, sizeof buf, "%+.0f", w);
    } else if (fabs(v) < 0.05) snprintf(buf, sizeof buf, "0.0"); /* no "-0.0" for a rounding residue */
    else snprintf(buf, sizeof buf, "%+.1f", v);
    drw_text(y, in->x + g->value_x, DECOMP_VALUE_W, buf, bold ? ST_PANEL_TITLE : ST_NORMAL, 1, 1, a->utf8);
}

/* Two header rows: what is compared ("2020 -> 2030", or "2030: reference -> edited") and the
 * gross CO2 of both states ("190.7 -> 224.2 Mt CO2"). */
static void header(const app *a, const lay_rect *in, const lmdi_co2 *dc)
{
    const char *arrow = a->utf8 ? "→" : "->";
    char buf[256];
    if (a->decomp.vs_ref)
        snprintf(buf, sizeof buf, "%d: %s %s %s", dc->year_to, ref_label(a), arrow, i18n_str(S_DC_EDITED, a->lang));
    else
        snprintf(buf, sizeof buf, "%d %s %d", dc->year_from, arrow, dc->year_to);
    drw_text(in->y, in->x, in->w, buf, ST_PANEL_TITLE, 1, 0, a->utf8);
    if (a->lang == LANG_ZH) { /* 1.91亿吨CO2 → 2.24亿吨CO2 */
        char f[64], t[64];
        snprintf(buf, sizeof buf, "%s %s %s", units_format(dc->co2_from_mt, "Mt CO2", a->lang, -1, f, sizeof f), arrow,
                 units_format(dc->co2_to_mt, "Mt CO2", a->lang, -1, t, sizeof t));
    } else snprintf(buf, sizeof buf, "%.1f %s %.1f Mt CO2", dc->co2_from_mt, arrow, dc->co2_to_mt);
    drw_text(in->y + 1, in->x, in->w, buf, ST_NORMAL, 1, 0, a->utf8);
}

/* The bars, the total under a rule, the keys on the last row. */
static void draw_bars(const app *a, const lay_rect *in, const lmdi_co2 *dc)
{
    int shown[LMDI_EFFECT_COUNT], n = 0, need = txt_width(i18n_str(S_DC_TOTAL, a->lang)), y = in->y + 3;
    double v[LMDI_EFFECT_COUNT + 1];
    decomp_geom g;
    for (int e = 0; e < LMDI_EFFECT_COUNT; e++) {
        if (e == LMDI_OTHER && dc->effect_mt[e] == 0) continue; /* no such source in this engine */
        shown[n] = e;
        v[n++] = dc->effect_mt[e];
        if (txt_width(effect_label(a, e)) > need) need = txt_width(effect_label(a, e));
    }
    v[n] = dc->total_mt;
    decomp_layout(v, n + 1, in->w, need, &g);
    header(a, in, dc);
    for (int i = 0; i < n && y < in->y + in->h - 3; i++, y++)
        bar_row(a, in, y, &g, effect_label(a, shown[i]), v[i], 0);
    for (int x = 0; x < in->w && y < in->y + in->h - 2; x++) drw_char(y, in->x + x, a->utf8 ? L'─' : L'-', ST_DIM);
    bar_row(a, in, ++y, &g, i18n_str(S_DC_TOTAL, a->lang), dc->total_mt, 1);
    drw_text(in->y + in->h - 1, in->x, in->w, i18n_str(S_DC_KEYS, a->lang), ST_DIM, 1, 0, a->utf8);
}

void decomp_update(app *a)
{
    decomp_state *d = &a->decomp;
    pp_error err;
    d->computed = 0;
    if (a->view != VIEW_DECOMP) return;
    decomp_years(a);
    pp_error_clear(&err);
    if (d->vs_ref)
        d->status = lmdi_co2_decompose(ref_result(a), d->to_year, &a->res, d->to_year, &d->dc, &err);
    else
        d->status = lmdi_co2_decompose(&a->res, d->from_year, &a->res, d->to_year, &d->dc, &err);
    error_message(&err, a->lang, d->error, sizeof d->error);
    d->computed = 1;
}

void decomp_draw(const app *a, const lay_rect *r)
{
    lay_rect in = lay_inner(r);
    const decomp_state *d = &a->decomp;
    drw_box(r, i18n_str(S_CHART_DECOMP, a->lang), 0, a->utf8);
    if (in.h < 1 || !d->computed) return;
    if (d->status != PP_OK) {
        drw_text(in.y, in.x, in.w, d->error, ST_ERROR, 0, 0, a->utf8);
        return;
    }
    if (in.h < 5) return;
    draw_bars(a, &in, &d->dc);
}
