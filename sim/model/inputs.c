/* sim/model/inputs.c - interpolates every key of a scenario over the years of a run, once per run, in
 * one sweep per path (linear between points, flat outside: the same rule as pp_path_at), and puts
 * solar and wind capacity on their S-curves. Never prints. */
#include "model.h"

/* Walks the years and the points together: O(years + points) instead of a search per year. */
static void sweep(const pp_path *p, int first, int last, double *out)
{
    int j = 0;
    if (p->n == 1) { /* a constant: most keys */
        for (int year = first; year <= last; year++) out[year - first] = p->value[0];
        return;
    }
    for (int year = first; year <= last; year++) {
        double *v = &out[year - first];
        if (year <= p->year[0]) { *v = p->value[0]; continue; }
        if (year >= p->year[p->n - 1]) { *v = p->value[p->n - 1]; continue; }
        while (p->year[j + 1] < year) j++;
        *v = p->value[j] + (p->value[j + 1] - p->value[j]) * (double)(year - p->year[j])
                               / (double)(p->year[j + 1] - p->year[j]);
    }
}

static void scurve_fill(model_inputs *in, int id, int ceiling_id)
{
    double k = in->s->path[ceiling_id].value[0];
    for (int year = in->first; year <= in->last; year++)
        in->v[id][year - in->first] = scurve_at(&in->s->path[id], k, year);
}

void model_inputs_fill(model_inputs *in, const scn_scenario *s, int first, int last)
{
    in->s = s;
    in->first = first;
    in->last = last;
    /* only paths: scalars and flags are read with model_scalar, so their rows stay unfilled */
    for (int id = 0; id < P_COUNT; id++)
        if (pp_param_get(id)->kind == PK_PATH) sweep(&s->path[id], first, last, in->v[id]);
    scurve_fill(in, P_POWER_SOLAR_GW, P_POWER_SOLAR_POTENTIAL);
    scurve_fill(in, P_POWER_WIND_GW, P_POWER_WIND_POTENTIAL);
}
