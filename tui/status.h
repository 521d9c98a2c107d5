/* tui/status.h - the status line: peak year (good by 2030, bad after), peak Mt and plateau, coal and
 * non-fossil shares in 2030, carbon intensity 2030 vs 2015, neutrality year. stat_build picks
 * long or short labels to fit the width (pure, tested); stat_draw puts it on the screen. */
#ifndef PEAKPATH_TUI_STATUS_H
#define PEAKPATH_TUI_STATUS_H

#include "../sim/model/run.h"
#include "../report/i18n.h"

#define STAT_MAX_SEG 6

typedef struct {
    int n;
    struct {
        char text[96];
        int style; /* tui_style */
    } seg[STAT_MAX_SEG];
} stat_line;

/* Builds the segments from a run's summary and its year-2030 carbon intensity change vs 2015
 * (RV_CI_VS_2015, NAN when absent), using the short labels when the long ones do not fit in
 * `cols` with separators of `sep_w` cells, then leaving out the plateau, and dropping segments
 * from the end if still too wide. */
void stat_build(const run_result *r, i18n_lang lang, int cols, int sep_w, stat_line *out);

/* Cells the segments take with separators of sep_w cells. */
int stat_width(const stat_line *l, int sep_w);

struct app;
void stat_draw(struct app *a);

#endif
