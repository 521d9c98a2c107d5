/* sim/scenario/path_interp.c - how a path's year:value points become a value in every year: GSL's
 * monotone Steffen interpolation by default, linear where a key says `key.interp = linear`, a
 * logistic S-curve for capacities under a ceiling (solar, wind), flat before the first point and
 * after the last. Steffen slopes are computed with GSL once, when a path is loaded or edited, and
 * kept in the scenario; evaluating is then one cubic Hermite polynomial per segment, with no
 * allocation (a run interpolates every key in every year). Never prints. */
#include "scenario.h"

#include <math.h>
#include <string.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_interp.h>

#include "scenario_priv.h"
#include "sim_internal.h"

/* Steffen (1990, A&A 239, 443) is a piecewise cubic Hermite curve whose slope at each point is
 * the harmonic-like limiter  y'_i = (sign s_{i-1} + sign s_i) min(|s_{i-1}|, |s_i|, |p_i|/2)
 * with p_i = (s_{i-1} h_i + s_i h_{i-1}) / (h_{i-1} + h_i); GSL takes y'_0 = s_0 and
 * y'_{n-1} = s_{n-2} at the ends. The limiter makes the slope 0 where the secants change sign
 * or one of them is 0, so the curve never overshoots a point: a path that is 0 up to 2035
 * stays 0 up to 2035, and each segment stays between its two values. */

/* The S-curve keys and their ceilings (the capacity keys the power step puts on S-curves). */
static const struct { int id, ceiling_id; } scurve_keys[] = {
    {P_POWER_SOLAR_GW, P_POWER_SOLAR_POTENTIAL},
    {P_POWER_WIND_GW, P_POWER_WIND_POTENTIAL},
};
#define N_SCURVE_KEYS (sizeof scurve_keys / sizeof scurve_keys[0])

/* ---- evaluation ---- */

/* Index i of the segment year[i] < year <= year[i+1]; year is strictly inside the path. */
static int segment_of(const pp_path *p, int year)
{
    int i = 0;
    while (p->year[i + 1] < year) i++;
    return i;
}

/* Cubic Hermite polynomial on segment i with slopes m0, m1 (per year) at its ends. */
static double hermite2(const pp_path *p, double m0, double m1, int i, int year)
{
    double h = (double)(p->year[i + 1] - p->year[i]), t = (double)(year - p->year[i]) / h;
    double t2 = t * t, t3 = t2 * t;
    return (2 * t3 - 3 * t2 + 1) * p->value[i] + (t3 - 2 * t2 + t) * h * m0
           + (-2 * t3 + 3 * t2) * p->value[i + 1] + (t3 - t2) * h * m1;
}

static double hermite(const pp_path *p, const double *m, int i, int year)
{
    return hermite2(p, m[i], m[i + 1], i, year);
}

static double linear(const pp_path *p, int i, int year)
{
    return p->value[i] + (p->value[i + 1] - p->value[i]) * (double)(year - p->year[i])
                             / (double)(p->year[i + 1] - p->year[i]);
}

static double logit(double frac) { return log(frac / (1.0 - frac)); }

/* One logistic segment through (y0, c0) and (y1, c1) under ceiling k: C(t) = K / (1 + exp(-(a +
 * b (t - y0)))), a = logit(c0/K), b = (logit(c1/K) - a) / (y1 - y0), the exact solution of the
 * logistic ODE dC/dt = b C (1 - C/K) through both targets. A segment starting or ending at zero
 * (or at the ceiling) has no logistic through it: linear. */
static double logistic(const pp_path *p, double k, int i, int year)
{
    double f0 = p->value[i] / k, f1 = p->value[i + 1] / k, x = (double)(year - p->year[i]);
    double a, b;
    if (!(k > 0) || f0 <= 0 || f1 <= 0 || f0 >= 1 || f1 >= 1) return linear(p, i, year);
    a = logit(f0);
    b = (logit(f1) - a) / (double)(p->year[i + 1] - p->year[i]);
    return k / (1.0 + exp(-(a + b * x)));
}

double pp_path_eval(const pp_path *p, const double *slope, int year)
{
    int i;
    if (!p || p->n < 1) return NAN;
    if (p->n == 1 || year <= p->year[0]) return p->value[0];
    if (year >= p->year[p->n - 1]) return p->value[p->n - 1];
    i = segment_of(p, year);
    if (year == p->year[i + 1]) return p->value[i + 1]; /* a point's own value, exactly */
    return slope ? hermite(p, slope, i, year) : linear(p, i, year);
}

