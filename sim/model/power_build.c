/* sim/model/power_build.c - the new-build rule: how much of the scenario's new-build mix closes a
 * year's shortfall of energy or of firm capacity, with coal held to what the scenario allows.
 * Closed form (no solver): one GW of each option adds known TWh and firm GW, so the mix is scaled
 * to the larger of the two needs. Never prints. */
#include "power_priv.h"

/* TWh a year and firm GW that one GW of new-build option k adds in `year`: plants at their hours
 * (dispatchable ones at their maximum), storage no energy but its losses, import contracts at
 * build_import_hours. */
static void option_yield(const model_inputs *in, int year, int k, double *twh, double *firm)
{
    const power_build_info *b = power_build(k);
    if (b->kind == BK_TECH) {
        const power_tech_info *ti = power_tech(b->target);
        double hours = ti->role == TR_MUSTRUN ? power_mustrun_hours(in, b->target, year)
                                              : model_scalar(in, ti->max_hours_key);
        *twh = hours / 1000.0;
        *firm = model_scalar(in, ti->credit_key) / 100.0;
    } else if (b->kind == BK_STORE) {
        const power_storage_info *si = power_storage(b->target);
        *twh = -model_scalar(in, si->hours_key) / 1000.0 * (100.0 / model_scalar(in, si->eff_key) - 1.0);
        *firm = model_scalar(in, si->credit_key) / 100.0;
    } else {
        *twh = model_scalar(in, P_POWER_BUILD_IMPORT_HOURS) / 1000.0;
        *firm = model_scalar(in, P_POWER_IMPORT_CREDIT) / 100.0;
    }
}

/* Units of the mix w (one unit = w[k] GW of each option) that close both gaps: the larger need.
 * A gap in a dimension the mix adds nothing to is left open. */
static double mix_units(const double w[BUILD_COUNT], const double twh[BUILD_COUNT], const double firm[BUILD_COUNT],
                        const power_gap *gap)
{
    double per_twh = 0, per_firm = 0, units = 0;
    for (int k = 0; k < BUILD_COUNT; k++) {
        per_twh += w[k] * twh[k];
        per_firm += w[k] * firm[k];
    }
    if (gap->energy_twh > 0 && per_twh > 0) units = gap->energy_twh / per_twh;
    if (gap->firm_gw > 0 && per_firm > 0 && gap->firm_gw / per_firm > units) units = gap->firm_gw / per_firm;
    return units;
}

/* Builds `units` of mix w, coal at most coal_room GW; lowers the gaps by what is built. */
static void build_units(const double w[BUILD_COUNT], double units, double coal_room, const double twh[BUILD_COUNT],
                        const double firm[BUILD_COUNT], power_gap *gap, double add[BUILD_COUNT])
{
    for (int k = 0; k < BUILD_COUNT; k++) {
        double gw = w[k] * units;
        if (k == BUILD_COAL && gw > coal_room) gw = coal_room;
        add[k] += gw;
        gap->energy_twh -= gw * twh[k];
        gap->firm_gw -= gw * firm[k];
    }
}

void power_fill_gap(const model_inputs *in, int year, double coal_room_gw, power_gap *gap, double add[BUILD_COUNT])
{
    double w[BUILD_COUNT], twh[BUILD_COUNT], firm[BUILD_COUNT];
    const double tiny = 1e-9;
    for (int k = 0; k < BUILD_COUNT; k++) {
        double share = model_at(in, power_build(k)->share_key, year);
        w[k] = share > 0 ? share : 0; /* weights: the sizing below does not need them normalised */
        option_yield(in, year, k, &twh[k], &firm[k]);
    }
    if (coal_room_gw <= 0) w[BUILD_COAL] = 0;
    if (gap->energy_twh <= tiny && gap->firm_gw <= tiny) return;
    build_units(w, mix_units(w, twh, firm, gap), coal_room_gw, twh, firm, gap, add);
    if (gap->energy_twh <= tiny && gap->firm_gw <= tiny) return;
    /* coal reached its room (or storage losses reopened the energy gap): the rest without coal */
    w[BUILD_COAL] = 0;
    build_units(w, mix_units(w, twh, firm, gap), 0, twh, firm, gap, add);
}
