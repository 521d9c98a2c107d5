/* tui/room_round.c - the facilitator's side of a workshop in the room screen: the rounds of the
 * workshop file (t starts and pauses the countdown, N moves everyone to the next round, a round
 * whose time is up closes by itself), the state file the participants' `peakpath join` follow,
 * the worked solution from the answers file (v), and the projector page (--html). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../report/error_text.h"
#include "../report/export_svg.h"
#include "../report/room_html.h"
#include "../report/room_join.h"
#include "../report/safe_text.h"
#include "../sim/scenario/challenge.h"
#include "clock.h"
#include "room_ui.h"
#include "style.h"

#define S room_s
#define HTML_EVERY_MS 2000 /* the page is rewritten at most this often (and when rows change) */

static long long now_s(void) { return (long long)time(NULL); }

static void folder_of(const char *file, char *out, size_t size)
{
    const char *slash = strrchr(file, '/');
    if (!slash) snprintf(out, size, ".");
    else snprintf(out, size, "%.*s", slash == file ? 1 : (int)(slash - file), file);
}

static void write_state(room_ui *u)
{
    if (rws_state_write(u->t.dir, &u->st) != 0)
        msg_say(&u->msg, ST_ERROR, "%s: %s/%s: %s", S(u, S_RW_STATE_FAILED), u->t.dir, RWS_STATE, strerror(errno));
    u->html_dirty = 1;
}

int room_round_start(room_ui *u, const char *answers)
{
    rws_error e;
    char buf[RWS_PATH_MAX + 400], file[RWS_PATH_MAX + 40];
    int rc = rws_load(u->t.dir, &u->ws, &e);
    if (rc < 0) {
        snprintf(file, sizeof file, "%s/%s", u->t.dir, RWS_FILE);
        fprintf(stderr, "peakpath room: %s\n", rws_error_text(&e, file, room_lang(u), buf, sizeof buf));
        return 2;
    }
    if (answers) {
        if (rws_answers_load(answers, &u->ans, &u->ans_open, &e) < 0) {
            fprintf(stderr, "peakpath room: %s\n", rws_error_text(&e, answers, room_lang(u), buf, sizeof buf));
            return 2;
        }
        u->have_ans = 1; /* an answers file others can read: the room warns once its language is set */
    }
    if (rc == 0) return 0;
    u->have_ws = 1;
    for (int k = 0; k < u->ws.n_rounds; k++) { /* participants' files inherit the rounds' challenges */
        char dir[RWS_PATH_MAX];
        int known = 0;
        folder_of(u->ws.challenge[k], dir, sizeof dir);
        for (int i = 0; i < u->t.n_allow; i++) known |= !strcmp(u->t.allow[i], dir);
        if (!known) rscan_allow_dir(&u->t, dir);
    }
    /* a room started again keeps the workshop where it was */
    if (rws_state_read(u->t.dir, &u->st) != 0 || u->st.round > u->ws.n_rounds)
        u->st = (rws_state){1, RWS_WAITING, 0, (long)u->ws.minutes[0] * 60, 0};
    u->t.round = u->st.round;
    {
        struct stat sb;
        snprintf(file, sizeof file, "%s/%s", u->t.dir, RJOIN_LATE_DIR);
        /* late saves: as writable as the room folder itself (sticky, so nobody removes another's) */
        if (stat(u->t.dir, &sb) == 0 && mkdir(file, 0700) == 0) chmod(file, sb.st_mode & 07777);
    }
    if (rws_state_write(u->t.dir, &u->st) != 0) {
        fprintf(stderr, "peakpath room: %s: %s/%s: %s\n", S(u, S_RW_STATE_FAILED), u->t.dir, RWS_STATE, strerror(errno));
        return 2;
    }
    return 0;
}

/* The worked solution of the current round: the round's challenge with the answers' lever values
 * (or the answers' solution file), run once. 0 when there is one. */
static int build_solution(room_ui *u, int k, pp_error *e)
{
    const char *chal = u->have_ws ? u->ws.challenge[k - 1] : NULL;
    const rscan_row *first = NULL;
    if (u->ans.solution[k - 1][0]) return scn_load(u->ans.solution[k - 1], &u->sol, e) == PP_OK ? 0 : -1;
    if (!chal) /* no workshop file: the challenge the participants inherit */
        for (int i = 0; i < u->t.n && !first; i++)
            if (u->t.row[i]->ok && chal_of(u->t.row[i]->scn)) first = u->t.row[i];
    if (!chal && first) chal = chal_file(chal_of(first->scn));
    if (!chal || scn_load(chal, &u->sol, e) != PP_OK) return -1;
    for (int i = 0; i < u->ans.n_levers[k - 1]; i++)
        if (scn_lever_set(u->sol, u->ans.lever_id[k - 1][i], u->ans.lever_value[k - 1][i], e) != PP_OK) return -1;
    return 0;
}

