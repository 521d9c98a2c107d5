/* sim/scenario/scenario_edit.c - edits a loaded scenario: replace a key's path, move a lever (shift or
 * scale the points after history so the lever-year value becomes the one asked for). Every edit is
 * checked like a load; a refused edit changes nothing. Never prints. */
#include "scenario.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "challenge.h"
#include "scenario_priv.h"
#include "sim_internal.h"

/* ---- editing ---- */

pp_status scn_set_path(scn_scenario *s, int id, const pp_path *p, pp_error *err)
{
    pp_path old;
    pp_status st;
    char ctx[160];
    if (!s || !p || !valid_id(id) || !is_numeric(id))
        return pp_error_set(err, PP_ERR_USAGE, "scn_set_path: no such numeric key (id %d)", id);
    if ((st = scn_check_shape(id, p, err)) == PP_OK) st = scn_check_values(id, p, NULL, err);
    if (st != PP_OK) return scn_err_at(err, st, s->file, id, 0);
    old = s->path[id];
    s->path[id] = *p;
    if ((st = scn_validate(s, err)) != PP_OK) {
        s->path[id] = old;
        snprintf(ctx, sizeof ctx, "after changing %s.%s", P(id)->section, P(id)->key);
        scn_err_context(err, ctx);
        /* s was valid before, so the broken rule involves the key just changed: name it */
        scn_err_at(err, st, s->file, id, 0);
        if (err) err->line = 0;
        return st;
    }
    s->set_here[id] = 1;
    return PP_OK;
}

double scn_lever_value(const scn_scenario *s, int id)
{
    const pp_path *p = scn_path(s, id);
    if (!p) return NAN;
    if (P(id)->kind != PK_PATH) return p->value[0];
    return pp_path_at(p, P(id)->lever_year);
}

/* Adds a point at year with the path's current value there (the curve does not change), unless
 * there is one already. Returns the point's index, or -1 when the path is full. */
static int insert_knot(pp_path *p, int year)
{
    double v = pp_path_at(p, year);
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

/* The lever move on a path (see pp_adjust): knots at hist_end_year and the lever year keep
 * history fixed and make the lever-year value exactly v; later points move together. */
static pp_status lever_move(const scn_scenario *s, int id, double v, pp_path *p, pp_error *err)
{
    int hist = scn_hist_end_year(s), ly = P(id)->lever_year, k;
    double cur;
    *p = s->path[id];
    if (ly <= hist)
        return pp_error_set(err, PP_ERR_USAGE, "lever year %d is not after the last historical year "
                            "%d, so the lever cannot move", ly, hist);
    if (p->n == 1 && p->year[0] == 0) p->year[0] = hist; /* a constant becomes a point at hist */
    if (insert_knot(p, hist) < 0 || (k = insert_knot(p, ly)) < 0)
        return pp_error_set(err, PP_ERR_RANGE, "the path already has %d points: no room to move the "
                            "lever", PP_PATH_MAX);
    cur = p->value[k];
    for (int i = 0; i < p->n; i++) {
        if (p->year[i] <= hist) continue;
        if (P(id)->adjust == ADJ_MUL && cur != 0) p->value[i] *= v / cur;
        else p->value[i] += v - cur;
    }
    p->value[k] = v; /* exact, whatever the rounding above */
    return PP_OK;
}

pp_status scn_lever_set(scn_scenario *s, int id, double v, pp_error *err)
{
    pp_path p;
    pp_status st;
    char r[96], ctx[128], vb[32];
    if (!s || !valid_id(id) || !is_numeric(id) || P(id)->group == LG_NONE)
        return pp_error_set(err, PP_ERR_USAGE, "key id %d is not a lever", id);
    if (!isfinite(v) || v < P(id)->min || v > P(id)->max) {
        pp_error_set(err, PP_ERR_RANGE, "lever value %s is out of range: expected %s",
                     num_format(v, vb, sizeof vb), scn_range_text(id, r, sizeof r));
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
        snprintf(ctx, sizeof ctx, "moving the lever to %s moves the later points too",
                 num_format(v, vb, sizeof vb));
        scn_err_context(err, ctx);
        return scn_err_at(err, st, s->file, id, 0);
    }
    return scn_set_path(s, id, &p, err);
}
