/* tui/room.c - the facilitator's room screen: a table of participants (report/room_scan.c computes
 * the rows; this file only reads and draws them), a participant's charts, an overlay of several
 * participants' CO2 paths, and exports for the projector. Its strings are in the message catalogue (report/i18n_list.h). */
#include "room.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../report/error_text.h"
#include "../report/export_md.h"
#include "../report/export_svg.h"
#include "../report/room_scan.h"
#include "../report/safe_text.h"
#include "../report/series.h"
#include "chart.h"
#include "clock.h"
#include "curses_wide.h"
#include "draw.h"
#include "msg.h"
#include "../report/i18n.h"
#include "style.h"
#include "term.h"

#define ROOM_KEY_WAIT_MS 200   /* how often the loop wakes while idle */
#define ROOM_TOP_ROWS 3        /* title, challenge, column headings */
#define ROOM_BOTTOM_ROWS 2     /* message, keys */
#define EXPORT_MD "room-summary.md"
#define EXPORT_SVG "room-co2.svg"

/* ---- state ---- */

typedef enum { RM_LIST, RM_CHART, RM_OVERLAY, RM_ASK } room_mode;

typedef struct {
    rscan_table t;
    int zh, utf8, color, quit;
    int sel, top;                   /* selected row, first row shown */
    char sel_file[RSCAN_PATH_MAX];  /* keeps the selection on its file across re-sorts */
    rscan_col sort;
    int desc;
    int n_marked;                   /* rows with their `marked` flag set */
    room_mode mode;
    int chart;                      /* 0 CO2, 1 energy mix, 2 capacity */
    msg_sink msg;                   /* the status line (tui/msg.h) */
} room_ui;

/* A string of the message catalogue (report/i18n_list.h) in the room's language. */
static const char *S(const room_ui *u, i18n_id id) { return i18n_str(id, u->zh ? LANG_ZH : LANG_EN); }

/* ---- rows: marks and selection ---- */

/* The mark lives on the row (rscan_row.marked), so any number of rows can be marked and a
 * file that goes takes its mark with it. */
static void count_marks(room_ui *u)
{
    u->n_marked = 0;
    for (int i = 0; i < u->t.n; i++) u->n_marked += u->t.row[i]->marked;
}

static void toggle_mark(room_ui *u, rscan_row *r)
{
    r->marked = !r->marked;
    count_marks(u);
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
    rscan_sort(&u->t, u->sort, u->desc);
    fix_selection(u);
    count_marks(u);
    return changed > 0;
}

/* ---- list: formatting (pure) and drawing ---- */

static const int col_w[RSCAN_COL_COUNT] = {15, 12, 11, 15, 13, 13};

/* The text of row r in column c, and its style. */
static int cell_text(const room_ui *u, const rscan_row *r, rscan_col c, char *buf, size_t size)
{
    const run_summary *s = r->ok ? &r->res->summary : NULL;
    buf[0] = '\0';
    if (c == RSCAN_COL_WHO) {
        snprintf(buf, size, "%s%s", r->marked ? "* " : "", r->who);
        return ST_NORMAL;
    }
    if (!s) return ST_NORMAL;
    switch (c) {
    case RSCAN_COL_PEAK_YEAR:
        if (s->peak_reached) snprintf(buf, size, "%d", s->peak_year);
        else snprintf(buf, size, "%s", S(u, S_RM_NOPEAK));
        return s->peak_by_2030 ? ST_GOOD : ST_BAD;
    case RSCAN_COL_PEAK_MT: snprintf(buf, size, "%.1f", s->peak_mt); break;
    case RSCAN_COL_CUM_CO2: snprintf(buf, size, "%.0f", s->cum_co2_mt); break;
    case RSCAN_COL_COAL_2030: if (isfinite(s->coal_share_2030)) snprintf(buf, size, "%.1f%%", s->coal_share_2030); break;
    case RSCAN_COL_GOALS:
        if (!r->goals.n) return ST_DIM;
        snprintf(buf, size, "%d/%d%s", r->goals.n_met, r->goals.n, r->goals.all_met ? (u->utf8 ? " ✓" : " ok") : "");
        return r->goals.all_met ? ST_GOOD : ST_BAD;
    default: break;
    }
    return ST_NORMAL;
}

static void draw_title(const room_ui *u, int cols)
{
    char line[RSCAN_PATH_MAX + 200];
    int broken = 0;
    for (int i = 0; i < u->t.n; i++) broken += !u->t.row[i]->ok;
    snprintf(line, sizeof line, " %s: %s  ·  %d %s  ·  %d %s  ·  %s: %s%s", S(u, S_RM_TITLE), u->t.dir, u->t.n,
             S(u, S_RM_FILES), broken, S(u, S_RM_BROKEN), S(u, S_RM_SORT), rscan_col_title(u->sort, u->zh),
             u->desc ? (u->utf8 ? " ▼" : " v") : (u->utf8 ? " ▲" : " ^"));
    if (u->t.skipped) /* more files than rows kept: say so rather than hide them silently */
        snprintf(line + strlen(line), sizeof line - strlen(line), "  ·  +%d %s", u->t.skipped,
                 S(u, S_RM_NOT_SHOWN));
    drw_text(0, 0, cols, line, ST_TITLE, 1, 0, u->utf8);
}

