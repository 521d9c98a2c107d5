/* tui/help.h - the key bar (bottom line, the main keys), the `?` help listing every key, and the
 * centred question box (unsaved changes). */
#ifndef PEAKPATH_TUI_HELP_H
#define PEAKPATH_TUI_HELP_H

#include "app.h"

void help_keybar(app *a);
void help_draw(app *a);

/* Space or PgDn on a help screen with more keys than fit turns to the next page and returns 1;
 * any other key returns 0 (the caller closes the help, which opens on its first page next time). */
int help_turn_page(app *a, int is_key, wint_t ch);

/* A centred box with two lines of text (the second may be NULL). */
void help_question(app *a, const char *line1, const char *line2);

#endif
