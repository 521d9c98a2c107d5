/* report/room_svg.c - the room's overlay of everyone's CO2 paths as SVG (report/room_svg.h):
 * plot on the left, legend columns on the right, one polyline per participant. */
#include "room_svg.h"

#include <math.h>
#include <string.h>

#include "export_svg.h" /* svg_escape */
#include "i18n.h"
#include "units.h"

#define W 1280
#define H 720
#define PX0 90    /* plot area */
#define PX1 940
#define PY0 70
#define PY1 650
#define LEG_X 960 /* legend columns */
#define LEG_ROW 26
#define LEG_COL 160
#define FONT "'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', 'DejaVu Sans', Arial, sans-serif"

/* Twenty colours told apart on a projector (Kelly 1965 and Tableau 20, the yellows dropped). */
static const char *const palette[RSVG_COLORS] = {
    "#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22",
    "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354", "#756bb1", "#636363"};

const char *rsvg_color(int i) { return palette[(i < 0 ? 0 : i) % RSVG_COLORS]; }

static const char *T(int zh, i18n_id id) { return i18n_str(id, zh ? LANG_ZH : LANG_EN); }

typedef struct {
    int y0, y1;      /* years on the x axis */
    double vmax;     /* top of the y axis, display units */
    double factor;   /* display value = Mt x factor */
} axes;

static double px_x(const axes *a, double year) { return PX0 + (year - a->y0) * (PX1 - PX0) / (a->y1 - a->y0 > 0 ? a->y1 - a->y0 : 1); }
static double px_y(const axes *a, double v) { return PY1 - v * (PY1 - PY0) / (a->vmax > 0 ? a->vmax : 1); }

static int shown(const rsvg_room *o, const rscan_row *r) { return r->ok && (!o->marked_only || r->marked); }

/* A round step for about five y ticks: 1, 2 or 5 times a power of ten. */
static double nice_step(double top)
{
    double raw = top / 5, p = pow(10, floor(log10(raw > 0 ? raw : 1)));
    return raw <= p ? p : raw <= 2 * p ? 2 * p : raw <= 5 * p ? 5 * p : 10 * p;
}

static void line_of(FILE *f, const axes *a, const run_result *r, const char *color, int dashed, double width)
{
    fprintf(f, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"%s points=\"", color, width,
            dashed ? " stroke-dasharray=\"9 5\"" : "");
    for (int i = 0; i < r->n_years; i++)
        if (isfinite(r->v[RV_CO2][i]))
            fprintf(f, "%.1f,%.1f ", px_x(a, r->first_year + i), px_y(a, r->v[RV_CO2][i] * a->factor));
    fputs("\"/>\n", f);
}

pp_status rsvg_write(FILE *f, const void *ctx, pp_error *err)
{
    const rsvg_room *o = ctx;
    unit_view uv = units_view("Mt CO2", o->zh ? LANG_ZH : LANG_EN);
    axes a = {0, 0, 0, uv.factor};
    int n = 0, k = 0, per_col = (PY1 - PY0) / LEG_ROW, first = 1;
    double step;
    for (int i = 0; i < o->t->n; i++) {
        const rscan_row *r = o->t->row[i];
        if (!shown(o, r)) continue;
        n++;
        if (first || r->res->first_year < a.y0) a.y0 = r->res->first_year;
        if (first || r->res->first_year + r->res->n_years - 1 > a.y1) a.y1 = r->res->first_year + r->res->n_years - 1;
        first = 0;
        for (int y = 0; y < r->res->n_years; y++)
            if (isfinite(r->res->v[RV_CO2][y]) && r->res->v[RV_CO2][y] * uv.factor > a.vmax) a.vmax = r->res->v[RV_CO2][y] * uv.factor;
    }
    if (o->solution)
        for (int y = 0; y < o->solution->n_years; y++)
            if (isfinite(o->solution->v[RV_CO2][y]) && o->solution->v[RV_CO2][y] * uv.factor > a.vmax) a.vmax = o->solution->v[RV_CO2][y] * uv.factor;
    if (first) a.y0 = 2020, a.y1 = 2060;
    step = nice_step(a.vmax > 0 ? a.vmax : 100);
    a.vmax = ceil((a.vmax > 0 ? a.vmax * 1.05 : 100) / step) * step;
    if (o->standalone) fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", f);
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" %s viewBox=\"0 0 %d %d\" font-family=\"%s\" font-size=\"20\">\n",
            o->standalone ? "width=\"1280\" height=\"720\"" : "width=\"100%\"", W, H, FONT);
    fprintf(f, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n<text x=\"%d\" y=\"40\" font-size=\"28\" font-weight=\"bold\">", W, H, PX0);
    fprintf(f, "%s: %d</text>\n", T(o->zh, S_RSVG_TITLE), n);
    /* axes: y ticks, x every 10 years, 2030 dashed */
    for (double v = 0; v <= a.vmax + 1e-9; v += step)
        fprintf(f, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#dddddd\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>\n",
                PX0, PX1, px_y(&a, v), px_y(&a, v), PX0 - 8, px_y(&a, v) + 5, v);
    for (int y = (a.y0 + 9) / 10 * 10; y <= a.y1; y += 10)
        fprintf(f, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>\n", px_x(&a, y), PY1 + 24, y);
    if (2030 >= a.y0 && 2030 <= a.y1)
        fprintf(f, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#888888\" stroke-dasharray=\"4 4\"/>\n",
                px_x(&a, 2030), px_x(&a, 2030), PY0, PY1);
    fprintf(f, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#333333\"/><line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#333333\"/>\n",
            PX0, PX1, PY1, PY1, PX0, PX0, PY0, PY1);
    fputs("<text x=\"20\" y=\"60\">", f);
    svg_escape(f, uv.unit);
    fputs("</text>\n", f);
    /* one line per participant, its peak as a dot, its name in the legend */
    for (int i = 0; i < o->t->n; i++) {
        const rscan_row *r = o->t->row[i];
        int col, row;
        if (!shown(o, r)) continue;
        line_of(f, &a, r->res, rsvg_color(k), k >= RSVG_COLORS, 2.5);
        if (r->res->summary.peak_reached)
            fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>\n", px_x(&a, r->res->summary.peak_year),
                    px_y(&a, r->res->summary.peak_mt * uv.factor), rsvg_color(k));
        col = k / per_col;
        row = k % per_col;
        if (LEG_X + (col + 1) * LEG_COL <= W + 10) {
            fprintf(f, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"4\"%s/><text x=\"%d\" y=\"%d\">",
                    LEG_X + col * LEG_COL, LEG_X + col * LEG_COL + 22, PY0 + row * LEG_ROW, PY0 + row * LEG_ROW, rsvg_color(k),
                    k >= RSVG_COLORS ? " stroke-dasharray=\"6 3\"" : "", LEG_X + col * LEG_COL + 28, PY0 + row * LEG_ROW + 5);
            svg_escape(f, r->who);
            fputs("</text>\n", f);
        }
        k++;
    }
    if (o->solution) {
        line_of(f, &a, o->solution, "#000000", 0, 5);
        fprintf(f, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">", PX0 + 10, PY0 + 20);
        svg_escape(f, o->solution_label ? o->solution_label : "");
        fputs(" ━</text>\n", f);
    }
    fputs("</svg>\n", f);
    return ferror(f) ? pp_error_set(err, PP_ERR_IO, WRITE_OUTPUT_FAILED) : PP_OK;
}
