/* sim/model/demand.c - final energy by sector (activity x intensity) and its split by fuel, with the
 * efficiency paths, electrification, new-energy vehicles and green buildings. Never prints. */
#include "model.h"


int model_sector_param(int sector, int key_offset)
{
    static const int first_key[SEC_COUNT] = {
        P_AGRI_INTENSITY, P_HEAVY_INTENSITY, P_OTHERIND_INTENSITY, P_HIGHTECH_INTENSITY,
        P_SERVICES_INTENSITY, P_TRANSPORT_INTENSITY, P_HOUSE_INTENSITY,
    };
    return first_key[sector] + key_offset;
}

/* Intensity relative to a conventional building stock: a green share g saving a fraction v
 * leaves 1 - g*v of the energy. */
static double buildings_factor(const model_inputs *in, int year)
{
    double saving = model_scalar(in, P_BUILDINGS_GREEN_SAVING) / 100.0;
    return 1.0 - model_at(in, P_BUILDINGS_GREEN_SHARE, year) / 100.0 * saving;
}

void dem_init(const model_inputs *in, double level, dem_state *st)
{
    for (int k = 0; k < SEC_COUNT; k++)
        st->intensity[k] = model_scalar(in, model_sector_param(k, 0)) * level;
}

/* Energy in Mtce from activity and intensity: bn CNY x tce/10k CNY = 1e5 * 10k CNY x tce / 1e6,
 * i.e. a tenth; households: million people x tce/person = Mtce. */
static double sector_energy(int k, double activity, double intensity)
{
    return k == SEC_HOUSE ? activity * intensity : activity * intensity / 10.0;
}

/* The fuel shares (%) of sector k; industry's coal/gas split carries the calibration shift. */
static void fuel_shares(const model_inputs *in, int k, int year, double shift, double pct[FUEL_COUNT])
{
    pct[FUEL_ELEC] = model_at(in, model_sector_param(k, 2), year);
    pct[FUEL_GAS] = model_at(in, model_sector_param(k, 3), year);
    pct[FUEL_OIL] = model_at(in, model_sector_param(k, 4), year);
    pct[FUEL_HEAT] = model_at(in, model_sector_param(k, 5), year);
    pct[FUEL_COAL] = 100.0 - pct[FUEL_ELEC] - pct[FUEL_GAS] - pct[FUEL_OIL] - pct[FUEL_HEAT];
    if (pct[FUEL_COAL] < 0) pct[FUEL_COAL] = 0; /* rounding slack the loader allows */
    if (k == SEC_HEAVY || k == SEC_OTHERIND) {
        /* move `shift` points from gas to coal, never below zero on either side */
        if (shift > pct[FUEL_GAS]) shift = pct[FUEL_GAS];
        if (-shift > pct[FUEL_COAL]) shift = -pct[FUEL_COAL];
        pct[FUEL_GAS] -= shift;
        pct[FUEL_COAL] += shift;
    }
}

/* Transport: the new-energy share of road vehicle-km runs on electricity at ev_energy_ratio of the
 * combustion energy; everything else uses the sector's fuel split. */
static void transport_split(const model_inputs *in, int year, double energy, double out[FUEL_COUNT])
{
    double road = energy * model_at(in, P_TRANSPORT_ROAD_SHARE, year) / 100.0;
    double nev_energy = road * model_at(in, P_TRANSPORT_NEV_SHARE, year) / 100.0;
    double pct[FUEL_COUNT];
    fuel_shares(in, SEC_TRANSPORT, year, 0.0, pct);
    for (int f = 0; f < FUEL_COUNT; f++) out[f] = (energy - nev_energy) * pct[f] / 100.0;
    out[FUEL_ELEC] += nev_energy * model_scalar(in, P_TRANSPORT_EV_RATIO);
}

void dem_year_step(const model_inputs *in, int year, const econ_year *e, const dem_cal *cal,
                   dem_state *st, dem_year *out)
{
    double bfac = buildings_factor(in, year) / buildings_factor(in, in->first);
    for (int f = 0; f < FUEL_COUNT; f++) out->fuel_mtce[f] = 0;
    out->total_mtce = 0;
    for (int k = 0; k < SEC_COUNT; k++) {
        double by_fuel[FUEL_COUNT], pct[FUEL_COUNT], energy, sum = 0;
        if (year > in->first) /* intensity falls from the first year on */
            st->intensity[k] *= 1.0 - (model_at(in, model_sector_param(k, 1), year) + cal->trend_pct) / 100.0;
        energy = sector_energy(k, e->activity[k], st->intensity[k]);
        if (k == SEC_SERVICES || k == SEC_HOUSE) energy *= bfac;
        if (k == SEC_TRANSPORT) {
            transport_split(in, year, energy, by_fuel);
        } else {
            fuel_shares(in, k, year, cal->coal_shift, pct);
            for (int f = 0; f < FUEL_COUNT; f++) by_fuel[f] = energy * pct[f] / 100.0;
        }
        for (int f = 0; f < FUEL_COUNT; f++) {
            out->fuel_mtce[f] += by_fuel[f];
            sum += by_fuel[f];
        }
        out->sector_mtce[k] = sum;
        out->total_mtce += sum;
    }
}
