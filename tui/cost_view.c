/* tui/cost_view.c - view 8, costs and air, pages 1-3: investment by year stacked by technology (the
 * power table's technologies and storage, then end-use equipment), system cost against the
 * reference with the abatement cost of the edited scenario against it (sim/analysis/mac.h), and
 * SO2/NOx/PM2.5 by year. costv_update copies the result rows into the reader's units and writes the
 * pages' lines; costv_draw only builds chart specs over those copies. Page 4 is tui/mac_view.c. */
#include "cost_view.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../report/series.h"
#include "../report/units.h"
#include "app.h"
#include "curses_wide.h"
#include "draw.h"
#include "reference.h"
#include "style.h"
#include "views.h"

#define MONEY_SI "bn CNY"
#define AIR_SI "kt"

/* The investment layers (bottom first) and the pollutant lines: the one series table of the charts
 * (report/series.h), which the SVG export draws from too. */
typedef struct { int var, style; const char *label[2]; } costv_series;
#define COSTV_SERIES(var, role, color, short_en, short_zh, long_en, long_zh) {var, ST_##role, {short_en, short_zh}},
static const costv_series inv_series[] = {REPORT_INV_SERIES(COSTV_SERIES)};
static const costv_series air_series[] = {REPORT_AIR_SERIES(COSTV_SERIES)};
#undef COSTV_SERIES
#define N_INV (int)(sizeof inv_series / sizeof inv_series[0])
_Static_assert(N_INV <= COSTV_MAX_LAYERS, "more investment layers than a chart holds");
_Static_assert(sizeof air_series / sizeof air_series[0] == COSTV_AIR_N, "one copy per pollutant line");

/* ---- update ---- */

/* dst[i] = var of r in year first_year + i, times factor (NAN where r has no such year). */
static void copy_row(const run_result *r, int var, int first_year, int n, double factor, double *dst)
{
    for (int i = 0; i < n; i++) dst[i] = run_at(r, var, first_year + i) * factor;
}

static void update_invest(app *a, costv_state *c, double money)
{
    c->n_inv = N_INV;
    for (int i = 0; i < N_INV; i++) {
        copy_row(&a->res, inv_series[i].var, c->first_year, c->n_years, money, c->inv[i]);
        c->inv_style[i] = inv_series[i].style;
        c->inv_label[i] = inv_series[i].label[a->lang == LANG_ZH];
    }
}

static void update_system(app *a, costv_state *c, double money, char *line, size_t size)
{
    const run_result *ref = ref_result(a);
    mac_abatement m;
    char cost[64], t[64], per[64];
    copy_row(ref, RV_COST_SYSTEM, c->first_year, c->n_years, money, c->sys[0]);
    copy_row(&a->res, RV_COST_SYSTEM, c->first_year, c->n_years, money, c->sys[1]);
    c->ref_ok = mac_compare(&a->res, ref, &m, NULL) == PP_OK;
    line[0] = 0;
    if (!c->ref_ok) {
        snprintf(line, size, "%s", i18n_str(S_COST_REF_YEARS, a->lang));
        return;
    }
    if (!isfinite(m.cost_bn)) {
        snprintf(line, size, "%s", i18n_str(S_COST_NO_COST, a->lang));
        return;
    }
    units_format(m.cost_bn, MONEY_SI, a->lang, 1, cost, sizeof cost);
    units_format(m.avoided_mt, "Mt CO2", a->lang, 1, t, sizeof t);
    if (m.avoids) units_format(m.cny_per_t, "CNY/t CO2", a->lang, 0, per, sizeof per);
    else snprintf(per, sizeof per, "%s", i18n_str(S_MAC_NA, a->lang));
    snprintf(line, size, i18n_str(S_COST_DIFF, a->lang), cost, t, per);
}

static void update_air(app *a, costv_state *c, double kt, char *line, size_t size)
{
    const run_summary *s = &a->res.summary;
    char so2[48], nox[48], pm[48], health[48];
    for (int i = 0; i < COSTV_AIR_N; i++) copy_row(&a->res, air_series[i].var, c->first_year, c->n_years, kt, c->air[i]);
    snprintf(line, size, i18n_str(S_AIR_CUM, a->lang), units_format(s->cum_so2_kt, AIR_SI, a->lang, -1, so2, sizeof so2),
             units_format(s->cum_nox_kt, AIR_SI, a->lang, -1, nox, sizeof nox),
             units_format(s->cum_pm25_kt, AIR_SI, a->lang, -1, pm, sizeof pm),
             units_format(s->cum_health_bn, MONEY_SI, a->lang, -1, health, sizeof health));
}

void costv_update(app *a)
{
    costv_state *c = &a->cost;
    unit_view money = units_view(MONEY_SI, a->lang), kt = units_view(AIR_SI, a->lang);
    char buf[64];
    if (a->view != VIEW_COST) return;
    c->first_year = a->res.first_year;
    c->n_years = a->res.n_years;
    c->money_unit = money.unit;
    c->air_unit = kt.unit;
    if (c->page == COSTV_PAGE_INVEST) {
        update_invest(a, c, money.factor);
        snprintf(c->diff, sizeof c->diff, i18n_str(S_COST_INVEST_CUM, a->lang),
                 units_format(a->res.summary.cum_invest_bn, MONEY_SI, a->lang, -1, buf, sizeof buf));
    } else if (c->page == COSTV_PAGE_SYSTEM) {
        update_system(a, c, money.factor, c->diff, sizeof c->diff);
    } else if (c->page == COSTV_PAGE_AIR) {
        update_air(a, c, kt.factor, c->diff, sizeof c->diff);
    } else {
        c->diff[0] = 0;
        mac_view_update(a);
    }
}

