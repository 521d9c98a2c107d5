/* tui/chart.c - computes a chart as a grid of cells from yearly series: braille (or ASCII)
 * lines, stacked areas, axes, marks, peak and neutrality labels. Pure: no curses, and no model
 * numbers (it only scales and places the values it is given). */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart_area.h"
#include "style.h"
#include "text.h"

#define MIN_W 24
#define MIN_H 6
#define RIGHT_MARGIN 2   /* room for the last year label centred on the last column */
#define Y_TICKS_PER_ROW 3 /* about one y tick every three rows */

/* ---- grid ---- */

chart_grid *chart_grid_new(int w, int h)
{
    chart_grid *g;
    size_t n;
    if (w < 1 || h < 1) return NULL;
    g = calloc(1, sizeof *g);
    if (!g) return NULL;
    n = (size_t)w * (size_t)h;
    g->w = w;
    g->h = h;
    g->cell = calloc(n, sizeof *g->cell);
    g->dots = calloc(n, 1);
    g->owner = calloc(n, 1);
    if (!g->cell || !g->dots || !g->owner) {
        chart_grid_free(g);
        return NULL;
    }
    return g;
}

void chart_grid_free(chart_grid *g)
{
    if (!g) return;
    free(g->cell);
    free(g->dots);
    free(g->owner);
    free(g);
}

static void grid_clear(chart_grid *g)
{
    size_t n = (size_t)g->w * (size_t)g->h;
    for (size_t i = 0; i < n; i++) {
        g->cell[i].ch = L' ';
        g->cell[i].style = ST_NORMAL;
        g->cell[i].bg = 0;
        g->dots[i] = 0;
        g->owner[i] = -1;
    }
}

void chart_put(chart_grid *g, int row, int col, wchar_t ch, int style)
{
    if (row < 0 || row >= g->h || col < 0 || col >= g->w) return;
    g->cell[row * g->w + col].ch = ch;
    g->cell[row * g->w + col].style = (unsigned char)style;
    g->cell[row * g->w + col].bg = 0;
}

#define put chart_put

int chart_text(chart_grid *g, int row, int col, int col_end, const char *utf8, int style)
{
    wchar_t buf[256];
    int n = txt_decode(utf8, buf, 256);
    if (col_end > g->w) col_end = g->w;
    for (int i = 0; i < n; i++) {
        int cw = txt_wcwidth(buf[i]);
        if (cw == 0) continue;
        if (col < 0 || col + cw > col_end) break;
        put(g, row, col, buf[i], style);
        if (cw == 2) put(g, row, col + 1, 0, style);
        col += cw;
    }
    return col;
}

/* ---- scales ---- */

double chart_nice_step(double span, int n)
{
    double raw, mag, f;
    if (!(span > 0) || n < 1) return 1;
    raw = span / n;
    mag = pow(10, floor(log10(raw)));
    f = raw / mag;
    if (f <= 1) return mag;
    if (f <= 2) return 2 * mag;
    if (f <= 5) return 5 * mag;
    return 10 * mag;
}

double chart_value(const chart_spec *sp, int s, int i)
{
    double v = sp->s[s].v[i];
    return sp->scale > 0 ? v * sp->scale : v;
}

static double peak_value(const chart_spec *sp)
{
    return sp->scale > 0 ? sp->peak_value * sp->scale : sp->peak_value;
}

/* Lowest and highest value drawn (stacked: of the running sums). 0 is in the range when the
 * chart is stacked, keeps it, or the data reach below or near it: a 170..245 Mt path fills the
 * plot, a net path falling towards 0 shows where 0 is. */
