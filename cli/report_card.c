/* cli/report_card.c - the report card of a calibrated run against published figures (see
 * report_card.h). "Moved most by": each calibration unknown is nudged by a step of the size a
 * planner would argue about (intensity level +10 %, trend +0.5 %/yr, coal/gas shift +2 points,
 * imports +5 TWh) and the run repeated; the unknown changing the figure most is named with the
 * change, so a figure that is off says which input to look at. Every word comes from the catalogue
 * (report/i18n_card_list.h) in the CLI's language; the Chinese card names the figures by their
 * Chinese labels and shows the values in planning units (report/units.h) with a unit column. */
#include "report_card.h"
#include "cli.h"
#include "observed.h"
#include "../report/error_text.h"
#include "../report/text_cols.h"
#include "../report/units.h"
#include "../sim/scenario/scenario.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Each unknown's nudge: its size (the level and the transport factor as fractions; the yearly steps
 * as points of that year's change), how it is said (a catalogue format) and the number said - or,
 * for a quantity, its unit for units_format. */
static const struct {
    double step, shown;
    i18n_id text;
    const char *unit;
} nudge[CAL_COUNT] = {
    [CAL_LEVEL] = {0.10, 10, S_CARD_NUDGE_FRAC, NULL},   [CAL_TREND] = {0.5, 0.5, S_CARD_NUDGE_TREND, NULL},
    [CAL_COAL_FIRST] = {2.0, 2, S_CARD_NUDGE_PT, NULL},  [CAL_COAL_END] = {2.0, 2, S_CARD_NUDGE_PT, NULL},
    [CAL_IMPORT] = {5.0, 5, S_CARD_NUDGE_QTY, "TWh"},    [CAL_OIL] = {0.10, 10, S_CARD_NUDGE_FRAC, NULL},
    [CAL_STEP0] = {0.5, 0.5, S_CARD_NUDGE_PT, NULL},     [CAL_STEP1] = {0.5, 0.5, S_CARD_NUDGE_PT, NULL},
    [CAL_STEP2] = {0.5, 0.5, S_CARD_NUDGE_PT, NULL},
};
_Static_assert(CAL_COUNT == 9, "a nudge for every calibration unknown");

/* The Chinese card's column widths in display columns: the longest label (非化石能源比重, 14) and
 * unit (吨标准煤/万元, 13) with room. */
#define ZH_FIG_COLS 16
#define ZH_UNIT_COLS 13

/* "+10 %", "+0.5 %/yr", "+2 pt", "+5 TWh" (Chinese: "+50亿千瓦时") for unknown u. */
static const char *nudge_text(int u, char *buf, size_t size)
{
    char qty[64];
    if (nudge[u].unit)
        snprintf(buf, size, cli_tr(nudge[u].text), units_format(nudge[u].shown, nudge[u].unit, cli_lang(), 0, qty, sizeof qty));
    else snprintf(buf, size, cli_tr(nudge[u].text), nudge[u].shown);
    return buf;
}

/* The unit of a figure: the model column's (the data file's figures are in the same unit, the
 * indicator table's contract), "%" for a yearly change. */
static const char *figure_unit(const obs_indicator *ind)
{
    const run_var_info *vi = run_var_get(run_var_find(ind->column));
    return ind->how == OBS_YOY ? "%" : vi ? vi->unit : "";
}

/* A number in a Chinese column: `sig` significant digits like %g but never in e-notation (48790
 * 万吨, not 4.879e+04), at most 6 decimals; with sign, "+" before a positive value. Returns buf. */
static const char *plain_num(double v, int sig, int sign, char *buf, size_t size)
{
    int d = 0;
    if (v != 0 && isfinite(v)) d = sig - 1 - (int)floor(log10(fabs(v)));
    d = d < 0 ? 0 : d > 6 ? 6 : d;
    snprintf(buf, size, sign ? "%+.*f" : "%.*f", d, v);
    if (strchr(buf, '.')) { /* 0.5000 -> 0.5: the digits %g would drop */
        char *e = buf + strlen(buf) - 1;
        while (*e == '0') *e-- = '\0';
        if (*e == '.') *e = '\0';
    }
    return buf;
}

/* The change d a nudge brings to a figure in unit: "%+.3g" in English (the card's figures carry no
 * unit there), in Chinese with the planning unit ("+4100万吨CO2", "-0.48个百分点"). */
