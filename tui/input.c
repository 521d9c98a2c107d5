/* tui/input.c - key and mouse dispatch of the TUI, mode by mode (normal, help, prompt, question),
 * and the one-line editor of the prompts. Changes go through app_* and file_* functions. */
#include "input.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "curses_wide.h"
#include "draw.h"
#include "files.h"
#include "help.h"
#include "style.h"
#include "term.h"
#include "text.h"
#include "views.h"

#define CTRL(c) ((c) & 0x1f)
#define KEY_ESC 27

/* ---- prompts ---- */

static void prompt_open(app *a, app_prompt kind, const char *initial)
{
    a->mode = MODE_PROMPT;
    a->prompt = kind;
    edit_set(&a->edit, initial);
    a->edit_start = 0;
}

/* Suggested name for a save as: a place the user may write (tui/join.c). */
static void suggest_name(const app *a, char *out, size_t size)
{
    join_suggest(a, out, size);
}

static void prompt_value_apply(app *a, const char *text)
{
    char *end;
    double v = strtod(text, &end);
    while (*end == ' ') end++;
    if (end == text || *end) {
        msg_say(&a->msg, ST_ERROR, "%s%s'%s'", i18n_str(S_M_NOT_NUMBER, a->lang), i18n_str(S_COLON, a->lang), text);
        return;
    }
    /* typed in the unit shown (万千瓦 in Chinese), kept in the key's (GW); a value beyond the key's
     * range is refused here in that unit (the engine would name it in the key's) */
    const pp_param *p = pp_param_get(a->levers.id[a->sel]);
    unit_view u = lev_view(p, a->lang);
    if (v / u.factor < p->min || v / u.factor > p->max) {
        char lo[32], hi[32];
        lev_format(p->min * u.factor, 1, lo, sizeof lo);
        lev_format(p->max * u.factor, 1, hi, sizeof hi);
        msg_say(&a->msg, ST_ERROR, i18n_str(S_M_VALUE_RANGE, a->lang), i18n_pair(p->label_en, p->label_zh, a->lang), text, lo,
                a->utf8 ? "…" : "..", hi, u.unit);
        return;
    }
    app_set_lever(a, a->levers.id[a->sel], v / u.factor, 0);
}

static void prompt_done(app *a)
{
    char text[EDIT_MAX * 4];
    edit_utf8(&a->edit, text, sizeof text);
    a->mode = MODE_NORMAL;
    if (a->prompt == PROMPT_REF) { /* an empty answer means "as loaded" again */
        ref_choose(a, text);
        return;
    }
    if (!text[0]) return;
    if (a->prompt == PROMPT_VALUE) prompt_value_apply(a, text);
    else if (a->prompt == PROMPT_SEEK) seek_ui_apply(a, text);
    else if (a->prompt == PROMPT_SEEK_MULTI) seekm_ui_apply(a, text); /* tui/seek_multi_ui.c */
    else if (a->prompt == PROMPT_SAVEAS || a->prompt == PROMPT_SAVEAS_ROOT) file_save_as(a, text);
    else if (a->prompt == PROMPT_EXPORT) exp_file_chosen(a, text);
    else if (app_dirty(a)) {
        snprintf(a->pending_open, sizeof a->pending_open, "%s", text);
        a->mode = MODE_ASK_OPEN;
    } else file_open(a, text);
}

/* Editing keys of the prompt line (readline-like). Returns 1 when handled. */
static int prompt_edit_key(edit_line *e, int is_key, wint_t ch)
{
    if (is_key) {
        switch (ch) {
        case KEY_BACKSPACE: edit_backspace(e); break;
        case KEY_DC: edit_delete(e); break;
        case KEY_LEFT: edit_move(e, -1); break;
        case KEY_RIGHT: edit_move(e, 1); break;
        case KEY_HOME: edit_home_end(e, -1); break;
        case KEY_END: edit_home_end(e, 1); break;
        default: return 0;
        }
        return 1;
    }
    switch (ch) {
    case 127: case CTRL('h'): edit_backspace(e); break;
    case CTRL('d'): edit_delete(e); break;
    case CTRL('a'): edit_home_end(e, -1); break;
    case CTRL('e'): edit_home_end(e, 1); break;
    case CTRL('b'): edit_move(e, -1); break;
    case CTRL('f'): edit_move(e, 1); break;
    case CTRL('u'): edit_set(e, ""); break;
    default:
        if (ch < 0x20) return 0;
        edit_insert(e, (wchar_t)ch);
    }
    return 1;
}

