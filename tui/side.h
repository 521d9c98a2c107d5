/* tui/side.h - the key numbers panel of very wide terminals: the figures a workshop compares,
 * for the scenario as loaded and as edited, side by side. Every number is read from run_result
 * and run_summary (side_rows is pure and tested); side_draw puts the panel on the screen. */
#ifndef PEAKPATH_TUI_SIDE_H
#define PEAKPATH_TUI_SIDE_H

#include <stddef.h>

#include "../sim/model/run.h"
#include "../report/i18n.h"

#define SIDE_MAX_ROWS 24

typedef struct {
    i18n_id label;
    char loaded[24], now[24]; /* formatted values ("-" when missing, "none" for an unreached year) */
    int changed;              /* the two differ */
} side_row;

/* Fills rows (at most SIDE_MAX_ROWS) from a loaded and an edited result; returns how many. */
int side_rows(const run_result *loaded, const run_result *now, i18n_lang lang, side_row *rows);

struct app;
void side_draw(struct app *a);

#endif
