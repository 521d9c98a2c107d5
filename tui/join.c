/* tui/join.c - participant mode: where a save goes (report/room_join.h), the round and countdown
 * from the room's state file (report/room_workshop.h), following the facilitator to the next
 * round, and the guard against saving over a challenge or someone else's file. */
#include "join.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../report/i18n.h"
#include "../report/safe_text.h"
#include "../report/save.h"
#include "../sim/scenario/challenge.h"
#include "app.h"
#include "clock.h"
#include "curses_wide.h"
#include "draw.h"
#include "files.h"
#include "style.h"
#include "text.h"

#define JOIN_POLL_MS 1000

static const char *T(const app *a, i18n_id id) { return i18n_str(id, a->lang); }

static void folder_of(const char *file, char *out, size_t size)
{
    const char *slash = strrchr(file, '/');
    if (!slash) snprintf(out, size, ".");
    else snprintf(out, size, "%.*s", slash == file ? 1 : (int)(slash - file), file);
}

/* ---- before the terminal ---- */

int join_prepare(join_state *j, const char *dir, const char *name, const char *challenge, int resume, int zh,
                 char *open_file, size_t size, char *msg, size_t msg_size)
{
    i18n_lang lang = zh ? LANG_ZH : LANG_EN;
    rws_error e;
    struct stat sb;
    char own[RWS_PATH_MAX + 64], ebuf[RWS_PATH_MAX + 300];
    int rc;
    memset(j, 0, sizeof *j);
    if (!rjoin_name_ok(name)) {
        char safe[4 * RJOIN_NAME_MAX + 16];
        txt_safe_term(name, safe, sizeof safe, 0);
        snprintf(msg, msg_size, "--name '%.60s': %s", safe, i18n_str(S_J_ERR_NAME, lang));
        return 2;
    }
    if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        snprintf(msg, msg_size, "%s: %s", dir, i18n_str(S_J_ERR_DIR, lang));
        return 2;
    }
    snprintf(j->dir, sizeof j->dir, "%s", dir);
    snprintf(j->name, sizeof j->name, "%s", name);
    j->round = 1;
    rc = rws_load(dir, &j->ws, &e);
    if (rc < 0) {
        char file[RWS_PATH_MAX + 32];
        snprintf(file, sizeof file, "%s/%s", dir, RWS_FILE);
        snprintf(msg, msg_size, "%s", rws_error_text(&e, file, lang, ebuf, sizeof ebuf));
        return 2;
    }
    j->have_ws = rc == 1;
    j->have_st = rws_state_read(dir, &j->st) == 0;
    if (j->have_ws) {
        if (j->have_st && j->st.round <= j->ws.n_rounds) j->round = j->st.round;
        snprintf(j->challenge, sizeof j->challenge, "%s", j->ws.challenge[j->round - 1]);
    } else if (challenge && challenge[0]) snprintf(j->challenge, sizeof j->challenge, "%s", challenge);
    else {
        snprintf(msg, msg_size, "%s/%s: %s", dir, RWS_FILE, i18n_str(S_J_ERR_NO_WS, lang));
        return 2;
    }
    rjoin_file(dir, name, j->round, 0, own, sizeof own);
    if (lstat(own, &sb) == 0) {
        if (!resume || !S_ISREG(sb.st_mode) || sb.st_uid != geteuid()) {
            snprintf(msg, msg_size, "%s: %s", own, i18n_str(resume ? S_J_ERR_RESUME : S_J_ERR_TAKEN, lang));
            return 2;
        }
        j->mine_ino = sb.st_ino;
        snprintf(open_file, size, "%s", own);
    } else snprintf(open_file, size, "%s", j->challenge);
    j->on = 1;
    return 0;
}

void join_loaded(app *a)
{
    join_state *j = &a->join;
    const scn_scenario *s = a->scn;
    if (!j->on || !s) return;
    if (j->mine_ino && scn_parent(s)) s = scn_parent(s); /* a resumed file: its parent is the challenge */
    snprintf(j->challenge_name, sizeof j->challenge_name, "%s", scn_text(s, P_SCENARIO_NAME));
}

/* ---- the guard of every save in place ---- */