static const char *effect_text(double d, const char *unit, char *buf, size_t size)
{
    char num[96];
    if (!cli_zh()) snprintf(num, sizeof num, "%+.3g", d);
    else if (!strcmp(unit, "%")) plain_num(d, 3, 1, num, sizeof num);
    else {
        char q[64];
        units_format(d, unit, LANG_ZH, -1, q, sizeof q);
        snprintf(num, sizeof num, "%s%s", d > 0 ? "+" : "", q);
    }
    snprintf(buf, size, !strcmp(unit, "%") ? cli_tr(S_CARD_POINTS) : "%s", num);
    return buf;
}

/* The model's value for a figure, NAN when the model cannot say (outside the run, or a nominal GDP
 * away from the price base year). */
static double model_value(const scn_scenario *s, const run_result *r, const obs_indicator *ind, int year)
{
    int col = run_var_find(ind->column);
    if (col < 0) return NAN;
    if (!strcmp(ind->indicator, "gdp_nominal") && year != (int)scn_value_at(s, P_YEARS_PRICE_BASE, 0)) return NAN;
    if (ind->how == OBS_YOY) {
        double prev = run_at(r, col, year - 1), now = run_at(r, col, year);
        return prev > 0 ? 100.0 * (now / prev - 1.0) : NAN;
    }
    return run_at(r, col, year);
}

/* Runs s once with each unknown nudged (into nudged[u]); 0 on success, else -1 with the engine's
 * message in msg. */
static int nudged_runs(const scn_scenario *s, const run_result *r, run_result *nudged, char *msg, size_t size)
{
    for (int u = 0; u < CAL_COUNT; u++) {
        cal_result c = r->cal;
        pp_error err;
        if (u == CAL_OIL && !(c.value[u] > 0)) c.value[u] = 1.0; /* neutral */
        if (u == CAL_LEVEL || u == CAL_OIL) c.value[u] *= 1.0 + nudge[u].step;
        else c.value[u] += nudge[u].step;
        if (u == CAL_COAL_FIRST && !c.active[CAL_COAL_END]) c.value[CAL_COAL_END] = c.value[CAL_COAL_FIRST];
        if (run_scenario(s, &c, &nudged[u], &err) != PP_OK) {
            cli_error_message(&err, msg, size);
            return -1;
        }
    }
    return 0;
}

static void moved_most(const scn_scenario *s, const run_result *nudged, const obs_indicator *ind, int year,
                       double model, char *buf, size_t size)
{
    int best = -1;
    double best_d = 0;
    for (int u = 0; u < CAL_COUNT; u++) {
        double d = model_value(s, &nudged[u], ind, year) - model;
        if (u == CAL_COAL_END && !nudged[u].cal.active[CAL_COAL_END]) continue; /* held = first-year shift */
        if (isfinite(d) && fabs(d) > fabs(best_d) + 1e-12) { best = u; best_d = d; }
    }
    if ((best < 0 || fabs(best_d) < 1e-9) && ind->key) snprintf(buf, size, cli_tr(S_CARD_INPUT), ind->section, ind->key);
    else if (best < 0 || fabs(best_d) < 1e-9) snprintf(buf, size, "%s", cli_tr(S_CARD_INPUTS));
    else {
        char step[64], effect[96];
        snprintf(buf, size, cli_tr(S_CARD_MOVED), error_template(cal_unknown_msg(best), cli_lang()),
                 nudge_text(best, step, sizeof step), effect_text(best_d, figure_unit(ind), effect, sizeof effect));
    }
}

static const char *basis_text(obs_basis b)
{
    return b == OBS_BASIS_FIRST ? cli_tr(S_CARD_BASIS_FIRST) : b == OBS_BASIS_REVISED ? cli_tr(S_CARD_BASIS_REVISED) : "";
}

/* The column heads: English as the card always had them; Chinese padded by display columns (a
 * Chinese character takes two), with a unit column. */
static void print_heads(FILE *f)
{
    if (!cli_zh()) {
        fprintf(f, "  %-30s %4s %11s %11s %9s  %s\n", cli_tr(S_CARD_H_FIGURE), cli_tr(S_CARD_H_YEAR),
                cli_tr(S_CARD_H_PUBLISHED), cli_tr(S_CARD_H_MODEL), cli_tr(S_CARD_H_DIFF), cli_tr(S_CARD_H_MOVED));
        return;
    }
    fputs("  ", f);
    tc_pad(f, cli_tr(S_CARD_H_FIGURE), ZH_FIG_COLS, 0);
    fputc(' ', f);
    tc_pad(f, cli_tr(S_CARD_H_YEAR), 4, 1);
    fputc(' ', f);
    tc_pad(f, cli_tr(S_CARD_H_PUBLISHED), 11, 1);
    fputc(' ', f);
    tc_pad(f, cli_tr(S_CARD_H_MODEL), 11, 1);
    fputc(' ', f);
    tc_pad(f, cli_tr(S_CARD_H_DIFF), 9, 1);
    fputs("  ", f);
    tc_pad(f, cli_tr(S_CARD_H_UNIT), ZH_UNIT_COLS, 0);
    fprintf(f, " %s\n", cli_tr(S_CARD_H_MOVED));
}

