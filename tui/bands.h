/* tui/bands.h - Monte Carlo bands on the CO2 view (key m): sim/analysis/mc.h run on the edited scenario's
 * `.range` keys, cached until the next engine re-run, drawn as a shaded 5-95 % band with the
 * median behind the lines. The band fill (bands_fill) is pure and tested. */
#ifndef PEAKPATH_TUI_BANDS_H
#define PEAKPATH_TUI_BANDS_H

#include "../sim/analysis/mc.h"
#include "chart.h"
#include "layout.h"

#define BANDS_DRAWS 500     /* draws per computation: ~40-80 ms on one core of the dev machine */
#define BANDS_SEED 1UL      /* fixed, so the same scenario always shows the same band */
#define BANDS_SLOW_MS 100.0 /* a computation slower than this is announced ("computing...") */

typedef struct {
    int on;                 /* the user asked for bands */
    int valid;              /* mc holds the bands of the current run */
    unsigned gen;           /* app run generation the bands were computed for */
    mc_result mc;
    double ms;              /* how long the last computation took */
} bands_state;

struct app;

/* Toggles the bands. Turning them on a scenario without `.range` keys says so on the message
 * line and leaves them off. */
void bands_toggle(struct app *a);

/* Recomputes the bands when on and the edited scenario was re-run since the last computation.
 * A failure (no ranges left after opening another file, every draw refused) turns them off and
 * says why on the message line. */
void bands_update(struct app *a);

/* Draws the CO2 chart sp boxed in r with the bands behind its lines, when they are on and valid
 * (bands_update computed them on input, before the frame; drawing never runs the Monte Carlo).
 * Returns 1 when it drew, 0 when the caller should draw the plain chart. */
int bands_chart(const struct app *a, const lay_rect *r, chart_spec *sp);

/* Shades the blank plot cells of g (computed from sp) between lo and hi, year by year, with
 * ch in `style`; lines, labels and marks already there stay on top, and a playback cut
 * (sp->cut_year) ends the band there too. Pure. */
void bands_fill(chart_grid *g, const chart_spec *sp, const double *lo, const double *hi, wchar_t ch,
                int style);

/* Number of keys of the scenario that carry a `.range`. */
int bands_count_ranges(const struct app *a);

#endif
