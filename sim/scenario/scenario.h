/* sim/scenario/scenario.h - a scenario: the values of every key of the schema (sim/scenario/params.h), loaded from an
 * INI file and its `inherit` parents, validated, and editable through levers.
 * Reading scenario files is the engine's only I/O; writing is left to the caller (scn_to_ini
 * gives the text, the front end saves it atomically). Never prints. */
#ifndef PEAKPATH_SIM_SCENARIO_H
#define PEAKPATH_SIM_SCENARIO_H

#include "params.h"
#include "../pp_error.h"

#define PP_PATH_MAX 48  /* most year:value points one key may hold */
#define SCN_YEAR_MIN 2000 /* earliest first_year (the schema's lower bound) */
#define SCN_MAX_YEARS 61 /* longest simulated span first_year..end_year (2000..2060); run_result holds this many */

/* A value over time: points sorted by strictly increasing year, flat before the first and after
 * the last. Between points a scenario interpolates it with GSL's monotone Steffen spline (no
 * kinks at the points, no overshoot), linearly where the file says `key.interp = linear` (and
 * always between two points only), on a logistic S-curve for the capacities under a ceiling
 * (solar, wind). A scalar or flag is a path of one point with year 0. */
typedef struct {
    int n;
    int year[PP_PATH_MAX];
    double value[PP_PATH_MAX];
} pp_path;

/* How a path key is interpolated between its points (`key.interp = steffen | linear`). */
typedef enum {
    PP_INTERP_STEFFEN = 0, /* the default: monotone cubic (Steffen 1990, gsl_interp_steffen) */
    PP_INTERP_LINEAR = 1   /* straight lines between the points */
} pp_interp;

typedef struct scn_scenario scn_scenario;

/* ---- loading ---- */

/* Loads FILE and, through [scenario] inherit, its parents (resolved next to the file that names
 * them), validates every value against the schema and the cross-key rules (shares add up, years
 * in order, first_year <= hist_end_year < end_year, required keys present), and returns a new
 * scenario in *out. On failure returns the status, fills err (file, section, key, line, a message
 * naming the bad value and what was expected) and leaves *out NULL. Free with scn_free. */
pp_status scn_load(const char *file, scn_scenario **out, pp_error *err);

/* Where a loader may read, for files from people the caller does not trust (the workshop room's
 * shared folder): with no_follow, a symbolic link is refused, never followed (O_NOFOLLOW), and so
 * is a file with more than one hard link; with n_dirs > 0, a parent named by `inherit` (at any
 * depth) is read only when it lies directly in one of dirs (the room's folder, the challenge
 * folder), compared by device and inode and opened relative to that folder. Every file is opened
 * with O_NONBLOCK and checked on the open descriptor whatever the policy. */
#define SCN_POLICY_DIRS 4
typedef struct {
    int no_follow;
    int n_dirs;
    const char *dirs[SCN_POLICY_DIRS];
} scn_load_policy;

/* scn_load under a policy (NULL: as scn_load). A refusal is PP_ERR_IO naming the file. */
pp_status scn_load_with(const char *file, const scn_load_policy *pol, scn_scenario **out, pp_error *err);

/* Same as scn_load but from text in memory; `name` stands for the file name in messages and
 * `dir` is where an inherit is resolved (NULL: the current directory). */
pp_status scn_load_string(const char *text, const char *name, const char *dir,
                          scn_scenario **out, pp_error *err);

/* Frees a scenario. NULL is a no-op. */
void scn_free(scn_scenario *s);

/* A deep copy, or NULL when out of memory. */
scn_scenario *scn_clone(const scn_scenario *s);

/* ---- reading ---- */

/* The value path of a key (for scalars and flags: one point). Never NULL for a valid id;
 * NULL for an out-of-range id or a PK_TEXT key. */
const pp_path *scn_path(const scn_scenario *s, int id);

/* Text of a PK_TEXT key ("" when absent). */
const char *scn_text(const scn_scenario *s, int id);

/* A scalar key's value, or a path key's value in `year` interpolated as the run does (the key's
 * interpolation, the S-curve for solar and wind). NAN for a bad id or a text key. */
double scn_value_at(const scn_scenario *s, int id, int year);

/* True when the key was written in this file (not inherited and not a default). */
int scn_is_set_here(const scn_scenario *s, int id);

/* The file it was loaded from ("" for a string), and its parent's path ("" when none). */
const char *scn_file(const scn_scenario *s);
const char *scn_parent_file(const scn_scenario *s);

/* The parent scenario as loaded (what this file inherits), or NULL when there is none.
 * Owned by s. */
const scn_scenario *scn_parent(const scn_scenario *s);

/* Years: first simulated, last historical, price base, last simulated. */
int scn_first_year(const scn_scenario *s);
int scn_hist_end_year(const scn_scenario *s);
int scn_end_year(const scn_scenario *s);

/* Uncertainty range given as `key.range = lo, hi` (offsets added to the lever value, in the key's
 * unit). Returns 1 and fills lo/hi when the key has one, else 0. */
int scn_range(const scn_scenario *s, int id, double *lo, double *hi);

