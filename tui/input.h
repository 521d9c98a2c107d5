/* tui/input.h - what keys and the mouse do: lever selection and moves, exact values, resets,
 * undo/redo, views, table scrolling, save/open prompts, language, help and the quit question. */
#ifndef PEAKPATH_TUI_INPUT_H
#define PEAKPATH_TUI_INPUT_H

#include <wchar.h>

#include "app.h"

/* Handles one get_wch result: is_key is 1 for KEY_CODE_YES (then ch is a KEY_* code). */
void inp_handle(app *a, int is_key, wint_t ch);

/* Draws the prompt line when a prompt is open and places the cursor; hides it otherwise. */
void inp_draw_prompt(app *a);

#endif
