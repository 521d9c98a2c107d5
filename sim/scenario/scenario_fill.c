/* sim/scenario/scenario_fill.c - what the loader does to a scenario once its file is read: table
 * defaults for keys nobody set, the required texts, and "history once" (a child's future points keep
 * the parent's history). Never prints. */
#include "scenario.h"

#include <math.h>
#include <stdio.h>

#include "scenario_priv.h"
#include "sim_internal.h"

/* ---- defaults and required keys ---- */

/* Gives every numeric key the file did not set its table default; a required key (default NAN)
 * still missing is an error naming the first and counting the others. */
pp_status scn_fill_defaults(scn_scenario *s, const char *name, pp_error *err)
{
    int first = -1, missing = 0;
    for (int id = 0; id < P_COUNT; id++) {
        if (!is_numeric(id) || s->set_here[id]) continue;
        if (isnan(P(id)->def)) {
            if (first < 0) first = id;
            missing++;
            continue;
        }
        s->path[id].n = 1;
        s->path[id].year[0] = 0;
        s->path[id].value[0] = P(id)->def;
    }
    if (missing == 0) return PP_OK;
    pp_error_set(err, PP_ERR_INPUT, MISSING_KEY_UNIT, PP_K(first), PP_S(P(first)->unit), PP_DOC(first));
    if (missing > 1) pp_error_context(err, MORE_KEYS_MISSING, PP_I(missing - 1));
    return scn_err_at(err, PP_ERR_INPUT, name, first, 0);
}

/* name and region must be there once parents are merged. */
pp_status scn_check_texts(const scn_scenario *s, const char *name, pp_error *err)
{
    static const int required[] = {P_SCENARIO_NAME, P_SCENARIO_REGION};
    for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) {
        int id = required[i];
        if (s->text[id] && s->text[id][0]) continue;
        pp_error_set(err, PP_ERR_INPUT, MISSING_KEY, PP_K(id), PP_DOC(id));
        return scn_err_at(err, PP_ERR_INPUT, name, id, 0);
    }
    return PP_OK;
}

/* ---- history once ---- */

/* A child path of only future points (all after hist_end_year) keeps the parent's points up to
 * hist_end_year (a parent constant becomes a point there); a child path with a historical point,
 * or a bare number, replaces the parent's whole path. docs/scenario-format.md. */
pp_status scn_keep_history(scn_scenario *s, pp_error *err)
{
    int hist_end = (int)s->path[P_YEARS_HIST_END].value[0];
    for (int id = 0; id < P_COUNT; id++) {
        const pp_path *up = &s->parent->path[id];
        pp_path *mine = &s->path[id], merged = {0};
        if (!s->set_here[id] || P(id)->kind != PK_PATH || mine->n == 0 || mine->year[0] == 0
            || mine->year[0] <= hist_end || up->n == 0)
            continue;
        for (int i = 0; i < up->n; i++) {
            if (up->year[i] > hist_end) break;
            merged.year[merged.n] = up->year[i] == 0 ? hist_end : up->year[i];
            merged.value[merged.n++] = up->value[i];
        }
        if (merged.n + mine->n > PP_PATH_MAX) {
            pp_error_set(err, PP_ERR_INPUT, HISTORY_MERGE_TOO_MANY, PP_I(merged.n), PP_I(mine->n), PP_I(PP_PATH_MAX));

            return scn_err_at(err, PP_ERR_INPUT, s->file, id, s->line[id]);
        }
        for (int i = 0; i < mine->n; i++) {
            merged.year[merged.n] = mine->year[i];
            merged.value[merged.n++] = mine->value[i];
        }
        *mine = merged;
    }
    return PP_OK;
}

