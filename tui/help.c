/* tui/help.c - the key bar, the help screen and the question box. Key names are the same in both
 * languages; what they do comes from tui/i18n_list.h. */
#include "help.h"

#include <stdio.h>
#include <string.h>

#include "curses_wide.h"
#include "draw.h"
#include "style.h"
#include "text.h"

typedef struct {
    const char *key_utf8, *key_ascii;
    i18n_id what;
    int extra; /* key bar: shown only when every entry fits */
} help_key;

/* ---- tables ---- */

static const help_key keybar[] = {
    {"↑↓", "Up/Dn", S_KB_SELECT, 0}, {"←→", "Lt/Rt", S_KB_ADJUST, 0}, {"PgUp", "PgUp", S_KB_BIG, 1},
    {"Enter", "Enter", S_KB_EXACT, 1}, {"r/R", "r/R", S_KB_RESET, 1},  {"1-8", "1-8", S_KB_VIEW, 0},
    {"u", "u", S_KB_UNDO, 0},         {"U", "U", S_KB_REDO, 1},       {"s", "s", S_KB_SAVE, 0},
    {"S", "S", S_KB_SAVEAS, 1},       {"o", "o", S_KB_OPEN, 1},       {"p", "p", S_KB_PLAY, 1},
    {"x", "x", S_KB_EXPORT, 1},       {"g", "g", S_KB_GOALS, 1},      {"G", "G", S_KB_SEEK, 1},       {"M", "M", S_KB_SEEK_MULTI, 1},
    {"t", "t", S_KB_TORNADO, 1},
    {"m", "m", S_KB_BANDS, 1},        {"c", "c", S_KB_REF, 1},        {"l", "l", S_KB_LANG, 0},
    {"?", "?", S_KB_HELP, 0},         {"q", "q", S_KB_QUIT, 0},
};
#define N_KEYBAR (sizeof keybar / sizeof keybar[0])

static const help_key all_keys[] = {
    {"↑ ↓  k j", "Up Down k j", S_H_UPDOWN, 0},
    {"← →  - +", "Left Right - +", S_H_LEFTRIGHT, 0},
    {"Shift+← →  PgDn PgUp", "Shift+Left/Right PgDn PgUp", S_H_BIGSTEP, 0},
    {"Enter  e", "Enter e", S_H_EXACT, 0},
    {"r", "r", S_H_RESET, 0},
    {"R", "R", S_H_RESETALL, 0},
    {"u", "u", S_H_UNDO, 0},
    {"U  Ctrl+Y", "U Ctrl+Y", S_H_REDO, 0},
    {"1 2 3 4 5 6 7", "1 2 3 4 5 6 7", S_H_VIEWS, 0},
    {"Tab  v", "Tab v", S_H_NEXTVIEW, 0},
    {"[ ]  { }", "[ ] { }", S_TABLE_SCROLL, 0},
    {"s  Ctrl+S", "s Ctrl+S", S_H_SAVE, 0},
    {"S  w", "S w", S_H_SAVEAS, 0},
    {"o", "o", S_H_OPEN, 0},
    {"l", "l", S_H_LANG, 0},
    {"p", "p", S_H_PLAY, 0},
    {".  ,", ". ,", S_H_STEP, 0},
    {">  <", "> <", S_H_SPEED, 0},
    {"x", "x", S_H_EXPORT, 0},
    {"g", "g", S_H_GOALS, 0},
    {"G", "G", S_H_SEEK, 0},
    {"M", "M", S_H_SEEK_MULTI, 0},
    {"t  7", "t 7", S_H_TORNADO, 0},
    {"8  n", "8 n", S_H_COST, 0},
    {"m", "m", S_H_BANDS, 0},
    {"c", "c", S_H_REF, 0},
    {"( )  9 0  d", "( ) 9 0 d", S_H_DECOMP, 0},
    {"?  F1", "? F1", S_H_HELP, 0},
    {"Ctrl+L", "Ctrl+L", S_H_REDRAW, 0},
    {"q", "q", S_H_QUIT, 0},
    {"Coal30 NF30", "Coal30 NF30", S_H_STATUS_SHARES, 0},
    {"CI30/15", "CI30/15", S_H_STATUS_CI, 0},
    {"", "", S_H_MOUSE, 0},
    {"", "", S_H_PROMPT, 0},
};
#define N_ALL (int)(sizeof all_keys / sizeof all_keys[0])

/* ---- public functions ---- */

/* Cells one key bar entry takes: "k what ". */
static int keybar_entry(const app *a, size_t i, const char **k, const char **w)
{
    i18n_id what = keybar[i].what == S_KB_LANG && !a->utf8 ? S_KB_LANG_ASCII : keybar[i].what;
    *k = a->utf8 ? keybar[i].key_utf8 : keybar[i].key_ascii;
    *w = i18n_str(what, a->lang);
    return txt_width(*k) + 1 + txt_width(*w) + 1;
}

