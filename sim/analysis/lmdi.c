/* sim/analysis/lmdi.c - additive LMDI-I decomposition over factor arrays, and the factor arrays of the CO2
 * identity built from two run results (docs/analysis.md). A caller of run_, never inside it.
 * Never prints. */
#include "lmdi.h"

#include <math.h>
#include <stddef.h>

/* ---- the generic method ---- */

double lmdi_logmean(double a, double b)
{
    if (a <= 0.0 || b <= 0.0) return 0.0;
    if (a == b) return a;
    /* (a - b) / ln(a / b) with ln(a/b) = log1p((a - b) / b): exact for a close to b */
    return (a - b) / log1p((a - b) / b);
}

static double row_product(const double *x, int n)
{
    double v = 1.0;
    for (int k = 0; k < n; k++) v *= x[k];
    return v;
}

/* A sub-category that is zero in one period: the limit of Ang & Liu's delta replacement gives its
 * whole change to the factors that are zero there, equally. */
static void add_zero_limit(const double *x0, const double *xT, int n, double v0, double vT,
                           double *effect)
{
    const double *zero_row = (v0 == 0.0) ? x0 : xT;
    int nz = 0;
    for (int k = 0; k < n; k++) nz += (zero_row[k] == 0.0);
    for (int k = 0; k < n; k++)
        if (zero_row[k] == 0.0) effect[k] += (vT - v0) / nz;
}

static pp_status check_row(const double *x, int n, int item, const char *period, pp_error *err)
{
    for (int k = 0; k < n; k++)
        if (!isfinite(x[k]) || x[k] < 0.0)
            return pp_error_set(err, PP_ERR_INPUT, LMDI_BAD_FACTOR, PP_I(k + 1), PP_I(item + 1), PP_S(period), PP_G(x[k]));
    return PP_OK;
}

pp_status lmdi_additive(int n_items, int n_factors, const double *x0, const double *xT,
                        double *effect, pp_error *err)
{
    if (n_items < 0 || n_factors < 1 || n_factors > LMDI_MAX_FACTORS || !x0 || !xT || !effect)
        return pp_error_set(err, PP_ERR_USAGE, LMDI_ARGS, PP_I(LMDI_MAX_FACTORS));
    for (int k = 0; k < n_factors; k++) effect[k] = 0.0;
    for (int i = 0; i < n_items; i++) {
        const double *r0 = x0 + (size_t)i * n_factors, *rT = xT + (size_t)i * n_factors;
        pp_status st = check_row(r0, n_factors, i, "0", err);
        if (st == PP_OK) st = check_row(rT, n_factors, i, "T", err);
        if (st != PP_OK) return st;
        double v0 = row_product(r0, n_factors), vT = row_product(rT, n_factors);
        if (v0 > 0.0 && vT > 0.0) {
            double w = lmdi_logmean(vT, v0);
            for (int k = 0; k < n_factors; k++) effect[k] += w * log(rT[k] / r0[k]);
        } else if (v0 > 0.0 || vT > 0.0) {
            add_zero_limit(r0, rT, n_factors, v0, vT, effect);
        }
    }
    return PP_OK;
}

/* ---- the CO2 identity of run results ---- */

enum { N_SECTORS = 7, N_FUELS = 3, N_FACTORS = 6 };

static const char *const effect_names[LMDI_EFFECT_COUNT] = {
    "activity", "structure", "intensity", "conversion", "fuel_mix", "emission_factor",
    "process", "other",
};

static const int sector_var[N_SECTORS] = {
    RV_FIN_AGRI, RV_FIN_HEAVY, RV_FIN_OTHERIND, RV_FIN_HIGHTECH,
    RV_FIN_SERVICES, RV_FIN_TRANSPORT, RV_FIN_HOUSE,
};
static const int fuel_energy_var[N_FUELS] = {RV_COAL, RV_OIL, RV_GAS};
static const int fuel_co2_var[N_FUELS] = {RV_CO2_COAL, RV_CO2_OIL, RV_CO2_GAS};

const char *lmdi_effect_name(int e)
{
    return (e >= 0 && e < LMDI_EFFECT_COUNT) ? effect_names[e] : NULL;
}

/* One state (a run in a year) reduced to the numbers the identity needs. */
typedef struct {
    double gdp, share[N_SECTORS], fin[N_SECTORS], fin_total, energy;
    double fuel[N_FUELS], co2_fuel[N_FUELS], co2, process;
} co2_state;

/* r's value of var in year y (y already checked to be inside the run). */
static double at(const run_result *r, int var, int y) { return r->v[var][y - r->first_year]; }

/* Value-added share of GDP (fraction) of each sector's activity. Transport and households are
 * not value-added sectors: their energy is set against all of GDP, so their share is 1. */
static void state_shares(const run_result *r, int y, double *share)
{
    double sec = at(r, RV_SHARE_SECONDARY, y) / 100.0;
    share[0] = at(r, RV_SHARE_PRIMARY, y) / 100.0;
    share[1] = sec * at(r, RV_IND_HEAVY, y) / 100.0;
    share[2] = sec * at(r, RV_IND_OTHER, y) / 100.0;
    share[3] = sec * at(r, RV_IND_HIGHTECH, y) / 100.0;
    share[4] = at(r, RV_SHARE_TERTIARY, y) / 100.0;
    share[5] = 1.0;
    share[6] = 1.0;
}

