/* tui/decomp_view.h - view 6: why CO2 changes, as a horizontal bar chart of the LMDI effects
 * (sim/analysis/lmdi.h) between two years of the edited run, or between the reference scenario and the
 * edited one in a year. decomp_layout/decomp_bar are the pure, tested layout; the numbers are
 * lmdi_co2_decompose's. */
#ifndef PEAKPATH_TUI_DECOMP_VIEW_H
#define PEAKPATH_TUI_DECOMP_VIEW_H

#include <wchar.h>

#include "../sim/analysis/lmdi.h"
#include "layout.h"

#define DECOMP_FROM_DEFAULT 2020 /* last historical year of the shipped scenarios */
#define DECOMP_TO_DEFAULT 2030   /* the peaking target year */
#define DECOMP_VALUE_W 8         /* "+108.7" and a margin */

typedef struct {
    int from_year, to_year; /* 0: the defaults above (clamped into the run) */
    int vs_ref;             /* 1: reference scenario -> edited, both in to_year */
    /* The decomposition the view draws, computed on input (decomp_update), never in a frame. */
    int computed;           /* dc or error holds the current years, mode and runs */
    pp_status status;       /* of the last lmdi_co2_decompose */
    lmdi_co2 dc;
    char error[PP_ERR_MSG_MAX];
} decomp_state;

typedef struct {
    int label_w;         /* cells for the effect names, from column 0 */
    int bar_x, bar_w;    /* bar area: first column and width; one cell of it is the zero axis */
    int value_x;         /* first column of the value labels */
    int zero;            /* the zero axis, in cells from bar_x */
    double cells_per_mt; /* bar length of 1 Mt */
} decomp_geom;

/* Lays out n bars of values v (Mt) in a row `w` cells wide whose names need `label_need` cells:
 * names (at most half of w), bars, values (DECOMP_VALUE_W) one cell apart. The zero axis
 * splits the bar area in proportion to the largest negative and positive values so both fit.
 * A bar area under 3 cells gets bar_w 0. Pure. */
void decomp_layout(const double *v, int n, int w, int label_need, decomp_geom *out);

/* The cells of the bar of v, from bar_x: first cell and count (positive right of the axis,
 * negative left of it, never past the area). Pure. */
void decomp_bar(const decomp_geom *g, double v, int *start, int *len);

struct app;

/* Keys of the decomposition: ( ) move the first year, 9 0 the second, d switches to reference
 * vs edited. Returns 1 when c is one of them. */
int decomp_key(struct app *a, wint_t c);

/* Computes the decomposition view 6 shows (years clamped into the run) when it is the view;
 * called after every input, before the frame. */
void decomp_update(struct app *a);

/* Draws view 6 (frame included) into r from what decomp_update computed; computes nothing. */
void decomp_draw(const struct app *a, const lay_rect *r);

#endif
