/* sim/model/emissions.c - CO2 by fuel, cement process CO2, CCUS capture, forest sink, gross and net CO2,
 * and the CO2 embodied in imported electricity (reported apart, not in the territorial total).
 * Never prints. */
#include "model.h"


void emis_year_step(const model_inputs *in, int year, const dem_year *d, const power_year *p,
                    emis_year *e)
{
    double fuel[FUEL_COUNT], capture;

    model_primary_fuel(d, p, fuel);
    e->coal_mt = fuel[FUEL_COAL] * model_scalar(in, P_EMIS_EF_COAL);
    e->oil_mt = fuel[FUEL_OIL] * model_scalar(in, P_EMIS_EF_OIL);
    e->gas_mt = fuel[FUEL_GAS] * model_scalar(in, P_EMIS_EF_GAS);
    e->energy_mt = e->coal_mt + e->oil_mt + e->gas_mt;
    e->process_mt = model_at(in, P_EMIS_CEMENT_MT, year) * model_at(in, P_EMIS_CEMENT_EF, year);
    e->gross_mt = e->energy_mt + e->process_mt;
    /* capture cannot exceed what is emitted: a CCUS path above it is held at the gross total */
    capture = model_at(in, P_EMIS_CCUS_MT, year);
    e->ccus_mt = capture < e->gross_mt ? capture : e->gross_mt;
    e->sink_mt = model_at(in, P_EMIS_SINK_MT, year);
    e->net_mt = e->gross_mt - e->ccus_mt - e->sink_mt;
    e->import_mt = p->import_co2_mt;
}
