/* sim/model/power.c - one year of the power system: capacity (plan, retirement, new build), storage
 * and its losses, imports by corridor, merit-order annual dispatch (must-run, contracted imports,
 * then coal, gas and market imports by short-run cost, the carbon price included), the surplus sent
 * out or curtailed, peak-load adequacy, the new-build rule (power_build.c sizes it), heat supply,
 * the fuel burnt and CCUS at power plants. The equations are in docs/model.md section 4. Never
 * prints. */
#include "power_priv.h"

#include <math.h>
#include <string.h>

static double clamp0(double x) { return x > 0 ? x : 0; }

/* Coal capacity retired by the programme up to `year` (never more than the planned fleet). */
static double coal_retired(const model_inputs *in, const power_state *st, int year)
{
    double planned = clamp0(model_at(in, P_POWER_COAL_GW, year));
    double from = st->retire_from;
    double retired = year >= from ? st->retire_rate * (year - from + 1) : 0;
    return retired < planned ? retired : planned;
}

/* ---- the year's context: every input the evaluations share, read once ---- */

/* Short-run cost of a dispatchable technology for the merit order, CNY/kWh (fuel, variable O&M and
 * the carbon price on its CO2; sim/model/cost_power.c); dispatch_gas_first puts gas first whatever
 * the cost. */
static double merit_cost(const model_inputs *in, const power_state *st, int t, int year)
{
    if (st->gas_first && power_tech(t)->fuel == TF_GAS) return -HUGE_VAL;
    return cost_srmc(in, t, year, model_at(in, P_COSTS_CARBON_PRICE, year));
}

/* Place of a merit-order entry on a tie: the table's merit, market imports after every plant. */
static int tie_rank(int t) { return t == POWER_MARKET ? 1 << 20 : power_tech(t)->merit; }

/* Dispatchable technologies, and market imports when the year has any, in merit order, cheapest
 * first, the table's order on a tie (insertion sort: a handful of rows). */
static void merit_order(const model_inputs *in, const power_state *st, int year, power_ctx *cx)
{
    double cost[TECH_COUNT + 1];
    int n = 0;
    for (int t = 0; t <= TECH_COUNT; t++) {
        int j;
        if (t == POWER_MARKET) {
            if (!(cx->market_top_twh > 0)) continue;
            cost[t] = cost_market_srmc(in, year, model_at(in, P_COSTS_CARBON_PRICE, year));
        } else {
            if (power_tech(t)->role != TR_DISPATCH) continue;
            cost[t] = merit_cost(in, st, t, year);
        }
        for (j = n++; j > 0; j--) {
            int u = cx->order[j - 1];
            if (cost[u] < cost[t] || (cost[u] == cost[t] && tie_rank(u) <= tie_rank(t))) break;
            cx->order[j] = u;
        }
        cx->order[j] = t;
    }
    cx->n_dispatch = n;
}

/* The scalars of the step, once per run (see power_state). */
static void read_constants(const model_inputs *in, power_state *st)
{
    st->hist_end = (int)model_scalar(in, P_YEARS_HIST_END);
    st->surplus_export = model_scalar(in, P_POWER_SURPLUS_EXPORT) != 0;
    st->gas_first = model_scalar(in, P_POWER_GAS_FIRST) != 0;
    st->nuclear_first = model_scalar(in, P_POWER_NUCLEAR_FIRST);
    st->coal_build_max = model_scalar(in, P_POWER_COAL_BUILD_MAX);
    st->retire_from = model_scalar(in, P_POWER_COAL_RETIRE_FROM);
    st->retire_rate = model_scalar(in, P_POWER_COAL_RETIRE_RATE);
    st->ccus_start = model_scalar(in, P_POWER_CCUS_START);
    st->ccus_penalty = model_scalar(in, P_POWER_CCUS_PENALTY);
    for (int t = 0; t < TECH_COUNT; t++) {
        const power_tech_info *ti = power_tech(t);
        st->credit_pct[t] = model_scalar(in, ti->credit_key);
        st->max_hours[t] = ti->role == TR_MUSTRUN ? 0 : model_scalar(in, ti->max_hours_key);
    }
    for (int k = 0; k < STORE_COUNT; k++) {
        const power_storage_info *si = power_storage(k);
        st->store_hours[k] = model_scalar(in, si->hours_key);
        st->store_loss[k] = 100.0 / model_scalar(in, si->eff_key) - 1.0;
        st->store_credit_pct[k] = model_scalar(in, si->credit_key);
    }
    st->import_hours = model_scalar(in, P_POWER_BUILD_IMPORT_HOURS);
    st->import_credit = model_scalar(in, P_POWER_IMPORT_CREDIT) / 100.0;
    for (int t = 0; t < TECH_COUNT; t++) st->fixed_tech[t] = t != TECH_COAL;
    for (int k = 0; k < STORE_COUNT; k++) st->fixed_store[k] = 1;
    for (int k = 0; k < BUILD_COUNT; k++) {
        const power_build_info *b = power_build(k);
        if (b->kind == BK_TECH) st->fixed_tech[b->target] = 0;
        else if (b->kind == BK_STORE) st->fixed_store[b->target] = 0;
    }
    st->ready = 1;
}

