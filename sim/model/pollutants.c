/* sim/model/pollutants.c - SO2, NOx and primary PM2.5 of the fuel each sector burns and of cement,
 * under conventional control and the ultra-low-emission retrofits, and their health damage
 * (damage cost per tonne). docs/model.md "Air pollutants". Pure; never prints. */
#include "pollutants.h"

#include <math.h>

typedef struct {
    air_group group;
    int fuel;  /* FUEL_*, -1: cement output */
    air_ule ule;
    double ef[AP_COUNT];     /* uncontrolled: kg/tce (cement kg/t); coal SO2 per 1 % sulphur */
    double removed[AP_COUNT]; /* % removed by conventional control */
} air_source;

static const air_source sources[AS_COUNT] = {
#define AIR_POLLUTANT(...)
#define AIR_SOURCE(ID, grp, fuel, ule, e1, e2, e3, r1, r2, r3, src) {grp, fuel, ule, {e1, e2, e3}, {r1, r2, r3}},
#include "pollutants_list.h"
#undef AIR_POLLUTANT
#undef AIR_SOURCE
};

typedef struct {
    int ule_key;
    double limited_share;
    int damage_key;
} air_pollutant;

static const air_pollutant pollutants[AP_COUNT] = {
#define AIR_POLLUTANT(ID, key, en, zh, ule_key, share, damage_key) {ule_key, share, damage_key},
#define AIR_SOURCE(...)
#include "pollutants_list.h"
#undef AIR_POLLUTANT
#undef AIR_SOURCE
};

/* Designated, so the order of sectors_list.h does not matter; tests/test_pollutants.c checks that
 * every sector has a group (a new sector must be added here). */
static const int sector_group[SEC_COUNT] = {
    [SEC_AGRI] = AG_INDUSTRY,   [SEC_HEAVY] = AG_HEAVY,         [SEC_OTHERIND] = AG_INDUSTRY,
    [SEC_HIGHTECH] = AG_INDUSTRY, [SEC_SERVICES] = AG_BUILDINGS, [SEC_TRANSPORT] = AG_TRANSPORT,
    [SEC_HOUSE] = AG_BUILDINGS,
};

int air_sector_group(int sector) { return sector >= 0 && sector < SEC_COUNT ? sector_group[sector] : -1; }

/* The ULE limit as a factor: mg/Nm3 x Nm3/kgce = g/tce, / 1000 = kg/tce; cement: mg/Nm3 x Nm3/t
 * = mg/t, / 1e6 = kg/t. Only the pollutant's share of the limited quantity counts. */
static double ule_factor(const model_inputs *in, const air_source *s, int ap)
{
    const air_pollutant *p = &pollutants[ap];
    double limit = model_scalar(in, p->ule_key) * p->limited_share;
    if (s->group == AG_CEMENT) return limit * model_scalar(in, P_AIR_FLUE_CEMENT) / 1e6;
    return limit * model_scalar(in, P_AIR_FLUE_FUEL) / 1000.0;
}

double air_factor(const model_inputs *in, int src, int ap, double u)
{
    const air_source *s;
    double conv, ule;
    if (src < 0 || src >= AS_COUNT || ap < 0 || ap >= AP_COUNT || !(u >= 0 && u <= 1)) return NAN;
    s = &sources[src];
    conv = s->ef[ap] * (1.0 - s->removed[ap] / 100.0);
    if (ap == AP_SO2 && s->fuel == FUEL_COAL) conv *= model_scalar(in, P_AIR_COAL_SULFUR);
    if (s->ule == AU_NONE || u <= 0) return conv;
    ule = ule_factor(in, s, ap);
    if (ule > conv) ule = conv; /* a unit already cleaner than the limit stays as clean */
    return (1.0 - u) * conv + u * ule;
}

void air_init(const model_inputs *in, air_state *st)
{
    for (int i = 0; i < AS_COUNT; i++) {
        st->slot[i] = (int)sources[i].group * FUEL_COUNT + (sources[i].fuel < 0 ? 0 : sources[i].fuel);
        for (int ap = 0; ap < AP_COUNT; ap++) {
            st->conv[i][ap] = air_factor(in, i, ap, 0.0);
            st->ule_less_conv[i][ap] = air_factor(in, i, ap, 1.0) - st->conv[i][ap];
        }
    }
    for (int ap = 0; ap < AP_COUNT; ap++) st->damage_cny_t[ap] = model_scalar(in, pollutants[ap].damage_key);
}

/* The share (0..1) of a source's fuel at ULE. The loader keeps the paths' points in 0..100; the
 * clamp only absorbs rounding of the interpolation between them (100 can come out as 100 + 1e-14). */
static double ule_share(const model_inputs *in, int year, air_ule u)
{
    double pct = 0;
    if (u == AU_POWER) pct = model_at(in, P_AIR_POWER_ULE, year);
    else if (u == AU_INDUSTRY) pct = model_at(in, P_AIR_INDUSTRY_ULE, year);
    return pct <= 0 ? 0.0 : pct >= 100 ? 1.0 : pct / 100.0;
}

/* Mtce of each fuel burnt by each group (cement: its row counts Mt of cement, in slot 0). The kilns'
 * fuel is in the cement row's factors (per tonne of cement), so it is taken out of heavy industry. */
static void group_fuel(const model_inputs *in, int year, const dem_year *d, const power_year *p,
                       double out[AG_COUNT][FUEL_COUNT])
{
    for (int g = 0; g < AG_COUNT; g++)
        for (int f = 0; f < FUEL_COUNT; f++) out[g][f] = 0;
    for (int f = 0; f < FUEL_COUNT; f++) out[AG_POWER][f] = p->fuel_mtce[f];
    for (int k = 0; k < SEC_COUNT; k++)
        for (int f = 0; f < FUEL_FOSSIL_COUNT; f++) out[sector_group[k]][f] += d->sector_fuel_mtce[k][f];
    for (int f = 0; f < FUEL_FOSSIL_COUNT; f++) {
        out[AG_HEAVY][f] -= d->cement_fuel_mtce[f];
        if (out[AG_HEAVY][f] < 0) out[AG_HEAVY][f] = 0;
    }
    out[AG_CEMENT][0] = model_at(in, P_EMIS_CEMENT_MT, year);
}

void air_year_step(const model_inputs *in, const air_state *st, int year, const dem_year *d, const power_year *p,
                   air_year *out)
{
    double fuel[AG_COUNT][FUEL_COUNT], u[3], kt[AP_COUNT] = {0};
    const double *a = &fuel[0][0];
    u[AU_NONE] = 0;
    u[AU_POWER] = ule_share(in, year, AU_POWER);
    u[AU_INDUSTRY] = ule_share(in, year, AU_INDUSTRY);
    group_fuel(in, year, d, p, fuel);
    /* Mtce x kg/tce = 1e6 kg = kt; Mt cement x kg/t = kt as well */
    for (int i = 0; i < AS_COUNT; i++) {
        double x = u[sources[i].ule], act = a[st->slot[i]];
        for (int ap = 0; ap < AP_COUNT; ap++) kt[ap] += act * (st->conv[i][ap] + x * st->ule_less_conv[i][ap]);
    }
    /* kt x CNY/t = 1e3 t x CNY/t; / 1e9 for bn CNY */
    out->health_bn = 0;
    for (int ap = 0; ap < AP_COUNT; ap++) {
        out->kt[ap] = kt[ap];
        out->health_bn += kt[ap] * st->damage_cny_t[ap] * 1e-6;
    }
}
