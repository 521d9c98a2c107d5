/* cli/analysis.h - what the analysis commands (seek, mc, decompose, compare) share: JSON building
 * with one failure flag, the run summary as JSON and as table lines, a lever's name, the stderr
 * progress bar, and the compare writers (exposed for tests/test_compare.c). Formats only: every
 * number comes from the engine. */
#ifndef PEAKPATH_CLI_ANALYSIS_H
#define PEAKPATH_CLI_ANALYSIS_H

#include "../sim/analysis/mac.h"
#include <stdio.h>

#include <jansson.h>

#include "cli.h"
#include "../sim/scenario/target.h"
#include "../report/output.h" /* out_json_dump writes the JSON documents */

/* ---- JSON with a sticky failure flag ---- */

/* Sets obj[key] = val (stealing val); records any NULL or failure in *bad. */
void ana_jset(json_t *obj, const char *key, json_t *val, int *bad);

/* Appends val (stolen) to arr; records a failure in *bad. */
void ana_jappend(json_t *arr, json_t *val, int *bad);

/* A number, or null when not finite (sum_out_jnum: no -0). */
json_t *ana_jnum(double v);

/* A year, or null for 0 ("not reached"). */
json_t *ana_jyear(int year);

/* The run summary, with the same keys as `peakpath run --format json` (sum_out_json: every item of
 * sim/model/summary_list.h). */
json_t *ana_summary_json(const run_summary *s, int *bad);

/* PP_ERR_IO (filled) when f has an error, else PP_OK. */
pp_status ana_stream_status(FILE *f, pp_error *err);

/* ---- text ---- */

/* An engine error in the chosen language (error_text), for a usage message; the text lives in a
 * per-thread buffer until the next call. */
const char *ana_error_text(const pp_error *err);

/* Summary lines for tables (sum_out_table in English: peak and plateau, neutrality, cumulative
 * CO2 2021-end_year, shares), each starting with indent. */
void ana_summary_table(FILE *f, const run_summary *s, int end_year, const char *indent);

/* A target as the reader of this language writes it: "coal_share_2030<=40" in English, 
 * "2030年煤炭占比<=40" in Chinese (the names of sim/scenario/target.c, which parses both). */
const char *ana_target_text(const seek_target *t, char *buf, size_t size);

/* A metric's value for a table: "never"/"-"/the year/3 decimals in English; in Chinese 未实现, the
 * year with 年, CO2 in the planning unit with its unit (1.64亿吨CO2), a share with %. */
const char *ana_metric_text(const seek_target *t, double v, char *buf, size_t size);

/* "section.key" of a parameter into buf; returns buf. */
const char *ana_key_name(int id, char *buf, size_t size);

/* Looks up a lever written "section.key"; on failure prints a usage error naming the nearest key
 * and returns -1. */
int ana_find_lever(const cli_command *cmd, const char *text);

/* Progress bar on stderr, drawn only when stderr is a terminal. ctx is unused. Matches
 * mc_progress_fn. */
void ana_progress(void *ctx, int done, int total);

/* Parses a whole decimal integer into *out; 0 on success, -1 otherwise. */
int ana_parse_int(const char *text, long lo, long hi, long *out);

/* ---- compare ---- */

typedef struct {
    int n;                          /* number of scenarios (>= 2) */
    const char *const *files;       /* as given on the command line */
    const scn_scenario *const *scn;
    const run_result *const *res;
    int zh;                         /* 1: the cost block in Chinese with planning units (0: English) */
    int bom;                        /* CSV: a UTF-8 byte order mark first (0 from the CLI: cli_emit writes --bom) */
    csv_headers headers;            /* CSV: --headers names|en|zh (report/csv_head.h) */
} ana_compare;

/* Cost and CO2 of scenario s against the reference ref (the first of a comparison), from their
 * summaries (sums 2021..end year). The abatement cost is mac_abatement_of's (sim/analysis/mac.h),
 * the one definition in peakpath, as `peakpath mac` prints it: a.cost_bn = discounted system cost
 * s - ref, a.avoided_mt = cumulative NET CO2 ref - s (not discounted), a.cny_per_t = their ratio
 * x 1000 (NAN unless at least MAC_MIN_AVOIDED_MT is avoided and the costs are known). Beside it,
 * plain extras a planner checks by hand: cost_diff_bn = undiscounted system cost s - ref, and
 * co2_avoided_mt = cumulative GROSS CO2 ref - s. Cannot fail. */
typedef struct {
    mac_abatement a;       /* the abatement cost proper */
    double cost_diff_bn;   /* undiscounted, bn CNY */
    double co2_avoided_mt; /* gross, Mt CO2 */
    /* the air co-benefit: pollutants avoided (kt) and their health damage avoided (bn CNY), ref - s */
    double so2_avoided_kt, nox_avoided_kt, pm25_avoided_kt, health_avoided_bn;
} ana_cost_diff;
void ana_cost_vs_ref(const run_summary *ref, const run_summary *s, ana_cost_diff *out);

/* The table block "cost and CO2 against [1]" (cli/compare_cost.c): per scenario its cumulative
 * CO2 and system cost (and discounted), then for [2].. the undiscounted and the discounted cost
 * difference, the gross and the net CO2 avoided, the abatement cost per tonne (mac's) and the air
 * co-benefit (SO2, NOx, PM2.5 and health damage avoided); the values in aligned columns, labels
 * after them (any language). */
void ana_compare_cost_table(FILE *f, const ana_compare *c);

/* The same numbers for scenario k as a JSON object (cost_diff_bn_cny, npv_diff_bn_cny,
 * co2_avoided_mt, net_co2_avoided_mt, cny_per_t_co2_avoided, so2_avoided_kt, nox_avoided_kt,
 * pm25_avoided_kt, health_damage_avoided_bn_cny; nulls where not available, all of them against
 * a run over other years). */
json_t *ana_compare_cost_json(const ana_compare *c, int k, int *bad);

/* Writers (cli_writer) of a comparison: summaries side by side, then each compared variable year
 * by year with its difference from the first scenario. ctx is an ana_compare. */
pp_status ana_compare_table(FILE *f, const void *ctx, pp_error *err);
pp_status ana_compare_csv(FILE *f, const void *ctx, pp_error *err);
pp_status ana_compare_json(FILE *f, const void *ctx, pp_error *err);

#endif
