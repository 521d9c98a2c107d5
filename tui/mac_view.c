/* tui/mac_view.c - view 8, page 4: the marginal abatement cost curve of the edited scenario's levers
 * (sim/analysis/mac.h, computed once per engine re-run by mac_view_update, from view 7's
 * sensitivity runs when they are current) as bars - width the
 * cumulative net CO2 a lever avoids alone at its greener end, height its cost per tonne, cheapest
 * first from the left - above a table of the same bars (rank, lever, tonnes, CNY/t) in the reader's
 * units. Drawing places the engine's numbers in cells; it computes none. */
#include "cost_view.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../report/units.h"
#include "app.h"
#include "curses_wide.h"
#include "draw.h"
#include "lever_names.h"
#include "style.h"

#define MAC_AXIS_W 9        /* y labels: "-12345 " and the axis */
#define MAC_TABLE_MIN_ROWS 3
#define MAC_COL_W 13        /* a number column */
#define MAC_COL_W_NARROW 9  /* below MAC_WIDE columns */
#define MAC_WIDE 60
#define T_SI "Mt CO2"
#define PER_SI "CNY/t CO2"

/* Neighbouring bars take turns through these so each bar can be told from the next. */
static const int bar_styles[] = {ST_SOLAR, ST_WIND, ST_BIOMASS, ST_OIL, ST_HYDRO, ST_NUCLEAR};
#define N_BAR_STYLES (int)(sizeof bar_styles / sizeof bar_styles[0])

/* ---- update ---- */

void mac_view_update(app *a)
{
    costv_state *c = &a->cost;
    pp_error err;
    if (c->mac_computed && c->mac_gen == a->run_gen) return;
    pp_error_clear(&err);
    if (a->tornado.computed && a->tornado.gen == a->run_gen && a->tornado.status == PP_OK) {
        mac_curve_of(&a->tornado.sens, &c->mac); /* view 7 ran the same levers' ends: no run twice */
        c->mac_status = PP_OK;
    } else {
        c->mac_status = mac_curve_run(a->scn, &c->mac, &err);
    }
    error_message(&err, a->lang, c->mac_error, sizeof c->mac_error);
    if (c->cursor >= c->mac.n) c->cursor = c->mac.n > 0 ? c->mac.n - 1 : 0;
    c->mac_gen = a->run_gen;
    c->mac_computed = 1;
}

/* ---- the bars ---- */

typedef struct {
    int x, y, w, h;  /* plot cells right of the axis */
    double lo, hi;   /* CNY/t at the bottom and the top row (lo <= 0 <= hi) */
    int zero_row;    /* the row the bars stand on (grow up) or hang from (grow down) */
} mac_geom;

/* The y range: round the bars' costs, 0 included. One bar far beyond the rest (more than
 * MAC_CLIP_RATIO times the next on its side) would flatten every other bar, so the range stops at
 * MAC_CLIP_MARGIN times the next one and that bar is drawn to the edge with an arrow (its value is
 * in the table). */
#define MAC_CLIP_RATIO 2.0
#define MAC_CLIP_MARGIN 1.25

/* The largest cost on one side (sign +1: the highest, -1: the lowest), cut as described above. */
static double side_limit(const mac_curve *m, int sign)
{
    double first = 0, second = 0; /* the largest and second largest |cost| on this side */
    for (int i = 0; i < m->n; i++) {
        double v = m->curve[i].a.cny_per_t * sign;
        if (!isfinite(v) || v <= 0) continue;
        if (v > first) second = first, first = v;
        else if (v > second) second = v;
    }
    if (second > 0 && first > MAC_CLIP_RATIO * second) first = MAC_CLIP_MARGIN * second;
    return first * sign;
}

void mac_view_range(const mac_curve *m, double *lo, double *hi)
{
    *lo = side_limit(m, -1);
    *hi = side_limit(m, 1);
    if (*hi == *lo) *hi = 1; /* uncosted (or all zero): bars one row tall on the axis */
}

static void bars_geom(const mac_curve *m, const lay_rect *r, mac_geom *g)
{
    g->x = r->x + MAC_AXIS_W;
    g->w = r->w - MAC_AXIS_W;
    g->y = r->y;
    g->h = r->h;
    mac_view_range(m, &g->lo, &g->hi);
    g->zero_row = g->y + (int)lround((g->hi / (g->hi - g->lo)) * (g->h - 1));
}

/* First and last plot column (exclusive) of the bar from `from` Mt, `t` Mt wide: at least one cell. */
static void bar_cols(const mac_geom *g, double total, double from, double t, int *x0, int *x1)
{
    *x0 = g->x + (int)lround(from / total * g->w);
    *x1 = g->x + (int)lround((from + t) / total * g->w);
    if (*x1 <= *x0) *x1 = *x0 + 1;
    if (*x1 > g->x + g->w) *x1 = g->x + g->w;
}