static void data_range(const chart_spec *sp, double *lo, double *hi)
{
    int any = 0;
    *lo = 0;
    *hi = 0;
    for (int y = 0; y < sp->n_years; y++) {
        double sum = 0;
        for (int i = 0; i < sp->ns; i++) {
            double v = chart_value(sp, i, y);
            if (!isfinite(v)) continue;
            sum = sp->stacked ? sum + v : v;
            if (!any || sum < *lo) *lo = sum;
            if (!any || sum > *hi) *hi = sum;
            any = 1;
        }
    }
    if (sp->peak_year && isfinite(sp->peak_value) && peak_value(sp) > *hi) *hi = peak_value(sp);
    if (sp->stacked || sp->keep_zero || !any || *lo <= 0 || *lo < *hi * 0.25) {
        if (*lo > 0) *lo = 0;
        if (*hi < 0) *hi = 0;
    }
}

/* Formats a tick value with as many decimals as the step needs. */
static void tick_label(double v, double step, char *buf, size_t size)
{
    int dec = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
    if (fabs(v) < step * 1e-6) v = 0;
    snprintf(buf, size, "%.*f", dec, v);
}

static int label_width(double lo, double hi, double step)
{
    char a[32], b[32];
    int wa, wb;
    tick_label(lo, step, a, sizeof a);
    tick_label(hi, step, b, sizeof b);
    wa = (int)strlen(a);
    wb = (int)strlen(b);
    return wa > wb ? wa : wb;
}

static wchar_t ascii_line_char(const chart_spec *sp, int s);

/* ---- legend ---- */

#define LEGEND_MAX_ROWS 3

/* 1 when series s belongs in the legend: labelled, and for areas not zero over the years shown. */
static int in_legend(const chart_spec *sp, int s)
{
    return sp->s[s].label && (!sp->stacked || chart_series_nonzero(sp, s));
}

/* Lays the legend out from the top series down: the unit, then "█ Label" entries, wrapping onto
 * further rows for stacked charts (every area is named) and stopping at the edge for lines.
 * Draws into g when draw is set; returns the rows used. */
static int legend_layout(const chart_spec *sp, chart_grid *g, int w, int draw)
{
    int col = 0, row = 0;
    if (sp->unit && *sp->unit) {
        col = txt_width(sp->unit) + 2;
        if (draw) chart_text(g, 0, 0, w, sp->unit, ST_LABEL);
    }
    for (int s = sp->ns - 1; s >= 0; s--) {
        int ew = 2 + txt_width(sp->s[s].label ? sp->s[s].label : "");
        wchar_t sw;
        if (!in_legend(sp, s)) continue;
        if (col + ew > w) {
            if (!sp->stacked || row + 1 >= LEGEND_MAX_ROWS || ew > w) break;
            row++;
            col = 0;
        }
        sw = sp->stacked ? chart_area_char(sp, s) : sp->utf8 ? L'━' : ascii_line_char(sp, s);
        if (draw) {
            put(g, row, col, sw, sp->s[s].style);
            chart_text(g, row, col + 2, w, sp->s[s].label, ST_LABEL);
        }
        col += ew + 2;
    }
    return row + 1;
}

static int legend_rows(const chart_spec *sp, int w)
{
    return legend_layout(sp, NULL, w, 0);
}

void chart_geometry(const chart_spec *sp, const chart_grid *g, chart_geom *out)
{
    double lo, hi, step;
    int ph = g->h - 3;
    if (isfinite(sp->y_lo) && isfinite(sp->y_hi)) { lo = sp->y_lo; hi = sp->y_hi; }
    else data_range(sp, &lo, &hi);
    if (hi <= lo) hi = lo + (fabs(lo) > 1 ? fabs(lo) * 0.1 : 1);
    ph -= legend_rows(sp, g->w) - 1;
    step = chart_nice_step(hi - lo, ph > Y_TICKS_PER_ROW ? ph / Y_TICKS_PER_ROW : 1);
    lo = floor(lo / step + 1e-9) * step;
    hi = ceil(hi / step - 1e-9) * step;
    if (hi <= lo) hi = lo + step;
    out->y_lo = lo;
    out->y_hi = hi;
    out->y_step = step;
    out->left = label_width(lo, hi, step) + 1;
    out->top = legend_rows(sp, g->w);
    out->h = ph;
    out->w = g->w - out->left - RIGHT_MARGIN;
    out->sub_x = sp->utf8 ? 2 : 1;
    out->sub_y = sp->utf8 ? 4 : 1;
}

