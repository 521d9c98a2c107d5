/* tui/app.c - the TUI's state and its changes: loading a scenario (calibrated once), re-running
 * after every lever move, undo/redo, and laying out and drawing a whole frame. Key and mouse
 * dispatch is in tui/input.c, files in tui/files.c, terminal set-up and the loop in tui/tui.c. */
#include "app.h"
#include "../report/error_text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../report/scenario_name.h"
#include "curses_wide.h"
#include "draw.h"
#include "help.h"
#include "side.h"
#include "status.h"
#include "style.h"
#include "text.h"
#include "views.h"

/* ---- state ---- */

app *app_new(i18n_lang lang, int utf8, int color)
{
    app *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    a->lang = lang;
    a->utf8 = utf8;
    a->color = color;
    lev_build(&a->levers);
    hist_init(&a->hist);
    return a;
}

void app_free(app *a)
{
    if (!a) return;
    scn_free(a->scn);
    scn_free(a->base);
    hist_free(&a->hist);
    ref_free(&a->ref);
    free(a);
}

/* ---- loading and running ---- */

/* Calibrates and runs a freshly loaded scenario and its copy; a solver failure is a message. */
/* err's message alone, in the reader's language (report/error_text.h): on the one message line
 * the file and key would push the reason off it, and the subject already says where. */
static const char *message_only(const pp_error *err, i18n_lang lang, char *buf, size_t size)
{
    pp_error what = *err;
    what.file[0] = what.section[0] = what.key[0] = '\0';
    what.line = 0;
    return error_text(&what, lang, buf, size);
}

/* "WHAT: the engine's error". */
static void say_error(app *a, i18n_id what, const pp_error *err)
{
    char why[PP_ERR_MSG_MAX + PP_ERR_FILE_MAX + 160];
    msg_say(&a->msg, ST_ERROR, "%s%s%s", i18n_str(what, a->lang), i18n_str(S_COLON, a->lang),
            message_only(err, a->lang, why, sizeof why));
}

static void first_runs(app *a)
{
    pp_error err;
    pp_error_clear(&err);
    a->cal_failed = cal_calibrate(a->scn, &a->cal, &err) != PP_OK;
    if (a->cal_failed) say_error(a, S_M_CALIB, &err);
    if (run_scenario(a->base, &a->cal, &a->base_res, &err) != PP_OK)
        memset(&a->base_res, 0, sizeof a->base_res);
    app_rerun(a);
}

pp_status app_load(app *a, const char *file, pp_error *err)
{
    scn_scenario *s = NULL, *b;
    pp_status st = scn_load(file, &s, err);
    if (st != PP_OK) return st;
    b = scn_clone(s);
    if (!b) {
        scn_free(s);
        return pp_error_set(err, PP_ERR_NOMEM, TUI_COPY_NOMEM, PP_S(file));
    }
    scn_free(a->scn);
    scn_free(a->base);
    a->scn = s;
    a->base = b;
    snprintf(a->file, sizeof a->file, "%s", file);
    hist_free(&a->hist);
    app_mark_saved(a);
    a->sel = 0;
    a->lev_first = 0;
    msg_clear(&a->msg);
    chp_reset(a);
    play_stop(a);
    first_runs(a);
    return PP_OK;
}

void app_rerun(app *a)
{
    pp_error err;
    run_result *tmp = malloc(sizeof *tmp); /* a failed run must not spoil the last valid result */
    a->run_gen++;
    if (!tmp) {
        msg_say(&a->msg, ST_ERROR, "%s%s%s", i18n_str(S_M_ENGINE, a->lang), i18n_str(S_COLON, a->lang), i18n_str(S_M_NOMEM, a->lang));
        a->res_stale = 1;
        return;
    }
    pp_error_clear(&err);
    if (run_scenario(a->scn, &a->cal, tmp, &err) != PP_OK) {
        say_error(a, S_M_ENGINE, &err);
        a->res_stale = 1;
    } else {
        memcpy(&a->res, tmp, sizeof *tmp);
        a->res_stale = 0;
        chp_update(a);
    }
    free(tmp);
}

/* ---- lever changes and history ---- */

