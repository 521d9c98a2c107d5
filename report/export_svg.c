/* report/export_svg.c - SVG charts of run results for slides (1280 x 720): axes with units, legend,
 * history band, 2030 and zero lines, the peak marked with year and value, challenge goals.
 * SVG is written as text; every text goes through svg_escape. Draws only what run_result holds. */
#include "export_svg.h"
#include "goal_text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../sim/scenario/challenge.h"
#include "i18n.h"
#include "safe_text.h"
#include "scenario_name.h"
#include "../sim/analysis/challenge_eval.h" /* chal_evaluate */
#include "save.h"
#include "series.h"
#include "units.h"

/* ---- layout (pixels) ---- */

#define PLOT_X0 110.0   /* plot area: left, right, top, bottom */
#define PLOT_X1 930.0
#define PLOT_Y0 130.0
#define PLOT_Y1 630.0
#define LEGEND_X 965.0  /* legend and goals column */
#define MAX_SERIES 12
#define HEADROOM 0.12   /* share of the data's span added above it on automatic axes */

#define FONT_FAMILY "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', " \
                    "'WenQuanYi Zen Hei', 'Microsoft YaHei', 'PingFang SC', 'DejaVu Sans', Arial, sans-serif"

/* ---- what one chart shows ---- */

typedef struct {
    const double *v;      /* one value per year from first_year */
    const char *label;
    const char *color;
    int dashed;
    int first_year, n_years;
} svg_series;

typedef struct {
    int first_year, last_year, hist_end_year; /* x axis; history band up to hist_end_year (0: none) */
    const char *title, *subtitle, *unit;
    svg_series s[MAX_SERIES];
    int ns, stacked;
    double y_lo, y_hi;    /* NAN: automatic */
    double factor;        /* drawn = value x factor (the Chinese planning unit, report/units.h) */
    int zh;
    const mc_result *bands; /* Monte Carlo band drawn under the lines, or NULL */
} svg_spec;

typedef struct {
    double lo, hi, step;  /* y axis after rounding to ticks */
    int y0, y1;           /* years spanned */
} svg_axes;

/* Labels: [0] English, [1] Chinese. */
typedef struct {
    int var;
    const char *color;
    const char *label[2];
} svg_layer;

/* The layers of the stacked charts, from the one series table (report/series.h). */
#define SVG_LAYER(var, role, color, short_en, short_zh, long_en, long_zh) {var, color, {long_en, long_zh}},
static const svg_layer mix_layers[] = {REPORT_MIX_SERIES(SVG_LAYER)};
static const svg_layer cap_layers[] = {REPORT_CAP_SERIES(SVG_LAYER)};
static const svg_layer struct_layers[] = {REPORT_GDP_SERIES(SVG_LAYER)};
static const svg_layer inv_layers[] = {REPORT_INV_SERIES(SVG_LAYER)}, air_layers[] = {REPORT_AIR_SERIES(SVG_LAYER)};
#undef SVG_LAYER

static const char *const overlay_colors[] = {"#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd",
                                             "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22",
                                             "#393b79", "#637939"};

static const char *const chart_names[SVG_CHART_COUNT] = {"emissions", "mix", "capacity", "structure",
                                                         "investment", "pollutants"};

static const i18n_id chart_titles[SVG_CHART_COUNT] = {S_SVG_TITLE_EMISSIONS, S_SVG_TITLE_MIX, S_SVG_TITLE_CAPACITY,
    S_SVG_TITLE_STRUCTURE, S_SVG_TITLE_INVESTMENT, S_SVG_TITLE_POLLUTANTS};

/* A string of the message catalogue (report/i18n_list.h) in English (zh 0) or Chinese. */
#define TR(zh, id) i18n_str((id), (zh) ? LANG_ZH : LANG_EN)

/* ---- text ---- */

void svg_escape(FILE *f, const char *s)
{
    txt_fputs_xml(f, s); /* the one XML sanitiser (report/safe_text.c) */
}

