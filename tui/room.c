/* tui/room.c - the facilitator's room screen: a table of participants (report/room_scan.c computes
 * the rows; this file only reads and draws them) with a column per goal of the current challenge,
 * the keys, the exports for the projector and the loop. The full-screen views are
 * tui/room_view.c; rounds, answers and the projector page tui/room_round.c. Its strings are in
 * the message catalogue (report/i18n_list.h). */
#include "room.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../report/error_text.h"
#include "../report/export_md.h"
#include "../report/export_svg.h"
#include "../report/goal_text.h"
#include "../report/room_html.h"
#include "../report/room_svg.h"
#include "../report/safe_text.h"
#include "../report/units.h"
#include "clock.h"
#include "curses_wide.h"
#include "draw.h"
#include "room_ui.h"
#include "style.h"
#include "term.h"

#define ROOM_KEY_WAIT_MS 200   /* how often the loop wakes while idle */
/* The room's own export names: not the guide's room-co2.svg / room-summary.md, which the guide's
 * `peakpath export` commands write next, so pressing e first never makes them fail. */
#define EXPORT_MD "peakpath-room-summary.md"
#define EXPORT_SVG "peakpath-room-co2.svg"
#define EXPORT_HTML "peakpath-room.html" /* the closing comparison: podium, peak years, everyone's paths */
#define ROOM_MAX_COLS (RSCAN_COL_COUNT + CHAL_MAX_GOALS)

const char *room_s(const room_ui *u, i18n_id id) { return i18n_str(id, room_lang(u)); }
#define S room_s

/* ---- rows: marks and selection ---- */

static void count_marks(room_ui *u)
{
    u->n_marked = 0;
    for (int i = 0; i < u->t.n; i++) u->n_marked += u->t.row[i]->marked;
}

/* After a scan or a sort: the selection follows its file, and stays in range. */
static void fix_selection(room_ui *u)
{
    for (int i = 0; i < u->t.n; i++)
        if (!strcmp(u->t.row[i]->file, u->sel_file)) u->sel = i;
    if (u->sel >= u->t.n) u->sel = u->t.n - 1;
    if (u->sel < 0) u->sel = 0;
    if (u->t.n) snprintf(u->sel_file, sizeof u->sel_file, "%s", u->t.row[u->sel]->file);
}

static void select_row(room_ui *u, int i)
{
    u->sel = i;
    u->sel_file[0] = '\0';
    if (u->sel >= u->t.n) u->sel = u->t.n - 1;
    if (u->sel < 0) u->sel = 0;
    if (u->t.n) snprintf(u->sel_file, sizeof u->sel_file, "%s", u->t.row[u->sel]->file);
}

/* The update step: look at the folder, re-sort, keep the selection. Returns 1 when rows changed. */
static int room_update(room_ui *u)
{
    pp_error e;
    char buf[PP_ERR_MSG_MAX + 300];
    int changed;
    pp_error_clear(&e);
    changed = rscan_update(&u->t, &e);
    if (changed < 0) {
        msg_say(&u->msg, ST_ERROR, "%s: %s", S(u, S_RM_DIR_ERROR), error_text(&e, u->zh ? LANG_ZH : LANG_EN, buf, sizeof buf));
        return 1;
    }
    rscan_sort(&u->t, (rscan_col)u->sort, u->desc);
    fix_selection(u);
    count_marks(u);
    if (changed) u->html_dirty = 1;
    return changed > 0;
}

/* ---- columns ---- */

/* The challenge of the first participant that runs (they normally share one). */
static const chal_challenge *room_challenge(const room_ui *u, const rscan_row **first)
{
    for (int i = 0; i < u->t.n; i++)
        if (u->t.row[i]->ok && chal_of(u->t.row[i]->scn)) {
            if (first) *first = u->t.row[i];
            return chal_of(u->t.row[i]->scn);
        }
    return NULL;
}