/* The challenge of the first participant that runs (they normally share one). */
static void draw_challenge(const room_ui *u, int cols)
{
    char line[CHAL_TEXT_MAX + RSCAN_PATH_MAX + 40];
    for (int i = 0; i < u->t.n; i++) {
        const chal_challenge *c = u->t.row[i]->ok ? chal_of(u->t.row[i]->scn) : NULL;
        if (!c) continue;
        snprintf(line, sizeof line, " %s (%s): %s", S(u, S_RM_CHALLENGE), chal_file(c), chal_brief(c, u->zh));
        drw_text(1, 0, cols, line, ST_INFO, 1, 0, u->utf8);
        return;
    }
    drw_text(1, 0, cols, "", ST_NORMAL, 1, 0, u->utf8);
}

static void draw_headings(const room_ui *u, int cols)
{
    int x = 0;
    for (int c = 0; c < RSCAN_COL_COUNT && x < cols; c++) {
        char h[64];
        snprintf(h, sizeof h, "%d %s", c + 1, rscan_col_title((rscan_col)c, u->zh));
        x += drw_text(2, x, col_w[c] < cols - x ? col_w[c] : cols - x, h,
                      c == (int)u->sort ? ST_TAB_ACTIVE : ST_PANEL_TITLE, 1, 0, u->utf8);
    }
    if (x < cols) drw_text(2, x, cols - x, S(u, S_RM_SCENARIO_STATUS), ST_PANEL_TITLE, 1, 0, u->utf8);
}