/* <text x y size [anchor] [weight] [fill]>escaped</text> */
static void text_at(FILE *f, double x, double y, int size, const char *anchor, const char *fill, int bold,
                    const char *s)
{
    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\" fill=\"%s\"%s>", x, y, size,
            anchor, fill, bold ? " font-weight=\"bold\"" : "");
    svg_escape(f, s);
    fputs("</text>\n", f);
}

/* A label inside the plot: text_at with a white halo so that lines under it do not hide it. */
static void label_at(FILE *f, double x, double y, int size, const char *anchor, const char *fill, int bold,
                     const char *s)
{
    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\" fill=\"%s\"%s "
               "stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\">",
            x, y, size, anchor, fill, bold ? " font-weight=\"bold\"" : "");
    svg_escape(f, s);
    fputs("</text>\n", f);
}

/* ---- scales ---- */

/* 1, 2 or 5 times a power of ten giving about n steps over span. */
static double nice_step(double span, int n)
{
    double raw = span / n, p, m;
    if (!(raw > 0) || !isfinite(raw)) return 1;
    p = pow(10, floor(log10(raw)));
    m = raw / p;
    return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
}

static double px_x(const svg_axes *a, double year)
{
    int span = a->y1 > a->y0 ? a->y1 - a->y0 : 1;
    return PLOT_X0 + (year - a->y0) * (PLOT_X1 - PLOT_X0) / span;
}

static double px_y(const svg_axes *a, double v)
{
    return PLOT_Y1 - (v - a->lo) * (PLOT_Y1 - PLOT_Y0) / (a->hi - a->lo);
}

/* Value of series s in year (stacked: the sum of series 0..s), NAN when absent. */
static double value_at(const svg_spec *sp, int s, int year)
{
    double sum = 0;
    for (int k = sp->stacked ? 0 : s; k <= s; k++) {
        int i = year - sp->s[k].first_year;
        double v = (i >= 0 && i < sp->s[k].n_years) ? sp->s[k].v[i] : NAN;
        if (!isfinite(v)) {
            if (!sp->stacked) return NAN;
            v = 0; /* a missing layer adds nothing to the stack */
        }
        sum += v * sp->factor;
    }
    return sum;
}

/* Range of the data (always including 0), rounded out to tick steps. */
static void axes_compute(const svg_spec *sp, svg_axes *a)
{
    double lo = 0, hi = 0;
    a->y0 = sp->first_year;
    a->y1 = sp->last_year;
    for (int s = 0; s < sp->ns; s++)
        for (int y = sp->first_year; y <= sp->last_year; y++) {
            double v = value_at(sp, s, y);
            if (isfinite(v) && v < lo) lo = v;
            if (isfinite(v) && v > hi) hi = v;
        }
    hi += (hi - lo) * HEADROOM; /* room above the highest line for the peak's label */
    if (!isnan(sp->y_lo)) lo = sp->y_lo;
    if (!isnan(sp->y_hi)) hi = sp->y_hi;
    if (hi <= lo) hi = lo + 1;
    a->step = nice_step(hi - lo, 6);
    a->lo = floor(lo / a->step + 1e-9) * a->step;
    a->hi = ceil(hi / a->step - 1e-9) * a->step;
    if (a->hi <= a->lo) a->hi = a->lo + a->step;
}

/* ---- pieces of the chart ---- */

static void put_header(FILE *f, const svg_spec *sp)
{
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
               "font-family=\"%s\">\n<title>", SVG_WIDTH, SVG_HEIGHT, SVG_WIDTH, SVG_HEIGHT, FONT_FAMILY);
    svg_escape(f, sp->title);
    fprintf(f, "</title>\n<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", SVG_WIDTH,
            SVG_HEIGHT);
    text_at(f, 60, 56, 32, "start", "#111111", 1, sp->title);
    if (sp->subtitle) text_at(f, 60, 90, 18, "start", "#555555", 0, sp->subtitle);
}