/* Rows from the zero row to the value's row (inclusive) for cost v (one row when it has none);
 * returns 1 when v is beyond the range and the bar is cut at its edge. */
static int bar_rows(const mac_geom *g, double v, int *top, int *bottom)
{
    int cut = isfinite(v) && (v > g->hi || v < g->lo);
    double c = !isfinite(v) ? 0 : v > g->hi ? g->hi : v < g->lo ? g->lo : v;
    int row = g->y + (int)lround((g->hi - c) / (g->hi - g->lo) * (g->h - 1));
    *top = row < g->zero_row ? row : g->zero_row;
    *bottom = row > g->zero_row ? row : g->zero_row;
    return cut;
}

/* The y axis in CNY/t (the unit is the table's last column head); only the zero line without costs. */
static void axis_labels(const app *a, const mac_geom *g, int costed)
{
    char buf[32];
    wchar_t axis = a->utf8 ? L'│' : L'|';
    for (int y = g->y; y < g->y + g->h; y++) drw_char(y, g->x - 1, axis, ST_AXIS);
    snprintf(buf, sizeof buf, "%.0f", g->hi);
    if (costed) drw_text(g->y, g->x - MAC_AXIS_W, MAC_AXIS_W - 1, buf, ST_LABEL, 0, 1, a->utf8);
    if (g->zero_row != g->y) drw_text(g->zero_row, g->x - MAC_AXIS_W, MAC_AXIS_W - 1, "0", ST_LABEL, 0, 1, a->utf8);
    if (g->lo < 0) {
        snprintf(buf, sizeof buf, "%.0f", g->lo);
        drw_text(g->y + g->h - 1, g->x - MAC_AXIS_W, MAC_AXIS_W - 1, buf, ST_LABEL, 0, 1, a->utf8);
    }
}

static void draw_bars(const app *a, const lay_rect *r)
{
    const mac_curve *m = &a->cost.mac;
    mac_geom g;
    wchar_t block = a->utf8 ? L'█' : L'#', zero = a->utf8 ? L'─' : L'-';
    wchar_t up = a->utf8 ? L'▲' : L'^', down = a->utf8 ? L'▼' : L'v';
    if (r->h < 3 || r->w < MAC_AXIS_W + 10 || m->n == 0 || !(m->total_mt > 0)) return;
    bars_geom(m, r, &g);
    axis_labels(a, &g, m->costed);
    for (int x = g.x; x < g.x + g.w; x++) drw_char(g.zero_row, x, zero, ST_ZERO);
    for (int i = 0; i < m->n; i++) {
        const mac_lever *l = &m->curve[i];
        int x0, x1, top, bottom, cut, style = i == a->cost.cursor ? ST_MARK : bar_styles[i % N_BAR_STYLES];
        bar_cols(&g, m->total_mt, l->from_mt, l->a.avoided_mt, &x0, &x1);
        cut = bar_rows(&g, l->a.cny_per_t, &top, &bottom);
        for (int y = top; y <= bottom; y++)
            for (int x = x0; x < x1; x++) drw_char(y, x, block, style);
        if (cut) /* the end of a cut bar: an arrow pointing the way it goes on */
            drw_char(l->a.cny_per_t > 0 ? top : bottom, x0, l->a.cny_per_t > 0 ? up : down, ST_BAD);
    }
}

/* ---- the table ---- */

/* Width of a number column in a table r->w wide. */
static int col_w(const lay_rect *r) { return r->w >= MAC_WIDE ? MAC_COL_W : MAC_COL_W_NARROW; }

static void table_head(const app *a, const lay_rect *r, int name_w)
{
    char buf[64];
    unit_view t = units_view(T_SI, a->lang), per = units_view(PER_SI, a->lang);
    int x = r->x;
    x += drw_text(r->y, x, 4, i18n_str(S_MAC_H_RANK, a->lang), ST_PANEL_TITLE, 1, 0, a->utf8);
    x += drw_text(r->y, x, name_w, i18n_str(S_MAC_H_LEVER, a->lang), ST_PANEL_TITLE, 1, 0, a->utf8);
    if (col_w(r) < MAC_COL_W) snprintf(buf, sizeof buf, "%s", t.unit); /* narrow: the unit says what it is */
    else snprintf(buf, sizeof buf, "%s %s", i18n_str(S_MAC_COL_AVOIDED, a->lang), t.unit);
    x += drw_text(r->y, x, col_w(r) + 4, buf, ST_PANEL_TITLE, 1, 1, a->utf8);
    snprintf(buf, sizeof buf, "%s%s", col_w(r) < MAC_COL_W ? "" : " ", per.unit);
    drw_text(r->y, x, col_w(r), buf, ST_PANEL_TITLE, 1, 1, a->utf8);
}

