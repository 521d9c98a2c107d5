/* sim/model/energy_balance.c - total energy use and its shares, by the coal-equivalent method of
 * Chinese statistics: fossil fuels burnt in the province at calorific value, primary electricity
 * (hydro, solar, wind, biomass, nuclear) and counted net imports at the year's thermal supply coal
 * rate; imports split into their non-fossil part and their fossil part. docs/model.md section 5.
 * Never prints. */
#include "model.h"

/* What each technology sends out of the province when net imports are negative (exports_twh > 0):
 * the dedicated shares first (power.export_<tech>_pct of its output, e.g. a hydro station on a line
 * to East China), scaled down when they exceed the net exports; the rest of the exports is taken
 * in proportion to what local plants generate beyond that, since that is what is sent out. */
static void exports_by_tech(const model_inputs *in, int year, const power_year *p, double exports_twh,
                            double out[TECH_COUNT])
{
    static const int share_key[TECH_COUNT] = {
#define POWER_TECH(tok, ...) P_POWER_EXPORT_##tok,
#include "power_table.h"
#undef POWER_TECH
    };
    double dedicated = 0, rest = 0, scale, left;
    for (int t = 0; t < TECH_COUNT; t++) {
        out[t] = p->gen_twh[t] * model_at(in, share_key[t], year) / 100.0;
        dedicated += out[t];
    }
    scale = dedicated > exports_twh ? exports_twh / dedicated : 1.0;
    for (int t = 0; t < TECH_COUNT; t++) {
        out[t] *= scale;
        rest += p->gen_twh[t] - out[t];
    }
    left = exports_twh - dedicated * scale;
    if (left > rest) left = rest;
    if (left <= 0 || rest <= 0) return;
    for (int t = 0; t < TECH_COUNT; t++) out[t] += left * (p->gen_twh[t] - out[t]) / rest;
}

/* Net exports leave the province's total at the coal-equivalent rate, from the categories of the
 * technologies that send them (exports_by_tech). */
static void deduct_exports(const double sent[TECH_COUNT], double coal_rate, balance_year *b)
{
    for (int t = 0; t < TECH_COUNT; t++) {
        int fuel = power_tech(t)->fuel;
        int cat = fuel == TF_COAL ? FUEL_COAL : fuel == TF_NONE ? BAL_NONFOSSIL : FUEL_GAS;
        b->mtce[cat] -= sent[t] * coal_rate;
    }
}

/* Renewable electricity consumed in the province (the base of the 2022 rule that deducts new
 * renewable consumption from the assessed energy total): local renewable generation plus the
 * non-fossil part of imports; when power is sent out, local generation less the part sent out. */
static double renewable_consumed(const power_year *p, double imports, const double sent[TECH_COUNT])
{
    double renewable = 0;
    for (int t = TECH_HYDRO; t <= TECH_BIOMASS; t++) renewable += p->gen_twh[t];
    if (imports >= 0) return renewable + (p->import_nonfossil_twh < imports ? p->import_nonfossil_twh : imports);
    for (int t = TECH_HYDRO; t <= TECH_BIOMASS; t++) renewable -= sent[t];
    return renewable > 0 ? renewable : 0.0;
}

void balance_year_step(const model_inputs *in, int year, const dem_year *d, const power_year *p,
                       balance_year *b)
{
    double coal_rate = model_at(in, P_POWER_COAL_RATE, year) / 1000.0; /* gce/kWh -> Mtce per TWh */
    double primary_twh = 0, fuel[FUEL_COUNT], sent[TECH_COUNT] = {0};
    double imports = p->import_twh; /* net, all corridors, after any surplus sent out */

    model_primary_fuel(d, p, fuel);
    for (int c = 0; c < BAL_COUNT; c++) b->mtce[c] = c < FUEL_FOSSIL_COUNT ? fuel[c] : 0.0;
    for (int t = TECH_HYDRO; t <= TECH_NUCLEAR; t++) primary_twh += p->gen_twh[t];
    b->mtce[BAL_NONFOSSIL] = primary_twh * coal_rate;
    if (model_scalar(in, P_POWER_IMPORT_COUNTS) != 0) {
        if (imports >= 0) {
            double nonfossil = p->import_nonfossil_twh < imports ? p->import_nonfossil_twh : imports;
            b->mtce[BAL_NONFOSSIL] += nonfossil * coal_rate;
            b->mtce[BAL_IMPORT_FOSSIL] = (imports - nonfossil) * coal_rate;
        } else {
            exports_by_tech(in, year, p, -imports, sent);
            deduct_exports(sent, coal_rate, b);
        }
    } else if (imports < 0) {
        exports_by_tech(in, year, p, -imports, sent);
    }
    b->renewable_twh = renewable_consumed(p, imports, sent);
    b->total_mtce = 0;
    for (int c = 0; c < BAL_COUNT; c++) b->total_mtce += b->mtce[c];
    for (int c = 0; c < BAL_COUNT; c++) b->pct[c] = 100.0 * b->mtce[c] / b->total_mtce;
}