/* The band of historical years: grey under lines, a white veil over stacked areas (which would
 * hide a band drawn under them). */
static void put_history(FILE *f, const svg_spec *sp, const svg_axes *a, int veil)
{
    double x1;
    if (sp->hist_end_year <= a->y0) return;
    x1 = px_x(a, sp->hist_end_year);
    fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"%s/>\n", PLOT_X0, PLOT_Y0,
            x1 - PLOT_X0, PLOT_Y1 - PLOT_Y0, veil ? "#ffffff" : "#f0f0f0", veil ? " fill-opacity=\"0.4\"" : "");
    label_at(f, (PLOT_X0 + x1) / 2, PLOT_Y0 + 20, 15, "middle", "#555555", 0, TR(sp->zh, S_SVG_HISTORY));
}

/* Horizontal grid with value labels, year ticks, axis titles. */
static void put_grid(FILE *f, const svg_spec *sp, const svg_axes *a)
{
    if (!sp->stacked) put_history(f, sp, a, 0);
    for (double v = a->lo; v <= a->hi + a->step * 1e-6; v += a->step) {
        char lab[32];
        double y = px_y(a, v);
        snprintf(lab, sizeof lab, "%g", fabs(v) < a->step * 1e-6 ? 0.0 : v);
        fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#dddddd\" stroke-width=\"1\"/>\n",
                PLOT_X0, y, PLOT_X1, y);
        text_at(f, PLOT_X0 - 10, y + 6, 16, "end", "#333333", 0, lab);
    }
    for (int y = (a->y0 + 4) / 5 * 5; y <= a->y1; y += 5) {
        char lab[16];
        double x = px_x(a, y);
        snprintf(lab, sizeof lab, "%d", y);
        fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333333\" stroke-width=\"1\"/>\n",
                x, PLOT_Y1, x, PLOT_Y1 + 6);
        text_at(f, x, PLOT_Y1 + 26, 16, "middle", "#333333", 0, lab);
    }
    fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"#333333\" "
               "stroke-width=\"1.2\"/>\n", PLOT_X0, PLOT_Y0, PLOT_X1 - PLOT_X0, PLOT_Y1 - PLOT_Y0);
    text_at(f, (PLOT_X0 + PLOT_X1) / 2, PLOT_Y1 + 56, 18, "middle", "#333333", 0, TR(sp->zh, S_SVG_YEAR));
    fprintf(f, "<text x=\"0\" y=\"0\" font-size=\"18\" text-anchor=\"middle\" fill=\"#333333\" "
               "transform=\"translate(40 %.1f) rotate(-90)\">", (PLOT_Y0 + PLOT_Y1) / 2);
    svg_escape(f, sp->unit);
    fputs("</text>\n", f);
}

/* Dashed vertical line at 2030 and the zero line when 0 is inside the axis. */
static void put_marks(FILE *f, const svg_axes *a)
{
    if (2030 > a->y0 && 2030 < a->y1) {
        double x = px_x(a, 2030);
        fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#555555\" stroke-width=\"1.5\" "
                   "stroke-dasharray=\"6 5\"/>\n", x, PLOT_Y0, x, PLOT_Y1);
        label_at(f, x + 6, PLOT_Y0 + 20, 16, "start", "#555555", 1, "2030");
    }
    if (a->lo < 0 && a->hi > 0)
        fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000000\" stroke-width=\"1.5\"/>\n",
                PLOT_X0, px_y(a, 0), PLOT_X1, px_y(a, 0));
}

