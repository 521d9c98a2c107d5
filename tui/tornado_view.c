/* tui/tornado_view.c - view 7, "what moves the peak": sens_run on the edited scenario (on input, once
 * per engine re-run), its levers sorted by the change of the chosen metric or by their abatement
 * cost per tonne (view 8's MAC curve, built from these runs), and one row per lever: name, its
 * current value within its plausible range, the low-end and high-end bars about a zero axis
 * ("now") and their values (by cost: the CNY per tonne). The numbers are sens_run's and mac.c's;
 * this file only sorts and places them. Bar geometry is decomp_view.h's (decomp_bar). */
#include "tornado_view.h"
#include "../report/error_text.h"
#include "../report/units.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "curses_wide.h"
#include "draw.h"
#include "lever_names.h"
#include "style.h"
#include "text.h"

#define TORNADO_NAME_W_MAX 22 /* lever name column, at most */
#define TORNADO_GAUGE_W 9     /* "[--●----]": the current value within the plausible range */
#define TORNADO_GAUGE_W_NARROW 5 /* "[-●-]" below TORNADO_WIDE columns */
#define TORNADO_WIDE 60
#define TORNADO_VALUE_W 12    /* "-2340/+2452" and a margin */

/* ---- rows (pure) ---- */

int tornado_metric(tornado_by by) { return by == TORNADO_BY_PEAK_YEAR ? SENS_PEAK_YEAR : SENS_CUM_CO2; }

/* The cost order: costed rows cheapest first, then the others by size as row_cmp; then schema. */
static int cost_cmp(const void *pa, const void *pb)
{
    const tornado_row *a = pa, *b = pb;
    int na = isnan(a->cny_per_t), nb = isnan(b->cny_per_t);
    if (na != nb) return na - nb;
    if (!na && a->cny_per_t != b->cny_per_t) return a->cny_per_t < b->cny_per_t ? -1 : 1;
    if (na && isnan(a->size) != isnan(b->size)) return isnan(a->size) - isnan(b->size);
    if (na && !isnan(a->size) && a->size != b->size) return a->size < b->size ? 1 : -1;
    return a->k - b->k;
}

static int row_cmp(const void *pa, const void *pb)
{
    const tornado_row *a = pa, *b = pb;
    int ra = isnan(a->size), rb = isnan(b->size);
    if (ra != rb) return ra - rb; /* refused at both ends: last */
    if (!ra && a->size != b->size) return a->size < b->size ? 1 : -1;
    return a->k - b->k; /* stable: schema order */
}

int tornado_rows(const sens_result *r, tornado_by by, const unsigned char *open, tornado_row *rows)
{
    int m = tornado_metric(by), n = 0;
    for (int k = 0; k < r->n; k++) {
        const sens_lever *l = &r->lever[k];
        tornado_row *row = &rows[n];
        if (open && !open[l->lever]) continue;
        row->k = k;
        row->size = row->cny_per_t = NAN;
        for (int e = 0; e < SENS_ENDS; e++) {
            row->d[e] = l->ok[e] ? l->delta[e][m] : NAN;
            if (isfinite(row->d[e]) && !(fabs(row->d[e]) <= row->size)) row->size = fabs(row->d[e]);
        }
        n++;
    }
    qsort(rows, (size_t)n, sizeof rows[0], row_cmp);
    return n;
}

void tornado_cost_order(const sens_result *r, const mac_curve *m, tornado_row *rows, int n)
{
    for (int i = 0; i < n; i++) {
        int id = r->lever[rows[i].k].lever;
        rows[i].cny_per_t = NAN;
        for (int b = 0; b < m->n; b++)
            if (m->curve[b].lever == id) rows[i].cny_per_t = m->curve[b].a.cny_per_t;
    }
    qsort(rows, (size_t)n, sizeof rows[0], cost_cmp);
}

/* ---- state ---- */

int tornado_lever_at(const app *a, int i)
{
    const tornado_state *t = &a->tornado;
    return t->computed && i >= 0 && i < t->n ? t->sens.lever[t->row[i].k].lever : -1;
}