/* The engine's reason for refusing a change of lever id, without the file name (the lever is
 * on screen; a long path would push the reason off the line). */
static void engine_refusal(app *a, int id, const pp_error *err)
{
    const pp_param *p = pp_param_get(id);
    char why[PP_ERR_MSG_MAX + PP_ERR_FILE_MAX + 160];
    msg_say(&a->msg, ST_ERROR, "%s%s%s", p ? i18n_pair(p->label_en, p->label_zh, a->lang) : "?", i18n_str(S_COLON, a->lang),
            message_only(err, a->lang, why, sizeof why));
}

int app_set_lever(app *a, int id, double v, int clamp)
{
    const pp_param *p = pp_param_get(id);
    hist_change ch;
    pp_error err;
    if (!p || !scn_path(a->scn, id) || chp_refuse(a, id)) return -1;
    if (clamp && v < p->min) v = p->min;
    if (clamp && v > p->max) v = p->max;
    if (clamp) chp_clamp(a, id, &v);
    ch.id = id;
    ch.before = *scn_path(a->scn, id);
    pp_error_clear(&err);
    if (scn_lever_set(a->scn, id, v, &err) != PP_OK) {
        engine_refusal(a, id, &err);
        return -1;
    }
    ch.after = *scn_path(a->scn, id);
    if (pp_path_equal(&ch.before, &ch.after)) return 0;
    hist_push(&a->hist, &ch, 1);
    app_rerun(a);
    return 0;
}

/* Sets every lever that differs from the loaded scenario back (one undo step); with only >= 0
 * just that lever. */
void app_reset(app *a, int only)
{
    hist_change ch[P_COUNT];
    pp_error err;
    int n = 0;
    for (int i = 0; i < a->levers.n; i++) {
        int id = a->levers.id[i];
        if (only >= 0 && id != only) continue;
        ch[n].id = id;
        ch[n].before = *scn_path(a->scn, id);
        ch[n].after = *scn_path(a->base, id);
        if (pp_path_equal(&ch[n].before, &ch[n].after)) continue;
        pp_error_clear(&err);
        if (scn_set_path(a->scn, id, &ch[n].after, &err) != PP_OK) {
            engine_refusal(a, id, &err);
            continue;
        }
        n++;
    }
    if (n == 0) return;
    hist_push(&a->hist, ch, n);
    app_rerun(a);
    if (only < 0) msg_say(&a->msg, ST_INFO, "%s", i18n_str(S_M_RESET_ALL, a->lang));
}

/* Undo (redo = 0) or redo one step by setting the stored paths back. */
/* "Undone: Solar PV capacity 11.0 → 4.5 GW (and 2 more levers)": which lever went from what to
 * what, at its lever year. A refusal already on the message line stays. */
static void say_history(app *a, int redo, const hist_step *st, double from)
{
    const pp_param *p = pp_param_get(st->ch[0].id);
    char f[32], t[32], more[64] = "";
    if (!p || a->msg.text[0]) return;
    lev_format_in(p, a->lang, from, f, sizeof f);
    lev_format_in(p, a->lang, scn_lever_value(a->scn, st->ch[0].id), t, sizeof t);
    if (st->n > 1) {
        snprintf(more, sizeof more, " (");
        snprintf(more + 2, sizeof more - 3, i18n_str(S_M_MORE_LEVERS, a->lang), st->n - 1);
        strcat(more, ")");
    }
    msg_say(&a->msg, ST_INFO, "%s%s%s %s %s %s %s%s", i18n_str(redo ? S_M_REDONE : S_M_UNDONE, a->lang), i18n_str(S_COLON, a->lang),
            i18n_pair(p->label_en, p->label_zh, a->lang), f, a->utf8 ? "→" : "->", t, lev_view(p, a->lang).unit, more);
}

