/* tui/room_ui.h - the room screen's state, shared by its parts (internal to tui/room*.c): the
 * list and keys (tui/room.c), the charts, overlay, reason and lever views (tui/room_view.c), and
 * the workshop rounds, answers and projector page (tui/room_round.c). */
#ifndef PEAKPATH_TUI_ROOM_UI_H
#define PEAKPATH_TUI_ROOM_UI_H

#include "../report/i18n.h"
#include "../report/room_scan.h"
#include "../report/room_workshop.h"
#include "msg.h"

#define ROOM_TOP_ROWS 3        /* title, challenge (or round), column headings */
#define ROOM_BOTTOM_ROWS 2     /* message, keys */
#define ROOM_OVERLAY_PAGE 7    /* lines on one overlay page: the seven colours a terminal tells apart */

typedef enum { RM_LIST, RM_CHART, RM_OVERLAY, RM_ASK, RM_REASON } room_mode;

typedef struct {
    rscan_table t;
    int zh, utf8, color, quit;
    int sel, top;                   /* selected row, first row shown */
    char sel_file[RSCAN_PATH_MAX];  /* keeps the selection on its file across re-sorts */
    int sort;                       /* an rscan_col (RSCAN_COL_GOAL0 + g for a goal column) */
    int desc;
    int n_marked;                   /* rows with their `marked` flag set */
    room_mode mode;
    int chart;                      /* 0 CO2, 1 energy mix, 2 capacity, 3 levers moved */
    int ov_page;                    /* overlay page */
    msg_sink msg;                   /* the status line (tui/msg.h) */
    /* workshop (tui/room_round.c) */
    int have_ws;
    rws_workshop ws;
    rws_state st;
    int have_ans, ans_open;         /* answers file read; it is readable by others */
    rws_answers ans;
    scn_scenario *sol;              /* the current round's worked solution (when revealed) */
    run_result *sol_res;
    int sol_round;
    int reveal;                     /* the overlay shows the worked solution */
    const char *html;               /* --html FILE: the projector page, or NULL */
    double next_html_ms;
    int html_dirty;
} room_ui;

/* A catalogue string in the room's language. */
const char *room_s(const room_ui *u, i18n_id id);
static inline i18n_lang room_lang(const room_ui *u) { return u->zh ? LANG_ZH : LANG_EN; }

/* tui/room_view.c: the full-screen views (the participant's charts and moved levers, the
 * overlay of everyone paged, a broken row's whole reason). */
void room_draw_chart(room_ui *u, int rows, int cols);
void room_draw_overlay(room_ui *u, int rows, int cols);
void room_draw_reason(room_ui *u, int rows, int cols);
int room_overlay_pages(const room_ui *u);

/* tui/room_round.c: the workshop. room_round_start reads DIR's workshop file and the answers
 * file (before the terminal; 0 or exit code 2 with a message on stderr); room_round_key takes
 * t (start/pause), N (next round), v (reveal): 1 when taken; room_round_tick closes a round whose
 * time is up and rewrites the projector page when due (1: redraw); room_round_line writes the
 * round and countdown for the second row. */
int room_round_start(room_ui *u, const char *answers);
int room_round_key(room_ui *u, int ch);
int room_round_tick(room_ui *u);
void room_round_line(const room_ui *u, char *buf, size_t size);
void room_round_free(room_ui *u);

#endif