/* Planned capacity (clamped at zero: an interpolated path never makes negative capacity; nuclear
 * only from its first year in service), hours, credits, storage and corridors of `year`. */
static void context_fleet(const model_inputs *in, const power_state *st, int year, double sw_offset_twh, power_ctx *cx)
{
    int i = year - in->first;
    double water = in->row[P_POWER_HYDRO_WATER][i];
    for (int t = 0; t < TECH_COUNT; t++) {
        const power_tech_info *ti = power_tech(t);
        cx->cap_plan[t] = clamp0(in->row[ti->cap_key][i]);
        cx->credit_pct[t] = st->credit_pct[t];
        cx->max_hours[t] = st->max_hours[t];
        if (ti->role == TR_MUSTRUN) {
            double hours = in->row[ti->hours_key][i];
            cx->run_hours[t] = t == TECH_HYDRO ? hours * water : hours; /* hydro follows the water year */
            cx->floor_hours[t] = 0;
        } else {
            cx->run_hours[t] = 0;
            cx->floor_hours[t] = ti->hours_key >= 0 ? in->row[ti->hours_key][i] : 0;
        }
    }
    if (year < st->nuclear_first) cx->cap_plan[TECH_NUCLEAR] = 0;
    for (int k = 0; k < STORE_COUNT; k++) {
        cx->store_plan[k] = clamp0(in->row[power_storage(k)->cap_key][i]);
        cx->store_hours[k] = st->store_hours[k];
        cx->store_loss[k] = st->store_loss[k];
        cx->store_credit_pct[k] = st->store_credit_pct[k];
    }
    for (int c = 0; c < CORR_COUNT; c++) {
        const power_corridor_info *ci = power_corridor(c);
        cx->corr_twh[c] = in->row[ci->twh_key][i] * (ci->hydro_scaled ? water : 1.0);
        cx->corr_gw[c] = clamp0(in->row[ci->gw_key][i]);
    }
    cx->corr_twh[CORR_SW] += sw_offset_twh;
}

/* The year's terms of what nothing is built on top of (see power_ctx): the same expressions as in
 * fleet, dispatch, storage_losses and adequacy, on the planned capacity. */
static void context_fixed(const power_state *st, power_ctx *cx)
{
    for (int t = 0; t < TECH_COUNT; t++) {
        if (!st->fixed_tech[t]) continue;
        cx->floor_fixed[t] = cx->cap_plan[t] * cx->floor_hours[t] / 1000.0;
        cx->gen_fixed[t] = cx->cap_plan[t] * cx->run_hours[t] / 1000.0;
        cx->firm_fixed[t] = cx->cap_plan[t] * cx->credit_pct[t] / 100.0;
    }
    for (int k = 0; k < STORE_COUNT; k++) {
        if (!st->fixed_store[k]) continue;
        cx->loss_fixed[k] = cx->store_plan[k] * cx->store_hours[k] / 1000.0 * cx->store_loss[k];
        cx->firm_store_fixed[k] = cx->store_plan[k] * cx->store_credit_pct[k] / 100.0;
    }
}

static void context_fill(const model_inputs *in, const power_state *st, int year, double final_twh,
                         double sw_offset_twh, power_ctx *cx)
{
    int i = year - in->first;
    cx->year = year;
    cx->hist = year <= st->hist_end;
    cx->surplus_export = st->surplus_export;
    cx->final_twh = final_twh;
    cx->demand_base_twh = final_twh / (1.0 - in->row[P_POWER_LOSS][i] / 100.0);
    cx->import_hours = st->import_hours;
    cx->import_credit = st->import_credit;
    cx->peak_den = 8760.0 * in->row[P_POWER_LOAD_FACTOR][i] / 100.0;
    cx->reserve_mul = 1.0 + in->row[P_POWER_RESERVE][i] / 100.0;
    cx->market_top_twh = in->row[P_POWER_IMPORT_MARKET][i];
    context_fleet(in, st, year, sw_offset_twh, cx);
    context_fixed(st, cx);
    cx->st = st;
    merit_order(in, st, year, cx);
    if (!cx->hist) power_build_prepare(in, cx); /* history builds nothing */
}

