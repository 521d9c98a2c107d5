/* tests/engine_fixture.h - a small scenario built in code for the engine tests, simple enough that
 * every number it produces can be worked out by hand (see the comment on fx_make). Uses the
 * engine's internal layout (sim_internal.h), as tests of internal modules may. */
#ifndef PEAKPATH_TESTS_ENGINE_FIXTURE_H
#define PEAKPATH_TESTS_ENGINE_FIXTURE_H

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../sim/model/model.h"
#include "../sim/model/run.h"

static inline void fx_const(struct scn_scenario *s, int id, double v)
{
    s->path[id].n = 1;
    s->path[id].year[0] = 0;
    s->path[id].value[0] = v;
    /* the scenario keeps every path's yearly values: bring them up to date as an edit would */
    if (id == P_YEARS_HIST_END) (void)scn_slopes_update_all(s, NULL);
    else (void)scn_slopes_update(s, id, NULL);
}

/* Sets a path from n (year, value) pairs given as a flat list y0, v0, y1, v1 ... */
static inline void fx_path(struct scn_scenario *s, int id, int n, const double *yv)
{
    s->path[id].n = n;
    for (int i = 0; i < n; i++) {
        s->path[id].year[i] = (int)yv[2 * i];
        s->path[id].value[i] = yv[2 * i + 1];
    }
    /* the scenario keeps each path's interpolation slopes: recompute them as an edit would */
    (void)scn_slopes_update(s, id, NULL);
}

/* The hand-computable world, first (and last historical) year 2020, end 2030:
 *   GDP 1000 bn in 2020 growing 5 %/yr; 10 M people; structure 10:40:50; industry heavy 50,
 *   high-tech 20, other 30 (% of secondary).
 *   Every value-added sector and transport: 0.1 tce/10k CNY; households 1 tce/person; no
 *   improvement; fuel split 50 % electricity, 50 % coal, electricity replacing fuel 1:1 (elec_ratio
 *   1); no road transport share, no NEVs, no heat pumps, no green buildings, no cement. So in 2020: agriculture 1, heavy 2, other 1.2, high-tech 0.8, services 5,
 *   transport 10, households 10 Mtce: final energy 30 Mtce, of which 15 electricity, 15 coal.
 *   Power: no losses, only coal (100 GW, at most 6500 h, counted firm at 100 %), 300 gce/kWh; no
 *   imports (the Southwest corridor, when a test sets it, is all non-fossil, its fossil part 0.5
 *   kg/kWh); a normal water year; load factor 50 %, no reserve margin (peak 27.9 GW); no new-build
 *   mix; gas at most its minimum hours; no CCUS.
 *   Electricity 15 / 0.1229 = 122.0504 TWh, all from coal: 36.6151 Mtce of coal in power plants.
 *   Total energy 51.6151 Mtce, all coal; CO2 at 2.5 t/tce = 129.0378 Mt. No calibration. */
