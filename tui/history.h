/* tui/history.h - undo/redo of lever moves. Each step holds the full value path of every key it
 * changed, before and after, so undoing restores exactly (a scaled path scaled back would not).
 * Pure: the app applies the paths with scn_set_path (and tells unsaved changes by comparing paths). */
#ifndef PEAKPATH_TUI_HISTORY_H
#define PEAKPATH_TUI_HISTORY_H

#include "../sim/scenario/scenario.h"

#define HIST_MAX 200 /* undo steps kept; the oldest is dropped beyond this */

typedef struct {
    int id;          /* parameter id */
    pp_path before, after;
} hist_change;

typedef struct {
    int n;
    hist_change *ch; /* n changes, malloc'd */
} hist_step;

typedef struct {
    hist_step step[HIST_MAX];
    int len;       /* steps stored */
    int pos;       /* steps applied: undo takes step[pos-1], redo step[pos] */
} hist_stack;

/* An empty history. */
void hist_init(hist_stack *h);

/* Frees every step; the history is empty afterwards. */
void hist_free(hist_stack *h);

/* Records a step of n changes (copied) after the current position, dropping any redo steps.
 * Returns 0, or -1 when out of memory (nothing recorded). n == 0 records nothing. */
int hist_push(hist_stack *h, const hist_change *ch, int n);

/* The step to revert (apply its `before` paths, last change first), or NULL when there is none.
 * Moves the position back. */
const hist_step *hist_undo(hist_stack *h);

/* The step to re-apply (its `after` paths), or NULL. Moves the position forward. */
const hist_step *hist_redo(hist_stack *h);

#endif
