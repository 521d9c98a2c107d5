/* tui/reference.h - the reference scenario: another scenario file, calibrated and run on its own,
 * drawn as the faint line behind the edited one instead of the file "as loaded" (key c), and
 * the other side of the decomposition view's scenario comparison. */
#ifndef PEAKPATH_TUI_REFERENCE_H
#define PEAKPATH_TUI_REFERENCE_H

#include "../sim/model/run.h"
#include "../sim/scenario/scenario.h"
#include "chart.h"

#define REF_PATH_MAX 4096

typedef struct {
    scn_scenario *scn;            /* NULL: the reference is the scenario as loaded */
    run_result res;               /* its run (valid when scn is set) */
    char file[REF_PATH_MAX];      /* as typed */
    char name[160];               /* its [scenario] name, or the file's base name */
    char label[160];              /* the name as it fits in the legend */
    double co2_mt[RUN_MAX_YEARS]; /* its gross CO2 on the edited run's years (NAN outside its run) */
} ref_state;

struct app;

/* Opens the file prompt (Tab completes; an empty answer goes back to "as loaded"). */
void ref_start(struct app *a);

/* Loads path as the reference, calibrates and runs it; "" drops the reference. Returns 0, or -1
 * with the reason on the message line, the reference then staying as it was. */
int ref_choose(struct app *a, const char *path);

/* The reference run: the chosen scenario's, or the loaded scenario's (a->base_res). */
const run_result *ref_result(const struct app *a);

/* Its legend label: the chosen scenario's name, or "As loaded". */
const char *ref_label(const struct app *a);

/* Points the CO2 chart's faint line (series 0) at the chosen reference, aligned to the edited
 * run's years, with its name as the label, cut to what the legend of a chart `width` cells wide
 * has left once the other series are named. Nothing when no reference is chosen. */
void ref_chart(struct app *a, chart_spec *sp, int width);

/* Copies UTF-8 s into out cut to at most cols cells, the last being an ellipsis ("~" when not
 * utf8) when it does not fit. Pure; exposed for the tests. */
void ref_fit_label(const char *s, int cols, int utf8, char *out, size_t size);

/* Frees the reference. */
void ref_free(ref_state *r);

#endif
