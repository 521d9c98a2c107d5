/* tui/draw.h - the TUI's curses primitives: styled UTF-8 text fitted to a width, blank rectangles,
 * frames with titles, and putting a chart grid on the screen. Everything else draws through these. */
#ifndef PEAKPATH_TUI_DRAW_H
#define PEAKPATH_TUI_DRAW_H

#include "chart.h"
#include "layout.h"

/* Text at (y, x) fitted into w cells (cut with an ellipsis); with pad the rest of w is blanked,
 * with right the text is right-aligned. Returns the cells written (w when padded). */
int drw_text(int y, int x, int w, const char *utf8, int style, int pad, int right, int utf8_term);

/* Blanks a rectangle in a style. */
void drw_fill(const lay_rect *r, int style);

/* A frame around r with an optional title in the top edge (highlighted when focused). */
void drw_box(const lay_rect *r, const char *title, int focused, int utf8_term);

/* Puts grid g with its top-left cell at (y, x). */
void drw_grid(const chart_grid *g, int y, int x);

/* The terminal's copy of rows y..y+n-1 is stale (a box over them cut a wide character in half):
 * the next refresh repaints them whole instead of only the cells that changed. */
void drw_repaint_rows(int y, int n);

/* One wide character at (y, x) in a style. */
void drw_char(int y, int x, wchar_t ch, int style);

/* A wide string at (y, x) in a style, as it is (the caller has fitted it). */
void drw_wtext(int y, int x, const wchar_t *w, int style);

#endif
