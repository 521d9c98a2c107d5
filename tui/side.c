/* tui/side.c - key numbers, loaded vs edited, for very wide terminals. Reads run_summary and
 * run_at; formats and compares strings, computes no model number. */
#include "side.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../report/units.h"
#include "app.h"
#include "draw.h"
#include "style.h"

typedef enum { SRC_SUMMARY, SRC_VAR } side_src;

/* A row: a run_summary field (by offset) or a variable in a year (a summary field's year too, for
 * playback, which hides a row until its year); decimals to show; is_year for
 * years where 0 means "not reached"; the engine unit of an amount, which Chinese shows in its
 * planning unit after the label (English labels name their unit). */
typedef struct {
    i18n_id label;
    side_src src;
    size_t offset;
    int var, year, decimals, is_year;
    const char *si;
} side_def;

#define SUM_D(f) SRC_SUMMARY, offsetof(run_summary, f)
#define VAR_AT(v, y) SRC_VAR, 0, v, y

static const side_def defs[] = {
    {S_SD_PEAK_YEAR, SRC_SUMMARY, 0, 0, 0, 0, 1, NULL},  /* peak year: peak_reached decides */
    {S_SD_PEAK_MT, SUM_D(peak_mt), 0, 0, 1, 0, "Mt"},
    {S_SD_NEUTRAL, SUM_D(neutral_year), 0, 0, 0, 1, NULL},
    {S_SD_CO2_2030, VAR_AT(RV_CO2, 2030), 1, 0, "Mt"},
    {S_SD_CO2_2060, VAR_AT(RV_CO2, 2060), 1, 0, "Mt"},
    {S_SD_NET_2060, VAR_AT(RV_CO2_NET, 2060), 1, 0, "Mt"},
    {S_SD_CUM, SUM_D(cum_co2_mt), 0, 0, 0, 0, "Mt"},
    {S_SD_ENERGY_2030, VAR_AT(RV_ENERGY, 2030), 1, 0, "Mtce"},
    {S_SD_ELEC_2030, VAR_AT(RV_ELEC, 2030), 1, 0, "TWh"},
    {S_SD_COAL_2025, SUM_D(coal_share_2025), 0, 2025, 1, 0, NULL},
    {S_SD_COAL_2030, SUM_D(coal_share_2030), 0, 2030, 1, 0, NULL},
    {S_SD_COAL_2060, SUM_D(coal_share_2060), 0, 2060, 1, 0, NULL},
    {S_SD_NF_2025, SUM_D(nonfossil_share_2025), 0, 2025, 1, 0, NULL},
    {S_SD_NF_2030, SUM_D(nonfossil_share_2030), 0, 2030, 1, 0, NULL},
    {S_SD_NF_2060, SUM_D(nonfossil_share_2060), 0, 2060, 1, 0, NULL},
    {S_SD_EI_2025, VAR_AT(RV_EI_VS_2020, 2025), 1, 0, NULL},
    {S_SD_CI_2030, VAR_AT(RV_CI_VS_2015, 2030), 1, 0, NULL},
    {S_SD_SOLAR_2030, VAR_AT(RV_CAP_SOLAR, 2030), 1, 0, "GW"},
    {S_SD_WIND_2030, VAR_AT(RV_CAP_WIND, 2030), 1, 0, "GW"},
    {S_SD_GDP_2030, VAR_AT(RV_GDP, 2030), 0, 0, "bn CNY"},
};
#define N_DEFS (int)(sizeof defs / sizeof defs[0])

/* ---- building ---- */

static void format_one(const side_def *d, const run_result *r, i18n_lang lang, char *buf, size_t size)
{
    double v;
    if (d->label == S_SD_PEAK_YEAR) {
        if (r->summary.peak_reached) snprintf(buf, size, "%d", r->summary.peak_year);
        else snprintf(buf, size, "%s", i18n_str(S_SD_NONE, lang));
        return;
    }
    if (d->src == SRC_VAR) v = run_at(r, d->var, d->year);
    else if (d->is_year) v = *(const int *)((const char *)&r->summary + d->offset);
    else v = *(const double *)((const char *)&r->summary + d->offset);
    if (d->is_year && v == 0) snprintf(buf, size, "%s", i18n_str(S_SD_NONE, lang));
    else if (!isfinite(v)) snprintf(buf, size, "-");
    else {
        unit_view u = units_view(d->si ? d->si : "", lang);
        int dec = d->decimals - (int)lround(log10(u.factor)); /* 190.4 Mt = 19040 万吨 */
        snprintf(buf, size, "%.*f", dec > 0 ? dec : 0, v * u.factor);
    }
}

