/* sim/model/demand.c - final energy by sector and by fuel: activity x intensity, turned into final
 * energy through each sector's end use (electricity delivers elec_ratio times the useful energy of the
 * fuel it replaces; heat pumps in buildings; electric vehicles by their share of the stock), plus
 * cement by its output. Equations: docs/model.md section 3. Never prints. */
#include "model.h"

/* Intensity relative to a conventional building stock: a green share g saving a fraction v
 * leaves 1 - g*v of the energy. */
static double buildings_factor(const model_inputs *in, int year)
{
    double saving = model_scalar(in, P_BUILDINGS_GREEN_SAVING) / 100.0;
    return 1.0 - model_at(in, P_BUILDINGS_GREEN_SHARE, year) / 100.0 * saving;
}

/* Energy in Mtce from activity and intensity: bn CNY x tce/10k CNY = 1e5 * 10k CNY x tce / 1e6,
 * i.e. a tenth; households: million people x tce/person = Mtce. */
static double sector_energy(int k, double activity, double intensity)
{
    return k == SEC_HOUSE ? activity * intensity : activity * intensity * 0.1;
}

/* Cement's final energy, Mtce by fuel: kiln coal (Mt x kgce/t / 1000) and electricity
 * (Mt x kWh/t / 1000 = TWh, at 0.1229 Mtce/TWh calorific). */
static void cement_energy(const model_inputs *in, int year, double out[FUEL_COUNT])
{
    double mt = model_at(in, P_EMIS_CEMENT_MT, year);
    for (int f = 0; f < FUEL_COUNT; f++) out[f] = 0;
    out[FUEL_COAL] = mt * model_at(in, P_INDUSTRY_CEMENT_FUEL, year) / 1000.0;
    out[FUEL_ELEC] = mt * model_at(in, P_INDUSTRY_CEMENT_ELEC, year) / 1000.0 * KGCE_PER_KWH_CALORIFIC;
}

/* The part x of sector k's useful energy served by its own electric technology, and that
 * technology's end-use ratio: heat pumps in buildings, electric vehicles on the road. */
static void special_tech(const model_inputs *in, const dem_state *st, int k, int year, double *x, double *ratio)
{
    *x = 0;
    *ratio = 1;
    if (k == SEC_SERVICES || k == SEC_HOUSE) {
        *x = st->heating_frac * model_at(in, P_BUILDINGS_HEAT_PUMP, year) * 0.01;
        *ratio = st->heat_pump_ratio;
    } else if (k == SEC_TRANSPORT) {
        *x = model_at(in, P_TRANSPORT_ROAD_SHARE, year) * 0.01 * st->nev_stock;
        *ratio = st->ev_ratio;
    }
}

/* Final energy per unit of useful energy, split into its electric part (*elec_part) and the rest:
 * D = (1 - x)/g + x/ratio_x with g = 1 - e + r e (docs/model.md, section 3). */
static double demand_factor(const model_inputs *in, const dem_state *st, int k, int year, double *elec_part)
{
    double e = model_at(in, model_sector_param(k, SK_ELEC), year) * 0.01; /* % -> fraction */
    double g = 1.0 - e + st->elec_ratio[k] * e, x, rx, rest, special;
    special_tech(in, st, k, year, &x, &rx);
    rest = (1.0 - x) / g;
    special = x / rx;
    *elec_part = rest * e + special;
    return rest + special;
}

/* Splits the non-electric final energy `rest` of sector k: gas, oil and heat by their shares of
 * it, coal the remainder; in industry the calibrated shift moves points from gas to coal. */
static void split_rest(const model_inputs *in, const dem_state *st, int k, int i, double shift, double rest,
                       double out[FUEL_COUNT])
{
    double coal_pct = 100.0;
    for (int f = 0; f < FUEL_COUNT; f++) out[f] = 0;
    for (int j = 0; j < st->n_shared; j++) {
        int f = st->shared_fuel[j];
        out[f] = in->row[st->share_id[k][j]][i];
        coal_pct -= out[f];
    }
    if (coal_pct < 0) coal_pct = 0; /* rounding slack the loader allows */
    if (k == SEC_HEAVY || k == SEC_OTHERIND) {
        /* move `shift` points from gas to coal, never below zero on either side */
        if (shift > out[FUEL_GAS]) shift = out[FUEL_GAS];
        if (-shift > coal_pct) shift = -coal_pct;
        out[FUEL_GAS] -= shift;
        coal_pct += shift;
    }
    out[FUEL_COAL] = coal_pct;
    rest *= 0.01; /* % of it */
    for (int f = 0; f < FUEL_COUNT; f++) out[f] *= rest;
}

/* The fuels with a share key (the fuel table's share offsets; electricity is a share of all of the
 * sector's energy, not of the rest, and coal takes the rest) and each sector's key for them. */
static void shared_fuels(dem_state *st)
{
    static const int share_offset[FUEL_COUNT] = {
#define PP_FOSSIL(ID, key, En, en, zh, zh_final, ef_key, off) off,
#define PP_CARRIER(ID, key, en, zh_final, off) off,
#include "fuels_list.h"
#undef PP_FOSSIL
#undef PP_CARRIER
    };
    st->n_shared = 0;
    for (int f = 0; f < FUEL_COUNT; f++) {
        if (f == FUEL_ELEC || share_offset[f] < 0) continue;
        for (int k = 0; k < SEC_COUNT; k++) st->share_id[k][st->n_shared] = model_sector_param(k, share_offset[f]);
        st->shared_fuel[st->n_shared++] = f;
    }
}