/* How a range's offsets are drawn (`key.dist = ...`, docs/scenario-format.md): uniform on
 * [lo, hi] (the default); triangular with its mode a; normal with mean a and sd b, truncated to
 * [lo, hi]. a and b are offsets in the key's unit. */
typedef enum { SCN_DIST_UNIFORM, SCN_DIST_TRIANGULAR, SCN_DIST_NORMAL, SCN_DIST_COUNT } scn_dist_kind;
typedef struct {
    scn_dist_kind kind;
    double lo, hi; /* the range */
    double a, b;   /* triangular: mode, 0; normal: mean, sd; uniform: 0, 0 */
} scn_dist;

/* Returns 1 and fills *d when key id has a range (uniform unless a .dist line says otherwise),
 * else 0. */
int scn_dist_get(const scn_scenario *s, int id, scn_dist *d);

/* `key.corr = section.key, rho`: returns 1 and sets *other (the partner's id) and *rho when key
 * id's draws are correlated with another key's, else 0. */
int scn_corr_get(const scn_scenario *s, int id, int *other, double *rho);

/* How path key id is interpolated (PP_INTERP_STEFFEN for scalars, flags and bad ids). */
pp_interp scn_interp(const scn_scenario *s, int id);

/* ---- editing ---- */

/* The path a lever move of id to v would give (scn_lever_set without setting it, and without a
 * challenge's locks and limits): PP_ERR_RANGE when v is outside the hard range, PP_ERR_USAGE when
 * id is not a lever. s is not changed. */
pp_status scn_lever_path(const scn_scenario *s, int id, double v, pp_path *out, pp_error *err);

/* Replaces the paths of n keys at once (Monte Carlo draws: every drawn key, then one check):
 * each path checked as scn_set_path does, the yearly table refreshed, and the whole scenario
 * validated once. Refused (and nothing changed) like scn_set_path; not for hist_end_year. */
pp_status scn_set_paths(scn_scenario *s, int n, const int *ids, const pp_path *paths, pp_error *err);

/* Sets how path key id is interpolated. PP_ERR_USAGE (nothing changes) when id is not a path key
 * or is an S-curve key (solar, wind); PP_ERR_INPUT when the new curve breaks a cross-key rule. */
pp_status scn_set_interp(scn_scenario *s, int id, pp_interp m, pp_error *err);

/* Replaces a key's path after checking it (points in order, values in range, cross-key rules).
 * On failure nothing changes and err says why. */
pp_status scn_set_path(scn_scenario *s, int id, const pp_path *p, pp_error *err);

/* The lever value of a key: a path's value in the key's lever year, a scalar's value. */
double scn_lever_value(const scn_scenario *s, int id);

/* Moves a lever (see pp_adjust in params.h): shifts or scales the points after hist_end_year so
 * that the lever-year value becomes v. History is untouched. When the plain shift (or scaling)
 * would push a point past the key's hard range, or a capacity to its S-curve ceiling, the points
 * on that side of the lever-year value are compressed toward the bound instead (the path keeps
 * its order of values, so a monotone path stays monotone, and never reaches the bound), so a
 * move inside the plausible range is not refused for a far-future point. Returns PP_ERR_RANGE
 * (and changes nothing) when v itself is outside the hard range, PP_ERR_INPUT when the result
 * breaks a cross-key rule (e.g. economy shares over 100). */
pp_status scn_lever_set(scn_scenario *s, int id, double v, pp_error *err);

/* ---- writing ---- */

/* The scenario as INI text in *text (malloc'd, the caller frees). When `parent_file` is not NULL
 * the text inherits from it and lists only keys whose values differ from `parent`; with
 * parent_file NULL every key is written. Comments name each key's unit. */
pp_status scn_to_ini(const scn_scenario *s, const scn_scenario *parent, const char *parent_file,
                     char **text, pp_error *err);

/* ---- paths ---- */

/* Parses "2020:0.7, 2030:12, 2060:45" (or one bare number) into p. On failure returns
 * PP_ERR_PARSE with a message naming the bad token. */
pp_status pp_path_parse(const char *text, pp_path *p, pp_error *err);

/* The path in `year` interpolated the default way (Steffen; linear for two points; flat outside
 * the points). Computes the slopes each call (GSL allocates): for a run use scn_value_at or the
 * model's yearly inputs. NAN when p is NULL or empty or out of memory. */
double pp_path_at(const pp_path *p, int year);

/* Steffen slopes (per year) at the n points of p, computed with gsl_interp_steffen (two points:
 * the secant; one point: 0). p's years must strictly increase. Returns PP_ERR_NOMEM when GSL
 * cannot allocate. slope holds p->n values. */
pp_status pp_path_slopes(const pp_path *p, double *slope, pp_error *err);

/* The path in `year` as a cubic Hermite curve with the given slopes at its points (from
 * pp_path_slopes), or linear when slope is NULL; flat outside the points. No allocation. */
double pp_path_eval(const pp_path *p, const double *slope, int year);

/* The logistic S-curve through the points under ceiling k (the exact solution of the logistic
 * ODE through each pair of targets; linear where a target is 0 or at the ceiling). */
double pp_scurve_at(const pp_path *p, double k, int year);

/* 1 when a and b have the same points (years and values exactly), else 0. */
int pp_path_equal(const pp_path *a, const pp_path *b);

#endif