/* ---- one evaluation of the year's system ---- */

/* The planned fleet less `retired_gw` of coal, plus the new build. */
static void fleet(const power_ctx *cx, double retired_gw, const double built[BUILD_COUNT], power_year *p)
{
    for (int t = 0; t < TECH_COUNT; t++) p->cap_gw[t] = cx->cap_plan[t];
    p->cap_gw[TECH_COAL] = clamp0(p->cap_gw[TECH_COAL] - retired_gw);
    for (int t = 0; t < TECH_COUNT; t++)
        p->floor_twh[t] = cx->st->fixed_tech[t] ? cx->floor_fixed[t] : p->cap_gw[t] * cx->floor_hours[t] / 1000.0;
    for (int k = 0; k < STORE_COUNT; k++) p->store_gw[k] = cx->store_plan[k];
    for (int c = 0; c < CORR_COUNT; c++) {
        p->corridor_twh[c] = cx->corr_twh[c];
        p->corridor_gw[c] = cx->corr_gw[c];
    }
    for (int k = 0; k < BUILD_COUNT; k++) {
        const power_build_info *b = power_build(k);
        p->built_gw[k] = built[k];
        if (b->kind == BK_TECH) p->cap_gw[b->target] += built[k];
        else if (b->kind == BK_STORE) p->store_gw[b->target] += built[k];
        else {
            p->corridor_twh[b->target] += built[k] * cx->import_hours / 1000.0;
            p->corridor_gw[b->target] += built[k];
        }
    }
}

/* Round-trip losses of storage, TWh: output hours x (1 / efficiency - 1). */
static double storage_losses(const power_ctx *cx, const power_year *p)
{
    double loss = 0;
    for (int k = 0; k < STORE_COUNT; k++)
        loss += cx->st->fixed_store[k] ? cx->loss_fixed[k] : p->store_gw[k] * cx->store_hours[k] / 1000.0 * cx->store_loss[k];
    return loss;
}

/* A surplus: dispatchable plants drop their minimum output (dearest first), then solar and wind
 * are curtailed when the scenario does not send surpluses out; the rest is sent out. */
static void place_surplus(const power_ctx *cx, double surplus, power_year *p)
{
    for (int i = cx->n_dispatch - 1; i >= 0 && surplus > 0; i--) {
        int t = cx->order[i];
        double *out = t == POWER_MARKET ? &p->market_twh : &p->gen_twh[t];
        double cut = surplus < *out ? surplus : *out;
        *out -= cut;
        surplus -= cut;
    }
    if (surplus > 0 && !cx->surplus_export) {
        double curtailable = 0, cut;
        for (int t = 0; t < TECH_COUNT; t++) if (power_tech(t)->curtail) curtailable += p->gen_twh[t];
        cut = surplus < curtailable ? surplus : curtailable;
        for (int t = 0; t < TECH_COUNT; t++)
            if (power_tech(t)->curtail && curtailable > 0) p->gen_twh[t] -= cut * p->gen_twh[t] / curtailable;
        p->curtail_twh = cut;
        surplus -= cut;
    }
    p->export_twh = surplus;
}

/* Merit-order dispatch of one year: must-run plants at their hours, contracted imports, the
 * planned fleet's minimum output of dispatchable plants, then those up to their maximum hours in
 * merit order.
 * Sets the energy gap: demand less all that could be supplied at maximum hours (positive: short). */
