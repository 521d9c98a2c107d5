/* tui/seek_ui.h - goal seeking from the TUI (key G): a prompt for a target in the CLI's syntax
 * (sim/analysis/seek.h), the engine's seek on the selected lever of the edited scenario, and the answer
 * applied as one undoable lever move (app_set_lever, as the arrow keys do). */
#ifndef PEAKPATH_TUI_SEEK_UI_H
#define PEAKPATH_TUI_SEEK_UI_H

#include <stddef.h>

#include "../sim/analysis/seek.h"
#include "../report/i18n.h"

#define SEEK_UI_TEXT_MAX 128

typedef struct {
    char last[SEEK_UI_TEXT_MAX]; /* the last target typed, offered again */
} seek_ui_state;

struct app;

/* Opens the target prompt for the selected lever. */
void seek_ui_start(struct app *a);

/* The prompt's label ("Goal for Solar PV capacity: ") into buf. */
void seek_ui_label(const struct app *a, char *buf, size_t size);

/* Draws the examples of targets on the key bar row while the prompt is open. */
void seek_ui_draw_examples(struct app *a);

/* Parses text, seeks on the selected lever and, when a value meets the target, moves the lever
 * there as one undo step. Every outcome (met, already met, out of reach with the best value,
 * a bad target, a solver failure) is said on the message line. Returns 0 when the lever moved
 * or the target was already met, -1 otherwise. */
int seek_ui_apply(struct app *a, const char *text);

/* The message for a seek result (pure, tested), naming the lever (label, unit), the values before
 * and after, the target's metric there and the runs. */
void seek_ui_describe(const seek_result *r, const seek_target *t, const char *lever, const char *unit,
                      i18n_lang lang, char *buf, size_t size);

#endif
