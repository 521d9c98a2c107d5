/* sim/scenario/sim_internal.h - layouts and helpers shared inside sim/ only. tui/ and cli/ never include
 * this file: they go through the public headers. */
#ifndef PEAKPATH_SIM_INTERNAL_H
#define PEAKPATH_SIM_INTERNAL_H

#include "scenario.h"

struct scn_scenario {
    pp_path path[P_COUNT];           /* values of every non-text key (defaults filled in) */
    char *text[P_COUNT];             /* PK_TEXT values (malloc'd) or NULL */
    unsigned char set_here[P_COUNT]; /* written in this file, not inherited or defaulted */
    int line[P_COUNT];               /* line in this file where the key was set (0: not here) */
    unsigned char has_range[P_COUNT];
    double range_lo[P_COUNT], range_hi[P_COUNT];
    char file[PP_ERR_FILE_MAX];      /* the file loaded ("" for a string) */
    struct scn_scenario *parent;     /* loaded parent, owned, or NULL */
    struct chal_challenge *challenge; /* this file's own [challenge] section (sim/scenario/challenge_section.h), owned, or NULL */
};

/* Value of a scalar/flag key (first point). */
static inline double scn_scalar(const struct scn_scenario *s, int id) { return s->path[id].value[0]; }

/* Cross-key validation shared by the loader and the editors (shares add up, years ordered...).
 * Fills err naming the offending key. Defined in scenario_check.c. */
pp_status scn_validate(const struct scn_scenario *s, pp_error *err);

#endif