static void dispatch(const power_ctx *cx, power_year *p, power_gap *gap)
{
    double supplied = 0, room = 0, residual;
    for (int t = 0; t < TECH_COUNT; t++) {
        p->gen_twh[t] = power_tech(t)->role != TR_MUSTRUN ? p->floor_twh[t]
                        : cx->st->fixed_tech[t] ? cx->gen_fixed[t]
                                                : p->cap_gw[t] * cx->run_hours[t] / 1000.0; /* GW x h = GWh; / 1000 = TWh */
        supplied += p->gen_twh[t];
    }
    for (int c = 0; c < CORR_COUNT; c++) supplied += p->corridor_twh[c];
    residual = p->demand_twh - supplied;
    p->market_twh = 0;
    for (int i = 0; i < cx->n_dispatch; i++) {
        int t = cx->order[i];
        double top = t == POWER_MARKET ? cx->market_top_twh : clamp0(p->cap_gw[t] * cx->max_hours[t] / 1000.0 - p->gen_twh[t]);
        double take = residual > 0 ? (residual < top ? residual : top) : 0;
        if (t == POWER_MARKET) p->market_twh = take;
        else p->gen_twh[t] += take;
        residual -= take;
        room += top;
    }
    gap->energy_twh = p->demand_twh - supplied - room;
    /* History is what happened: a shortfall in an observed year was served, so coal ran beyond its
     * maximum hours (nothing is built or bought in then, and calibration's import correction
     * always moves coal generation). */
    if (residual > 0 && cx->hist) {
        p->gen_twh[TECH_COAL] += residual;
        residual = 0;
    }
    p->export_twh = p->curtail_twh = 0;
    p->unserved_twh = clamp0(residual);
    if (residual < 0) place_surplus(cx, -residual, p);
}

/* Peak load from the year's electricity (storage losses aside: storage charges off peak) and the
 * load factor; firm capacity from the credits; the firm gap against the required reserve margin. */
static void adequacy(const power_ctx *cx, power_year *p, power_gap *gap)
{
    double firm = 0;
    p->peak_gw = (p->demand_twh - p->storage_loss_twh) * 1000.0 / cx->peak_den;
    for (int t = 0; t < TECH_COUNT; t++)
        firm += cx->st->fixed_tech[t] ? cx->firm_fixed[t] : p->cap_gw[t] * cx->credit_pct[t] / 100.0;
    for (int k = 0; k < STORE_COUNT; k++)
        firm += cx->st->fixed_store[k] ? cx->firm_store_fixed[k] : p->store_gw[k] * cx->store_credit_pct[k] / 100.0;
    for (int c = 0; c < CORR_COUNT; c++) firm += p->corridor_gw[c] * cx->import_credit;
    p->firm_gw = firm;
    p->reserve_margin_pct = p->peak_gw > 0 ? 100.0 * (firm / p->peak_gw - 1.0) : 0;
    gap->firm_gw = p->peak_gw * cx->reserve_mul - firm;
}

/* The system of one year as built so far: fleet, demand, dispatch and adequacy; gaps in *gap. */
static void evaluate(const power_ctx *cx, double retired_gw, const double built[BUILD_COUNT], power_year *p,
                     power_gap *gap)
{
    fleet(cx, retired_gw, built, p);
    p->storage_loss_twh = storage_losses(cx, p);
    p->demand_twh = cx->demand_base_twh + p->storage_loss_twh;
    dispatch(cx, p, gap);
    adequacy(cx, p, gap);
}

static int any_gap(const power_gap *g) { return g->energy_twh > 1e-9 || g->firm_gw > 1e-9; }

/* The new-build rule, after the last historical year only (history is what was built). The plan
 * without retirement (the shadow) is built from the full mix, coal within its cap; the real system
 * gets the same additions, and what retirement leaves short is built from the mix without coal.
 * Returns 1 when *p already holds the real system as built (no evaluation needed after). */
static int build_year(const power_ctx *cx, double retired_gw, power_state *st, power_year *p)
{
    double add[BUILD_COUNT] = {0}, more[BUILD_COUNT] = {0};
    double coal_room = clamp0(st->coal_build_max - st->shadow_gw[BUILD_COAL]);
    int same = retired_gw == 0 && !memcmp(st->shadow_gw, st->built_gw, sizeof st->built_gw);
    power_gap gap;
    evaluate(cx, 0, st->shadow_gw, p, &gap);
    if (any_gap(&gap)) {
        power_fill_gap(cx, coal_room, &gap, add);
        for (int k = 0; k < BUILD_COUNT; k++) {
            st->shadow_gw[k] += add[k];
            st->built_gw[k] += add[k];
        }
        same = 0;
    }
    if (same) return 1; /* no retirement and nothing built: the shadow is the real system */
    evaluate(cx, retired_gw, st->built_gw, p, &gap);
    if (!any_gap(&gap)) return 1;
    power_fill_gap(cx, 0, &gap, more);
    for (int k = 0; k < BUILD_COUNT; k++) st->built_gw[k] += more[k];
    return 0;
}

