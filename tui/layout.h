/* tui/layout.h - splits the terminal into the TUI's rectangles (title, levers, views, status,
 * message, key bar). Pure arithmetic on the terminal size: no curses, unit-tested. */
#ifndef PEAKPATH_TUI_LAYOUT_H
#define PEAKPATH_TUI_LAYOUT_H

#define LAY_MIN_COLS 80
#define LAY_MIN_ROWS 24

typedef struct {
    int y, x, h, w; /* top row, left column, rows, columns; h == 0 or w == 0: not shown */
} lay_rect;

typedef struct {
    int cols, rows;
    int too_small;     /* below LAY_MIN_COLS x LAY_MIN_ROWS: only a message is drawn */
    lay_rect title;    /* one row: name, file, unsaved mark, view tabs */
    lay_rect levers;   /* the levers panel (with its frame) */
    lay_rect view;     /* the main view (with its frame) */
    lay_rect view2;    /* a second view under the main one on tall terminals, else h == 0 */
    lay_rect side;     /* key numbers, loaded vs edited, on very wide terminals, else w == 0 */
    lay_rect status;   /* one row: the indicators a workshop argues about */
    lay_rect message;  /* one row: messages, prompts, questions, or the scenario description */
    lay_rect keys;     /* one row: the main keys */
    int lever_detail;  /* 1: the levers panel is wide enough for a "loaded value" column */
} lay_layout;

/* Computes the layout of a cols x rows terminal into *out. Cannot fail: a terminal below the
 * minimum gets too_small = 1 and zero-sized panels. */
void lay_compute(int cols, int rows, lay_layout *out);

/* 1 when (y, x) lies inside r. */
int lay_contains(const lay_rect *r, int y, int x);

/* The inside of a framed rectangle (one cell of frame on each side); zero-sized when too small. */
lay_rect lay_inner(const lay_rect *r);

/* Splits r into two parts side by side (vertical = 0: top and bottom) with the first part
 * taking `first` cells; *a and *b receive the parts. */
void lay_split(const lay_rect *r, int vertical, int first, lay_rect *a, lay_rect *b);

#endif