static int col_width(int c)
{
    switch (c) {
    case RSCAN_COL_WHO: return 10;
    case RSCAN_COL_PEAK_YEAR: return 7;
    case RSCAN_COL_PEAK_MT: return 8;
    case RSCAN_COL_CUM_CO2: return 9;
    case RSCAN_COL_GOALS: return 6;
    case RSCAN_COL_COST: return 9;
    default: return c >= RSCAN_COL_GOAL0 ? 13 : 9;
    }
}

/* The columns shown at this width: who, peak, cumulative CO2, one per goal of the challenge
 * (coal and non-fossil shares 2030 without one), goals met, system cost; the peak in Mt only when
 * there is room. Returns how many. */
static int visible_cols(const room_ui *u, int width, int *col)
{
    const chal_challenge *c = room_challenge(u, NULL);
    int n = 0, ng = c ? chal_n_goals(c) : 0, used = 0;
    col[n++] = RSCAN_COL_WHO;
    col[n++] = RSCAN_COL_PEAK_YEAR;
    col[n++] = RSCAN_COL_PEAK_MT;
    col[n++] = RSCAN_COL_CUM_CO2;
    if (ng)
        for (int g = 0; g < ng; g++) col[n++] = RSCAN_COL_GOAL0 + g;
    else {
        col[n++] = RSCAN_COL_COAL_2030;
        col[n++] = RSCAN_COL_NONFOSSIL_2030;
    }
    if (ng) col[n++] = RSCAN_COL_GOALS;
    col[n++] = RSCAN_COL_COST;
    for (int i = 0; i < n; i++) used += col_width(col[i]);
    if (used + 12 > width) { /* narrow: the peak in Mt goes first */
        memmove(col + 2, col + 3, (size_t)(n - 3) * sizeof *col);
        n--;
    }
    return n;
}

/* A goal in a few cells for a heading: "Coal30<27", "NF30≥35", "CO2'30≤152", "Peak≤2028" (<= and
 * >= on a terminal without UTF-8). */
static const char *goal_short(const seek_target *t, int zh, int utf8, char *buf, size_t size)
{
    static const i18n_id names[SEEK_METRIC_COUNT] = {S_RM_G_PEAK, S_RM_G_NEUTRAL, S_RM_G_COAL, S_RM_G_NONFOSSIL,
                                                     S_RM_G_CO2, S_RM_G_CUM, S_RM_G_NET, S_RM_G_CUM_NET};
    static const char *const ops_utf8[] = {"≤", "<", "≥", ">"}, *const ops_ascii[] = {"<=", "<", ">=", ">"};
    const char *const *ops = utf8 ? ops_utf8 : ops_ascii;
    char year[8] = "";
    int m = (t->metric >= 0 && t->metric < SEEK_METRIC_COUNT) ? (int)t->metric : 0;
    if (t->year) snprintf(year, sizeof year, "%02d", t->year % 100);
    snprintf(buf, size, "%s%s%s%g", i18n_str(names[m], zh ? LANG_ZH : LANG_EN), year,
             ops[t->op >= 0 && t->op <= SEEK_GT ? t->op : 0], t->value);
    return buf;
}

/* A column's heading: short, with its number key; goals as "Coal30<27". */
static void heading(const room_ui *u, int c, int key, char *h, size_t size)
{
    static const i18n_id titles[RSCAN_COL_COUNT] = {S_RM_H_WHO, S_RM_H_PEAK, S_RM_H_PEAK_MT, S_RM_H_CUM, S_RM_H_COAL,
                                                    S_RM_H_GOALS, S_RM_H_NONFOSSIL, S_RM_H_COST};
    const chal_challenge *ch = room_challenge(u, NULL);
    if (c >= RSCAN_COL_GOAL0 && ch && chal_goal(ch, c - RSCAN_COL_GOAL0)) {
        char t[48];
        snprintf(h, size, "%d %s", key, goal_short(chal_goal(ch, c - RSCAN_COL_GOAL0), u->zh, u->utf8, t, sizeof t));
    } else snprintf(h, size, "%d %s", key, c < RSCAN_COL_COUNT ? S(u, titles[c]) : "?");
}