/* A line series as a path broken where a value is missing. */
static void put_line(FILE *f, const svg_spec *sp, const svg_axes *a, int s)
{
    int pen = 0;
    fprintf(f, "<path fill=\"none\" stroke=\"%s\" stroke-width=\"3\" stroke-linejoin=\"round\"%s d=\"",
            sp->s[s].color, sp->s[s].dashed ? " stroke-dasharray=\"10 6\"" : "");
    for (int y = a->y0; y <= a->y1; y++) {
        double v = value_at(sp, s, y);
        if (!isfinite(v)) {
            pen = 0;
            continue;
        }
        fprintf(f, "%s%.1f %.1f ", pen ? "L" : "M", px_x(a, y), px_y(a, v));
        pen = 1;
    }
    fputs("\"/>\n", f);
}

/* A stacked layer: the polygon between the stack below and the stack with this series. */
static void put_area(FILE *f, const svg_spec *sp, const svg_axes *a, int s)
{
    fprintf(f, "<path fill=\"%s\" fill-opacity=\"0.9\" stroke=\"#ffffff\" stroke-width=\"0.8\" d=\"", sp->s[s].color);
    for (int y = a->y0; y <= a->y1; y++) {
        double v = value_at(sp, s, y);
        fprintf(f, "%s%.1f %.1f ", y == a->y0 ? "M" : "L", px_x(a, y), px_y(a, isfinite(v) ? v : 0));
    }
    for (int y = a->y1; y >= a->y0; y--) {
        double v = s > 0 ? value_at(sp, s - 1, y) : 0;
        fprintf(f, "L%.1f %.1f ", px_x(a, y), px_y(a, isfinite(v) ? v : 0));
    }
    fputs("Z\"/>\n", f);
}

/* Legend entries from the top of the right column; returns the y after them. */
static double put_legend(FILE *f, const svg_spec *sp)
{
    double y = PLOT_Y0 + 10;
    for (int k = 0; k < sp->ns; k++) {
        int s = sp->stacked ? sp->ns - 1 - k : k; /* stacked: top layer first, as drawn */
        if (sp->stacked)
            fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"22\" height=\"16\" fill=\"%s\"/>\n", LEGEND_X, y - 13,
                    sp->s[s].color);
        else
            fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\"%s/>\n",
                    LEGEND_X, y - 5, LEGEND_X + 24, y - 5, sp->s[s].color,
                    sp->s[s].dashed ? " stroke-dasharray=\"8 4\"" : "");
        text_at(f, LEGEND_X + 32, y, 17, "start", "#222222", 0, sp->s[s].label);
        y += 28;
    }
    return y;
}

/* ---- the peak and the challenge ---- */

static void put_peak(FILE *f, const run_result *r, const svg_axes *a, int zh)
{
    const run_summary *s = &r->summary;
    char lab[96];
    double x, y;
    if (!isfinite(s->peak_mt) || s->peak_year < a->y0 || s->peak_year > a->y1) return;
    x = px_x(a, s->peak_year);
    y = px_y(a, s->peak_mt);
    if (s->peak_reached) snprintf(lab, sizeof lab, TR(zh, S_SVG_PEAK_MT), s->peak_year, s->peak_mt);
    else snprintf(lab, sizeof lab, TR(zh, S_SVG_NO_PEAK_BY_MT), s->peak_year, s->peak_mt);
    fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"#ffffff\" stroke=\"#d62728\" stroke-width=\"3\"/>\n", x, y);
    label_at(f, x > PLOT_X1 - 200 ? x - 12 : x + 12, y - 14 < PLOT_Y0 + 20 ? y + 30 : y - 14, 18,
            x > PLOT_X1 - 200 ? "end" : "start", "#d62728", 1, lab);
}

static const char *op_text(seek_op op)
{
    static const char *const ops[] = {"<=", "<", ">=", ">"};
    return (op >= SEEK_LE && op <= SEEK_GT) ? ops[op] : "?";
}

/* A goal on the CO2 chart: a vertical line for a peak/neutrality year, a bar at (year, bound) for
 * CO2 in a year; others are only listed. Green when met, red when not. */
