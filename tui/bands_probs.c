/* tui/bands_probs.c - the Monte Carlo probabilities and the peak-year histogram beside the band
 * (bands_probs.h). The numbers are mc_run's (p_peak_by_2030, p_neutral_by_2060, peak_count);
 * this file bins and places them. */
#include "bands_probs.h"

#include <stdio.h>
#include <string.h>

#include "app.h"
#include "curses_wide.h"
#include "draw.h"
#include "style.h"
#include "text.h"

#define PROBS_PCT_W 6      /* " 87 %" */
#define PROBS_MIN_W 40     /* chart inside narrower than this: no panel */
#define PROBS_MIN_H 8

/* ---- bins (pure) ---- */

int bands_probs_bins(const mc_result *mc, int max_bins, int *count, int *first, int *years_per_bin)
{
    int lo = -1, hi = -1, span, per, n;
    if (max_bins > BANDS_PROBS_MAX_BINS) max_bins = BANDS_PROBS_MAX_BINS;
    for (int i = 0; i < mc->n_years && i < RUN_MAX_YEARS; i++)
        if (mc->peak_count[i] > 0) {
            if (lo < 0) lo = i;
            hi = i;
        }
    if (lo < 0 || max_bins < 1) return 0;
    span = hi - lo + 1;
    per = (span + max_bins - 1) / max_bins;
    n = (span + per - 1) / per;
    memset(count, 0, (size_t)n * sizeof *count);
    for (int i = lo; i <= hi; i++) count[(i - lo) / per] += mc->peak_count[i];
    *first = mc->first_year + lo;
    *years_per_bin = per;
    return n;
}

/* ---- drawing ---- */

/* One bar column, two rows high in eighths (ASCII: '#' and '.'). */
static void bar_column(const struct app *a, int y, int x, int c, int max)
{
    static const wchar_t eighth[] = L" ▁▂▃▄▅▆▇█";
    int level = max > 0 ? (c * 16 + max - 1) / max : 0; /* 0..16; a non-empty bin shows */
    for (int row = 0; row < 2; row++) {
        int l = level - (1 - row) * 8; /* bottom row first fills */
        wchar_t ch;
        if (l > 8) l = 8;
        if (l < 0) l = 0;
        ch = a->utf8 ? eighth[l] : (l >= 4 ? L'#' : l > 0 ? L'.' : L' ');
        drw_char(y + row, x, ch, ST_BAND_MID);
    }
}

static void prob_line(const struct app *a, int y, int x, int w, i18n_id label, double p)
{
    char buf[16];
    snprintf(buf, sizeof buf, "%3.0f %%", 100.0 * p);
    drw_text(y, x, w - PROBS_PCT_W, i18n_str(label, a->lang), ST_LABEL, 1, 0, a->utf8);
    drw_text(y, x + w - PROBS_PCT_W, PROBS_PCT_W, buf, p >= 0.5 ? ST_GOOD : ST_BAD, 1, 1, a->utf8);
}

void bands_probs_draw(const struct app *a, const lay_rect *in)
{
    const mc_result *mc = &a->bands.mc;
    int count[BANDS_PROBS_MAX_BINS], first, per, n, max = 0, w, x;
    int lw = txt_width(i18n_str(S_BANDS_P_NEUTRAL, a->lang));
    char buf[64];
    lay_rect box;
    if (txt_width(i18n_str(S_BANDS_P_PEAK, a->lang)) > lw) lw = txt_width(i18n_str(S_BANDS_P_PEAK, a->lang));
    w = lw + PROBS_PCT_W + 1;
    if (in->w < PROBS_MIN_W || in->h < PROBS_MIN_H || w > in->w / 2) return;
    x = in->x + in->w - w - 1;
    box = (lay_rect){in->y, x - 1, 6, w + 2};
    drw_fill(&box, ST_NORMAL); /* over the chart: app_draw counts the views as under a box (app_overlay) */
    prob_line(a, in->y, x, w, S_BANDS_P_PEAK, mc->p_peak_by_2030);
    prob_line(a, in->y + 1, x, w, S_BANDS_P_NEUTRAL, mc->p_neutral_by_2060);
    n = bands_probs_bins(mc, w - 2, count, &first, &per);
    for (int i = 0; i < n; i++)
        if (count[i] > max) max = count[i];
    for (int i = 0; i < n; i++) bar_column(a, in->y + 2, x + i, count[i], max);
    if (n > 0)
        snprintf(buf, sizeof buf, "%s %d-%d", i18n_str(S_BANDS_HIST, a->lang), first, first + n * per - 1);
    else
        snprintf(buf, sizeof buf, "%s", i18n_str(S_BANDS_HIST, a->lang));
    drw_text(in->y + 4, x, w, buf, ST_DIM, 1, 0, a->utf8);
    if (mc->no_peak_count > 0 && mc->ok_draws > 0) {
        snprintf(buf, sizeof buf, "%s %.0f %%", i18n_str(S_BANDS_NO_PEAK, a->lang),
                 100.0 * mc->no_peak_count / mc->ok_draws);
        drw_text(in->y + 5, x, w, buf, ST_DIM, 1, 0, a->utf8);
    }
}
