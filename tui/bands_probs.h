/* tui/bands_probs.h - beside the Monte Carlo band on the CO2 view: P(peak by 2030), P(neutral by
 * 2060) and a small histogram of the draws' peak years, all read from mc_run's result (bands.h);
 * nothing computed here but the histogram's bins (bands_probs_bins, pure). */
#ifndef PEAKPATH_TUI_BANDS_PROBS_H
#define PEAKPATH_TUI_BANDS_PROBS_H

#include "../sim/analysis/mc.h"
#include "layout.h"

#define BANDS_PROBS_MAX_BINS 64

/* Bins the draws' peak years of mc into at most max_bins columns (max_bins <= BANDS_PROBS_MAX_BINS)
 * from the first to the last year any draw peaked in, each bin `*years_per_bin` whole years wide:
 * count[i] draws peaked in year *first + i * *years_per_bin ... The draws still rising in the end
 * year are not binned (mc->no_peak_count). Returns the number of bins (0: no draw peaked). Pure. */
int bands_probs_bins(const mc_result *mc, int max_bins, int *count, int *first, int *years_per_bin);

struct app;

/* Draws the probabilities and the histogram in the top right corner of the chart's inside `in`
 * (over the plot; the band's later years are usually low there). Nothing when in is too small. */
void bands_probs_draw(const struct app *a, const lay_rect *in);

#endif
