/* sim/model/energy_balance.c - total energy use and its shares, by the coal-equivalent method of
 * Chinese statistics: fossil fuels burnt in the province at calorific value, primary electricity
 * (hydro, solar, wind, biomass, nuclear) and counted net imports at the year's thermal supply coal
 * rate; imports split into their non-fossil part and their fossil part. docs/model.md section 5.
 * Never prints. */
#include "model.h"

/* Net exports (negative imports) leave the province's total at the coal-equivalent rate; they are
 * taken from the categories in proportion to what local plants generate, since that is what is
 * sent out. */
static void deduct_exports(const power_year *p, double export_mtce, balance_year *b)
{
    double local = 0, nonfossil = 0;
    for (int t = 0; t < TECH_COUNT; t++) local += p->gen_twh[t];
    if (local <= 0) return;
    for (int t = TECH_HYDRO; t <= TECH_NUCLEAR; t++) nonfossil += p->gen_twh[t];
    b->mtce[FUEL_COAL] -= export_mtce * p->gen_twh[TECH_COAL] / local;
    b->mtce[FUEL_GAS] -= export_mtce * p->gen_twh[TECH_GAS] / local;
    b->mtce[BAL_NONFOSSIL] -= export_mtce * nonfossil / local;
}

/* Renewable electricity consumed in the province (the base of the 2022 rule that deducts new
 * renewable consumption from the assessed energy total): local renewable generation plus the
 * non-fossil part of imports; when power is sent out, local generation less the part sent out. */
static double renewable_consumed(const power_year *p, double imports)
{
    double local = 0, renewable = 0;
    for (int t = 0; t < TECH_COUNT; t++) local += p->gen_twh[t];
    for (int t = TECH_HYDRO; t <= TECH_BIOMASS; t++) renewable += p->gen_twh[t];
    if (imports >= 0) return renewable + (p->import_nonfossil_twh < imports ? p->import_nonfossil_twh : imports);
    return local > 0 ? renewable * (1.0 + imports / local) : 0.0; /* imports < 0: sent out in proportion */
}

void balance_year_step(const model_inputs *in, int year, const dem_year *d, const power_year *p,
                       balance_year *b)
{
    double coal_rate = model_at(in, P_POWER_COAL_RATE, year) / 1000.0; /* gce/kWh -> Mtce per TWh */
    double primary_twh = 0, fuel[FUEL_COUNT];
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
            deduct_exports(p, -imports * coal_rate, b);
        }
    }
    b->renewable_twh = renewable_consumed(p, imports);
    b->total_mtce = 0;
    for (int c = 0; c < BAL_COUNT; c++) b->total_mtce += b->mtce[c];
    for (int c = 0; c < BAL_COUNT; c++) b->pct[c] = 100.0 * b->mtce[c] / b->total_mtce;
}
