/* tui/views.c - the views: CO2 chart, energy mix, power capacity, structure and the table of all
 * results. Charts are specs over run_result series (no model maths: stacking is drawing only);
 * chart_compute makes the cells and drw_grid puts them. */
#include "views.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../report/series.h"
#include "../report/units.h"
#include "draw.h"
#include "style.h"
#include "text.h"
#include "theme.h"

#define TABLE_COL_W 8       /* "   11289", " 1234.56" */
#define TABLE_UNIT_W 13     /* "t CO2/10k CNY" */
#define TABLE_YEAR_STEP 5   /* table columns every five years */
#define MARK_YEAR 2030      /* the peaking target year */

typedef struct { int var, style; const char *label[2]; } series_def; /* label: short, [lang] */

/* The stacked series, from the one series table (report/series.h). */
#define TUI_SERIES(var, role, color, short_en, short_zh, long_en, long_zh) {var, ST_##role, {short_en, short_zh}},
static const series_def mix_series[] = {REPORT_MIX_SERIES(TUI_SERIES)};
static const series_def cap_series[] = {REPORT_CAP_SERIES(TUI_SERIES)};
static const series_def gdp_series[] = {REPORT_GDP_SERIES(TUI_SERIES)};
static const series_def ind_series[] = {REPORT_IND_SERIES(TUI_SERIES)};
#undef TUI_SERIES
#define N_OF(t) ((int)(sizeof t / sizeof t[0]))

/* ---- chart specs ---- */

static const char *var_label(const app *a, int var)
{
    const run_var_info *vi = run_var_get(var);
    return vi ? i18n_pair(vi->label_en, vi->label_zh, a->lang) : "?";
}

void view_chart_begin(const app *a, int first_year, int n_years, chart_spec *sp)
{
    chart_spec_begin(sp, first_year, n_years, MARK_YEAR, a->utf8, !a->color);
    sp->whole_cells = a->color && !thm_blends(); /* 8-colour terminals: no gaps above eighth blocks */
    sp->cut_year = play_cut_year(a);
}

static void spec_init(const app *a, const run_result *r, chart_spec *sp)
{
    view_chart_begin(a, r->first_year, r->n_years, sp);
}

/* The chart's unit in the reader's units (report/units.h): 万吨CO2, 万千瓦 in Chinese. */
static void spec_unit(const app *a, chart_spec *sp, const char *si)
{
    unit_view u = units_view(si, a->lang);
    sp->unit = u.unit;
    sp->scale = u.factor;
}

void view_peak_label(const app *a, int year, double mt, char *buf, size_t size)
{
    char v[64];
    snprintf(buf, size, "%s %d%s %s", i18n_str(S_PEAK, a->lang), year, i18n_str(S_YEAR_SUFFIX, a->lang),
             units_format(mt, "Mt", a->lang, a->lang == LANG_ZH ? -1 : 1, v, sizeof v));
}

static void add_series(const app *a, const run_result *r, chart_spec *sp, int var, int style)
{
    if (sp->ns >= CHART_MAX_SERIES) return;
    sp->s[sp->ns].v = r->v[var];
    sp->s[sp->ns].style = style;
    sp->s[sp->ns].label = var_label(a, var);
    sp->ns++;
}

void view_co2_spec(const app *a, const run_result *r, const run_result *ref, chart_spec *sp,
                   char *buf, int size)
{
    const run_summary *s = &r->summary;
    const char *ys = i18n_str(S_YEAR_SUFFIX, a->lang);
    int half = size / 2;
    spec_init(a, r, sp);
    if (ref) {
        sp->s[0].v = ref->v[RV_CO2];
        sp->s[0].style = ST_BASELINE;
        sp->s[0].label = i18n_str(S_LEG_BASELINE, a->lang);
        sp->ns = 1;
    }
    add_series(a, r, sp, RV_CO2_NET, ST_NET);
    add_series(a, r, sp, RV_CO2, ST_MAIN);
    sp->s[sp->ns - 2].label = i18n_str(S_LEG_NET, a->lang); /* short: the legend must fit 80 columns */
    sp->s[sp->ns - 1].label = i18n_str(S_LEG_GROSS, a->lang);
    spec_unit(a, sp, "Mt CO2");
    sp->hist_end_year = r->hist_end_year;
    if (sp->cut_year) { /* playback: the peak and neutrality appear when the year reaches them */
        play_co2_marks(a, r, sp, buf, size);
        return;
    }
    if (s->peak_reached) {
        sp->peak_year = s->peak_year;
        sp->peak_value = s->peak_mt;
        view_peak_label(a, s->peak_year, s->peak_mt, buf, (size_t)half);
        sp->peak_label = buf;
        sp->peak_style = s->peak_by_2030 ? ST_GOOD : ST_BAD; /* as on the status line */
    }
    sp->note_style = ST_BAD; /* "not neutral by 2060" is red here as on the status line */
    if (s->neutral_year) {
        sp->neutral_year = s->neutral_year;
        sp->keep_zero = 1; /* neutrality is about reaching 0 */
        snprintf(buf + half, (size_t)half, "%s %d%s", i18n_str(S_NEUTRAL, a->lang), s->neutral_year, ys);
        sp->neutral_label = buf + half;
    } else if (!s->peak_reached) {
        snprintf(buf + half, (size_t)half, "%s %d", i18n_str(S_NO_PEAK_NOR_NEUTRAL, a->lang), r->end_year);
        sp->note = buf + half;
    } else {
        snprintf(buf + half, (size_t)half, "%s %d", i18n_str(S_NOT_NEUTRAL, a->lang), r->end_year);
        sp->note = buf + half;
    }
}

