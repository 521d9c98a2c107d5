/* report/export_md.h - one-page Markdown summaries: of one scenario (peak, neutrality, cumulative
 * CO2, a table of shares in 2020/2025/2030/2060, the challenge's goals) and of a whole workshop
 * room (one row per participant). In English or Chinese. Formatting only: the numbers come from
 * run_result and the room's rows. */
#ifndef PEAKPATH_REPORT_EXPORT_MD_H
#define PEAKPATH_REPORT_EXPORT_MD_H

#include <stdio.h>

#include "report.h"
#include "room_scan.h"

typedef struct {
    const scn_scenario *scn;
    const run_result *res;
    const char *file; /* as the user named it */
    int zh;
} md_one;

typedef struct {
    const rscan_table *room;
    int zh;
} md_room;

/* Writes the summary of one scenario (ctx: md_one). A report_writer; PP_ERR_IO when the stream fails. */
pp_status md_write_scenario(FILE *f, const void *ctx, pp_error *err);

/* Writes the summary of a room (ctx: md_room): every participant's row in the table's current
 * order, broken files with their error. A report_writer. */
pp_status md_write_room(FILE *f, const void *ctx, pp_error *err);

/* Writes s for a Markdown table cell or line: characters with a meaning in Markdown are escaped
 * with a backslash, line breaks become spaces. */
void md_escape(FILE *f, const char *s);

#endif
