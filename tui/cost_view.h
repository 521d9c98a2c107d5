/* tui/cost_view.h - view 8, what a path costs and what it does for the air, in pages (8 again or n
 * turns them): investment by year stacked by technology; system cost against the reference (the
 * scenario as loaded, or the one chosen with c) with the discounted difference, the CO2 avoided and
 * the abatement cost; SO2, NOx and PM2.5 by year; and the marginal abatement cost curve of the
 * levers (tui/mac_view.c). Everything a page shows is computed on input (costv_update: the series in
 * the reader's units, report/units.h, and the curve, sim/analysis/mac.h); drawing only reads. */
#ifndef PEAKPATH_TUI_COST_VIEW_H
#define PEAKPATH_TUI_COST_VIEW_H

#include <wchar.h>

#include "../sim/analysis/mac.h"
#include "../sim/model/run.h"
#include "chart.h"
#include "layout.h"

typedef enum { COSTV_PAGE_INVEST, COSTV_PAGE_SYSTEM, COSTV_PAGE_AIR, COSTV_PAGE_MAC, COSTV_PAGE_COUNT } costv_page;

#define COSTV_MAX_LAYERS CHART_MAX_STACK
#define COSTV_AIR_N 3 /* SO2, NOx, PM2.5 */

typedef struct {
    costv_page page;
    /* pages 1-3: series in the display unit of the language (value x units_view factor) */
    int n_inv;                                 /* investment layers, bottom first */
    double inv[COSTV_MAX_LAYERS][RUN_MAX_YEARS];
    const char *inv_label[COSTV_MAX_LAYERS];
    int inv_style[COSTV_MAX_LAYERS];
    double sys[2][RUN_MAX_YEARS];              /* system cost: [0] the reference, [1] the edited run */
    double air[COSTV_AIR_N][RUN_MAX_YEARS];
    const char *money_unit, *air_unit;         /* "bn CNY" / "亿元", "kt" / "万吨" */
    int first_year, n_years;                   /* of the edited run the series follow */
    int ref_ok;                                /* the reference covers the same years */
    char diff[256];                            /* the system-cost page's line: NPV difference, CO2 avoided,
                                                  CNY/t, in the reader's units; "" when the runs differ */
    /* page 4: the curve of the edited scenario, recomputed once per engine re-run */
    int mac_computed;
    unsigned mac_gen;
    pp_status mac_status;
    char mac_error[PP_ERR_MSG_MAX];
    mac_curve mac;
    int cursor, first;                         /* selected and first shown row of the curve's table */
} costv_state;

struct app;

/* Keys of view 8: 8 (when it is the view) and n turn the page; on the curve page Up/Down (k/j)
 * move the selection and Enter selects that lever in the panel (back to the CO2 view). Returns 1
 * when handled. */
int costv_key(struct app *a, int is_key, wint_t c);

/* Refreshes what view 8 shows when it is the view (the curve only on its page and when the edited
 * scenario was re-run since). Called by app_compute. */
void costv_update(struct app *a);

/* Draws view 8 (frame included) into r; computes nothing. */
void costv_draw(const struct app *a, const lay_rect *r);

/* The curve chart's value range, CNY/t: from the lowest to the highest bar's cost (0 included), but
 * a bar more than twice as far out as the next on its side is cut at 1.25 times that next one;
 * without costs 0..1. Pure; exposed for tests/test_tui_mac.c. */
void mac_view_range(const mac_curve *m, double *lo, double *hi);

/* The curve page (tui/mac_view.c): computes the curve when due (from costv_update), and draws it. */
void mac_view_update(struct app *a);
void mac_view_draw(const struct app *a, const lay_rect *r);

#endif
