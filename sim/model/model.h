/* sim/model/model.h - the year-step modules of the engine and the records they pass along: economy ->
 * demand -> power -> energy balance -> emissions. Internal to sim/ (the front ends read run_result). */
#ifndef PEAKPATH_SIM_MODEL_H
#define PEAKPATH_SIM_MODEL_H

#include "../scenario/sim_internal.h"
#include "run.h"

/* Sectors of final demand, in the order of the sector sections of the schema. */
enum { SEC_AGRI, SEC_HEAVY, SEC_OTHERIND, SEC_HIGHTECH, SEC_SERVICES, SEC_TRANSPORT, SEC_HOUSE, SEC_COUNT };
/* Final fuels. Electricity is counted at its calorific value (0.1229 kgce/kWh) in final energy. */
enum { FUEL_COAL, FUEL_OIL, FUEL_GAS, FUEL_ELEC, FUEL_HEAT, FUEL_COUNT };

#define KGCE_PER_KWH_CALORIFIC 0.1229 /* GB/T 2589: 3600 kJ/kWh / 29307.6 kJ/kgce */

/* Schema id of a sector's key: offset 0 intensity, 1 improve_pct, 2 elec, 3 gas, 4 oil, 5 heat. */
int model_sector_param(int sector, int key_offset);

/* ---- inputs.c ---- */
/* Every key's value in every year of a run, interpolated once per run in one sweep per path (the
 * year steps then only look values up: this keeps a run far below the 50 us the TUI needs).
 * Solar and wind capacity are stored already on their S-curves. */
typedef struct {
    const scn_scenario *s;
    int first, last;
    double v[P_COUNT][RUN_MAX_YEARS];
} model_inputs;

void model_inputs_fill(model_inputs *in, const scn_scenario *s, int first, int last);

/* A key's value in a year of the run (first <= year <= last). */
static inline double model_at(const model_inputs *in, int id, int year) { return in->v[id][year - in->first]; }
/* A scalar key's value. */
static inline double model_scalar(const model_inputs *in, int id) { return in->s->path[id].value[0]; }

/* ---- economy.c ---- */
typedef struct {
    double gdp_bn, pop_m;
    double share_primary_pct, share_secondary_pct, share_tertiary_pct;
    double ind_heavy_pct, ind_hightech_pct, ind_other_pct;
    double activity[SEC_COUNT]; /* bn CNY value added (transport: GDP), households: million people */
} econ_year;

/* Real GDP index: idx[i] for year first+i, idx[0] = 1. n = number of years. */
void econ_gdp_index(const model_inputs *in, int n, double *idx);
void econ_year_step(const model_inputs *in, int year, double gdp_bn, econ_year *out);

/* ---- demand.c ---- */
typedef struct {
    double intensity[SEC_COUNT];   /* current intensity, carried from year to year */
} dem_state;
typedef struct {
    double sector_mtce[SEC_COUNT];
    double fuel_mtce[FUEL_COUNT];
    double total_mtce;
} dem_year;

/* Calibration hooks the demand step needs. */
typedef struct {
    double level;       /* multiplier on first-year intensities */
    double trend_pct;   /* extra yearly intensity fall in this year */
    double coal_shift;  /* points moved from gas to coal in industry this year */
} dem_cal;

void dem_init(const model_inputs *in, double level, dem_state *st);
void dem_year_step(const model_inputs *in, int year, const econ_year *e, const dem_cal *cal,
                   dem_state *st, dem_year *out);

/* ---- scurve.c ---- */
/* Capacity in `year` on the logistic S-curve with ceiling k through the path's targets. */
double scurve_at(const pp_path *targets, double k, int year);

/* ---- power.c, power_build.c, power_tables.c ---- */
#include "power.h"

/* ---- primary.c ---- */
/* Fuel burnt in the province, Mtce by fuel (coal, oil, gas; 0 for electricity and heat): final use
 * plus power and heat plants. The one place the energy balance and the emissions get it from. */
void model_primary_fuel(const dem_year *d, const power_year *p, double out[FUEL_COUNT]);

/* ---- energy_balance.c ---- */
typedef struct {
    double coal_mtce, oil_mtce, gas_mtce, nonfossil_mtce, total_mtce;
    double coal_pct, oil_pct, gas_pct, nonfossil_pct;
} balance_year;

void balance_year_step(const model_inputs *in, int year, const dem_year *d, const power_year *p,
                       balance_year *out);

/* ---- emissions.c ---- */
typedef struct {
    double coal_mt, oil_mt, gas_mt, energy_mt, process_mt, gross_mt, ccus_mt, sink_mt, net_mt, import_mt;
} emis_year;

/* CO2 of the fuels burnt in the province (final use, power and heat plants): territorial, so
 * electricity sent out still counts here and bought-in electricity only on the import line. */
void emis_year_step(const model_inputs *in, int year, const dem_year *d, const power_year *p,
                    emis_year *out);

/* ---- run.c ---- */
/* Runs years first..last (last <= end year) with the calibration values given; used by calibration
 * on the historical years and by run_scenario on all of them. */
void run_years(const scn_scenario *s, const double cal_value[CAL_COUNT], int last_year, run_result *out);

#endif