static int load_solution(room_ui *u)
{
    int k = u->have_ws ? u->st.round : 1;
    pp_error e;
    char buf[PP_ERR_MSG_MAX + 300];
    if (u->sol && u->sol_round == k) return 0;
    room_round_free(u);
    u->sol_round = 0;
    if (!u->have_ans || k > u->ans.n_rounds || (!u->ans.solution[k - 1][0] && !u->ans.n_levers[k - 1])) {
        msg_say(&u->msg, ST_ERROR, "%s", S(u, S_RW_NO_ANSWERS));
        return -1;
    }
    pp_error_clear(&e);
    if (build_solution(u, k, &e) != 0 || !(u->sol_res = malloc(sizeof *u->sol_res)) ||
        run_simulate(u->sol, u->sol_res, &e) != PP_OK) {
        msg_say(&u->msg, ST_ERROR, "%s: %s", S(u, S_RW_REVEAL), pp_error_is_set(&e) ? error_text(&e, room_lang(u), buf, sizeof buf) : S(u, S_M_NOMEM));
        room_round_free(u);
        return -1;
    }
    u->sol_round = k;
    return 0;
}

int room_round_key(room_ui *u, int ch)
{
    long long now = now_s();
    if (ch == 'v') {
        if (u->reveal) u->reveal = 0;
        else if (load_solution(u) == 0) u->reveal = 1, u->mode = RM_OVERLAY;
        if (u->have_ws) {
            u->st.reveal = u->reveal;
            write_state(u);
        }
        u->html_dirty = 1;
        return 1;
    }
    if (!u->have_ws) return 0;
    if (ch == 't') {
        if (u->st.status == RWS_RUNNING) u->st.status = RWS_PAUSED, u->st.left_s = rws_left(&u->st, now);
        else if (u->st.status != RWS_CLOSED) u->st.status = RWS_RUNNING, u->st.ends_at = now + u->st.left_s;
        write_state(u);
        return 1;
    }
    if (ch == 'N') {
        if (u->st.round >= u->ws.n_rounds) {
            u->st.status = RWS_CLOSED; /* after the last round: the room stays for the closing */
            u->st.left_s = 0;
            msg_say(&u->msg, ST_INFO, "%s", S(u, S_RW_LAST_ROUND));
        } else {
            u->st = (rws_state){u->st.round + 1, RWS_WAITING, 0, (long)u->ws.minutes[u->st.round] * 60, 0};
            u->reveal = 0;
            u->t.round = u->st.round; /* the next scan shows the new round's files only */
            rscan_invalidate(&u->t);
        }
        write_state(u);
        return 1;
    }
    return 0;
}

int room_round_tick(room_ui *u)
{
    double now_ms = clk_now_ms();
    int redraw = 0;
    if (u->have_ws && u->st.status == RWS_RUNNING) {
        if (now_s() >= u->st.ends_at) { /* time is up: the round closes; later saves go to late/ */
            u->st.status = RWS_CLOSED;
            u->st.left_s = 0;
            write_state(u);
        }
        redraw = 1; /* the countdown */
    }
    if (u->html && (u->html_dirty || now_ms >= u->next_html_ms)) {
        rhtml_page p = {&u->t, u->zh, u->have_ws ? &u->ws : NULL, u->have_ws ? &u->st : NULL, now_s(),
                        u->reveal ? u->sol_res : NULL, S(u, S_RW_REVEAL)};
        pp_error e;
        char buf[PP_ERR_MSG_MAX + 300];
        pp_error_clear(&e);
        if (svg_save_with(u->html, rhtml_write, &p, 1, &e) != PP_OK) {
            msg_say(&u->msg, ST_ERROR, "%s: %s", S(u, S_RM_FAILED), error_text(&e, room_lang(u), buf, sizeof buf));
            u->html = NULL; /* said once; the room goes on without the page */
            redraw = 1;
        }
        u->html_dirty = 0;
        u->next_html_ms = now_ms + HTML_EVERY_MS;
    }
    return redraw;
}

void room_round_line(const room_ui *u, char *buf, size_t size)
{
    char clock[64], chal[RWS_PATH_MAX];
    const char *base = strrchr(u->ws.challenge[u->st.round - 1], '/');
    txt_safe_term(base ? base + 1 : u->ws.challenge[u->st.round - 1], chal, sizeof chal, 0);
    snprintf(buf, size, " %s %d/%d  ·  %s  ·  %s%s", S(u, S_J_ROUND), u->st.round, u->ws.n_rounds, chal,
             rws_countdown(&u->st, now_s(), room_lang(u), clock, sizeof clock), u->reveal ? "  ·  v" : "");
}

void room_round_free(room_ui *u)
{
    scn_free(u->sol);
    free(u->sol_res);
    u->sol = NULL;
    u->sol_res = NULL;
}