void tornado_update(app *a)
{
    tornado_state *t = &a->tornado;
    unsigned char open[P_COUNT];
    pp_error err;
    if (a->view != VIEW_TORNADO || (t->computed && t->gen == a->run_gen && !t->resort)) return;
    t->resort = 0;
    if (!t->computed || t->gen != a->run_gen) { /* else only re-sorted: t was pressed */
        pp_error_clear(&err);
        t->status = sens_run(a->scn, &t->sens, &err);
        error_message(&err, a->lang, t->error, sizeof t->error);
        t->gen = a->run_gen;
    }
    t->computed = 1;
    for (int id = 0; id < P_COUNT; id++) open[id] = !chp_locked(a, id); /* in a challenge: open levers only */
    t->n = t->status == PP_OK ? tornado_rows(&t->sens, t->by, open, t->row) : 0;
    if (t->by == TORNADO_BY_COST && t->n > 0) {
        mac_view_update(a); /* view 8's curve, from t->sens when it is current (tui/mac_view.c) */
        if (a->cost.mac_status == PP_OK) tornado_cost_order(&t->sens, &a->cost.mac, t->row, t->n);
    }
    if (t->cursor >= t->n) t->cursor = t->n > 0 ? t->n - 1 : 0;
}

/* Enter: the lever of the selected row becomes the panel's selection; back to the CO2 view. */
static void select_row(app *a)
{
    int id = tornado_lever_at(a, a->tornado.cursor);
    const pp_param *p = pp_param_get(id);
    if (!p) return;
    for (int i = 0; i < a->levers.n; i++)
        if (a->levers.id[i] == id) a->sel = i;
    a->view = VIEW_CO2;
    msg_say(&a->msg, ST_INFO, i18n_str(S_M_TORNADO_SELECTED, a->lang), i18n_pair(p->label_en, p->label_zh, a->lang));
}

int tornado_key(app *a, int is_key, wint_t c)
{
    tornado_state *t = &a->tornado;
    if (!is_key && c == L't') {
        if (a->view == VIEW_TORNADO) {
            t->by = (tornado_by)((t->by + 1) % TORNADO_BY_COUNT);
            t->resort = 1; /* re-sorted on the next update, without re-running */
        }
        a->view = VIEW_TORNADO;
        return 1;
    }
    if (a->view != VIEW_TORNADO) return 0;
    if ((is_key && c == KEY_UP) || (!is_key && c == L'k')) t->cursor -= t->cursor > 0;
    else if ((is_key && c == KEY_DOWN) || (!is_key && c == L'j')) t->cursor += t->cursor + 1 < t->n;
    else if ((is_key && c == KEY_ENTER) || (!is_key && (c == L'\n' || c == L'\r'))) select_row(a);
    else return 0;
    return 1;
}

/* ---- drawing ---- */

typedef struct {
    int name_w, gauge_x, gauge_w, bar_x, value_x;
    decomp_geom g; /* bar area from bar_x (decomp_bar's geometry) */
} tornado_geom;

static void geometry(const tornado_state *t, int w, tornado_geom *tg)
{
    double neg = 0, pos = 0;
    memset(tg, 0, sizeof *tg);
    tg->name_w = w / 4 < TORNADO_NAME_W_MAX ? w / 4 : TORNADO_NAME_W_MAX;
    if (tg->name_w < LEV_SHORT_MAX_W) tg->name_w = LEV_SHORT_MAX_W; /* a short name always fits */
    tg->gauge_x = tg->name_w + 1;
    tg->gauge_w = w >= TORNADO_WIDE ? TORNADO_GAUGE_W : TORNADO_GAUGE_W_NARROW;
    tg->bar_x = tg->gauge_x + tg->gauge_w + 1;
    tg->value_x = w - (w >= TORNADO_WIDE ? TORNADO_VALUE_W : TORNADO_VALUE_W - 1);
    tg->g.bar_w = tg->value_x - 1 - tg->bar_x;
    if (tg->g.bar_w < 3) {
        tg->g.bar_w = 0;
        return;
    }
    for (int i = 0; i < t->n; i++)
        for (int e = 0; e < SENS_ENDS; e++) {
            double d = t->row[i].d[e];
            if (isfinite(d) && -d > neg) neg = -d;
            if (isfinite(d) && d > pos) pos = d;
        }
    if (neg + pos <= 0) {
        tg->g.zero = tg->g.bar_w / 2;
        return;
    }
    tg->g.cells_per_mt = (tg->g.bar_w - 1) / (neg + pos);
    tg->g.zero = (int)lround(neg * tg->g.cells_per_mt);
}