/* One figure's line; notes is the projected-year and basis marks, why the "moved most by" text. */
static void print_row(FILE *f, const obs_row *row, const obs_indicator *ind, double model, double diff,
                      const char *notes, const char *why)
{
    char pub[48], mod[48], dif[48];
    unit_view v;
    if (!cli_zh()) {
        fprintf(f, "  %-30s %4d %11.4g %11.4g %+9.3g  %s%s\n", row->indicator, row->year, row->value, model, diff,
                notes, why);
        return;
    }
    v = units_view(figure_unit(ind), LANG_ZH);
    fputs("  ", f);
    tc_pad(f, ind->zh, ZH_FIG_COLS, 0);
    fprintf(f, " %4d ", row->year);
    tc_pad(f, plain_num(row->value * v.factor, 4, 0, pub, sizeof pub), 11, 1);
    fputc(' ', f);
    tc_pad(f, plain_num(model * v.factor, 4, 0, mod, sizeof mod), 11, 1);
    fputc(' ', f);
    tc_pad(f, diff == 0 ? "0" : plain_num(diff * v.factor, 3, 1, dif, sizeof dif), 9, 1);
    fputs("  ", f);
    tc_pad(f, v.unit, ZH_UNIT_COLS, 0);
    fprintf(f, " %s%s\n", notes, why);
}

int report_card_print(FILE *f, const scn_scenario *s, const run_result *r, const char *csv)
{
    static obs_data d;
    char msg[512];
    run_result *nudged = malloc(CAL_COUNT * sizeof *nudged);
    const char *region = scn_text(s, P_SCENARIO_REGION), *basis_name = scn_text(s, P_SCENARIO_BASIS);
    const char *region_zh = scn_text(s, P_SCENARIO_REGION_ZH);
    obs_basis basis = obs_basis_of(basis_name);
    int shown = 0, skipped = 0, other_basis = 0;
    if (!nudged) { fprintf(stderr, "%s", cli_tr(S_CARD_OOM)); return -1; }
    if (basis_name && basis_name[0] && basis == OBS_BASIS_UNKNOWN) {
        fprintf(stderr, cli_tr(S_CARD_BAD_BASIS), scn_file(s), basis_name);
        free(nudged);
        return -1;
    }
    if (obs_load(csv, region, &d, msg, sizeof msg) || nudged_runs(s, r, nudged, msg, sizeof msg)) {
        fprintf(stderr, cli_tr(S_CARD_FAILED), msg);
        free(nudged);
        return -1;
    }
    if (cli_zh() && region_zh && region_zh[0]) region = region_zh;
    fprintf(f, cli_tr(S_CARD_TITLE), csv, region ? region : "");
    print_heads(f);
    for (int i = 0; i < d.n; i++) {
        const obs_indicator *ind = obs_find(d.row[i].indicator);
        double model, diff;
        char why[400], tag[160], notes[200];
        if (!ind) { skipped++; continue; }
        model = model_value(s, r, ind, d.row[i].year);
        if (!isfinite(model)) { skipped++; continue; }
        moved_most(s, nudged, ind, d.row[i].year, model, why, sizeof why);
        tag[0] = '\0';
        if (basis != OBS_BASIS_UNKNOWN && d.row[i].basis != OBS_BASIS_UNKNOWN && d.row[i].basis != basis) {
            snprintf(tag, sizeof tag, cli_tr(S_CARD_OTHER_BASIS), basis_text(d.row[i].basis), basis_text(basis));
            other_basis++;
        }
        diff = model - d.row[i].value;
        if (fabs(diff) < 1e-9 * (1.0 + fabs(d.row[i].value))) diff = 0; /* rounding, not a difference */
        snprintf(notes, sizeof notes, "%s%s", d.row[i].year > r->hist_end_year ? cli_tr(S_CARD_PROJECTED) : "", tag);
        print_row(f, &d.row[i], ind, model, diff, notes, why);
        shown++;
    }
    fprintf(f, cli_tr(shown == 1 ? S_CARD_FOOT_ONE : S_CARD_FOOT), shown, skipped);
    if (other_basis) fprintf(f, cli_tr(S_CARD_FOOT_BASIS), other_basis, basis_text(basis));
    free(nudged);
    return 0;
}
