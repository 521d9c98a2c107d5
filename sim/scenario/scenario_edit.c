/* sim/scenario/scenario_edit.c - edits a loaded scenario: replace a key's path or its interpolation,
 * move a lever (shift or scale the points after history so the lever-year value becomes the one
 * asked for, compressing far points toward a bound instead of refusing). Every edit is checked
 * like a load; a refused edit changes nothing. Never prints. */
#include "scenario.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "challenge.h"
#include "scenario_priv.h"
#include "sim_internal.h"

/* An S-curve needs every target strictly under its ceiling: a lever move compresses capacity
 * targets to at most this fraction of the ceiling. */
#define SCURVE_TOP_FRAC 0.995

/* ---- editing ---- */

/* A path or interpolation of id changed in s: new slopes, then the whole scenario checked.
 * On failure restores `old` (path) and `old_interp` and says what was changed. */
static pp_status commit_edit(scn_scenario *s, int id, const pp_path *old, int old_interp, pp_error *err)
{
    double old_slope[PP_PATH_MAX];
    pp_status st;
    memcpy(old_slope, s->slope[id], sizeof old_slope);
    /* the last historical year splits every spline: a new one means new slopes everywhere */
    st = id == P_YEARS_HIST_END ? scn_slopes_update_all(s, err) : scn_slopes_update(s, id, err);
    if (st == PP_OK) st = scn_validate(s, err);
    if (st == PP_OK) {
        s->set_here[id] = 1;
        return PP_OK;
    }
    s->path[id] = *old;
    s->interp[id] = (unsigned char)old_interp;
    memcpy(s->slope[id], old_slope, sizeof old_slope);
    if (id == P_YEARS_HIST_END) (void)scn_slopes_update_all(s, NULL);
    else (void)scn_slopes_update(s, id, NULL); /* the split point too */
    pp_error_context(err, AFTER_CHANGING, PP_K(id));
    /* s was valid before, so the broken rule involves the key just changed: name it */
    scn_err_at(err, st, s->file, id, 0);
    if (err) err->line = 0;
    return st;
}

pp_status scn_set_path(scn_scenario *s, int id, const pp_path *p, pp_error *err)
{
    pp_path old;
    pp_status st;
    if (!s || !p || !valid_id(id) || !is_numeric(id))
        return pp_error_set(err, PP_ERR_USAGE, NO_NUMERIC_KEY, PP_S("scn_set_path"), PP_I(id));
    if ((st = scn_check_shape(id, p, err)) == PP_OK) st = scn_check_values(id, p, NULL, err);
    if (st != PP_OK) return scn_err_at(err, st, s->file, id, 0);
    old = s->path[id];
    s->path[id] = *p;
    return commit_edit(s, id, &old, s->interp[id], err);
}

pp_status scn_set_interp(scn_scenario *s, int id, pp_interp m, pp_error *err)
{
    int old;
    if (!s || !valid_id(id) || P(id)->kind != PK_PATH || (m != PP_INTERP_STEFFEN && m != PP_INTERP_LINEAR))
        return pp_error_set(err, PP_ERR_USAGE, NO_PATH_KEY_OR_METHOD, PP_I(id));
    if (scn_scurve_ceiling(id) >= 0)
        return scn_err_at(err, pp_error_set(err, PP_ERR_USAGE, SCURVE_INTERP_FIXED, PP_S(P(id)->key),
                                            PP_S(P(scn_scurve_ceiling(id))->key)), s->file, id, 0);
    old = s->interp[id];
    s->interp[id] = (unsigned char)m;
    return commit_edit(s, id, &s->path[id], old, err);
}

double scn_lever_value(const scn_scenario *s, int id)
{
    const pp_path *p = scn_path(s, id);
    if (!p) return NAN;
    if (P(id)->kind != PK_PATH) return p->value[0];
    return scn_key_at(s, id, P(id)->lever_year);
}

/* ---- lever moves ---- */

/* Adds a point at year with value v (the curve's value there), unless there is one already.
 * Returns the point's index, or -1 when the path is full. */
static int insert_knot(pp_path *p, int year, double v)
{
    int i = 0;
    while (i < p->n && p->year[i] < year) i++;
    if (i < p->n && p->year[i] == year) return i;
    if (p->n >= PP_PATH_MAX) return -1;
    memmove(&p->year[i + 1], &p->year[i], (size_t)(p->n - i) * sizeof p->year[0]);
    memmove(&p->value[i + 1], &p->value[i], (size_t)(p->n - i) * sizeof p->value[0]);
    p->year[i] = year;
    p->value[i] = v;
    p->n++;
    return i;
}

