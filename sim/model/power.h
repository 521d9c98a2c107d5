/* sim/model/power.h - the power step of the engine: technologies, storage, import corridors and
 * new-build options (one table, power_table.h), the record the step hands to the rest of the model
 * (power_year) and the state it carries from year to year (power_state). Included by model.h after
 * the inputs and demand records; internal to sim/. */
#ifndef PEAKPATH_SIM_POWER_H
#define PEAKPATH_SIM_POWER_H

enum {
#define POWER_TECH(tok, ...) TECH_##tok,
#include "power_table.h"
#undef POWER_TECH
    TECH_COUNT
};
enum {
#define POWER_STORAGE(tok, ...) STORE_##tok,
#include "power_table.h"
#undef POWER_STORAGE
    STORE_COUNT
};
enum {
#define POWER_CORRIDOR(tok, ...) CORR_##tok,
#include "power_table.h"
#undef POWER_CORRIDOR
    CORR_COUNT
};
enum {
#define POWER_BUILD(tok, ...) BUILD_##tok,
#include "power_table.h"
#undef POWER_BUILD
    BUILD_COUNT
};

typedef enum { TF_NONE, TF_COAL, TF_GAS } power_fuel;   /* fuel a technology burns */
typedef enum { TR_MUSTRUN, TR_DISPATCH } power_role;    /* taken at its hours, or by merit order */
typedef enum { BK_TECH, BK_STORE, BK_IMPORT } build_kind; /* what a new-build option adds */

typedef struct {
    const char *name, *label_en, *label_zh;
    int cap_key, hours_key, max_hours_key, credit_key; /* schema ids; -1 = none */
    power_fuel fuel;
    int heat_rate_key;
    power_role role;
    int merit;
    int curtail;          /* 1: curtailed first when a surplus is not sent out */
} power_tech_info;

typedef struct {
    const char *name, *label_en, *label_zh;
    int cap_key, eff_key, hours_key, credit_key;
} power_storage_info;

typedef struct {
    const char *name, *label_en, *label_zh;
    int twh_key, nonfossil_key, ef_key, gw_key;
    int hydro_scaled;
} power_corridor_info;

typedef struct {
    const char *column, *label_en, *label_zh;
    int share_key;
    build_kind kind;
    int target;
} power_build_info;

/* Rows of the power table (id in range; NULL otherwise). */
/* The rows of the table (power_tables.c: static const data). The accessors are inline because the
 * dispatch reads them for every technology in every year of every run. */
extern const power_tech_info power_techs[TECH_COUNT];
extern const power_storage_info power_stores[STORE_COUNT];
extern const power_corridor_info power_corridors[CORR_COUNT];
extern const power_build_info power_builds[BUILD_COUNT];
static inline const power_tech_info *power_tech(int t) { return (t >= 0 && t < TECH_COUNT) ? &power_techs[t] : 0; }
static inline const power_storage_info *power_storage(int k) { return (k >= 0 && k < STORE_COUNT) ? &power_stores[k] : 0; }
static inline const power_corridor_info *power_corridor(int c) { return (c >= 0 && c < CORR_COUNT) ? &power_corridors[c] : 0; }
static inline const power_build_info *power_build(int k) { return (k >= 0 && k < BUILD_COUNT) ? &power_builds[k] : 0; }

/* Capacity the new-build rule has added so far, kept once built. `shadow_gw` is the same rule
 * run on the plan without the retirement programme: coal built beyond plan is taken from it only,
 * so retiring coal can never raise coal capacity nor the coal built beyond plan. Start zeroed. */
typedef struct {
    double built_gw[BUILD_COUNT];
    double shadow_gw[BUILD_COUNT];
    /* the scenario's scalars the step reads every year, read on the first call (ready = 0 after
     * zeroing): a run's inner loop should not look them up 46 times */
    int ready;
    int hist_end, surplus_export, gas_first;
    double nuclear_first, coal_build_max, retire_from, retire_rate, ccus_start, ccus_penalty;
    double credit_pct[TECH_COUNT], max_hours[TECH_COUNT];
    double store_hours[STORE_COUNT], store_loss[STORE_COUNT], store_credit_pct[STORE_COUNT];
    double import_hours, import_credit;
    unsigned char fixed_tech[TECH_COUNT], fixed_store[STORE_COUNT]; /* 1: nothing is built on top (power.c) */
} power_state;

typedef struct {
    double cap_gw[TECH_COUNT];      /* installed, incl. new build and after retirement */
    double gen_twh[TECH_COUNT];     /* generation, after any curtailment */
    double floor_twh[TECH_COUNT];   /* dispatchable: the planned fleet's minimum output (hours_key); new build has none */
    double store_gw[STORE_COUNT];
    double corridor_twh[CORR_COUNT];          /* contracted imports by corridor (+ bought-in shortfall on other) */
    double corridor_nonfossil_twh[CORR_COUNT];
    double corridor_gw[CORR_COUNT];           /* corridor capacity available at peak (before import_credit_pct) */
    double built_gw[BUILD_COUNT];   /* new build so far, by option (BUILD_COAL = coal beyond plan) */
    double demand_twh;        /* electricity to supply: final use, grid losses and storage losses */
    double storage_loss_twh;
    double export_twh;        /* surplus sent out (lowers import_twh) */
    double curtail_twh;       /* solar and wind curtailed (surplus_export = 0) */
    double unserved_twh;      /* energy still short after new build: bought in on the "other" corridor */
    double market_twh;        /* bought from other grids' markets in the merit order (on "other" too) */
    double peak_gw, firm_gw, reserve_margin_pct;
    double coal_added_gw;     /* = built_gw[BUILD_COAL] */
    double coal_hours;
    double heat_coal_mtce, heat_gas_mtce; /* fuel burnt to supply final heat */
    double import_extra_twh;  /* always 0: every import is in import_twh (kept until the balance drops it) */
    /* What the balance and the emissions read (the contract of the power step): */
    double import_twh;            /* net imports (negative: sent out) */
    double fuel_mtce[FUEL_COUNT]; /* fuel burnt in power and heat plants (coal, oil, gas; Mtce), CCUS penalty included */
    double import_nonfossil_twh;  /* the non-fossil part of net imports (0 when exporting) */
    double import_co2_mt;         /* CO2 of the fossil part of net imports (0 when exporting) */
    double ccus_mt;               /* CO2 captured at power plants (not emitted) */
    double plant_co2_mt;          /* CO2 power plants emit (after capture): what the carbon price is paid on */
} power_year;

/* One year of the power system: capacity, storage, imports by corridor, merit-order dispatch,
 * peak adequacy, the new-build rule (only after the last historical year), heat supply, fuel
 * burnt and CCUS. `import_offset_twh` is calibration's correction of the Southwest corridor. `st`
 * carries the new build from year to year (zeroed before the first year; years in order). */
void power_year_step(const model_inputs *in, int year, const dem_year *d, double import_offset_twh,
                     power_state *st, power_year *out);

#endif