static int same_file(const char *x, const char *y)
{
    struct stat a, b;
    return x && y && x[0] && y[0] && stat(x, &a) == 0 && stat(y, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

int join_refuse_in_place(app *a)
{
    const chal_challenge *c = chal_of(a->scn);
    struct stat sb;
    if (c && same_file(chal_file(c), a->file)) {
        msg_say(&a->msg, ST_ERROR, "%s", T(a, S_J_CHALLENGE_FILE));
        return 1;
    }
    if (lstat(a->file, &sb) == 0 && sb.st_uid != geteuid()) {
        msg_say(&a->msg, ST_ERROR, "%s: %s", a->file, T(a, S_J_NOT_YOURS));
        return 1;
    }
    return 0;
}

void join_suggest(const app *a, char *out, size_t size)
{
    const char *base = strrchr(a->file, '/'), *home = getenv("HOME");
    char dir[APP_PATH_MAX], cwd[APP_PATH_MAX];
    int stem;
    if (a->join.on) {
        rjoin_file(a->join.dir, a->join.name, a->join.round, 0, out, size);
        return;
    }
    base = base ? base + 1 : a->file;
    stem = strrchr(base, '.') ? (int)(strrchr(base, '.') - base) : (int)strlen(base);
    folder_of(a->file, dir, sizeof dir);
    if (access(dir, W_OK) != 0) { /* the challenge folder is read-only: somewhere the user may write */
        if (getcwd(cwd, sizeof cwd) && access(cwd, W_OK) == 0) snprintf(dir, sizeof dir, "%s", cwd);
        else if (home && *home) snprintf(dir, sizeof dir, "%s", home);
    }
    snprintf(out, size, "%s/%.*s-edited.ini", dir, stem, base);
}

/* ---- saving ---- */

static long long now_s(void) { return (long long)time(NULL); }

/* Writes the participant's scenario to target (late: a save after the round closed). */
static int save_to(app *a, const char *target, int late)
{
    join_state *j = &a->join;
    char folder[RWS_PATH_MAX + 64], ref[RWS_PATH_MAX], buf[PP_ERR_MSG_MAX + 300];
    char *text = NULL, *named;
    scn_scenario *parent = NULL;
    struct stat sb;
    pp_error err;
    int overwrite = 0;
    pp_status st;
    folder_of(target, folder, sizeof folder);
    if (late && mkdir(folder, 01777) == 0) chmod(folder, 01777); /* normally the room made it */
    if (lstat(target, &sb) == 0) {
        /* only a file this session wrote (or resumed) is replaced: anyone else's name is taken */
        if (!S_ISREG(sb.st_mode) || sb.st_uid != geteuid() || sb.st_ino != j->mine_ino) {
            msg_say(&a->msg, ST_ERROR, "%s: %s", target, T(a, sb.st_uid != geteuid() ? S_J_NOT_YOURS : S_J_TAKEN));
            return -1;
        }
        overwrite = 1;
    }
    pp_error_clear(&err);
    if (rjoin_rel_path(folder, j->challenge, ref, sizeof ref) != 0 || scn_load(j->challenge, &parent, &err) != PP_OK) {
        msg_say(&a->msg, ST_ERROR, "%s: %s: %s", T(a, S_M_SAVE_FAILED), j->challenge,
                pp_error_is_set(&err) ? error_message(&err, a->lang, buf, sizeof buf) : strerror(errno));
        scn_free(parent);
        return -1;
    }
    st = scn_to_ini(a->scn, parent, ref, &text, &err);
    scn_free(parent);
    named = st == PP_OK ? rjoin_with_name(text, j->name, j->challenge_name) : NULL;
    free(text);
    if (st == PP_OK && !named) st = pp_error_set(&err, PP_ERR_NOMEM, NOMEM);
    if (st == PP_OK) st = save_text(target, named, overwrite, &err);
    free(named);
    if (st != PP_OK) {
        if (!overwrite && lstat(target, &sb) == 0) msg_say(&a->msg, ST_ERROR, "%s: %s", target, T(a, S_J_TAKEN));
        else msg_say(&a->msg, ST_ERROR, "%s: %s", T(a, S_M_SAVE_FAILED), error_message(&err, a->lang, buf, sizeof buf));
        return -1;
    }
    if (lstat(target, &sb) == 0) j->mine_ino = sb.st_ino;
    if (file_adopt(a, target)) return -1;
    if (late) msg_say(&a->msg, ST_INFO, "%s: %s (%s)", T(a, S_M_SAVED), target, T(a, S_J_LATE));
    else msg_say(&a->msg, ST_GOOD, "%s: %s (inherit = %s)", T(a, S_M_SAVED), target, ref);
    return 0;
}

int join_save(app *a)
{
    join_state *j = &a->join;
    int late = j->have_ws && j->have_st && !rws_round_open(&j->st, j->round, now_s());
    char target[RWS_PATH_MAX + 64];
    rjoin_file(j->dir, j->name, j->round, late, target, sizeof target);
    return save_to(a, target, late);
}

int join_save_as(app *a, const char *path)
{
    join_state *j = &a->join;
    char folder[RWS_PATH_MAX + 64], stem[RJOIN_NAME_MAX * 2 + 2];
    const char *base = strrchr(path, '/');
    int round;
    folder_of(path, folder, sizeof folder);
    round = rjoin_round_of(base ? base + 1 : path, stem, sizeof stem);
    /* another name in the room folder: the participant goes on under that name */
    if (same_file(folder, j->dir) && round == (j->round >= 2 ? j->round : 1) && rjoin_name_ok(stem)) {
        if (strcmp(stem, j->name)) j->mine_ino = 0;
        snprintf(j->name, sizeof j->name, "%.32s", stem); /* rjoin_name_ok: at most 32 bytes */
        return join_save(a);
    }
    return save_to(a, path, 0); /* elsewhere: still inheriting the challenge by a relative path */
}

/* ---- rounds ---- */

/* The facilitator moved on: unsaved moves of the old round are saved (late), then the new
 * round's challenge opens. */
static void next_round(app *a, int round)
{
    join_state *j = &a->join;
    char kept[APP_PATH_MAX + 200] = "";
    if (app_dirty(a) && join_save(a) == 0) snprintf(kept, sizeof kept, "%s %s", T(a, S_J_KEPT), a->file);
    j->round = round;
    j->mine_ino = 0;
    snprintf(j->challenge, sizeof j->challenge, "%s", j->ws.challenge[round - 1]);
    if (file_open(a, j->challenge) != 0) return;
    join_loaded(a);
    msg_say(&a->msg, ST_INFO, "%s %d: %s%s%s", T(a, S_J_ROUND), round, T(a, S_J_NEXT_ROUND), kept[0] ? "; " : "", kept);
}

int join_tick(app *a)
{
    join_state *j = &a->join;
    rws_state s;
    double now = clk_now_ms();
    if (!j->on || !j->have_ws || now < j->next_poll_ms) return 0;
    j->next_poll_ms = now + JOIN_POLL_MS;
    if (rws_state_read(j->dir, &s) != 0) return j->have_st ? 1 : 0; /* countdown still redrawn */
    j->st = s;
    j->have_st = 1;
    if (s.round != j->round && s.round >= 1 && s.round <= j->ws.n_rounds) next_round(a, s.round);
    return 1; /* the countdown moved */
}

void join_draw(const app *a)
{
    const join_state *j = &a->join;
    char line[200], clock[64];
    int w;
    if (!j->on) return;
    if (!j->have_ws) snprintf(line, sizeof line, " %s ", j->name);
    else {
        rws_state st = j->have_st ? j->st : (rws_state){j->round, RWS_WAITING, 0, (long)j->ws.minutes[j->round - 1] * 60, 0};
        /* short, so that the keys keep most of the bar at 80 columns */
        snprintf(line, sizeof line, " %s · %s%d/%d · %s ", j->name, T(a, S_J_ROUND_SHORT), j->round, j->ws.n_rounds,
                 rws_countdown(&st, now_s(), a->lang, clock, sizeof clock));
    }
    w = txt_width(line);
    if (w >= a->lay.keys.w || a->lay.keys.w == 0) return;
    /* at the right end of the key bar: the title bar keeps the file, the unsaved mark and the tabs */
    drw_text(a->lay.keys.y, a->lay.keys.x + a->lay.keys.w - w, w, line, ST_TAB_ACTIVE, 0, 0, a->utf8);
}
