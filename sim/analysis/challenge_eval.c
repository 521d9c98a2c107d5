/* sim/analysis/challenge_eval.c - a challenge's goals evaluated on a run (sim/analysis/challenge_eval.h),
 * with goal seeking's metrics. Never prints, keeps no state. */
#include "challenge_eval.h"

#include <string.h>

#include "seek.h"

void chal_evaluate(const chal_challenge *c, const run_result *r, chal_eval *out)
{
    memset(out, 0, sizeof *out);
    if (!c || !r) return;
    out->n = chal_n_goals(c);
    for (int i = 0; i < out->n; i++) {
        const seek_target *t = chal_goal(c, i);
        chal_goal_result *g = &out->goal[i];
        g->target = *t;
        g->value = seek_metric_value(r, t);
        g->met = seek_target_met(r, t);
        out->n_met += g->met;
    }
    out->all_met = out->n > 0 && out->n_met == out->n;
}
