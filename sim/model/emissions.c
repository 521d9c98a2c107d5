/* sim/model/emissions.c - CO2 by fuel burnt, cement process CO2, capture at source (power plants,
 * cement and heavy industry), forest sink, gross and net CO2, and the CO2 embodied in imported
 * electricity (reported apart, not in the territorial total). docs/model.md section 6. Never prints. */
#include "model.h"

/* The fossil fuels' CO2-factor keys (the fuel table's ef_key), as this file's constants: read in
 * every year of every run, without a call into the table's file. */
static const int ef_key[FUEL_FOSSIL_COUNT] = {
#define PP_FOSSIL(ID, key, En, en, zh, zh_final, ef, off) ef,
#define PP_CARRIER(ID, key, en, zh_final, off)
#include "fuels_list.h"
#undef PP_FOSSIL
#undef PP_CARRIER
};

/* CO2 the cement and heavy-industry plants could capture: cement's process CO2 and kiln fuel, and
 * the direct fuel CO2 of the rest of heavy industry. */
static void capturable(const model_inputs *in, const dem_year *d, double process_mt, double *cement_mt,
                       double *cement_fuel_mt, double *industry_mt)
{
    *cement_fuel_mt = *industry_mt = 0;
    for (int f = 0; f < FUEL_FOSSIL_COUNT; f++) {
        double ef = model_scalar(in, ef_key[f]);
        *cement_fuel_mt += d->cement_fuel_mtce[f] * ef;
        *industry_mt += (d->sector_fuel_mtce[SEC_HEAVY][f] - d->cement_fuel_mtce[f]) * ef;
    }
    *cement_mt = process_mt + *cement_fuel_mt;
}

void emis_year_step(const model_inputs *in, int year, const dem_year *d, const power_year *p,
                    emis_year *e)
{
    double fuel[FUEL_COUNT], burnt_mt = 0, process_mt, cement_mt, cement_fuel_mt, industry_mt;
    double want, cement_capture, process_capture;

    model_primary_fuel(d, p, fuel);
    for (int f = 0; f < FUEL_FOSSIL_COUNT; f++) {
        e->fuel_mt[f] = fuel[f] * model_scalar(in, ef_key[f]);
        burnt_mt += e->fuel_mt[f];
    }
    process_mt = model_at(in, P_EMIS_CEMENT_MT, year) * model_at(in, P_EMIS_CEMENT_EF, year);
    capturable(in, d, process_mt, &cement_mt, &cement_fuel_mt, &industry_mt);
    /* industrial capture starts in its start year (no ramp from the first year), cement first
     * (the richest CO2 stream), never more than the plants emit */
    want = year >= model_scalar(in, P_EMIS_CCUS_START) ? model_at(in, P_EMIS_CCUS_MT, year) : 0.0;
    if (want > cement_mt + industry_mt) want = cement_mt + industry_mt;
    cement_capture = want < cement_mt ? want : cement_mt;
    process_capture = cement_mt > 0 ? cement_capture * process_mt / cement_mt : 0.0;
    e->ccus_industry_mt = want;
    e->ccus_mt = want + p->ccus_mt;
    e->energy_mt = burnt_mt - (want - process_capture) - p->ccus_mt;
    e->process_mt = process_mt - process_capture;
    e->gross_mt = e->energy_mt + e->process_mt;
    e->sink_mt = model_at(in, P_EMIS_SINK_MT, year);
    e->net_mt = e->gross_mt - e->sink_mt;
    e->import_mt = p->import_co2_mt;
}