/* "[--●----]": where the lever's value sits in its plausible range (< or > beyond it). */
static void draw_gauge(const app *a, int y, int x, int w, const sens_lever *l)
{
    int inner = w - 2, pos;
    double f = (l->value_given - l->value[SENS_LOW]) / (l->value[SENS_HIGH] - l->value[SENS_LOW]);
    drw_char(y, x, L'[', ST_DIM);
    for (int i = 0; i < inner; i++) drw_char(y, x + 1 + i, a->utf8 ? L'─' : L'-', ST_SLIDER_BASE);
    drw_char(y, x + inner + 1, L']', ST_DIM);
    pos = (int)lround(f * (inner - 1));
    if (f < 0) drw_char(y, x + 1, L'<', ST_KNOB);
    else if (f > 1) drw_char(y, x + inner, L'>', ST_KNOB);
    else drw_char(y, x + 1 + pos, a->utf8 ? L'●' : L'o', ST_KNOB);
}

/* The two ends' bars: the longer first, the shorter over it. Green where the end lowers the
 * metric (earlier peak, less CO2), red where it raises it. */
static void draw_bars(const app *a, int y, int x0, const tornado_geom *tg, const tornado_row *row)
{
    int order[2] = {0, 1};
    if (tg->g.bar_w <= 0) return;
    if (!(fabs(row->d[1]) >= fabs(row->d[0]))) order[0] = 1, order[1] = 0;
    drw_char(y, x0 + tg->bar_x + tg->g.zero, a->utf8 ? L'│' : L'|', ST_AXIS);
    for (int j = 1; j >= 0; j--) {
        int e = order[j], start, len;
        wchar_t ch = e == SENS_HIGH ? (a->utf8 ? L'█' : L'#') : (a->utf8 ? L'▒' : L'=');
        if (!isfinite(row->d[e])) continue;
        decomp_bar(&tg->g, row->d[e], &start, &len);
        for (int c = 0; c < len; c++) drw_char(y, x0 + tg->bar_x + start + c, ch, row->d[e] < 0 ? ST_GOOD : ST_BAD);
    }
}

/* A change at one end: years, or cumulative Mt CO2 (万吨 in Chinese: x 100, whole numbers). */
static void fmt_delta(double d, double factor, char *buf, size_t size)
{
    d *= factor;
    if (!isfinite(d)) snprintf(buf, size, "-");
    else if (fabs(d) < 0.05) snprintf(buf, size, "0");
    else if (fabs(d) >= 10) snprintf(buf, size, "%+.0f", d);
    else snprintf(buf, size, "%+.1f", d);
}

