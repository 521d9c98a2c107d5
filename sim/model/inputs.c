/* sim/model/inputs.c - every key of a scenario in every year of a run, once per run: each path is
 * interpolated as the scenario says (Steffen by default, linear where the file asks, S-curves
 * for solar and wind; sim/scenario/path_interp.c) from slopes computed when the scenario was
 * loaded or edited, so a run allocates nothing. Never prints. */
#include "model.h"

void model_inputs_fill(model_inputs *in, const scn_scenario *s, int first, int last)
{
    in->s = s;
    in->first = first;
    in->last = last;
    /* scalars and flags too: table-driven code reads keys with model_at whatever their kind. A
     * single value (every scalar, most paths) is a constant: filled directly, no interpolation. */
    for (int id = 0; id < P_COUNT; id++) {
        if (pp_param_get(id)->kind == PK_TEXT) continue;
        if (s->path[id].n == 1) {
            for (int i = 0; i <= last - first; i++) in->v[id][i] = s->path[id].value[0];
        } else {
            scn_fill_years(s, id, first, last, in->v[id]);
        }
    }
    scn_normalise_shares(in->v, last - first + 1); /* shares at 100.05 (allowed slack) to exactly 100 */
}
