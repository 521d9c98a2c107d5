/* tui/views.h - the views beside the levers: CO2 path (with the loaded scenario faint behind),
 * primary energy mix, power capacity, economic and industry structure, and a table of every
 * result by year. Each builds chart specs from run_result (update) and puts them (draw). */
#ifndef PEAKPATH_TUI_VIEWS_H
#define PEAKPATH_TUI_VIEWS_H

#include "app.h"
#include "chart.h"

#include <stddef.h>

/* Title of a view in the current language. */
const char *view_title(const app *a, app_view v);

/* Draws view v (with its frame) into r. */
void view_draw(app *a, app_view v, const lay_rect *r);

/* The CO2 chart spec of a result against a reference (NULL: none); labels point into buf. */
void view_co2_spec(const app *a, const run_result *r, const run_result *ref, chart_spec *sp,
                   char *buf, int size);

/* Starts a chart spec over years first_year.. (n_years) as the views do: the 2030 mark, the
 * terminal's characters and colours, playback's cut year. For views in other files (cost_view.c). */
void view_chart_begin(const app *a, int first_year, int n_years, chart_spec *sp);

/* Computes and puts the chart sp into the cells of r (no frame). */
void view_put_chart(const chart_spec *sp, const lay_rect *r);

/* Rows and year columns the table shows in r (for scrolling limits). */
/* "Peak 2024 190.4 Mt" / "达峰 2024年 1.90亿吨": the peak label of the CO2 chart (and playback). */
void view_peak_label(const app *a, int year, double mt, char *buf, size_t size);

void view_table_extent(const app *a, const lay_rect *r, int *rows, int *cols, int *n_cols_total);

#endif
