/* tui/challenge_panel.c - the workshop challenge on screen: goals met or not after every re-run,
 * the "challenge met" banner, the brief on `g`, and locked or limited levers. Reads the engine's
 * evaluation (chal_evaluate) and limits (chal_limit); decides and computes nothing of the model. */
#include "challenge_panel.h"
#include "../report/goal_text.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "draw.h"
#include "levers.h"
#include "style.h"
#include "text.h"

#define MIN_VIEW_ROWS 10   /* the chart keeps at least this many rows under the goals box */
#define BRIEF_MAX_LINES 24 /* wrapped lines of the brief shown */
#define BANNER_W_PAD 8

/* ---- evaluation ---- */

static const chal_challenge *challenge(const app *a)
{
    return a->scn ? chal_of(a->scn) : NULL;
}

static int zh(const app *a)
{
    return a->lang == LANG_ZH;
}

void chp_reset(app *a)
{
    memset(&a->chal.ev, 0, sizeof a->chal.ev);
    a->chal.prev_met = -1;
    a->chal.banner = 0;
    a->chal.brief = 0;
}

void chp_update(app *a)
{
    chp_state *c = &a->chal;
    chal_evaluate(challenge(a), &a->res, &c->ev);
    if (c->prev_met == 0 && c->ev.all_met) c->banner = 1; /* the moment the room cheers */
    c->prev_met = c->ev.all_met;
}

void chp_key_seen(app *a)
{
    a->chal.banner = 0;
}

void chp_toggle_brief(app *a)
{
    if (!challenge(a)) {
        msg_say(&a->msg, ST_INFO, "%s", i18n_str(S_CH_NONE, a->lang));
        return;
    }
    a->chal.brief = !a->chal.brief;
}

int chp_status(const app *a, char *buf, size_t size)
{
    const chal_eval *ev = &a->chal.ev;
    if (!challenge(a) || ev->n == 0) return -1;
    snprintf(buf, size, i18n_str(S_CH_STATUS, a->lang), ev->n_met, ev->n);
    if (ev->all_met) snprintf(buf + strlen(buf), size - strlen(buf), " %s", a->utf8 ? "✓" : "ok");
    return ev->all_met ? ST_GOOD : ST_BAD;
}

void chp_goal_line(const chal_goal_result *g, int in_zh, char *buf, size_t size)
{
    char goal[160], value[64];
    goal_text(&g->target, in_zh, goal, sizeof goal);
    goal_value_text(&g->target, g->value, in_zh, value, sizeof value);
    snprintf(buf, size, in_zh ? "%s：%s" : "%s: %s", goal, value); /* no blank after a full-width colon */
}

/* ---- drawing ---- */

/* During playback (cut = the play year, 0 otherwise): 1 when the path has reached what decides
 * goal g - its year, the peak or neutrality having happened, the end year for a cumulative sum. */
static int goal_seen(const app *a, const chal_goal_result *g, int cut)
{
    switch (g->target.metric) {
    case SEEK_PEAK_YEAR: case SEEK_NEUTRAL_YEAR: return isfinite(g->value) && g->value <= cut;
    case SEEK_CUM_CO2: case SEEK_CUM_NET: return cut >= a->res.end_year;
    default: return g->target.year <= cut;
    }
}

/* One goal at row y from x in w cells: the mark, the goal and its value, and "met" / "not met"
 * at the right when there is room for it. During playback a goal the path has not reached yet
 * shows only its text ("…"): the future stays hidden. */
