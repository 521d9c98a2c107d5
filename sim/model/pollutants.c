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

/* The source rows carry one factor and one removal per pollutant, in AIR_POLLUTANT order. */
_Static_assert(AP_COUNT == 3, "a pollutant was added: give every AIR_SOURCE row its factor and removal");
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

/* Designated, so the order of sectors_list.h does not matter. A new sector must get its group here
 * (it would silently count as power otherwise): the assertion stops the build until it has. */
_Static_assert(SEC_COUNT == 7, "a sector was added to sectors_list.h: give it its group in sector_group");
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
        st->slot[i] = (int)sources[i].group * FUEL_FOSSIL_COUNT + (sources[i].fuel < 0 ? 0 : sources[i].fuel);
        st->ule[i] = (int)sources[i].ule;
        for (int ap = 0; ap < AP_COUNT; ap++) {
            st->conv[ap][i] = air_factor(in, i, ap, 0.0);
            st->ule_less_conv[ap][i] = air_factor(in, i, ap, 1.0) - st->conv[ap][i];
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

/* Mtce of each fossil fuel burnt by each group (cement: its row counts Mt of cement, in slot 0).
 * The kilns' fuel is in the cement row's factors (per tonne of cement), so heavy industry's is less. */
static void group_fuel(const model_inputs *in, int year, const dem_year *d, const power_year *p,
                       double out[AG_COUNT][FUEL_FOSSIL_COUNT])
{
    for (int g = 0; g < AG_COUNT; g++)
        for (int f = 0; f < FUEL_FOSSIL_COUNT; f++) out[g][f] = 0;
    for (int f = 0; f < FUEL_FOSSIL_COUNT; f++) out[AG_POWER][f] = p->fuel_mtce[f];
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
    double fuel[AG_COUNT][FUEL_FOSSIL_COUNT], u[3], act[AS_COUNT], x[AS_COUNT];
    const double *a = &fuel[0][0];
    u[AU_NONE] = 0;
    u[AU_POWER] = ule_share(in, year, AU_POWER);
    u[AU_INDUSTRY] = ule_share(in, year, AU_INDUSTRY);
    group_fuel(in, year, d, p, fuel);
    for (int i = 0; i < AS_COUNT; i++) {
        act[i] = a[st->slot[i]];
        x[i] = u[st->ule[i]];
    }
    out->health_bn = 0;
    for (int ap = 0; ap < AP_COUNT; ap++) {
        /* Mtce x kg/tce = 1e6 kg = kt; Mt cement x kg/t = kt as well */
        const double *c = st->conv[ap], *dl = st->ule_less_conv[ap];
        double k0 = 0, k1 = 0, k2 = 0, k3 = 0, kt;
        int i = 0;
        /* four sums side by side: independent chains, so the adds do not wait on each other (this
         * runs in every year of every run) */
        for (; i + 4 <= AS_COUNT; i += 4) {
            k0 += act[i] * (c[i] + x[i] * dl[i]);
            k1 += act[i + 1] * (c[i + 1] + x[i + 1] * dl[i + 1]);
            k2 += act[i + 2] * (c[i + 2] + x[i + 2] * dl[i + 2]);
            k3 += act[i + 3] * (c[i + 3] + x[i + 3] * dl[i + 3]);
        }
        for (; i < AS_COUNT; i++) k0 += act[i] * (c[i] + x[i] * dl[i]);
        kt = (k0 + k1) + (k2 + k3);
        out->kt[ap] = kt;
        out->health_bn += kt * st->damage_cny_t[ap] * 1e-6; /* kt x CNY/t = 1e3 t x CNY/t; / 1e9 for bn CNY */
    }
}
