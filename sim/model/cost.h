/* sim/model/cost.h - the cost side of the engine (issue 12): the [costs] keys of each power
 * technology and storage (sim/model/cost_table.h), unit costs (cost_power.c; the prices the power
 * step ranks plants by are declared in power_priv.h), end-use equipment (cost_enduse.c) and the pass
 * after the year loop that turns capacity, generation, fuel and capture into investment, annualised
 * capital, O&M, fuel bill, CCUS cost, carbon revenue and stranded coal (cost.c). Constant prices of the
 * scenario's price_base_year, bn CNY unless said otherwise. docs/model.md, "Costs". Internal to
 * sim/; never prints. */
#ifndef PEAKPATH_SIM_COST_H
#define PEAKPATH_SIM_COST_H

#include "model.h"

/* Cost rows: the power technologies (row = TECH_<tok>) then storage (row = TECH_COUNT + STORE_<tok>). */
enum { COST_ROWS = TECH_COUNT + STORE_COUNT };
#define COST_LIFE_MAX 100 /* yr: the schema's most for <name>_life_yr */

/* Schema ids of a row's six keys. */
typedef struct {
    int capex, learn, growth, fom, vom, life;
} cost_keys;
extern const cost_keys cost_rows[COST_ROWS];

/* ---- cost_power.c ---- */

/* Capital recovery factor: r (1+r)^n / ((1+r)^n - 1) with r = rate_pct / 100, n = life_yr > 0;
 * 1 / n when r is 0. Per year. */
double cost_crf(double rate_pct, double life_yr);

/* Learning curve: c0 x (1 - learn_pct/100)^doublings, i.e. c0 (D/D0)^log2(1 - LR) for a deployment
 * ratio D/D0 = 2^doublings. learn_pct in 0..50 (the schema's range). */
double cost_learned(double c0, double learn_pct, double doublings);

/* Capital cost CNY/kW of cost row `row` in `year`: the base-year cost moved along the learning
 * curve by the deployment growth path between price_base_year and `year`. */
double cost_capex(const model_inputs *in, int row, int year);

/* ---- cost_enduse.c ---- */

/* What the end-use pass carries from year to year. */
typedef struct {
    double vehicles_m;       /* road-vehicle stock, million */
    double heat_pump_mtce;   /* the most fuel-equivalent heat served by heat pumps so far, Mtce */
    double green_m2_m;       /* the most green floor area so far, million m2 */
    double elec_pct[SEC_COUNT];      /* last year's electrification of each industrial sector, % */
} cost_enduse_state;

/* Extra end-use investment of `year`, bn CNY (NEVs over combustion vehicles, heat pumps over
 * boilers, green-building premiums, industrial efficiency and electrification), from the year's
 * population (million), final energy by sector (Mtce) and the boiler fuel heat pumps replace
 * (Mtce); 0 in the first year, which starts the state. Years in order. */
double cost_enduse_year(const model_inputs *in, int year, double pop_m, const double sector_mtce[SEC_COUNT],
                        double heat_pump_mtce, cost_enduse_state *st);

/* ---- cost.c ---- */

/* What the cost pass needs of each year that the result rows do not hold (filled during the year
 * loop by cost_note_year; index i = year - first year). */
typedef struct {
    double fuel_mtce[SCN_MAX_YEARS][FUEL_FOSSIL_COUNT]; /* fuel burnt in the province (model_primary_fuel) */
    double plant_co2_mt[SCN_MAX_YEARS];                 /* CO2 power plants emit: the carbon price's base */
    double heat_pump_mtce[SCN_MAX_YEARS];
} cost_notes;

/* The rows the cost pass reads (the year loop's results) and writes, each indexed by year - first
 * year: the caller (run.c) points them into its result table, so this module needs none of it. */
typedef struct {
    const double *cap[COST_ROWS];       /* GW: technologies, then storage */
    const double *gen[TECH_COUNT];      /* TWh */
    const double *pop_m, *sector_mtce[SEC_COUNT], *import_twh, *ccus_mt;
    double *inv[COST_ROWS];             /* bn CNY a year, by row */
    double *inv_power, *inv_enduse, *inv_total, *capital, *om, *fuel, *ccus, *system;
    double *carbon_price, *carbon_revenue, *stranded_gw, *stranded_bn;
} cost_io;

/* Records year i's fuel burnt, power plants' CO2 and heat-pump heat. Cannot fail. */
void cost_note_year(cost_notes *nt, int i, const dem_year *d, const power_year *p);

/* The cost rows of years 0..n-1 from the year loop's results (docs/model.md, "Costs"): each
 * technology's capacity followed by build year over the whole run (so its state stays in
 * registers), then end use, fuel, CCUS, carbon and the totals. Cannot fail. */
void cost_run(const model_inputs *in, const cost_notes *nt, const cost_io *io, int n);

/* Present value in `base_year` of v[i] (year first + i) over base_year..last: sum v / (1+r)^(year-base). */
double cost_npv(const double *v, int first, int base_year, int last, double rate_pct);

#endif