/* The text of row r in column c, and its style. Quantities in the language's units
 * (report/units.h: 万吨 CO2 and 亿元 in Chinese). */
static int cell_text(const room_ui *u, const rscan_row *r, int c, char *buf, size_t size)
{
    const run_summary *s = r->ok ? &r->res->summary : NULL;
    unit_view mt = units_view("Mt CO2", room_lang(u)), bn = units_view("bn CNY", room_lang(u));
    buf[0] = '\0';
    if (c == RSCAN_COL_WHO) {
        snprintf(buf, size, "%s%s", r->marked ? "* " : "", r->who);
        return ST_NORMAL;
    }
    if (!s) return ST_NORMAL;
    if (c >= RSCAN_COL_GOAL0) {
        int g = c - RSCAN_COL_GOAL0;
        char v[48];
        if (g >= r->goals.n) return ST_DIM;
        goal_value_text(&r->goals.goal[g].target, r->goals.goal[g].value, u->zh, v, sizeof v);
        snprintf(buf, size, "%s %s", v, r->goals.goal[g].met ? (u->utf8 ? "✓" : "ok") : (u->utf8 ? "✗" : "x"));
        return r->goals.goal[g].met ? ST_GOOD : ST_BAD;
    }
    switch (c) {
    case RSCAN_COL_PEAK_YEAR:
        if (s->peak_reached) snprintf(buf, size, "%d", s->peak_year);
        else snprintf(buf, size, "%s", S(u, S_RM_NOPEAK));
        return s->peak_by_2030 ? ST_GOOD : ST_BAD;
    case RSCAN_COL_PEAK_MT: snprintf(buf, size, "%.0f", s->peak_mt * mt.factor); break;
    case RSCAN_COL_CUM_CO2: snprintf(buf, size, "%.0f", s->cum_co2_mt * mt.factor); break;
    case RSCAN_COL_COAL_2030: if (isfinite(s->coal_share_2030)) snprintf(buf, size, "%.1f%%", s->coal_share_2030); break;
    case RSCAN_COL_NONFOSSIL_2030: if (isfinite(s->nonfossil_share_2030)) snprintf(buf, size, "%.1f%%", s->nonfossil_share_2030); break;
    case RSCAN_COL_COST: /* 0 until the cost engine fills it (issue 12) */
        if (isfinite(s->cum_system_cost_bn)) snprintf(buf, size, "%.0f", s->cum_system_cost_bn * bn.factor);
        return ST_DIM;
    case RSCAN_COL_GOALS:
        if (!r->goals.n) return ST_DIM;
        snprintf(buf, size, "%d/%d%s", r->goals.n_met, r->goals.n, r->goals.all_met ? (u->utf8 ? " ✓" : " ok") : "");
        return r->goals.all_met ? ST_GOOD : ST_BAD;
    default: break;
    }
    return ST_NORMAL;
}

/* ---- list: drawing ---- */

static void draw_title(const room_ui *u, int cols)
{
    char line[RSCAN_PATH_MAX + 300], h[64];
    int broken = 0, col[ROOM_MAX_COLS], n = visible_cols(u, cols, col);
    for (int i = 0; i < u->t.n; i++) broken += !u->t.row[i]->ok;
    h[0] = '\0';
    for (int i = 0; i < n; i++)
        if (col[i] == u->sort) heading(u, col[i], i + 1, h, sizeof h);
    snprintf(line, sizeof line, " %s: %s  ·  %d %s  ·  %d %s  ·  %s: %s%s", S(u, S_RM_TITLE), u->t.dir, u->t.n,
             S(u, S_RM_FILES), broken, S(u, S_RM_BROKEN), S(u, S_RM_SORT), h[0] ? h + 2 : rscan_col_title((rscan_col)u->sort, u->zh),
             u->desc ? (u->utf8 ? " ▼" : " v") : (u->utf8 ? " ▲" : " ^"));
    if (u->t.skipped) /* more files than rows kept: say so rather than hide them silently */
        snprintf(line + strlen(line), sizeof line - strlen(line), "  ·  +%d %s", u->t.skipped, S(u, S_RM_NOT_SHOWN));
    drw_text(0, 0, cols, line, ST_TITLE, 1, 0, u->utf8);
}