/* Sub-cell (dot) coordinates: x from the plot's left, y from its bottom. */
static int dot_x(const chart_spec *sp, const chart_geom *gm, double year)
{
    int n = gm->w * gm->sub_x;
    double span = sp->year_hi - sp->year_lo;
    double f = span > 0 ? (year - sp->year_lo) / span : 0;
    return (int)lround(f * (n - 1));
}

static int dot_y(const chart_geom *gm, double v)
{
    int n = gm->h * gm->sub_y;
    double f = (v - gm->y_lo) / (gm->y_hi - gm->y_lo);
    return (int)lround(f * (n - 1));
}

int chart_col_of_year(const chart_spec *sp, const chart_geom *gm, double year)
{
    return gm->left + dot_x(sp, gm, year) / gm->sub_x;
}

int chart_row_of_value(const chart_geom *gm, double v)
{
    int top_dot = gm->h * gm->sub_y - 1 - dot_y(gm, v);
    return gm->top + top_dot / gm->sub_y;
}

/* ---- lines ---- */

/* Braille dot bit for column dx (0-1) and row dy (0-3 from the top) of a cell. */
static unsigned char braille_bit(int dx, int dy)
{
    static const unsigned char bits[2][4] = {{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}};
    return bits[dx][dy];
}

static void plot_dot(chart_grid *g, const chart_geom *gm, int x, int y, int series)
{
    int top_dot = gm->h * gm->sub_y - 1 - y, idx;
    int row = gm->top + top_dot / gm->sub_y, col = gm->left + x / gm->sub_x;
    if (x < 0 || y < 0 || x >= gm->w * gm->sub_x || top_dot < 0) return;
    idx = row * g->w + col;
    if (g->owner[idx] != series) {
        g->owner[idx] = (signed char)series;
        g->dots[idx] = 0;
    }
    g->dots[idx] |= gm->sub_x == 2 ? braille_bit(x % 2, top_dot % 4) : 1;
}

static void plot_segment(chart_grid *g, const chart_geom *gm, int x0, int y0, int x1, int y1, int s)
{
    int dx = abs(x1 - x0), dy = abs(y1 - y0);
    int n = dx > dy ? dx : dy;
    for (int i = 0; i <= n; i++) {
        double f = n ? (double)i / n : 0;
        plot_dot(g, gm, (int)lround(x0 + f * (x1 - x0)), (int)lround(y0 + f * (y1 - y0)), s);
    }
}

static void plot_series(chart_grid *g, const chart_spec *sp, const chart_geom *gm, int s)
{
    int have_prev = 0, px = 0, py = 0;
    for (int i = 0; i < sp->n_years; i++) {
        int year = sp->first_year + i, x, y;
        double v = chart_value(sp, s, i);
        if (year < sp->year_lo || year > sp->year_hi || !isfinite(v)) { have_prev = 0; continue; }
        if (sp->cut_year && year > sp->cut_year) break;
        x = dot_x(sp, gm, year);
        y = dot_y(gm, v);
        if (have_prev) plot_segment(g, gm, px, py, x, y, s);
        else plot_dot(g, gm, x, y, s);
        px = x; py = y; have_prev = 1;
    }
}

/* ASCII look of a line: the faint reference is dotted, the others differ by character. */
static wchar_t ascii_line_char(const chart_spec *sp, int s)
{
    static const wchar_t chars[] = L"*+o#x%";
    if (sp->s[s].style == ST_BASELINE) return L'.';
    return chars[s % 6];
}