static void draw_goal(const app *a, const chal_goal_result *g, int y, int x, int w)
{
    char line[256];
    int cut = play_cut_year(a);
    if (cut && !goal_seen(a, g, cut)) {
        char goal[160];
        goal_text(&g->target, zh(a), goal, sizeof goal);
        snprintf(line, sizeof line, zh(a) ? "%s：%s" : "%s: %s", goal, a->utf8 ? "…" : "...");
        drw_text(y, x, w, line, ST_DIM, 1, 0, a->utf8);
        return;
    }
    const char *mark = g->met ? (a->utf8 ? "✓" : "ok") : (a->utf8 ? "✗" : "no");
    const char *word = i18n_str(g->met ? S_CH_MET : S_CH_NOT_MET, a->lang);
    int style = g->met ? ST_GOOD : ST_BAD, mw = txt_width(mark) + 1, ww = txt_width(word);
    chp_goal_line(g, zh(a), line, sizeof line);
    drw_text(y, x, mw, mark, style, 1, 0, a->utf8);
    if (mw + txt_width(line) + 2 + ww <= w) {
        drw_text(y, x + mw, w - mw - ww, line, ST_NORMAL, 1, 0, a->utf8);
        drw_text(y, x + w - ww, ww, word, style, 0, 0, a->utf8);
    } else {
        drw_text(y, x + mw, w - mw, line, ST_NORMAL, 1, 0, a->utf8);
    }
}

void chp_carve(app *a, lay_rect *view)
{
    int rows = a->chal.ev.n + 2;
    memset(&a->chal.box, 0, sizeof a->chal.box);
    if (!challenge(a) || a->chal.ev.n == 0 || view->h - rows < MIN_VIEW_ROWS) return;
    lay_split(view, 0, view->h - rows, view, &a->chal.box);
}

static void draw_box(app *a)
{
    const lay_rect *r = &a->chal.box;
    lay_rect in = lay_inner(r);
    char title[128];
    if (r->h == 0 || in.h == 0) return;
    {   /* during playback: only the goals the path has reached count */
        int cut = play_cut_year(a), met = 0;
        for (int i = 0; i < a->chal.ev.n; i++) met += a->chal.ev.goal[i].met && (!cut || goal_seen(a, &a->chal.ev.goal[i], cut));
        snprintf(title, sizeof title, i18n_str(S_CH_GOALS_TITLE, a->lang), met, a->chal.ev.n);
    }
    drw_fill(r, ST_NORMAL);
    drw_box(r, title, a->chal.ev.all_met, a->utf8);
    for (int i = 0; i < a->chal.ev.n && i < in.h; i++) draw_goal(a, &a->chal.ev.goal[i], in.y + i, in.x, in.w);
}

/* The brief, wrapped, then the goals, over the views (the levers stay usable beside it). */
static void draw_brief(app *a)
{
    lay_rect r = a->lay.view, in;
    const char *rest = chal_brief(challenge(a), zh(a));
    char line[512];
    int y;
    if (a->lay.view2.h) r.h += a->lay.view2.h;
    in = lay_inner(&r);
    if (in.h < 3) return;
    drw_fill(&r, ST_NORMAL);
    drw_box(&r, i18n_str(S_CH_BRIEF_TITLE, a->lang), 1, a->utf8);
    y = in.y;
    for (int i = 0; i < BRIEF_MAX_LINES && *rest && y < in.y + in.h - a->chal.ev.n - 2; i++, y++) {
        rest = txt_wrap_line(rest, in.w - 2, line, sizeof line);
        drw_text(y, in.x + 1, in.w - 2, line, ST_NORMAL, 0, 0, a->utf8);
    }
    y++;
    for (int i = 0; i < a->chal.ev.n && y < in.y + in.h - 1; i++, y++) draw_goal(a, &a->chal.ev.goal[i], y, in.x + 1, in.w - 2);
    drw_text(in.y + in.h - 1, in.x + 1, in.w - 2, i18n_str(S_CH_BRIEF_CLOSE, a->lang), ST_DIM, 0, 0, a->utf8);
}

