/* sim/scenario/challenge.h - the workshop challenge a loaded scenario is under (its own [challenge]
 * section or the nearest one among the files it inherits) and its enforcement. The section's
 * contents and reading them: sim/scenario/challenge_section.h (included); evaluating its goals on
 * a run: sim/analysis/challenge_eval.h. Never prints. */
#ifndef PEAKPATH_SIM_CHALLENGE_H
#define PEAKPATH_SIM_CHALLENGE_H

#include "../pp_error.h"
#include "challenge_section.h"
#include "scenario.h"

/* The challenge a scenario is under: its own [challenge] section, or the nearest one among the
 * files it inherits from. NULL when there is none (or s is NULL). Owned by the scenario. */
const chal_challenge *chal_of(const scn_scenario *s);

/* Whether a lever of s may take value v under its challenge: PP_OK when s has no challenge or
 * the lever is neither locked nor limited away from v; else PP_ERR_RANGE with a message naming
 * the key, the value and the challenge file. scn_lever_set calls it; the TUI may call it first
 * to grey out a move. */
pp_status chal_check_lever(const scn_scenario *s, int id, double v, pp_error *err);

/* Checks a loaded scenario against its challenge: locked keys (and, with levers_only, every
 * non-lever key) equal to the challenge file's, lever values inside their limits. PP_OK when
 * there is no challenge; PP_ERR_INPUT naming the key, the file and line that changed it and the
 * challenge file otherwise. The loader calls it. */
pp_status chal_check_scenario(const scn_scenario *s, pp_error *err);

#endif
