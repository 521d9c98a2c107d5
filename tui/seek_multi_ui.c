/* tui/seek_multi_ui.c - the multi-lever goal seek of the TUI (key M): its prompt, the default levers
 * (the tornado's ordering by cumulative CO2, tui/tornado_view.h), sim/analysis/seek_multi.h on the
 * edited scenario, and the answer applied as one undo step. Formats the engine's answer; computes
 * nothing itself. */
#include "seek_multi_ui.h"
#include "../report/error_text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "draw.h"
#include "lever_names.h"
#include "levers.h"
#include "style.h"
#include "tornado_view.h"

#define SEEKM_UI_TARGET_DEFAULT "peak_year<=2023"
#define SEEKM_UI_TARGET_DEFAULT_ZH "达峰年份<=2023" /* its Chinese name (sim/scenario/target.c) */

/* ---- default levers ---- */

/* The open levers whose greener end lowers cumulative CO2 most and that have greener room. */
static void find_defaults(app *a)
{
    seekm_ui_state *st = &a->seekm;
    sens_result *r = malloc(sizeof *r);
    tornado_row *rows = malloc(SENS_MAX_LEVERS * sizeof *rows);
    unsigned char open[P_COUNT];
    pp_error err;
    int n;
    st->n_default = 0;
    if (r && rows && sens_run(a->scn, r, &err) == PP_OK) {
        for (int id = 0; id < P_COUNT; id++) open[id] = !chp_locked(a, id);
        n = tornado_rows(r, TORNADO_BY_CUM_CO2, open, rows);
        for (int i = 0; i < n && st->n_default < SEEKM_UI_DEFAULT_LEVERS; i++) {
            const sens_lever *l = &r->lever[rows[i].k];
            int g = sens_greener_end(l);
            int room = l->greener > 0 ? l->value_given < l->value[g] : l->value_given > l->value[g];
            if (room && isfinite(rows[i].d[g]) && rows[i].d[g] < 0) st->lever_default[st->n_default++] = l->lever;
        }
    }
    free(r);
    free(rows);
}

/* ---- prompt ---- */

void seekm_ui_start(app *a)
{
    find_defaults(a);
    a->mode = MODE_PROMPT;
    a->prompt = PROMPT_SEEK_MULTI;
    edit_set(&a->edit, a->seekm.last[0] ? a->seekm.last
                                        : a->lang == LANG_ZH ? SEEKM_UI_TARGET_DEFAULT_ZH : SEEKM_UI_TARGET_DEFAULT);
    edit_select_all(&a->edit);
    a->edit_start = 0;
}

void seekm_ui_label(const app *a, char *buf, size_t size)
{
    snprintf(buf, size, i18n_str(S_P_SEEK_MULTI, a->lang), a->seekm.n_default);
}

void seekm_ui_draw_examples(app *a)
{
    const lay_rect *r = &a->lay.keys;
    if (a->mode != MODE_PROMPT || a->prompt != PROMPT_SEEK_MULTI || a->lay.too_small || r->w < 2) return;
    drw_fill(r, ST_NORMAL);
    drw_text(r->y, r->x + 1, r->w - 2, i18n_str(S_P_SEEK_MULTI_EXAMPLES, a->lang), ST_DIM, 0, 0, a->utf8);
}

/* ---- parsing ---- */

/* The levers after "@" into p; a bad or locked key says so. 0 when fine. */
static int parse_levers(app *a, char *list, seekm_problem *p)
{
    char *save = NULL;
    for (char *k = strtok_r(list, ", \t", &save); k; k = strtok_r(NULL, ", \t", &save)) {
        int id = pp_param_find(k, NULL);
        if (id < 0 || !pp_lever_range_get(id)) {
            msg_say(&a->msg, ST_ERROR, i18n_str(S_M_SEEK_MULTI_BAD_KEY, a->lang), k);
            return -1;
        }
        if (chp_locked(a, id)) {
            msg_say(&a->msg, ST_ERROR, i18n_str(S_M_SEEK_MULTI_LOCKED, a->lang), k);
            return -1;
        }
        if (p->n_levers < SEEKM_MAX_LEVERS) p->lever[p->n_levers++] = id;
    }
    return 0;
}