static pp_status state_read(const run_result *r, int y, co2_state *st, pp_error *err)
{
    if (!r || y < r->first_year || y > r->end_year)
        return pp_error_set(err, PP_ERR_USAGE, YEAR_OUTSIDE_RUN, PP_I(y), PP_I(r ? r->first_year : 0),
                            PP_I(r ? r->end_year : 0));
    st->gdp = at(r, RV_GDP, y);
    state_shares(r, y, st->share);
    st->fin_total = 0.0;
    for (int i = 0; i < N_SECTORS; i++) {
        st->fin[i] = at(r, sector_var[i], y);
        st->fin_total += st->fin[i];
    }
    st->energy = at(r, RV_ENERGY, y);
    for (int j = 0; j < N_FUELS; j++) {
        st->fuel[j] = at(r, fuel_energy_var[j], y);
        st->co2_fuel[j] = at(r, fuel_co2_var[j], y);
    }
    st->co2 = at(r, RV_CO2, y);
    st->process = at(r, RV_CO2_PROCESS, y);
    if (!(st->gdp > 0.0) || !(st->fin_total > 0.0) || !(st->energy > 0.0))
        return pp_error_set(err, PP_ERR_INPUT, LMDI_NOT_POSITIVE, PP_I(y), PP_G(st->gdp), PP_G(st->fin_total),
                            PP_G(st->energy));
    return PP_OK;
}

/* A ratio whose denominator may be zero: num/den, or `other` (the other state's ratio, so that a
 * sector or fuel that appears counts as structure or mix) when both are zero. */
static pp_status safe_ratio(double num, double den, double other, pp_msg_id what, double *out,
                            pp_error *err)
{
    if (den > 0.0) { *out = num / den; return PP_OK; }
    if (num == 0.0) { *out = (other > 0.0 && isfinite(other)) ? other : 1.0; return PP_OK; }
    return pp_error_set(err, PP_ERR_INPUT, LMDI_ZERO_BASE, PP_M(what), PP_G(num));
}

/* Raw ratio used as the "other state" fallback: NAN when undefined. */
static double raw_ratio(double num, double den) { return den > 0.0 ? num / den : NAN; }

/* Factor rows (sector i x fuel j) of one state; `o` is the other state (for zero fallbacks). */
static pp_status state_factors(const co2_state *s, const co2_state *o, double *x, pp_error *err)
{
    for (int i = 0; i < N_SECTORS; i++) {
        double act = s->gdp * s->share[i], intensity = 0.0, other = raw_ratio(o->fin[i], o->gdp * o->share[i]);
        pp_status st = safe_ratio(s->fin[i], act, other, PPM_LMDI_SECTOR_ENERGY, &intensity, err);
        if (st != PP_OK) return st;
        for (int j = 0; j < N_FUELS; j++) {
            double *row = x + (size_t)(i * N_FUELS + j) * N_FACTORS, ef = 0.0;
            st = safe_ratio(s->co2_fuel[j], s->fuel[j], raw_ratio(o->co2_fuel[j], o->fuel[j]),
                            PPM_LMDI_FUEL_CO2, &ef, err);

            if (st != PP_OK) return st;
            row[0] = s->gdp;
            row[1] = s->share[i];
            row[2] = intensity;
            row[3] = s->energy / s->fin_total;
            row[4] = s->fuel[j] / s->energy;
            row[5] = ef;
        }
    }
    return PP_OK;
}

static void fill_totals(const co2_state *s0, const co2_state *sT, lmdi_co2 *out)
{
    double fuels0 = 0.0, fuelsT = 0.0, sum = 0.0;
    for (int j = 0; j < N_FUELS; j++) { fuels0 += s0->co2_fuel[j]; fuelsT += sT->co2_fuel[j]; }
    out->co2_from_mt = s0->co2;
    out->co2_to_mt = sT->co2;
    out->total_mt = sT->co2 - s0->co2;
    out->effect_mt[LMDI_PROCESS] = sT->process - s0->process;
    out->effect_mt[LMDI_OTHER] = (sT->co2 - fuelsT - sT->process) - (s0->co2 - fuels0 - s0->process);
    for (int e = 0; e < LMDI_EFFECT_COUNT; e++) sum += out->effect_mt[e];
    out->residual_mt = out->total_mt - sum;
}

pp_status lmdi_co2_decompose(const run_result *a, int year_a, const run_result *b, int year_b,
                             lmdi_co2 *out, pp_error *err)
{
    enum { N_ITEMS = N_SECTORS * N_FUELS };
    co2_state s0, sT;
    double x0[N_ITEMS * N_FACTORS], xT[N_ITEMS * N_FACTORS], eff[N_FACTORS];
    pp_status st = state_read(a, year_a, &s0, err);
    if (st == PP_OK) st = state_read(b, year_b, &sT, err);
    if (st == PP_OK) st = state_factors(&s0, &sT, x0, err);
    if (st == PP_OK) st = state_factors(&sT, &s0, xT, err);
    if (st == PP_OK) st = lmdi_additive(N_ITEMS, N_FACTORS, x0, xT, eff, err);
    if (st != PP_OK) return st;
    out->year_from = year_a;
    out->year_to = year_b;
    for (int k = 0; k < N_FACTORS; k++) out->effect_mt[k] = eff[k];
    fill_totals(&s0, &sT, out);
    return PP_OK;
}
