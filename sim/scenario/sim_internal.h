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
    unsigned char dist[P_COUNT];     /* scn_dist_kind of the range's draws (0: uniform); scenario_dist.c */
    double dist_a[P_COUNT], dist_b[P_COUNT]; /* triangular: mode; normal: mean, sd (offsets) */
    int corr_with[P_COUNT];          /* 1 + id of the key this one's draws correlate with (0: none) */
    double corr_rho[P_COUNT];        /* and the correlation of their normal scores */
    unsigned char interp[P_COUNT];   /* pp_interp of each path key (0: Steffen) */
    double slope[P_COUNT][PP_PATH_MAX]; /* Steffen slopes at the points, per year (path_interp.c) */
    int split[P_COUNT];              /* first point after hist_end_year when the path spans it (history
                                        linear, the future a spline from hist_end_year), or -1 */
    double split_value[P_COUNT];     /* the future spline's start: the path's value in hist_end_year */
    double split_slope[P_COUNT];     /* and its slope there */
    /* Every numeric key in every year SCN_YEAR_MIN.. as a run reads it (interpolated, S-curves, share
     * slack normalised away), kept current by scn_slopes_update: a run then only reads this table,
     * which keeps one run far below the TUI's budget (path_interp.c). */
    double yearly[P_COUNT][SCN_MAX_YEARS];
    char file[PP_ERR_FILE_MAX];      /* the file loaded ("" for a string) */
    struct scn_scenario *parent;     /* loaded parent, owned, or NULL */
    struct chal_challenge *challenge; /* this file's own [challenge] section (sim/scenario/challenge_section.h), owned, or NULL */
};

/* Value of a scalar/flag key (first point). */
static inline double scn_scalar(const struct scn_scenario *s, int id) { return s->path[id].value[0]; }

/* Cross-key validation shared by the loader and the editors (shares add up, years ordered...).
 * Fills err naming the offending key. Defined in scenario_check.c. */
pp_status scn_validate(const struct scn_scenario *s, pp_error *err);

/* scn_validate for a scenario that was valid before keys ids[0..n) changed (each already checked
 * alone: shape and range): only the rules those keys take part in (whole years, the share groups
 * holding them, S-curves under their ceilings); a change of [years] or population runs all of
 * scn_validate. scenario_check.c. */
pp_status scn_validate_changed(const struct scn_scenario *s, int n, const int *ids, pp_error *err);

/* Rounding slack normalised away before the model sees it: shares may add up to 100 + 0.05 (a
 * published split rounded to 0.1 point); in every year where a group (primary + secondary,
 * heavy + high-tech, a sector's gas + oil + heat) adds up to more than 100, its shares are scaled
 * to add up to exactly 100, so what takes the rest (tertiary, other industry, coal) is 0, never
 * negative. Refills the yearly rows (s->yearly) of every group holding changed_id (every group when
 * changed_id < 0) from their paths, then scales them. scenario_check.c. */
void scn_yearly_shares(struct scn_scenario *s, int changed_id);

/* ---- uncertainty distributions (sim/scenario/scenario_dist.c) ---- */

/* `key.dist = uniform | triangular, MODE | normal, MEAN, SD` into s (the numbers offsets in the
 * key's unit, as the range's). PP_ERR_PARSE naming what was expected. */
pp_status scn_apply_dist(struct scn_scenario *s, int id, const char *text, pp_error *err);

/* `key.corr = section.key, RHO` (-1 < RHO < 1, another numeric key) into s. */
pp_status scn_apply_corr(struct scn_scenario *s, int id, const char *text, pp_error *err);

/* After a file's lines are applied: every key with a .dist or .corr line has a range, a mode or
 * mean inside it, a partner with a range. Returns the first failure for key id (err's message
 * set, no location); the caller locates it. */
pp_status scn_check_dist(const struct scn_scenario *s, int id, pp_error *err);

/* The .dist and .corr lines of key id as the writer puts them (empty when uniform / none).
 * Return buf. */
const char *scn_dist_text(const struct scn_scenario *s, int id, char *buf, size_t size);
const char *scn_corr_text(const struct scn_scenario *s, int id, char *buf, size_t size);

/* ---- interpolation (sim/scenario/path_interp.c) ---- */

/* A key's value in year, interpolated as the run does (no allocation). */
double scn_key_at(const struct scn_scenario *s, int id, int year);

/* Fills out[0 .. last - first] with key id in the years first..last, interpolated as
 * scn_key_at does, in one sweep (O(years + points)), no allocation. */
void scn_fill_years(const struct scn_scenario *s, int id, int first, int last, double *out);

/* The ceiling key of an S-curve key (solar, wind), or -1 when id is not one. */
int scn_scurve_ceiling(int id);

/* Recomputes the Steffen slopes of key id (or of every key) after its path or interpolation
 * changed. PP_ERR_NOMEM when GSL cannot allocate. */
pp_status scn_slopes_update(struct scn_scenario *s, int id, pp_error *err);
pp_status scn_slopes_update_all(struct scn_scenario *s, pp_error *err);

#endif
