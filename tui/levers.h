/* tui/levers.h - the levers panel: every scenario key with a lever group (sim/scenario/params.h), grouped
 * and ordered as the table says, with value, unit and a small slider. The pure parts (ordering,
 * scrolling, slider, number format) are unit-tested; lev_draw puts the panel on the screen. */
#ifndef PEAKPATH_TUI_LEVERS_H
#define PEAKPATH_TUI_LEVERS_H

#include <stddef.h>
#include <wchar.h>

#include "../report/units.h"
#include "../sim/scenario/params.h"

#define LEV_MAX_ROWS (P_COUNT + LG_COUNT)

typedef struct {
    int n;                       /* levers */
    int id[P_COUNT];             /* their parameter ids, by group then table order */
    int n_rows;                  /* rows of the panel: a header per group, then its levers */
    int row_lever[LEV_MAX_ROWS]; /* lever index shown on a row, or -1 - group for a header */
} lev_list;

/* Fills l from the parameter table. Cannot fail. */
void lev_build(lev_list *l);

/* Row of lever index i (0 when out of range). */
int lev_row_of(const lev_list *l, int i);

/* First row to show so that lever `sel` is visible in `visible` rows, moving as little as possible
 * from `first`; the group header above the selection is kept in view when there is room. */
int lev_scroll(const lev_list *l, int sel, int visible, int first);

/* The value range a slider spans for lever id loaded at `base` and now at v: the lever's plausible
 * range (sim/scenario/levers_list.h), whatever v is. A key without one (not a lever) gets the
 * loaded value plus or minus the larger of ten steps and half its size, inside the key's range,
 * widened to v. */
void lev_slider_range(int id, double base, double v, double *lo, double *hi);

/* -1 when v lies below lo..hi, +1 above it, 0 inside (ends included, to rounding). */
int lev_outside(double v, double lo, double hi);

/* Slider of `width` cells into out (width characters + 0): a track, a mark where the loaded value
 * is (none when that lies outside lo..hi) and a knob at v; a v beyond the range puts an arrow
 * pointing out of the range on the end cell instead of the knob. Returns the knob's cell. */
int lev_slider(double v, double base, double lo, double hi, int width, int utf8, wchar_t *out);

/* Formats v with the decimals the step needs (0.25 -> 2, 0.5 -> 1, 2 -> 0), more when v itself
 * has them (up to 3). */
void lev_format(double v, double step, char *buf, size_t size);

/* Lever p's unit as the reader sees it (report/units.h): the key's own unit in English, the
 * planning unit in Chinese (GW -> 万千瓦 x 100, TWh -> 亿千瓦时 x 10, Mt -> 万吨 x 100). The scenario
 * keeps the key's unit; only what is shown and typed is in the view's. */
unit_view lev_view(const pp_param *p, i18n_lang lang);

/* v (in the key's unit) formatted in the reader's unit, with the decimals of the step so shown
 * (lev_format): solar 4.5 GW is "4.5" in English, "450" (万千瓦) in Chinese. */
void lev_format_in(const pp_param *p, i18n_lang lang, double v, char *buf, size_t size);

/* One Left/Right press of a lever (big: ten presses), in the key's unit. */
double lev_step(const pp_param *p, int big);

struct app;
/* Draws the panel into the app's levers rectangle. */
void lev_draw(struct app *a);

/* Lever index shown at screen row y of the panel, or -1 (header, frame, outside). */
int lev_at_screen_row(const struct app *a, int y);

/* When screen column x is on the slider of lever i, the value there (on the lever's step grid
 * through its loaded value) in *v and 1; else 0. */
int lev_slider_hit(const struct app *a, int i, int x, double *v);

/* Value at cell c of a slider of width cells over lo..hi, rounded to whole steps from base. */
double lev_slider_value(int c, int width, double lo, double hi, double base, double step);

#endif
