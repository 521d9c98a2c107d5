/* sim/model/primary.c - the fuel burnt in the province: final use plus power and heat plants.
 * The energy balance and the emissions both take it from here, so a fuel left out of one is
 * left out of both and a test on either catches it. Never prints. */
#include "model.h"

void model_primary_fuel(const dem_year *d, const power_year *p, double out[FUEL_COUNT])
{
    for (int f = 0; f < FUEL_COUNT; f++)
        out[f] = model_fuel_get(f)->fossil ? d->fuel_mtce[f] + p->fuel_mtce[f] : 0.0;
}
