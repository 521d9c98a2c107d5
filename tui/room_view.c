/* tui/room_view.c - the room's full-screen views: one participant's charts (CO2, energy mix,
 * capacity) and the levers they moved; the overlay of everyone's CO2 paths, seven distinct
 * colours a page with a legend, paged past what fits, with the worked solution when revealed;
 * and the whole reason a broken row is broken (report/error_text.h renders engine errors). */
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "../report/error_text.h"
#include "../report/room_levers.h"
#include "../report/safe_text.h"
#include "../report/series.h"
#include "chart.h"
#include "curses_wide.h"
#include "draw.h"
#include "room_ui.h"
#include "style.h"
#include "text.h"

#define S room_s

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

static void put_grid(const chart_spec *sp, int y, int x, int h, int w)
{
    chart_grid *g = (h > 0 && w > 0) ? chart_grid_new(w, h) : NULL;
    if (!g) return;
    chart_compute(sp, g);
    drw_grid(g, y, x);
    chart_grid_free(g);
}

/* ---- one participant ---- */

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
        add_line(sp, r->v[set[i][0]], set[i][1], i18n_pair(vi->label_en, vi->label_zh, room_lang(u)));
    }
    sp->unit = u->chart == 1 ? "%" : "GW";
    if (u->chart == 1) sp->y_lo = 0, sp->y_hi = 100;
}

/* The levers the participant moved, one a line: "Solar PV capacity: 4.50 → 8.00 GW". */
static void draw_levers(const room_ui *u, const rscan_row *r, int rows, int cols)
{
    rlev_move m[RLEV_MAX];
    int n = rlev_moves(r->scn, m, RLEV_MAX), y = 2;
    drw_text(1, 0, cols, S(u, S_RM_LEVERS_MOVED), ST_PANEL_TITLE, 1, 0, u->utf8);
    if (!n) drw_text(y, 2, cols - 2, S(u, S_RM_NO_LEVERS), ST_DIM, 0, 0, u->utf8);
    for (int i = 0; i < n && y < rows - ROOM_BOTTOM_ROWS; i++, y++) {
        char line[320];
        rlev_text(&m[i], room_lang(u), u->utf8, line, sizeof line);
        drw_text(y, 2, cols - 2, line, ST_CHANGED, 0, 0, u->utf8);
    }
}

void room_draw_chart(room_ui *u, int rows, int cols)
{
    static const i18n_id titles[] = {S_RM_CO2, S_RM_MIX, S_RM_CAP, S_RM_LEVERS_MOVED};
    const rscan_row *r = u->t.n ? u->t.row[u->sel] : NULL;
    char title[2 * RSCAN_PATH_MAX], peak[96];
    chart_spec sp;
    if (!r || !r->ok) {
        u->mode = (r && !r->ok) ? RM_REASON : RM_LIST;
        return;
    }
    snprintf(title, sizeof title, " %s - %s (%s)  %s", r->who, S(u, titles[u->chart]), u->zh ? r->name_zh : r->name, r->file);
    drw_text(0, 0, cols, title, ST_TITLE, 1, 0, u->utf8);
    if (u->chart == 3) {
        draw_levers(u, r, rows, cols);
        return;
    }
    participant_spec(u, r->res, &sp, peak, sizeof peak);
    put_grid(&sp, 1, 0, rows - 1 - ROOM_BOTTOM_ROWS, cols);
}

/* ---- everyone ---- */

/* Rows that run (the marked ones when some are marked). */
static int overlay_count(const room_ui *u)
{
    int n = 0;
    for (int i = 0; i < u->t.n; i++) n += u->t.row[i]->ok && (!u->n_marked || u->t.row[i]->marked);
    return n;
}

int room_overlay_pages(const room_ui *u)
{
    return (overlay_count(u) + ROOM_OVERLAY_PAGE - 1) / ROOM_OVERLAY_PAGE;
}

