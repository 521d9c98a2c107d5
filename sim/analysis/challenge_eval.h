/* sim/analysis/challenge_eval.h - a challenge's goals evaluated on a run: each goal's metric in the run
 * and whether it is met, and whether all are (the "challenge met" moment). The goals themselves
 * are sim/scenario/challenge_section.h; the metrics are those of goal seeking
 * (sim/analysis/seek.h). Never prints. */
#ifndef PEAKPATH_SIM_CHALLENGE_EVAL_H
#define PEAKPATH_SIM_CHALLENGE_EVAL_H

#include "../model/run.h"
#include "../scenario/challenge_section.h"

typedef struct {
    seek_target target;
    double value; /* the metric in the run (seek_metric_value): INFINITY = never reached, NAN = n/a */
    int met;
} chal_goal_result;

typedef struct {
    int n;        /* goals */
    int n_met;
    int all_met;  /* n > 0 and every goal met */
    chal_goal_result goal[CHAL_MAX_GOALS];
} chal_eval;

/* Evaluates every goal of c on run r into *out. c == NULL or r == NULL gives n = 0. Cannot fail. */
void chal_evaluate(const chal_challenge *c, const run_result *r, chal_eval *out);

#endif