static void put_goal_mark(FILE *f, const chal_goal_result *g, const svg_axes *a, int zh)
{
    const seek_target *t = &g->target;
    const char *col = g->met ? "#1a9641" : "#d7191c";
    char lab[128];
    goal_text(t, zh, lab, sizeof lab);
    if ((t->metric == SEEK_PEAK_YEAR || t->metric == SEEK_NEUTRAL_YEAR) && t->value > a->y0 && t->value < a->y1) {
        double x = px_x(a, t->value);
        fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\" "
                   "stroke-dasharray=\"3 4\"/>\n", x, PLOT_Y0, x, PLOT_Y1, col);
        label_at(f, x - 6, PLOT_Y1 - 12, 15, "end", col, 0, lab);
    } else if ((t->metric == SEEK_CO2 || t->metric == SEEK_NET_CO2) && t->year >= a->y0 && t->year <= a->y1 &&
               t->value >= a->lo && t->value <= a->hi) {
        double x = px_x(a, t->year), y = px_y(a, t->value);
        /* a short label ("goal <= 205") beside the bar: the full text is in the goals list */
        snprintf(lab, sizeof lab, "%s %s %g", TR(zh, S_SVG_GOAL), op_text(t->op), t->value);
        fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"4\"/>\n",
                x - 14, y, x + 14, y, col);
        label_at(f, x - 18, y + 5, 14, "end", col, 1, lab);
    }
}

/* A share goal on the energy-mix chart: coal is the bottom layer, so its bound is a height; the
 * non-fossil layer is on top, so its bound is 100 minus the share. */
static void put_share_goal(FILE *f, const chal_goal_result *g, const svg_axes *a, int zh)
{
    const seek_target *t = &g->target;
    const char *col = g->met ? "#1a9641" : "#d7191c";
    char lab[64];
    double x, y;
    if ((t->metric != SEEK_COAL_SHARE && t->metric != SEEK_NONFOSSIL_SHARE) || t->year < a->y0 || t->year > a->y1)
        return;
    x = px_x(a, t->year);
    y = px_y(a, t->metric == SEEK_COAL_SHARE ? t->value : 100 - t->value);
    snprintf(lab, sizeof lab, "%s %s %s %g %%", TR(zh, S_SVG_GOAL),
             t->metric == SEEK_COAL_SHARE ? (TR(zh, S_SVG_COAL)) : (TR(zh, S_SVG_NON_FOSSIL)), op_text(t->op), t->value);
    fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"4\"/>\n",
            x - 16, y, x + 16, y, col);
    label_at(f, x + 20, y + 5, 14, "start", col, 1, lab);
}

/* The goals list under the legend: mark, goal, value. */
static void put_goal_list(FILE *f, const chal_eval *ev, double y, int zh)
{
    text_at(f, LEGEND_X, y + 10, 18, "start", "#111111", 1, TR(zh, S_SVG_CHALLENGE_GOALS));
    y += 40;
    for (int i = 0; i < ev->n && y < SVG_HEIGHT - 30; i++) {
        char goal[128], val[64], line[200];
        const chal_goal_result *g = &ev->goal[i];
        goal_text(&g->target, zh, goal, sizeof goal);
        goal_value_text(&g->target, g->value, zh, val, sizeof val);
        snprintf(line, sizeof line, "%s %s", g->met ? "\xe2\x9c\x93" : "\xe2\x9c\x97", goal); /* check / cross */
        text_at(f, LEGEND_X, y, 15, "start", g->met ? "#1a9641" : "#d7191c", 1, line);
        snprintf(line, sizeof line, "%s %s", TR(zh, S_SVG_RESULT), val);
        text_at(f, LEGEND_X + 18, y + 19, 14, "start", "#444444", 0, line);
        y += 44;
    }
    if (ev->all_met) text_at(f, LEGEND_X, y + 6, 20, "start", "#1a9641", 1, TR(zh, S_SVG_CHALLENGE_MET));
}