void room_draw_overlay(room_ui *u, int rows, int cols)
{
    /* seven colours a terminal shows apart (red, green, yellow, blue, magenta, cyan, white) */
    static const int styles[ROOM_OVERLAY_PAGE] = {ST_COAL, ST_NONFOSSIL, ST_GAS, ST_HYDRO, ST_OIL, ST_WIND, ST_GASPOWER};
    int pages = room_overlay_pages(u), k = 0, first = u->ov_page * ROOM_OVERLAY_PAGE;
    const run_result *base = NULL;
    char title[200], note[64];
    chart_spec sp;
    memset(&sp, 0, sizeof sp);
    if (u->ov_page >= pages) u->ov_page = 0, first = 0;
    snprintf(title, sizeof title, "%s%s", S(u, S_RM_OVERLAY), u->n_marked ? "" : "");
    drw_text(0, 0, cols, title, ST_TITLE, 1, 0, u->utf8);
    for (int i = 0; i < u->t.n; i++) {
        const rscan_row *r = u->t.row[i];
        if (!r->ok || (u->n_marked && !r->marked)) continue;
        if (k++ < first || sp.ns >= ROOM_OVERLAY_PAGE) continue;
        if (!base) chart_base(u, base = r->res, &sp);
        if (r->res->first_year != base->first_year || r->res->n_years != base->n_years) continue;
        add_line(&sp, r->res->v[RV_CO2], styles[sp.ns], r->who);
    }
    if (u->reveal && u->sol_res && base && u->sol_res->first_year == base->first_year && u->sol_res->n_years == base->n_years)
        add_line(&sp, u->sol_res->v[RV_CO2], ST_MAIN, S(u, S_RW_REVEAL)); /* the eighth line, bold */
    if (sp.ns == 0) {
        drw_text(2, 2, cols - 2, S(u, S_RM_NONE_OK), ST_DIM, 0, 0, u->utf8);
        return;
    }
    snprintf(note, sizeof note, "%s %d/%d", S(u, S_RM_PAGE), u->ov_page + 1, pages);
    sp.unit = "Mt CO2";
    sp.note = note;
    put_grid(&sp, 1, 0, rows - 1 - ROOM_BOTTOM_ROWS - (u->reveal ? 1 : 0), cols);
    if (u->reveal && u->sol_round >= 1) { /* the facilitator's notes under the chart */
        const char *notes = u->zh ? u->ans.notes_zh[u->sol_round - 1] : u->ans.notes_en[u->sol_round - 1];
        char safe[RWS_NOTES_MAX * 4];
        txt_safe_term(notes, safe, sizeof safe, 0);
        drw_text(rows - ROOM_BOTTOM_ROWS - 1, 0, cols, safe, ST_INFO, 1, 0, u->utf8);
    }
}

/* ---- a broken row ---- */

/* The reason wrapped over the screen: where (file, line, key) and the engine's whole message
 * when it is about the participant's own file, else the one-line form (never another file's text). */
void room_draw_reason(room_ui *u, int rows, int cols)
{
    const rscan_row *r = u->t.n ? u->t.row[u->sel] : NULL;
    char text[PP_ERR_MSG_MAX * 4 + PP_ERR_FILE_MAX * 4 + 600], raw[sizeof text], title[RSCAN_PATH_MAX + 100];
    int y = 2, len, w = cols > 4 ? cols - 4 : 1;
    if (!r || r->ok) {
        u->mode = RM_LIST;
        return;
    }
    snprintf(title, sizeof title, " %s - %s", r->who, S(u, S_RM_REASON));
    drw_text(0, 0, cols, title, ST_TITLE, 1, 0, u->utf8);
    if (r->err_own) error_text(&r->err, room_lang(u), raw, sizeof raw);
    else snprintf(raw, sizeof raw, "%s", u->zh ? r->error_zh : r->error);
    txt_safe_term(raw, text, sizeof text, 0);
    len = (int)strlen(text);
    /* wrapped at w cells a line (a Chinese character takes two), never inside a character */
    for (int at = 0; at < len && y < rows - ROOM_BOTTOM_ROWS; y++) {
        int end = at, cells = 0;
        char line[1024];
        mbstate_t ps;
        memset(&ps, 0, sizeof ps);
        while (end < len) {
            wchar_t wc;
            size_t n = mbrtowc(&wc, text + end, (size_t)(len - end), &ps);
            int cw;
            if (n == (size_t)-1 || n == (size_t)-2 || n == 0) n = 1, wc = L'?';
            cw = txt_wcwidth(wc);
            if (cells + cw > w || end - at + (int)n >= (int)sizeof line) break;
            cells += cw;
            end += (int)n;
        }
        if (end == at) end++; /* a character wider than the line: shown cut, never stuck */
        snprintf(line, sizeof line, "%.*s", end - at, text + at);
        drw_text(y, 2, w, line, ST_ERROR, 0, 0, u->utf8);
        at = end;
    }
    drw_text(y + 1, 2, w, S(u, S_RM_ERR_HINT), ST_DIM, 0, 0, u->utf8);
}
