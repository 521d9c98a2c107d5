/* tui/seek_multi_ui.h - multi-lever goal seek from the TUI (key M): a prompt for one or more targets
 * (the CLI's syntax, all must hold) and, after "@", the levers to use (section.key, comma-separated;
 * by default the three open levers whose greener end cuts cumulative CO2 most, from
 * sim/analysis/sensitivity.h); sim/analysis/seek_multi.h on the edited scenario; the answer applied as
 * ONE undoable step however many levers move. */
#ifndef PEAKPATH_TUI_SEEK_MULTI_UI_H
#define PEAKPATH_TUI_SEEK_MULTI_UI_H

#include <stddef.h>

#include "../sim/analysis/seek_multi.h"

#define SEEKM_UI_TEXT_MAX 256
#define SEEKM_UI_DEFAULT_LEVERS 3

typedef struct {
    char last[SEEKM_UI_TEXT_MAX]; /* the last text typed, offered again */
    int n_default;                /* the default levers found when the prompt opened */
    int lever_default[SEEKM_UI_DEFAULT_LEVERS];
} seekm_ui_state;

struct app;

/* Opens the prompt (pre-filled with the last text, or the default levers' peak target). */
void seekm_ui_start(struct app *a);

/* The prompt's label into buf. */
void seekm_ui_label(const struct app *a, char *buf, size_t size);

/* Examples on the key bar row while the prompt is open. */
void seekm_ui_draw_examples(struct app *a);

/* Parses "TARGET [TARGET...] [@ key,key]", seeks, and moves the levers as one undo step when the
 * targets can be met; every outcome is said on the message line. 0 when levers moved or the
 * targets were already met, -1 otherwise. */
int seekm_ui_apply(struct app *a, const char *text);

#endif
