/* sim/model/energy_balance.c - total energy use and its coal / oil / gas / non-fossil shares, by the
 * coal-equivalent method of Chinese statistics: fossil fuels at calorific value, primary
 * electricity (hydro, solar, wind, biomass, nuclear) and counted net imports at the year's thermal
 * supply coal rate. Never prints. */
#include "model.h"


/* Net exports (negative imports) leave the province's total at the coal-equivalent rate; they are
 * taken from the fuels in proportion to what local plants generate, since that is what is sent out. */
static void deduct_exports(const power_year *p, double export_mtce, balance_year *b)
{
    double local = 0, nonfossil = 0;
    for (int t = 0; t < TECH_COUNT; t++) local += p->gen_twh[t];
    if (local <= 0) return;
    for (int t = TECH_HYDRO; t <= TECH_NUCLEAR; t++) nonfossil += p->gen_twh[t];
    b->coal_mtce -= export_mtce * p->gen_twh[TECH_COAL] / local;
    b->gas_mtce -= export_mtce * p->gen_twh[TECH_GAS] / local;
    b->nonfossil_mtce -= export_mtce * nonfossil / local;
}

void balance_year_step(const model_inputs *in, int year, const dem_year *d, const power_year *p,
                       balance_year *b)
{
    double coal_rate = model_at(in, P_POWER_COAL_RATE, year) / 1000.0; /* gce/kWh -> Mtce per TWh */
    double primary_twh = 0, fuel[FUEL_COUNT];
    double imports = p->import_twh + p->import_extra_twh;

    model_primary_fuel(d, p, fuel);
    for (int t = TECH_HYDRO; t <= TECH_NUCLEAR; t++) primary_twh += p->gen_twh[t];
    b->coal_mtce = fuel[FUEL_COAL];
    b->oil_mtce = fuel[FUEL_OIL];
    b->gas_mtce = fuel[FUEL_GAS];
    b->nonfossil_mtce = primary_twh * coal_rate;
    if (model_scalar(in, P_POWER_IMPORT_COUNTS) != 0) {
        if (imports >= 0) b->nonfossil_mtce += p->import_nonfossil_twh * coal_rate;
        else deduct_exports(p, -imports * coal_rate, b);
    }
    b->total_mtce = b->coal_mtce + b->oil_mtce + b->gas_mtce + b->nonfossil_mtce;
    b->coal_pct = 100.0 * b->coal_mtce / b->total_mtce;
    b->oil_pct = 100.0 * b->oil_mtce / b->total_mtce;
    b->gas_pct = 100.0 * b->gas_mtce / b->total_mtce;
    b->nonfossil_pct = 100.0 - b->coal_pct - b->oil_pct - b->gas_pct; /* shares add to 100 exactly */
}
