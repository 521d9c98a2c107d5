/* sim/model/model.h - the year-step modules of the engine and the records they pass along: economy ->
 * demand -> power -> energy balance -> emissions. Internal to sim/ (the front ends read run_result). */
#ifndef PEAKPATH_SIM_MODEL_H
#define PEAKPATH_SIM_MODEL_H

#include "../scenario/sim_internal.h"

/* Sectors of final demand, in the order of sim/model/sectors_list.h (and of the schema's sections). */
enum {
#define PP_SECTOR_ROW(ID, sec, en, zh, iunit, ilo, ihi, lever, ratio, src) SEC_##ID,
#include "sectors_list.h"
#undef PP_SECTOR_ROW
    SEC_COUNT
};
/* Final fuels, in the order of sim/model/fuels_list.h: the fossil fuels first. Electricity is
 * counted at its calorific value (0.1229 kgce/kWh) in final energy. */
enum {
#define PP_FOSSIL(ID, key, En, en, zh, zh_final, ef_key, off) FUEL_##ID,
#define PP_CARRIER(ID, key, en, zh_final, off)
#include "fuels_list.h"
#undef PP_FOSSIL
#undef PP_CARRIER
    FUEL_FOSSIL_COUNT,
    FUEL_FOSSIL_END_ = FUEL_FOSSIL_COUNT - 1, /* so the carriers number on from the fossils */
#define PP_FOSSIL(ID, key, En, en, zh, zh_final, ef_key, off)
#define PP_CARRIER(ID, key, en, zh_final, off) FUEL_##ID,
#include "fuels_list.h"
#undef PP_FOSSIL
#undef PP_CARRIER
    FUEL_COUNT
};

#define KGCE_PER_KWH_CALORIFIC 0.1229 /* GB/T 2589: 3600 kJ/kWh / 29307.6 kJ/kgce */
#define MJ_PER_KWH 3.6

/* ---- tables.c: what the fuel and sector tables say ---- */
/* Schema id of a sector's key: offset 0 intensity, 1 improve_pct, 2 elec, 3 gas, 4 oil, 5 heat,
 * 6 elec_ratio (the order of PP_SECTOR in params_list.h; tables.c asserts it). */
enum { SK_INTENSITY, SK_IMPROVE, SK_ELEC, SK_GAS, SK_OIL, SK_HEAT, SK_ELEC_RATIO, SK_COUNT };
extern const int model_sector_first_key[SEC_COUNT]; /* P_<ID>_INTENSITY of each sector */
static inline int model_sector_param(int sector, int key_offset) { return model_sector_first_key[sector] + key_offset; }

typedef struct {
    const char *key;   /* column stem: "coal" */
    int fossil;        /* burnt in the province, emits CO2 */
    int ef_key;        /* schema id of its CO2 factor, -1 for carriers */
    int share_offset;  /* SK_* of its share key in a sector, -1 for the fuel taking the rest */
} model_fuel;
/* The fuel table's line for fuel f (0 <= f < FUEL_COUNT). */
const model_fuel *model_fuel_get(int f);

/* ---- inputs.c ---- */
/* Every path key's value in every year of a run: the scenario keeps them interpolated (Steffen,
 * linear, S-curves, share slack normalised; sim/scenario/path_interp.c) whenever a path changes,
 * so a run only looks values up and copies nothing. row[id][0] is the run's first year. */
typedef struct {
    const scn_scenario *s;
    int first, last;
    const double *row[P_COUNT];
} model_inputs;

void model_inputs_fill(model_inputs *in, const scn_scenario *s, int first, int last);

