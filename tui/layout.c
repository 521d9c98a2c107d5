/* tui/layout.c - the TUI's rectangles from the terminal size. Larger terminals get a wider
 * levers panel with more detail and a second view, never a stretched copy of the small layout.
 * Pure arithmetic: no curses. */
#include "layout.h"

#include <string.h>

/* Levers panel widths in columns: readable labels + value + unit + slider at 80 columns, and
 * an extra "loaded value" column once the terminal is wide enough to spare it. */
#define LEVERS_W_NARROW 40
#define LEVERS_W_MEDIUM 46
#define LEVERS_W_WIDE 60
#define WIDE_COLS 150     /* from here the panel shows the loaded value too */
#define MEDIUM_COLS 110
#define TALL_ROWS 40      /* from here a second view sits under the main one */
#define SIDE_COLS 170     /* from here a panel of key numbers sits right of the views */
#define SIDE_W 44
#define VIEW2_SHARE_PCT 40

/* ---- helpers ---- */

static lay_rect rect(int y, int x, int h, int w)
{
    lay_rect r;
    r.y = y; r.x = x;
    r.h = h > 0 ? h : 0;
    r.w = w > 0 ? w : 0;
    return r;
}

static int levers_width(int cols)
{
    if (cols >= WIDE_COLS) return LEVERS_W_WIDE;
    if (cols >= MEDIUM_COLS) return LEVERS_W_MEDIUM;
    return LEVERS_W_NARROW;
}

/* ---- public functions ---- */

void lay_compute(int cols, int rows, lay_layout *out)
{
    int body_top = 1, body_h, lw;
    memset(out, 0, sizeof *out);
    out->cols = cols;
    out->rows = rows;
    if (cols < LAY_MIN_COLS || rows < LAY_MIN_ROWS) {
        out->too_small = 1;
        return;
    }
    body_h = rows - 4; /* title above; status, message and keys below */
    lw = levers_width(cols);
    out->lever_detail = cols >= WIDE_COLS;
    out->title = rect(0, 0, 1, cols);
    out->levers = rect(body_top, 0, body_h, lw);
    out->view = rect(body_top, lw, body_h, cols - lw);
    if (cols >= SIDE_COLS) lay_split(&out->view, 1, cols - lw - SIDE_W, &out->view, &out->side);
    if (rows >= TALL_ROWS) {
        int h2 = body_h * VIEW2_SHARE_PCT / 100;
        lay_split(&out->view, 0, body_h - h2, &out->view, &out->view2);
    }
    out->status = rect(rows - 3, 0, 1, cols);
    out->message = rect(rows - 2, 0, 1, cols);
    out->keys = rect(rows - 1, 0, 1, cols);
}

int lay_contains(const lay_rect *r, int y, int x)
{
    return r->h > 0 && r->w > 0 && y >= r->y && y < r->y + r->h && x >= r->x && x < r->x + r->w;
}

lay_rect lay_inner(const lay_rect *r)
{
    if (r->h < 3 || r->w < 3) return rect(r->y, r->x, 0, 0);
    return rect(r->y + 1, r->x + 1, r->h - 2, r->w - 2);
}

void lay_split(const lay_rect *r, int vertical, int first, lay_rect *a, lay_rect *b)
{
    lay_rect src = *r;
    if (vertical) {
        if (first > src.w) first = src.w;
        *a = rect(src.y, src.x, src.h, first);
        *b = rect(src.y, src.x + first, src.h, src.w - first);
    } else {
        if (first > src.h) first = src.h;
        *a = rect(src.y, src.x, first, src.w);
        *b = rect(src.y + first, src.x, src.h - first, src.w);
    }
}