void app_history(app *a, int redo)
{
    const hist_step *st = redo ? hist_redo(&a->hist) : hist_undo(&a->hist);
    pp_error err;
    if (!st) {
        msg_say(&a->msg, ST_INFO, "%s", i18n_str(redo ? S_M_NOTHING_REDO : S_M_NOTHING_UNDO, a->lang));
        return;
    }
    double from = scn_lever_value(a->scn, st->ch[0].id);
    for (int k = 0; k < st->n; k++) {
        const hist_change *c = &st->ch[redo ? k : st->n - 1 - k];
        pp_error_clear(&err);
        if (scn_set_path(a->scn, c->id, redo ? &c->after : &c->before, &err) != PP_OK) engine_refusal(a, c->id, &err);
    }
    for (int i = 0; i < a->levers.n; i++)
        if (a->levers.id[i] == st->ch[0].id) a->sel = i; /* show what changed */
    app_rerun(a);
    say_history(a, redo, st, from);
}

int app_dirty(const app *a)
{
    for (int i = 0; i < a->levers.n; i++)
        if (!pp_path_equal(scn_path(a->scn, a->levers.id[i]), &a->saved[i])) return 1;
    return 0;
}

void app_mark_saved(app *a)
{
    for (int i = 0; i < a->levers.n; i++) a->saved[i] = *scn_path(a->scn, a->levers.id[i]);
}

/* ---- drawing ---- */

/* A view tab: " 2 Energy mix ", or only " 2 " for the others when compact. */
static void tab_text(const app *a, int v, int compact, char *buf, size_t size)
{
    if (compact && v != (int)a->view) snprintf(buf, size, " %d ", v + 1);
    else snprintf(buf, size, " %d %s ", v + 1, view_title(a, (app_view)v));
}

static int tabs_width(const app *a, int compact)
{
    char tab[96];
    int w = 0;
    for (int v = 0; v < VIEW_COUNT; v++) {
        tab_text(a, v, compact, tab, sizeof tab);
        w += txt_width(tab);
    }
    return w;
}

static void draw_title(app *a)
{
    const lay_rect *r = &a->lay.title;
    const char *base = strrchr(a->file, '/');
    char left[APP_PATH_MAX + 600], tab[96];
    int end = r->x + r->w, compact = r->w - tabs_width(a, 0) < 50;
    int x = end - tabs_width(a, compact), lx = r->x;
    snprintf(left, sizeof left, " peakpath %s %s (%s)", a->utf8 ? "│" : "|", scenario_name(a->scn, a->lang),
             base ? base + 1 : a->file);
    drw_fill(r, ST_TITLE);
    if (app_dirty(a)) {
        int dw = txt_width(i18n_str(S_UNSAVED, a->lang)) + 1;
        lx += drw_text(r->y, lx, x - lx - dw - 1, left, ST_TITLE, 0, 0, a->utf8) + 1;
        drw_text(r->y, lx, dw, i18n_str(S_UNSAVED, a->lang), ST_DIRTY, 0, 0, a->utf8);
    } else {
        drw_text(r->y, lx, x - lx - 1, left, ST_TITLE, 0, 0, a->utf8);
    }
    for (int v = 0; v < VIEW_COUNT; v++) {
        tab_text(a, v, compact, tab, sizeof tab);
        a->tab_x[v] = x;
        x += drw_text(r->y, x, end - x, tab, v == (int)a->view ? ST_TAB_ACTIVE : ST_TAB, 0, 0, a->utf8);
    }
    a->tab_x[VIEW_COUNT] = x;
}

static void draw_message(app *a)
{
    const lay_rect *r = &a->lay.message;
    drw_fill(r, ST_NORMAL);
    if (a->mode == MODE_PROMPT) return; /* tui/input.c draws the prompt there */
    if (a->msg.text[0]) drw_text(r->y, r->x + 1, r->w - 2, a->msg.text, a->msg.style, 0, 0, a->utf8);
    else
        drw_text(r->y, r->x + 1, r->w - 2,
                 scn_text(a->scn, a->lang == LANG_ZH ? P_SCENARIO_DESC_ZH : P_SCENARIO_DESC_EN), ST_DIM, 0, 0,
                 a->utf8);
}