static void prompt_key(app *a, int is_key, wint_t ch)
{
    if ((!is_key && (ch == L'\n' || ch == L'\r')) || (is_key && ch == KEY_ENTER)) prompt_done(a);
    else if ((!is_key && ch == KEY_ESC) || (!is_key && ch == CTRL('g'))) a->mode = MODE_NORMAL;
    else if (!is_key && ch == L'\t' && a->prompt != PROMPT_VALUE && a->prompt != PROMPT_SEEK &&
             a->prompt != PROMPT_SEEK_MULTI)
        edit_complete_path(&a->edit, a->prompt == PROMPT_EXPORT ? NULL : ".ini"); /* scenarios first */
    else prompt_edit_key(&a->edit, is_key, ch);
}

void inp_draw_prompt(app *a)
{
    const lay_rect *r = &a->lay.message;
    char label[256];
    const pp_param *p = pp_param_get(a->levers.id[a->sel]);
    wchar_t shown[EDIT_MAX];
    const char *hint;
    int x = r->x + 1, hint_w, room, cx = 0, k = 0;
    if (a->mode != MODE_PROMPT || a->lay.too_small) {
        curs_set(0);
        return;
    }
    if (a->prompt == PROMPT_VALUE)
        snprintf(label, sizeof label, "%s (%s) %s%s", i18n_pair(p->label_en, p->label_zh, a->lang), lev_view(p, a->lang).unit,
                 i18n_str(S_P_VALUE, a->lang), i18n_str(S_COLON, a->lang));
    else if (a->prompt == PROMPT_EXPORT) snprintf(label, sizeof label, "%s%s", exp_prompt_label(a), i18n_str(S_COLON, a->lang));
    else if (a->prompt == PROMPT_SEEK) seek_ui_label(a, label, sizeof label);
    else if (a->prompt == PROMPT_SEEK_MULTI) seekm_ui_label(a, label, sizeof label);
    else if (a->prompt == PROMPT_REF) snprintf(label, sizeof label, "%s%s", i18n_str(S_P_REF, a->lang), i18n_str(S_COLON, a->lang));
    else snprintf(label, sizeof label, "%s%s",
                  i18n_str(a->prompt == PROMPT_SAVEAS ? S_P_SAVEAS : a->prompt == PROMPT_SAVEAS_ROOT ? S_P_SAVEAS_ROOT : S_P_OPEN,
                           a->lang), i18n_str(S_COLON, a->lang));
    x += drw_text(r->y, x, r->w / 2, label, ST_PANEL_TITLE, 0, 0, a->utf8);
    hint = i18n_str(a->prompt == PROMPT_VALUE || a->prompt == PROMPT_SEEK || a->prompt == PROMPT_SEEK_MULTI ? S_P_HINT : S_P_HINT_FILE, a->lang);
    hint_w = txt_width(hint);
    room = r->x + r->w - x - hint_w - 3;
    if (room < 40 && room < txt_wwidth(a->edit.buf) + 1) { /* the text matters more than the hint */
        hint_w = 0;
        room = r->x + r->w - x - 1;
    }
    a->edit_start = edit_view_start(&a->edit, room, a->edit_start); /* keeps the cursor in view */
    for (int i = a->edit_start, w = 0; i < a->edit.len && w + txt_wcwidth(a->edit.buf[i]) <= room; i++) {
        if (i == a->edit.cur) cx = w;
        w += txt_wcwidth(a->edit.buf[i]);
        shown[k++] = a->edit.buf[i];
        if (i + 1 == a->edit.cur) cx = w;
    }
    shown[k] = 0;
    drw_wtext(r->y, x, shown, a->edit.selected ? ST_LEVER_SEL : ST_PROMPT); /* selected: typing replaces it */
    if (hint_w) drw_text(r->y, r->x + r->w - 1 - hint_w, hint_w, hint, ST_DIM, 0, 0, a->utf8);
    seek_ui_draw_examples(a); /* goal seek: target examples on the key bar row */
    seekm_ui_draw_examples(a);
    move(r->y, x + cx);
    curs_set(1);
}

