/* tui/status.c - the indicators a workshop argues about, on one line, from run_summary and
 * run_at: the headline peak with its plateau, shares, intensity, neutrality. Formats numbers only; every number comes from the engine's result. */
#include "status.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../report/units.h"
#include "app.h"
#include "draw.h"
#include "style.h"
#include "text.h"

#define CHECK_YEAR 2030 /* the peaking target year of China's NDC */
#define STAT_ANY_WIDTH 100000 /* a width every line fits: the long labels */

/* ---- building ---- */

static void add(stat_line *l, int style, const char *fmt, const char *a, double v, int year)
{
    if (l->n >= STAT_MAX_SEG) return;
    if (year) snprintf(l->seg[l->n].text, sizeof l->seg[l->n].text, fmt, a, year, v);
    else snprintf(l->seg[l->n].text, sizeof l->seg[l->n].text, fmt, a, v);
    l->seg[l->n].style = style;
    l->n++;
}

static void add_pct(stat_line *l, const char *label, double v, int signed_pct)
{
    char *t;
    if (l->n >= STAT_MAX_SEG) return;
    t = l->seg[l->n].text;
    if (!isfinite(v)) snprintf(t, sizeof l->seg[0].text, "%s -", label);
    else if (signed_pct) snprintf(t, sizeof l->seg[0].text, "%s %+.1f%%", label, v);
    else snprintf(t, sizeof l->seg[0].text, "%s %.1f%%", label, v);
    l->seg[l->n++].style = ST_NORMAL;
}

/* The peak segment: year and value, and the plateau (first-last year within 1 % of the peak) when
 * it spans more than the peak year: "Peak 2042 244.7 Mt, plateau 2037-2046" (long), "Peak 2042
 * 245Mt 2037-46" (short, with_plateau), "Peak 2042 245Mt" (shortest). */
static void add_peak(stat_line *out, const run_summary *s, i18n_lang lang, int shortl, int with_plateau)
{
    const char *ys = i18n_str(S_YEAR_SUFFIX, lang);
    char value[64], *t;
    if (out->n >= STAT_MAX_SEG) return;
    /* "244.7 Mt" / "245Mt" in English; 2.45亿吨 / 2.4亿吨 in Chinese (report/units.h) */
    if (lang == LANG_ZH) units_format(s->peak_mt, "Mt", lang, shortl ? 1 : -1, value, sizeof value);
    else if (shortl) snprintf(value, sizeof value, "%.0fMt", s->peak_mt);
    else units_format(s->peak_mt, "Mt", lang, 1, value, sizeof value);
    /* short Chinese: "达峰2028年 2.2亿吨", as narrow as the English "Peak 2028 215Mt" */
    snprintf(out->seg[out->n].text, sizeof out->seg[0].text, lang == LANG_ZH && shortl ? "%s%d%s %s" : "%s %d%s %s",
             i18n_str(S_ST_PEAK, lang), s->peak_year, ys, value);
    out->seg[out->n++].style = s->peak_by_2030 ? ST_GOOD : ST_BAD;
    if (!with_plateau || s->plateau_first >= s->plateau_last || out->n == 0) return;
    t = out->seg[out->n - 1].text;
    if (shortl)
        snprintf(t + strlen(t), sizeof out->seg[0].text - strlen(t), " %d-%02d", s->plateau_first, s->plateau_last % 100);
    else
        snprintf(t + strlen(t), sizeof out->seg[0].text - strlen(t), i18n_str(S_ST_PLATEAU, lang), s->plateau_first,
                 s->plateau_last);
}

/* level 0: long labels with the plateau; 1: short labels with it; 2: short labels without it.
 * cut > 0 (playback at year cut): nothing the path has not reached yet - no peak after cut, no
 * 2030 figures before 2030, no neutrality after cut (issue 14: the status line gave it away). */
