/* sim/analysis/seek_multi.h - multi-lever goal seek: the smallest move of several levers together,
 * each only in its greener direction and inside its plausible range (levers_list.h), that makes a
 * run meet every one of a few targets. "Smallest" is measured in normalised moves: a lever's move
 * divided by the span of its plausible range, and the package's size is the Euclidean length of
 * those (so a lever with a wide plausible range is not favoured for its unit). A caller of cal_ and
 * run_, never inside them. Never prints. No costs exist yet: there is no cheapest-package mode. */
#ifndef PEAKPATH_SIM_SEEK_MULTI_H
#define PEAKPATH_SIM_SEEK_MULTI_H

#include "../pp_error.h"
#include "../model/run.h"
#include "../scenario/scenario.h"
#include "../scenario/target.h"

#define SEEKM_MAX_LEVERS 8
#define SEEKM_MAX_TARGETS 4

typedef struct {
    int n_levers;
    int lever[SEEKM_MAX_LEVERS];          /* parameter ids, distinct */
    int n_targets;
    seek_target target[SEEKM_MAX_TARGETS]; /* all must be met */
} seekm_problem;

typedef struct {
    int n;                                 /* levers, as in the problem */
    int lever[SEEKM_MAX_LEVERS];
    double start[SEEKM_MAX_LEVERS];        /* each lever's value in the scenario as given */
    double value[SEEKM_MAX_LEVERS];        /* the answer (met = 1) or the greener ends (met = 0) */
    double plaus_lo[SEEKM_MAX_LEVERS], plaus_hi[SEEKM_MAX_LEVERS];
    int greener[SEEKM_MAX_LEVERS];         /* +1: higher is greener, -1: lower is */
    double room[SEEKM_MAX_LEVERS];         /* greener room to the plausible end (or the challenge's limit,
                                            * 0 when locked), in the lever's unit (>= 0) */
    int met;                               /* 1: value meets every target */
    double change;                         /* sqrt(sum((value - start) / (plaus_hi - plaus_lo))^2) */
    int n_targets;
    double metric_start[SEEKM_MAX_TARGETS], metric_value[SEEKM_MAX_TARGETS];
    int runs;                              /* engine runs used */
    int directions;                        /* directions of the package tried */
    run_summary summary;                   /* of the run at value */
    int end_year;
} seekm_result;

/* Finds the package of lever moves of the smallest normalised length that meets every target of p,
 * each lever moved only greener and at most to the greener end of its plausible range (under a
 * workshop challenge: no further than the challenge's limit, and not at all when it is locked).
 * Method: each candidate direction w (a unit vector of non-negative normalised moves) is searched
 * by bisection on t in u = t w for the first t meeting the targets (up to where w leaves the box of
 * plausible ranges); the direction is minimised over with GSL's Nelder-Mead simplex
 * (gsl_multimin_fminimizer_nmsimplex2) in hyperspherical angles, starting from the direction of the
 * all-greener corner; each single lever's axis is tried too and the best answer kept. A value the
 * scenario refuses counts as not meeting the targets. Along a direction the metrics are taken to
 * improve with t (every lever's greener move lowers CO2); the answer always meets the targets.
 * Targets already met: value = start, change 0. The all-greener corner not meeting them: met = 0,
 * value = the corner, no error. Returns PP_ERR_USAGE for no levers, too many, a duplicate, a key
 * that is no lever (or has no plausible range, or is not in s), no target or a target year outside
 * the run; PP_ERR_SOLVER when calibration, the run as given or GSL fails; PP_ERR_NOMEM. */
pp_status seekm_run(const scn_scenario *s, const seekm_problem *p, seekm_result *out, pp_error *err);

#endif
