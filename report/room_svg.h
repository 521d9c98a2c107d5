/* report/room_svg.h - the whole room's CO2 paths on one SVG chart: every participant whose file
 * runs (or only the marked ones), each in its own colour from a palette of 20 told-apart colours
 * (dashed after that), a legend in columns, peaks marked, 2030 and the worked solution when
 * revealed. Standalone (the room's export) or inline in the projector page (report/room_html.c).
 * Values in the language's units (report/units.h). Never prints beyond its stream. */
#ifndef PEAKPATH_REPORT_ROOM_SVG_H
#define PEAKPATH_REPORT_ROOM_SVG_H

#include <stdio.h>

#include "../sim/model/run.h"
#include "room_scan.h"

#define RSVG_COLORS 20

typedef struct {
    const rscan_table *t;
    int zh;
    int marked_only;              /* only rows with `marked` set */
    int standalone;               /* 1: an SVG document (XML prolog, fixed size); 0: an <svg> element */
    const run_result *solution;   /* the worked solution (drawn black and thick), or NULL */
    const char *solution_label;
} rsvg_room;

/* Writes the chart (ctx: an rsvg_room). A report_writer: PP_ERR_IO when the stream fails. */
pp_status rsvg_write(FILE *f, const void *ctx, pp_error *err);

/* The colour of the i-th line ("#rrggbb"), and whether it is dashed (i >= RSVG_COLORS). */
const char *rsvg_color(int i);

#endif
