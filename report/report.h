/* report/report.h - what every writer of the report layer shares: the writer signature (a
 * function that writes one document to a stream) and the tabular output formats. The report
 * layer (report/) turns engine results into documents - tables, CSV, JSON, SVG charts, Markdown
 * summaries - saves files atomically and scans a workshop room; both front ends (cli/, tui/) use
 * it, and it includes nothing but sim/ and itself. */
#ifndef PEAKPATH_REPORT_REPORT_H
#define PEAKPATH_REPORT_REPORT_H

#include <stdio.h>

#include "../sim/pp_error.h"
#include "../sim/model/run.h"
#include "../sim/scenario/scenario.h"

/* The one place the version is written (the CLI prints it, exports stamp it). */
#define PEAKPATH_VERSION "0.1.0"

/* The scenario used when none is named (looked up in scenarios/ by cli_find_scenario); the one
 * place it is named. */
#define PEAKPATH_DEFAULT_SCENARIO "chongqing-baseline.ini"

/* Writes something to a stream; returns PP_OK or fills err. */
typedef pp_status (*report_writer)(FILE *f, const void *ctx, pp_error *err);

/* The formats of the year-by-year output (report/output.h). */
typedef enum { REPORT_FMT_TABLE, REPORT_FMT_CSV, REPORT_FMT_JSON } report_format;

#endif
