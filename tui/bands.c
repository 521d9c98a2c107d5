/* tui/bands.c - Monte Carlo bands around the CO2 path: sim/analysis/mc.h on the edited scenario (fixed seed,
 * all cores), recomputed only after an engine re-run, and a shaded 5-95 % band with the median
 * drawn behind the chart's lines. The numbers are mc_run's; this file only places them. */
#include "bands.h"
#include "../report/error_text.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "bands_probs.h"
#include "clock.h"
#include "curses_wide.h"
#include "draw.h"
#include "style.h"

/* ---- computing ---- */

int bands_count_ranges(const app *a)
{
    int n = 0;
    double lo, hi;
    for (int id = 0; id < P_COUNT; id++) n += scn_range(a->scn, id, &lo, &hi);
    return n;
}

/* Says "computing..." on the message line at once, before a computation that may be felt: the
 * first one, or any after one that took longer than BANDS_SLOW_MS. */
static void bands_note_computing(app *a)
{
    const lay_rect *r = &a->lay.message;
    if ((a->bands.ms > 0 && a->bands.ms <= BANDS_SLOW_MS) || a->lay.too_small || r->w < 3) return;
    drw_fill(r, ST_NORMAL);
    drw_text(r->y, r->x + 1, r->w - 2, i18n_str(S_M_BANDS_COMPUTING, a->lang), ST_INFO, 0, 0, a->utf8);
    refresh();
}

/* Runs the draws; on failure the bands go off with the reason on the message line. */
static void bands_compute(app *a)
{
    mc_options opt = {BANDS_DRAWS, BANDS_SEED, 0, NULL, NULL, 0, 1}; /* jobs 0: one thread per core */
    pp_error err;
    double t0;
    bands_note_computing(a);
    t0 = clk_now_ms();
    pp_error_clear(&err);
    if (mc_run(a->scn, &opt, &a->bands.mc, &err) != PP_OK) {
        char why[PP_ERR_MSG_MAX + PP_ERR_FILE_MAX + 160];
        a->bands.on = 0;
        msg_say(&a->msg, ST_ERROR, "%s%s%s", i18n_str(S_M_BANDS, a->lang), i18n_str(S_COLON, a->lang),
                error_message(&err, a->lang, why, sizeof why));
        return;
    }
    a->bands.ms = clk_now_ms() - t0;
    a->bands.valid = 1;
}

void bands_update(app *a)
{
    if (!a->bands.on || (a->bands.valid && a->bands.gen == a->run_gen)) return;
    a->bands.valid = 0;
    a->bands.gen = a->run_gen;
    if (bands_count_ranges(a) == 0) { /* another file was opened */
        a->bands.on = 0;
        msg_say(&a->msg, ST_ERROR, "%s", i18n_str(S_M_BANDS_NONE, a->lang));
        return;
    }
    bands_compute(a);
}

void bands_toggle(app *a)
{
    if (a->bands.on) {
        a->bands.on = 0;
        msg_say(&a->msg, ST_INFO, "%s", i18n_str(S_M_BANDS_OFF, a->lang));
        return;
    }
    if (bands_count_ranges(a) == 0) {
        msg_say(&a->msg, ST_ERROR, "%s", i18n_str(S_M_BANDS_NONE, a->lang));
        return;
    }
    a->bands.on = 1;
    a->bands.valid = 0;
    bands_update(a);
    if (!a->bands.on) return;
    msg_say(&a->msg, ST_INFO, i18n_str(S_M_BANDS_ON, a->lang), a->bands.mc.ok_draws, a->bands.mc.draws,
                a->bands.mc.n_uncertain, a->bands.ms);
    if (a->view != VIEW_CO2 && a->lay.view2.h == 0) a->view = VIEW_CO2; /* show them */
}

/* ---- drawing ---- */

/* Rows top..bottom (top <= bottom) of the plot column col, blank cells only. */
static void fill_column(chart_grid *g, const chart_geom *gm, int col, double lo, double hi, wchar_t ch,
                        int style)
{
    int top = chart_row_of_value(gm, hi), bottom = chart_row_of_value(gm, lo);
    if (top < gm->top) top = gm->top;
    if (bottom > gm->top + gm->h - 1) bottom = gm->top + gm->h - 1;
    for (int row = top; row <= bottom; row++) {
        chart_cell *c = &g->cell[row * g->w + col];
        if (c->ch != L' ' || c->style != ST_NORMAL) continue; /* a label's spaces stay */
        c->ch = ch;
        c->style = (unsigned char)style;
    }
}

void bands_fill(chart_grid *g, const chart_spec *sp, const double *lo, const double *hi, wchar_t ch, int style)
{
    chart_geom gm;
    chart_geometry(sp, g, &gm);
    if (gm.w < 4 || gm.h < 2) return;
    for (int i = 0; i + 1 < sp->n_years; i++) {
        int y0 = sp->first_year + i, c0, c1;
        if (y0 < sp->year_lo || y0 + 1 > sp->year_hi || (sp->cut_year && y0 + 1 > sp->cut_year)) continue;
        if (!isfinite(lo[i]) || !isfinite(hi[i]) || !isfinite(lo[i + 1]) || !isfinite(hi[i + 1])) continue;
        c0 = chart_col_of_year(sp, &gm, y0);
        c1 = chart_col_of_year(sp, &gm, y0 + 1);
        for (int c = c0; c <= c1 && c < g->w; c++) { /* straight between the yearly values */
            double f = c1 > c0 ? (double)(c - c0) / (c1 - c0) : 0;
            fill_column(g, &gm, c, lo[i] + f * (lo[i + 1] - lo[i]), hi[i] + f * (hi[i + 1] - hi[i]), ch, style);
        }
    }
}

/* Puts the band's edges and median first (drawn under every other line). */
static void add_band_series(const app *a, chart_spec *sp)
{
    const mc_result *mc = &a->bands.mc;
    memmove(&sp->s[3], &sp->s[0], (size_t)sp->ns * sizeof sp->s[0]);
    sp->s[0] = (chart_series){mc->p5_mt, ST_BAND, NULL};
    sp->s[1] = (chart_series){mc->p95_mt, ST_BAND, i18n_str(S_LEG_BAND, a->lang)};
    sp->s[2] = (chart_series){mc->p50_mt, ST_BAND_MID, i18n_str(S_LEG_MEDIAN, a->lang)};
    sp->ns += 3;
}

int bands_chart(const app *a, const lay_rect *r, chart_spec *sp)
{
    lay_rect in = lay_inner(r);
    chart_grid *g;
    char title[256];
    if (!a->bands.on || !a->bands.valid || sp->ns + 3 > CHART_MAX_SERIES || a->bands.mc.first_year != sp->first_year) return 0;
    add_band_series(a, sp);
    snprintf(title, sizeof title, i18n_str(S_CHART_CO2_BANDS, a->lang), a->bands.mc.ok_draws);
    drw_box(r, title, 0, a->utf8);
    if (in.h <= 0 || !(g = chart_grid_new(in.w, in.h))) return 1;
    chart_compute(sp, g);
    bands_fill(g, sp, a->bands.mc.p5_mt, a->bands.mc.p95_mt, a->utf8 ? L'░' : L':', ST_BAND);
    drw_grid(g, in.y, in.x);
    chart_grid_free(g);
    bands_probs_draw(a, &in); /* tui/bands_probs.c: P(peak by 2030), P(neutral by 2060), peak years */
    return 1;
}
