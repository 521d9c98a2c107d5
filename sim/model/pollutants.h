/* sim/model/pollutants.h - the air-pollutant step of the engine: SO2, NOx and primary PM2.5 from
 * the fuel burnt by each sector and from cement, under the control fitted today and the
 * ultra-low-emission (ULE) retrofits the scenario's levers buy, and the health damage of those
 * tonnes by the damage-cost method. Tables: pollutants_list.h; equations: docs/model.md
 * "Air pollutants". Internal to sim/ (the front ends read RV_SO2 ... RV_HEALTH_BN). */
#ifndef PEAKPATH_SIM_POLLUTANTS_H
#define PEAKPATH_SIM_POLLUTANTS_H

#include "model.h"

enum {
#define AIR_POLLUTANT(ID, ...) AP_##ID,
#define AIR_SOURCE(...)
#include "pollutants_list.h"
#undef AIR_POLLUTANT
#undef AIR_SOURCE
    AP_COUNT
};

/* Whose fuel a source row counts. */
typedef enum {
    AG_POWER,     /* power and heat plants (power_year.fuel_mtce: heat boilers counted as power plants) */
    AG_HEAVY,     /* heavy industry outside cement (steel, chemicals ...) */
    AG_INDUSTRY,  /* other industry, high-tech manufacturing and agriculture */
    AG_CEMENT,    /* cement output, kiln fuel and process together (per tonne of cement) */
    AG_TRANSPORT,
    AG_BUILDINGS, /* services and households */
    AG_COUNT
} air_group;

/* Which ultra-low-emission share applies to a source. */
typedef enum { AU_NONE, AU_POWER, AU_INDUSTRY } air_ule;

enum {
#define AIR_POLLUTANT(...)
#define AIR_SOURCE(ID, ...) AS_##ID,
#include "pollutants_list.h"
#undef AIR_POLLUTANT
#undef AIR_SOURCE
    AS_COUNT
};

/* What a run reads once (the year loop is the TUI's and Monte Carlo's inner loop): every source's
 * factor under conventional control and at ULE (kg/tce, cement kg/t), and the damage costs. */
typedef struct {
    /* by pollutant, then source: the year step runs along the sources (contiguous, vectorisable) */
    double conv[AP_COUNT][AS_COUNT];
    double ule_less_conv[AP_COUNT][AS_COUNT]; /* ULE factor - conv (<= 0; 0 where no ULE share applies) */
    int slot[AS_COUNT];                       /* where the source's activity is: group x fossil fuels + fuel */
    int ule[AS_COUNT];                        /* its air_ule */
    double damage_cny_t[AP_COUNT];
} air_state;

typedef struct {
    double kt[AP_COUNT]; /* emitted, kt */
    double health_bn;    /* damage of the year's tonnes, bn CNY */
} air_year;

/* The group (AG_*) whose fuel a sector of final demand (SEC_*) is; -1 outside 0..SEC_COUNT-1. */
int air_sector_group(int sector);

/* Emission factor of source row src (AS_*) for pollutant ap (AP_*) at ULE share u (0..1): kg per
 * tce burnt (cement: kg per t cement), conventional control for 1 - u and the ULE limit for u,
 * never above the conventional factor (a retrofit never raises emissions). NAN for a bad index. */
double air_factor(const model_inputs *in, int src, int ap, double u);

/* Fills st with the run's factors (air_factor at shares 0 and 1) and damage costs. Cannot fail. */
void air_init(const model_inputs *in, air_state *st);

/* One year's pollutants from the final demand d and the power step p (fuel burnt, heat plants
 * included) and the year's cement output and ULE shares, with the factors of air_init. Cannot
 * fail: every key is validated by the loader (ranges in params_list.h). */
void air_year_step(const model_inputs *in, const air_state *st, int year, const dem_year *d, const power_year *p,
                   air_year *out);

#endif
