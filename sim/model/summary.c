/* sim/model/summary.c - the summary of a run: the headline peak (highest projected year), its
 * plateau, a higher historical year beside it, neutrality, cumulative CO2 and the shares; and the
 * table of summary items the writers share. Pure: reads a run_result, never prints. */
#include "summary.h"

#include <math.h>
#include <stddef.h>

/* ---- the item table ---- */

typedef struct {
    run_sum_info info;
    size_t offset; /* of the field in run_summary: an int for years and flags, a double for numbers */
} sum_row;

static const sum_row sum_rows[SUM_COUNT] = {
#define RUN_SUM(id, name, kind, unit, en, zh, field) {{name, kind, unit, en, zh}, offsetof(run_summary, field)},
#include "summary_list.h"
#undef RUN_SUM
};

const run_sum_info *run_sum_get(int item) { return item >= 0 && item < SUM_COUNT ? &sum_rows[item].info : NULL; }

double run_sum_value(const run_summary *s, int item)
{
    const char *base = (const char *)s;
    int i;
    if (item < 0 || item >= SUM_COUNT) return NAN;
    if (sum_rows[item].info.kind == SUMK_NUM) return *(const double *)(base + sum_rows[item].offset);
    i = *(const int *)(base + sum_rows[item].offset);
    if (sum_rows[item].info.kind == SUMK_YEAR) return i > 0 ? (double)i : NAN;
    return i != 0;
}

/* ---- peak ---- */

/* Index of the highest value of v over [from, to] (the first one on a tie). */
static int argmax(const double *v, int from, int to)
{
    int best = from;
    for (int i = from + 1; i <= to; i++)
        if (v[i] > v[best]) best = i;
    return best;
}

/* The plateau: the run of indices around `peak` inside [from, to] whose value stays within
 * RUN_PLATEAU_PCT of v[peak]. Contiguous on purpose: a second, later hump within 1 % is a
 * rebound, not the same plateau. */
static void plateau(const double *v, int from, int to, int peak, int *lo, int *hi)
{
    double floor_mt = v[peak] - fabs(v[peak]) * RUN_PLATEAU_PCT / 100.0;
    *lo = *hi = peak;
    while (*lo > from && v[*lo - 1] >= floor_mt) (*lo)--;
    while (*hi < to && v[*hi + 1] >= floor_mt) (*hi)++;
}

/* The projection is the years after hist_end_year; a run without any (hist_end_year at or after
 * the end year) has only history, and its peak is then taken over the whole run. */
static void summarize_peak(const run_result *r, run_summary *sm)
{
    const double *co2 = r->v[RV_CO2];
    int last = r->n_years - 1;
    int from = r->hist_end_year - r->first_year + 1;
    int best, lo, hi;
    if (from < 0) from = 0;
    if (from > last) from = 0;
    best = argmax(co2, from, last);
    plateau(co2, from, last, best, &lo, &hi);
    sm->peak_year = r->first_year + best;
    sm->peak_mt = co2[best];
    sm->peak_reached = best < last; /* a maximum in the last year is no peak yet */
    sm->peak_by_2030 = sm->peak_reached && sm->peak_year <= 2030;
    sm->plateau_first = r->first_year + lo;
    sm->plateau_last = r->first_year + hi;
    sm->hist_peak_year = 0;
    sm->hist_peak_mt = NAN;
    if (from > 0) {
        int h = argmax(co2, 0, from - 1);
        if (co2[h] > sm->peak_mt) {
            sm->hist_peak_year = r->first_year + h;
            sm->hist_peak_mt = co2[h];
        }
    }
}

/* ---- the rest ---- */

/* Neutral from the first year after which net CO2 stays at or below zero. */
static int neutral_year(const run_result *r)
{
    int year = 0;
    for (int i = r->n_years - 1; i >= 0 && r->v[RV_CO2_NET][i] <= 0; i--) year = r->first_year + i;
    return year;
}

/* Sum of var over 2021..end year (the years the cumulative CO2 counts). */
static double sum_from_2021(const run_result *r, int var)
{
    double total = 0;
    int from = 2021 - r->first_year; /* indexing the row directly: this runs after every run */
    for (int i = from > 0 ? from : 0; i < r->n_years; i++) total += r->v[var][i];
    return total;
}

static void summarize_costs_and_air(const run_result *r, run_summary *sm)
{
    sm->cum_invest_bn = sum_from_2021(r, RV_INV_TOTAL);
    sm->cum_system_cost_bn = sum_from_2021(r, RV_COST_SYSTEM);
    sm->npv_system_cost_bn = NAN; /* needs the discount rate: filled by run_scenario */
    sm->cum_fuel_bn = sum_from_2021(r, RV_COST_FUEL);
    sm->cum_carbon_revenue_bn = sum_from_2021(r, RV_CARBON_REVENUE);
    sm->stranded_gw = run_at(r, RV_STRANDED_GW, r->end_year);
    sm->stranded_bn = run_at(r, RV_STRANDED_BN, r->end_year);
    sm->cum_so2_kt = sum_from_2021(r, RV_SO2);
    sm->cum_nox_kt = sum_from_2021(r, RV_NOX);
    sm->cum_pm25_kt = sum_from_2021(r, RV_PM25);
    sm->cum_health_bn = sum_from_2021(r, RV_HEALTH_BN);
}

void run_summary_compute(const run_result *r, run_summary *sm)
{
    summarize_peak(r, sm);
    sm->neutral_year = neutral_year(r);
    sm->cum_co2_mt = sum_from_2021(r, RV_CO2);
    sm->cum_net_mt = sum_from_2021(r, RV_CO2_NET);
    sm->coal_share_2025 = run_at(r, RV_COAL_SHARE, 2025);
    sm->coal_share_2030 = run_at(r, RV_COAL_SHARE, 2030);
    sm->coal_share_2060 = run_at(r, RV_COAL_SHARE, 2060);
    sm->nonfossil_share_2025 = run_at(r, RV_NONFOSSIL_SHARE, 2025);
    sm->nonfossil_share_2030 = run_at(r, RV_NONFOSSIL_SHARE, 2030);
    sm->nonfossil_share_2060 = run_at(r, RV_NONFOSSIL_SHARE, 2060);
    summarize_costs_and_air(r, sm);
}
