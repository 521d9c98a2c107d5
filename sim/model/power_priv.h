/* sim/model/power_priv.h - what power.c and power_build.c share: the inputs of one year read once
 * (power_ctx: the step evaluates the system up to three times a year for the build-or-not
 * shadow, so nothing that does not change between those evaluations is looked up twice), the gaps
 * of a year's system and the sizing of the new build that closes them. Internal to the power step. */
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

/* One year's inputs of the power step, in the key's units unless said otherwise. */
typedef struct {
    const power_state *st;            /* the run's constants (read_constants in power.c) */
    int year;
    int hist;                         /* 1: year <= hist_end_year (what happened: nothing is built) */
    int surplus_export;               /* power.surplus_export */
    int order[TECH_COUNT + 1], n_dispatch; /* dispatchable technologies in merit order, cheapest first;
                                       POWER_MARKET stands for market imports when there are any */
    double market_top_twh;            /* power.import_market_twh of the year (0: not in the order) */
    double final_twh;                 /* final electricity use */
    double demand_base_twh;           /* final_twh grossed up by grid losses (storage losses come on top) */
    double cap_plan[TECH_COUNT];      /* planned capacity, clamped at 0, nuclear only from its first year */
    double run_hours[TECH_COUNT];     /* must-run: hours made (hydro x water year) */
    double floor_hours[TECH_COUNT];   /* dispatchable: least hours of the planned fleet (0 without a key) */
    double max_hours[TECH_COUNT];     /* dispatchable: most hours in the merit order */
    double credit_pct[TECH_COUNT];
    double store_plan[STORE_COUNT], store_hours[STORE_COUNT], store_loss[STORE_COUNT]; /* loss: 100/eff - 1 */
    double store_credit_pct[STORE_COUNT];
    double corr_twh[CORR_COUNT], corr_gw[CORR_COUNT]; /* contracted (water year and calibration offset in) */
    double import_hours, import_credit;              /* build_import_hours; import_credit_pct / 100 */
    double peak_den;                  /* 8760 x load factor / 100: TWh x 1000 / peak_den = peak GW */
    double reserve_mul;               /* 1 + reserve margin / 100 */
    /* the terms of technologies and storage no new-build option adds to (and, for technologies,
     * not coal, which retirement moves): the same in every evaluation of the year, so computed once */
    double floor_fixed[TECH_COUNT], gen_fixed[TECH_COUNT], firm_fixed[TECH_COUNT];
    double loss_fixed[STORE_COUNT], firm_store_fixed[STORE_COUNT];
    /* the new-build options: weights (carbon-price response applied) and what one GW adds */
    double build_w[BUILD_COUNT], build_twh[BUILD_COUNT], build_firm[BUILD_COUNT];
} power_ctx;

/* The prices the power step ranks plants by (defined in sim/model/cost_power.c, which reads the
 * [costs] keys; declared here so that the power step does not depend on the cost step):
 * cost_srmc: short-run cost of dispatchable technology `tech` in `year`, CNY/kWh = heat rate x fuel
 *   price + variable O&M + carbon price x CO2 per kWh;
 * cost_build_lcoe: levelised cost of a new plant of `tech` built in `year` and run `hours` a year,
 *   CNY/kWh = capital x CRF / hours + fixed O&M / hours + the short-run cost at carbon_cny_t. */
double cost_srmc(const model_inputs *in, int tech, int year, double carbon_cny_t);
double cost_build_lcoe(const model_inputs *in, int tech, int year, double hours, double carbon_cny_t);
/* cost_market_srmc: electricity bought from other grids' markets, CNY/kWh = import price + carbon
 * price x CO2 per kWh of the "other" corridor (its fossil part at import_other_ef_kg_kwh). */
double cost_market_srmc(const model_inputs *in, int year, double carbon_cny_t);

#define POWER_MARKET TECH_COUNT /* market imports' place in power_ctx.order */

/* Fills the new-build part of *cx (build_w, build_twh, build_firm) for cx->year; power.c calls it
 * once a year after the rest of the context. */
void power_build_prepare(const model_inputs *in, power_ctx *cx);

/* Adds to add[] (GW by new-build option) the new-build mix of the context's year that closes both
 * gaps in *gap, and lowers *gap by what it adds. Coal is limited to coal_room_gw (0: no coal); the
 * share coal cannot take goes to the other options. A gap the mix cannot close (no option with
 * energy, or none with firm capacity) is left in *gap. */
void power_fill_gap(const power_ctx *cx, double coal_room_gw, power_gap *gap, double add[BUILD_COUNT]);

#endif
