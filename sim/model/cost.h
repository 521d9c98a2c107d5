/* sim/model/cost.h - the cost side of the engine (issue 12): the [costs] keys of each power
 * technology and storage (sim/model/cost_table.h), the costs the power step needs for its merit
 * order and new-build choice (cost_power.c), end-use equipment (cost_enduse.c) and the year step
 * that turns capacity, generation, fuel and capture into investment, annualised capital, O&M,
 * fuel bill, CCUS cost, carbon revenue and stranded coal (cost.c). Constant prices of the
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

/* What the end-use step carries from year to year. */
typedef struct {
    double vehicles_m;       /* road-vehicle stock, million */
    double heat_pump_mtce;   /* fuel-equivalent heat served by heat pumps last year, Mtce */
    double green_m2_m;       /* green floor area last year, million m2 */
    double elec_pct[SEC_COUNT];      /* last year's electrification of each industrial sector, % */
} cost_enduse_state;

/* Extra end-use investment of `year`, bn CNY (NEVs over combustion vehicles, heat pumps over
 * boilers, green-building premiums, industrial efficiency and electrification); 0 in the first
 * year, which starts the state. */
double cost_enduse_year(const model_inputs *in, int year, const econ_year *e, const dem_year *d,
                        cost_enduse_state *st);

/* ---- cost.c ---- */

typedef struct {
    int first, life[COST_ROWS + 1];    /* whole years; the last is end-use equipment */
    double crf[COST_ROWS + 1];
    int head[COST_ROWS];               /* oldest slot that may still hold capacity */
    /* per-run constants and the learning curve: the capital cost moves by (1 + g)^e a year, e =
     * log2(1 - learning rate), recomputed only when the growth g changes */
    int learns[COST_ROWS];
    double capex[COST_ROWS], expo[COST_ROWS], last_g[COST_ROWS], factor[COST_ROWS];
    const double *growth[COST_ROWS];   /* the growth path by year of the run */
    double fom[COST_ROWS], vom[COST_ROWS], out_hours[COST_ROWS]; /* out_hours: storage output h/yr */
    double surviving_gw[COST_ROWS];
    /* capacity by build year: slot (year - first + COST_LIFE_MAX); the first year's fleet is spread
     * evenly over the `life` years before it (an assumption: its age is unknown) */
    double vint_gw[COST_ROWS][COST_LIFE_MAX + SCN_MAX_YEARS];
    double vint_capex[COST_ROWS][COST_LIFE_MAX + SCN_MAX_YEARS];
    double inv_bn[COST_ROWS + 1][SCN_MAX_YEARS]; /* investment by year (the annuities' base) */
    double window_bn[COST_ROWS + 1];   /* investment of the last `life` years, still being repaid */
    double stranded_gw, stranded_bn;
    cost_enduse_state enduse;
} cost_state;

typedef struct {
    double inv_bn[COST_ROWS];
    double inv_power_bn, inv_enduse_bn, inv_total_bn;
    double capital_bn, om_bn, fuel_bn, ccus_bn, system_bn;
    double carbon_price, carbon_revenue_bn;
    double stranded_gw, stranded_bn;   /* cumulative */
} cost_year;

/* Starts the state for a run from in->first (no allocation; the large tables are filled as the
 * years come). The first call of cost_year_step must be for in->first, then years in order. */
void cost_init(const model_inputs *in, cost_state *st);
void cost_year_step(const model_inputs *in, int year, const econ_year *e, const dem_year *d, const power_year *p,
                    const emis_year *em, cost_state *st, cost_year *out);

/* Present value in `base_year` of v[i] (year first + i) over base_year..last: sum v / (1+r)^(year-base). */
double cost_npv(const double *v, int first, int base_year, int last, double rate_pct);

#endif