/* A key's value in a year of the run (first <= year <= last); any numeric kind. */
static inline double model_at(const model_inputs *in, int id, int year) { return in->row[id][year - in->first]; }
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
    double intensity[SEC_COUNT]; /* current intensity (heavy industry: without cement), carried on */
    double demand0_inv[SEC_COUNT]; /* 1 / the end-use factor D of the first year (docs/model.md section 3) */
    double nev_stock;            /* NEV share of the road-vehicle stock, fraction */
    /* scalars read once per run (the year loop is the TUI's inner loop) */
    double elec_ratio[SEC_COUNT];  /* end-use ratio r of each sector */
    double heating_frac, heat_pump_ratio, ev_ratio, scrap_frac;
    /* the fuels whose share of the non-electric rest a sector's keys give (fuel order; coal takes
     * what they leave) and each sector's key for them */
    int n_shared, shared_fuel[FUEL_COUNT], share_id[SEC_COUNT][FUEL_COUNT];
    int improve_id[SEC_COUNT];     /* each sector's improve_pct key */
    double bfac0;                  /* the buildings' green factor of the first year */
} dem_state;
typedef struct {
    double sector_mtce[SEC_COUNT];
    double sector_fuel_mtce[SEC_COUNT][FUEL_COUNT];
    double cement_fuel_mtce[FUEL_COUNT]; /* cement's part of heavy industry (coal and electricity) */
    double fuel_mtce[FUEL_COUNT];
    double total_mtce;
    double nev_stock_pct;                /* NEV share of the road-vehicle stock, % */
    double heat_pump_mtce;               /* fuel a boiler would burn for the heat heat pumps serve, Mtce */
} dem_year;

/* Calibration hooks the demand step needs. */
typedef struct {
    double level;       /* multiplier on first-year intensities */
    double trend_pct;   /* extra yearly intensity fall in this year */
    double coal_shift;  /* points of the non-electric part moved from gas to coal in industry */
} dem_cal;

/* Starts the carried state; the first call of dem_year_step must be for in->first. */
void dem_init(const model_inputs *in, double level, dem_state *st);
/* Multiplies one sector's first-year intensity by factor on top of the level, after dem_init (the
 * oil-share calibration scales transport's). */
void dem_scale_intensity(dem_state *st, int sector, double factor);
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
/* Categories of total energy use: the fossil fuels (FUEL_COAL...), then non-fossil (local primary
 * electricity and the non-fossil part of net imports) and the fossil part of net imports. */
enum { BAL_NONFOSSIL = FUEL_FOSSIL_COUNT, BAL_IMPORT_FOSSIL, BAL_COUNT };
typedef struct {
    double mtce[BAL_COUNT]; /* coal-equivalent method, Mtce */
    double pct[BAL_COUNT];  /* 100 x mtce / total, each computed on its own */
    double total_mtce;
    double renewable_twh;   /* renewable electricity consumed: local hydro, solar, wind, biomass and the
                               non-fossil part of imports (less its share of what is sent out) */
} balance_year;

/* Total energy use by the coal-equivalent method of Chinese statistics (docs/model.md section 5). */
void balance_year_step(const model_inputs *in, int year, const dem_year *d, const power_year *p,
                       balance_year *out);

/* ---- emissions.c ---- */
typedef struct {
    double fuel_mt[FUEL_FOSSIL_COUNT]; /* CO2 of the fuel burnt, before any capture */
    double energy_mt;        /* energy CO2 emitted: fuel CO2 less what is captured of it */
    double process_mt;       /* cement process CO2 emitted (after capture) */
    double gross_mt;         /* energy + process: what the province emits */
    double ccus_mt;          /* captured at source: power plants + cement and industry */
    double ccus_industry_mt; /* of which at cement and heavy-industry plants */
    double sink_mt, net_mt;  /* net = gross - sink */
    double import_mt;        /* CO2 embodied in net imports (not in gross) */
} emis_year;

/* CO2 of the fuels burnt in the province (final use, power and heat plants): territorial, so
 * electricity sent out still counts here and bought-in electricity only on the import line.
 * Capture at power plants (p->ccus_mt) and at cement and industry plants is taken off. */
void emis_year_step(const model_inputs *in, int year, const dem_year *d, const power_year *p,
                    emis_year *out);



#endif
