/* sim/model/power_build.c - the new-build rule: how much of the scenario's new-build mix closes a
 * year's shortfall of energy or of firm capacity, with coal held to what the scenario allows, and
 * the mix's response to the carbon price (a fuel-burning option's weight falls with its levelised
 * cost at the year's carbon price against the price the shares were set at). Closed form (no
 * solver): one GW of each option adds known TWh and firm GW, so the mix is scaled to the larger of
 * the two needs. Never prints. */
#include "power_priv.h"

#include <math.h>

/* TWh a year and firm GW that one GW of new-build option k adds: plants at their hours
 * (dispatchable ones at their maximum), storage no energy but its losses, import contracts at
 * build_import_hours. */
static void option_yield(const power_ctx *cx, int k, double *twh, double *firm)
{
    const power_build_info *b = power_build(k);
    if (b->kind == BK_TECH) {
        const power_tech_info *ti = power_tech(b->target);
        double hours = ti->role == TR_MUSTRUN ? cx->run_hours[b->target] : cx->max_hours[b->target];
        *twh = hours / 1000.0;
        *firm = cx->credit_pct[b->target] / 100.0;
    } else if (b->kind == BK_STORE) {
        *twh = -cx->store_hours[b->target] / 1000.0 * cx->store_loss[b->target];
        *firm = cx->store_credit_pct[b->target] / 100.0;
    } else {
        *twh = cx->import_hours / 1000.0;
        *firm = cx->import_credit;
    }
}

/* The carbon price's pull on option k's weight: (c(p_plan) / c(p))^response, with c the levelised
 * cost of a new plant at its maximum hours (sim/model/cost_power.c) at the build_carbon_price the
 * shares were set at and at the year's carbon price. 1 for options that burn no fuel, and exactly
 * 1 when the two prices are equal (the scenario's own mix). docs/model.md, "Costs". */
static double carbon_pull(const model_inputs *in, int year, int k, double hours)
{
    const power_build_info *b = power_build(k);
    double p = model_at(in, P_COSTS_CARBON_PRICE, year), plan = model_at(in, P_COSTS_BUILD_CARBON, year);
    double c_plan, c_now;
    if (b->kind != BK_TECH || power_tech(b->target)->fuel == TF_NONE || p == plan || hours <= 0) return 1.0;
    c_plan = cost_build_lcoe(in, b->target, year, hours, plan);
    c_now = cost_build_lcoe(in, b->target, year, hours, p);
    if (!(c_plan > 0) || !(c_now > 0)) return 1.0;
    return pow(c_plan / c_now, model_scalar(in, P_COSTS_BUILD_RESPONSE));
}

void power_build_prepare(const model_inputs *in, power_ctx *cx)
{
    for (int k = 0; k < BUILD_COUNT; k++) {
        double share = model_at(in, power_build(k)->share_key, cx->year);
        cx->build_w[k] = share > 0 ? share : 0; /* weights: the sizing below does not need them normalised */
        option_yield(cx, k, &cx->build_twh[k], &cx->build_firm[k]);
        if (cx->build_w[k] > 0) cx->build_w[k] *= carbon_pull(in, cx->year, k, cx->build_twh[k] * 1000.0);
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

void power_fill_gap(const power_ctx *cx, double coal_room_gw, power_gap *gap, double add[BUILD_COUNT])
{
    double w[BUILD_COUNT];
    const double tiny = 1e-9;
    for (int k = 0; k < BUILD_COUNT; k++) w[k] = cx->build_w[k];
    if (coal_room_gw <= 0) w[BUILD_COAL] = 0;
    if (gap->energy_twh <= tiny && gap->firm_gw <= tiny) return;
    build_units(w, mix_units(w, cx->build_twh, cx->build_firm, gap), coal_room_gw, cx->build_twh, cx->build_firm, gap, add);
    if (gap->energy_twh <= tiny && gap->firm_gw <= tiny) return;
    /* coal reached its room (or storage losses reopened the energy gap): the rest without coal */
    w[BUILD_COAL] = 0;
    build_units(w, mix_units(w, cx->build_twh, cx->build_firm, gap), 0, cx->build_twh, cx->build_firm, gap, add);
}