static void stacked_spec(const app *a, const series_def *d, int n, int pct, chart_spec *sp)
{
    spec_init(a, &a->res, sp);
    sp->stacked = 1;
    for (int i = 0; i < n; i++) {
        add_series(a, &a->res, sp, d[i].var, d[i].style);
        sp->s[sp->ns - 1].label = d[i].label[a->lang == LANG_ZH];
    }
    spec_unit(a, sp, pct ? "%" : "GW");
    if (pct) {
        sp->y_lo = 0;
        sp->y_hi = 100;
    }
}

/* ---- putting charts ---- */

static void put_chart(const chart_spec *sp, const lay_rect *in)
{
    chart_grid *g = chart_grid_new(in->w, in->h);
    if (!g) return;
    chart_compute(sp, g);
    drw_grid(g, in->y, in->x);
    chart_grid_free(g);
}

void view_put_chart(const chart_spec *sp, const lay_rect *r)
{
    if (r->h > 0 && r->w > 0) put_chart(sp, r);
}

static void boxed_chart(app *a, const lay_rect *r, const char *title, const chart_spec *sp)
{
    lay_rect in = lay_inner(r);
    drw_box(r, title, 0, a->utf8);
    if (in.h > 0) put_chart(sp, &in);
}

static void draw_co2(app *a, const lay_rect *r)
{
    chart_spec sp;
    char buf[256];
    view_co2_spec(a, &a->res, &a->base_res, &sp, buf, sizeof buf);
    ref_chart(a, &sp, r->w - 2); /* tui/reference.c: a chosen reference instead of "as loaded" */
    if (bands_chart(a, r, &sp)) return; /* tui/bands.c: with the Monte Carlo band when it is on */
    boxed_chart(a, r, i18n_str(S_CHART_CO2, a->lang), &sp);
}

static void draw_mix(app *a, const lay_rect *r)
{
    chart_spec sp;
    stacked_spec(a, mix_series, N_OF(mix_series), 1, &sp);
    boxed_chart(a, r, i18n_str(S_CHART_MIX, a->lang), &sp);
}

static void draw_cap(app *a, const lay_rect *r)
{
    chart_spec sp;
    stacked_spec(a, cap_series, N_OF(cap_series), 0, &sp);
    boxed_chart(a, r, i18n_str(S_CHART_CAP, a->lang), &sp);
}

static void draw_structure(app *a, const lay_rect *r)
{
    lay_rect top, bottom;
    chart_spec sp;
    if (r->w >= 2 * r->h * 2) lay_split(r, 1, r->w / 2, &top, &bottom); /* wide: side by side */
    else lay_split(r, 0, r->h / 2, &top, &bottom);
    stacked_spec(a, gdp_series, N_OF(gdp_series), 1, &sp);
    boxed_chart(a, &top, i18n_str(S_CHART_GDP, a->lang), &sp);
    stacked_spec(a, ind_series, N_OF(ind_series), 1, &sp);
    boxed_chart(a, &bottom, i18n_str(S_CHART_IND, a->lang), &sp);
}

/* ---- the table ---- */

static void fmt_cell(double v, char *buf, size_t size)
{
    if (!isfinite(v)) snprintf(buf, size, "-");
    else if (fabs(v) >= 1000) snprintf(buf, size, "%.0f", v);
    else if (fabs(v) >= 100) snprintf(buf, size, "%.1f", v);
    else snprintf(buf, size, "%.2f", v);
}

static int table_year(const app *a, int col)
{
    int y0 = (a->res.first_year + TABLE_YEAR_STEP - 1) / TABLE_YEAR_STEP * TABLE_YEAR_STEP;
    return y0 + col * TABLE_YEAR_STEP;
}

static int label_width(const lay_rect *in)
{
    return in->w >= 120 ? 34 : in->w >= 60 ? 22 : 16;
}