static void draw_row(const room_ui *u, const rscan_row *r, int y, int cols, int selected)
{
    int x = 0;
    char buf[sizeof r->error + 64];
    for (int c = 0; c < RSCAN_COL_COUNT && x < cols; c++) {
        int st = cell_text(u, r, (rscan_col)c, buf, sizeof buf);
        int w = col_w[c] - 1 < cols - x ? col_w[c] - 1 : cols - x;
        x += drw_text(y, x, w, buf, selected ? ST_LEVER_SEL : st, 1, c != RSCAN_COL_WHO, u->utf8);
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

/* ---- charts ---- */

static void chart_base(const room_ui *u, const run_result *r, chart_spec *sp)
{
    chart_spec_begin(sp, r->first_year, r->n_years, 2030, u->utf8, !u->color); /* 2030: the peaking target */
}

static void add_line(chart_spec *sp, const double *v, int style, const char *label)
{
    if (sp->ns >= CHART_MAX_SERIES) return;
    sp->s[sp->ns].v = v;
    sp->s[sp->ns].style = style;
    sp->s[sp->ns++].label = label;
}

/* One participant's chart: CO2 (gross, net, peak), energy mix or capacity (stacked). */
static void participant_spec(const room_ui *u, const run_result *r, chart_spec *sp, char *peak, size_t size)
{
#define ROOM_SERIES(var, role, color, short_en, short_zh, long_en, long_zh) {var, ST_##role},
    static const int mix[][2] = {REPORT_MIX_SERIES(ROOM_SERIES)}; /* report/series.h */
    static const int cap[][2] = {REPORT_CAP_SERIES(ROOM_SERIES)};
#undef ROOM_SERIES
    const int (*set)[2] = u->chart == 1 ? mix : cap;
    int n = u->chart == 1 ? (int)(sizeof mix / sizeof mix[0]) : (int)(sizeof cap / sizeof cap[0]);
    chart_base(u, r, sp);
    if (u->chart == 0) {
        add_line(sp, r->v[RV_CO2_NET], ST_NET, S(u, S_RM_NET));
        add_line(sp, r->v[RV_CO2], ST_MAIN, S(u, S_RM_GROSS));
        sp->unit = "Mt CO2";
        sp->hist_end_year = r->hist_end_year;
        if (r->summary.peak_reached) {
            snprintf(peak, size, "%s %d: %.1f Mt", S(u, S_RM_PEAK), r->summary.peak_year, r->summary.peak_mt);
            sp->peak_year = r->summary.peak_year;
            sp->peak_value = r->summary.peak_mt;
            sp->peak_label = peak;
        }
        return;
    }
    sp->stacked = 1;
    for (int i = 0; i < n; i++) {
        const run_var_info *vi = run_var_get(set[i][0]);
        add_line(sp, r->v[set[i][0]], set[i][1], i18n_pair(vi->label_en, vi->label_zh, u->zh ? LANG_ZH : LANG_EN));
    }
    sp->unit = u->chart == 1 ? "%" : "GW";
    if (u->chart == 1) sp->y_lo = 0, sp->y_hi = 100;
}

/* Marked rows that run (or every row that runs when none is marked), with the first one's years. */
static void overlay_spec(const room_ui *u, chart_spec *sp)
{
    static const int styles[CHART_MAX_SERIES] = {ST_MAIN, ST_NET, ST_GOOD, ST_SOLAR, ST_OIL, ST_HYDRO, ST_NUCLEAR, ST_DIM};
    const run_result *first = NULL;
    for (int i = 0; i < u->t.n && sp->ns < CHART_MAX_SERIES; i++) {
        const rscan_row *r = u->t.row[i];
        if (!r->ok || (u->n_marked && !r->marked)) continue;
        if (!first) chart_base(u, first = r->res, sp);
        if (r->res->first_year != first->first_year || r->res->n_years != first->n_years) continue;
        add_line(sp, r->res->v[RV_CO2], styles[sp->ns], r->who);
    }
    sp->unit = "Mt CO2";
}

static void put_grid(const chart_spec *sp, int y, int x, int h, int w)
{
    chart_grid *g = (h > 0 && w > 0) ? chart_grid_new(w, h) : NULL;
    if (!g) return;
    chart_compute(sp, g);
    drw_grid(g, y, x);
    chart_grid_free(g);
}

static void draw_chart(room_ui *u, int rows, int cols)
{
    static const i18n_id titles[] = {S_RM_CO2, S_RM_MIX, S_RM_CAP};
    const rscan_row *r = u->t.n ? u->t.row[u->sel] : NULL;
    char title[2 * RSCAN_PATH_MAX], peak[96];
    chart_spec sp;
    if (!r || !r->ok) {
        u->mode = RM_LIST;
        return;
    }
    snprintf(title, sizeof title, " %s - %s (%s)  %s", r->who, S(u, titles[u->chart]), u->zh ? r->name_zh : r->name, r->file);
    drw_text(0, 0, cols, title, ST_TITLE, 1, 0, u->utf8);
    participant_spec(u, r->res, &sp, peak, sizeof peak);
    put_grid(&sp, 1, 0, rows - 1 - ROOM_BOTTOM_ROWS, cols);
}

static void draw_overlay(room_ui *u, int rows, int cols)
{
    chart_spec sp;
    memset(&sp, 0, sizeof sp);
    drw_text(0, 0, cols, S(u, S_RM_OVERLAY), ST_TITLE, 1, 0, u->utf8);
    overlay_spec(u, &sp);
    if (sp.ns == 0) drw_text(2, 2, cols - 2, S(u, S_RM_NONE_OK), ST_DIM, 0, 0, u->utf8);
    else put_grid(&sp, 1, 0, rows - 1 - ROOM_BOTTOM_ROWS, cols);
}

static void room_draw(room_ui *u)
{
    int rows, cols;
    getmaxyx(stdscr, rows, cols);
    erase();
    if (u->mode == RM_CHART) draw_chart(u, rows, cols);
    if (u->mode == RM_OVERLAY) draw_overlay(u, rows, cols);
    if (u->mode == RM_LIST || u->mode == RM_ASK) draw_list(u, rows, cols);
    drw_text(rows - 2, 0, cols, u->msg.text, u->msg.style, 1, 0, u->utf8);
    drw_text(rows - 1, 0, cols, S(u, u->mode == RM_CHART ? S_RM_KEYS_CHART : u->mode == RM_OVERLAY ? S_RM_KEYS_OVERLAY : S_RM_KEYS_LIST),
             ST_KEYDESC, 1, 0, u->utf8);
    refresh();
}

/* ---- export ---- */

static void export_all(room_ui *u, int overwrite)
{
    md_room md = {&u->t, u->zh};
    svg_overlay ov;
    pp_error e;
    char buf[PP_ERR_MSG_MAX + 300];
    memset(&ov, 0, sizeof ov);
    ov.zh = u->zh;
    for (int i = 0; i < u->t.n && ov.n < SVG_OVERLAY_MAX; i++)
        if (u->t.row[i]->ok && (!u->n_marked || u->t.row[i]->marked)) {
            ov.name[ov.n] = u->t.row[i]->who;
            ov.res[ov.n++] = u->t.row[i]->res;
        }
    pp_error_clear(&e);
    if (svg_save_with(EXPORT_MD, md_write_room, &md, overwrite, &e) != PP_OK ||
        (ov.n && svg_save_with(EXPORT_SVG, svg_write_overlay, &ov, overwrite, &e) != PP_OK)) {
        msg_say(&u->msg, ST_ERROR, "%s: %s", S(u, S_RM_FAILED), error_text(&e, u->zh ? LANG_ZH : LANG_EN, buf, sizeof buf));
        return;
    }
    msg_say(&u->msg, ST_GOOD, "%s: %s%s%s", S(u, S_RM_EXPORTED), EXPORT_MD, ov.n ? ", " : "", ov.n ? EXPORT_SVG : "");
}

/* `e`: asks first when either file is there already (exports never overwrite without asking). */
static void export_key(room_ui *u)
{
    struct stat sb;
    if (stat(EXPORT_MD, &sb) == 0 || stat(EXPORT_SVG, &sb) == 0) {
        msg_say(&u->msg, ST_DIALOG, "%s / %s %s", EXPORT_MD, EXPORT_SVG, S(u, S_RM_ASK));
        u->mode = RM_ASK;
        return;
    }
    export_all(u, 0);
}

/* ---- keys ---- */

static void sort_key(room_ui *u, int col)
{
    if (col < 0 || col >= RSCAN_COL_COUNT) return;
    u->desc = (col == (int)u->sort) ? !u->desc : 0;
    u->sort = (rscan_col)col;
    rscan_sort(&u->t, u->sort, u->desc);
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
    else if (!is_key && ch >= '1' && ch <= '6') sort_key(u, (int)(ch - '1'));
    else if ((is_key && ch == KEY_ENTER) || (!is_key && (ch == '\r' || ch == '\n'))) {
        if (u->t.n && u->t.row[u->sel]->ok) u->mode = RM_CHART, u->chart = 0;
    } else if (!is_key && ch == ' ' && u->t.n) {
        toggle_mark(u, u->t.row[u->sel]);
        select_row(u, u->sel + 1);
    } else if (!is_key && ch == 'o') u->mode = RM_OVERLAY;
    else if (!is_key && ch == 'e') export_key(u);
    else if (!is_key && ch == 'r') {
        rscan_invalidate(&u->t);
        room_update(u);
    } else if (!is_key && ch == 'l') u->zh = u->utf8 ? !u->zh : 0;
    else if (!is_key && (ch == 'q' || ch == 'Q')) u->quit = 1;
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
        u->chart = (u->chart + (ch == KEY_RIGHT ? 1 : 2)) % 3;
    else if (u->mode == RM_CHART && is_key && (ch == KEY_UP || ch == KEY_DOWN))
        select_row(u, u->sel + (ch == KEY_DOWN ? 1 : -1));
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
    }
}

/* Language and UTF-8 from the locale (as the main TUI does), before the terminal is touched. */
static int room_prepare(room_ui *u, const char *dir, const char *lang, const char *const *allow)
{
    int pick;
    pp_error e;
    char buf[PP_ERR_MSG_MAX + 300];
    if (!setlocale(LC_ALL, "")) setlocale(LC_CTYPE, "C.UTF-8");
    if ((pick = i18n_pick(lang)) < 0) {
        fputs("peakpath room: unknown language '", stderr);
        txt_fputs_term(stderr, lang, 0);
        fputs("': expected zh or en\n", stderr);
        return 2;
    }
    u->utf8 = term_utf8();
    u->zh = u->utf8 && pick == LANG_ZH;
    rscan_init(&u->t, dir);
    for (int i = 0; allow && allow[i]; i++) rscan_allow_dir(&u->t, allow[i]);
    pp_error_clear(&e);
    if (rscan_update(&u->t, &e) < 0) {
        fputs("peakpath room: ", stderr);
        txt_fputs_term(stderr, error_text(&e, u->zh ? LANG_ZH : LANG_EN, buf, sizeof buf), 0);
        fputc('\n', stderr);
        return 2;
    }
    rscan_sort(&u->t, u->sort, u->desc);
    fix_selection(u);
    return 0;
}

int room_main(const char *dir, const char *lang, int interval_ms, const char *const *allow)
{
    room_ui *u = calloc(1, sizeof *u);
    int code;
    if (!u) return 1;
    code = room_prepare(u, dir, lang, allow);
    if (code == 0 && (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))) {
        fputs("peakpath room: the room view needs a terminal; for a summary use: peakpath room ", stderr);
        txt_fputs_term(stderr, dir, 0);
        fputs(" --summary\n", stderr);
        code = 1;
    }
    if (code == 0) term_install_signals();
    if (code == 0 && term_start(&(term_options){ROOM_KEY_WAIT_MS, 0}, &u->color) != 0) {
        fprintf(stderr, "peakpath room: cannot start the terminal interface\n");
        code = 1;
    }
    if (code == 0) {
        room_loop(u, interval_ms > 0 ? interval_ms : 1000);
        term_stop();
        code = term_quit_signal() ? 128 + term_quit_signal() : 0;
    }
    rscan_free(&u->t);
    free(u);
    return code;
}
