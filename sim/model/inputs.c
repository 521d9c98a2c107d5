/* sim/model/inputs.c - a run's view of its scenario's keys: a row per path key, pointing into the
 * yearly table the scenario keeps current (interpolated as the scenario says: Steffen by default,
 * linear where the file asks, S-curves for solar and wind, share slack normalised away; see
 * sim/scenario/path_interp.c), so a run neither interpolates nor copies. Never prints. */
#include "model.h"

void model_inputs_fill(model_inputs *in, const scn_scenario *s, int first, int last)
{
    in->s = s;
    in->first = first;
    in->last = last;
    /* every numeric kind: table-driven code reads scalars and flags with model_at too */
    for (int id = 0; id < P_COUNT; id++) in->row[id] = &s->yearly[id][first - SCN_YEAR_MIN];
}