static void heat_supply(const model_inputs *in, int year, const dem_year *d, power_year *p)
{
    double fuel = d->fuel_mtce[FUEL_HEAT] / (model_scalar(in, P_POWER_HEAT_EFF) / 100.0);
    double gas_frac = model_at(in, P_POWER_HEAT_GAS, year) / 100.0;
    p->heat_gas_mtce = fuel * gas_frac;
    p->heat_coal_mtce = fuel - p->heat_gas_mtce;
}

/* Net imports and their non-fossil part and CO2, by corridor. A surplus sent out lowers net
 * imports; the non-fossil part and CO2 then scale with net / gross imports (0 when exporting). */
static void imports(const model_inputs *in, int year, power_year *p)
{
    double gross = 0, nonfossil = 0, co2 = 0, scale;
    p->corridor_twh[CORR_OTHER] += p->unserved_twh; /* what is still short is bought from other grids */
    if (p->market_twh > 0) p->corridor_twh[CORR_OTHER] += p->market_twh; /* and what their markets sold cheaper */
    p->import_twh = -p->export_twh;
    for (int c = 0; c < CORR_COUNT; c++) {
        const power_corridor_info *ci = power_corridor(c);
        double taken = clamp0(p->corridor_twh[c]);
        double nf = model_at(in, ci->nonfossil_key, year) / 100.0;
        p->corridor_nonfossil_twh[c] = taken * nf;
        p->import_twh += p->corridor_twh[c];
        gross += taken;
        nonfossil += taken * nf;
        co2 += taken * (1.0 - nf) * model_at(in, ci->ef_key, year); /* TWh x kg/kWh = Mt */
    }
    scale = (p->import_twh > 0 && gross > 0) ? p->import_twh / gross : 0;
    if (scale > 1) scale = 1;
    p->import_nonfossil_twh = nonfossil * scale;
    p->import_co2_mt = co2 * scale;
}

/* Fuel burnt in power and heat plants, and CCUS: a share c of power plants' CO2 is captured from
 * ccus_start_year on; fitted plants (c / 90 of output) burn ccus_penalty_pct more fuel per kWh. */
static void plant_fuel(const model_inputs *in, const power_state *st, int year, power_year *p)
{
    double capture = year >= st->ccus_start ? model_at(in, P_POWER_CCUS_CAPTURE, year) : 0;
    double penalty, co2 = 0;
    capture = capture < 0 ? 0 : capture > 90 ? 90 : capture;
    penalty = 1.0 + st->ccus_penalty / 100.0 * capture / 90.0;
    for (int f = 0; f < FUEL_COUNT; f++) p->fuel_mtce[f] = 0;
    for (int t = 0; t < TECH_COUNT; t++) {
        const power_tech_info *ti = power_tech(t);
        int fuel = ti->fuel == TF_COAL ? FUEL_COAL : FUEL_GAS;
        double burnt;
        if (ti->fuel == TF_NONE) continue;
        burnt = p->gen_twh[t] * model_at(in, ti->heat_rate_key, year) / 1000.0 * penalty; /* TWh x gce/kWh / 1000 = Mtce */
        p->fuel_mtce[fuel] += burnt;
        co2 += burnt * model_scalar(in, ti->fuel == TF_COAL ? P_EMIS_EF_COAL : P_EMIS_EF_GAS);
    }
    p->ccus_mt = co2 * capture / 100.0;
    p->plant_co2_mt = co2 - p->ccus_mt;
    p->fuel_mtce[FUEL_COAL] += p->heat_coal_mtce;
    p->fuel_mtce[FUEL_GAS] += p->heat_gas_mtce;
}

void power_year_step(const model_inputs *in, int year, const dem_year *d, double import_offset_twh,
                     power_state *st, power_year *p)
{
    double final_twh = d->fuel_mtce[FUEL_ELEC] / KGCE_PER_KWH_CALORIFIC; /* Mtce / (Mtce/TWh) */
    double retired;
    power_ctx cx;
    power_gap gap;
    int done;
    if (!st->ready) read_constants(in, st);
    retired = coal_retired(in, st, year);
    context_fill(in, st, year, final_twh, import_offset_twh, &cx);
    done = !cx.hist && build_year(&cx, retired, st, p);
    if (!done) evaluate(&cx, retired, st->built_gw, p, &gap);
    p->coal_added_gw = st->built_gw[BUILD_COAL];
    p->coal_hours = p->cap_gw[TECH_COAL] > 0 ? p->gen_twh[TECH_COAL] * 1000.0 / p->cap_gw[TECH_COAL] : 0;
    p->import_extra_twh = 0;
    heat_supply(in, year, d, p);
    imports(in, year, p);
    plant_fuel(in, st, year, p);
}