void view_table_extent(const app *a, const lay_rect *r, int *rows, int *cols, int *n_cols_total)
{
    lay_rect in = lay_inner(r);
    int lw = label_width(&in) + TABLE_UNIT_W;
    *rows = in.h > 1 ? in.h - 1 : 0;
    *cols = in.w > lw ? (in.w - lw) / TABLE_COL_W : 0;
    *n_cols_total = 0;
    while (table_year(a, *n_cols_total) <= a->res.end_year) (*n_cols_total)++;
}

static void table_header(app *a, const lay_rect *in, int lw, int ncols)
{
    char buf[32];
    int x = in->x;
    x += drw_text(in->y, x, lw, i18n_str(S_COL_INDICATOR, a->lang), ST_PANEL_TITLE, 1, 0, a->utf8);
    x += drw_text(in->y, x, TABLE_UNIT_W, i18n_str(S_COL_UNIT, a->lang), ST_PANEL_TITLE, 1, 0, a->utf8);
    for (int c = 0; c < ncols; c++) {
        int year = table_year(a, a->table_col + c);
        snprintf(buf, sizeof buf, "%d", year);
        x += drw_text(in->y, x, TABLE_COL_W, buf, year == MARK_YEAR ? ST_MARK : ST_PANEL_TITLE, 1, 1, a->utf8);
    }
}

static void table_row(app *a, int var, int y, const lay_rect *in, int lw, int ncols)
{
    const run_var_info *vi = run_var_get(var);
    unit_view u = units_view(vi->unit, a->lang); /* one unit a column: 万吨标准煤, 亿元 in Chinese */
    char buf[32];
    int x = in->x;
    x += drw_text(y, x, lw - 1, var_label(a, var), ST_NORMAL, 1, 0, a->utf8);
    x += drw_text(y, x, 1, " ", ST_NORMAL, 1, 0, a->utf8);
    x += drw_text(y, x, TABLE_UNIT_W, u.unit, ST_DIM, 1, 0, a->utf8);
    for (int c = 0; c < ncols; c++) {
        int year = table_year(a, a->table_col + c);
        double v = run_at(&a->res, var, year), b = run_at(&a->base_res, var, year);
        int changed = isfinite(v) && isfinite(b) && fabs(v - b) > 1e-9 * fmax(1, fabs(b));
        fmt_cell(v * u.factor, buf, sizeof buf);
        if (play_cut_year(a) && year > play_cut_year(a)) buf[0] = 0; /* playback: not there yet */
        x += drw_text(y, x, TABLE_COL_W, buf, changed ? ST_CHANGED : ST_NORMAL, 1, 1, a->utf8);
    }
}

static void draw_table(app *a, const lay_rect *r)
{
    lay_rect in = lay_inner(r);
    int rows, cols, total, lw = label_width(&in);
    char title[128];
    snprintf(title, sizeof title, "%s  (%s)", i18n_str(S_TABLE_TITLE, a->lang),
             i18n_str(a->table_full ? S_TABLE_SCROLL_ARROWS : S_TABLE_SCROLL, a->lang));
    drw_box(r, title, 0, a->utf8);
    if (in.h < 2) return;
    view_table_extent(a, r, &rows, &cols, &total);
    if (a->table_col > total - cols) a->table_col = total - cols;
    if (a->table_col < 0) a->table_col = 0;
    if (a->table_row > RV_COUNT - rows) a->table_row = RV_COUNT - rows;
    if (a->table_row < 0) a->table_row = 0;
    if (cols > total - a->table_col) cols = total - a->table_col;
    table_header(a, &in, lw, cols);
    for (int i = 0; i < rows && a->table_row + i < RV_COUNT; i++)
        table_row(a, a->table_row + i, in.y + 1 + i, &in, lw, cols);
}

/* ---- public ---- */

const char *view_title(const app *a, app_view v)
{
    static const i18n_id ids[VIEW_COUNT] = {S_VIEW_CO2, S_VIEW_MIX, S_VIEW_CAP, S_VIEW_STRUCT, S_VIEW_TABLE,
                                            S_VIEW_DECOMP, S_VIEW_TORNADO, S_VIEW_COST};
    return (int)v >= 0 && v < VIEW_COUNT ? i18n_str(ids[v], a->lang) : "?";
}

void view_draw(app *a, app_view v, const lay_rect *r)
{
    if (r->h < 3 || r->w < 3) return;
    drw_fill(r, ST_NORMAL);
    switch (v) {
    case VIEW_CO2: draw_co2(a, r); break;
    case VIEW_MIX: draw_mix(a, r); break;
    case VIEW_CAP: draw_cap(a, r); break;
    case VIEW_STRUCT: draw_structure(a, r); break;
    case VIEW_TABLE: draw_table(a, r); break;
    case VIEW_DECOMP: decomp_draw(a, r); break; /* tui/decomp_view.c */
    case VIEW_TORNADO: tornado_draw(a, r); break; /* tui/tornado_view.c */
    case VIEW_COST: costv_draw(a, r); break; /* tui/cost_view.c */
    default: break;
    }
}