static void table_row(const app *a, const lay_rect *r, int y, int i, int name_w)
{
    const mac_lever *l = &a->cost.mac.curve[i];
    unit_view t = units_view(T_SI, a->lang), per = units_view(PER_SI, a->lang);
    int sel = i == a->cost.cursor, style = sel ? ST_LEVER_SEL : ST_NORMAL, x = r->x;
    char buf[64];
    snprintf(buf, sizeof buf, "%d%s", i + 1, l->structural ? "*" : "");
    x += drw_text(y, x, 4, buf, sel ? style : bar_styles[i % N_BAR_STYLES], 1, 0, a->utf8);
    x += drw_text(y, x, name_w, lev_name_for_width(l->lever, a->lang, name_w - 1), style, 1, 0, a->utf8);
    snprintf(buf, sizeof buf, "%.1f", l->a.avoided_mt * t.factor);
    x += drw_text(y, x, col_w(r) + 4, buf, style, 1, 1, a->utf8);
    if (isfinite(l->a.cny_per_t)) snprintf(buf, sizeof buf, "%.0f", l->a.cny_per_t * per.factor);
    else snprintf(buf, sizeof buf, "%s", i18n_str(S_MAC_NA, a->lang));
    drw_text(y, x, col_w(r), buf, style, 1, 1, a->utf8);
}

static void draw_table(const app *a, const lay_rect *r)
{
    const mac_curve *m = &a->cost.mac;
    int name_w = r->w - 4 - 2 * col_w(r) - 4, rows = r->h - 2, first = 0, note = 0;
    char buf[160];
    if (name_w > 34) name_w = 34;
    for (int i = 0; i < m->n; i++) note |= m->curve[i].structural;
    if (note && rows >= MAC_TABLE_MIN_ROWS + 1) rows--; /* a line for what "*" means */
    else note = 0;
    if (rows < 1 || name_w < 8) return;
    table_head(a, r, name_w);
    if (a->cost.cursor >= rows) first = a->cost.cursor - rows + 1; /* keep the selection in sight */
    for (int k = 0; k < rows && first + k < m->n; k++) table_row(a, r, r->y + 1 + k, first + k, name_w);
    if (note) drw_text(r->y + r->h - 2, r->x, r->w, i18n_str(S_MAC_STRUCTURAL_SHORT, a->lang), ST_DIM, 1, 0, a->utf8);
    snprintf(buf, sizeof buf, i18n_str(S_MAC_APART_N, a->lang), m->n_apart);
    drw_text(r->y + r->h - 1, r->x, r->w, buf, ST_DIM, 1, 0, a->utf8);
}

/* ---- the page ---- */

/* The line under the title: the x axis (total tonnes), or why there are no costs / no bars. */
static void info_line(const app *a, const lay_rect *in)
{
    const costv_state *c = &a->cost;
    char buf[PP_ERR_MSG_MAX + 64], axis[160], total[48];
    if (c->mac_status != PP_OK) {
        snprintf(buf, sizeof buf, i18n_str(S_MAC_ERROR, a->lang), c->mac_error);
        drw_text(in->y, in->x + 1, in->w - 1, buf, ST_ERROR, 1, 0, a->utf8);
        return;
    }
    if (c->mac.n == 0) {
        drw_text(in->y, in->x + 1, in->w - 1, i18n_str(S_MAC_NONE, a->lang), ST_INFO, 1, 0, a->utf8);
        return;
    }
    snprintf(axis, sizeof axis, i18n_str(S_MAC_AXIS_X, a->lang), c->mac.end_year,
             units_format(c->mac.total_mt, T_SI, a->lang, 0, total, sizeof total));
    snprintf(buf, sizeof buf, "%s%s%s", axis, c->mac.costed ? "" : i18n_str(S_MAC_SEP, a->lang),
             c->mac.costed ? "" : i18n_str(S_COST_NO_COST, a->lang));
    drw_text(in->y, in->x + 1, in->w - 1, buf, ST_INFO, 1, 0, a->utf8);
}

void mac_view_draw(const app *a, const lay_rect *r)
{
    lay_rect in = lay_inner(r), bars, table;
    char page[64], title[256];
    int table_h;
    snprintf(page, sizeof page, i18n_str(S_COST_PAGE, a->lang), (int)a->cost.page + 1, COSTV_PAGE_COUNT);
    snprintf(title, sizeof title, "%s %s", i18n_str(S_MAC_VIEW_TITLE, a->lang), page);
    drw_box(r, title, 0, a->utf8);
    if (in.h < 2 || !a->cost.mac_computed) return;
    info_line(a, &in);
    if (a->cost.mac_status != PP_OK || a->cost.mac.n == 0) return;
    in.y++;
    in.h--;
    table_h = in.h / 2 > MAC_TABLE_MIN_ROWS + 2 ? in.h / 2 : MAC_TABLE_MIN_ROWS + 2;
    if (table_h > in.h) table_h = in.h;
    lay_split(&in, 0, in.h - table_h, &bars, &table);
    draw_bars(a, &bars);
    table.x++;
    table.w--;
    draw_table(a, &table);
}