/* The bounds a lever move keeps the points in: the hard range, and for an S-curve key just under
 * its ceiling. */
static void move_bounds(const scn_scenario *s, int id, double *lo, double *hi)
{
    int ceiling = scn_scurve_ceiling(id);
    *lo = P(id)->min;
    *hi = P(id)->max;
    if (ceiling >= 0) *hi = fmin(*hi, SCURVE_TOP_FRAC * scn_scalar(s, ceiling));
}

/* Extremes of the points after hist. */
static void future_extremes(const pp_path *p, int hist, double *x_min, double *x_max)
{
    *x_min = INFINITY;
    *x_max = -INFINITY;
    for (int i = 0; i < p->n; i++)
        if (p->year[i] > hist) {
            *x_min = fmin(*x_min, p->value[i]);
            *x_max = fmax(*x_max, p->value[i]);
        }
}

/* ADJ_ADD: every later point x becomes x + (v - cur). When that would cross the bound on the
 * side the lever moves to, the points on that side of cur are compressed instead:
 * x -> v + (x - cur) k with k = (bound - v) / (x_far - cur), so the farthest point lands on the
 * bound, cur lands on v, and order is kept. k = 1 exactly when the plain shift just fits, so the
 * rule is continuous in v. */
static void shift_move(pp_path *p, int hist, double cur, double v, double lo, double hi)
{
    double d = v - cur, x_min, x_max, k = 1;
    future_extremes(p, hist, &x_min, &x_max);
    if (d > 0 && x_max + d > hi) k = fmax(0, (hi - v) / (x_max - cur));
    if (d < 0 && x_min + d < lo) k = fmax(0, (v - lo) / (cur - x_min));
    for (int i = 0; i < p->n; i++) {
        double x = p->value[i];
        if (p->year[i] <= hist) continue;
        if ((d > 0 && x > cur) || (d < 0 && x < cur)) p->value[i] = v + (x - cur) * k;
        else p->value[i] = x + d;
    }
}

/* ADJ_MUL: every later point x becomes x v / cur; past a bound the points on that side are
 * compressed in ratio: x -> v (x / cur)^k with k = ln(bound / v) / ln(x_far / cur). */
static void scale_move(pp_path *p, int hist, double cur, double v, double lo, double hi)
{
    double r = v / cur, x_min, x_max, k = 1;
    future_extremes(p, hist, &x_min, &x_max);
    if (r > 1 && x_max * r > hi) k = fmax(0, log(hi / v) / log(x_max / cur));
    if (r < 1 && lo > 0 && x_min * r < lo) k = fmax(0, log(v / lo) / log(cur / x_min));
    for (int i = 0; i < p->n; i++) {
        double x = p->value[i];
        if (p->year[i] <= hist) continue;
        if ((r > 1 && x > cur) || (r < 1 && x < cur && lo > 0)) p->value[i] = v * pow(x / cur, k);
        else p->value[i] = x * r;
    }
}

/* The lever move on a path (see pp_adjust): knots at hist_end_year and the lever year keep
 * history fixed and make the lever-year value exactly v; later points move together. */
static pp_status lever_move(const scn_scenario *s, int id, double v, pp_path *p, pp_error *err)
{
    int hist = scn_hist_end_year(s), ly = P(id)->lever_year, k;
    double cur, lo, hi, at_hist = scn_key_at(s, id, hist), at_ly = scn_key_at(s, id, ly);
    *p = s->path[id];
    if (ly <= hist)
        return pp_error_set(err, PP_ERR_USAGE, LEVER_YEAR_IN_HISTORY, PP_I(ly), PP_I(hist));
    if (p->n == 1 && p->year[0] == 0) p->year[0] = hist; /* a constant becomes a point at hist */
    if (insert_knot(p, hist, at_hist) < 0 || (k = insert_knot(p, ly, at_ly)) < 0)
        return pp_error_set(err, PP_ERR_RANGE, LEVER_PATH_FULL, PP_I(PP_PATH_MAX));
    cur = p->value[k];
    move_bounds(s, id, &lo, &hi);
    hi = fmax(hi, v); /* v itself is checked against the ceiling by scn_validate */
    lo = fmin(lo, v);
    if (P(id)->adjust == ADJ_MUL && cur > 0 && v > 0) scale_move(p, hist, cur, v, lo, hi);
    else shift_move(p, hist, cur, v, lo, hi);
    p->value[k] = v; /* exact, whatever the rounding above */
    for (int i = 0; i < p->n; i++) /* rounding must not put a compressed point past its bound */
        if (p->year[i] > hist && i != k) p->value[i] = fmin(hi, fmax(lo, p->value[i]));
    return PP_OK;
}