/* Turns the dots owned by each series into braille (or ASCII) characters in its style (the main
 * line's observed years in the history style). */
static void dots_to_cells(chart_grid *g, const chart_spec *sp, const chart_geom *gm)
{
    int hist_col = sp->hist_end_year ? chart_col_of_year(sp, gm, sp->hist_end_year) : -1;
    for (int row = 0; row < g->h; row++) {
        for (int col = 0; col < g->w; col++) {
            size_t i = (size_t)row * (size_t)g->w + (size_t)col;
            int s = g->owner[i], style;
            if (s < 0) continue;
            style = sp->s[s].style;
            if (style == ST_MAIN && col <= hist_col) style = ST_HIST;
            g->cell[i].ch = sp->utf8 ? (wchar_t)(0x2800 + g->dots[i]) : ascii_line_char(sp, s);
            g->cell[i].style = (unsigned char)style;
        }
    }
}

/* ---- axes and marks ---- */

static void draw_y_axis(chart_grid *g, const chart_geom *gm, int utf8)
{
    char buf[32];
    for (int r = gm->top; r < gm->top + gm->h; r++) put(g, r, gm->left - 1, utf8 ? L'│' : L'|', ST_AXIS);
    for (int k = 0;; k++) {
        double t = gm->y_lo + k * gm->y_step;
        int row, lw;
        if (t > gm->y_hi + gm->y_step * 1e-6) break;
        row = chart_row_of_value(gm, t);
        tick_label(t, gm->y_step, buf, sizeof buf);
        lw = (int)strlen(buf);
        chart_text(g, row, gm->left - 1 - lw, gm->left - 1, buf, ST_LABEL);
        put(g, row, gm->left - 1, utf8 ? L'┤' : L'+', ST_AXIS);
    }
}

static int year_step(const chart_spec *sp, const chart_geom *gm)
{
    int span = sp->year_hi - sp->year_lo;
    if (span <= 0) return 1;
    return (gm->w * 5 / span >= 6) ? 5 : 10; /* a label "2030" needs 4 cells and a gap */
}

static void draw_x_axis(chart_grid *g, const chart_spec *sp, const chart_geom *gm)
{
    int row = gm->top + gm->h, step = year_step(sp, gm);
    char buf[16];
    put(g, row, gm->left - 1, sp->utf8 ? L'└' : L'+', ST_AXIS);
    for (int c = 0; c < gm->w; c++) put(g, row, gm->left + c, sp->utf8 ? L'─' : L'-', ST_AXIS);
    for (int y = (sp->year_lo + step - 1) / step * step; y <= sp->year_hi; y += step) {
        int col = chart_col_of_year(sp, gm, y), start;
        put(g, row, col, sp->utf8 ? L'┬' : L'+', ST_AXIS);
        snprintf(buf, sizeof buf, "%d", y);
        start = col - 2;
        if (start + 4 > g->w) start = g->w - 4;
        chart_text(g, row + 1, start, g->w, buf, y == sp->mark_year ? ST_MARK : ST_LABEL);
    }
}

static void draw_vline(chart_grid *g, const chart_geom *gm, int col, wchar_t ch, int style)
{
    for (int r = gm->top; r < gm->top + gm->h; r++) put(g, r, col, ch, style);
}

static void draw_marks(chart_grid *g, const chart_spec *sp, const chart_geom *gm)
{
    if (gm->y_lo < 0) {
        int row = chart_row_of_value(gm, 0);
        for (int c = 0; c < gm->w; c++) put(g, row, gm->left + c, sp->utf8 ? L'─' : L'-', ST_ZERO);
    }
    if (sp->mark_year >= sp->year_lo && sp->mark_year <= sp->year_hi)
        draw_vline(g, gm, chart_col_of_year(sp, gm, sp->mark_year), sp->utf8 ? L'┊' : L':', ST_MARK);
    if (sp->neutral_year >= sp->year_lo && sp->neutral_year <= sp->year_hi)
        draw_vline(g, gm, chart_col_of_year(sp, gm, sp->neutral_year), sp->utf8 ? L'┆' : L'|',
                   ST_NEUTRAL);
    if (sp->cut_year >= sp->year_lo && sp->cut_year <= sp->year_hi) /* the playback year */
        draw_vline(g, gm, chart_col_of_year(sp, gm, sp->cut_year), sp->utf8 ? L'│' : L'|', ST_PEAK);
}

