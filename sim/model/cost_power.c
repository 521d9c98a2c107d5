/* sim/model/cost_power.c - the unit costs of power plants: the capital recovery factor, the learning
 * curve, a row's capital cost in a year, and the short-run and levelised costs the power step
 * ranks coal, gas and new build by when it prices carbon. The keys of each row come from one line
 * of sim/model/cost_table.h per technology of sim/model/power_table.h. Pure; never prints. */
#include "cost.h"
#include "power_priv.h"

#include <math.h>

const cost_keys cost_rows[COST_ROWS] = {
#define POWER_TECH(tok, ...) [TECH_##tok] = {P_COSTS_##tok##_CAPEX, P_COSTS_##tok##_LEARN, P_COSTS_##tok##_GROWTH, \
                                             P_COSTS_##tok##_FOM, P_COSTS_##tok##_VOM, P_COSTS_##tok##_LIFE},
#define POWER_STORAGE(tok, ...) [TECH_COUNT + STORE_##tok] = {P_COSTS_##tok##_CAPEX, P_COSTS_##tok##_LEARN,         \
                                                              P_COSTS_##tok##_GROWTH, P_COSTS_##tok##_FOM,        \
                                                              P_COSTS_##tok##_VOM, P_COSTS_##tok##_LIFE},
#include "power_table.h"
#undef POWER_TECH
#undef POWER_STORAGE
};

double cost_crf(double rate_pct, double life_yr)
{
    double r = rate_pct / 100.0, g;
    if (life_yr <= 0) return 1.0;
    if (r == 0) return 1.0 / life_yr;
    g = pow(1.0 + r, life_yr);
    return r * g / (g - 1.0);
}

double cost_learned(double c0, double learn_pct, double doublings)
{
    if (learn_pct == 0 || doublings == 0) return c0;
    return c0 * exp(doublings * log1p(-learn_pct / 100.0));
}

/* Doublings of cumulative deployment from price_base_year to `year` (negative before it):
 * log2 of the product of (1 + growth/100) over the years in between. */
static double doublings(const model_inputs *in, int growth_key, int year)
{
    int base = (int)model_scalar(in, P_YEARS_PRICE_BASE);
    double ln = 0;
    for (int t = base + 1; t <= year; t++) ln += log1p(model_at(in, growth_key, t) / 100.0);
    for (int t = year + 1; t <= base; t++) ln -= log1p(model_at(in, growth_key, t) / 100.0);
    return ln / 0.69314718055994530942; /* ln 2 */
}

double cost_capex(const model_inputs *in, int row, int year)
{
    const cost_keys *k = &cost_rows[row];
    double c0 = model_scalar(in, k->capex), lr = model_scalar(in, k->learn);
    return lr == 0 ? c0 : cost_learned(c0, lr, doublings(in, k->growth, year));
}

/* Fuel price of a technology, CNY/tce, and its CO2 factor, t CO2/tce (0 and 0 without fuel). */
static void fuel_of(const model_inputs *in, int tech, int year, double *price, double *ef)
{
    power_fuel f = power_tech(tech)->fuel;
    *price = *ef = 0;
    if (f == TF_COAL) {
        *price = model_at(in, P_COSTS_COAL_PRICE, year);
        *ef = model_scalar(in, P_EMIS_EF_COAL);
    } else if (f == TF_GAS) {
        *price = model_at(in, P_COSTS_GAS_PRICE, year);
        *ef = model_scalar(in, P_EMIS_EF_GAS);
    }
}

double cost_srmc(const model_inputs *in, int tech, int year, double carbon_cny_t)
{
    const power_tech_info *ti = power_tech(tech);
    double price, ef, tce_kwh = 0;
    fuel_of(in, tech, year, &price, &ef);
    if (ti->heat_rate_key >= 0) tce_kwh = model_at(in, ti->heat_rate_key, year) / 1e6; /* gce/kWh -> tce/kWh */
    /* CNY/tce x tce/kWh + CNY/MWh / 1000 + CNY/t x t CO2/tce x tce/kWh */
    return tce_kwh * price + model_scalar(in, cost_rows[tech].vom) / 1000.0 + carbon_cny_t * ef * tce_kwh;
}

double cost_build_lcoe(const model_inputs *in, int tech, int year, double hours, double carbon_cny_t)
{
    const cost_keys *k = &cost_rows[tech];
    double crf = cost_crf(model_scalar(in, P_COSTS_DISCOUNT), round(model_scalar(in, k->life)));
    if (hours <= 0) return HUGE_VAL;
    /* CNY/kW x 1/yr / (h/yr) = CNY/kWh */
    return (cost_capex(in, tech, year) * crf + model_scalar(in, k->fom)) / hours + cost_srmc(in, tech, year, carbon_cny_t);
}

double cost_market_srmc(const model_inputs *in, int year, double carbon_cny_t)
{
    double fossil = 1.0 - model_at(in, P_POWER_IMPORT_OTHER_NONFOSSIL, year) / 100.0;
    /* CNY/t x kg/kWh / 1000 = CNY/kWh */
    return model_at(in, P_COSTS_IMPORT_PRICE, year)
           + carbon_cny_t * fossil * model_at(in, P_POWER_IMPORT_OTHER_EF, year) / 1000.0;
}
