/* sim/model/power.c - power capacity by technology (solar and wind on S-curves, coal with its retirement
 * programme), generation at full-load hours, net imports, and coal and gas filling what is left;
 * also the fuel burnt to supply final heat. Never prints. */
#include "model.h"


/* Coal capacity retired by the programme up to `year` (never more than the planned fleet). */
static double coal_retired(const model_inputs *in, int year)
{
    double planned = model_at(in, P_POWER_COAL_GW, year);
    double from = model_scalar(in, P_POWER_COAL_RETIRE_FROM);
    double retired = year >= from ? model_scalar(in, P_POWER_COAL_RETIRE_RATE) * (year - from + 1) : 0;
    return retired < planned ? retired : planned;
}

static void capacities(const model_inputs *in, int year, double cap[TECH_COUNT])
{
    cap[TECH_HYDRO] = model_at(in, P_POWER_HYDRO_GW, year);
    cap[TECH_SOLAR] = model_at(in, P_POWER_SOLAR_GW, year); /* on its S-curve already (inputs.c) */
    cap[TECH_WIND] = model_at(in, P_POWER_WIND_GW, year);
    cap[TECH_BIOMASS] = model_at(in, P_POWER_BIOMASS_GW, year);
    cap[TECH_NUCLEAR] = model_at(in, P_POWER_NUCLEAR_GW, year);
    cap[TECH_GAS] = model_at(in, P_POWER_GAS_GW, year);
    cap[TECH_COAL] = model_at(in, P_POWER_COAL_GW, year) - coal_retired(in, year);
}

/* GW x h = GWh; a thousandth of that is TWh. */
static double gen_twh(double cap_gw, double hours) { return cap_gw * hours / 1000.0; }

/* Coal is the swing supplier: it covers what must-run generation, gas and planned imports leave,
 * up to its fleet's maximum hours. Beyond that, by default, coal capacity is built (and kept):
 * had the gap been imported instead, the fleet's ceiling would cap emissions and make a "peak"
 * that comes later when demand grows slower, the opposite of what efficiency does. With
 * coal_fills_gap = 0 the gap is imported. A surplus first idles gas, then is sent out of the
 * province (lowering net imports). */
static void dispatch_coal(const model_inputs *in, power_year *p, double residual, double *added_gw)
{
    double hours = model_scalar(in, P_POWER_COAL_MAX_HOURS);
    double max_twh = gen_twh(p->cap_gw[TECH_COAL] + *added_gw, hours);
    p->import_extra_twh = 0;
    if (residual > max_twh) {
        if (model_scalar(in, P_POWER_COAL_FILLS_GAP) != 0) {
            *added_gw += (residual - max_twh) * 1000.0 / hours;
            max_twh = residual;
        } else {
            p->import_extra_twh = residual - max_twh;
        }
    }
    p->cap_gw[TECH_COAL] += *added_gw;
    p->coal_added_gw = *added_gw;
    if (residual >= 0) {
        p->gen_twh[TECH_COAL] = residual < max_twh ? residual : max_twh;
    } else {
        double surplus = -residual;
        double cut = surplus < p->gen_twh[TECH_GAS] ? surplus : p->gen_twh[TECH_GAS];
        p->gen_twh[TECH_GAS] -= cut;
        p->import_twh -= surplus - cut;
        p->gen_twh[TECH_COAL] = 0;
    }
    p->coal_hours = p->cap_gw[TECH_COAL] > 0 ? p->gen_twh[TECH_COAL] * 1000.0 / p->cap_gw[TECH_COAL] : 0;
}

static void heat_supply(const model_inputs *in, int year, const dem_year *d, power_year *p)
{
    double fuel = d->fuel_mtce[FUEL_HEAT] / (model_scalar(in, P_POWER_HEAT_EFF) / 100.0);
    double gas_frac = model_at(in, P_POWER_HEAT_GAS, year) / 100.0;
    p->heat_gas_mtce = fuel * gas_frac;
    p->heat_coal_mtce = fuel - p->heat_gas_mtce;
}

/* The fields the balance and the emissions read: fuel burnt in power and heat plants, and the
 * non-fossil part and embodied CO2 of the imports taken (all of them count as non-fossil here). */
static void plant_fuel_and_imports(const model_inputs *in, int year, power_year *p)
{
    double imports = p->import_twh + p->import_extra_twh;
    for (int f = 0; f < FUEL_COUNT; f++) p->fuel_mtce[f] = 0;
    /* TWh x gce/kWh = 1e9 kWh x 1e-6 tce... = Mtce per 1000 */
    p->fuel_mtce[FUEL_COAL] = p->gen_twh[TECH_COAL] * model_at(in, P_POWER_COAL_RATE, year) / 1000.0
                            + p->heat_coal_mtce;
    p->fuel_mtce[FUEL_GAS] = p->gen_twh[TECH_GAS] * model_scalar(in, P_POWER_GAS_RATE) / 1000.0
                           + p->heat_gas_mtce;
    p->import_nonfossil_twh = imports > 0 ? imports : 0;
    /* TWh x kg CO2/kWh = 1e9 kWh x kg = Mt */
    p->import_co2_mt = imports > 0 ? imports * model_at(in, P_POWER_IMPORT_EF, year) : 0;
    p->ccus_mt = 0;
}

void power_year_step(const model_inputs *in, int year, const dem_year *d, double import_offset_twh,
                     double *added_gw, power_year *p)
{
    static const int hours_key[TECH_GAS + 1] = {
        P_POWER_HYDRO_HOURS, P_POWER_SOLAR_HOURS, P_POWER_WIND_HOURS, P_POWER_BIOMASS_HOURS,
        P_POWER_NUCLEAR_HOURS, P_POWER_GAS_HOURS,
    };
    double final_twh = d->fuel_mtce[FUEL_ELEC] / KGCE_PER_KWH_CALORIFIC; /* Mtce / (Mtce/TWh) */
    double residual;

    capacities(in, year, p->cap_gw);
    p->demand_twh = final_twh / (1.0 - model_at(in, P_POWER_LOSS, year) / 100.0);
    /* a retirement programme buys the retired plants' output from other grids instead, so
     * retiring coal lowers local CO2 rather than being rebuilt by the swing supplier below */
    p->import_twh = model_at(in, P_POWER_IMPORT_TWH, year) + import_offset_twh
                  + gen_twh(coal_retired(in, year), model_scalar(in, P_POWER_COAL_RETIRE_HOURS));
    residual = p->demand_twh - p->import_twh;
    for (int t = 0; t <= TECH_GAS; t++) {
        p->gen_twh[t] = gen_twh(p->cap_gw[t], model_at(in, hours_key[t], year));
        residual -= p->gen_twh[t];
    }
    dispatch_coal(in, p, residual, added_gw);
    heat_supply(in, year, d, p);
    plant_fuel_and_imports(in, year, p);
}