static void draw_row(const app *a, const lay_rect *in, int y, const tornado_geom *tg, int i)
{
    const tornado_state *t = &a->tornado;
    const tornado_row *row = &t->row[i];
    const sens_lever *l = &t->sens.lever[row->k];
    char lo[16], hi[16], buf[40];
    int sel = i == t->cursor;
    drw_text(y, in->x, tg->name_w, lev_name_for_width(l->lever, a->lang, tg->name_w), sel ? ST_LEVER_SEL : ST_NORMAL,
             1, 0, a->utf8);
    draw_gauge(a, y, in->x + tg->gauge_x, tg->gauge_w, l);
    draw_bars(a, y, in->x, tg, row);
    double f = t->by == TORNADO_BY_PEAK_YEAR ? 1 : units_view("Mt", a->lang).factor;
    fmt_delta(row->d[SENS_LOW], f, lo, sizeof lo);
    fmt_delta(row->d[SENS_HIGH], f, hi, sizeof hi);
    if (t->by == TORNADO_BY_COST && isfinite(row->cny_per_t)) /* CNY/t: 元/吨 has the same factor */
        snprintf(buf, sizeof buf, "%+.0f", row->cny_per_t * units_view("CNY/t CO2", a->lang).factor);
    else if (t->by == TORNADO_BY_COST)
        snprintf(buf, sizeof buf, "-");
    else
        snprintf(buf, sizeof buf, "%s/%s", lo, hi);
    drw_text(y, in->x + tg->value_x, in->w - tg->value_x, buf, sel ? ST_PANEL_TITLE : ST_NORMAL, 1, 1, a->utf8);
}

static void header(const app *a, const lay_rect *in)
{
    const tornado_state *t = &a->tornado;
    char buf[256];
    if (t->by == TORNADO_BY_PEAK_YEAR)
        snprintf(buf, sizeof buf, i18n_str(S_TORNADO_HEAD_PEAK, a->lang), t->sens.given.v[SENS_PEAK_YEAR]);
    else if (t->by == TORNADO_BY_COST)
        snprintf(buf, sizeof buf, i18n_str(S_TORNADO_HEAD_COST, a->lang), units_view("CNY/t CO2", a->lang).unit,
                 t->sens.end_year, units_view("Mt", a->lang).unit);
    else
    {
        char now[64];
        units_format(t->sens.given.v[SENS_CUM_CO2], "Mt", a->lang, a->lang == LANG_ZH ? 1 : 0, now, sizeof now);
        snprintf(buf, sizeof buf, i18n_str(S_TORNADO_HEAD_CUM, a->lang), t->sens.end_year, units_view("Mt", a->lang).unit,
                 now);
    }
    drw_text(in->y, in->x, in->w, buf, ST_PANEL_TITLE, 1, 0, a->utf8);
}

void tornado_draw(const app *a, const lay_rect *r)
{
    lay_rect in = lay_inner(r);
    const tornado_state *t = &a->tornado;
    tornado_geom tg;
    int rows, first;
    drw_box(r, i18n_str(S_CHART_TORNADO, a->lang), 0, a->utf8);
    if (in.h < 1 || !t->computed) return;
    if (t->status != PP_OK) {
        drw_text(in.y, in.x, in.w, t->error, ST_ERROR, 0, 0, a->utf8);
        return;
    }
    if (in.h < 5) return;
    header(a, &in);
    geometry(t, in.w, &tg);
    rows = in.h - 4; /* header, legend, keys, the cost line */
    first = t->cursor < rows ? 0 : t->cursor - rows + 1;
    for (int i = first; i < t->n && i - first < rows; i++) draw_row(a, &in, in.y + 1 + i - first, &tg, i);
    if (t->n == 0) drw_text(in.y + 1, in.x, in.w, i18n_str(S_TORNADO_NONE, a->lang), ST_DIM, 0, 0, a->utf8);
    drw_text(in.y + in.h - 3, in.x, in.w, i18n_str(a->utf8 ? S_TORNADO_LEGEND : S_TORNADO_LEGEND_ASCII, a->lang),
             ST_DIM, 1, 0, a->utf8);
    drw_text(in.y + in.h - 2, in.x, in.w, i18n_str(S_TORNADO_KEYS, a->lang), ST_DIM, 1, 0, a->utf8);
    /* the last line: what the cost order means, or where it and the curve are */
    drw_text(in.y + in.h - 1, in.x, in.w, i18n_str(t->by == TORNADO_BY_COST ? S_TORNADO_COST_NOTE : S_TORNADO_COST, a->lang),
             ST_DIM, 1, 0, a->utf8);
}
