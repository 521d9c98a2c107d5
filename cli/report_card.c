/* cli/report_card.c - the report card of a calibrated run against published figures (see
 * report_card.h). "Moved most by": each calibration unknown is nudged by a step of the size a
 * planner would argue about (intensity level +10 %, trend +0.5 %/yr, coal/gas shift +2 points,
 * imports +5 TWh) and the run repeated; the unknown changing the figure most is named with the
 * change, so a figure that is off says which input to look at. */
#include "report_card.h"
#include "observed.h"
#include "../report/error_text.h"
#include "../sim/scenario/scenario.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* the level and the transport factor as fractions; the yearly steps as points of that year's change */
static const double nudge[CAL_COUNT] = {0.10, 0.5, 2.0, 2.0, 5.0, 0.10, 0.5, 0.5, 0.5};
static const char *const nudge_text[CAL_COUNT] = {"+10 %", "+0.5 %/yr", "+2 pt", "+2 pt", "+5 TWh", "+10 %",
                                                  "+0.5 pt", "+0.5 pt", "+0.5 pt"};
_Static_assert(CAL_COUNT == 9, "a nudge for every calibration unknown");

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

/* Runs s once with each unknown nudged (into nudged[u]); 0 on success. */
static int nudged_runs(const scn_scenario *s, const run_result *r, run_result *nudged)
{
    for (int u = 0; u < CAL_COUNT; u++) {
        cal_result c = r->cal;
        pp_error err;
        if (u == CAL_OIL && !(c.value[u] > 0)) c.value[u] = 1.0; /* neutral */
        if (u == CAL_LEVEL || u == CAL_OIL) c.value[u] *= 1.0 + nudge[u];
        else c.value[u] += nudge[u];
        if (u == CAL_COAL_FIRST && !c.active[CAL_COAL_END]) c.value[CAL_COAL_END] = c.value[CAL_COAL_FIRST];
        if (run_scenario(s, &c, &nudged[u], &err) != PP_OK) return -1;
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
    if ((best < 0 || fabs(best_d) < 1e-9) && ind->key) snprintf(buf, size, "input %s.%s", ind->section, ind->key);
    else if (best < 0 || fabs(best_d) < 1e-9) snprintf(buf, size, "inputs of the file, no calibration unknown");
    else snprintf(buf, size, "%s %s: %+.3g", error_template(cal_unknown_msg(best), LANG_EN), nudge_text[best], best_d);
}

int report_card_print(FILE *f, const scn_scenario *s, const run_result *r, const char *csv)
{
    static obs_data d;
    char msg[512];
    run_result *nudged = malloc(CAL_COUNT * sizeof *nudged);
    const char *region = scn_text(s, P_SCENARIO_REGION), *basis_text = scn_text(s, P_SCENARIO_BASIS);
    obs_basis basis = obs_basis_of(basis_text);
    int shown = 0, skipped = 0, other_basis = 0;
    if (!nudged) { fprintf(stderr, "peakpath check: out of memory\n"); return -1; }
    if (basis_text && basis_text[0] && basis == OBS_BASIS_UNKNOWN) {
        fprintf(stderr, "peakpath check: %s: [scenario] statistical_basis = \"%s\": expected first_release or "
                "revised (docs/new-province.md, statistical basis)\n", scn_file(s), basis_text);
        free(nudged);
        return -1;
    }
    if (obs_load(csv, region, &d, msg, sizeof msg) || nudged_runs(s, r, nudged)) {
        fprintf(stderr, "peakpath check: %s\n", msg);
        free(nudged);
        return -1;
    }
    fprintf(f, "  report card against %s (%s) / 对照公开数据:\n", csv, region ? region : "");
    fprintf(f, "  %-30s %4s %11s %11s %9s  %s\n", "figure", "year", "published", "model", "diff", "moved most by");
    for (int i = 0; i < d.n; i++) {
        const obs_indicator *ind = obs_find(d.row[i].indicator);
        double model, diff;
        char why[200], tag[64];
        if (!ind) { skipped++; continue; }
        model = model_value(s, r, ind, d.row[i].year);
        if (!isfinite(model)) { skipped++; continue; }
        moved_most(s, nudged, ind, d.row[i].year, model, why, sizeof why);
        tag[0] = '\0';
        if (basis != OBS_BASIS_UNKNOWN && d.row[i].basis != OBS_BASIS_UNKNOWN && d.row[i].basis != basis) {
            snprintf(tag, sizeof tag, "(%s, the file is %s) ", obs_basis_name(d.row[i].basis), obs_basis_name(basis));
            other_basis++;
        }
        diff = model - d.row[i].value;
        if (fabs(diff) < 1e-9 * (1.0 + fabs(d.row[i].value))) diff = 0; /* rounding, not a difference */
        fprintf(f, "  %-30s %4d %11.4g %11.4g %+9.3g  %s%s%s\n", d.row[i].indicator, d.row[i].year, d.row[i].value,
                model, diff, d.row[i].year > r->hist_end_year ? "(projected year) " : "", tag, why);
        shown++;
    }
    fprintf(f, "  %d figure%s compared; %d without a counterpart in the run (other years, other indicators)\n",
            shown, shown == 1 ? "" : "s", skipped);
    if (other_basis)
        fprintf(f, "  %d on another statistical basis than the file's (%s): their differences include the revision\n",
                other_basis, obs_basis_name(basis));
    free(nudged);
    return 0;
}