/* Row 2: the round and its countdown in a workshop, else the challenge and its brief. */
static void draw_challenge(const room_ui *u, int cols)
{
    char line[CHAL_TEXT_MAX + RSCAN_PATH_MAX + 200];
    const chal_challenge *c = room_challenge(u, NULL);
    line[0] = '\0';
    if (u->have_ws) room_round_line(u, line, sizeof line);
    else if (c) snprintf(line, sizeof line, " %s (%s): %s", S(u, S_RM_CHALLENGE), chal_file(c), chal_brief(c, u->zh));
    drw_text(1, 0, cols, line, u->have_ws ? ST_BANNER : ST_INFO, 1, 0, u->utf8);
}

static void draw_headings(const room_ui *u, int cols)
{
    int x = 0, col[ROOM_MAX_COLS], n = visible_cols(u, cols, col);
    for (int i = 0; i < n && x < cols; i++) {
        char h[64];
        int w = col_width(col[i]);
        heading(u, col[i], i + 1, h, sizeof h);
        x += drw_text(2, x, w - 1 < cols - x ? w - 1 : cols - x, h, col[i] == u->sort ? ST_TAB_ACTIVE : ST_PANEL_TITLE, 1, 0, u->utf8);
        if (x < cols) x += drw_text(2, x, 1, " ", ST_PANEL_TITLE, 1, 0, u->utf8);
    }
    if (x < cols) drw_text(2, x, cols - x, S(u, S_RM_SCENARIO_STATUS), ST_PANEL_TITLE, 1, 0, u->utf8);
}

static void draw_row(const room_ui *u, const rscan_row *r, int y, int cols, int selected)
{
    int x = 0, col[ROOM_MAX_COLS], n = visible_cols(u, cols, col);
    char buf[sizeof r->error + 64];
    if (!r->ok) n = 1; /* a broken row: its error right after the name (Enter shows all of it) */
    for (int i = 0; i < n && x < cols; i++) {
        int st = cell_text(u, r, col[i], buf, sizeof buf);
        int w = col_width(col[i]) - 1 < cols - x ? col_width(col[i]) - 1 : cols - x;
        x += drw_text(y, x, w, buf, selected ? ST_LEVER_SEL : st, 1, col[i] != RSCAN_COL_WHO, u->utf8);
        if (x < cols) x += drw_text(y, x, 1, " ", selected ? ST_LEVER_SEL : ST_NORMAL, 1, 0, u->utf8);
    }
    if (x >= cols) return;
    if (r->ok) drw_text(y, x, cols - x, u->zh ? r->name_zh : r->name, selected ? ST_LEVER_SEL : ST_NORMAL, 1, 0, u->utf8);
    else {
        snprintf(buf, sizeof buf, " %s: %s", S(u, S_RM_BROKEN_ROW), u->zh ? r->error_zh : r->error);
        drw_text(y, x, cols - x, buf, ST_ERROR, 1, 0, u->utf8);
    }
}

