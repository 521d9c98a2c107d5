/* report/output.h - writers of one run_result as a readable table, CSV or JSON (jansson). They only
 * format what the engine computed (sim/model/run.h); they never compute model numbers themselves. */
#ifndef PEAKPATH_REPORT_OUTPUT_H
#define PEAKPATH_REPORT_OUTPUT_H

#include <stdio.h>

#include <jansson.h>

#include "i18n.h"
#include "report.h"

/* What a writer needs: the result, and the scenario it came from (name, region, file). */
typedef struct {
    const scn_scenario *scn;
    const run_result *res;
    const char *file; /* file name as the user gave it (for the JSON "scenario.file") */
    int bom;          /* CSV only: start with a UTF-8 byte order mark */
    int headers;      /* CSV only: csv_headers (report/csv_head.h): names (0), en or zh labels and units */
    i18n_lang lang;   /* table: the language of the text and the units (LANG_EN = 0) */
} out_run;

/* Year-by-year table of the headline variables (units in the header; historical years marked
 * with '*'), then the summary (peak, neutrality, cumulative CO2, shares) and the calibration
 * residuals. Returns PP_OK, or PP_ERR_IO when the stream failed. ctx is an out_run. */
pp_status out_table(FILE *f, const void *ctx, pp_error *err);

/* CSV: header "year," + every run_var column name in sim/model/outputs_list.h order, one row per year;
 * numbers printed with %.10g, NaN as an empty field. With headers en/zh the header row has the
 * labels and units instead, and with zh the values are in the Chinese planning units of the
 * header (x100 for Mtce -> 万吨标准煤, ...). ctx is an out_run. */
pp_status out_csv(FILE *f, const void *ctx, pp_error *err);

/* JSON object {scenario, columns, rows, summary, calibration}; NaN values become null.
 * Returns PP_ERR_NOMEM when jansson cannot build it, PP_ERR_IO when the stream failed. */
pp_status out_json(FILE *f, const void *ctx, pp_error *err);

/* The calibration block of the table: each active unknown with its target key, target,
 * achieved value, residual and solved value (used by `run` tables and by `check`). */
void out_calibration(FILE *f, const cal_result *cal, i18n_lang lang);

/* The writer for a format, never NULL (a report_writer taking an out_run). */
report_writer out_writer_for(report_format format);

/* The writer of the summary alone (report/summary_out.h) for a format: readable lines, CSV rows
 * "item,value,unit", or JSON {peakpath_version, scenario, summary}. ctx is an out_run. */
report_writer out_summary_writer_for(report_format format);

/* Writes a JSON document built by the caller (indented, 10 significant digits) and a newline,
 * and frees it. `bad` set, or root NULL, means building it ran out of memory. */
pp_status out_json_dump(FILE *f, json_t *root, int bad, pp_error *err);

#endif