double pp_scurve_at(const pp_path *p, double k, int year)
{
    int i;
    if (!p || p->n < 1) return NAN;
    if (p->n == 1 || year <= p->year[0]) return p->value[0];
    if (year >= p->year[p->n - 1]) return p->value[p->n - 1];
    i = segment_of(p, year);
    if (year == p->year[i + 1]) return p->value[i + 1];
    return logistic(p, k, i, year);
}

/* ---- slopes ---- */

pp_status pp_path_slopes(const pp_path *p, double *slope, pp_error *err)
{
    double x[PP_PATH_MAX];
    gsl_interp *gi;
    int gst = GSL_SUCCESS;
    if (!p || !slope || p->n < 1 || p->n > PP_PATH_MAX)
        return pp_error_set(err, PP_ERR_USAGE, NULL_ARGUMENT, PP_S("pp_path_slopes"));
    memset(slope, 0, (size_t)p->n * sizeof slope[0]);
    if (p->n < (int)gsl_interp_type_min_size(gsl_interp_steffen)) {
        /* two points: Steffen is the straight line (both slopes the secant) */
        if (p->n == 2) slope[0] = slope[1] = (p->value[1] - p->value[0]) / (double)(p->year[1] - p->year[0]);
        return PP_OK;
    }
    for (int i = 0; i < p->n; i++) x[i] = (double)p->year[i];
    /* years strictly increase (checked before any path gets here), so GSL's only failure left is
     * out of memory */
    if (!(gi = gsl_interp_alloc(gsl_interp_steffen, (size_t)p->n)))
        return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    gst = gsl_interp_init(gi, x, p->value, (size_t)p->n);
    for (int i = 0; i < p->n && gst == GSL_SUCCESS; i++)
        gst = gsl_interp_eval_deriv_e(gi, x, p->value, x[i], NULL, &slope[i]);
    gsl_interp_free(gi);
    if (gst != GSL_SUCCESS)
        return pp_error_set(err, PP_ERR_INPUT, INTERP_FAILED, PP_S(gsl_strerror(gst)));

    return PP_OK;
}

double pp_path_at(const pp_path *p, int year)
{
    double slope[PP_PATH_MAX];
    if (!p || p->n < 1 || p->n > PP_PATH_MAX) return NAN;
    if (p->n < 3) return pp_path_eval(p, NULL, year);
    if (pp_path_slopes(p, slope, NULL) != PP_OK) return NAN;
    return pp_path_eval(p, slope, year);
}

/* ---- a scenario's keys ---- */

int scn_scurve_ceiling(int id)
{
    for (size_t i = 0; i < N_SCURVE_KEYS; i++)
        if (scurve_keys[i].id == id) return scurve_keys[i].ceiling_id;
    return -1;
}

/* History is data: its years are interpolated linearly between the points (a curve would
 * invent values between statistics years), and the projection is a Steffen spline that starts
 * from the path's value in hist_end_year. So a lever, which moves only later points and adds a
 * point at hist_end_year with the value already there, never bends a historical year, and the
 * spline it moves is the one the file had. */
static pp_status slopes_update(struct scn_scenario *s, int id, pp_error *err)
{
    const pp_path *p = &s->path[id];
    pp_path piece;
    double right[PP_PATH_MAX];
    pp_status st;
    int hist = (int)scn_scalar(s, P_YEARS_HIST_END), j0 = 0, from;
    memset(s->slope[id], 0, sizeof s->slope[id]);
    s->split[id] = -1;
    s->split_value[id] = s->split_slope[id] = 0;
    if (P(id)->kind != PK_PATH || s->interp[id] != PP_INTERP_STEFFEN || scn_scurve_ceiling(id) >= 0)
        return PP_OK;
    while (j0 < p->n && p->year[j0] <= hist) j0++;
    if (j0 == 0) return pp_path_slopes(p, s->slope[id], err); /* all projection */
    s->split[id] = j0;
    if (j0 == p->n) return PP_OK;                             /* all history: linear */
    /* the projection's spline: (hist, value there) and the points after it */
    from = p->year[j0 - 1] == hist ? j0 - 1 : j0;
    piece.n = 0;
    if (from == j0) {
        piece.year[0] = hist;
        piece.value[0] = linear(p, j0 - 1, hist);
        piece.n = 1;
    }
    for (int j = from; j < p->n; j++, piece.n++) {
        piece.year[piece.n] = p->year[j];
        piece.value[piece.n] = p->value[j];
    }
    if ((st = pp_path_slopes(&piece, right, err)) != PP_OK) return st;
    memcpy(&s->slope[id][j0], &right[piece.n - (p->n - j0)], (size_t)(p->n - j0) * sizeof right[0]);
    s->split_value[id] = piece.value[0];
    s->split_slope[id] = right[0];
    return PP_OK;
}