static void draw_list(room_ui *u, int rows, int cols)
{
    int visible = rows - ROOM_TOP_ROWS - ROOM_BOTTOM_ROWS;
    draw_title(u, cols);
    draw_challenge(u, cols);
    draw_headings(u, cols);
    if (visible < 1) return;
    if (u->sel < u->top) u->top = u->sel;
    if (u->sel >= u->top + visible) u->top = u->sel - visible + 1;
    if (u->t.n == 0) drw_text(ROOM_TOP_ROWS + 1, 2, cols - 2, S(u, S_RM_EMPTY), ST_DIM, 0, 0, u->utf8);
    for (int i = 0; i < visible && u->top + i < u->t.n; i++)
        draw_row(u, u->t.row[u->top + i], ROOM_TOP_ROWS + i, cols, u->top + i == u->sel);
}

static void room_draw(room_ui *u)
{
    int rows, cols;
    i18n_id keys = u->mode == RM_CHART ? S_RM_KEYS_CHART : u->mode == RM_OVERLAY ? S_RM_KEYS_OVERLAY2
                 : u->mode == RM_REASON ? S_RM_KEYS_REASON : S_RM_KEYS_LIST;
    char line[600];
    getmaxyx(stdscr, rows, cols);
    erase();
    if (u->mode == RM_CHART) room_draw_chart(u, rows, cols);
    if (u->mode == RM_OVERLAY) room_draw_overlay(u, rows, cols);
    if (u->mode == RM_REASON) room_draw_reason(u, rows, cols);
    if (u->mode == RM_LIST || u->mode == RM_ASK) draw_list(u, rows, cols);
    drw_text(rows - 2, 0, cols, u->msg.text, u->msg.style, 1, 0, u->utf8);
    /* a workshop's own keys first: at 80 columns the end of the bar is cut */
    snprintf(line, sizeof line, "%s%s%s", u->have_ws && u->mode == RM_LIST ? S(u, S_RW_KEYS) : "",
             u->have_ws && u->mode == RM_LIST ? "  " : "", S(u, keys));
    drw_text(rows - 1, 0, cols, line, ST_KEYDESC, 1, 0, u->utf8);
    refresh();
}

/* ---- export: the whole room (every participant), or the marked ones when some are ---- */

static void export_all(room_ui *u, int overwrite)
{
    md_room md = {&u->t, u->zh};
    rsvg_room ov = {.t = &u->t, .zh = u->zh, .marked_only = u->n_marked > 0, .standalone = 1};
    pp_error e;
    char buf[PP_ERR_MSG_MAX + 300];
    pp_error_clear(&e);
    if (u->reveal && u->sol_res) ov.solution = u->sol_res, ov.solution_label = S(u, S_RW_REVEAL);
    rhtml_page page = {&u->t, u->zh, u->have_ws ? &u->ws : NULL, u->have_ws ? &u->st : NULL, (long long)time(NULL),
                       ov.solution, ov.solution_label};
    if (svg_save_with(EXPORT_MD, md_write_room, &md, overwrite, &e) != PP_OK ||
        svg_save_with(EXPORT_SVG, rsvg_write, &ov, overwrite, &e) != PP_OK ||
        svg_save_with(EXPORT_HTML, rhtml_write, &page, overwrite, &e) != PP_OK) {
        msg_say(&u->msg, ST_ERROR, "%s: %s", S(u, S_RM_FAILED), error_text(&e, u->zh ? LANG_ZH : LANG_EN, buf, sizeof buf));
        return;
    }
    msg_say(&u->msg, ST_GOOD, "%s: %s, %s, %s", S(u, S_RM_EXPORTED), EXPORT_MD, EXPORT_SVG, EXPORT_HTML);
}

/* `e`: asks first when either file is there already (exports never overwrite without asking). */
static void export_key(room_ui *u)
{
    struct stat sb;
    if (stat(EXPORT_MD, &sb) == 0 || stat(EXPORT_SVG, &sb) == 0 || stat(EXPORT_HTML, &sb) == 0) {
        msg_say(&u->msg, ST_DIALOG, "%s / %s / %s %s", EXPORT_MD, EXPORT_SVG, EXPORT_HTML, S(u, S_RM_ASK));
        u->mode = RM_ASK;
        return;
    }
    export_all(u, 0);
}