void help_keybar(app *a)
{
    const lay_rect *r = &a->lay.keys;
    const char *k, *w;
    int x = r->x, end = r->x + r->w, all = 0;
    drw_fill(r, ST_NORMAL);
    for (size_t i = 0; i < N_KEYBAR; i++) all += keybar_entry(a, i, &k, &w);
    for (size_t i = 0; i < N_KEYBAR; i++) {
        int need = keybar_entry(a, i, &k, &w);
        if (keybar[i].extra && all > r->w) continue;
        if (x + need > end) break;
        x += drw_text(r->y, x, end - x, k, ST_KEY, 0, 0, a->utf8);
        x += drw_text(r->y, x, end - x, " ", ST_NORMAL, 0, 0, a->utf8);
        x += drw_text(r->y, x, end - x, w, ST_KEYDESC, 0, 0, a->utf8);
        x += drw_text(r->y, x, end - x, " ", ST_NORMAL, 0, 0, a->utf8);
    }
}

static lay_rect centred(const app *a, int h, int w)
{
    lay_rect r;
    if (w > a->lay.cols - 2) w = a->lay.cols - 2;
    if (h > a->lay.rows - 2) h = a->lay.rows - 2;
    r.h = h;
    r.w = w;
    r.y = (a->lay.rows - h) / 2;
    r.x = (a->lay.cols - w) / 2;
    return r;
}

/* Keys one page of the help shows (the box's inside less its last row). */
static int help_per_page(const app *a)
{
    int h = N_ALL + 4 > a->lay.rows - 2 ? a->lay.rows - 2 : N_ALL + 4;
    return h - 3 > 1 ? h - 3 : 1;
}

int help_turn_page(app *a, int is_key, wint_t ch)
{
    int per = help_per_page(a);
    if (((!is_key && ch == L' ') || (is_key && ch == KEY_NPAGE)) && (a->help_page + 1) * per < N_ALL) {
        a->help_page++;
        return 1;
    }
    a->help_page = 0;
    return 0;
}

/* The key column of entry i: the key names, or for the status line's short labels those of the
 * language on screen ("Coal30 NF30" / "煤炭30 非化石30"), the mouse and the prompt in words. */
static const char *key_column(const app *a, int i, char *buf, size_t size)
{
    i18n_id what = all_keys[i].what;
    if (what == S_H_MOUSE) return i18n_str(S_H_MOUSE_KEY, a->lang);
    if (what == S_H_PROMPT) return i18n_str(S_H_PROMPT_KEY, a->lang);
    if (what == S_H_STATUS_SHARES) {
        snprintf(buf, size, "%s %s", i18n_str(S_ST_COAL30_SHORT, a->lang), i18n_str(S_ST_NONFOSSIL30_SHORT, a->lang));
        return buf;
    }
    if (what == S_H_STATUS_CI) return i18n_str(S_ST_CI30_SHORT, a->lang);
    return a->utf8 ? all_keys[i].key_utf8 : all_keys[i].key_ascii;
}

void help_draw(app *a)
{
    int kw = 0, dw = 0, per = help_per_page(a), first = a->help_page * per;
    char more[128];
    lay_rect box, in;
    char kb[64];
    for (int i = 0; i < N_ALL; i++) {
        int k = txt_width(key_column(a, i, kb, sizeof kb));
        int d = txt_width(i18n_str(all_keys[i].what, a->lang));
        if (k > kw) kw = k;
        if (d > dw) dw = d;
    }
    box = centred(a, N_ALL + 4, kw + dw + 7);
    in = lay_inner(&box);
    app_overlay(a, &box);
    drw_fill(&box, ST_NORMAL);
    drw_box(&box, i18n_str(S_HELP_TITLE, a->lang), 1, a->utf8);
    for (int j = 0; first + j < N_ALL && j < in.h - 1; j++) {
        int i = first + j, y = in.y + j;
        const char *k = key_column(a, i, kb, sizeof kb);
        drw_text(y, in.x + 1, kw, k, ST_KEY, 0, 0, a->utf8);
        drw_text(y, in.x + kw + 3, in.w - kw - 4, i18n_str(all_keys[i].what, a->lang), ST_NORMAL, 0, 0,
                 a->utf8);
    }
    if (per >= N_ALL) {
        drw_text(in.y + in.h - 1, in.x + 1, in.w - 2, i18n_str(S_HELP_CLOSE, a->lang), ST_DIM, 0, 0, a->utf8);
        return;
    }
    if (first + per < N_ALL)
        snprintf(more, sizeof more, i18n_str(S_HELP_MORE, a->lang), a->help_page + 1, (N_ALL + per - 1) / per);
    else snprintf(more, sizeof more, "%s (%d/%d)", i18n_str(S_HELP_CLOSE, a->lang), a->help_page + 1, a->help_page + 1);
    drw_text(in.y + in.h - 1, in.x + 1, in.w - 2, more, ST_DIM, 0, 0, a->utf8);
}

void help_question(app *a, const char *line1, const char *line2)
{
    int w = txt_width(line1), w2 = line2 ? txt_width(line2) : 0;
    lay_rect box = centred(a, line2 ? 6 : 5, (w > w2 ? w : w2) + 6), in = lay_inner(&box);
    app_overlay(a, &box);
    drw_fill(&box, ST_NORMAL);
    drw_box(&box, "peakpath", 1, a->utf8);
    drw_text(in.y + 1, in.x + 2, in.w - 3, line1, ST_CHANGED, 0, 0, a->utf8);
    if (line2) drw_text(in.y + 2, in.x + 2, in.w - 3, line2, ST_NORMAL, 0, 0, a->utf8);
}
