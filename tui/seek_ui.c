/* tui/seek_ui.c - goal seeking from the TUI: the target prompt, sim/analysis/seek.h on the selected lever
 * of the edited scenario, and the answer applied through app_set_lever so that `u` undoes it.
 * Formats the engine's answer; computes nothing itself. */
#include "seek_ui.h"
#include "../report/error_text.h"
#include "../report/goal_text.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "draw.h"
#include "levers.h"
#include "style.h"

#define SEEK_UI_DEFAULT "peak_year<=2030" /* the NDC's peaking goal, the usual first question */
#define SEEK_UI_DEFAULT_ZH "达峰年份<=2030" /* the same with its Chinese name (sim/scenario/target.c) */

/* ---- formatting ---- */

/* A metric's value: years whole, "never" for a peak or neutrality not reached, else 2 decimals. */
static void fmt_metric(const seek_target *t, double v, i18n_lang lang, char *buf, size_t size)
{
    if (lang == LANG_ZH && isfinite(v) && !seek_metric_is_step(t->metric)) /* 1.486亿吨, 30.6% */
        goal_value_text(t, v, 1, buf, size);
    else if (isinf(v)) snprintf(buf, size, "%s", i18n_str(S_M_SEEK_NEVER, lang));
    else if (!isfinite(v)) snprintf(buf, size, "-");
    else if (seek_metric_is_step(t->metric)) snprintf(buf, size, "%.0f", v);
    else snprintf(buf, size, "%.2f", v);
}

void seek_ui_describe(const seek_result *r, const seek_target *t, const char *lever, const char *unit,
                      i18n_lang lang, char *buf, size_t size)
{
    const pp_param *p = pp_param_get(r->lever);
    unit_view u = lev_view(p, lang); /* values and unit as the lever panel shows them (万千瓦) */
    double step = p ? p->step * u.factor : 0;
    char target[160], from[32], to[32], m0[64], m1[64];
    if (p) unit = u.unit;
    if (lang == LANG_ZH) goal_text(t, 1, target, sizeof target); /* 2030年煤炭占比 ≤ 41% */
    else seek_target_format(t, target, sizeof target);
    lev_format(r->start_value * u.factor, step, from, sizeof from);
    lev_format(r->value * u.factor, step, to, sizeof to);
    fmt_metric(t, r->metric_start, lang, m0, sizeof m0);
    fmt_metric(t, r->metric_value, lang, m1, sizeof m1);
    if (r->met && r->value == r->start_value)
        snprintf(buf, size, i18n_str(S_M_SEEK_ALREADY, lang), target, lever, from, unit, m0);
    else if (r->met)
        snprintf(buf, size, i18n_str(S_M_SEEK_MET, lang), target, lever, from, to, unit, m1, r->runs);
    else if (isfinite(r->outside_value) && (r->outside_value - r->start_value) * r->greener > 0) {
        char need[32], lo[32], hi[32];
        lev_format(r->outside_value * u.factor, step, need, sizeof need);
        lev_format(r->plaus_lo * u.factor, step, lo, sizeof lo);
        lev_format(r->plaus_hi * u.factor, step, hi, sizeof hi);
        snprintf(buf, size, i18n_str(S_M_SEEK_OUTSIDE, lang), target, lever, need, unit, lo, hi, to, m1);
    } else
        snprintf(buf, size, i18n_str(S_M_SEEK_UNMET, lang), target, lever, to, unit, m1, r->runs);
}

/* ---- prompt ---- */

void seek_ui_start(app *a)
{
    a->mode = MODE_PROMPT;
    a->prompt = PROMPT_SEEK;
    edit_set(&a->edit, a->seek.last[0] ? a->seek.last : a->lang == LANG_ZH ? SEEK_UI_DEFAULT_ZH : SEEK_UI_DEFAULT);
    edit_select_all(&a->edit); /* typing a target replaces the suggestion (screen, issue 17) */
    a->edit_start = 0;
}

void seek_ui_label(const app *a, char *buf, size_t size)
{
    const pp_param *p = pp_param_get(a->levers.id[a->sel]);
    snprintf(buf, size, i18n_str(S_P_SEEK, a->lang), p ? i18n_pair(p->label_en, p->label_zh, a->lang) : "?");
}

void seek_ui_draw_examples(app *a)
{
    const lay_rect *r = &a->lay.keys;
    if (a->mode != MODE_PROMPT || a->prompt != PROMPT_SEEK || a->lay.too_small || r->w < 2) return;
    drw_fill(r, ST_NORMAL);
    drw_text(r->y, r->x + 1, r->w - 2, i18n_str(S_P_SEEK_EXAMPLES, a->lang), ST_DIM, 0, 0, a->utf8);
}

/* ---- seeking ---- */

int seek_ui_apply(app *a, const char *text)
{
    int id = a->levers.id[a->sel];
    const pp_param *p = pp_param_get(id);
    seek_target t;
    seek_result r;
    pp_error err;
    char msg[sizeof a->msg.text];
    snprintf(a->seek.last, sizeof a->seek.last, "%s", text);
    pp_error_clear(&err);
    if (!p || seek_parse_target(text, &t, &err) != PP_OK || seek_lever(a->scn, id, &t, &r, &err) != PP_OK) {
        char why[PP_ERR_MSG_MAX + PP_ERR_FILE_MAX + 160];
        msg_say(&a->msg, ST_ERROR, "%s%s%s", i18n_str(S_M_SEEK, a->lang), i18n_str(S_COLON, a->lang), p ? error_message(&err, a->lang, why, sizeof why) : "?");
        return -1;
    }
    seek_ui_describe(&r, &t, i18n_pair(p->label_en, p->label_zh, a->lang), lev_view(p, a->lang).unit, a->lang, msg,
                     sizeof msg);
    if (!r.met) {
        msg_say(&a->msg, ST_BAD, "%s", msg);
        return -1;
    }
    if (r.value != r.start_value && app_set_lever(a, id, r.value, 0) != 0) return -1; /* refusal shown */
    msg_say(&a->msg, ST_GOOD, "%s", msg);
    return 0;
}
