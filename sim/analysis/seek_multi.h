/* sim/analysis/seek_multi.h - multi-lever goal seek: the smallest move of several levers together,
 * each only in its greener direction and inside its plausible range (levers_list.h), that makes a
 * run meet every one of a few targets. "Smallest" is measured in normalised moves: a lever's move
 * divided by the span of its plausible range, and the package's size is the Euclidean length of
 * those (so a lever with a wide plausible range is not favoured for its unit). A caller of cal_ and
 * run_, never inside them. Never prints. With minimise = SEEKM_MIN_COST it finds instead the
 * package, among those meeting the targets, of the lowest discounted system cost (the cost that
 * mac.h's abatement cost divides). */
#ifndef PEAKPATH_SIM_SEEK_MULTI_H
#define PEAKPATH_SIM_SEEK_MULTI_H

#include "../pp_error.h"
#include "../model/run.h"
#include "../scenario/scenario.h"
#include "../scenario/target.h"
#include "mac.h"

#define SEEKM_MAX_LEVERS 8
#define SEEKM_MAX_TARGETS 4

/* What the package minimises. */
typedef enum {
    SEEKM_MIN_CHANGE, /* the length of its normalised moves (the default: zero-initialised) */
    SEEKM_MIN_COST,   /* its discounted system cost (run_summary.npv_system_cost_bn) */
    SEEKM_OBJECTIVE_COUNT
} seekm_objective;

typedef struct {
    int minimise;                         /* seekm_objective */
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
    int minimise;                          /* seekm_objective, as in the problem */
    double cost_start_bn;                  /* discounted system cost as given, bn CNY (to 2021) */
    double cost_bn;                        /* the same at value */
    mac_abatement abatement;               /* the run at value against the scenario as given:
                                            * mac_abatement_of's CNY per tonne of the package */
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
 * the run; PP_ERR_SOLVER when calibration, the run as given or GSL fails; PP_ERR_NOMEM.
 *
 * minimise = SEEKM_MIN_COST: the package, among those meeting every target inside the same box,
 * of the lowest discounted system cost. A package is addressed by its direction w (the same
 * angles) and a fraction s in [0, 1] of the way from w's first meeting point t*(w) to where w
 * leaves the box, u = (t* + s (t_max - t*)) w: every point of it meets the targets when they
 * improve with t, as above, so the search never leaves the feasible set, and a lever that saves
 * money can be moved past the least it takes. Nelder-Mead (GSL) over the k - 1 angles and
 * sigma (s = sin^2 sigma), starting from the cheapest of the corner's direction and each axis,
 * each at s = 0 and s = 1; then each lever within 1 % of its room of an end is put on that end
 * when the package still meets the targets and costs no more. Targets already met as given: t* = 0, so the cheapest package in the
 * whole greener box (possibly the scenario as given). A local search: with several cheap
 * regions it may stop in one that is not the cheapest (docs/analysis.md). Also PP_ERR_USAGE for
 * an unknown minimise and, with SEEKM_MIN_COST, when the run as given has no discounted system
 * cost. */
pp_status seekm_run(const scn_scenario *s, const seekm_problem *p, seekm_result *out, pp_error *err);

#endif