/* ---- questions ---- */

/* Saves before opening another file: in place when the open file inherits, else (a root
 * scenario is never overwritten) as FILE-edited.ini beside it. 0 when saved. */
static int save_before_open(app *a)
{
    char name[APP_PATH_MAX + 16];
    if (*scn_text(a->scn, P_SCENARIO_INHERIT)) return file_save(a);
    suggest_name(a, name, sizeof name);
    return file_save_as(a, name);
}

static void ask_key(app *a, wint_t ch)
{
    if (a->mode == MODE_ASK_QUIT) {
        if (ch == L'y' || ch == L'Y') a->quit = 1;
        else if (ch == L's' || ch == L'S') {
            a->mode = MODE_NORMAL;
            if (file_save(a) == 0) a->quit = 1;
            return;
        }
    } else if (ch == L'd' || ch == L'D' || ch == L'y' || ch == L'Y') { /* discard */
        a->mode = MODE_NORMAL;
        file_open(a, a->pending_open);
        return;
    } else if (ch == L's' || ch == L'S') { /* save first; a failed save keeps the file open */
        a->mode = MODE_NORMAL;
        if (save_before_open(a) == 0) file_open(a, a->pending_open);
        return;
    }
    a->mode = MODE_NORMAL;
}

/* ---- normal mode ---- */

/* Moves the selected lever dir steps (ten when big). When the engine refuses (a later year of the
 * path would leave the key's range), it goes as many steps as it can; the refusal stays shown. */
static void move_lever(app *a, int dir, int big)
{
    int id = a->levers.id[a->sel];
    double v = scn_lever_value(a->scn, id), step = lev_step(pp_param_get(id), 0);
    for (int k = big ? 10 : 1; k >= 1; k--)
        if (app_set_lever(a, id, v + dir * k * step, 1) == 0) break;
}

static void select_lever(app *a, int delta)
{
    int s = a->sel + delta;
    a->sel = s < 0 ? 0 : s >= a->levers.n ? a->levers.n - 1 : s;
}

static void start_exact(app *a)
{
    char buf[64];
    const pp_param *p = pp_param_get(a->levers.id[a->sel]);
    lev_format_in(p, a->lang, scn_lever_value(a->scn, a->levers.id[a->sel]), buf, sizeof buf);
    prompt_open(a, PROMPT_VALUE, buf);
    edit_select_all(&a->edit); /* a typed number replaces the current value */
}

static void start_save(app *a)
{
    char buf[APP_PATH_MAX + 16];
    /* in place only for the user's own inheriting file; a challenge file asks for a new name */
    if (a->join.on || (*scn_text(a->scn, P_SCENARIO_INHERIT) && !join_refuse_in_place(a))) {
        file_save(a);
        return;
    }
    suggest_name(a, buf, sizeof buf);
    prompt_open(a, PROMPT_SAVEAS_ROOT, buf);
}

static void start_save_as(app *a)
{
    char buf[APP_PATH_MAX + 16];
    suggest_name(a, buf, sizeof buf);
    prompt_open(a, PROMPT_SAVEAS, buf);
}

/* The open prompt starts in the open file's directory. */
static void start_open(app *a)
{
    char buf[APP_PATH_MAX];
    const char *slash = strrchr(a->file, '/');
    snprintf(buf, sizeof buf, "%.*s", slash ? (int)(slash - a->file + 1) : 0, a->file);
    prompt_open(a, PROMPT_OPEN, buf);
}

static void set_view(app *a, int v)
{
    a->view = (app_view)((v + VIEW_COUNT) % VIEW_COUNT);
}

/* Scrolls the table by drow pages (or single rows) and dcol year columns. */
static void scroll_table(app *a, int drow, int dcol, int by_page)
{
    int rows, cols, total;
    view_table_extent(a, &a->main_rect, &rows, &cols, &total);
    a->table_row += by_page ? drow * (rows > 1 ? rows - 1 : 1) : drow;
    a->table_col += dcol;
    if (a->view != VIEW_TABLE) a->view = VIEW_TABLE;
}

