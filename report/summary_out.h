/* report/summary_out.h - the one writer of a run's summary (peak and plateau, a higher historical
 * year, peak by 2030, neutrality, cumulative CO2, coal and non-fossil shares) for every command and
 * export: as readable lines (table, Markdown), as JSON, as CSV. Items, names and labels come from
 * sim/model/summary.h; every number from the engine. Also the one CSV number writer. */
#ifndef PEAKPATH_CLI_SUMMARY_OUT_H
#define PEAKPATH_CLI_SUMMARY_OUT_H

#include <stdio.h>

#include <jansson.h>

#include "../sim/model/summary.h"

#define SUM_OUT_MAX_LINES 13 /* 8 CO2 lines + SUM_OUT_COST_LINES */

/* One readable line: a label and its value text, in English or Chinese. */
typedef struct {
    char label[64];
    char text[192];
} sum_out_line;

/* The summary as readable lines (peak with its plateau, a higher historical year when there is
 * one, peak by 2030, net zero, cumulative CO2 2021-end_year, shares). Returns the number written
 * (at most SUM_OUT_MAX_LINES). Cannot fail. */
int sum_out_lines(const run_summary *s, int end_year, int zh, sum_out_line out[SUM_OUT_MAX_LINES]);

/* The cost and air lines (report/summary_cost.c): costs, fuel and carbon revenue, coal retired
 * early, pollutants, health damage; SUM_OUT_COST_LINES of them into out, in the planning units
 * in Chinese; "-" for a value not available. Returns the number written. Cannot fail. */
#define SUM_OUT_COST_LINES 5
int sum_out_cost_lines(const run_summary *s, int zh, sum_out_line *out);

/* The lines as a table: indent, the label padded, the text. */
void sum_out_table(FILE *f, const run_summary *s, int end_year, int zh, const char *indent);

/* The summary as a JSON object: one key per item (summary_list.h names), years null when not
 * reached, flags as booleans, numbers null when not available. Records failures in *bad. */
json_t *sum_out_json(const run_summary *s, int *bad);

/* CSV: the item names (comma-separated, no newline), each prefixed by `prefix` ("" or e.g.
 * "d_"); and the values of one summary in the same order (empty field for not reached or NAN). */
void sum_out_csv_header(FILE *f, const char *prefix);
void sum_out_csv_values(FILE *f, const run_summary *s);

/* CSV rows "item,value,unit" for every item, after a header line "item,value,unit". */
void sum_out_csv_rows(FILE *f, const run_summary *s);

/* The same rows for a reader (`--headers en|zh`, report/csv_head.h; headers is a csv_headers):
 * the item's label instead of its name and, in Chinese, "指标,数值,单位" with amounts in the planning
 * unit (the peak in 万吨CO2). names (0) is sum_out_csv_rows. */
void sum_out_csv_rows_h(FILE *f, const run_summary *s, int headers);

/* The one CSV number: %.10g, nothing for NaN/inf, 0 for -0 (so no "-0" in any output). */
void sum_out_csv_num(FILE *f, double v);

/* Writes s as one quoted CSV field (quotes inside doubled). */
void sum_out_csv_text(FILE *f, const char *s);

/* A JSON number: null when not finite, 0 for -0. */
json_t *sum_out_jnum(double v);

/* Sets obj[key] = val (stealing val), recording a NULL obj or val or a failed insertion in *bad:
 * the one sticky-failure JSON setter, so one check at the end catches any allocation failure. */
void sum_out_jset(json_t *obj, const char *key, json_t *val, int *bad);

#endif