pp_status scn_lever_set(scn_scenario *s, int id, double v, pp_error *err)
{
    pp_path p;
    pp_status st;
    char r[96];
    if (!s || !valid_id(id) || !is_numeric(id) || P(id)->group == LG_NONE)
        return pp_error_set(err, PP_ERR_USAGE, NOT_A_LEVER_ID, PP_I(id));
    if (!isfinite(v) || v < P(id)->min || v > P(id)->max) {
        pp_error_set(err, PP_ERR_RANGE, LEVER_VALUE_RANGE, PP_N(v), PP_S(scn_range_text(id, r, sizeof r)));
        return scn_err_at(err, PP_ERR_RANGE, s->file, id, 0);
    }
    if ((st = chal_check_lever(s, id, v, err)) != PP_OK) return st; /* locked or outside a limit */
    if (P(id)->kind != PK_PATH) {
        memset(&p, 0, sizeof p);
        p.n = 1;
        p.value[0] = v;
    } else if ((st = lever_move(s, id, v, &p, err)) != PP_OK) {
        return scn_err_at(err, st, s->file, id, 0);
    }
    if ((st = scn_check_values(id, &p, NULL, err)) != PP_OK) {
        pp_error_context(err, LEVER_MOVES_LATER_POINTS, PP_N(v));
        return scn_err_at(err, st, s->file, id, 0);
    }
    return scn_set_path(s, id, &p, err);
}

pp_status scn_lever_path(const scn_scenario *s, int id, double v, pp_path *out, pp_error *err)
{
    pp_status st;
    char r[96];
    if (!s || !out || !valid_id(id) || !is_numeric(id) || P(id)->group == LG_NONE)
        return pp_error_set(err, PP_ERR_USAGE, NOT_A_LEVER_ID, PP_I(id));
    if (!isfinite(v) || v < P(id)->min || v > P(id)->max)
        return scn_err_at(err, pp_error_set(err, PP_ERR_RANGE, LEVER_VALUE_RANGE, PP_N(v),
                                            PP_S(scn_range_text(id, r, sizeof r))), s->file, id, 0);
    if (P(id)->kind != PK_PATH) {
        memset(out, 0, sizeof *out);
        out->n = 1;
        out->value[0] = v;
    } else if ((st = lever_move(s, id, v, out, err)) != PP_OK) {
        return scn_err_at(err, st, s->file, id, 0);
    }
    return PP_OK;
}

/* Puts back the keys [0, n) of a failed batch: their paths, and slopes and yearly rows. */
static void restore_batch(scn_scenario *s, int n, const int *ids, const pp_path *old)
{
    for (int k = 0; k < n; k++) s->path[ids[k]] = old[k];
    for (int k = 0; k < n; k++) (void)scn_slopes_update(s, ids[k], NULL);
}

pp_status scn_set_paths(scn_scenario *s, int n, const int *ids, const pp_path *paths, pp_error *err)
{
    pp_path old[P_COUNT];
    pp_status st = PP_OK;
    int done = 0;
    if (!s || n < 0 || n > P_COUNT || (n > 0 && (!ids || !paths)))
        return pp_error_set(err, PP_ERR_USAGE, NULL_ARGUMENT, PP_S("scn_set_paths"));
    for (int k = 0; k < n && st == PP_OK; k++) {
        int id = ids[k];
        if (!valid_id(id) || !is_numeric(id) || id == P_YEARS_HIST_END)
            st = pp_error_set(err, PP_ERR_USAGE, NO_NUMERIC_KEY, PP_S("scn_set_paths"), PP_I(id));

        else if ((st = scn_check_shape(id, &paths[k], err)) == PP_OK)
            st = scn_check_values(id, &paths[k], NULL, err);
        if (st != PP_OK) st = scn_err_at(err, st, s->file, valid_id(id) ? id : -1, 0);
    }
    for (int k = 0; k < n && st == PP_OK; k++, done++) {
        old[k] = s->path[ids[k]];
        s->path[ids[k]] = paths[k];
        st = scn_slopes_update(s, ids[k], err);
    }
    if (st == PP_OK) st = scn_validate_changed(s, n, ids, err);
    if (st == PP_OK) {
        for (int k = 0; k < n; k++) s->set_here[ids[k]] = 1;
        return PP_OK;
    }
    restore_batch(s, done, ids, old);
    return st;
}