/* "TARGET [TARGET...] [@ key,key]" into p (defaults for the levers). 0 when fine. */
static int parse_text(app *a, const char *text, seekm_problem *p)
{
    char buf[SEEKM_UI_TEXT_MAX], *at, *save = NULL;
    pp_error err;
    char why[PP_ERR_MSG_MAX + PP_ERR_FILE_MAX + 160];
    memset(p, 0, sizeof *p);
    snprintf(buf, sizeof buf, "%s", text);
    at = strchr(buf, '@');
    if (at) *at++ = 0;
    for (char *t = strtok_r(buf, ", \t", &save); t; t = strtok_r(NULL, ", \t", &save)) {
        pp_error_clear(&err);
        if (p->n_targets >= SEEKM_MAX_TARGETS) break;
        if (seek_parse_target(t, &p->target[p->n_targets++], &err) != PP_OK) {
            msg_say(&a->msg, ST_ERROR, "%s%s%s", i18n_str(S_M_SEEK_MULTI, a->lang), i18n_str(S_COLON, a->lang), error_message(&err, a->lang, why, sizeof why));
            return -1;
        }
    }
    if (at && parse_levers(a, at, p) != 0) return -1;
    if (!at) {
        p->n_levers = a->seekm.n_default;
        memcpy(p->lever, a->seekm.lever_default, sizeof a->seekm.lever_default);
    }
    return 0;
}

/* ---- applying ---- */

/* Every moved lever to its answer, as one undo step. 0 when the scenario took them all. */
static int apply_package(app *a, const seekm_result *r)
{
    hist_change ch[SEEKM_MAX_LEVERS];
    pp_error err;
    char why[PP_ERR_MSG_MAX + PP_ERR_FILE_MAX + 160];
    int n = 0;
    for (int i = 0; i < r->n; i++) {
        if (r->value[i] == r->start[i]) continue;
        ch[n].id = r->lever[i];
        ch[n].before = *scn_path(a->scn, r->lever[i]);
        pp_error_clear(&err);
        if (scn_lever_set(a->scn, r->lever[i], r->value[i], &err) != PP_OK) {
            for (int k = n - 1; k >= 0; k--) scn_set_path(a->scn, ch[k].id, &ch[k].before, &err); /* all or none */
            msg_say(&a->msg, ST_ERROR, "%s%s%s", i18n_str(S_M_SEEK_MULTI, a->lang), i18n_str(S_COLON, a->lang), error_message(&err, a->lang, why, sizeof why));
            return -1;
        }
        ch[n].after = *scn_path(a->scn, r->lever[i]);
        n++;
    }
    if (n > 0) {
        hist_push(&a->hist, ch, n);
        app_rerun(a);
    }
    return 0;
}

/* "solar 4.5 -> 5.4 GW, NEV share 60 -> 62.6 %" into buf. */
static void describe_moves(const app *a, const seekm_result *r, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = 0;
    for (int i = 0; i < r->n && used + 1 < size; i++) {
        const pp_param *p = pp_param_get(r->lever[i]);
        char from[32], to[32];
        if (r->value[i] == r->start[i]) continue;
        lev_format_in(p, a->lang, r->start[i], from, sizeof from);
        lev_format_in(p, a->lang, r->value[i], to, sizeof to);
        used += (size_t)snprintf(buf + used, size - used, "%s%s %s%s%s %s", used ? (a->lang == LANG_ZH ? "，" : ", ") : "",
                                 lev_name_for_width(r->lever[i], a->lang, 14), from, a->utf8 ? "→" : "->", to,
                                 lev_view(p, a->lang).unit);
    }
}

int seekm_ui_apply(app *a, const char *text)
{
    seekm_problem p;
    seekm_result *r;
    pp_error err;
    char why[PP_ERR_MSG_MAX + PP_ERR_FILE_MAX + 160];
    char moves[512];
    int rc = -1;
    snprintf(a->seekm.last, sizeof a->seekm.last, "%s", text);
    if (parse_text(a, text, &p) != 0) return -1;
    if (!(r = malloc(sizeof *r))) return -1;
    pp_error_clear(&err);
    if (seekm_run(a->scn, &p, r, &err) != PP_OK) {
        msg_say(&a->msg, ST_ERROR, "%s%s%s", i18n_str(S_M_SEEK_MULTI, a->lang), i18n_str(S_COLON, a->lang), error_message(&err, a->lang, why, sizeof why));
        free(r);
        return -1;
    }
    if (!r->met) {
        msg_say(&a->msg, ST_BAD, i18n_str(S_M_SEEK_MULTI_UNMET, a->lang), r->n);
    } else if (r->change == 0) {
        msg_say(&a->msg, ST_GOOD, "%s", i18n_str(S_M_SEEK_MULTI_ALREADY, a->lang));
        rc = 0;
    } else if (apply_package(a, r) == 0) {
        describe_moves(a, r, moves, sizeof moves);
        msg_say(&a->msg, ST_GOOD, i18n_str(S_M_SEEK_MULTI_MET, a->lang), r->n, r->change, r->runs, moves);
        rc = 0;
    }
    free(r);
    return rc;
}