/* A block in the banner colours in the middle of the screen. */
static void draw_banner(app *a)
{
    char sub[128];
    const char *head = i18n_str(S_CH_BANNER, a->lang), *key = i18n_str(S_CH_BANNER_KEY, a->lang);
    int w, hw;
    lay_rect r;
    snprintf(sub, sizeof sub, i18n_str(S_CH_BANNER_SUB, a->lang), a->chal.ev.n);
    hw = txt_width(head);
    w = (hw > txt_width(sub) ? hw : txt_width(sub)) + BANNER_W_PAD;
    if (w > a->lay.cols - 2) w = a->lay.cols - 2;
    r.h = 5;
    r.w = w;
    r.y = (a->lay.rows - r.h) / 2;
    r.x = (a->lay.cols - w) / 2;
    app_overlay(a, &r);
    drw_fill(&r, ST_BANNER);
    drw_text(r.y + 1, r.x + (w - hw) / 2, hw, head, ST_BANNER, 0, 0, a->utf8);
    drw_text(r.y + 2, r.x + (w - txt_width(sub)) / 2, w, sub, ST_BANNER, 0, 0, a->utf8);
    drw_text(r.y + 3, r.x + (w - txt_width(key)) / 2, w, key, ST_BANNER, 0, 0, a->utf8);
}

void chp_draw(app *a)
{
    if (!challenge(a)) return;
    draw_box(a);
    if (a->chal.brief) draw_brief(a);
    if (a->chal.banner) draw_banner(a);
}

/* ---- levers ---- */

int chp_locked(const app *a, int id)
{
    return chal_is_locked(challenge(a), id);
}

static const char *lever_label(const app *a, int id)
{
    const pp_param *p = pp_param_get(id);
    return p ? i18n_pair(p->label_en, p->label_zh, a->lang) : "?";
}

int chp_refuse(app *a, int id)
{
    const char *file, *slash;
    if (!chp_locked(a, id)) return 0;
    file = chal_file(challenge(a));
    slash = strrchr(file, '/');
    msg_say(&a->msg, ST_ERROR, i18n_str(S_CH_LOCKED_MSG, a->lang), lever_label(a, id),
                *file ? (slash ? slash + 1 : file) : scn_text(a->scn, P_SCENARIO_NAME));
    return 1;
}

void chp_clamp(app *a, int id, double *v)
{
    double lo, hi;
    char l[32], h[32];
    const pp_param *p = pp_param_get(id);
    if (!p || !chal_limit(challenge(a), id, &lo, &hi) || (*v >= lo && *v <= hi)) return;
    *v = *v < lo ? lo : hi;
    lev_format_in(p, a->lang, lo, l, sizeof l);
    lev_format_in(p, a->lang, hi, h, sizeof h);
    msg_say(&a->msg, ST_INFO, i18n_str(S_CH_LIMIT_MSG, a->lang), lever_label(a, id), l, a->utf8 ? "…" : "..", h,
            lev_view(p, a->lang).unit);
}

void chp_slider_range(const app *a, int id, double v, double *lo, double *hi)
{
    double l, h;
    if (!chal_limit(challenge(a), id, &l, &h)) return;
    *lo = fmin(l, v);
    *hi = fmax(h, v);
    if (*hi <= *lo) *hi = *lo + 1;
}

void chp_draw_lock(const app *a, int y, int x, int w)
{
    const char *t = i18n_str(S_CH_LOCKED, a->lang);
    if (txt_width(t) > w) t = i18n_str(S_CH_LOCK_SHORT, a->lang);
    drw_text(y, x, w, t, ST_LOCKED, 1, 1, a->utf8);
}

void chp_detail(const app *a, int id, char *line, size_t size)
{
    const pp_param *p = pp_param_get(id);
    const char *dot = a->utf8 ? " · " : " | ";
    char l[32], h[32], ld[32];
    double lo, hi;
    if (!p) return;
    lev_format_in(p, a->lang, scn_lever_value(a->base, id), ld, sizeof ld);
    if (chp_locked(a, id))
        snprintf(line, size, "%s%s%s %s", i18n_str(S_CH_LOCKED_DETAIL, a->lang), dot, i18n_str(S_LV_LOADED, a->lang), ld);
    else if (chal_limit(challenge(a), id, &lo, &hi)) {
        lev_format_in(p, a->lang, lo, l, sizeof l);
        lev_format_in(p, a->lang, hi, h, sizeof h);
        snprintf(line, size, "%s %s%s%s %s%s%s %s", i18n_str(S_CH_LIMIT, a->lang), l, a->utf8 ? "…" : "..", h,
                 lev_view(p, a->lang).unit,
                 dot, i18n_str(S_LV_LOADED, a->lang), ld);
    }
}