/* The size message; a pending question stays answerable, so it is shown under it. */
static void draw_too_small(app *a)
{
    char buf[128];
    int y = a->lay.rows / 2;
    snprintf(buf, sizeof buf, "%s %dx%d", i18n_str(S_TOO_SMALL_NEED, a->lang), a->lay.cols, a->lay.rows);
    drw_text(y > 0 ? y - 1 : 0, 0, a->lay.cols, i18n_str(S_TOO_SMALL, a->lang), ST_BAD, 0, 0, a->utf8);
    drw_text(y, 0, a->lay.cols, buf, ST_NORMAL, 0, 0, a->utf8);
    if (a->mode == MODE_ASK_QUIT || a->mode == MODE_ASK_OPEN) {
        drw_text(y + 1, 0, a->lay.cols, i18n_str(S_Q_UNSAVED, a->lang), ST_CHANGED, 0, 0, a->utf8);
        drw_text(y + 2, 0, a->lay.cols, i18n_str(a->mode == MODE_ASK_QUIT ? S_Q_QUIT_OPTS : S_Q_OPEN_OPTS, a->lang),
                 ST_NORMAL, 0, 0, a->utf8);
    }
}

void app_compute(app *a)
{
    int rows, cols;
    getmaxyx(stdscr, rows, cols);
    lay_compute(cols, rows, &a->lay); /* the layout the frame will use: is the CO2 chart on screen? */
    if (a->view == VIEW_CO2 || a->lay.view2.h > 0) bands_update(a);
    decomp_update(a);
    tornado_update(a);
    costv_update(a); /* tui/cost_view.c */
}

void app_overlay(app *a, const lay_rect *r)
{
    if (r->h <= 0 || r->w <= 0) return;
    if (a->ov_end <= a->ov_top) {
        a->ov_top = r->y;
        a->ov_end = r->y + r->h;
        return;
    }
    if (r->y < a->ov_top) a->ov_top = r->y;
    if (r->y + r->h > a->ov_end) a->ov_end = r->y + r->h;
}

/* Rows under this frame's boxes or the last frame's, repainted whole when they differ. */
static void repaint_overlays(app *a)
{
    int top = a->ov_top, end = a->ov_end;
    if (top == a->ov_was_top && end == a->ov_was_end) return;
    if (end <= top) { /* no box now: the rows of the last one */
        top = a->ov_was_top;
        end = a->ov_was_end;
    } else if (a->ov_was_end > a->ov_was_top) { /* both: their union */
        if (a->ov_was_top < top) top = a->ov_was_top;
        if (a->ov_was_end > end) end = a->ov_was_end;
    }
    if (end > top) drw_repaint_rows(top, end - top);
    a->ov_was_top = a->ov_top;
    a->ov_was_end = a->ov_end;
}

void app_draw(app *a)
{
    int rows, cols;
    getmaxyx(stdscr, rows, cols);
    lay_compute(cols, rows, &a->lay);
    erase();
    a->ov_top = a->ov_end = 0;
    if (a->lay.too_small) {
        draw_too_small(a);
        repaint_overlays(a);
        return;
    }
    draw_title(a);
    a->table_full = a->view == VIEW_TABLE && cols < APP_TABLE_FULL_COLS;
    a->main_rect = a->lay.view;
    if (a->table_full) { /* a readable table needs the width more than the levers do */
        a->main_rect.x = 0;
        a->main_rect.w = cols;
        a->main_rect.h = a->lay.levers.h;
    } else {
        lev_draw(a);
    }
    chp_carve(a, &a->main_rect);
    if (a->bands.on && a->bands.valid) app_overlay(a, &a->main_rect); /* the probabilities' box (bands_probs.c) */
    view_draw(a, a->view, &a->main_rect);
    if (a->lay.view2.h > 0) view_draw(a, a->view == VIEW_CO2 ? VIEW_MIX : VIEW_CO2, &a->lay.view2);
    side_draw(a);
    stat_draw(a);
    chp_draw(a);
    draw_message(a);
    help_keybar(a);
    if (a->mode == MODE_HELP) help_draw(a);
    if (a->mode == MODE_ASK_QUIT)
        help_question(a, i18n_str(S_Q_UNSAVED, a->lang), i18n_str(S_Q_QUIT_OPTS, a->lang));
    if (a->mode == MODE_ASK_OPEN)
        help_question(a, i18n_str(S_Q_UNSAVED, a->lang), i18n_str(S_Q_OPEN_OPTS, a->lang));
    exp_draw(a);
    repaint_overlays(a);
}