/* ---- keys ---- */

/* Enter on the curve: the selected bar's lever becomes the panel's, and the CO2 view shows. */
static void select_bar(app *a)
{
    const costv_state *c = &a->cost;
    const pp_param *p;
    if (!c->mac_computed || c->cursor < 0 || c->cursor >= c->mac.n) return;
    p = pp_param_get(c->mac.curve[c->cursor].lever);
    for (int i = 0; i < a->levers.n; i++)
        if (a->levers.id[i] == c->mac.curve[c->cursor].lever) a->sel = i;
    a->view = VIEW_CO2;
    msg_say(&a->msg, ST_INFO, i18n_str(S_M_MAC_SELECTED, a->lang), i18n_pair(p->label_en, p->label_zh, a->lang));
}

int costv_key(app *a, int is_key, wint_t ch)
{
    costv_state *c = &a->cost;
    if (a->view != VIEW_COST) return 0;
    if (!is_key && (ch == L'8' || ch == L'n')) {
        c->page = (costv_page)((c->page + 1) % COSTV_PAGE_COUNT);
        return 1;
    }
    if (c->page != COSTV_PAGE_MAC) return 0;
    if ((is_key && ch == KEY_UP) || (!is_key && ch == L'k')) c->cursor -= c->cursor > 0;
    else if ((is_key && ch == KEY_DOWN) || (!is_key && ch == L'j')) c->cursor += c->cursor + 1 < c->mac.n;
    else if ((is_key && ch == KEY_ENTER) || (!is_key && (ch == L'\n' || ch == L'\r'))) select_bar(a);
    else return 0;
    return 1;
}

/* ---- drawing ---- */

/* The page's title: "Investment by technology (1/4, n: next page)". */
static void page_title(const app *a, const char *what, char *buf, size_t size)
{
    char page[64];
    snprintf(page, sizeof page, i18n_str(S_COST_PAGE, a->lang), (int)a->cost.page + 1, COSTV_PAGE_COUNT);
    snprintf(buf, size, "%s %s", what, page);
}

/* The frame, the page's line on the first inner row, and the chart below it. */
static void framed(const app *a, const lay_rect *r, const char *title, const chart_spec *sp)
{
    lay_rect in = lay_inner(r), chart = in;
    drw_box(r, title, 0, a->utf8);
    if (in.h < 2) return;
    if (a->cost.diff[0]) {
        drw_text(in.y, in.x + 1, in.w - 1, a->cost.diff, ST_INFO, 1, 0, a->utf8);
        chart.y++;
        chart.h--;
    }
    view_put_chart(sp, &chart);
}

static void add(chart_spec *sp, const double *v, int style, const char *label)
{
    if (sp->ns >= CHART_MAX_STACK) return;
    sp->s[sp->ns].v = v;
    sp->s[sp->ns].style = style;
    sp->s[sp->ns].label = label;
    sp->ns++;
}

static void draw_invest(const app *a, const lay_rect *r)
{
    const costv_state *c = &a->cost;
    chart_spec sp;
    char title[160];
    view_chart_begin(a, c->first_year, c->n_years, &sp);
    sp.stacked = 1;
    for (int i = 0; i < c->n_inv; i++) add(&sp, c->inv[i], c->inv_style[i], c->inv_label[i]);
    sp.unit = c->money_unit;
    page_title(a, i18n_str(S_COST_INVEST, a->lang), title, sizeof title);
    framed(a, r, title, &sp);
}

static void draw_system(const app *a, const lay_rect *r)
{
    const costv_state *c = &a->cost;
    chart_spec sp;
    char what[200], title[300];
    view_chart_begin(a, c->first_year, c->n_years, &sp);
    add(&sp, c->sys[0], ST_BASELINE, ref_label(a));
    add(&sp, c->sys[1], ST_MAIN, i18n_str(S_COST_THIS, a->lang));
    sp.unit = c->money_unit;
    snprintf(what, sizeof what, i18n_str(S_COST_SYSTEM, a->lang), ref_label(a));
    page_title(a, what, title, sizeof title);
    framed(a, r, title, &sp);
}

static void draw_air(const app *a, const lay_rect *r)
{
    const costv_state *c = &a->cost;
    chart_spec sp;
    char title[160];
    view_chart_begin(a, c->first_year, c->n_years, &sp);
    for (int i = 0; i < COSTV_AIR_N; i++) add(&sp, c->air[i], air_series[i].style, air_series[i].label[a->lang == LANG_ZH]);
    sp.unit = c->air_unit;
    sp.keep_zero = 1;
    page_title(a, i18n_str(S_COST_AIR, a->lang), title, sizeof title);
    framed(a, r, title, &sp);
}

void costv_draw(const app *a, const lay_rect *r)
{
    switch (a->cost.page) {
    case COSTV_PAGE_INVEST: draw_invest(a, r); break;
    case COSTV_PAGE_SYSTEM: draw_system(a, r); break;
    case COSTV_PAGE_AIR: draw_air(a, r); break;
    default: mac_view_draw(a, r); break;
    }
}
