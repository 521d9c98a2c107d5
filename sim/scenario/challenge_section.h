/* sim/scenario/challenge_section.h - a scenario file's [challenge] section as a value: goals, locked
 * levers, lever limits, a brief in English and Chinese. Parsed line by line by the loader, read by
 * the front ends, written back by the writer. Knows no scenario: which challenge a loaded scenario
 * is under and its enforcement are sim/scenario/challenge.h; evaluating the goals on a run is
 * sim/analysis/challenge_eval.h. Never prints.
 *
 *   [challenge]
 *   brief_en = Peak by 2028 with a cleaner energy mix.
 *   brief_zh = 通过优化能源结构，2028年前实现碳达峰。
 *   goal.peak_year = <= 2028              ; the target language of sim/scenario/target.h
 *   goal.coal_share_2030 = < 35
 *   lock = economy.gdp_growth_pct, power.import_twh
 *   limit.power.solar_gw = 0, 20          ; lever value range allowed to participants
 *   levers_only = 1                       ; participants may change lever keys only
 *
 * Numbers (limits, goal bounds, the flag) follow the one number grammar, sim/scenario/number.h. */
#ifndef PEAKPATH_SIM_CHALLENGE_SECTION_H
#define PEAKPATH_SIM_CHALLENGE_SECTION_H

#include <stddef.h>

#include "../pp_error.h"
#include "params.h"
#include "target.h"

#define CHAL_MAX_GOALS 12
#define CHAL_TEXT_MAX 1024 /* bytes of one brief */

typedef struct chal_challenge chal_challenge;

/* ---- reading ---- */

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

/* Goals as readable text (en/zh) are the front ends' job: report/goal_text.h. */

/* ---- building (the loader, sim/scenario/scenario_load.c) ---- */

/* Adds one `key = value` line of a [challenge] section of file `name` to *c (created on the first
 * line). Checks the key and value at once: PP_ERR_PARSE / PP_ERR_RANGE with file, section,
 * key and line set. */
pp_status chal_add_line(chal_challenge **c, const char *name, int line, const char *key,
                        const char *value, pp_error *err);

/* Checks a section once all its lines are in (at least one goal). */
pp_status chal_finish(const chal_challenge *c, pp_error *err);

/* The [challenge] section as INI text (malloc'd, the caller frees), or NULL when out of memory. */
char *chal_ini_text(const chal_challenge *c);

/* Deep copy (NULL when out of memory or c is NULL) and free (NULL is a no-op). */
chal_challenge *chal_clone(const chal_challenge *c);
void chal_free(chal_challenge *c);

/* ---- rules and their messages (sim/scenario/challenge.c applies them to a scenario) ---- */

/* 1 when key id must keep the challenge file's value: locked, or not a lever under levers_only. */
int chal_key_fixed(const chal_challenge *c, int id);

/* 1 when lever id has a limit and v is outside it (with a relative slack of 1e-9). */
int chal_outside_limit(const chal_challenge *c, int id, double v);

/* Fill err (no location) and return PP_ERR_INPUT / PP_ERR_RANGE: a fixed key was changed; a
 * lever is locked; lever value v is outside its limit. */
pp_status chal_fixed_error(const chal_challenge *c, int id, pp_error *err);
pp_status chal_locked_error(const chal_challenge *c, pp_error *err);
pp_status chal_limit_error(const chal_challenge *c, int id, double v, pp_error *err);

/* Points err at the limit.section.key line of the challenge file. */
void chal_limit_where(const chal_challenge *c, int id, pp_error *err);

#endif
