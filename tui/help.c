/* tui/help.c - the key bar, the help screen and the question box. Key names are the same in both
 * languages; what they do comes from tui/i18n_list.h. */
#include "help.h"

#include <string.h>

#include "draw.h"
#include "style.h"
#include "text.h"

typedef struct {
    const char *key_utf8, *key_ascii;
    i18n_id what;
} help_key;

/* ---- tables ---- */

static const help_key keybar[] = {
    {"↑↓", "Up/Dn", S_KB_SELECT}, {"←→", "Lt/Rt", S_KB_ADJUST}, {"1-5", "1-5", S_KB_VIEW},
    {"u", "u", S_KB_UNDO},        {"s", "s", S_KB_SAVE},         {"l", "l", S_KB_LANG},
    {"?", "?", S_KB_HELP},        {"q", "q", S_KB_QUIT},
};

static const help_key all_keys[] = {
    {"↑ ↓  k j", "Up Down k j", S_H_UPDOWN},
    {"← →  - +", "Left Right - +", S_H_LEFTRIGHT},
    {"Shift+← →  PgDn PgUp", "Shift+Left/Right PgDn PgUp", S_H_BIGSTEP},
    {"Enter  e", "Enter e", S_H_EXACT},
    {"r", "r", S_H_RESET},
    {"R", "R", S_H_RESETALL},
    {"u  Ctrl+Z", "u Ctrl+Z", S_H_UNDO},
    {"U  Ctrl+Y", "U Ctrl+Y", S_H_REDO},
    {"1 2 3 4 5", "1 2 3 4 5", S_H_VIEWS},
    {"Tab  v", "Tab v", S_H_NEXTVIEW},
    {"[ ]  { }", "[ ] { }", S_TABLE_SCROLL},
    {"s", "s", S_H_SAVE},
    {"S  w", "S w", S_H_SAVEAS},
    {"o", "o", S_H_OPEN},
    {"l", "l", S_H_LANG},
    {"?  F1", "? F1", S_H_HELP},
    {"Ctrl+L", "Ctrl+L", S_H_REDRAW},
    {"q", "q", S_H_QUIT},
    {"", "", S_H_MOUSE},
};
#define N_ALL (int)(sizeof all_keys / sizeof all_keys[0])

/* ---- public functions ---- */

void help_keybar(app *a)
{
    const lay_rect *r = &a->lay.keys;
    int x = r->x, end = r->x + r->w;
    drw_fill(r, ST_NORMAL);
    for (size_t i = 0; i < sizeof keybar / sizeof keybar[0]; i++) {
        const char *k = a->utf8 ? keybar[i].key_utf8 : keybar[i].key_ascii;
        const char *w = i18n_str(keybar[i].what, a->lang);
        int need = txt_width(k) + 1 + txt_width(w) + 1;
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

void help_draw(app *a)
{
    int kw = 0, dw = 0;
    lay_rect box, in;
    for (int i = 0; i < N_ALL; i++) {
        int k = txt_width(a->utf8 ? all_keys[i].key_utf8 : all_keys[i].key_ascii);
        int d = txt_width(i18n_str(all_keys[i].what, a->lang));
        if (k > kw) kw = k;
        if (d > dw) dw = d;
    }
    box = centred(a, N_ALL + 4, kw + dw + 7);
    in = lay_inner(&box);
    drw_fill(&box, ST_NORMAL);
    drw_box(&box, i18n_str(S_HELP_TITLE, a->lang), 1, a->utf8);
    for (int i = 0; i < N_ALL && i < in.h - 1; i++) {
        const char *k = all_keys[i].what == S_H_MOUSE ? i18n_str(S_H_MOUSE_KEY, a->lang)
                                                      : a->utf8 ? all_keys[i].key_utf8 : all_keys[i].key_ascii;
        drw_text(in.y + i, in.x + 1, kw, k, ST_KEY, 0, 0, a->utf8);
        drw_text(in.y + i, in.x + kw + 3, in.w - kw - 4, i18n_str(all_keys[i].what, a->lang), ST_NORMAL, 0, 0,
                 a->utf8);
    }
    drw_text(in.y + in.h - 1, in.x + 1, in.w - 2, i18n_str(S_HELP_CLOSE, a->lang), ST_DIM, 0, 0, a->utf8);
}

void help_question(app *a, const char *line1, const char *line2)
{
    int w = txt_width(line1), w2 = line2 ? txt_width(line2) : 0;
    lay_rect box = centred(a, line2 ? 6 : 5, (w > w2 ? w : w2) + 6), in = lay_inner(&box);
    drw_fill(&box, ST_NORMAL);
    drw_box(&box, "peakpath", 1, a->utf8);
    drw_text(in.y + 1, in.x + 2, in.w - 3, line1, ST_CHANGED, 0, 0, a->utf8);
    if (line2) drw_text(in.y + 2, in.x + 2, in.w - 3, line2, ST_NORMAL, 0, 0, a->utf8);
}
