/* sim/model/emissions.c - CO2 by fuel, cement process CO2, CCUS capture, forest sink, gross and net CO2,
 * and the CO2 embodied in imported electricity (reported apart, not in the territorial total).
 * Never prints. */
#include "model.h"


void emis_year_step(const model_inputs *in, int year, const dem_year *d, const power_year *p,
                    emis_year *e)
{
    double coal = d->fuel_mtce[FUEL_COAL] + p->gen_twh[TECH_COAL] * model_at(in, P_POWER_COAL_RATE, year) / 1000.0
                + p->heat_coal_mtce;
    double gas = d->fuel_mtce[FUEL_GAS] + p->gen_twh[TECH_GAS] * model_scalar(in, P_POWER_GAS_RATE) / 1000.0
               + p->heat_gas_mtce;
    double imports = p->import_twh + p->import_extra_twh;
    double capture;

    e->coal_mt = coal * model_scalar(in, P_EMIS_EF_COAL);
    e->oil_mt = d->fuel_mtce[FUEL_OIL] * model_scalar(in, P_EMIS_EF_OIL);
    e->gas_mt = gas * model_scalar(in, P_EMIS_EF_GAS);
    e->energy_mt = e->coal_mt + e->oil_mt + e->gas_mt;
    e->process_mt = model_at(in, P_EMIS_CEMENT_MT, year) * model_at(in, P_EMIS_CEMENT_EF, year);
    e->gross_mt = e->energy_mt + e->process_mt;
    /* capture cannot exceed what is emitted: a CCUS path above it is held at the gross total */
    capture = model_at(in, P_EMIS_CCUS_MT, year);
    e->ccus_mt = capture < e->gross_mt ? capture : e->gross_mt;
    e->sink_mt = model_at(in, P_EMIS_SINK_MT, year);
    e->net_mt = e->gross_mt - e->ccus_mt - e->sink_mt;
    /* TWh x kg CO2/kWh = 1e9 kWh x kg = Mt */
    e->import_mt = imports > 0 ? imports * model_at(in, P_POWER_IMPORT_EF, year) : 0;
}
