/* tui/chart_area.h - the stacked areas of a chart (tui/chart_area.c), shared with tui/chart.c
 * only: internal to the chart module. */
#ifndef PEAKPATH_TUI_CHART_AREA_H
#define PEAKPATH_TUI_CHART_AREA_H

#include "chart.h"

/* Sets one cell (no background); outside the grid does nothing. */
void chart_put(chart_grid *g, int row, int col, wchar_t ch, int style);

/* The swatch / whole-cell fill of stacked series s: a full block in colour, fills that differ
 * in monochrome (█▓▒░...) and ASCII (#=+:...). */
wchar_t chart_area_char(const chart_spec *sp, int s);

/* 1 when series s has a finite value other than 0 in a year the x axis spans. */
int chart_series_nonzero(const chart_spec *sp, int s);

/* Fills the plot of gm with sp's stacked areas, bottom series first, column by column. */
void chart_plot_stacked(chart_grid *g, const chart_spec *sp, const chart_geom *gm);

#endif