/* ---- keys ---- */

static void sort_key(room_ui *u, int i)
{
    int col[ROOM_MAX_COLS], n = visible_cols(u, COLS, col);
    if (i < 0 || i >= n) return;
    u->desc = (col[i] == u->sort) ? !u->desc : 0;
    u->sort = col[i];
    rscan_sort(&u->t, (rscan_col)u->sort, u->desc);
    fix_selection(u);
}

static void list_key(room_ui *u, int is_key, wint_t ch)
{
    int page = LINES - ROOM_TOP_ROWS - ROOM_BOTTOM_ROWS;
    if (is_key && ch == KEY_UP) select_row(u, u->sel - 1);
    else if (is_key && ch == KEY_DOWN) select_row(u, u->sel + 1);
    else if (is_key && ch == KEY_PPAGE) select_row(u, u->sel - page);
    else if (is_key && ch == KEY_NPAGE) select_row(u, u->sel + page);
    else if (is_key && ch == KEY_HOME) select_row(u, 0);
    else if (is_key && ch == KEY_END) select_row(u, u->t.n - 1);
    else if (!is_key && ch >= '1' && ch <= '9') sort_key(u, (int)(ch - '1'));
    else if ((is_key && ch == KEY_ENTER) || (!is_key && (ch == '\r' || ch == '\n'))) {
        if (u->t.n) u->mode = u->t.row[u->sel]->ok ? RM_CHART : RM_REASON, u->chart = 0;
    } else if (!is_key && ch == ' ' && u->t.n) {
        u->t.row[u->sel]->marked = !u->t.row[u->sel]->marked;
        count_marks(u);
        select_row(u, u->sel + 1);
    } else if (!is_key && ch == 'o') u->mode = RM_OVERLAY, u->ov_page = 0;
    else if (!is_key && ch == 'e') export_key(u);
    else if (!is_key && ch == 'r') {
        rscan_invalidate(&u->t);
        room_update(u);
    } else if (!is_key && ch == 'l') u->zh = u->utf8 ? !u->zh : 0, u->html_dirty = 1;
    else if (!is_key && (ch == 'q' || ch == 'Q')) u->quit = 1;
    else if (!is_key && room_round_key(u, (int)ch)) {}
}

static void room_key(room_ui *u, int is_key, wint_t ch)
{
    int back = (!is_key && (ch == 27 || ch == 'q' || ch == '\r' || ch == '\n')) || (is_key && ch == KEY_ENTER);
    if (is_key && ch == KEY_RESIZE) return;
    if (u->mode == RM_ASK) {
        u->mode = RM_LIST;
        if (!is_key && (ch == 'y' || ch == 'Y')) export_all(u, 1);
        else msg_clear(&u->msg);
        return;
    }
    if (u->mode == RM_LIST) {
        list_key(u, is_key, ch);
        return;
    }
    if (back) u->mode = RM_LIST;
    else if (u->mode == RM_CHART && is_key && (ch == KEY_RIGHT || ch == KEY_LEFT))
        u->chart = (u->chart + (ch == KEY_RIGHT ? 1 : 3)) % 4;
    else if (u->mode == RM_CHART && is_key && (ch == KEY_UP || ch == KEY_DOWN))
        select_row(u, u->sel + (ch == KEY_DOWN ? 1 : -1));
    else if (u->mode == RM_OVERLAY && is_key && (ch == KEY_NPAGE || ch == KEY_PPAGE || ch == KEY_RIGHT || ch == KEY_LEFT)) {
        int n = room_overlay_pages(u), d = (ch == KEY_NPAGE || ch == KEY_RIGHT) ? 1 : -1;
        u->ov_page = n ? (u->ov_page + d + n) % n : 0;
    } else if (u->mode == RM_OVERLAY && !is_key && ch == 'v') room_round_key(u, 'v');
}

