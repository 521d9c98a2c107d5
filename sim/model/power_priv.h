/* sim/model/power_priv.h - what power.c and power_build.c share: the gaps of a year's system and
 * the sizing of the new build that closes them. Internal to the power step. */
#ifndef PEAKPATH_SIM_POWER_PRIV_H
#define PEAKPATH_SIM_POWER_PRIV_H

#include "model.h"

/* Signed gaps of a system: positive = short. energy_twh: demand less everything that could be
 * supplied with dispatchable plants at their maximum hours; firm_gw: peak x (1 + reserve margin)
 * less firm capacity. */
typedef struct {
    double energy_twh;
    double firm_gw;
} power_gap;

/* Full-load hours a must-run technology makes in `year` (hydro times the water-year factor). */
double power_mustrun_hours(const model_inputs *in, int tech, int year);

/* Adds to add[] (GW by new-build option) the new-build mix of `year` that closes both gaps in
 * *gap, and lowers *gap by what it adds. Coal is limited to coal_room_gw (0: no coal); the share
 * coal cannot take goes to the other options. A gap the mix cannot close (no option with energy,
 * or none with firm capacity) is left in *gap. */
void power_fill_gap(const model_inputs *in, int year, double coal_room_gw, power_gap *gap, double add[BUILD_COUNT]);

#endif
