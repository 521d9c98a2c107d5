/* tui/tornado_view.h - view 7, "what moves the peak": a tornado of every open lever at the low and
 * the high end of its plausible range (sim/analysis/sensitivity.h on the edited scenario), sorted
 * by the size of the change in peak year or in cumulative CO2, or by the lever's abatement cost per
 * tonne from view 8's MAC curve (key t cycles the three), each lever's current value marked within
 * its plausible range; Enter selects the lever in the lever panel. Computed on input
 * (tornado_update), drawn from that (tornado_draw). The cost ordering reads view 8's curve
 * (a->cost.mac), which is built from this view's own sensitivity runs: no run twice. */
#ifndef PEAKPATH_TUI_TORNADO_VIEW_H
#define PEAKPATH_TUI_TORNADO_VIEW_H

#include <wchar.h>

#include "../sim/analysis/mac.h"
#include "../sim/analysis/sensitivity.h"
#include "layout.h"

/* BY_COST: cheapest per tonne first (mac_lever.a.cny_per_t, the lever alone at its greener end);
 * the bars are the cumulative CO2 ones. */
typedef enum { TORNADO_BY_PEAK_YEAR, TORNADO_BY_CUM_CO2, TORNADO_BY_COST, TORNADO_BY_COUNT } tornado_by;

typedef struct {
    int k;          /* index into sens_result.lever[] */
    double d[SENS_ENDS]; /* change of the metric at the low and the high end (NAN: refused) */
    double size;    /* the larger |d|, what the rows are sorted by */
    double cny_per_t; /* TORNADO_BY_COST: the lever's bar on the MAC curve, CNY/t CO2; NAN when it
                       * is off the curve or has no cost */
} tornado_row;

typedef struct {
    tornado_by by;
    int computed;   /* sens and rows hold the current run */
    unsigned gen;   /* app run generation they were computed for */
    int resort;     /* the ordering changed (t): sort again, no new runs */
    pp_status status;
    char error[PP_ERR_MSG_MAX];
    sens_result sens;
    int n;          /* rows */
    tornado_row row[SENS_MAX_LEVERS];
    int cursor;     /* selected row */
    int first;      /* first row shown */
} tornado_state;

/* The sens_metric a tornado ordering reads. */
int tornado_metric(tornado_by by);

/* Rows of r for the metric of `by`: one per lever whose id has open[id] set (open may be NULL:
 * every lever), sorted by size (largest first; ties and refused levers keep schema order, a
 * lever refused at both ends last). Returns the number of rows. Pure. */
int tornado_rows(const sens_result *r, tornado_by by, const unsigned char *open, tornado_row *rows);

/* Reorders rows[0..n) (from tornado_rows) by the abatement cost of their lever in the curve m
 * (built from the same sensitivity result r): cheapest first; rows without a cost after them in
 * their order (by size); ties keep schema order. Sets each row's cny_per_t. Pure. */
void tornado_cost_order(const sens_result *r, const mac_curve *m, tornado_row *rows, int n);

struct app;

/* Keys of view 7: Up/Down (k/j) move the selection, Enter selects that lever in the panel and goes
 * back to the CO2 view, t cycles peak year / cumulative CO2 / cost. Returns 1 when handled. */
int tornado_key(struct app *a, int is_key, wint_t c);

/* Recomputes the tornado when view 7 is shown and the edited scenario was re-run since. */
void tornado_update(struct app *a);

/* The lever id of the tornado's row i (after tornado_update), -1 when none. */
int tornado_lever_at(const struct app *a, int i);

/* Draws view 7 (frame included) into r; computes nothing. */
void tornado_draw(const struct app *a, const lay_rect *r);

#endif