/* Arrow and page keys scroll the full-width table. Returns 1 when handled. */
static int table_key(app *a, wint_t k)
{
    switch (k) {
    case KEY_UP: scroll_table(a, -1, 0, 0); break;
    case KEY_DOWN: scroll_table(a, 1, 0, 0); break;
    case KEY_LEFT: scroll_table(a, 0, -1, 0); break;
    case KEY_RIGHT: scroll_table(a, 0, 1, 0); break;
    case KEY_PPAGE: scroll_table(a, -1, 0, 1); break;
    case KEY_NPAGE: scroll_table(a, 1, 0, 1); break;
    default: return 0;
    }
    return 1;
}

static void toggle_lang(app *a)
{
    if (a->lang == LANG_EN && !a->utf8) {
        msg_say(&a->msg, ST_ERROR, "%s", i18n_str(S_M_NO_ZH, a->lang));
        return;
    }
    a->lang = a->lang == LANG_EN ? LANG_ZH : LANG_EN;
}

static int function_key(app *a, wint_t k)
{
    if (a->table_full && table_key(a, k)) return 1;
    switch (k) {
    case KEY_UP: select_lever(a, -1); break;
    case KEY_DOWN: select_lever(a, 1); break;
    case KEY_HOME: a->sel = 0; break;
    case KEY_END: a->sel = a->levers.n - 1; break;
    case KEY_LEFT: move_lever(a, -1, 0); break;
    case KEY_RIGHT: move_lever(a, 1, 0); break;
    case KEY_SLEFT: case KEY_NPAGE: move_lever(a, -1, 1); break;
    case KEY_SRIGHT: case KEY_PPAGE: move_lever(a, 1, 1); break;
    case KEY_ENTER: start_exact(a); break;
    case KEY_BTAB: set_view(a, (int)a->view - 1); break;
    case KEY_F(1): a->mode = MODE_HELP; break;
    default: return 0;
    }
    return 1;
}

/* Keys that change the scenario. Returns 1 when handled. */
static int edit_key(app *a, wint_t c)
{
    switch (c) {
    case L'-': case L'h': move_lever(a, -1, 0); break;
    case L'+': case L'=': move_lever(a, 1, 0); break;
    case L'\n': case L'\r': case L'e': start_exact(a); break;
    case L'r': app_reset(a, a->levers.id[a->sel]); break;
    case L'R': app_reset(a, -1); break;
    case L'u': app_history(a, 0); break; /* Ctrl+Z stays the terminal's suspend */
    case L'U': case CTRL('y'): case CTRL('r'): app_history(a, 1); break;
    default: return 0;
    }
    return 1;
}

static void char_key(app *a, wint_t c)
{
    if (edit_key(a, c)) return;
    switch (c) {
    case L'k': select_lever(a, -1); break;
    case L'j': select_lever(a, 1); break;
    case L'1': case L'2': case L'3': case L'4': case L'5': case L'6': case L'7': case L'8': set_view(a, (int)(c - L'1')); break;
    case L'G': seek_ui_start(a); break;            /* tui/seek_ui.c */
    case L'M': seekm_ui_start(a); break;           /* tui/seek_multi_ui.c */
    case L'm': bands_toggle(a); break;             /* tui/bands.c */
    case L'c': ref_start(a); break;                /* tui/reference.c */
    case L'(': case L')': case L'9': case L'0': case L'd': /* tui/decomp_view.c */
        if (decomp_key(a, c)) a->view = VIEW_DECOMP;
        break;
    case L'\t': case L'v': set_view(a, (int)a->view + 1); break;
    case L'V': set_view(a, (int)a->view - 1); break;
    case L'[': scroll_table(a, -1, 0, 1); break;
    case L']': scroll_table(a, 1, 0, 1); break;
    case L'{': scroll_table(a, 0, -1, 0); break;
    case L'}': scroll_table(a, 0, 1, 0); break;
    case L's': case CTRL('s'): start_save(a); break;
    case L'S': case L'w': start_save_as(a); break;
    case L'o': start_open(a); break;
    case L'l': case L'L': toggle_lang(a); break;
    case L'p': case L'.': case L',': case L'>': case L'<': play_key(a, (int)c); break;
    case L'x': exp_start(a); break;
    case L'g': chp_toggle_brief(a); break;
    case L'?': a->mode = MODE_HELP; break;
    case CTRL('l'): clearok(curscr, TRUE); break;
    case L'q': case L'Q':
        if (app_dirty(a)) a->mode = MODE_ASK_QUIT;
        else a->quit = 1;
        break;
    default: break;
    }
}