int side_rows(const run_result *loaded, const run_result *now, i18n_lang lang, side_row *rows)
{
    int n = 0;
    for (int i = 0; i < N_DEFS && n < SIDE_MAX_ROWS; i++, n++) {
        rows[n].label = defs[i].label;
        format_one(&defs[i], loaded, lang, rows[n].loaded, sizeof rows[n].loaded);
        format_one(&defs[i], now, lang, rows[n].now, sizeof rows[n].now);
        rows[n].changed = strcmp(rows[n].loaded, rows[n].now) != 0;
    }
    return n;
}

/* ---- drawing ---- */

/* The engine unit of a row's amount, or NULL. */
static const char *side_unit(i18n_id label)
{
    for (int i = 0; i < N_DEFS; i++)
        if (defs[i].label == label) return defs[i].si;
    return NULL;
}

#define VAL_W 9 /* "  12345.6" */

/* During playback at year cut: 1 when the path has reached what row d shows (the peak and
 * neutrality once they happened, the cumulative sum at the end, a year's value in that year). */
static int side_seen(const side_def *d, const run_result *r, int cut)
{
    if (d->label == S_SD_PEAK_YEAR || d->label == S_SD_PEAK_MT) return r->summary.peak_reached && r->summary.peak_year <= cut;
    if (d->label == S_SD_NEUTRAL) return r->summary.neutral_year && r->summary.neutral_year <= cut;
    if (d->label == S_SD_CUM) return cut >= r->end_year;
    return d->year <= cut;
}

void side_draw(app *a)
{
    lay_rect in = lay_inner(&a->lay.side);
    side_row rows[SIDE_MAX_ROWS];
    int n, lw = in.w - 2 * VAL_W;
    if (a->lay.side.w == 0) return;
    drw_fill(&a->lay.side, ST_NORMAL);
    drw_box(&a->lay.side, i18n_str(S_SIDE_TITLE, a->lang), 0, a->utf8);
    if (in.h < 2 || lw < 8) return;
    n = side_rows(&a->base_res, &a->res, a->lang, rows);
    if (play_cut_year(a)) /* playback hides what lies ahead (issue 14) */
        for (int i = 0; i < n && i < N_DEFS; i++)
            if (!side_seen(&defs[i], &a->res, play_cut_year(a))) {
                snprintf(rows[i].loaded, sizeof rows[i].loaded, "%s", a->utf8 ? "…" : "...");
                snprintf(rows[i].now, sizeof rows[i].now, "%s", a->utf8 ? "…" : "...");
                rows[i].changed = 0;
            }
    drw_text(in.y, in.x + lw, VAL_W, i18n_str(S_SIDE_LOADED, a->lang), ST_DIM, 1, 1, a->utf8);
    drw_text(in.y, in.x + lw + VAL_W, VAL_W, i18n_str(S_SIDE_NOW, a->lang), ST_PANEL_TITLE, 1, 1, a->utf8);
    for (int i = 0; i < n && i + 1 < in.h; i++) {
        int y = in.y + 1 + i;
        char label[128];
        const char *si = side_unit(rows[i].label);
        if (a->lang == LANG_ZH && si) /* "峰值排放 万吨" */
            snprintf(label, sizeof label, "%s %s", i18n_str(rows[i].label, a->lang), units_view(si, a->lang).unit);
        else snprintf(label, sizeof label, "%s", i18n_str(rows[i].label, a->lang));
        drw_text(y, in.x, lw, label, ST_NORMAL, 1, 0, a->utf8);
        drw_text(y, in.x + lw, VAL_W, rows[i].loaded, ST_DIM, 1, 1, a->utf8);
        drw_text(y, in.x + lw + VAL_W, VAL_W, rows[i].now, rows[i].changed ? ST_CHANGED : ST_NORMAL, 1, 1, a->utf8);
    }
}
