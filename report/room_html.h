/* report/room_html.h - the projector page of `peakpath room DIR --html FILE`: one self-contained
 * HTML file (no scripts, no server, no files beside it) that reloads itself every few seconds:
 * the round and its countdown, the podium and leaderboard (goals met, then least cumulative CO2),
 * the spread of peak years and everyone's CO2 paths as inline SVG (report/room_svg.h), in large
 * type, in English or Chinese. The room rewrites it atomically (report/save.c). */
#ifndef PEAKPATH_REPORT_ROOM_HTML_H
#define PEAKPATH_REPORT_ROOM_HTML_H

#include <stdio.h>

#include "room_scan.h"
#include "room_workshop.h"

#define RHTML_REFRESH_S 3 /* the page reloads itself this often */

typedef struct {
    const rscan_table *t;
    int zh;
    const rws_workshop *ws;      /* NULL: no rounds */
    const rws_state *st;         /* with ws */
    long long now;               /* Unix time, for the countdown and "updated" */
    const run_result *solution;  /* the revealed worked solution, or NULL */
    const char *solution_label;
} rhtml_page;

/* Writes the page (ctx: an rhtml_page). A report_writer: PP_ERR_IO when the stream fails. */
pp_status rhtml_write(FILE *f, const void *ctx, pp_error *err);

/* The rows in leaderboard order (goals met, most first; then least cumulative CO2; broken rows
 * last; ties by name) into out (t->n pointers); the table itself is not reordered. */
void rhtml_rank(const rscan_table *t, const rscan_row **out);

#endif