/* Key id's row of the yearly table, and the rows that follow from it: an S-curve's when id is its
 * ceiling, the share groups holding id. */
static void yearly_refresh(struct scn_scenario *s, int id)
{
    const int last = SCN_YEAR_MIN + SCN_MAX_YEARS - 1;
    if (P(id)->kind != PK_TEXT) scn_fill_years(s, id, SCN_YEAR_MIN, last, s->yearly[id]);
    for (size_t i = 0; i < N_SCURVE_KEYS; i++)
        if (scurve_keys[i].ceiling_id == id)
            scn_fill_years(s, scurve_keys[i].id, SCN_YEAR_MIN, last, s->yearly[scurve_keys[i].id]);
    scn_yearly_shares(s, id);
}

pp_status scn_slopes_update(struct scn_scenario *s, int id, pp_error *err)
{
    pp_status st = slopes_update(s, id, err);
    yearly_refresh(s, id);
    return st;
}

/* Key id inside segment i (year[i] < year < year[i+1]) by the rule above. */
static double key_segment(const struct scn_scenario *s, int id, int i, int year)
{
    const pp_path *p = &s->path[id];
    const double *m = s->slope[id];
    int j0 = s->split[id], hist;
    double h, t, t2, t3;
    if (j0 < 0) return hermite(p, m, i, year);
    hist = (int)scn_scalar(s, P_YEARS_HIST_END);
    if (year <= hist || j0 >= p->n) return linear(p, i, year);
    if (i >= j0) return hermite(p, m, i, year);
    /* the segment from hist (value split_value, slope split_slope) to the first later point */
    h = (double)(p->year[j0] - hist);
    t = (double)(year - hist) / h;
    t2 = t * t;
    t3 = t2 * t;
    return (2 * t3 - 3 * t2 + 1) * s->split_value[id] + (t3 - 2 * t2 + t) * h * s->split_slope[id]
           + (-2 * t3 + 3 * t2) * p->value[j0] + (t3 - t2) * h * m[j0];
}

pp_status scn_slopes_update_all(struct scn_scenario *s, pp_error *err)
{
    pp_status st;
    for (int id = 0; id < P_COUNT; id++)
        if (is_numeric(id) && (st = scn_slopes_update(s, id, err)) != PP_OK) return scn_err_at_key(err, st, s, id);
    return PP_OK;
}

/* Steffen between three or more points; two points are the straight line, computed as such so
 * the value is the linear formula's to the last bit. */
static int uses_slopes(const struct scn_scenario *s, int id)
{
    return P(id)->kind == PK_PATH && s->interp[id] == PP_INTERP_STEFFEN && s->path[id].n >= 3;
}

double scn_key_at(const struct scn_scenario *s, int id, int year)
{
    int ceiling = scn_scurve_ceiling(id);
    const pp_path *p = &s->path[id];
    if (ceiling >= 0) return pp_scurve_at(p, scn_scalar(s, ceiling), year);
    int i;
    if (!uses_slopes(s, id)) return pp_path_eval(p, NULL, year);
    if (p->n == 1 || year <= p->year[0]) return p->value[0];
    if (year >= p->year[p->n - 1]) return p->value[p->n - 1];
    i = segment_of(p, year);
    return year == p->year[i + 1] ? p->value[i + 1] : key_segment(s, id, i, year);
}

void scn_fill_years(const struct scn_scenario *s, int id, int first, int last, double *out)
{
    const pp_path *p = &s->path[id];
    int ceiling = scn_scurve_ceiling(id), j = 0;
    int m = uses_slopes(s, id);
    double k = ceiling >= 0 ? scn_scalar(s, ceiling) : 0;
    if (p->n < 1) { /* a path not set yet (a scenario being built key by key): no value */
        for (int year = first; year <= last; year++) out[year - first] = 0;
        return;
    }
    /* walks the years and the points together: O(years + points), no search per year */
    for (int year = first; year <= last; year++) {
        double *v = &out[year - first];
        if (p->n == 1 || year <= p->year[0]) { *v = p->value[0]; continue; }
        if (year >= p->year[p->n - 1]) { *v = p->value[p->n - 1]; continue; }
        while (p->year[j + 1] < year) j++;
        if (year == p->year[j + 1]) *v = p->value[j + 1];
        else if (ceiling >= 0) *v = logistic(p, k, j, year);
        else *v = m ? key_segment(s, id, j, year) : linear(p, j, year);
    }
}