/* NEV share of the stock: a fraction 1/life is scrapped each year, the fleet grows by g, and the
 * new vehicles (scrapped + growth, never negative) carry the year's sales share. */
static double nev_turnover(const model_inputs *in, const dem_state *st, int year, double stock)
{
    double scrap = st->scrap_frac;
    double added = scrap + model_at(in, P_TRANSPORT_FLEET_GROWTH, year) * 0.01;
    if (added < 0) added = 0;
    return (stock * (1.0 - scrap) + model_at(in, P_TRANSPORT_NEV_SHARE, year) * 0.01 * added)
           / (1.0 - scrap + added);
}

void dem_init(const model_inputs *in, double level, dem_state *st)
{
    double elec_part;
    st->nev_stock = model_scalar(in, P_TRANSPORT_NEV_STOCK_FIRST) / 100.0;
    st->heating_frac = model_scalar(in, P_BUILDINGS_HEATING_SHARE) / 100.0;
    st->heat_pump_ratio = model_scalar(in, P_BUILDINGS_HEAT_PUMP_RATIO);
    st->ev_ratio = model_scalar(in, P_TRANSPORT_ICE_MJ_KM) / (model_scalar(in, P_TRANSPORT_EV_KWH_KM) * MJ_PER_KWH);
    st->scrap_frac = 1.0 / model_scalar(in, P_TRANSPORT_VEHICLE_LIFE);
    shared_fuels(st);
    st->bfac0 = buildings_factor(in, in->first);
    for (int k = 0; k < SEC_COUNT; k++) st->improve_id[k] = model_sector_param(k, SK_IMPROVE);
    for (int k = 0; k < SEC_COUNT; k++) {
        st->intensity[k] = model_scalar(in, model_sector_param(k, SK_INTENSITY)) * level;
        st->elec_ratio[k] = model_scalar(in, model_sector_param(k, SK_ELEC_RATIO));
        st->demand0_inv[k] = 1.0 / demand_factor(in, st, k, in->first, &elec_part);
    }
}

void dem_scale_intensity(dem_state *st, int sector, double factor)
{
    if (sector >= 0 && sector < SEC_COUNT) st->intensity[sector] *= factor;
}

/* In the first year heavy industry's intensity (cement included) becomes the intensity of the rest
 * of heavy industry: cement's energy is taken out, so cement output can move it. */
static void carve_out_cement(const econ_year *e, const double cement[FUEL_COUNT], dem_state *st)
{
    double cement_mtce = cement[FUEL_COAL] + cement[FUEL_ELEC];
    if (e->activity[SEC_HEAVY] <= 0) return;
    st->intensity[SEC_HEAVY] -= cement_mtce * 10.0 / e->activity[SEC_HEAVY];
    if (st->intensity[SEC_HEAVY] < 0) st->intensity[SEC_HEAVY] = 0; /* cement alone exceeds it */
}

/* Adds sector k's fuels (already in out->sector_fuel_mtce[k]) to its total and the year's. */
static void add_sector(dem_year *out, int k)
{
    const double *by_fuel = out->sector_fuel_mtce[k];
    double sector = 0; /* summed here: out's fields alias by_fuel, so the compiler would store each step */
    for (int f = 0; f < FUEL_COUNT; f++) {
        sector += by_fuel[f];
        out->fuel_mtce[f] += by_fuel[f];
    }
    out->sector_mtce[k] = sector;
    out->total_mtce += sector;
}

void dem_year_step(const model_inputs *in, int year, const econ_year *e, const dem_cal *cal,
                   dem_state *st, dem_year *out)
{
    double bfac = buildings_factor(in, year) / st->bfac0;
    int i = year - in->first;
    cement_energy(in, year, out->cement_fuel_mtce);
    if (year == in->first) carve_out_cement(e, out->cement_fuel_mtce, st);
    else st->nev_stock = nev_turnover(in, st, year, st->nev_stock);
    out->nev_stock_pct = 100.0 * st->nev_stock;
    for (int f = 0; f < FUEL_COUNT; f++) out->fuel_mtce[f] = 0;
    out->total_mtce = out->heat_pump_mtce = 0;
    for (int k = 0; k < SEC_COUNT; k++) {
        double *by_fuel = out->sector_fuel_mtce[k], elec_part, scale;
        double d = demand_factor(in, st, k, year, &elec_part);
        if (i > 0) /* intensity falls from the first year on */
            st->intensity[k] *= 1.0 - (in->row[st->improve_id[k]][i] + cal->trend_pct) * 0.01;
        /* final energy of the first year's end use, rescaled to this year's: E = A I D / D0 */
        scale = sector_energy(k, e->activity[k], st->intensity[k]) * st->demand0_inv[k];
        if (k == SEC_SERVICES || k == SEC_HOUSE) {
            scale *= bfac;
            out->heat_pump_mtce += scale * st->heating_frac * model_at(in, P_BUILDINGS_HEAT_PUMP, year) * 0.01;
        }
        split_rest(in, st, k, i, cal->coal_shift, scale * (d - elec_part), by_fuel);
        by_fuel[FUEL_ELEC] = scale * elec_part;
        if (k == SEC_HEAVY)
            for (int f = 0; f < FUEL_COUNT; f++) by_fuel[f] += out->cement_fuel_mtce[f];
        add_sector(out, k);
    }
}
