/* tui/challenge_panel.h - the workshop challenge in the TUI: its goals met or not as the levers
 * move (a box under the main view, "Goals 2/3" on the status line), the "challenge met" banner
 * when the last goal is reached, the brief on `g`, and locked or limited levers. Everything
 * comes from sim/scenario/challenge.h; this module only keeps the last evaluation and draws it. */
#ifndef PEAKPATH_TUI_CHALLENGE_PANEL_H
#define PEAKPATH_TUI_CHALLENGE_PANEL_H

#include <stddef.h>

#include "../sim/scenario/challenge.h"
#include "../sim/analysis/challenge_eval.h" /* chal_evaluate */
#include "layout.h"

typedef struct {
    chal_eval ev;     /* goals on the current run */
    int prev_met;     /* ev.all_met before the last re-run; -1 right after a load (no banner) */
    int banner;       /* show the "challenge met" banner until the next key */
    int brief;        /* `g`: the brief and the goals over the main view */
    lay_rect box;     /* where the goals box was drawn (h == 0: not shown) */
} chp_state;

struct app;

/* After a load: evaluates the goals without a banner. */
void chp_reset(struct app *a);

/* After every successful re-run: evaluates the goals; when they all become met, the banner. */
void chp_update(struct app *a);

/* A key was pressed: the banner goes. */
void chp_key_seen(struct app *a);

/* `g`: toggles the brief panel (a message when the scenario has no challenge). */
void chp_toggle_brief(struct app *a);

/* Takes the goals box off the bottom of *view (when there is a challenge and room). */
void chp_carve(struct app *a, lay_rect *view);

/* Draws the goals box, the brief panel and the banner (after the views). */
void chp_draw(struct app *a);

/* "Goals 2/3" for the status line; returns its style (tui_style) or -1 when there is no
 * challenge. */
int chp_status(const struct app *a, char *buf, size_t size);

/* ---- levers ---- */

/* 1 when lever id is locked by the challenge of the edited scenario. */
int chp_locked(const struct app *a, int id);

/* When lever id is locked: sets a message naming the challenge and returns 1. */
int chp_refuse(struct app *a, int id);

/* Clamps an arrow move of lever id into the challenge's limit (a message says so). */
void chp_clamp(struct app *a, int id, double *v);

/* Narrows a slider's range lo..hi to the lever's limit (widened to v when v lies outside). */
void chp_slider_range(const struct app *a, int id, double v, double *lo, double *hi);

/* Draws the lock mark in place of a slider of w cells at (y, x). */
void chp_draw_lock(const struct app *a, int y, int x, int w);

/* The details line of a locked or limited lever ("locked by the challenge · loaded 5",
 * "limit 2…11 GW · loaded 3.9"); line is left as it is for the other levers. */
void chp_detail(const struct app *a, int id, char *line, size_t size);

/* A goal and its value in the run: "Coal share 2030 < 38 %: 37.9 %" (zh: Chinese). Pure. */
void chp_goal_line(const chal_goal_result *g, int zh, char *buf, size_t size);

#endif
