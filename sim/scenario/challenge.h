/* sim/scenario/challenge.h - workshop challenges: a scenario file's [challenge] section (goals, locked
 * levers, lever limits, a brief in English and Chinese), its enforcement on the files that inherit
 * it, and the evaluation of its goals on a run. Never prints.
 *
 *   [challenge]
 *   brief_en = Peak by 2028 with a cleaner energy mix.
 *   brief_zh = 通过优化能源结构，2028年前实现碳达峰。
 *   goal.peak_year = <= 2028              ; the target vocabulary of sim/analysis/seek.h
 *   goal.coal_share_2030 = < 35
 *   lock = economy.gdp_growth_pct, power.import_twh
 *   limit.power.solar_gw = 0, 20          ; lever value range allowed to participants
 *   levers_only = 1                       ; participants may change lever keys only
 */
#ifndef PEAKPATH_SIM_CHALLENGE_H
#define PEAKPATH_SIM_CHALLENGE_H

#include <stddef.h>

#include "../pp_error.h"
#include "../model/run.h"
#include "scenario.h"
#include "../analysis/seek.h"

#define CHAL_MAX_GOALS 12
#define CHAL_TEXT_MAX 1024 /* bytes of one brief */

typedef struct chal_challenge chal_challenge;

/* ---- reading a loaded challenge ---- */

/* The challenge a scenario is under: its own [challenge] section, or the nearest one among the
 * files it inherits from. NULL when there is none. Owned by the scenario. */
const chal_challenge *chal_of(const scn_scenario *s);

/* The file holding the [challenge] section ("" for a string). */
const char *chal_file(const chal_challenge *c);

/* The brief in English (zh == 0) or Chinese; falls back to the other language, "" when none. */
const char *chal_brief(const chal_challenge *c, int zh);

/* Goals in file order. chal_goal returns NULL for i out of range. */
int chal_n_goals(const chal_challenge *c);
const seek_target *chal_goal(const chal_challenge *c, int i);

/* 1 when the parameter id is locked (participants may not change it). 0 for c == NULL. */
int chal_is_locked(const chal_challenge *c, int id);

/* 1 and lo/hi (in the key's unit) when the lever id has a limit; 0 otherwise. */
int chal_limit(const chal_challenge *c, int id, double *lo, double *hi);

/* 1 when only lever keys may differ from the challenge file (`levers_only = 1`). */
int chal_levers_only(const chal_challenge *c);

/* Whether a lever of s may take value v under its challenge: PP_OK when s has no challenge or
 * the lever is neither locked nor limited away from v; else PP_ERR_RANGE with a message naming
 * the key, the value and the challenge file. scn_lever_set calls it; the TUI may call it first
 * to grey out a move. */
pp_status chal_check_lever(const scn_scenario *s, int id, double v, pp_error *err);

/* ---- evaluating goals ---- */

typedef struct {
    seek_target target;
    double value; /* the metric in the run (sim/analysis/seek.h): INFINITY = never reached, NAN = n/a */
    int met;
} chal_goal_result;

typedef struct {
    int n;        /* goals */
    int n_met;
    int all_met;  /* n > 0 and every goal met: the "challenge met" moment */
    chal_goal_result goal[CHAL_MAX_GOALS];
} chal_eval;

/* Evaluates every goal of c on run r into *out. c == NULL gives n = 0. Cannot fail. */
void chal_evaluate(const chal_challenge *c, const run_result *r, chal_eval *out);

/* A goal as readable text, e.g. "CO2 peaks by 2028" / "2028年前碳达峰",
 * "Coal share 2030 < 35 %" / "2030年煤炭占比 < 35%". Returns buf. */
const char *chal_goal_text(const seek_target *t, int zh, char *buf, size_t size);

/* A goal's value as text in the metric's unit: "2026", "never", "37.0 %", "199.1 Mt", "n/a".
 * Returns buf. */
const char *chal_value_text(const seek_target *t, double value, int zh, char *buf, size_t size);

/* ---- loader hooks (used by sim/scenario*.c only) ---- */

/* Adds one `key = value` line of a [challenge] section of file `name` to *c (created on the first
 * line). Checks the key and value at once: PP_ERR_PARSE / PP_ERR_RANGE with file, section,
 * key and line set. */
pp_status chal_add_line(chal_challenge **c, const char *name, int line, const char *key,
                        const char *value, pp_error *err);

/* Checks a section once all its lines are in (at least one goal). */
pp_status chal_finish(const chal_challenge *c, pp_error *err);

/* Checks a loaded scenario against its challenge: locked keys (and, with levers_only, every
 * non-lever key) equal to the challenge file's, lever values inside their limits. PP_OK when
 * there is no challenge; PP_ERR_INPUT naming the key, the file and line that changed it and the
 * challenge file otherwise. */
pp_status chal_check_scenario(const scn_scenario *s, pp_error *err);

/* The [challenge] section as INI text (malloc'd, the caller frees), or NULL when out of memory. */
char *chal_ini_text(const chal_challenge *c);

/* Deep copy (NULL when out of memory or c is NULL) and free (NULL is a no-op). */
chal_challenge *chal_clone(const chal_challenge *c);
void chal_free(chal_challenge *c);

#endif