/* ---- building the specs ---- */

static void spec_init(svg_spec *sp, const run_result *r, const char *title, const char *unit, int zh)
{
    memset(sp, 0, sizeof *sp);
    sp->first_year = r->first_year;
    sp->last_year = r->end_year;
    sp->hist_end_year = r->hist_end_year;
    sp->title = title;
    sp->unit = unit;
    sp->y_lo = sp->y_hi = NAN;
    sp->factor = 1;
    sp->zh = zh;
}

static void add_series(svg_spec *sp, const run_result *r, int var, const char *label, const char *color, int dashed)
{
    svg_series *s = &sp->s[sp->ns++];
    s->v = r->v[var];
    s->first_year = r->first_year;
    s->n_years = r->n_years;
    s->label = label;
    s->color = color;
    s->dashed = dashed;
}

static void add_layers(svg_spec *sp, const run_result *r, const svg_layer *l, int n)
{
    sp->stacked = 1;
    for (int i = 0; i < n; i++) add_series(sp, r, l[i].var, l[i].label[sp->zh], l[i].color, 0);
}

static void spec_for(const svg_one *o, char *title, size_t size, svg_spec *sp)
{
    const run_result *r = o->res;
    int zh = o->zh;
    snprintf(title, size, "%s - %s", TR(zh, chart_titles[o->chart]), scenario_name(o->scn, zh ? LANG_ZH : LANG_EN));
    switch (o->chart) {
    case SVG_EMISSIONS:
        spec_init(sp, r, title, TR(zh, S_SVG_MT_CO2_PER_YEAR), zh);
        add_series(sp, r, RV_CO2, TR(zh, S_SVG_GROSS_CO2), "#d62728", 0);
        add_series(sp, r, RV_CO2_NET, TR(zh, S_SVG_NET_CO2_AFTER_CCUS), "#1f77b4", 1);
        break;
    case SVG_MIX:
        spec_init(sp, r, title, TR(zh, S_SVG_F_PRIMARY_ENERGY), zh);
        add_layers(sp, r, mix_layers, (int)(sizeof mix_layers / sizeof mix_layers[0]));
        sp->y_lo = 0, sp->y_hi = 100;
        break;
    case SVG_CAPACITY:
        spec_init(sp, r, title, TR(zh, S_SVG_GW_INSTALLED), zh);
        add_layers(sp, r, cap_layers, (int)(sizeof cap_layers / sizeof cap_layers[0]));
        break;
    case SVG_INVESTMENT: /* bn CNY a year, stacked by technology (亿元 in Chinese) */
        spec_init(sp, r, title, TR(zh, S_SVG_BN_CNY_PER_YEAR), zh);
        add_layers(sp, r, inv_layers, (int)(sizeof inv_layers / sizeof inv_layers[0]));
        sp->factor = units_view("bn CNY", zh ? LANG_ZH : LANG_EN).factor;
        break;
    case SVG_POLLUTANTS: /* kt a year, one line each (万吨 in Chinese) */
        spec_init(sp, r, title, TR(zh, S_SVG_KT_PER_YEAR), zh);
        add_layers(sp, r, air_layers, (int)(sizeof air_layers / sizeof air_layers[0]));
        sp->stacked = 0; /* three pollutants, not parts of one whole */
        sp->factor = units_view("kt", zh ? LANG_ZH : LANG_EN).factor;
        break;
    default:
        spec_init(sp, r, title, TR(zh, S_SVG_F_GDP), zh);
        add_layers(sp, r, struct_layers, (int)(sizeof struct_layers / sizeof struct_layers[0]));
        sp->y_lo = 0, sp->y_hi = 100;
        break;
    }
}

static void put_band_area(FILE *f, const mc_result *m, const svg_axes *a);

/* Everything of a spec except the extras (peak, goals): header, grid, data, marks, legend.
 * Returns the y below the legend. */