/* A label beside column col on row: to the right when it fits, else to the left. */
static void side_label(chart_grid *g, const chart_geom *gm, int row, int col, const char *text, int style)
{
    int w = txt_width(text), end = gm->left + gm->w + 2;
    int start = col + 1 + w <= end ? col + 1 : col - w;
    if (start < gm->left) start = gm->left;
    chart_text(g, row, start, end, text, style);
}

static void draw_peak_and_neutral(chart_grid *g, const chart_spec *sp, const chart_geom *gm)
{
    if (sp->neutral_year >= sp->year_lo && sp->neutral_year <= sp->year_hi && sp->neutral_label)
        side_label(g, gm, gm->top, chart_col_of_year(sp, gm, sp->neutral_year), sp->neutral_label,
                   ST_NEUTRAL);
    if (sp->peak_year >= sp->year_lo && sp->peak_year <= sp->year_hi && isfinite(sp->peak_value)) {
        int col = chart_col_of_year(sp, gm, sp->peak_year);
        int row = chart_row_of_value(gm, peak_value(sp));
        int lrow = row - 1 >= gm->top ? row - 1 : row + 1;
        put(g, row, col, sp->utf8 ? L'●' : L'O', ST_PEAK);
        if (sp->peak_label) side_label(g, gm, lrow, col, sp->peak_label, sp->peak_style ? sp->peak_style : ST_PEAK);
    }
}

/* The legend rows, then the note right-aligned on the first row where it fits. */
static void draw_legend(chart_grid *g, const chart_spec *sp)
{
    int end = 0;
    legend_layout(sp, g, g->w, 1);
    if (!sp->note) return;
    for (int c = 0; c < g->w; c++)
        if (g->cell[c].ch != L' ') end = c + 1;
    if (g->w - txt_width(sp->note) >= end + 1)
        chart_text(g, 0, g->w - txt_width(sp->note), g->w, sp->note, sp->note_style ? sp->note_style : ST_NEUTRAL);
}

/* ---- public entry ---- */

void chart_compute(const chart_spec *sp, chart_grid *g)
{
    chart_geom gm;
    grid_clear(g);
    if (g->w < MIN_W || g->h < MIN_H || sp->n_years < 1) return;
    chart_geometry(sp, g, &gm);
    if (gm.w < 4 || gm.h < 2) return;
    if (sp->stacked) { /* areas fill the plot, so the marks go on top of them */
        chart_plot_stacked(g, sp, &gm);
        draw_marks(g, sp, &gm);
    } else { /* lines go over the marks */
        draw_marks(g, sp, &gm);
        for (int s = 0; s < sp->ns; s++) plot_series(g, sp, &gm, s);
        dots_to_cells(g, sp, &gm);
    }
    draw_y_axis(g, &gm, sp->utf8);
    draw_x_axis(g, sp, &gm);
    draw_peak_and_neutral(g, sp, &gm);
    draw_legend(g, sp);
}

void chart_spec_begin(chart_spec *sp, int first_year, int n_years, int mark_year, int utf8, int mono)
{
    memset(sp, 0, sizeof *sp);
    sp->first_year = first_year;
    sp->n_years = n_years;
    sp->year_lo = first_year;
    sp->year_hi = first_year + n_years - 1;
    sp->y_lo = NAN;
    sp->y_hi = NAN;
    sp->mark_year = mark_year;
    sp->utf8 = utf8;
    sp->mono = mono;
}