static inline struct scn_scenario *fx_make(void)
{
    struct scn_scenario *s = calloc(1, sizeof *s);
    for (int id = 0; id < P_COUNT; id++) fx_const(s, id, 0.0);
    /* [costs] at the schema's defaults (lives must be at least a year; costs never move the
     * fixture's energy or CO2: the carbon price equals the one the new-build mix assumes) */
    for (int id = 0; id < P_COUNT; id++)
        if (!strcmp(pp_param_get(id)->section, "costs")) fx_const(s, id, pp_param_get(id)->def);
    fx_const(s, P_YEARS_FIRST, 2020);
    fx_const(s, P_YEARS_HIST_END, 2020);
    fx_const(s, P_YEARS_PRICE_BASE, 2020);
    fx_const(s, P_YEARS_END, 2030);
    fx_const(s, P_ECONOMY_GDP_BASE_BN, 1000);
    fx_const(s, P_ECONOMY_GDP_GROWTH, 5);
    fx_const(s, P_ECONOMY_POPULATION, 10);
    fx_const(s, P_ECONOMY_PRIMARY_SHARE, 10);
    fx_const(s, P_ECONOMY_SECONDARY_SHARE, 40);
    fx_const(s, P_INDUSTRY_HEAVY_SHARE, 50);
    fx_const(s, P_INDUSTRY_HIGHTECH_SHARE, 20);
    for (int k = 0; k < SEC_COUNT; k++) {
        fx_const(s, model_sector_param(k, 0), k == SEC_HOUSE ? 1.0 : 0.1);
        fx_const(s, model_sector_param(k, 2), 50);
        fx_const(s, model_sector_param(k, 6), 1.0); /* elec_ratio 1: electricity replaces fuel 1:1 */
    }
    /* an EV-km takes 0.3 kWh = 1.08 MJ against 3.6 MJ for a combustion km: 0.3 of the energy */
    fx_const(s, P_TRANSPORT_ICE_MJ_KM, 3.6);
    fx_const(s, P_TRANSPORT_EV_KWH_KM, 0.3);
    fx_const(s, P_TRANSPORT_VEHICLE_LIFE, 10);
    fx_const(s, P_BUILDINGS_HEAT_PUMP_RATIO, 3);
    fx_const(s, P_EMIS_CCUS_START, 2000);
    fx_const(s, P_BUILDINGS_GREEN_SAVING, 20);
    fx_const(s, P_POWER_SOLAR_POTENTIAL, 10);
    fx_const(s, P_POWER_WIND_POTENTIAL, 10);
    fx_const(s, P_POWER_COAL_GW, 100);
    fx_const(s, P_POWER_COAL_RETIRE_FROM, 2060);
    fx_const(s, P_POWER_COAL_MAX_HOURS, 6500);
    fx_const(s, P_POWER_HYDRO_HOURS, 4000);
    fx_const(s, P_POWER_SOLAR_HOURS, 1000);
    fx_const(s, P_POWER_WIND_HOURS, 2000);
    fx_const(s, P_POWER_GAS_HOURS, 2500);
    fx_const(s, P_POWER_IMPORT_COUNTS, 1);
    fx_const(s, P_POWER_IMPORT_SW_NONFOSSIL, 100);
    fx_const(s, P_POWER_IMPORT_SW_EF, 0.5);
    fx_const(s, P_POWER_IMPORT_CREDIT, 100);
    fx_const(s, P_POWER_HYDRO_WATER, 1);
    fx_const(s, P_POWER_NUCLEAR_FIRST, 2000);
    fx_const(s, P_POWER_GAS_MAX_HOURS, 2500);
    fx_const(s, P_POWER_SURPLUS_EXPORT, 1);
    fx_const(s, P_POWER_LOAD_FACTOR, 50);
    fx_const(s, P_POWER_COAL_CREDIT, 100);
    fx_const(s, P_POWER_PUMPED_EFF, 75);
    fx_const(s, P_POWER_BATTERY_EFF, 80);
    fx_const(s, P_POWER_BUILD_IMPORT_HOURS, 5000);
    fx_const(s, P_POWER_CCUS_START, 2100);
    fx_const(s, P_POWER_CCUS_PENALTY, 25);
    fx_const(s, P_POWER_COAL_RATE, 300);
    fx_const(s, P_POWER_GAS_RATE, 230);
    fx_const(s, P_POWER_HEAT_EFF, 80);
    fx_const(s, P_POWER_HEAT_GAS, 25);
    fx_const(s, P_EMIS_EF_COAL, 2.5);
    fx_const(s, P_EMIS_EF_OIL, 2.0);
    fx_const(s, P_EMIS_EF_GAS, 1.5);
    return s;
}

static inline void fx_free(struct scn_scenario *s) { free(s); }

/* The fixture's inputs interpolated for the year steps, refreshed at every call so a test can change
 * the scenario between steps. One buffer per test program (tests may keep state; the engine not). */
static inline const model_inputs *fx_in(const struct scn_scenario *s)
{
    static model_inputs in;
    /* the fixture sets paths directly (fx_const): bring the scenario's yearly table up to date as an
     * edit would */
    (void)scn_slopes_update_all((struct scn_scenario *)s, NULL);
    model_inputs_fill(&in, s, (int)s->path[P_YEARS_FIRST].value[0], (int)s->path[P_YEARS_END].value[0]);
    return &in;
}

#define FX_FINAL_ELEC_TWH (15.0 / 0.1229) /* 122.0504 TWh */

#endif