static double put_chart(FILE *f, const svg_spec *sp, svg_axes *a)
{
    double y;
    axes_compute(sp, a);
    put_header(f, sp);
    put_grid(f, sp, a);
    if (sp->bands) put_band_area(f, sp->bands, a);
    for (int s = 0; s < sp->ns; s++) {
        if (sp->stacked) put_area(f, sp, a, s);
        else put_line(f, sp, a, s);
    }
    if (sp->stacked) put_history(f, sp, a, 1);
    put_marks(f, a);
    y = put_legend(f, sp);
    return y;
}

static pp_status finish(FILE *f, pp_error *err)
{
    text_at(f, SVG_WIDTH - 20, SVG_HEIGHT - 14, 13, "end", "#999999", 0, "peakpath " PEAKPATH_VERSION);
    fputs("</svg>\n", f);
    if (fflush(f) != 0 || ferror(f)) return pp_error_set(err, PP_ERR_IO, WRITE_OUTPUT_FAILED);
    return PP_OK;
}

/* ---- public ---- */

int svg_chart_parse(const char *name, svg_chart *out)
{
    for (int c = 0; c < SVG_CHART_COUNT; c++)
        if (name && !strcasecmp(name, chart_names[c])) {
            *out = (svg_chart)c;
            return 0;
        }
    return -1;
}

const char *svg_chart_name(svg_chart c) { return (c >= 0 && c < SVG_CHART_COUNT) ? chart_names[c] : "?"; }

/* The Monte Carlo 5-95 % band as a light area (drawn before the lines). */
static void put_band_area(FILE *f, const mc_result *m, const svg_axes *a)
{
    fputs("<polygon fill=\"#f6cccc\" stroke=\"none\" points=\"", f);
    for (int i = 0; i < m->n_years; i++) fprintf(f, "%.1f,%.1f ", px_x(a, m->first_year + i), px_y(a, m->p95_mt[i]));
    for (int i = m->n_years - 1; i >= 0; i--) fprintf(f, "%.1f,%.1f ", px_x(a, m->first_year + i), px_y(a, m->p5_mt[i]));
    fputs("\"/>\n", f);
}

/* The probabilities and a small histogram of the peak year in a box in the plot's upper right
 * corner. */
static void put_bands(FILE *f, const mc_result *m, int zh)
{
    char lab[96];
    int top = 0, x0 = PLOT_X1 - 300, y0 = PLOT_Y0 + 20;
    fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"290\" height=\"168\" fill=\"#ffffff\" stroke=\"#cccccc\"/>\n",
            x0 - 10, y0 - 22);
    snprintf(lab, sizeof lab, TR(zh, S_SVG_P_PEAK_2030), 100.0 * m->p_peak_by_2030);
    label_at(f, x0, y0, 18, "start", "#d62728", 1, lab);
    snprintf(lab, sizeof lab, TR(zh, S_SVG_P_NEUTRAL_2060), 100.0 * m->p_neutral_by_2060);
    label_at(f, x0, y0 + 24, 16, "start", "#444444", 0, lab);
    snprintf(lab, sizeof lab, TR(zh, S_SVG_PEAK_HISTOGRAM), m->ok_draws);
    label_at(f, x0, y0 + 48, 14, "start", "#444444", 0, lab);
    for (int i = 0; i < m->n_years; i++) top = m->peak_count[i] > top ? m->peak_count[i] : top;
    for (int i = 0; top > 0 && i < m->n_years; i++) /* one bar per year, 60 px for the commonest */
        if (m->peak_count[i] > 0)
            fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"5\" height=\"%.1f\" fill=\"#d62728\"/>\n",
                    x0 + 6.0 * i, y0 + 120 - 60.0 * m->peak_count[i] / top, 60.0 * m->peak_count[i] / top);
    fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#666666\">%d</text>\n", x0, y0 + 136, m->first_year);
    fprintf(f, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"end\" fill=\"#666666\">%d</text>\n",
            x0 + 6.0 * (m->n_years - 1) + 5, y0 + 136, m->end_year);
}