/* ---- terminal and loop ---- */

static void room_loop(room_ui *u, int interval_ms)
{
    double next = clk_now_ms() + interval_ms;
    int dirty = 1;
    while (!u->quit && !term_quit_signal()) {
        wint_t ch;
        int r;
        if (dirty) room_draw(u);
        dirty = 0;
        r = get_wch(&ch);
        if (r != ERR) {
            room_key(u, r == KEY_CODE_YES, ch);
            dirty = 1;
        } else if (term_hung_up()) {
            break; /* a hung-up terminal returns ERR at once forever */
        }
        if (clk_now_ms() >= next) {
            dirty |= room_update(u);
            next = clk_now_ms() + interval_ms;
        }
        dirty |= room_round_tick(u);
    }
}

/* Language and UTF-8 from the locale (as the main TUI does), before the terminal is touched. */
static int room_prepare(room_ui *u, const room_args *a)
{
    int pick;
    pp_error e;
    char buf[PP_ERR_MSG_MAX + 300];
    if (!setlocale(LC_ALL, "")) setlocale(LC_CTYPE, "C.UTF-8");
    if ((pick = i18n_pick(a->lang)) < 0) {
        fputs("peakpath room: unknown language '", stderr);
        txt_fputs_term(stderr, a->lang, 0);
        fputs("': expected zh or en\n", stderr);
        return 2;
    }
    u->utf8 = term_utf8();
    rscan_init(&u->t, a->dir);
    for (int i = 0; a->allow && a->allow[i]; i++) rscan_allow_dir(&u->t, a->allow[i]);
    u->html = a->html;
    u->zh = u->utf8 && pick == LANG_ZH; /* for room_round_start's messages; the workshop may change it */
    if (room_round_start(u, a->answers)) return 2;
    if (!a->lang && u->have_ws && u->ws.lang[0]) pick = i18n_pick(u->ws.lang); /* the workshop's language */
    u->zh = u->utf8 && pick == LANG_ZH;
    if (u->ans_open) msg_say(&u->msg, ST_ERROR, "%s: %s", a->answers, S(u, S_RW_ANSWERS_OPEN));
    pp_error_clear(&e);
    if (rscan_update(&u->t, &e) < 0) {
        fputs("peakpath room: ", stderr);
        txt_fputs_term(stderr, error_text(&e, u->zh ? LANG_ZH : LANG_EN, buf, sizeof buf), 0);
        fputc('\n', stderr);
        return 2;
    }
    rscan_sort(&u->t, (rscan_col)u->sort, u->desc);
    fix_selection(u);
    u->html_dirty = 1;
    return 0;
}

int room_run(const room_args *a)
{
    room_ui *u = calloc(1, sizeof *u);
    int code;
    if (!u) return 1;
    code = room_prepare(u, a);
    if (code == 0 && (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))) {
        fputs("peakpath room: the room view needs a terminal; for a summary use: peakpath room ", stderr);
        txt_fputs_term(stderr, a->dir, 0);
        fputs(" --summary\n", stderr);
        code = 1;
    }
    if (code == 0) term_install_signals();
    if (code == 0 && term_start(&(term_options){ROOM_KEY_WAIT_MS, 0}, &u->color) != 0) {
        fprintf(stderr, "peakpath room: cannot start the terminal interface\n");
        code = 1;
    }
    if (code == 0) {
        room_loop(u, a->interval_ms > 0 ? a->interval_ms : 1000);
        term_stop();
        code = term_quit_signal() ? 128 + term_quit_signal() : 0;
    }
    room_round_free(u);
    rscan_free(&u->t);
    free(u);
    return code;
}

int room_main(const char *dir, const char *lang, int interval_ms, const char *const *allow)
{
    room_args a = {dir, lang, interval_ms, allow, NULL, NULL};
    return room_run(&a);
}
