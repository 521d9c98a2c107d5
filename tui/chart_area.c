/* tui/chart_area.c - stacked areas to an eighth of a cell. Each plot column is cut into
 * eighths ("units"; whole cells in monochrome and ASCII), every unit owned by the series stacked
 * there; a cell then shows its lowest unit's series as an eighth block (▁..▇, █ when it fills
 * the cell) on the colour of the series above it. Pure: no curses. */
#include "chart_area.h"

#include <math.h>

#include "style.h"

#define SUB_UNITS 8         /* eighth blocks */
#define MAX_UNITS 2048      /* units of one column: 8 x 256 plot rows */

wchar_t chart_area_char(const chart_spec *sp, int s)
{
    static const wchar_t mono_utf8[] = L"█▓▒░▚▞▪█";
    static const wchar_t ascii[] = L"#=+:%o.@";
    if (!sp->utf8) return ascii[s % 8];
    return sp->mono ? mono_utf8[s % 8] : L'█';
}

int chart_series_nonzero(const chart_spec *sp, int s)
{
    for (int i = 0; i < sp->n_years; i++) {
        int year = sp->first_year + i;
        double v = sp->s[s].v[i];
        if (year >= sp->year_lo && year <= sp->year_hi && isfinite(v) && fabs(v) > 1e-9) return 1;
    }
    return 0;
}

/* Value of series s at a fractional year, linear between the yearly values. */
static double value_at(const chart_spec *sp, int s, double year)
{
    double t = year - sp->first_year;
    int i = (int)floor(t);
    double f = t - i, a, b;
    if (i < 0) i = 0, f = 0;
    if (i >= sp->n_years - 1) i = sp->n_years - 1, f = 0;
    a = chart_value(sp, s, i);
    b = f > 0 ? chart_value(sp, s, i + 1) : a;
    return a + f * (b - a);
}

static int units_up(const chart_geom *gm, int n_units, double v)
{
    double f = (v - gm->y_lo) / (gm->y_hi - gm->y_lo);
    long r = lround(f * n_units);
    return r < 0 ? 0 : r > n_units ? n_units : (int)r;
}

/* Owner series of each unit of the column at `year` (-1: above the stack). A series with a
 * positive value gets at least one unit, taken from above (so the stack may end a unit higher). */
static void column_owners(const chart_spec *sp, const chart_geom *gm, double year, int n_units, signed char *owner)
{
    double sum = 0;
    int top = 0;
    for (int u = 0; u < n_units; u++) owner[u] = -1;
    for (int s = 0; s < sp->ns; s++) {
        double v = value_at(sp, s, year);
        int t;
        if (!isfinite(v) || v <= 0) continue;
        sum += v;
        t = units_up(gm, n_units, sum);
        if (t <= top) t = top + 1; /* thin, never gone */
        if (t > n_units) t = n_units;
        for (int u = top; u < t; u++) owner[u] = (signed char)s;
        top = t;
    }
}

/* The series shown above a boundary in cell units [lo + k, lo + sub): one that owns no cell's
 * lowest unit in this column (it would vanish otherwise), else the one with the most units. */
static int upper_series(const signed char *owner, int lo, int k, int sub, const int *bottom_somewhere)
{
    int count[CHART_MAX_STACK] = {0}, best = -1;
    for (int u = lo + k; u < lo + sub; u++)
        if (owner[u] >= 0) count[(int)owner[u]]++;
    for (int s = 0; s < CHART_MAX_STACK; s++)
        if (count[s] && !bottom_somewhere[s]) return s;
    for (int s = 0; s < CHART_MAX_STACK; s++)
        if (count[s] && (best < 0 || count[s] > count[best])) best = s;
    return best;
}

static void put_unit_cell(chart_grid *g, const chart_spec *sp, int row, int col, int bottom, int k, int sub,
                          int upper)
{
    static const wchar_t eighths[] = L" ▁▂▃▄▅▆▇█";
    chart_cell *c;
    if (k >= sub || sub == 1) {
        chart_put(g, row, col, chart_area_char(sp, bottom), sp->s[bottom].style);
        return;
    }
    chart_put(g, row, col, eighths[k], sp->s[bottom].style);
    if (upper < 0 || row < 0 || row >= g->h || col < 0 || col >= g->w) return;
    c = &g->cell[row * g->w + col];
    c->bg = (unsigned char)sp->s[upper].style;
}

static void plot_column(chart_grid *g, const chart_spec *sp, const chart_geom *gm, int c, double year, int sub)
{
    signed char owner[MAX_UNITS];
    int bottom_somewhere[CHART_MAX_STACK] = {0};
    int n_units = gm->h * sub;
    column_owners(sp, gm, year, n_units, owner);
    for (int r = 0; r < gm->h; r++)
        if (owner[r * sub] >= 0) bottom_somewhere[(int)owner[r * sub]] = 1;
    for (int r = 0; r < gm->h; r++) {
        int lo = r * sub, bottom = owner[lo], k = 1;
        if (bottom < 0) break; /* the stack is contiguous from the bottom */
        while (k < sub && owner[lo + k] == bottom) k++;
        put_unit_cell(g, sp, gm->top + gm->h - 1 - r, gm->left + c, bottom, k, sub,
                      k < sub ? upper_series(owner, lo, k, sub, bottom_somewhere) : -1);
    }
}

void chart_plot_stacked(chart_grid *g, const chart_spec *sp, const chart_geom *gm)
{
    int sub = sp->utf8 && !sp->mono && !sp->whole_cells ? SUB_UNITS : 1;
    if (gm->h * sub > MAX_UNITS) sub = 1;
    for (int c = 0; c < gm->w; c++) {
        double span = sp->year_hi - sp->year_lo;
        double year = sp->year_lo + (gm->w > 1 ? span * c / (gm->w - 1) : 0);
        if (sp->cut_year && year > sp->cut_year + 1e-9) break;
        plot_column(g, sp, gm, c, year, sub);
    }
}
