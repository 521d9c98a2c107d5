/* sim/model/primary.c - the fuel burnt in the province: final use plus power and heat plants.
 * The energy balance and the emissions both take it from here, so a fuel left out of one is
 * left out of both and a test on either catches it. Never prints. */
#include "model.h"

/* The fossil fuels are the first FUEL_FOSSIL_COUNT of the fuel table (model.h numbers them so),
 * so no table look-up is needed: this runs three times a year of every run. */
void model_primary_fuel(const dem_year *d, const power_year *p, double out[FUEL_COUNT])
{
    for (int f = 0; f < FUEL_FOSSIL_COUNT; f++) out[f] = d->fuel_mtce[f] + p->fuel_mtce[f];
    for (int f = FUEL_FOSSIL_COUNT; f < FUEL_COUNT; f++) out[f] = 0.0;
}