pp_status svg_write(FILE *f, const void *ctx, pp_error *err)
{
    const svg_one *o = ctx;
    const chal_challenge *c = chal_of(o->scn);
    char title[512], sub[512];
    svg_spec sp;
    svg_axes a;
    chal_eval ev;
    double y;
    spec_for(o, title, sizeof title, &sp);
    snprintf(sub, sizeof sub, "%s, %d-%d", o->zh && scn_text(o->scn, P_SCENARIO_REGION_ZH)[0]
             ? scn_text(o->scn, P_SCENARIO_REGION_ZH) : scn_text(o->scn, P_SCENARIO_REGION),
             o->res->first_year, o->res->end_year);
    sp.subtitle = sub;
    if (o->bands && o->chart == SVG_EMISSIONS && sp.ns + 2 <= MAX_SERIES) {
        const mc_result *m = o->bands;
        sp.s[sp.ns++] = (svg_series){m->p5_mt, TR(o->zh, S_SVG_BAND_P5), "#e8a0a0", 1, m->first_year, m->n_years};
        sp.s[sp.ns++] = (svg_series){m->p95_mt, TR(o->zh, S_SVG_BAND_P95), "#e8a0a0", 1, m->first_year, m->n_years};
        sp.bands = m;
    }
    y = put_chart(f, &sp, &a);
    if (o->bands && o->chart == SVG_EMISSIONS) put_bands(f, o->bands, o->zh);
    chal_evaluate(c, o->res, &ev);
    if (o->chart == SVG_EMISSIONS) {
        for (int i = 0; i < ev.n; i++) put_goal_mark(f, &ev.goal[i], &a, o->zh);
        put_peak(f, o->res, &a, o->zh);
    }
    if (o->chart == SVG_MIX)
        for (int i = 0; i < ev.n; i++) put_share_goal(f, &ev.goal[i], &a, o->zh);
    if (ev.n) put_goal_list(f, &ev, y + 10, o->zh);
    return finish(f, err);
}

pp_status svg_write_overlay(FILE *f, const void *ctx, pp_error *err)
{
    const svg_overlay *o = ctx;
    svg_spec sp;
    svg_axes a;
    int n = o->n < SVG_OVERLAY_MAX ? o->n : SVG_OVERLAY_MAX;
    if (n < 1) return pp_error_set(err, PP_ERR_USAGE, SVG_NO_RUNS);
    spec_init(&sp, o->res[0], o->title ? o->title : TR(o->zh, S_SVG_CO2_PATHS_COMPARED),
              TR(o->zh, S_SVG_MT_CO2_GROSS_PER_YEAR), o->zh);
    for (int i = 0; i < n; i++) {
        add_series(&sp, o->res[i], RV_CO2, o->name[i], overlay_colors[i], 0);
        if (o->res[i]->first_year < sp.first_year) sp.first_year = o->res[i]->first_year;
        if (o->res[i]->end_year > sp.last_year) sp.last_year = o->res[i]->end_year;
    }
    put_chart(f, &sp, &a);
    for (int i = 0; i < n; i++) {
        const run_summary *s = &o->res[i]->summary;
        if (s->peak_reached && s->peak_year >= a.y0 && s->peak_year <= a.y1)
            fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"3\"/>\n",
                    px_x(&a, s->peak_year), px_y(&a, s->peak_mt), overlay_colors[i]);
    }
    return finish(f, err);
}

pp_status svg_save_with(const char *path, report_writer writer, const void *ctx, int overwrite, pp_error *err)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    pp_status st;
    if (!m) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    st = writer(m, ctx, err);
    if (fclose(m) != 0 && st == PP_OK) st = pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    if (st == PP_OK) st = save_atomic(path, buf, len, overwrite, err);
    free(buf);
    return st;
}