/* ---- escape sequences ---- */

/* Reads away the rest of an escape sequence curses did not recognise (ESC [ ... final byte), so
 * that its characters are not taken for keys. A lone Esc reads nothing. */
static void swallow_escape(void)
{
    wint_t c;
    int r;
    timeout(0);
    r = get_wch(&c);
    if (r == OK && (c == L'[' || c == L'O'))
        for (int n = 0; n < 16 && get_wch(&c) != ERR && !(c >= 0x40 && c <= 0x7e); n++) {}
    else if (r == OK) unget_wch(c); /* a key typed right after Esc (over SSH) is a key, not lost */
    else if (r == KEY_CODE_YES) ungetch((int)c);
    timeout(APP_KEY_WAIT_MS);
}

/* ---- mouse ---- */

static void mouse_event(app *a)
{
    MEVENT ev;
    int i;
    double val;
    if (getmouse(&ev) != OK) return;
    if (lay_contains(&a->lay.title, ev.y, ev.x)) {
        for (int v = 0; v < VIEW_COUNT; v++)
            if (ev.x >= a->tab_x[v] && ev.x < a->tab_x[v + 1]) a->view = (app_view)v;
        return;
    }
    if (lay_contains(&a->main_rect, ev.y, ev.x) && a->view == VIEW_TABLE) {
        if (ev.bstate & BUTTON4_PRESSED) a->table_row -= 3;
        if (ev.bstate & BUTTON5_PRESSED) a->table_row += 3;
        return;
    }
    if (a->table_full || (i = lev_at_screen_row(a, ev.y)) < 0 || !lay_contains(&a->lay.levers, ev.y, ev.x)) return;
    a->sel = i;
    if ((ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) && lev_slider_hit(a, i, ev.x, &val))
        app_set_lever(a, a->levers.id[i], val, 1);
    if (ev.bstate & BUTTON4_PRESSED) move_lever(a, 1, 0);
    if (ev.bstate & BUTTON5_PRESSED) move_lever(a, -1, 0);
}

/* ---- dispatch ---- */

void inp_handle(app *a, int is_key, wint_t ch)
{
    if (is_key && ch == KEY_RESIZE) return; /* the next frame lays out again */
    if (a->mode == MODE_PROMPT) {
        prompt_key(a, is_key, ch);
        return;
    }
    msg_clear(&a->msg);
    if (a->chal.banner) { /* the "challenge met" banner takes one key */
        chp_key_seen(a);
        return;
    }
    if (exp_active(a)) {
        exp_key(a, is_key, ch);
        return;
    }
    if (a->mode == MODE_HELP) {
        if (!help_turn_page(a, is_key, ch)) a->mode = MODE_NORMAL;
        return;
    }
    if (a->mode == MODE_ASK_QUIT || a->mode == MODE_ASK_OPEN) {
        ask_key(a, is_key ? 0 : ch);
        return;
    }
    if (a->lay.too_small && !(!is_key && (ch == L'q' || ch == L'Q'))) return;
    if (!is_key && ch == KEY_ESC) {
        play_stop(a);
        swallow_escape();
    }
    else if (is_key && ch == KEY_MOUSE) mouse_event(a);
    else if (is_key && ch == TERM_KEY_SGR_MOUSE) term_sgr_mouse(); /* the next key is its KEY_MOUSE (tui/term.c) */
    else if (tornado_key(a, is_key, ch)) return; /* view 7's own keys, and t (tui/tornado_view.c) */
    else if (costv_key(a, is_key, ch)) return; /* view 8's pages and curve (tui/cost_view.c) */
    else if (is_key) function_key(a, ch);
    else char_key(a, ch);
}