static void build(const run_result *r, i18n_lang lang, int level, int cut, stat_line *out)
{
    const run_summary *s = &r->summary;
    const char *ys = i18n_str(S_YEAR_SUFFIX, lang);
    int shortl = level > 0;
    char fmt[64];
    memset(out, 0, sizeof *out);
    if (cut && !(s->peak_reached && s->peak_year <= cut)) {
        snprintf(fmt, sizeof fmt, "%%s %%d%s", ys);
        add(out, ST_DIM, fmt, i18n_str(S_ST_NO_PEAK, lang), 0, cut);
    } else if (s->peak_reached) {
        add_peak(out, s, lang, shortl, level < 2 && !cut);
    } else {
        snprintf(fmt, sizeof fmt, "%%s %%d%s", ys);
        add(out, ST_BAD, fmt, i18n_str(S_ST_NO_PEAK, lang), 0, r->end_year);
    }
    if (cut && cut < CHECK_YEAR) return; /* the 2030 figures and neutrality lie ahead */
    add_pct(out, i18n_str(shortl ? S_ST_COAL30_SHORT : S_ST_COAL30, lang), s->coal_share_2030, 0);
    add_pct(out, i18n_str(shortl ? S_ST_NONFOSSIL30_SHORT : S_ST_NONFOSSIL30, lang), s->nonfossil_share_2030, 0);
    add_pct(out, i18n_str(shortl ? S_ST_CI30_SHORT : S_ST_CI30, lang), run_at(r, RV_CI_VS_2015, CHECK_YEAR), 1);
    if (cut && !(s->neutral_year && s->neutral_year <= cut)) return;
    if (s->neutral_year) {
        snprintf(fmt, sizeof fmt, "%%s %%d%s", ys);
        add(out, ST_GOOD, fmt, i18n_str(S_ST_NEUTRAL, lang), 0, s->neutral_year);
    } else {
        snprintf(fmt, sizeof fmt, "%%s %%d%s", ys);
        if (shortl) add(out, ST_BAD, "%s", i18n_str(S_ST_NOT_NEUTRAL_SHORT, lang), 0, 0);
        else add(out, ST_BAD, fmt, i18n_str(S_ST_NOT_NEUTRAL, lang), 0, r->end_year);
    }
}

int stat_width(const stat_line *l, int sep_w)
{
    int w = 0;
    for (int i = 0; i < l->n; i++) w += txt_width(l->seg[i].text) + (i ? sep_w : 0);
    return w;
}

static void build_cut(const run_result *r, i18n_lang lang, int cols, int sep_w, int cut, stat_line *out)
{
    for (int level = 0; level < 3; level++) {
        build(r, lang, level, cut, out);
        if (stat_width(out, sep_w) <= cols) return;
    }
    while (out->n > 1 && stat_width(out, sep_w) > cols) out->n--;
}

void stat_build(const run_result *r, i18n_lang lang, int cols, int sep_w, stat_line *out)
{
    build_cut(r, lang, cols, sep_w, 0, out);
}

/* ---- drawing ---- */

/* The right end of the line: the playback year while playing, else the challenge's goals met
 * ("Goals 2/3"). Returns the style, or -1 when there is neither. */
static int stat_workshop(const app *a, char *buf, size_t size)
{
    if (play_status(a, buf, size)) return ST_PEAK;
    return chp_status(a, buf, size);
}

void stat_draw(app *a)
{
    const lay_rect *r = &a->lay.status;
    const char *sep = a->utf8 ? " │ " : " | ";
    const char *warn = a->res_stale ? i18n_str(S_STALE, a->lang)
                       : a->cal_failed ? i18n_str(S_UNCALIBRATED, a->lang) : NULL;
    int warn_w = warn ? txt_width(warn) + 2 : 0; /* a warning is never pushed off the line */
    char extra[96];
    int extra_style = stat_workshop(a, extra, sizeof extra); /* playback year or challenge goals */
    int extra_w = extra_style >= 0 ? txt_width(extra) + 1 : 0;
    stat_line l;
    int x = r->x;
    drw_fill(r, ST_NORMAL);
    int room = r->w - warn_w - extra_w, shortened;
    int cut = play_cut_year(a); /* playback: only what the path has reached */
    build_cut(&a->res, a->lang, STAT_ANY_WIDTH, 3, cut, &l);
    shortened = stat_width(&l, 3) > room; /* short labels: "?" says where they are explained */
    build_cut(&a->res, a->lang, shortened ? room - 2 : room, 3, cut, &l);
    for (int i = 0; i < l.n; i++) {
        if (i) x += drw_text(r->y, x, r->x + r->w - x, sep, ST_DIM, 0, 0, a->utf8);
        x += drw_text(r->y, x, r->x + r->w - x, l.seg[i].text, l.seg[i].style, 0, 0, a->utf8);
    }
    if (shortened) drw_text(r->y, x + 1, 1, "?", ST_KEY, 0, 0, a->utf8); /* help (?) explains the labels */
    if (extra_w) drw_text(r->y, r->x + r->w - warn_w - extra_w + 1, extra_w - 1, extra, extra_style, 0, 0, a->utf8);
    if (warn) drw_text(r->y, r->x + r->w - warn_w + 2, warn_w - 2, warn, ST_ERROR, 0, 0, a->utf8);
}
