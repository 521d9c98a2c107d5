/* report/export_svg.h - charts of a run as SVG files sized for a slide (1280 x 720): CO2 path with
 * its peak, 2030 and zero lines and the challenge's goals; energy mix; power capacity; economic
 * structure; investment by technology; air pollutants; and several runs' CO2 paths overlaid (the workshop room). Labels in English or
 * Chinese. Formatting only: every number drawn comes from run_result. */
#ifndef PEAKPATH_REPORT_EXPORT_SVG_H
#define PEAKPATH_REPORT_EXPORT_SVG_H

#include <stdio.h>

#include "../sim/analysis/mc.h"
#include "report.h"

#define SVG_WIDTH 1280
#define SVG_HEIGHT 720
#define SVG_OVERLAY_MAX 12 /* runs one overlay chart shows */

/* investment: bn CNY a year by technology, stacked; pollutants: SO2, NOx and PM2.5, kt a year
 * (issue 12; in Chinese 亿元 and 万吨). */
typedef enum {
    SVG_EMISSIONS, SVG_MIX, SVG_CAPACITY, SVG_STRUCTURE, SVG_INVESTMENT, SVG_POLLUTANTS, SVG_CHART_COUNT
} svg_chart;

/* "emissions", "mix", "capacity", "structure", "investment", "pollutants" (case-insensitive) into
 * *out: 0, or -1. */
int svg_chart_parse(const char *name, svg_chart *out);

/* The name of a chart ("emissions"...). */
const char *svg_chart_name(svg_chart c);

/* One chart of one run. scn gives the name, region and the challenge (goals drawn on the
 * emissions chart and listed on every chart). */
typedef struct {
    const scn_scenario *scn;
    const run_result *res;
    svg_chart chart;
    int zh; /* 1: Chinese labels */
    const mc_result *bands; /* NULL: none; else (emissions chart) the 5-95 % band of gross CO2,
                               P(peak by 2030), P(net zero by 2060) and the peak-year histogram */
} svg_one;

/* Writes the chart ctx (an svg_one) as a complete SVG document. PP_ERR_IO when the stream fails.
 * A report_writer. */
pp_status svg_write(FILE *f, const void *ctx, pp_error *err);

/* Several runs' gross CO2 paths on one chart, each with its peak marked. Runs may differ in their
 * years. */
typedef struct {
    int n;
    const char *name[SVG_OVERLAY_MAX];      /* legend text, UTF-8 */
    const run_result *res[SVG_OVERLAY_MAX];
    const char *title;                      /* NULL: "CO2 paths compared" */
    int zh;
} svg_overlay;

/* Writes the overlay chart ctx (an svg_overlay). A report_writer. */
pp_status svg_write_overlay(FILE *f, const void *ctx, pp_error *err);

/* Writes any report_writer's output into memory, then atomically to path (report/save.h): refuses an
 * existing path unless overwrite (PP_ERR_USAGE, "already exists"). For the TUI's export keys:
 * ask the user before passing overwrite = 1. */
pp_status svg_save_with(const char *path, report_writer writer, const void *ctx, int overwrite, pp_error *err);

/* Writes s with XML entities for & < > " ' (one function for every text in the document). */
void svg_escape(FILE *f, const char *s);

#endif
