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

/* The activity of a source row: Mtce of its fuel burnt by its group, or Mt of cement. */
static double activity(const model_inputs *in, int year, const air_source *s, const dem_year *d, const power_year *p)
{
    double a = 0;
    if (s->group == AG_CEMENT) return model_at(in, P_EMIS_CEMENT_MT, year);
    if (s->group == AG_POWER) return p->fuel_mtce[s->fuel];
    for (int k = 0; k < SEC_COUNT; k++)
        if (sector_group[k] == (int)s->group) a += d->sector_fuel_mtce[k][s->fuel];
    /* the kilns' fuel is in the cement row's factors (per tonne of cement), not here */
    if (s->group == AG_HEAVY) a -= d->cement_fuel_mtce[s->fuel];
    return a > 0 ? a : 0;
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

void air_year_step(const model_inputs *in, int year, const dem_year *d, const power_year *p, air_year *out)
{
    out->health_bn = 0;
    for (int ap = 0; ap < AP_COUNT; ap++) {
        out->kt[ap] = 0;
        for (int g = 0; g < AG_COUNT; g++) out->group_kt[g][ap] = 0;
    }
    for (int i = 0; i < AS_COUNT; i++) {
        const air_source *s = &sources[i];
        double a = activity(in, year, s, d, p), u = ule_share(in, year, s->ule);
        /* Mtce x kg/tce = 1e6 kg = kt; Mt cement x kg/t = kt as well */
        for (int ap = 0; ap < AP_COUNT; ap++) {
            double kt = a * air_factor(in, i, ap, u);
            out->kt[ap] += kt;
            out->group_kt[s->group][ap] += kt;
        }
    }
    /* kt x CNY/t = 1e3 t x CNY/t; / 1e9 for bn CNY */
    for (int ap = 0; ap < AP_COUNT; ap++)
        out->health_bn += out->kt[ap] * model_scalar(in, pollutants[ap].damage_key) * 1e-6;
}
