/* sim/scenario/scenario.h - a scenario: the values of every key of the schema (sim/scenario/params.h), loaded from an
 * INI file and its `inherit` parents, validated, and editable through levers.
 * Reading scenario files is the engine's only I/O; writing is left to the caller (scn_to_ini
 * gives the text, the front end saves it atomically). Never prints. */
#ifndef PEAKPATH_SIM_SCENARIO_H
#define PEAKPATH_SIM_SCENARIO_H

#include "params.h"
#include "../pp_error.h"

#define PP_PATH_MAX 48  /* most year:value points one key may hold */
#define SCN_MAX_YEARS 61 /* longest simulated span first_year..end_year (2000..2060); run_result holds this many */

/* A value over time: points sorted by strictly increasing year, linear between them and flat
 * before the first and after the last. A scalar or flag is a path of one point with year 0. */
typedef struct {
    int n;
    int year[PP_PATH_MAX];
    double value[PP_PATH_MAX];
} pp_path;

typedef struct scn_scenario scn_scenario;

/* ---- loading ---- */

/* Loads FILE and, through [scenario] inherit, its parents (resolved next to the file that names
 * them), validates every value against the schema and the cross-key rules (shares add up, years
 * in order, first_year <= hist_end_year < end_year, required keys present), and returns a new
 * scenario in *out. On failure returns the status, fills err (file, section, key, line, a message
 * naming the bad value and what was expected) and leaves *out NULL. Free with scn_free. */
pp_status scn_load(const char *file, scn_scenario **out, pp_error *err);

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

/* A scalar key's value, or a path key's value interpolated in `year`. */
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

/* ---- editing ---- */

/* Replaces a key's path after checking it (points in order, values in range, cross-key rules).
 * On failure nothing changes and err says why. */
pp_status scn_set_path(scn_scenario *s, int id, const pp_path *p, pp_error *err);

/* The lever value of a key: a path's value in the key's lever year, a scalar's value. */
double scn_lever_value(const scn_scenario *s, int id);

/* Moves a lever (see pp_adjust in params.h): shifts or scales the points after hist_end_year so
 * that the lever-year value becomes v. History is untouched. Nothing is clamped: returns
 * PP_ERR_RANGE (and changes nothing) when v, or any point the move would produce, is outside the
 * key's range, or when the resulting path breaks a cross-key rule (e.g. shares over 100). */
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

/* Linear interpolation in year (flat outside the points). p->n must be >= 1. */
double pp_path_at(const pp_path *p, int year);

#endif
