/* tui/draw.c - curses primitives of the TUI: fitted wide-character text, fills, frames, and
 * chart grids. Every panel draws through these; only set-up (tui/tui.c, tui/theme.c), input and
 * the cursor (tui/input.c) and the frame (tui/app.c) call curses themselves. */
#include "draw.h"

#include <string.h>

#include "../report/safe_text.h"
#include "curses_wide.h"
#include "style.h"
#include "text.h"
#include "theme.h"

#define LINE_MAX_CELLS 1024

/* ---- helpers ---- */

static void set_style(int style)
{
    attr_t a;
    short pair;
    thm_get(style, &a, &pair);
    attr_set(a, pair, NULL);
}

/* ---- public functions ---- */

int drw_text(int y, int x, int w, const char *utf8, int style, int pad, int right, int utf8_term)
{
    wchar_t buf[LINE_MAX_CELLS];
    wchar_t ell = utf8_term ? L'…' : L'~';
    char safe[4 * LINE_MAX_CELLS];
    int used;
    if (w <= 0) return 0;
    utf8 = txt_safe_term(utf8, safe, sizeof safe, 0); /* names from files are hostile (report/safe_text.h) */
    if (w > LINE_MAX_CELLS - 1) w = LINE_MAX_CELLS - 1;
    if (pad || right) used = txt_pad(utf8, w, right, ell, buf, LINE_MAX_CELLS);
    else used = txt_fit(utf8, w, ell, buf, LINE_MAX_CELLS);
    set_style(style);
    mvaddwstr(y, x, buf);
    set_style(ST_NORMAL);
    return used;
}

void drw_repaint_rows(int y, int n)
{
    int rows = getmaxy(stdscr);
    if (y < 0) {
        n += y;
        y = 0;
    }
    if (y + n > rows) n = rows - y;
    if (n > 0) wredrawln(stdscr, y, n);
}

void drw_char(int y, int x, wchar_t ch, int style)
{
    wchar_t s[2] = {ch, 0};
    set_style(style);
    mvaddwstr(y, x, s);
    set_style(ST_NORMAL);
}

void drw_wtext(int y, int x, const wchar_t *w, int style)
{
    set_style(style);
    mvaddwstr(y, x, w);
    set_style(ST_NORMAL);
}

void drw_fill(const lay_rect *r, int style)
{
    wchar_t line[LINE_MAX_CELLS];
    int w = r->w < LINE_MAX_CELLS - 1 ? r->w : LINE_MAX_CELLS - 1;
    if (r->h <= 0 || w <= 0) return;
    wmemset(line, L' ', (size_t)w);
    line[w] = 0;
    set_style(style);
    for (int i = 0; i < r->h; i++) mvaddwstr(r->y + i, r->x, line);
    set_style(ST_NORMAL);
}

/* One horizontal edge: corners a and b around a run of h. */
static void box_edge(int y, int x, int w, wchar_t a, wchar_t h, wchar_t b)
{
    wchar_t line[LINE_MAX_CELLS];
    if (w < 2 || w > LINE_MAX_CELLS - 1) return;
    line[0] = a;
    wmemset(line + 1, h, (size_t)(w - 2));
    line[w - 1] = b;
    line[w] = 0;
    mvaddwstr(y, x, line);
}

void drw_box(const lay_rect *r, const char *title, int focused, int utf8_term)
{
    const wchar_t *c = utf8_term ? L"┌┐└┘─│" : L"++++-|";
    if (r->h < 2 || r->w < 2) return;
    set_style(focused ? ST_PANEL_TITLE : ST_FRAME);
    box_edge(r->y, r->x, r->w, c[0], c[4], c[1]);
    box_edge(r->y + r->h - 1, r->x, r->w, c[2], c[4], c[3]);
    for (int i = 1; i < r->h - 1; i++) {
        mvaddnwstr(r->y + i, r->x, &c[5], 1);
        mvaddnwstr(r->y + i, r->x + r->w - 1, &c[5], 1);
    }
    set_style(ST_NORMAL);
    if (title && *title && r->w > 6) {
        drw_char(r->y, r->x + 1, L' ', ST_PANEL_TITLE);
        int n = drw_text(r->y, r->x + 2, r->w - 5, title, ST_PANEL_TITLE, 0, 0, utf8_term);
        drw_char(r->y, r->x + 2 + n, L' ', ST_PANEL_TITLE);
    }
}

/* Puts one row of the grid as runs of equal style and background (a continuation cell adds
 * nothing). */
static void grid_row(const chart_grid *g, int row, int y, int x)
{
    wchar_t run[LINE_MAX_CELLS];
    const chart_cell *c = &g->cell[row * g->w];
    int col = 0;
    while (col < g->w) {
        int style = c[col].style, bg = c[col].bg, start = col, n = 0;
        attr_t a;
        short pair;
        while (col < g->w && ((c[col].style == style && c[col].bg == bg) || c[col].ch == 0) && n < LINE_MAX_CELLS - 1) {
            if (c[col].ch) run[n++] = c[col].ch;
            col++;
        }
        run[n] = 0;
        thm_get_on(style, bg, &a, &pair);
        attr_set(a, pair, NULL);
        mvaddwstr(y, x + start, run);
    }
}

void drw_grid(const chart_grid *g, int y, int x)
{
    for (int r = 0; r < g->h; r++) grid_row(g, r, y + r, x);
    set_style(ST_NORMAL);
}
